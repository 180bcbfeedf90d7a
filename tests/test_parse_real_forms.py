"""Forms of real portal pages the parse stage reads (issue 12): each page is written for the
test in the genre's style; none is copied from a real page."""

import pressnlp as pn
from pressnlp.parse import furniture, header
from pressnlp.parse.grammar import parse_grammar


def classify_line(text):
    return furniture.classify_line(text, parse_grammar())


def split_line(text):
    return furniture.split_line(text, parse_grammar())


def source_date_line(text):
    return header.source_date_line(text, parse_grammar())


def dateline_facts(text):
    return header.dateline_facts(text, parse_grammar())


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


def test_no_meta_line_title_is_the_last_title_line_before_the_body():
    r = pn.parse("f ig yt rss\n"
                 "The official portal of the Irkutsk region\n"
                 "Irkutsk and Shenyang: a new route for timber trade\n"
                 "On Tuesday, a delegation of the Shenyang Municipal Commerce Bureau held talks in "
                 "Irkutsk with regional officials on timber processing and rail freight.\n")
    assert r.title == "Irkutsk and Shenyang: a new route for timber trade"


def test_deck_under_the_headline_is_not_the_title():
    r = pn.parse("Home | News | Business\n"
                 "Qingdao Prepares for Maritime Expo\n"
                 "City promises smooth transport and translation services for exhibitors\n"
                 "Qingdao held a meeting on Monday to arrange services for the International "
                 "Maritime Expo, which opens next month, officials said.\n")
    assert r.title == "Qingdao Prepares for Maritime Expo"
    r = pn.parse("凝聚友城力量 共谋合作发展\n"
                 "——青岛市外办与德国曼海姆市举办友城线上交流会\n"
                 "来源：青岛市外事办公室\n"
                 "时间：2023-06-12 09:30\n"
                 "6月9日，青岛市外办与德国曼海姆市政府以视频方式举办友城交流会，双方围绕经贸、教育和青年交流"
                 "等领域深入交换意见。\n")
    assert r.title == "凝聚友城力量 共谋合作发展" and r.date == "2023-06-12"


def test_colonless_published_label_and_headline_starting_with_update():
    r = pn.parse("Update: Premier meets ASEAN business leaders in Nanning\n"
                 "發布於 2023年09月17日10:05 • Staff writer\n"
                 "NANNING, Sept. 16 (Xinhua) -- Chinese Premier met business leaders from ASEAN "
                 "countries on Saturday in Nanning, capital of south China's Guangxi.\n")
    assert r.title == "Update: Premier meets ASEAN business leaders in Nanning"
    assert r.date == "2023-09-17"


def test_date_line_with_view_counter_and_reprint_source():
    r = pn.parse("2022年杭州国际友城市长视频会议举行\n"
                 "2022/6/15 阅读:2316\n"
                 "6月14日，2022年杭州国际友城市长视频会议举行，来自9个国家的友城市长或代表在线参会，围绕绿色发展"
                 "和城市治理交流经验。\n"
                 "转载:杭州发布\n")
    assert r.date == "2022-06-15" and r.source == "杭州发布"
    assert r.title == "2022年杭州国际友城市长视频会议举行"


def test_site_url_before_the_date_line():
    r = pn.parse("南宁市外办开展主题党日活动\n"
                 "https://www.example.gov.cn/  (2021-07-02 16:20:11)\n"
                 "7月1日，南宁市外办组织全体党员赴广西革命纪念馆开展主题党日活动，重温入党誓词。\n")
    assert r.date == "2021-07-02"


def test_url_date_forms_of_common_cms():
    from pressnlp.parse.dates import url_date
    assert url_date("http://www.example.gov.cn/art/2021/3/9/art_1201_554.html") == "2021-03-09"
    assert url_date("http://news.example.cn/n1/2023/0611/c1002-3300.html") == "2023-06-11"
    assert url_date("http://example.cn/info/2022-05/20220517093012_77.html") == "2022-05-17"
    assert url_date("http://example.cn/news/2020-8-5/4410.html") == "2020-08-05"
    assert url_date("http://example.cn/item/20231301999_1.html") is None


