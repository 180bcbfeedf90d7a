"""Forms of real portal pages the parse stage reads (issue 12): each page is written for the
test in the genre's style; none is copied from a real page."""

import pressnlp as pn
from pressnlp.parse.furniture import classify_line, split_line


def test_latin_spam_word_only_as_a_whole_word():
    assert classify_line("Kunming to hold consular specialist workshop").cls != "spam"
    assert classify_line("cheap cialis online").cls == "spam"


def test_crawler_date_glued_before_the_headline_is_split_off():
    r = pn.parse("date 2025-03-11 Nanning delegation visits Hanoi trade fair\n\n"
                 "HANOI, March 10 (Xinhua) -- A delegation from Nanning, capital of south China's "
                 "Guangxi, attended the opening of a trade fair in Hanoi on Monday, officials said.\n")
    assert r.title == "Nanning delegation visits Hanoi trade fair"
    assert r.date == "2025-03-11"
    assert r.paragraphs[0].startswith("HANOI, March 10 (Xinhua)")


def test_headline_glued_before_its_meta_labels_is_split_off():
    assert split_line("Harbin and Niigata renew youth exchange pact 发布日期:2024/5/9 来源:Harbin "
                      "Daily 打印") == ["Harbin and Niigata renew youth exchange pact",
                                        "发布日期:2024/5/9 来源:Harbin Daily 打印"]
    r = pn.parse("市外办主任会见荷兰鹿特丹市代表团 发布时间:2021-06-03 10:12\n"
                 "6月2日，市外办主任在市政府会见了荷兰鹿特丹市代表团一行，双方就港口合作、人文交流等议题"
                 "深入交换了意见。\n")
    assert r.title == "市外办主任会见荷兰鹿特丹市代表团" and r.date == "2021-06-03"


def test_label_inside_a_word_or_an_outlet_tag_is_not_split():
    assert split_line("会议时间：2023年5月12日") == ["会议时间：2023年5月12日"]
    assert split_line("|CRI Online|Published:2021-09-02 09:15:20") == [
        "|CRI Online|Published:2021-09-02 09:15:20"]


def test_paragraph_cut_off_at_the_end_of_the_page_is_body():
    r = pn.parse("Ningbo welcomes Polish trade mission\n"
                 "Updated: 2023-11-02\n"
                 "A trade mission from Gdansk arrived in Ningbo on Tuesday for a three-day visit "
                 "focused on port logistics and cold-chain trade.\n"
                 "The two port cities signed a memorandum on container shipping, and officials "
                 "agreed to open a\n")
    assert r.paragraphs[-1].endswith("officials agreed to open a")
    r = pn.parse("Ningbo welcomes Polish trade mission\n"
                 "Updated: 2023-11-02\n"
                 "A trade mission from Gdansk arrived in Ningbo on Tuesday for a three-day visit "
                 "focused on port logistics and cold-chain trade.\n"
                 "Copyright 2023 Ningbo Foreign Affairs Office\n")
    assert r.paragraphs[-1].endswith("cold-chain trade.")
