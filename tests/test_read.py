"""The read stage: bytes → text in the encodings of the genre, HTML → text blocks."""

import codecs

from pressnlp.read import decode_bytes, html_to_blocks, looks_binary, read_page
from pressnlp.read.decode import normalize_encoding, sniff_html_charset

ZH = "佳木斯市政府外办召开主题教育专题读书班。"
ZHT = "瀋陽市臺辦與台灣相關工商團體簽署了合作備忘錄。"


def test_utf8_with_and_without_bom():
    assert decode_bytes(ZH.encode("utf-8")).text == ZH
    d = decode_bytes(codecs.BOM_UTF8 + ZH.encode("utf-8"))
    assert d.text == ZH and d.encoding == "utf-8"


def test_utf16_with_bom_and_without():
    assert decode_bytes(ZH.encode("utf-16")).text == ZH
    en = "Changchun Foreign Affairs Office"
    assert decode_bytes(en.encode("utf-16-le")).text == en


def test_gb18030_declared_as_gb2312_is_widened():
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '</head><body><p>Piotr Całbecki 访问沈阳</p></body></html>')
    data = html.encode("gb18030")  # ł is outside GB2312
    assert sniff_html_charset(data) == "gb18030"
    d = decode_bytes(data)
    assert "Całbecki" in d.text and d.encoding == "gb18030"
    assert normalize_encoding("GBK") == "gb18030"


def test_big5_by_meta_and_by_detection():
    page = f'<html><head><meta charset="big5"></head><body><p>{ZHT}</p></body></html>'
    assert ZHT in decode_bytes(page.encode("big5")).text
    text = (ZHT * 8).encode("big5")
    assert decode_bytes(text).text == ZHT * 8


def test_gbk_text_without_declaration_is_detected():
    text = ZH * 6
    assert decode_bytes(text.encode("gbk")).text == text


def test_caller_encoding_wins():
    assert decode_bytes(ZHT.encode("big5"), "big5").text == ZHT


def test_broken_bytes_never_raise():
    d = decode_bytes(b"\xff\xfe\xfa" * 10 + ZH.encode("utf-8") + b"\x81")
    assert isinstance(d.text, str)
    assert looks_binary(b"\x00\x01\x02PK\x03\x04" * 100)
    assert not looks_binary(ZH.encode("utf-8"))


def test_html_blocks_keep_boundaries_and_drop_scripts():
    page = html_to_blocks(
        "<html><head><title>Envoys Visit Yanqing</title>"
        "<meta name='ArticleTitle' content='Envoys Visit Yanqing'>"
        "<meta name='PubDate' content='2023-01-16 10:00'><style>p{}</style></head><body>"
        "<ul><li>Home</li><li>News</li></ul><h1>Envoys Visit Yanqing</h1>"
        "<div>Date: <span>2023-01-16</span></div><script>var x='<p>no</p>';</script>"
        "<p>On January 14, diplomats <b>visited</b> Yanqing.<br>They tried skiing.</p>"
        "<table><tr><td>京ICP备05060933号</td><td>京公网安备 11010502022785号</td></tr></table>"
        "<div><p>unclosed <div>broken</body>")
    assert page.title == "Envoys Visit Yanqing"
    assert page.meta["articletitle"] == "Envoys Visit Yanqing"
    assert page.meta["pubdate"] == "2023-01-16 10:00"
    assert page.blocks[:4] == ["Home", "News", "Envoys Visit Yanqing", "Date: 2023-01-16"]
    assert "On January 14, diplomats visited Yanqing." in page.blocks
    assert "They tried skiing." in page.blocks
    assert "京ICP备05060933号" in page.blocks and not any("no" == b for b in page.blocks)


def test_read_page_flattens_html_and_passes_text():
    assert read_page("Title\nbody line").html is None
    p = read_page("<!DOCTYPE html><html><body><p>a</p><p>b</p></body></html>".encode())
    assert p.text == "a\nb" and p.encoding == "utf-8"


def test_hostile_markup_is_parsed_in_linear_time():
    """Deep nesting and a tag with thousands of attributes are quadratic for the HTML
    parser; the bounded markup keeps the text and stays fast."""
    import time

    from pressnlp.read.html import MAX_DEPTH, bounded_markup

    deep = "<html><body>" + "<div>" * 60_000 + "哈尔滨市外办" + "</div>" * 60_000 + "</body></html>"
    attrs = ("<html><body><p " + " ".join(f'data-x{i}="{i}"' for i in range(30_000))
             + ">Harbin Foreign Affairs Office</p></body></html>")
    for html, text in ((deep, "哈尔滨市外办"), (attrs, "Harbin Foreign Affairs Office")):
        t0 = time.perf_counter()
        page = html_to_blocks(html)
        assert time.perf_counter() - t0 < 3
        assert page.blocks == [text]
    assert bounded_markup(deep).count("<div>") == MAX_DEPTH - 2  # html and body count too
    normal = "<html><body><div class='a'><p>One</p><br/><p>Two</p></div></body></html>"
    assert bounded_markup(normal) == normal


def test_read_stage_stays_fast_on_hostile_pages():
    """Half a megabyte of each hostile form is read in well under a second on a quiet machine
    (generous bound: the machine is shared)."""
    import time

    n = 500_000
    hostile = {
        "deep nesting": "<html><body>" + "<div>" * (n // 11) + "x" + "</div>" * (n // 11),
        "one tag, many attributes": "<html><body><p " + "a=1 " * (n // 4) + ">x</p>",
        "a tag name without end": "<html><body><" + "a" * n,
        "tags never closed": "<html><body>" + "<p x" * (n // 4),
        "entities": "&amp;" * (n // 5),
        "many inline elements": "<html><body>" + "<span>a</span>" * (n // 14),
    }
    for form, page in hostile.items():
        t0 = time.perf_counter()
        read_page(page)
        assert time.perf_counter() - t0 < 5, form


def test_collapse_spaces_matches_the_html_whitespace_rule():
    import re
    import sys

    from pressnlp.read.html import _OTHER_SPACE, _WS, collapse_spaces

    # every character str.split() splits at is HTML whitespace or one the quick path avoids
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch.isspace():
            assert _WS.fullmatch(ch) or _OTHER_SPACE.fullmatch(ch), hex(code)
    texts = ["\n  Dalian  Foreign\tAffairs\r\nOffice \x0b", "沈阳市外办\n   召开\t会议 ",
             "会见\u3000外宾\xa0 Mayor  Li", "  Consul\u2002General\x1cvisit  ", " \n\t ", ""]
    for text in texts:
        assert collapse_spaces(text) == re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()
    assert collapse_spaces("会见\u3000外宾\n\n Mayor") == "会见\u3000外宾 Mayor"


def test_utf16_without_bom_needs_nul_bytes():
    from pressnlp.read.decode import _utf16_without_bom

    en = "Harbin Foreign Affairs Office: the delegation arrives on Monday."
    assert _utf16_without_bom(en.encode("utf-16-le")) == "utf-16-le"
    assert _utf16_without_bom(en.encode("utf-16-be")) == "utf-16-be"
    assert _utf16_without_bom(en.encode("utf-8")) is None
    assert _utf16_without_bom(ZH.encode("utf-8")) is None
    assert not looks_binary(en.encode("utf-16-le")) and looks_binary(b"\x00\x01\x02" * 100)
