"""The parse stage on realistic pages of every layout of GENRE.md §1.1 (A–N)."""

import pytest

import pressnlp as pn
from parse_pages import (PAGE_A, PAGE_B, PAGE_C, PAGE_D, PAGE_E, PAGE_F, PAGE_G, PAGE_H,
                         PAGE_HTML, PAGE_I, PAGE_J, PAGE_K, PAGE_L, PAGE_M, PAGE_N, PAGE_ZHT)


def test_layout_a_bilingual_furniture_page():
    r = pn.parse(PAGE_A)
    assert r.kind == "release" and r.language == "en" and r.script == "latin"
    assert r.title == "Shenyang Hosts Seminar on Cross-border E-commerce for Consulates General"
    assert r.date == "2022-05-19"
    assert r.author is None  # 撰稿人: is empty
    assert r.source == "Shenyang Foreign Affairs Office"
    assert r.paragraphs[0].startswith("On May 17,")
    assert r.paragraphs[-1].endswith("regular contact mechanism.")
    assert "Related Articles" in r.furniture and "About Shenyang" not in r.body
    assert r.site.icp == "辽ICP备10001850号-2" and r.site.site_code == "2101000008"
    assert r.site.organizer == "沈阳市人民政府外事办公室" and r.site.phones == ("02422728035",)


def test_layout_b_zh_page_today_line_and_dept_byline():
    r = pn.parse(PAGE_B)
    assert r.date == "2019-04-11"  # not the 今天是 date
    assert r.title == "杨喆会见俄罗斯哈巴罗夫斯克边疆区代表团"
    assert r.source == "欧亚处" and r.author is None  # （欧亚处） is a department byline
    assert r.language == "zh" and r.script == "simplified"
    assert len(r.paragraphs) == 2 and "（欧亚处）" in r.furniture
    assert r.site.phones == ("04548612345", "04548617777") and r.site.postcode == "154002"
    assert r.site.gongan == "黑公网安备 23080402000127号"


def test_layout_c_footer_first_and_caption_pairs():
    r = pn.parse(PAGE_C)
    assert r.title == "曹赛先出席深圳国际友城青年论坛" and r.date == "2023-09-08"
    assert r.language == "mixed" and r.script == "simplified"
    assert r.paragraph_langs == ("zh", "en", "zh", "en")
    assert "曹赛先与青年代表交流" not in r.body
    assert "talks with youth representatives" not in r.body
    assert r.site.organizer == "深圳市人民政府外事办公室"  # first of two glued organizers
    assert r.site.icp == "粤ICP备2021093851号"


def test_layout_d_whole_article_bilingual_drops_second_title():
    r = pn.parse(PAGE_D)
    assert r.title == "沈阳市与札幌市举办友城青少年线上交流活动"
    assert r.language == "mixed"
    assert "Shenyang and Sapporo Hold Online Youth Exchange of Friendly Cities" not in r.body
    assert r.paragraphs[2].startswith("On June 30,")
    assert r.source == "本站原创"


def test_layout_e_glued_labels_subtitle_repeat_and_footer_source():
    r = pn.parse(PAGE_E)
    assert r.date == "2019-11-08" and r.source == "CCFAO"  # header wins over the footer line
    assert r.editor == "Li Na" and r.author is None
    assert r.paragraphs[0].startswith("On November 6,")
    assert r.title not in r.body


def test_layout_f_no_date_deck_and_correspondent():
    r = pn.parse(PAGE_F)
    assert r.date is None  # body dates are not the publication date
    assert r.title == "Dalian Welcomes First Cruise Ship of the Season"
    assert r.author == "Li Ming" and r.source == "Dalian Daily"
    assert "Passengers from Japan" not in r.body
    assert r.paragraphs[-1].endswith("this year.")


def test_layout_g_origin_and_release_time():
    r = pn.parse(PAGE_G)
    assert r.source == "成都市人民政府外事办公室" and r.date == "2019-03-22"
    assert r.paragraphs == ("On March 21st, Chengdu held a briefing on the new policies for "
                            "foreign-invested enterprises for 25 foreign chambers of commerce.",)
    assert r.site.phones == ("02861881234",)


def test_layout_h_subheads_stay_image_names_go():
    r = pn.parse(PAGE_H)
    assert r.date == "2024-03-15"
    assert r.source == "Consular Division of the Beijing Foreign Affairs Office"
    assert "Practical cases" in r.paragraphs and "Next steps" in r.paragraphs
    assert "图片 1.png" not in r.body and "Share to:" not in r.body


def test_layout_i_agency_line_dateline_and_web_editor():
    r = pn.parse(PAGE_I)
    assert r.date == "2022-04-20" and r.source == "Xinhua"
    assert r.paragraphs[0].startswith("WUHAN, April 19 (Xinhua) --")  # datelines are body
    assert r.editor == "Zhang Wei, Liu Fang" and r.author is None
    assert "Hubei holds investment fair" not in r.body


def test_layout_j_newspaper_byline_editor_reprint():
    r = pn.parse(PAGE_J)
    assert r.date == "2019-05-28" and r.source == "贵阳日报"
    assert r.author == "李华" and r.editor == "王芳"
    assert r.paragraphs[0].startswith("本报讯 5月27日")
    assert "版权声明" not in r.body and r.site.icp == "黔ICP备10200615号-1"
    assert r.site.license == "52120170004"


