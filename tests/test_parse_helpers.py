"""Helpers the parse stage matches lines with (equivalence with the plain regex forms)."""

import re

from pressnlp.textutil import AnyOf


def test_any_of_answers_like_one_alternation():
    patterns = [r"^(?:图|圖)\s*\d+", r"\bNext\s*(?:>>|›|»|Page)", r"共\s*\d+\s*页"]
    joined = re.compile("|".join(f"(?:{p})" for p in patterns))
    any_of = AnyOf(patterns)
    lines = ["图1 市长会见代表团", "共 12 页 当前第1页", "Next Page", "Home > News > Next steps",
             "The delegation visited the port.", "第二图 展板", ""]
    for line in lines:
        assert any_of.search(line) == (joined.search(line) is not None), line
        assert any_of.match(line) == (joined.match(line) is not None), line
    assert any_of.search("共 3 页") and not any_of.match("第1页 共 3 页")


def test_any_of_flags_and_empty():
    assert AnyOf([r"photo by"], re.I).search("PHOTO BY Li Ming")
    assert not AnyOf([]).search("anything") and not AnyOf([]).match("anything")


def test_any_of_gated_patterns_run_only_where_their_gate_is():
    any_of = AnyOf([r"^图\s*\d+"], gated=[(["摄", "攝"], [r"\s[\u4e00-\u9fff]{2,4}\s*[摄攝]$"]),
                                          (["document."], [r"document\.\w+\("])])
    assert any_of.search("市外办主任会见来访代表团 王明 摄")
    assert any_of.search("var x = document.getElementById('nav');")
    assert any_of.search("图2 签约仪式现场") and any_of.match("图2 签约仪式现场")
    assert not any_of.search("市外办主任会见来访代表团。")
    assert not any_of.match("会见 王明 摄") and not any_of.search("Document.write(x)")


# lines of the genre's furniture and body, each matched by gated patterns or holding a gate
GATED_LINES = [
    "The mayor greets the delegation at the airport on May 9. (Xinhua/Zhang Wei)",
    "Guests tour the exhibition hall on Aug. 30, 2023. [Photo/Lin City Daily]",
    "双方签署友好城市合作备忘录。（临江市外办供图）", "市长会见代表团一行（新华社记者 王明 摄）",
    "会见现场 李晓明 摄", "赵丹摄", "The two cities signed the agreement (see photo/right).",
    "window.location.href = '/en/index.html';", "document.write('<div class=nav>');",
    "文化交流活动（图片由市外办提供）", "合作协议 / 交流计划 / 友城名录",
]


def test_furniture_gates_hold_in_every_match():
    from pressnlp.parse.grammar import parse_grammar

    mk = parse_grammar().markers
    hits = 0
    for any_of in (mk.caption, mk.debris):
        for gate, patterns in any_of.gated:
            for line in GATED_LINES:
                for p in patterns:
                    for m in p.finditer(line):
                        hits += 1
                        assert any(g in m.group() for g in gate), (line, p.pattern)
    assert hits >= 7


def test_end_marker_and_tool_lines():
    from pressnlp.parse.furniture import is_end_marker, is_tool
    from pressnlp.parse.grammar import parse_grammar
    pg = parse_grammar()
    assert is_end_marker("（完）", pg) and is_end_marker("【 END 】", pg)
    assert not is_end_marker("完成了全年对外交流任务。", pg)
    assert not is_end_marker("(" + "完" * 40 + ")", pg)  # too long to be a marker
    assert not is_end_marker("【】", pg)  # no word at all
    assert is_tool("【打印】 【关闭】", pg) and is_tool("Print | Close", pg)
    assert not is_tool("打印 会议纪要", pg) and not is_tool("【】 ||", pg)


