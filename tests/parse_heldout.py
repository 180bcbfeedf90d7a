"""A held-out set of portal pages for the parse stage, written for pressnlp (never tuned on).

Each page follows a layout of GENRE.md §1.1 and carries several of the scraping hazards of
§1.2–§1.4 (header forms, SEO spam and HTML debris, mojibake, pinyin fragments, empty table
pipes, comment forms, footers first, pinyin ICP filings, teaser headlines after a story …).
Every sentence is the project's own; public bodies, places and footer formats follow the genre.

``EXPECTED`` maps a page name to the facts the parse stage must find: ``title``, ``date``,
``source``, ``author``, ``kind``, ``language``, ``script``, ``first`` (the body starts with it),
``last`` (the body ends with it), ``furniture`` (strings that must not be in the body) and
``site`` (icp, gongan, site_code as written; None when the page has none).
"""

from __future__ import annotations

PAGES: dict[str, str] = {}
EXPECTED: dict[str, dict] = {}


def _add(name: str, text: str, **facts: object) -> None:
    PAGES[name] = text
    base = {"kind": "release", "author": None, "site": None, "furniture": ()}
    EXPECTED[name] = {**base, **facts}


# 1. WeChat-style account page: department + time + "Published on" (machine-translated),
#    share widgets at the end.
_add("wechat_en", """Yunnan Hosts Dialogue with South Asian Consuls on Border Trade
Yunnan Foreign Affairs 2023-05-31 19:52 Published onYunnan
On May 30, the Foreign Affairs Office of Yunnan Province held a dialogue with consuls from South Asian countries in Kunming on facilitating border trade and cross-border logistics.

Consuls from six countries introduced the demand of their markets for tea, flowers and coffee, and suggested more direct flights between Kunming and South Asian capitals.

The office said it will continue to serve the consular corps and help Yunnan build a radiation center facing South Asia and Southeast Asia.
Share to WeChat Close Scan via WeChat!
Back to top button
""", title="Yunnan Hosts Dialogue with South Asian Consuls on Border Trade", date="2023-05-31",
     source="Yunnan Foreign Affairs", language="en", script="latin",
     first="On May 30, the Foreign Affairs Office of Yunnan Province",
     last="radiation center facing South Asia and Southeast Asia.",
     furniture=("Share to WeChat", "Back to top button", "Published onYunnan"))

# 2. Provincial EN portal: "Release time: 14:50, May 30, 2023", trailing teaser headlines,
#    pinyin ICP / public-security filings in the footer.
_add("release_time_en", """Home | About Hubei | Government | Business | Culture | Travel
Home > News > Foreign Affairs
Hubei and Saxony Renew Cooperation Plan for Vocational Training
Release time: 14:50, May 30, 2023 Source: Hubei Provincial Foreign Affairs Office
Font size: A A A
Hubei Province and the Free State of Saxony signed a renewed cooperation plan on vocational training in Wuhan on May 29, extending a partnership that started in 2015.

Under the plan, 200 Hubei teachers will receive training in Saxon vocational colleges over the next three years, and German companies in Wuhan will offer internships.
Wuhan Opens New Air Cargo Route to Budapest
Yichang Welcomes Delegation from Canadian Sister City
Xiangyang Hosts Forum on Automobile Industry
About Us | Contact Us | Sitemap
Jing ICP Bei No. 06038296 Jing Gong Wang An Bei 11040102700114
""", title="Hubei and Saxony Renew Cooperation Plan for Vocational Training", date="2023-05-30",
     source="Hubei Provincial Foreign Affairs Office", language="en", script="latin",
     first="Hubei Province and the Free State of Saxony signed",
     last="German companies in Wuhan will offer internships.",
     furniture=("Wuhan Opens New Air Cargo Route", "Xiangyang Hosts Forum", "Font size"),
     site={"icp": "Jing ICP Bei No. 06038296", "gongan": "Jing Gong Wang An Bei 11040102700114",
           "site_code": None})