def test_reporter_label_with_colon_in_the_tail():
    r = pn.parse("泉州市召开2023年外事工作会议\n"
                 "发布时间：2023-03-02 08:30\n"
                 "3月1日，泉州市召开2023年外事工作会议，总结过去一年工作，部署今年重点任务，市外办主要负责同志出席。\n"
                 "（来源：泉州晚报 记者：林晓 通讯员：陈佳）\n")
    assert r.author == "林晓" and r.source == "泉州晚报"


def test_source_comma_date_line_after_widget_words():
    assert source_date_line("2 Comment(s)Print E-mail China Daily, March 3, 2021") == (
        "China Daily", "2021-03-03")
    assert source_date_line("Hainan Daily | 2023-12-08") == ("Hainan Daily", "2023-12-08")
    assert source_date_line("Wednesday, 6 December, 2023") is None
    r = pn.parse("Kunming hosts South Asia trade week\n"
                 "0 Comment(s)Print E-mail Xinhua, May 8, 2022\n"
                 "Adjust font size:\n"
                 "A trade week for South Asian goods opened in Kunming on Sunday, with more than 300 "
                 "exhibitors from eight countries.\n")
    assert r.title == "Kunming hosts South Asia trade week"
    assert r.source == "Xinhua" and r.date == "2022-05-08"


def test_story_end_mark_and_page_widgets_after_the_body():
    r = pn.parse("Chongqing, Dusseldorf mark sister-city anniversary\n"
                 "Updated: 2024-06-21\n"
                 "Officials from Chongqing and Dusseldorf met online on Thursday to mark the "
                 "anniversary of their sister-city ties.\n"
                 "The two cities agreed to expand student exchanges. ■\n"
                 "Read More\n")
    assert r.paragraphs[-1].endswith("student exchanges. ■")
    r = pn.parse("昆明市外办与万象市签署友好交流备忘录\n"
                 "原创 昆明外事 2023-05-10 18:00 发表于云南\n"
                 "5月9日，昆明市外办与老挝万象市政府代表在昆明签署友好交流备忘录，双方将在旅游和职业教育领域加强合作。\n"
                 "代表团一行还参观了昆明市的农业科技企业。\n"
                 "微信扫一扫\n"
                 "关注该公众号\n")
    assert r.paragraphs[-1] == "代表团一行还参观了昆明市的农业科技企业。"


def test_pinyin_icp_line_is_footer():
    assert classify_line("Su ICP Bei No. 05004011 Su Gong Wang An Bei 32010202000123").cls == \
        "footer"


def test_wire_and_newspaper_datelines_give_source_and_reporters():
    assert dateline_facts("新华社南宁5月6日电（记者 黄耀漫 覃星星）6日，") == ("新华社", "黄耀漫 覃星星")
    assert dateline_facts("中国网3月2日讯 记者从市外办获悉，") == ("中国网", None)
    assert dateline_facts("大众网·海报新闻6月9日讯 9日上午，") == ("大众网·海报新闻", None)
    assert dateline_facts("本报讯（记者 李 娜）5月20日，") == (None, None)
    assert dateline_facts("LHASA, Aug. 4 (Xinhua) -- A forum on") == ("Xinhua", None)
    assert dateline_facts("5月20日，市外办召开会议。") == (None, None)
    r = pn.parse("北京市台办会见台湾青年参访团\n"
                 "发布时间：2023-07-14 09:12\n"
                 "中国台湾网7月13日讯 7月12日，北京市台办负责同志会见了来京参访的台湾青年参访团一行，双方就"
                 "青年交流、创业就业等话题进行了座谈。\n")
    assert r.source == "中国台湾网"


def test_letter_spaced_reporter_in_the_dateline():
    r = pn.parse("烟台市召开外事工作新闻发布会\n"
                 "本报讯 (记者 李 娜)5月20日，市政府新闻办召开烟台市外事工作新闻发布会，市外办负责同志介绍了今年"
                 "以来的外事工作情况。\n")
    assert r.author == "李 娜"


