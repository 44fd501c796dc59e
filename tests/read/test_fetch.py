"""The URL fetcher (read.fetch) against a local HTTP server on 127.0.0.1 serving saved pages.

Loopback is itself a private address: the success cases pass ``allow_private=True``
(``--allow-private``), and the refusal tests check what happens without it. The pages are
the reader's fixtures (``tests/page_server.py``, the ``page_server`` fixture).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from huazhongdian.errors import FetchFailed
from huazhongdian.read import fetch
from huazhongdian.read.fetch import fetch_url, is_url, page_title
from huazhongdian.load import read_url

READ = Path(__file__).resolve().parent.parent / "fixtures" / "read"


def one_line_error(hzd_run, *argv: str) -> str:
    code, out, err = hzd_run(*argv)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


# --- success ----------------------------------------------------------------------------------

@pytest.fixture
def server(page_server: str) -> str:
    return page_server


def test_a_govcn_page_is_read_with_the_url_as_source_and_the_page_title(server: str) -> None:
    doc, snap = read_url(f"{server}/govcn.html", allow_private=True)
    data = (READ / "govcn-2025-report.html").read_bytes()
    assert snap.data == data and snap.sha256 == hashlib.sha256(data).hexdigest()
    assert snap.content_type == "text/html" and snap.fetched_at.endswith("+00:00")
    assert doc.source == f"{server}/govcn.html" and doc.meta.title == "政府工作报告"
    assert "国内生产总值达到134.9万亿元" in doc.text


def test_a_wechat_article_is_titled_by_its_article_title(server: str) -> None:
    doc, snap = read_url(f"{server}/s?__biz=wechat", allow_private=True)
    assert snap.title == doc.meta.title == "划重点!党代会报告里有哪些“科学元素”?"


def test_a_redirect_is_followed_and_the_final_url_kept(server: str) -> None:
    doc, snap = read_url(f"{server}/moved", allow_private=True)
    assert snap.url == f"{server}/moved" and snap.final_url == f"{server}/govcn.html"
    assert doc.source == f"{server}/moved" and doc.meta.title == "政府工作报告"


@pytest.mark.parametrize("path", ["/2025.pdf", "/download?id=7", "/plain"])
def test_pdf_docx_and_text_are_read_through_the_same_sniffing(server: str, path: str) -> None:
    doc, snap = read_url(server + path, allow_private=True)
    assert "各位代表：" in doc.text[:100] and "过去一年，我国发展历程很不平凡。" in doc.text
    assert snap.title == ""  # only HTML pages name themselves


def test_a_gb2312_portal_page_keeps_its_title(server: str) -> None:
    doc, _ = read_url(f"{server}/portal", allow_private=True)
    assert doc.meta.title.startswith("2025") and "政府工作报告" in doc.meta.title


def test_page_title_drops_the_site_name() -> None:
    assert page_title("<html><head><title>国务院关于印发的通知_国务院文件_中国政府网</title></head></html>".encode()) \
        == "国务院关于印发的通知"
    assert page_title(b"<html><body><p>x</p></body></html>") == ""


def test_is_url_tells_links_from_files(tmp_path: Path) -> None:
    assert is_url("https://www.gov.cn/a.htm") and is_url("file:///etc/passwd") and is_url("data:text/html,x")
    assert not is_url("report.txt") and not is_url("-") and not is_url("C:\\reports\\2025.txt")


def test_cli_digest_url(server: str, hzd_run) -> None:
    code, out, err = hzd_run("digest", f"{server}/govcn.html", "--allow-private", "-f", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["document"]["source"] == f"{server}/govcn.html"
    assert data["document"]["title"] == "政府工作报告"


# --- refusals: one line naming the URL and the problem, exit 2 --------------------------------

def test_loopback_is_refused_without_allow_private(server: str, hzd_run) -> None:
    url = f"{server}/govcn.html"
    line = one_line_error(hzd_run, "digest", url)
    assert line == (f"hzd: {url}: refused: 127.0.0.1 is 127.0.0.1, a loopback address "
                    "(pass --allow-private to fetch from this network)")


@pytest.mark.parametrize("url", ["http://10.0.0.7/a.htm", "http://192.168.1.1/", "http://169.254.169.254/latest",
                                 "http://[::1]:8080/", "http://[::ffff:10.1.2.3]/", "http://0.0.0.0/"])
def test_private_link_local_and_mapped_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchFailed, match="refused: .* a (private|link-local|loopback|unspecified) address"):
        fetch_url(url)


def test_a_redirect_to_a_private_address_is_refused(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # 127.0.0.1 passes as public here, 127.0.0.2 does not: the check runs again after the redirect.
    real = fetch._refused_address
    monkeypatch.setattr(fetch, "_refused_address", lambda a: "" if str(a) == "127.0.0.1" else real(a))
    port = server.rsplit(":", 1)[1]
    with pytest.raises(FetchFailed) as exc:
        fetch_url(f"{server}/to/127.0.0.2:{port}/plain")
    assert str(exc.value) == (f"{server}/to/127.0.0.2:{port}/plain: redirected to http://127.0.0.2:{port}/plain: "
                              "refused: 127.0.0.2 is 127.0.0.2, a loopback address "
                              "(pass --allow-private to fetch from this network)")


def test_the_address_connected_to_is_checked_too(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A name that resolved to a public address at the check and to loopback at the connect
    # (DNS rebinding): the connection's own peer address is refused.
    monkeypatch.setattr(fetch, "_check_host", lambda *args: None)
    with pytest.raises(FetchFailed, match=r"refused: 127\.0\.0\.1 is 127\.0\.0\.1, a loopback address"):
        fetch_url(f"{server}/govcn.html")


@pytest.mark.parametrize(("url", "scheme"), [("file:///etc/passwd", "file:"), ("ftp://ftp.example.org/r.txt", "ftp:"),
                                             ("data:text/html,<p>x</p>", "data:")])
def test_only_http_and_https(url: str, scheme: str, hzd_run) -> None:
    line = one_line_error(hzd_run, "digest", url, "--allow-private")
    assert line == f"hzd: {url}: only http and https URLs are fetched, not {scheme}"


def test_timeout(server: str, hzd_run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "fetch_limits", lambda: {"connect_seconds": 0.5, "read_seconds": 0.5,
                                                        "total_seconds": 5, "max_redirects": 5})
    url = f"{server}/slow"
    line = one_line_error(hzd_run, "digest", url, "--allow-private")
    assert line == f"hzd: {url}: timed out waiting for the server (limit 0.5 s)"


def test_the_whole_fetch_is_bounded_too(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "fetch_limits", lambda: {"connect_seconds": 2, "read_seconds": 2,
                                                        "total_seconds": 0.5, "max_redirects": 5})
    with pytest.raises(FetchFailed) as exc:
        fetch_url(f"{server}/drip", allow_private=True)
    assert str(exc.value) == f"{server}/drip: timed out: the whole fetch took longer than 0.5 s"


def test_oversize_by_content_length(server: str, hzd_run) -> None:
    url = f"{server}/huge-declared"
    line = one_line_error(hzd_run, "digest", url, "--allow-private")
    assert line == f"hzd: {url}: too large (20,971,521 bytes declared; the limit is 20,971,520)"


def test_oversize_streamed_without_content_length(server: str, hzd_run) -> None:
    url = f"{server}/huge-streamed"
    line = one_line_error(hzd_run, "digest", url, "--allow-private")
    assert line == f"hzd: {url}: too large (more than the limit of 20,971,520 bytes)"


def test_wrong_content_type(server: str, hzd_run) -> None:
    url = f"{server}/image"
    line = one_line_error(hzd_run, "digest", url, "--allow-private")
    assert line == (f"hzd: {url}: content type image/png is not a report page "
                    "(huazhongdian fetches HTML, PDF, docx and plain text)")


def test_redirect_loop(server: str, hzd_run) -> None:
    url = f"{server}/loop-a"
    line = one_line_error(hzd_run, "digest", url, "--allow-private")
    assert line == f"hzd: {url}: redirect loop ({server}/loop-b → {server}/loop-a again)"


def test_at_most_five_redirects(server: str, hzd_run) -> None:
    url = f"{server}/chain/0"
    assert one_line_error(hzd_run, "digest", url, "--allow-private") == f"hzd: {url}: more than 5 redirects"


@pytest.mark.parametrize(("path", "problem"), [("/missing", "HTTP 404 Not Found"), ("/empty", "the page is empty (0 bytes)")])
def test_http_errors_and_empty_pages(server: str, hzd_run, path: str, problem: str) -> None:
    url = server + path
    assert one_line_error(hzd_run, "digest", url, "--allow-private") == f"hzd: {url}: {problem}"


def test_an_unresolvable_host(hzd_run) -> None:
    url = "http://no-such-host.invalid/report.htm"
    line = one_line_error(hzd_run, "digest", url)
    assert line.startswith(f"hzd: {url}: cannot resolve host no-such-host.invalid: ")