# 3. Broadcaster page: "Updated 16:22, 22-Jun-2024", editor line, share and top links.
_add("cgtn_updated", """Search
Home China World Business Opinion Video
Harbin Invites Russian Students to Summer Ice Festival Preview
Updated 16:22, 22-Jun-2024
Harbin invited more than 80 students from Russian universities to a preview of its ice and snow season on Saturday, the city's foreign affairs office said.

The students visited an indoor ice park and a music hall built for the Asian Winter Games, and talked with local volunteers about the coming season.
Editor: Zhang Ning
Share to:
Back to top
""", title="Harbin Invites Russian Students to Summer Ice Festival Preview", date="2024-06-22",
     source=None, language="en", script="latin",
     first="Harbin invited more than 80 students",
     last="talked with local volunteers about the coming season.",
     furniture=("Editor: Zhang Ning", "Share to:", "Back to top"))

# 4. Old FAO EN page: "Time: 2017-Dec-27 16:19" with source and a hit counter glued.
_add("time_mon_en", """Harbin Foreign Affairs Office
Home Page News Sister Cities Consular Services Contact Us
Harbin Holds Year-end Briefing for Consular Officials
Time: 2017-Dec-27 16:19 Source: Harbin Foreign Affairs Office Hits:
On December 26, the Harbin Foreign Affairs Office held a year-end briefing for officials of the consulates general of Russia and Japan in Harbin on the city's plans for the ice festival.

Deputy Director General Gao introduced the arrangements for visa services and festival security, and thanked the consulates for their support over the past year.
【Print】【Close
Copyright © Foreign and Overseas Chinese Affairs Office of Harbin Municipality
黑ICP备05003745号
""", title="Harbin Holds Year-end Briefing for Consular Officials", date="2017-12-27",
     source="Harbin Foreign Affairs Office", language="en", script="latin",
     first="On December 26, the Harbin Foreign Affairs Office",
     last="thanked the consulates for their support over the past year.",
     furniture=("Hits:", "【Print】", "Copyright"),
     site={"icp": "黑ICP备05003745号", "gongan": None, "site_code": None})

# 5. Russian-language mirror layout in English: a DD.MM.YYYY date line before the title.
_add("dotted_dmy", """News | Events | Partners | Contacts
05.08.2019  07:51
Heilongjiang Delegation Visits Khabarovsk Trade Fair
A delegation of 30 enterprises from Heilongjiang Province took part in the international trade fair in Khabarovsk from August 1 to 4, presenting food, timber products and machinery.

Representatives of both sides signed 12 letters of intent on agricultural processing and cross-border freight.
Back to list
""", title="Heilongjiang Delegation Visits Khabarovsk Trade Fair", date="2019-08-05",
     source=None, language="en", script="latin",
     first="A delegation of 30 enterprises from Heilongjiang",
     last="agricultural processing and cross-border freight.",
     furniture=("Back to list", "05.08.2019"))

# 6. US-style date after a label, mojibake and spam above the title, a mojibake body word.
_add("us_date_mojibake", """Ã¤Â¸Â­Ã¥â€ºÂ½ Ã¦â€"Â°Ã©â€"Â» Ã§Â½â€˜Ã§Â«â„¢
cheap flights hotel booking best price casino bonus free spins
Jilin and Gangwon Discuss Tourism Cooperation
Publish date :10/19/2016 04:10:15 Source : Jilin Provincial Foreign Affairs Office
A tourism delegation from Gangwon Province of the Republic of Korea visited Changchun on October 17 and held talks with the Jilin Provincial Department of Culture and Tourism.

Both sides agreed to promote each other¡¯s ski resorts and to open more charter flights in the winter season. China¡¯s northeast is becoming a popular destination for Korean skiers.
""", title="Jilin and Gangwon Discuss Tourism Cooperation", date="2016-10-19",
     source="Jilin Provincial Foreign Affairs Office", language="en", script="latin",
     first="A tourism delegation from Gangwon Province",
     last="becoming a popular destination for Korean skiers.",
     furniture=("casino bonus", "Ã¤Â¸Â­"))