def test_masthead_and_reporter_lines_under_the_headline():
    assert classify_line("□潍坊日报/潍坊晚报").cls == "byline"
    assert classify_line("文/本报记者 张明").cls == "byline"
    r = pn.parse("日期：\n"
                 "来源：潍坊日报\n"
                 "□潍坊日报/潍坊晚报\n"
                 "记者张明 通讯员刘芳\n"
                 "6月5日，潍坊市首个涉外法律服务站在奎文区揭牌，服务站为在潍外籍人士提供政策咨询、翻译和法律协助等服务。\n")
    assert r.title is None and r.author == "张明" and r.source == "潍坊日报"


def test_staff_correspondent_byline():
    r = pn.parse("Yunnan in the Eyes of Foreign Journalists tour ends\n"
                 "• Staff Correspondent\n"
                 "• 12th October, 2023 04:10:22 PM\n"
                 "A group of journalists from South Asian countries concluded a week-long tour of "
                 "Yunnan province on Tuesday, visiting Kunming, Dali and Xishuangbanna.\n")
    assert r.author == "Staff Correspondent" and r.date == "2023-10-12"


def test_original_title_line_stands_for_the_headline():
    r = pn.parse("(The original title:Ningbo opens service hall for overseas talent By:Chen Jie)\n"
                 "A one-stop service hall for overseas talent opened in Ningbo on Monday, offering "
                 "visa, housing and tax services in one place.\n")
    assert r.title == "Ningbo opens service hall for overseas talent"
    assert r.author == "Chen Jie"


def test_section_name_repeated_from_the_breadcrumb_is_not_the_title():
    r = pn.parse("您所在的位置:首页>学习贯彻党的二十大精神>文章页\n"
                 "贵阳市外办召开专题学习会\n"
                 "学习贯彻党的二十大精神\n"
                 "https://www.example.gov.cn/  (2022-11-03 15:20:45)\n"
                 "11月2日，贵阳市外办召开专题学习会，传达学习党的二十大精神，研究部署贯彻落实工作。\n")
    assert r.title == "贵阳市外办召开专题学习会" and r.date == "2022-11-03"


def test_headline_glued_before_a_wire_dateline():
    r = pn.parse("“2023外国友人看青岛”活动启动 二十余家外媒走进青岛 齐鲁网青岛6月2日电 6月1日，由青岛市外办主办的"
                 "“外国友人看青岛”活动正式启动，来自二十余家外国媒体的记者将走访青岛的企业、社区和港口。\n")
    assert r.title == "“2023外国友人看青岛”活动启动 二十余家外媒走进青岛"
    assert r.source == "齐鲁网" and r.paragraphs[0].startswith("齐鲁网青岛6月2日电")
    assert split_line("SHENYANG, China, May 2, 2024 (PRNewswire) -- The city") == [
        "SHENYANG, China, May 2, 2024 (PRNewswire) -- The city"]


def test_news_list_of_headlines_and_leads_is_a_list():
    rows = [("Beijing hosts forum on city diplomacy", "A forum on city diplomacy opened in "
             "Beijing on Monday with mayors from 20 countries."),
            ("Spokesperson comments on trade talks", "A foreign ministry spokesperson on Tuesday "
             "said the two sides had held candid talks."),
            ("China sends medical team to Malawi", "A Chinese medical team left for Malawi on "
             "Wednesday for a two-year mission."),
            ("Youth delegation visits Laos", "A youth delegation from Yunnan arrived in Vientiane "
             "on Thursday for a week of exchanges.")]
    r = pn.parse("World• Top News• Photos\n" + "".join(f"{h}\n{p}\n" for h, p in rows))
    assert r.kind == "list" and r.title is None and r.paragraphs == ()


def test_notice_title_makes_a_document_dated_under_its_signature():
    r = pn.parse("某某市人民政府办公室关于印发《某某市因公出国管理办法》的通知\n"
                 "（某政办〔2019〕12号）\n"
                 "各区县人民政府，市政府各部门：\n"
                 "经市政府同意，现将《某某市因公出国管理办法》印发给你们，请认真贯彻执行。\n"
                 "某某市人民政府办公室\n"
                 "2019年4月8日\n"
                 "第一条 为加强因公出国管理，制定本办法。\n")
    assert r.kind == "document" and r.date == "2019-04-08"


