"""Each format reads into the same canonical text: encodings, HTML, .docx, .pdf, stdin."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.read import read_plain_text_file, sniff_format
from huazhongdian.read.html import html_to_text

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "read"
OPENING = "national-2025-opening"


@pytest.fixture(scope="module")
def utf8_doc():
    return hzd.read(FIX / f"{OPENING}.txt")


# --- text encodings -----------------------------------------------------------------------

@pytest.mark.parametrize("variant", ["gb18030", "utf16", "utf16be-nobom", "utf8bom"])
def test_same_article_in_every_encoding_gives_identical_text(utf8_doc, variant):
    doc = hzd.read(FIX / f"{OPENING}.{variant}.txt")
    assert doc.text == utf8_doc.text
    assert doc.sha256 == utf8_doc.sha256


def test_three_encodings_built_in_memory_agree():
    article = (FIX / "seed-guangming-wechat.txt").read_text("utf-8")
    texts = {enc: hzd.read_bytes(article.encode(enc), source=f"seed.{enc}").text
             for enc in ("utf-8", "gb18030", "utf-16")}
    assert texts["utf-8"] == texts["gb18030"] == texts["utf-16"]
    assert texts["utf-8"].startswith("划重点!党代会报告里有哪些“科学元素”?")


def test_utf8_text_is_read_as_is(utf8_doc):
    assert utf8_doc.text.startswith("各位代表：\n\n现在，我代表国务院，向大会报告政府工作")
    assert "国内生产总值达到134.9万亿元、增长5%" in utf8_doc.text


# --- sniffing -----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "kind"), [
    (f"{OPENING}.pdf", "pdf"), (f"{OPENING}.docx", "docx"), ("govcn-2025-report.html", "html"),
    ("wechat-guangming.html", "html"), ("portal-gb2312.html", "html"), (f"{OPENING}.txt", "text"),
    (f"{OPENING}.gb18030.txt", "text"),
])
def test_format_comes_from_the_bytes_not_the_name(name, kind):
    data = (FIX / name).read_bytes()
    assert sniff_format(data, name, "renamed.txt" if kind != "text" else "renamed.dat") == kind


def test_a_docx_named_pdf_is_still_read_as_docx(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes((FIX / f"{OPENING}.docx").read_bytes())
    assert "国内生产总值 134.9万亿元" in hzd.read(target).text


# --- HTML ---------------------------------------------------------------------------------

def test_govcn_page_gives_only_the_report(utf8_doc):
    text = hzd.read(FIX / "govcn-2025-report.html").text
    assert text.startswith("政府工作报告\n\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n\n国务院总理 李强\n\n各位代表：")
    for junk in ("统计代码", "页面加载完成", "中国政府网", "首页", "当前位置", "字号", "打印", "分享到", "微信",
                 "相关稿件", "主办单位", "版权所有", "京ICP备", "font-family"):
        assert junk not in text, junk
    # The paragraph whose <strong> lead sentence is broken across source lines reads whole.
    assert "过去一年，我国发展历程很不平凡。党的二十届三中全会胜利召开" in text
    assert text.endswith(utf8_doc.text[-60:])


def test_wechat_page_gives_title_and_article_without_chrome():
    text = hzd.read(FIX / "wechat-guangming.html").text
    assert text.startswith("划重点!党代会报告里有哪些“科学元素”?\n\n政务 2025-01-16 18:15 广东\n\n1月15日,")
    for junk in ("appmsg", "seajs", "阅读原文", "在看", "扫一扫", "关注该公众号", "深圳光明\n", "👇", "编辑:", "推荐阅读", "END"):
        assert junk not in text, junk
    assert "2024年:\n科技“燃”年,创新能级显著跃升" in text
    assert text.endswith("让我们翘首以盼,共襄佳绩")


def test_portal_page_without_known_container_uses_the_densest_block():
    text = hzd.read(FIX / "portal-gb2312.html").text  # declared gb2312, stored as GB18030
    assert text.startswith("一、2024年工作回顾\n\n过去一年，我国发展历程很不平凡。")
    for junk in ("网站首页", "优化营商环境", "统计公报", "主办", "浏览次数"):
        assert junk not in text, junk


def test_html_line_break_between_chinese_characters_is_no_space():
    page = "<html><body><div id='js_content'><p>推动区域全面\n    经济伙伴关系协定生效实施。<br>第二行</p></div></body></html>"
    assert html_to_text(page.encode("utf-8"), "x.html") == "推动区域全面经济伙伴关系协定生效实施。\n第二行"


def test_html_without_text_is_an_error():
    with pytest.raises(hzd.UnreadableDocument, match="no text found in the HTML page"):
        hzd.read_bytes(b"<html><body><script>var a = 1;</script></body></html>", source="empty.html")


# --- .docx and .pdf -----------------------------------------------------------------------

def test_docx_paragraphs_and_table_cells_in_order():
    text = hzd.read(FIX / f"{OPENING}.docx").text
    assert text.startswith("政府工作报告\n\n各位代表：\n\n现在，我代表国务院")
    table = "指标 2024年\n国内生产总值 134.9万亿元\n城镇新增就业 1256万人"
    assert table in text
    assert text.index("“进”的步伐坚实有力") < text.index(table) < text.index("回顾过去一年，成绩来之不易。")


def test_pdf_fixture_really_has_a_chinese_text_layer():
    from pypdf import PdfReader

    layer = PdfReader(FIX / f"{OPENING}.pdf").pages[0].extract_text()
    assert "政府工作报告" in layer
    assert "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提\n出意见。" in layer


def test_pdf_layout_lines_rejoin_and_page_numbers_go(utf8_doc):
    text = hzd.read(FIX / f"{OPENING}.pdf").text
    lines = text.split("\n")
    assert lines[:3] == ["政府工作报告", "——2025年3月5日在第十四届全国人民代表大会第三次会议上", "各位代表："]
    assert "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。" in lines
    assert "一、2024年工作回顾" in lines
    # Each paragraph of the PDF, re-joined across layout lines and pages, is the original paragraph.
    for para in utf8_doc.text.split("\n\n")[2:4]:
        assert para in lines
    assert "— 1 —" not in text and "— 2 —" not in text


# --- stdin and side files -----------------------------------------------------------------

def test_dash_reads_stdin(monkeypatch, utf8_doc):
    data = (FIX / f"{OPENING}.gb18030.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    doc = hzd.read("-")
    assert doc.text == utf8_doc.text
    assert doc.source == "<stdin>"


def test_terms_file_in_gb18030_keeps_one_term_per_line(tmp_path):
    path = tmp_path / "terms.txt"
    path.write_bytes("新质生产力\r\n鹏城云脑Ⅲ\r\n５Ｇ基站\r\n".encode("gb18030"))
    assert read_plain_text_file(path).split("\n")[:3] == ["新质生产力", "鹏城云脑Ⅲ", "5G基站"]


def test_html_page_saved_as_utf16_with_bom_reads_the_same():
    page = (FIX / "govcn-2025-report.html").read_text("utf-8")
    assert hzd.read_bytes(page.encode("utf-16"), source="page.htm").text == \
        hzd.read(FIX / "govcn-2025-report.html").text


def _encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=FIX / f"{OPENING}.pdf")
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_pdf_with_a_user_password_is_an_error():
    with pytest.raises(hzd.UnreadableDocument, match=r"^locked\.pdf: the PDF is encrypted and needs a password$"):
        hzd.read_bytes(_encrypted_pdf("secret"), source="locked.pdf", filename="locked.pdf")


def test_pdf_with_only_an_owner_password_reads():
    assert hzd.read_bytes(_encrypted_pdf(""), source="open.pdf").text.startswith("政府工作报告\n")