# 7. Drupal/WordPress site: "Thu, 08/27/2015 - 15:10" and a comment form after the story.
_add("drupal_comment_form", """Skip to main content
Home About News Events Contact
Friendship Association Hosts Chinese Calligraphy Workshop in Auckland
Thu, 08/27/2015 - 15:10
The Auckland branch of the friendship association hosted a Chinese calligraphy workshop for 40 local residents, with two teachers from Guangzhou as instructors.

Participants practised brush strokes and wrote the characters for peace and friendship, which were later displayed at the city library.
Leave a Reply
Your email address will not be published. Required fields are marked *
Comment *
Name *
Email *
Website
Save my name, email, and website in this browser for the next time I comment.
Post Comment
""", title="Friendship Association Hosts Chinese Calligraphy Workshop in Auckland",
     date="2015-08-27", source=None, language="en", script="latin",
     first="The Auckland branch of the friendship association",
     last="later displayed at the city library.",
     furniture=("Leave a Reply", "Post Comment", "Required fields are marked"))

# 8. South Asian news site: "13th Jul, 2019", a "By:" byline, related list after the story.
_add("ordinal_date_by", """Home National World Business Sports
Pakistani Journalists Visit Chengdu Free Trade Zone
13th Jul, 2019
By:Wu Yuehua
A group of 12 journalists from Pakistan visited the Sichuan Pilot Free Trade Zone in Chengdu on Thursday and learned about its cross-border e-commerce services.

Officials of the zone briefed the visitors on the rail freight line to Europe and invited Pakistani companies to set up offices in the zone.
Related Articles
China-Pakistan Youth Forum Opens in Lahore
""", title="Pakistani Journalists Visit Chengdu Free Trade Zone", date="2019-07-13",
     source=None, author="Wu Yuehua", language="en", script="latin",
     first="A group of 12 journalists from Pakistan",
     last="set up offices in the zone.",
     furniture=("By:Wu Yuehua", "Related Articles", "Youth Forum Opens in Lahore"))

# 9. Hong Kong traditional-script page: 2024年5月10日(星期五) with a Hong Kong time line,
#    pinyin-with-tone fragments from a Big5 mirror inside the body.
_add("hk_weekday_pinyin", """首頁 > 新聞 > 兩岸四地
香港與深圳簽署青年交流合作備忘錄
2024年5月10日(星期五)
香港時間18時00分
香港特區政府民政及青年事務局與深圳市有關部門9日在深圳簽署青年交流合作備忘錄，雙方將每年組織不少於500名青年互訪交流。
根據備忘錄，兩地將共同舉辦創業培訓、實習計劃和文化體驗活動，並設立聯絡機制定期會(huì)商合作進展。
深圳市青年聯合會負責人表示，將為香港青年到深圳實習和創業提供更多便利。
相關新聞
港深合辦青年創業大賽
""", title="香港與深圳簽署青年交流合作備忘錄", date="2024-05-10", source=None,
     language="zh", script="traditional",
     first="香港特區政府民政及青年事務局與深圳市有關部門9日",
     last="提供更多便利。",
     furniture=("香港時間18時00分", "相關新聞", "港深合辦青年創業大賽"))

# 10. people.cn style: "People's Daily Online) 10:03, September 26, 2024" (opening bracket
#     lost by the scraper), a dateline and a web-editor tail.
_add("people_cn", """English
Home>>China
Kunming Hosts Forum on Lancang-Mekong Local Cooperation
People's Daily Online) 10:03, September 26, 2024
KUNMING, Sept. 25 (People's Daily Online) -- More than 150 officials and entrepreneurs from the six Lancang-Mekong countries gathered in Kunming on Wednesday for a forum on local cooperation.

Participants discussed agriculture, clean energy and tourism, and eight cooperation projects were signed at the forum.
(Web editor: Zhang Kaiwei, Liang Jun)
""", title="Kunming Hosts Forum on Lancang-Mekong Local Cooperation", date="2024-09-26",
     source="People's Daily Online", language="en", script="latin",
     first="KUNMING, Sept. 25 (People's Daily Online) --",
     last="eight cooperation projects were signed at the forum.",
     furniture=("(Web editor: Zhang Kaiwei, Liang Jun)", "Home>>China"))

