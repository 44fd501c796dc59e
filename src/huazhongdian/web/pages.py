"""Server-rendered pages. Templates autoescape every report string; the JS only reads data-* offsets."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from huazhongdian.errors import HzdError
from huazhongdian.types import Digest, Document
from huazhongdian.web.app import ApiError, read_digest_request, static_file

router = APIRouter(include_in_schema=False)

LENSES = ("general", "science")


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("huazhongdian.web", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def render_page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env().get_template(name).render(**context), status_code=status)


def text_segments(doc: Document) -> list[dict[str, Any]]:
    """Paragraphs of the source, each a list of (text, sentence-or-None) runs, for the text pane."""
    sentences = doc.sentences
    out, k = [], 0
    for p in doc.paragraphs:
        runs, pos = [], p.start
        while k < len(sentences) and sentences[k].end <= p.start:
            k += 1
        j = k
        while j < len(sentences) and sentences[j].start < p.end:
            s = sentences[j]
            if s.start >= pos and s.end <= p.end:
                if s.start > pos:
                    runs.append({"text": doc.text[pos:s.start], "start": None})
                runs.append({"text": s.text, "start": s.start, "end": s.end})
                pos = s.end
            j += 1
        if pos < p.end:
            runs.append({"text": doc.text[pos:p.end], "start": None})
        out.append({"start": p.start, "end": p.end, "runs": runs})
    return out


def grouped_items(d: Digest, mode: str) -> OrderedDict[str, list]:
    groups: OrderedDict[str, list] = OrderedDict()
    for item in d.items:
        if item.mode == mode:
            groups.setdefault(item.theme or "其他", []).append(item)
    return groups


def digest_context(d: Digest) -> dict[str, Any]:
    terms = [t for t in d.terms if t.count][:15]
    top = max((t.count for t in terms), default=1)
    return {
        "d": d, "doc": d.document, "meta": d.document.meta,
        "terms": terms, "term_max": top,
        "achievements": grouped_items(d, "achievement"), "plans": grouped_items(d, "plan"),
        "paragraphs": text_segments(d.document),
        "big_numbers": [i for i in d.indicators if i.mode == "achievement"][:6],
        "sha": d.document.sha256, "lens": d.lens,
    }


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    return render_page("index.html", lenses=LENSES, active="digest")


@router.post("/digest", response_class=HTMLResponse)
async def digest_page(request: Request) -> HTMLResponse:
    try:
        d, _ = await read_digest_request(request)
    except (HzdError, ApiError) as exc:
        return render_page("index.html", status=400, lenses=LENSES, active="digest", error=str(exc))
    request.app.state.cache.put(d)
    return render_page("digest.html", active="digest", **digest_context(d))


@router.get("/static/{name}")
async def static(name: str) -> Response:
    found = static_file(name)
    if found is None:
        raise ApiError(404, f"not found: /static/{name}")
    data, media = found
    return Response(data, media_type=media, headers={"cache-control": "max-age=3600"})


@router.get("/docs", response_class=HTMLResponse)
async def api_docs(request: Request) -> HTMLResponse:
    """A local, script-free rendering of the OpenAPI schema (Swagger UI would load a CDN)."""
    spec = request.app.openapi()
    routes = [{"method": m.upper(), "path": path, "summary": op.get("summary", ""),
               "doc": op.get("description", "")}
              for path, ops in spec.get("paths", {}).items() for m, op in ops.items()]
    return render_page("docs.html", routes=routes, active="docs")