def test_page_of_duty_statements_is_static():
    r = pn.parse("负责全市与外国友好城市交往活动的组织、管理和指导工作，办理友好城市结好的报批手续。\n"
                 "指导全市民间对外交往工作，管理市人民对外友好协会等社会团体的对外交流。\n"
                 "负责来访外宾的接待工作，统筹安排市领导的外事活动。\n"
                 "承担市委外事工作委员会办公室的日常工作。\n")
    assert r.kind == "static"


def test_caption_signed_at_its_end_is_not_body():
    r = pn.parse("Vice Premier attends expo opening\n"
                 "Vice Premier Li addresses the opening ceremony of the expo in Kunming, southwest "
                 "China's Yunnan Province, June 5, 2023. (Xinhua/Wang Hong)\n"
                 "KUNMING, June 5 (Xinhua) -- The seventh China-South Asia Expo opened on Monday "
                 "in Kunming, capital of southwest China's Yunnan Province.\n")
    assert r.paragraphs[0].startswith("KUNMING, June 5 (Xinhua)")


def test_breadcrumb_ending_in_the_headline_names_the_title_line():
    headline = ("The Municipal Commerce Bureau held a meeting to study and implement the guiding "
                "principles of the Provincial Conference on Opening Up and the Work Conference on "
                "Foreign Trade and Investment Promotion of the Municipal Party Committee and "
                "Government in the New Year")
    r = pn.parse(f"Home » {headline}\n{headline}\n"
                 "The Municipal Commerce Bureau recently held a meeting to study the guiding "
                 "principles of the provincial conference. Officials attended the meeting.\n")
    assert r.title == headline
    assert r.paragraphs[0].startswith("The Municipal Commerce Bureau recently held")


def test_outlet_after_the_date_of_an_updated_label():
    r = pn.parse("Korean consul general visits Yantai\n"
                 "Updated: March 12, 2019 chinadaily.com.cn Print\n"
                 "A delegation led by the Korean consul general in Qingdao visited Yantai on "
                 "Monday and met the city's mayor.\n")
    assert r.source == "chinadaily.com.cn" and r.date == "2019-03-12"
    r = pn.parse("Korean consul general visits Yantai\n"
                 "Updated: June 17, 2017 L M S\n"
                 "A delegation led by the Korean consul general in Qingdao visited Yantai on "
                 "Monday and met the city's mayor.\n")
    assert r.source is None


def test_source_value_stops_at_widget_words_and_reporter():
    r = pn.parse("盐城市领导会见日本友城代表团\n"
                 "2019-05-21 09:10 来源:盐城日报社全媒体记者 陈小明 字号:\n"
                 "应我市邀请，日本某市友城代表团一行来盐访问，市领导会见了代表团。\n")
    assert r.source == "盐城日报社" and r.author == "陈小明"
    r = pn.parse("邯郸市召开外事工作会议\n"
                 "发布日期: 2022-03-15  来源:邯郸市外事办 打印   分享至:\n"
                 "3月14日，邯郸市召开外事工作会议，总结2021年全市外事工作，安排部署2022年重点任务。\n")
    assert r.source == "邯郸市外事办"


def test_magazine_issue_line_names_the_source():
    r = pn.parse("市外办举办涉外礼仪培训班\n"
                 "2022-08-19 10:21\n"
                 "对外传播 2022年第3期\n"
                 "为提升全市外事干部的涉外礼仪水平，市外办于7月举办涉外礼仪培训班，邀请专家授课。\n")
    assert r.source == "对外传播" and r.date == "2022-08-19"


def test_outlet_photo_credit_line_is_a_caption():
    assert classify_line("台湾青年参访团在北京台湾会馆参观交流。(中国台湾网发)").cls == "caption"


def test_reporter_closing_the_last_paragraph():
    r = pn.parse("花蓮縣參訪團到訪廈門\n"
                 "時間:2015-03-02 10:15   來源:台灣網\n"
                 "3月1日，花蓮縣參訪團一行到訪廈門，雙方就旅遊與農業合作進行了交流。(台灣網廈門市臺辦通訊員 林小敏)\n")
    assert r.author == "林小敏"
    r = pn.parse("Lanzhou trains foreign affairs staff\n"
                 "Lanzhou held a training course for foreign affairs staff on Monday. The course "
                 "aimed to improve their service to the city's opening-up. (author: Ma Lan")
    assert r.author == "Ma Lan"