# 11. China Daily: "By LI YOU | (China Daily Global) | Updated : 2022-10-17", licence footer.
_add("chinadaily_by", """Global Edition | ASIA | 中文 | 雙語 | Français
Home / World / China-Europe
Nanjing Youth Orchestra Tours Three German Cities
By LI YOU | (China Daily Global) | Updated : 2022-10-17
A youth orchestra from Nanjing performed in Leipzig, Dresden and Berlin last week, bringing Chinese folk music to audiences in the cities linked with Jiangsu by friendship ties.

The tour was supported by the Jiangsu Provincial Foreign Affairs Office and the Chinese consulate general in Hamburg.
About China Daily | Advertise on Site | Contact Us | Job Offer
Copyright 1995 - . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily.
License for publishing multimedia online 0108263
Registration Number: 130349
""", title="Nanjing Youth Orchestra Tours Three German Cities", date="2022-10-17",
     source="China Daily Global", author="LI YOU", language="en", script="latin",
     first="A youth orchestra from Nanjing performed in Leipzig",
     last="the Chinese consulate general in Hamburg.",
     furniture=("By LI YOU", "Registration Number", "Advertise on Site"))

# 12. ChinaNews mirror: SEO spam and HTML debris above the title, "|ChinaNews|Published:…".
_add("chinanews_spam_debris", """<div class="nav_top"><a href="/">
var _hmt = _hmt || []; (function() { var hm = document.createElement("script"); })();
best online casino 2022 | replica watches | cheap jerseys wholesale
Overseas Chinese Entrepreneurs Tour Fujian Digital Economy Parks
|ChinaNews|Published:2022-08-24 10:38:37
More than 60 overseas Chinese entrepreneurs from 18 countries visited digital economy parks in Fuzhou and Xiamen from August 21 to 23 at the invitation of the Fujian Provincial Overseas Chinese Affairs Office.

The visitors learned about the province's policies for returning investors and signed 9 investment agreements worth 3.2 billion yuan.
</div></div>
""", title="Overseas Chinese Entrepreneurs Tour Fujian Digital Economy Parks", date="2022-08-24",
     source="ChinaNews", language="en", script="latin",
     first="More than 60 overseas Chinese entrepreneurs from 18 countries",
     last="signed 9 investment agreements worth 3.2 billion yuan.",
     furniture=("casino", "_hmt", "nav_top"))

# 13. ZH FAO page with the footer first, empty table pipes and an empty 来源.
_add("zh_footer_first_pipes", """粤公网安备 44010402001234号 备案号：粤ICP备2022081679
主办单位：广州市人民政府外事办公室 技术支持：广州市政务服务数据管理局
网站标识码：4401000055
| ||||
首页 | 外事动态 | 领事服务 | 友好城市 | 联系我们
当前位置：首页 > 外事动态
广州市外办举办驻穗领团新春招待会
发布时间：2022-01-20 17:30　来源：　浏览次数：
1月19日晚，广州市外办举办驻穗领团新春招待会，来自40多个国家驻穗总领事馆的80余名外交官出席。
市外办主任在致辞中介绍了广州过去一年的发展成就，并祝愿各国朋友虎年吉祥。
| ||||
（礼宾处）
【打印】【关闭】
""", title="广州市外办举办驻穗领团新春招待会", date="2022-01-20", source=None,
     language="zh", script="simplified",
     first="1月19日晚，广州市外办举办驻穗领团新春招待会",
     last="祝愿各国朋友虎年吉祥。",
     furniture=("| ||||", "（礼宾处）", "技术支持"),
     site={"icp": "粤ICP备2022081679", "gongan": "粤公网安备 44010402001234号",
           "site_code": "4401000055"})

# 14. EN municipal page (layout F) with no title line and no date: the body starts at once,
#     the source is a bracketed footer line.
_add("no_title_no_date", """Home | Xi'an Today | Government | Investment | Tourism | Living
Yesterday, students from 15 countries studying at universities in Xi'an took part in a dumpling-making event organised by the Xi'an Foreign and Overseas Chinese Affairs Office.

The event is part of a series that helps international students understand local customs ahead of the Spring Festival.
[Source:Xi'an Evening News]
""", title=None, date=None, source="Xi'an Evening News", language="en", script="latin",
     first="Yesterday, students from 15 countries",
     last="ahead of the Spring Festival.",
     furniture=("[Source:Xi'an Evening News]",))

