"""Regenerate the README images in docs/img/ from the bundled sample report.

Run from the repo root (needs Debian's chromium and the dev extras for playwright)::

    .venv/bin/python docs/make_images.py

Writes ``docs/img/poster.png`` (the 一图读懂 poster, scaled to 540 px wide for the README;
``hzd digest … --format png`` gives the full 1080 px one), ``docs/img/digest-420.png`` (the
top of the HTML digest on a 420 px phone screen) and ``docs/img/digest-source-420.png`` (the
same page after tapping a bullet's 原文 link: the sentence and its figures highlighted).

With ``../shared/corpus`` beside the repo it also writes, for national 2026, a province
(Hunan 2026), the party-congress case (the 20th congress report) and a district (Hailar 2019), the poster
(``poster-NAME.png``), the top of the HTML digest (``digest-NAME-420.png``) and of the web
app's digest page (``web-NAME-420.png``), all from the one view every output shares.
Chromium gets a fontconfig file adding the pip-shipped Noto fonts, so the screenshot shows
Chinese on machines without CJK fonts.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"
OUT = ROOT / "docs" / "img"
CASES = {  # name → report in ../shared/corpus
    "national-2026": "national-2026-gov-work-report.txt",
    "hunan-2026": "hunan-2026-gov-work-report.txt",
    "cpc-20th": "national-2022-cpc-20th-congress-report.txt",
    "hailar-2019": "neimenggu-hulunbuir-hailar-district-2019-gov-work-report.txt",  # a district
}
CORPUS = ROOT.parent / "shared" / "corpus"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> int:
    from PIL import Image
    from playwright.sync_api import sync_playwright

    import huazhongdian as hzd
    from huazhongdian.render.html import render_html
    from huazhongdian.render.poster import render_poster_png
    from huazhongdian.render.style import font_dir

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        print("chromium not found: apt-get install chromium", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    digest = hzd.digest(hzd.read(SAMPLE), lens="science")

    poster = Image.open(io.BytesIO(render_poster_png(digest)))
    small = poster.resize((540, round(poster.height * 540 / poster.width)), Image.Resampling.LANCZOS)
    # 256 colours are plenty for a README preview and cut the file to a third.
    small.quantize(256, method=Image.Quantize.MEDIANCUT).save(OUT / "poster.png", optimize=True)

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "digest.html"
        page_path.write_text(render_html(digest), encoding="utf-8")
        conf = Path(tmp) / "fonts.conf"
        conf.write_text(
            '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
            '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
            f"  <dir>{font_dir()}</dir>\n  <cachedir>{Path(tmp) / 'fc-cache'}</cachedir>\n</fontconfig>\n",
            encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=ARGS,
                                         env={**os.environ, "FONTCONFIG_FILE": str(conf)})
            page = browser.new_page(viewport={"width": 420, "height": 1600})
            page.goto(page_path.as_uri())
            page.screenshot(path=str(OUT / "digest-420.png"))
            page.set_viewport_size({"width": 420, "height": 760})
            page.locator("ul.bullets li:has(mark) a.src").first.click()  # a bullet with figures
            page.screenshot(path=str(OUT / "digest-source-420.png"))
            written = ["poster.png", "digest-420.png", "digest-source-420.png"]
            for name, file in CASES.items():
                if (CORPUS / file).exists():
                    written += _case(page, Path(tmp), name, hzd.digest(hzd.read(CORPUS / file)))
            browser.close()
    for name in written:
        print(OUT / name)
    return 0


def _case(page, tmp: Path, name: str, digest) -> list[str]:
    """Poster, HTML digest and web digest page of one report (the web page without its server:
    the same template and context the app renders, with its stylesheet inlined)."""
    from PIL import Image

    from huazhongdian.render.html import render_html
    from huazhongdian.render.poster import render_poster_png
    from huazhongdian.web.app import static_file
    from huazhongdian.web.pages import digest_context, render_page

    poster = Image.open(io.BytesIO(render_poster_png(digest)))
    small = poster.resize((540, round(poster.height * 540 / poster.width)), Image.Resampling.LANCZOS)
    small.quantize(256, method=Image.Quantize.MEDIANCUT).save(OUT / f"poster-{name}.png", optimize=True)
    html_path = tmp / f"{name}.html"
    html_path.write_text(render_html(digest), encoding="utf-8")
    page.set_viewport_size({"width": 420, "height": 1600})
    page.goto(html_path.as_uri())
    page.screenshot(path=str(OUT / f"digest-{name}-420.png"))
    web = render_page("digest.html", active="digest", **digest_context(digest)).body.decode("utf-8")
    found = static_file("style.css")
    if found is not None:
        web = web.replace('<link rel="stylesheet" href="/static/style.css">', f"<style>{found[0].decode('utf-8')}</style>")
    web_path = tmp / f"web-{name}.html"
    web_path.write_text(web, encoding="utf-8")
    page.goto(web_path.as_uri())
    page.screenshot(path=str(OUT / f"web-{name}-420.png"))
    return [f"poster-{name}.png", f"digest-{name}-420.png", f"web-{name}-420.png"]


if __name__ == "__main__":
    sys.exit(main())