def test_bounded_markup_at_its_limits():
    """A page short of the limits passes as it is; one tag over the attribute limit, or one
    level over the depth limit, still changes it (the quick pass-through is exact)."""
    from pressnlp.read.html import MAX_DEPTH, MAX_TAG_CHARS, bounded_markup

    few = "<div>" * (MAX_DEPTH // 2) + "外事动态" + "</div>" * (MAX_DEPTH // 2)
    assert bounded_markup(few) == few
    deeper = "<div>" * (MAX_DEPTH + 1) + "外事动态" + "</div>" * (MAX_DEPTH + 1)
    assert bounded_markup(deeper).count("<div>") == MAX_DEPTH
    long_tag = '<p data-x="' + "x" * MAX_TAG_CHARS + '">Visit of the delegation</p>'
    assert bounded_markup(long_tag) == "<p>Visit of the delegation</p>"
    edge = '<p data-x="' + "x" * (MAX_TAG_CHARS - 14) + '">Visit</p>'  # just under the limit
    assert bounded_markup(edge) == edge


def test_photographer_credit_closing_a_line_is_a_caption():
    from pressnlp.parse.furniture import classify_line
    from pressnlp.parse.grammar import parse_grammar
    pg = parse_grammar()
    assert classify_line("赵晓东摄", pg).cls == "caption"
    assert classify_line("外宾参观沈阳故宫 赵晓东 摄", pg).cls == "caption"
    assert classify_line("外宾参观沈阳故宫，并由随团记者全程跟拍摄", pg).cls != "caption"


def test_pinyin_filing_number_starts_at_a_word():
    from pressnlp.parse.site import extract_site
    assert extract_site(["Liao ICP Bei No. 05001234-1"]).icp == "Liao ICP Bei No. 05001234-1"
    assert extract_site(["ShenyangLiao ICP Bei No. 05001234"]).icp is None
    gongan = extract_site(["Liao Gong Wang An Bei No. 21010202000123"]).gongan
    assert gongan == "Liao Gong Wang An Bei No. 21010202000123"


def test_colon_labels_are_the_matches_of_the_label_pattern():
    """Searching only before each colon finds what a scan of the whole line finds, with
    letter-spaced labels, spaces before the colon, glued labels and doubled colons."""
    from pressnlp.parse.grammar import parse_grammar
    from pressnlp.parse.header import _colon_labels

    ls = parse_grammar().labels
    lines = ["发 布 时 间 ：2024-05-10 来源：沈阳市外事办公室 责任编辑:王丽",
             "Updated : 2020-08-17Source : CCFAO Editor-in-charge:Li Na",
             "Publish   date:2023-06-01 | Content Source :: Harbin FAO",
             "会议时间：上午九点，地点：市政府第一会议室", "no label: just a colon", "：：：", ""]
    for line in lines:
        whole = [(m.span(), m.group("label")) for m in ls.colon.finditer(line)]
        assert [(m.span(), m.group("label")) for m in _colon_labels(line, ls)] == whole, line
    assert [m.group("label") for m in _colon_labels(lines[0], ls)] == ["发 布 时 间", "来源",
                                                                         "责任编辑"]


def test_chinese_share_counts_runs_alike_for_short_and_long_texts():
    from pressnlp.script import cjk_count, cjk_share
    line = "沈阳市外办 hosts a reception 招待会"  # 8 Chinese characters, 15 Latin letters
    assert cjk_count(line) == 8
    assert cjk_share(line) == 8 / (8 + 15 / 3)
    assert cjk_share(line * 400) == cjk_share(line)  # (the long text is not memoised)
    assert cjk_share("2024-05-10 ……") == 0.0
    assert cjk_share("The Consul General’s “friendship week” opens") == 0.0  # no Chinese
    assert cjk_share("市") == 1.0


def test_next_line_label_lines_of_any_spacing_and_long_lines():
    from pressnlp.parse.grammar import parse_grammar
    from pressnlp.parse.header import next_line_field

    pg = parse_grammar()
    assert next_line_field("News provided by", pg) == "source"
    assert next_line_field("  News   provided   by :", pg) == "source"
    assert next_line_field("N e w s   p r o v i d e d   b y", pg) == "source"
    assert next_line_field("【消 息 来 源】", pg) == "source"
    assert next_line_field("News provided by the Lin City Foreign Affairs Office", pg) is None
    long_line = "The delegation, led by the mayor, visited the port and the science park. " * 5
    assert next_line_field(long_line, pg) is None
    assert next_line_field("消息来源" + " " * 40 + "临江市外办", pg) is None