# 15. CPAFFC-style glued header: Time…Editor…Resource…PrintingSize.
_add("glued_resource", """Home | About Us | News | Friendship Cities | Contact Us
Home>News
CPAFFC Delegation Visits Osaka and Kyoto
Time:2017-03-05Editor:Wang LeiResource:Department of Japanese AffairsPrintingSize:LargeMediumSmall
From February 27 to March 3, a CPAFFC delegation visited Osaka and Kyoto and met with local friendship groups and city council members.

The delegation attended a reception marking the friendship between Chinese and Japanese cities and invited the Japanese hosts to a forum in China later this year.
""", title="CPAFFC Delegation Visits Osaka and Kyoto", date="2017-03-05",
     source="Department of Japanese Affairs", language="en", script="latin",
     first="From February 27 to March 3, a CPAFFC delegation",
     last="to a forum in China later this year.",
     furniture=("Editor:Wang Lei", "Home>News"))

# 16. ZH newspaper page (layout J): 昨日（…）, reporter byline, editor, reprint notice.
_add("zh_newspaper", """首页 > 本地新闻 > 时政
贵阳市与斯洛文尼亚马里博尔市签署友好交流意向书
2018-10-24 08:54　来源：贵阳晚报　字号：大 中 小
本报讯 昨日（10月23日），贵阳市与斯洛文尼亚马里博尔市友好交流意向书签字仪式在贵阳举行，双方将在大数据、旅游和教育领域开展合作。
马里博尔市代表团一行7人还参观了贵阳大数据展示中心和花溪区的民族村寨。
（贵阳晚报记者 林思远）
编辑：吴敏
版权声明：凡本网注明来源为贵阳晚报的作品，转载请注明来源。
""", title="贵阳市与斯洛文尼亚马里博尔市签署友好交流意向书", date="2018-10-24", source="贵阳晚报",
     author="林思远", language="zh", script="simplified",
     first="本报讯 昨日（10月23日），贵阳市与斯洛文尼亚马里博尔市",
     last="花溪区的民族村寨。",
     furniture=("（贵阳晚报记者 林思远）", "编辑：吴敏", "版权声明"))

# 17. Wire release (layout K) with an em dash dateline and Caption lines.
_add("wire_caption", """News provided by
Liaocheng Municipal People's Government
Feb 10, 2023, 08:00 ET
Liaocheng Invites Overseas Partners to Canal Culture Festival
LIAOCHENG, China, Feb. 10, 2023 /PRNewswire/ — The city of Liaocheng in east China's Shandong Province will hold a canal culture festival in April and has invited sister cities from five countries to take part.
Caption: A night view of the ancient canal in Liaocheng
The festival will feature boat parades, lantern shows and a trade fair for local food and crafts, the city government said.
SOURCE Liaocheng Municipal People's Government
""", title="Liaocheng Invites Overseas Partners to Canal Culture Festival", date="2023-02-10",
     source="Liaocheng Municipal People's Government", language="en", script="latin",
     first="LIAOCHENG, China, Feb. 10, 2023 /PRNewswire/",
     last="trade fair for local food and crafts, the city government said.",
     furniture=("Caption:", "News provided by"))

# 18. Beijing FAO EN (layout H): sub-heads and image names, a URL line at the top.
_add("beijing_subheads", """https://wb.beijing.gov.cn/en/news/202406/t20240612_3710001.html
Chinese
Topics:
Beijing Holds Workshop on Services for Foreign Residents
Date: 2024-05-28
Source: Consular Division of the Beijing Foreign Affairs Office
fontSize: big middle small
On May 24, the Beijing Foreign Affairs Office held a workshop for community workers on services for foreign residents.
Better information
Trainers explained how to help foreign residents register their addresses, book medical appointments and use mobile payment.
图片 2.png
Closer contact
Participants agreed to set up contact points in 30 communities where many foreign residents live.
""", title="Beijing Holds Workshop on Services for Foreign Residents", date="2024-05-28",
     source="Consular Division of the Beijing Foreign Affairs Office", language="en",
     script="latin", first="On May 24, the Beijing Foreign Affairs Office",
     last="where many foreign residents live.",
     furniture=("图片 2.png", "fontSize", "Topics:"))