def test_layout_k_wire_release():
    r = pn.parse(PAGE_K)
    assert r.title == "Shenyang Launches Global Ice and Snow Tourism Promotion"
    assert r.source == "Information Office of Shenyang Municipal People's Government"
    assert r.date == "2023-06-26"
    assert r.paragraphs[0].startswith("SHENYANG, China, June 26, 2023 /PRNewswire/")
    assert "Caption:" not in r.body and "SOURCE" not in r.body


def test_layout_l_document_page():
    r = pn.parse(PAGE_L)
    assert r.kind == "document"
    assert r.title == "齐齐哈尔市人民政府办公室关于做好因公出国管理工作的通知"
    assert r.date == "2021-03-05"  # 发文日期 wins over 上载日期
    assert r.source == "市政府办公室"
    assert r.paragraphs[0] == "各县（市）区人民政府，市政府各有关直属单位："
    assert r.paragraphs[-2:] == ("齐齐哈尔市人民政府办公室", "2021年3月5日")  # signature is body


def test_layout_m_list_page():
    r = pn.parse(PAGE_M)
    assert r.kind == "list" and r.title is None and r.date is None
    assert r.paragraphs == () and r.to_dict()["body"] is None
    assert r.language == "zh"


def test_layout_n_static_page():
    r = pn.parse(PAGE_N)
    assert r.kind == "static" and r.title == "Main Functions"


def test_traditional_glued_labels_and_correspondent():
    r = pn.parse(PAGE_ZHT)
    assert r.script == "traditional" and r.language == "zh"
    assert r.date == "2021-07-15" and r.source == "中國台灣網"
    assert r.author == "陳思遠"
    assert r.paragraphs[0].startswith("台灣網7月14日廈門消息")


def test_html_bytes_in_gb18030_with_meta_charset():
    r = pn.parse(PAGE_HTML.encode("gb18030"), id="k1")
    assert r.encoding == "gb18030" and r.id == "k1"
    assert r.title == "Kunming Receives Lao Delegation" and r.date == "2022-08-12"
    assert r.source == "Kunming Foreign Affairs Office"
    assert r.paragraphs == ("On August 10, a delegation of Vientiane visited Kunming.",
                            "The two sides discussed the China-Laos Railway.",
                            "They agreed to expand trade and tourism.")
    assert "not text" not in r.body
    assert r.site.icp == "滇ICP备12003456号"


def test_url_in_page_and_url_date_as_fallback_only():
    page = "http://wb.shenyang.gov.cn/English/xwzx/202207/t20220714_1.html\n" + PAGE_A
    r = pn.parse(page)
    assert r.url.startswith("http://wb.shenyang.gov.cn/") and r.site.host == "wb.shenyang.gov.cn"
    assert r.url_date == "2022-07-14" and r.date == "2022-05-19"
    no_header = pn.parse(PAGE_F, url="http://en.dl.gov.cn/news/202306/t20230615_9.html")
    assert no_header.date == "2023-06-15" and no_header.url_date == "2023-06-15"


@pytest.mark.parametrize("line, date, source", [
    ("Updated : 2020-08-17Source : CCFAO", "2020-08-17", "CCFAO"),
    ("發布時間：2022-06-30 08:59:00來源： 中國新聞網", "2022-06-30", "中國新聞網"),
    ("Time:2017-03-05Editor:Wang LeiResource:Department of Japanese AffairsPrintingSize:"
     "LargeMediumSmall", "2017-03-05", "Department of Japanese Affairs"),
    ("发布日期:2023/10/6 来源:International daily 打印", "2023-10-06", "International daily"),
    ("Release time: 14:50, May 30, 2023", "2023-05-30", None),
    ("Updated 16:22, 22-Jun-2024", "2024-06-22", None),
    ("People's Daily Online) 10:03, September 26, 2024", "2024-09-26", "People's Daily Online"),
    ("Source: Nanchang Daily      September 11, 2018", "2018-09-11", "Nanchang Daily"),
    ("2018-05-30 22:08:31 , Source : Hubei Daily", "2018-05-30", "Hubei Daily"),
    ("2013年10月16日 10時18分　来源：新华网", "2013-10-16", "新华网"),
    ("发布时间：05.08.2019  07:51", "2019-08-05", None),
    ("Date: 10/19/2016 04:10:15", "2016-10-19", None),
    ("Time: 2017-Dec-27 16:19", "2017-12-27", None),
])
def test_header_line_forms(line, date, source):
    page = f"Changchun Mayor Meets Guests from Sendai\n{line}\n" \
           "On Monday, the mayor met a delegation from Sendai and discussed exchanges.\n"
    r = pn.parse(page)
    assert r.date == date and r.source == source
    assert r.title == "Changchun Mayor Meets Guests from Sendai"


def test_empty_labels_give_null_author_and_source():
    r = pn.parse("市外办召开专题会议\n撰稿人：　供稿部门：　时间：2023-05-12\n"
                 "5月10日，市外办召开专题会议，研究部署下半年外事工作。\n")
    assert r.author is None and r.source is None and r.date == "2023-05-12"


def test_by_line_gives_author_and_outlet():
    r = pn.parse("Harbin invites envoys to the ice festival\n"
                 "By LI YOU | (China Daily Global) | Updated : 2022-10-17\n"
                 "Harbin invited consuls general to preview its ice festival on Friday.\n")
    assert r.author == "LI YOU" and r.source == "China Daily Global" and r.date == "2022-10-17"