def test_headline_row_with_its_date_at_the_end():
    r = pn.parse("Director-General's Meeting with the Mayor of Busan 2017.09.14\n"
                 "The Director-General traveled to Busan on September 14, where she met the mayor "
                 "to discuss cooperation among the three countries.\n")
    assert r.title == "Director-General's Meeting with the Mayor of Busan"
    assert r.date == "2017-09-14"


def test_masthead_date_above_the_title_loses_to_the_story_date():
    r = pn.parse("Monday, 4 December, 2023\n"
                 "Chongqing tour for South Asian journalists ends\n"
                 "• Staff Correspondent\n"
                 "• 27th November, 2023 06:12:40 PM\n"
                 "A group of journalists from South Asia concluded a tour of Chongqing on Sunday, "
                 "visiting factories, museums and a river port.\n")
    assert r.date == "2023-11-27" and r.title == "Chongqing tour for South Asian journalists ends"


def test_agency_name_line_and_month_name_date_without_space():
    r = pn.parse("Harbin, Vladivostok step up port cooperation\n"
                 "China Daily\n"
                 "Updated: Oct 9,2019\n"
                 "Harbin and Vladivostok agreed on Tuesday to step up cooperation between their "
                 "ports and logistics companies.\n")
    assert r.source == "China Daily" and r.date == "2019-10-09"


def test_dated_wire_dateline_when_no_header_date():
    r = pn.parse("Dalian launches investment week\n"
                 "DALIAN, China, March 3, 2024 (PRNewswire) -- Dalian launched an investment "
                 "promotion week on Friday, inviting companies from Japan and South Korea.\n",
                 url="https://example.com/news/dalian-investment-week")
    assert r.date == "2024-03-03"


def test_related_teaser_date_is_not_the_publication_date():
    r = pn.parse("市外办召开青年理论学习小组会议\n"
                 "4月10日，市外办召开青年理论学习小组会议，交流学习体会，部署下一阶段学习任务。\n"
                 "相关新闻\n"
                 "2021-03-02\n"
                 "市外办召开全体干部大会\n")
    assert r.date is None


def test_writer_slash_byline_and_skip_link():
    r = pn.parse("Skip to content\n"
                 "九江市外办开展涉外安全宣传\n"
                 "文/王明\n"
                 "近日，九江市外办联合公安等部门走进高校，为外籍师生开展涉外安全宣传，发放中英文宣传资料300余份。\n")
    assert r.title == "九江市外办开展涉外安全宣传" and r.author == "王明"


def test_line_cut_off_after_a_caption_is_not_body():
    r = pn.parse("Xi'an hosts Central Asia media forum\n"
                 "Updated: 2023-05-16\n"
                 "A media forum for China and Central Asian countries opened in Xi'an on Monday, "
                 "bringing together more than 100 journalists.\n"
                 "Delegates attend the opening ceremony of the forum. [Photo/Xi'an Daily]\n"
                 "Li Hua, director of the city's publicity department, delivers a speech. [Pho")
    assert r.paragraphs[-1].endswith("more than 100 journalists.")


def test_portal_widgets_and_recommended_news_after_the_body_are_furniture():
    page = ("柳州市外办召开2024年上半年工作总结会\n"
            "发布时间：2024-07-05 来源：市外办\n"
            "7月4日，市外办召开上半年工作总结会，总结前期工作，部署下半年重点任务。\n"
            "会议要求，全办干部要统筹做好因公出国管理和领事保护工作，助力全市高水平对外开放。\n"
            "扫一扫在手机打开当前页\n"
            "新闻推荐\n"
            "柳州螺蛳粉亮相东盟博览会，吸引多国客商洽谈合作事宜……\n"
            "返回柳州新闻网首页 返回广西新闻频道首页\n")
    r = pn.parse(page)
    assert r.paragraphs[-1].endswith("助力全市高水平对外开放。")
    assert classify_line("返回柳州新闻网首页 返回广西新闻频道首页").cls != "paragraph"
    assert classify_line("扫一扫在手机打开").cls != "paragraph"