# 19. Chinese WeChat account page: 原创 <dept> <account> <time> 发表于<place>.
_add("wechat_zh", """云南省外办与老挝琅勃拉邦省签署友好合作备忘录
原创 云南省外办 云南外事 2023-06-02 18:30 发表于云南
6月1日，云南省外办与老挝琅勃拉邦省外事部门在昆明签署友好合作备忘录，双方将在人员培训、边境管理和文化交流等方面加强合作。
琅勃拉邦省代表团还参观了昆明的职业院校和农业科技园区。
预览时标签不可点
微信扫一扫
关注该公众号
""", title="云南省外办与老挝琅勃拉邦省签署友好合作备忘录", date="2023-06-02", source="云南外事",
     language="zh", script="simplified",
     first="6月1日，云南省外办与老挝琅勃拉邦省",
     last="职业院校和农业科技园区。",
     furniture=("预览时标签不可点", "微信扫一扫", "发表于云南"))

# 20. A newspaper EN page: source and date on one line with a wide gap, "Yesterday morning".
_add("source_then_date", """Home | News | Business | Culture
Nanchang Welcomes Delegation from Sister City in Hungary
Source: Nanchang Daily      September 11, 2018
Yesterday morning, Vice Mayor Li met a delegation from the Hungarian city of Debrecen led by its deputy mayor.

The two sides discussed cooperation in pharmaceuticals and higher education.
About Us | Privacy Policy | Terms of Use
赣ICP备05004399号
""", title="Nanchang Welcomes Delegation from Sister City in Hungary", date="2018-09-11",
     source="Nanchang Daily", language="en", script="latin",
     first="Yesterday morning, Vice Mayor Li met",
     last="pharmaceuticals and higher education.",
     furniture=("Privacy Policy",),
     site={"icp": "赣ICP备05004399号", "gongan": None, "site_code": None})

# 21. EN teaser list (layout M) with "Mar 04, 2016" dates: not a release.
_add("list_en", """Home | News | Sister Cities | Contact Us
Home > News
News
Wuxi Delegation Visits Sister City in Canada
A delegation from Wuxi visited its sister city in Canada last week and discussed cooperation in education and water...
Mar 04, 2016
Foreign Consuls Tour Taihu Lake Area
Consuls general from Shanghai toured the Taihu Lake area on Friday and learned about the city's efforts to...
Feb 26, 2016
Wuxi Hosts Spring Festival Gala for Foreign Experts
More than 200 foreign experts working in Wuxi attended a Spring Festival gala organised by the city's foreign...
Feb 03, 2016
1 2 3 4 5 Next
""", kind="list", title=None, date=None, source=None, language="en", script="latin",
     first=None, last=None)

# 22. Static information page (layout N) under a release-like header.
_add("static_disclaimer", """Home | About Us | News | Contact Us
Current position: Home>English>Disclaimer
Disclaimer
Date: 2020-06-01
1. The information on this website is provided by the Foreign Affairs Office of the municipal government for reference only.
2. Users may quote the information on this website for non-commercial purposes with the source indicated.
3. The office is not responsible for the content of external websites linked from this site.
""", kind="static", title="Disclaimer", date="2020-06-01", source=None, language="en",
     script="latin", first="1. The information on this website",
     last="external websites linked from this site.")

# 23. HTML: a TRS-CMS Chinese FAO page with nested tables, inline scripts, &nbsp;, nav lists
#     and CMS meta tags; a footer table with the filings.
_add("html_trs_zh", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="常州市人民政府外事办公室">
<meta name="ArticleTitle" content="常州市与德国埃斯林根市举行友城结好四十周年视频会议">
<meta name="PubDate" content="2022-11-09 10:21">
<meta name="ContentSource" content="友城处">
<meta name="keywords" content="友好城市,埃斯林根,常州">
<title>常州市与德国埃斯林根市举行友城结好四十周年视频会议_外事动态_常州市人民政府外事办公室</title>
<script type="text/javascript">var siteId = 12; document.write('<div>loading</div>');</script>
<style>.nav li{float:left}</style>
</head>
<body>
<div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/wsdt/">外事动态</a></li>
<li><a href="/zfxxgk/">政府信息公开</a></li><li><a href="/lsbh/">领事保护</a></li></ul></div>
<table width="100%"><tr><td>
<table><tr><td class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/wsdt/">外事动态</a></td></tr></table>
<table class="article"><tr><td>
<h1>常州市与德国埃斯林根市举行友城结好四十周年视频会议</h1>
<div class="info">发布日期：2022-11-09&nbsp;&nbsp;来源：友城处&nbsp;&nbsp;浏览次数：<span id="hits"></span>&nbsp;&nbsp;字号：〖<a>大</a> <a>中</a> <a>小</a>〗</div>
<div class="content" id="zoom">
<p>&nbsp;&nbsp;&nbsp;&nbsp;11月8日下午，常州市与德国埃斯林根市以视频方式举行友城结好四十周年纪念会议，两市领导回顾了四十年来在职业教育、环保和青少年交流方面的合作成果。</p>
<p><img src="/images/2022/1108.jpg" alt=""></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;双方表示，将以结好四十周年为新起点，在智能制造和绿色低碳领域开展更多务实合作。</p>
<script>var zoomSize = 16;</script>
<p>&nbsp;</p>
</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</td></tr></table>
</td></tr></table>
<div class="footer"><table><tr><td>主办单位：常州市人民政府外事办公室&nbsp;&nbsp;地址：常州市龙城大道1280号&nbsp;&nbsp;邮编：213022</td></tr>
<tr><td>苏ICP备05001234号-1&nbsp;&nbsp;<a>苏公网安备 32040202000456号</a>&nbsp;&nbsp;网站标识码：3204000011</td></tr></table></div>
</body></html>
""", title="常州市与德国埃斯林根市举行友城结好四十周年视频会议", date="2022-11-09",
     source="友城处", language="zh", script="simplified",
     first="11月8日下午，常州市与德国埃斯林根市",
     last="开展更多务实合作。",
     furniture=("您现在的位置", "打印本页", "siteId", "zoomSize", "主办单位"),
     site={"icp": "苏ICP备05001234号-1", "gongan": "苏公网安备 32040202000456号",
           "site_code": "3204000011"})

# 24. HTML: an EN municipal portal with divs, a share bar, related links and a pinyin footer.
_add("html_en_portal", """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="description" content="Beijing news in English">
<meta property="og:title" content="Beijing Hosts Reception for New Foreign Correspondents">
<meta name="publishdate" content="2023-03-15">
<title>Beijing Hosts Reception for New Foreign Correspondents - english.beijing.gov.cn</title>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head><body>
<header><nav><ul><li><a>Home</a></li><li><a>Government</a></li><li><a>Residents</a></li><li><a>Visitors</a></li><li><a>Business</a></li></ul></nav>
<div class="lang"><a>中文</a> | <a>English</a></div></header>
<div class="main"><div class="left">
<div class="crumb">Home &gt; News &gt; Latest</div>
<div class="title"><h2>Beijing Hosts Reception for New Foreign Correspondents</h2></div>
<div class="meta"><span>Updated: 2023-03-15 09:30</span>&nbsp;<span>Source: Information Office of Beijing Municipality</span></div>
<div class="share">Share - WeChat</div>
<div class="article">
<p>The Information Office of Beijing Municipality held a reception on March 14 for 35 foreign correspondents who started working in Beijing over the past year.</p>
<p>The correspondents were briefed on the city's press services and on reporting trips planned for the spring, including visits to the sub-center in Tongzhou.</p>
</div>
<div class="related"><h3>Related</h3><ul><li><a>Beijing Launches English Service Hotline</a></li><li><a>Foreign Journalists Visit Zhongguancun</a></li></ul></div>
</div></div>
<footer><div>About Us | Contact Us | Sitemap</div>
<div>Jing ICP Bei No. 05060933 &nbsp; Jing Gong Wang An Bei 11010502030001</div>
<div>Copyright © The People's Government of Beijing Municipality. All rights reserved.</div></footer>
</body></html>
""", title="Beijing Hosts Reception for New Foreign Correspondents", date="2023-03-15",
     source="Information Office of Beijing Municipality", language="en", script="latin",
     first="The Information Office of Beijing Municipality held a reception",
     last="visits to the sub-center in Tongzhou.",
     furniture=("Share - WeChat", "Beijing Launches English Service Hotline", "Home > News"),
     site={"icp": "Jing ICP Bei No. 05060933", "gongan": "Jing Gong Wang An Bei 11010502030001",
           "site_code": None})

# 25. ZH page with a stray HTML fragment and a 責任編輯 tail, traditional 來源 glued to time.
_add("zht_glued", """當前位置：首頁>> 工作動態
台北市議員訪問團參訪廈門自貿片區
發布時間：2021-12-03 10:12:00來源： 中國台灣網
【字體：大 中 小】　打印本頁
台灣網12月2日廈門消息 台北市議員訪問團一行12人2日參訪廈門自貿片區，了解兩岸跨境電商和冷鏈物流的最新發展。
訪問團成員表示，希望兩岸城市在青年就業和創業方面加強交流。
責任編輯：陳思妤
""", title="台北市議員訪問團參訪廈門自貿片區", date="2021-12-03", source="中國台灣網",
     language="zh", script="traditional",
     first="台灣網12月2日廈門消息 台北市議員訪問團",
     last="在青年就業和創業方面加強交流。",
     furniture=("責任編輯", "打印本頁"))

# 26. A real-release-like A page whose title ends with a quotation mark and runs long.
_add("long_quoted_title", """Foreign Affairs Office of the CPC Dalian Municipal Committee Holds a Study Session on the Theme "Serving High-level Opening-up with Foreign Affairs for the People"
时间:2023-11-08 撰稿人: 供稿部门:Dalian Foreign Affairs Office
On November 6, the Foreign Affairs Office of the CPC Dalian Municipal Committee held a study session for all its staff on serving high-level opening-up.

Participants shared their experience in helping foreign-invested enterprises and agreed to improve the services of the office for foreign residents in Dalian.
主办:大连市人民政府外事办公室 辽公网安备 21020402000111号 网站标识码:2102000003
Copyright 2023 All Rights Reserved 辽ICP备05012345号-1
""", title='Foreign Affairs Office of the CPC Dalian Municipal Committee Holds a Study Session on the Theme "Serving High-level Opening-up with Foreign Affairs for the People"',
     date="2023-11-08", source="Dalian Foreign Affairs Office", language="en", script="latin",
     first="On November 6, the Foreign Affairs Office of the CPC Dalian",
     last="services of the office for foreign residents in Dalian.",
     furniture=("时间:2023-11-08",),
     site={"icp": "辽ICP备05012345号-1", "gongan": "辽公网安备 21020402000111号",
           "site_code": "2102000003"})

# 27. A headline made of menu words (Consulates, Sister Cities, News) on top of its meta line.
_add("menu_word_title", """Home | News | Sister Cities | Consulates | Contact Us
News
Consulates General Join Sister Cities Day in Qingdao
Date: 2024-04-02 Source: Qingdao Foreign Affairs Office
On April 1, officials of five consulates general in Shanghai and Shenyang joined residents of Qingdao at the city's first sister cities day and visited stands of 20 partner cities.

The office plans to hold the event every spring.
""", title="Consulates General Join Sister Cities Day in Qingdao", date="2024-04-02",
     source="Qingdao Foreign Affairs Office", language="en", script="latin",
     first="On April 1, officials of five consulates general",
     last="hold the event every spring.", furniture=("Sister Cities | Consulates",))

# 28. ZH newspaper page: a headline of three space-separated phrases, the date glued after
#     the editor in the meta line, a reprint notice with "为您提供".
_add("zh_phrases_glued_date", """首页 > 天津新闻 > 对外交流
春风送暖 友谊长青 天津举办驻津外国机构新春联谊会
稿源：天津日报　编辑：周立新　2019-01-25
本报讯 24日晚，市外办举办驻津外国机构新春联谊会，来自20多个国家驻津机构和企业的代表共150余人出席。
联谊会上，中外嘉宾共同欣赏了京剧和杂技表演，并品尝了天津特色小吃。
（《津门风采》由北方网为您提供，转载请注明来源）
""", title="春风送暖 友谊长青 天津举办驻津外国机构新春联谊会", date="2019-01-25", source="天津日报",
     language="zh", script="simplified",
     first="本报讯 24日晚，市外办举办驻津外国机构新春联谊会",
     last="品尝了天津特色小吃。", furniture=("为您提供", "编辑：周立新"))
