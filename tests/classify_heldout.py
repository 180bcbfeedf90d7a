"""Held-out releases for the classify stage (themes and slogans), written for pressnlp's tests.

Every sentence here was written for this file in the genre's form (GENRE.md); none is copied
from the devset or from a real page. Names of officials and guests are invented. Each item:
``id``, ``language``, ``title``, ``paragraphs``, gold ``themes`` (1–4 labels, main first) and
gold ``slogans`` as (text, canonical, category, numbered), following the devset README
conventions: quoted program/event/exhibition names, quoted speech, generic wording (务实合作,
投资兴业, 营商环境 alone), 民心相通, RCEP and China-CEEC cooperation are not slogans; quoted
campaign or activity themes are.
"""

from __future__ import annotations

HELDOUT: list[dict] = [
    {
        "id": "h01_en", "language": "en",
        "title": "Harbin and Rovaniemi Mark 10th Anniversary of Friendship-City Ties",
        "paragraphs": [
            "On May 14, Mayor Zhang Hongwei met with a delegation from Rovaniemi, Finland, led by "
            "its Mayor Aino Virtanen. The two sides reviewed the decade of friendly exchanges since "
            "the two cities established friendship-city relations in 2015.",
            "Zhang said Harbin is willing to take the anniversary as an opportunity to deepen "
            "cooperation in winter sports, green agriculture and education, and to further expand "
            "the city's circle of friends in Northern Europe.",
            "Virtanen said the two cities share a love of winter, and Rovaniemi hopes to send more "
            "students and artists to Harbin in the coming years.",
        ],
        "themes": ["SISTER", "VISIT"],
        "slogans": [("circle of friends", "朋友圈", "DIPLOMACY", False)],
    },
    {
        "id": "h02_zh", "language": "zh",
        "title": "李明会见新任日本驻沈阳总领事",
        "paragraphs": [
            "9月3日，市长李明会见新任日本驻沈阳总领事田中健一一行。李明对田中总领事履新表示欢迎，"
            "介绍了我市经济社会发展情况。",
            "李明说，沈阳正在全力推进新时代东北全面振兴，持续打造市场化法治化国际化一流营商环境，"
            "欢迎更多日资企业来沈投资兴业。",
            "田中健一表示，总领馆愿在两国之间发挥桥梁作用，推动双方在汽车制造、医疗康养、节能环保等"
            "领域的合作取得更多成果。",
        ],
        "themes": ["CONSULAR", "TRADE"],
        "slogans": [("新时代东北全面振兴", "新时代东北全面振兴", "DEVELOPMENT", False),
                    ("市场化法治化国际化一流营商环境", "市场化法治化国际化一流营商环境",
                     "DEVELOPMENT", False)],
    },
    {
        "id": "h03_en", "language": "en",
        "title": "Foreign Affairs Office Studies the Spirit of the Fourth Plenary Session",
        "paragraphs": [
            "On October 28, the Party Group of the Municipal Foreign Affairs Office held a "
            "theoretical study session to study and implement the spirit of the Fourth Plenary "
            "Session of the 20th CPC Central Committee.",
            "The meeting called on all Party members to fully understand the decisive significance "
            "of the \"Two Establishments\", strengthen the \"Four Consciousnesses\" and resolutely "
            "achieve the \"Two Safeguards\".",
            "Participants agreed to uphold the Party's leadership over foreign affairs, take Xi "
            "Jinping Thought on Diplomacy as the guide and serve Chinese modernization with "
            "high-standard foreign affairs work.",
        ],
        "themes": ["PARTY"],
        "slogans": [
            ("spirit of the Fourth Plenary Session of the 20th CPC Central Committee",
             "党的二十届四中全会精神", "IDEOLOGY", False),
            ("Two Establishments", "两个确立", "IDEOLOGY", True),
            ("Four Consciousnesses", "四个意识", "IDEOLOGY", True),
            ("Two Safeguards", "两个维护", "IDEOLOGY", True),
            ("Party's leadership over foreign affairs", "党管外事", "IDEOLOGY", False),
            ("Xi Jinping Thought on Diplomacy", "习近平外交思想", "IDEOLOGY", False),
            ("Chinese modernization", "中国式现代化", "IDEOLOGY", False),
        ],
    },
    {
        "id": "h04_zh", "language": "zh",
        "title": "中国—东盟商务合作论坛在南宁开幕",
        "paragraphs": [
            "9月18日，以“共建数字丝路 共享发展机遇”为主题的中国—东盟商务合作论坛在南宁开幕。"
            "来自东盟十国的300余名政府官员和企业代表参加论坛。",
            "与会嘉宾围绕“一带一路”合作、跨境电商、绿色能源等议题深入交流。论坛期间共签约项目"
            "28个，总金额达156亿元。",
            "主办方表示，将以论坛为平台，推动构建更为紧密的中国—东盟命运共同体。",
        ],
        "themes": ["FORUM", "BRI", "TRADE"],
        "slogans": [("共建数字丝路 共享发展机遇", "共建数字丝路 共享发展机遇", "DEVELOPMENT", False),
                    ("一带一路", "一带一路", "DIPLOMACY", False),
                    ("中国—东盟命运共同体", "中国—东盟命运共同体", "DIPLOMACY", False)],
    },
    {
        "id": "h05_en", "language": "en",
        "title": "Foreign Journalists Tour Shenzhen's Technology Companies",
        "paragraphs": [
            "From June 10 to 13, 25 journalists from 18 countries took part in the \"Foreign "
            "Journalists See Shenzhen\" interview tour organized by the Information Office of the "
            "Shenzhen Municipal Government.",
            "The reporters visited a drone maker, a battery plant and the Qianhai free trade zone. "
            "\"I am impressed by how fast new ideas become products here,\" said Ana Lopez, a "
            "reporter from Argentina.",
            "The tour is part of the city's efforts to tell Shenzhen's story well and to present "
            "an open and innovative city to audiences overseas.",
        ],
        "themes": ["MEDIA"],
        "slogans": [("tell Shenzhen's story well", "讲好中国故事", "DIPLOMACY", False)],
    },
    {
        "id": "h06_zht", "language": "zh",
        "title": "第八屆海峽兩岸青年文化交流營在廈門開營",
        "paragraphs": [
            "7月15日，第八屆海峽兩岸青年文化交流營在廈門開營，來自臺灣地區20所高校的120餘名青年"
            "學生參加活動。",
            "本屆交流營以「同根同源 共創未來」為主題，安排了閩南文化體驗、非遺技藝學習和企業參訪等"
            "活動。",
            "市臺辦負責人表示，兩岸一家親，希望兩岸青年多走動、多交流，共同傳承中華文化。",
        ],
        "themes": ["TWHKM", "EDU", "CULTURE"],
        "slogans": [("同根同源 共創未來", "同根同源 共创未来", "DIPLOMACY", False),
                    ("兩岸一家親", "两岸一家亲", "IDEOLOGY", False)],
    },
    {
        "id": "h07_en", "language": "en",
        "title": "Guangzhou Opens Service Center for Foreign Nationals",
        "paragraphs": [
            "On March 6, the Guangzhou International Service Center for Foreign Nationals opened in "
            "Tianhe District, offering visa extension, residence permit, employment and tax "
            "services in one place.",
            "The city has also applied the 240-hour visa-free transit policy at more ports, and "
            "travelers from 55 countries can now stay in Guangdong for up to ten days without a "
            "visa.",
            "An official of the municipal foreign affairs office said the center puts the idea of "
            "\"foreign affairs for the people\" into practice and will make the city more attractive "
            "to overseas talent.",
        ],
        "themes": ["EXPAT"],
        "slogans": [("foreign affairs for the people", "外事为民", "DIPLOMACY", False)],
    },
    {
        "id": "h08_zh", "language": "zh",
        "title": "市外办召开上半年工作总结会",
        "paragraphs": [
            "7月8日，市外办召开上半年工作总结会，从三个方面总结了工作成效，部署下半年重点任务。",
            "会议通报，上半年我市共接待来访外国团组46批次，组派两个代表团出访，新增一对国际友好城市。",
            "会议强调，要坚持以习近平外交思想为指导，增强“四个意识”、坚定“四个自信”，以高水平外事"
            "工作服务全市高质量发展。",
        ],
        "themes": ["PARTY"],
        "slogans": [("习近平外交思想", "习近平外交思想", "IDEOLOGY", False),
                    ("四个意识", "四个意识", "IDEOLOGY", True),
                    ("四个自信", "四个自信", "IDEOLOGY", True),
                    ("高质量发展", "高质量发展", "DEVELOPMENT", False)],
    },
    {
        "id": "h09_en", "language": "en",
        "title": "Shenyang Holds Culture and Tourism Promotion in Seoul",
        "paragraphs": [
            "On the afternoon of April 22 local time, a delegation of the Shenyang Municipal "
            "Government led by Vice Mayor Zhao Lin held a culture and tourism promotion event in "
            "Seoul, the Republic of Korea.",
            "Themed \"Hello, Shenyang\", the event introduced the city's imperial palace, hot "
            "springs and ski resorts to more than 150 travel agencies and media representatives.",
            "Zhao said Shenyang looks forward to welcoming more Korean tourists, and six travel "
            "agencies signed agreements to open new tour routes to the city.",
        ],
        "themes": ["OUTBOUND", "TOURISM"],
        "slogans": [("Hello, Shenyang", "你好,沈阳", "BRANDING", False)],
    },
    {
        "id": "h10_zh", "language": "zh",
        "title": "我市向日本友好城市捐赠防疫物资",
        "paragraphs": [
            "2020年4月10日，我市向日本友好城市北九州市捐赠医用口罩10万只、防护服2000套。",
            "市政府外办负责人表示，疫情无国界，山川异域，风月同天。我市将坚持人民至上、生命至上，"
            "与国际友城携手共克时艰。",
            "北九州市市长致信感谢，表示两市友谊在困难时刻更显珍贵。",
        ],
        "themes": ["COVID", "SISTER"],
        "slogans": [("山川异域，风月同天", "山川异域,风月同天", "DIPLOMACY", False),
                    ("人民至上、生命至上", "人民至上、生命至上", "DEVELOPMENT", False)],
    },
    {
        "id": "h11_en", "language": "en",
        "title": "Foreign Affairs Office Holds Training Session on Protocol",
        "paragraphs": [
            "On November 5, the Municipal Foreign Affairs Office held a training session on "
            "foreign affairs protocol for more than 80 officials from nearly 40 departments and "
            "districts.",
            "Themed \"Stronger Skills, Better Service\", the two-day course included lectures on "
            "etiquette, confidentiality rules and case studies of receptions for foreign guests.",
            "Trainees said the course helped them build a team that is politically firm, "
            "professionally competent, with fine conduct and strict discipline.",
        ],
        "themes": ["TRAINING"],
        "slogans": [("Stronger Skills, Better Service", "Stronger Skills, Better Service",
                     "GOVERNANCE", False),
                    ("politically firm, professionally competent, with fine conduct and strict "
                     "discipline", "政治坚定、业务精湛、作风过硬、纪律严明", "IDEOLOGY", False)],
    },
    {
        "id": "h12_zh", "language": "zh",
        "title": "泰国中学生走进市第一中学",
        "paragraphs": [
            "7月20日，参加“汉语桥”线下夏令营的30名泰国中学生来到市第一中学，与中国学生一起上书法课、"
            "学包饺子。",
            "营员们说，希望将来到中国留学。学校负责人表示，将与泰国清迈的友好学校继续开展师生互访。",
        ],
        "themes": ["EDU", "CULTURE"],
        "slogans": [],
    },
    {
        "id": "h13_en", "language": "en",
        "title": "China-Europe Freight Trains from Xi'an Top 5,000 Trips",
        "paragraphs": [
            "The Xi'an International Port handled 5,132 China-Europe Railway Express trips in the "
            "first ten months of the year, up 8 percent year on year.",
            "The trains carry auto parts, electronics and machinery to 45 countries, and officials "
            "said they have become a pillar of the Belt and Road Initiative and the Silk Road "
            "Economic Belt.",
            "The port will help the city serve the new development pattern and pursue high-level "
            "opening-up, a spokesman said.",
        ],
        "themes": ["BRI", "TRADE"],
        "slogans": [("Belt and Road Initiative", "一带一路", "DIPLOMACY", False),
                    ("Silk Road Economic Belt", "丝绸之路经济带", "DIPLOMACY", False),
                    ("new development pattern", "新发展格局", "DEVELOPMENT", False),
                    ("high-level opening-up", "高水平对外开放", "DIPLOMACY", False)],
    },
    {
        "id": "h14_zh", "language": "zh",
        "title": "王刚会见德国巴伐利亚州经济代表团",
        "paragraphs": [
            "11月12日，省长王刚在济南会见由巴伐利亚州经济部长率领的德国经济代表团一行。双方就汽车"
            "制造、智能装备和职业教育合作深入交流。",
            "王刚表示，两省州合作基础深厚。希望双方以此次访问为契机，推动中德经贸合作取得新成效，"
            "实现互利共赢。",
            "代表团团长表示，巴伐利亚企业看好山东市场，愿扩大在鲁投资。",
        ],
        "themes": ["VISIT", "TRADE"],
        "slogans": [("互利共赢", "互利共赢", "DIPLOMACY", False)],
    },
    {
        "id": "h15_en", "language": "en",
        "title": "Dalian Mayor Holds Video Talks with Mayor of Kitakyushu",
        "paragraphs": [
            "On February 18, Mayor Chen Bo held video talks with Mayor Kenji Takeuchi of "
            "Kitakyushu, Japan, to mark the 46th anniversary of the friendship-city relationship "
            "between the two cities.",
            "The two sides agreed to focus on three areas in the coming year: low-carbon industry, "
            "port logistics and youth exchanges. Chen said Dalian firmly believes that lucid waters "
            "and lush mountains are invaluable assets.",
            "Takeuchi said the sister cities have set an example of local cooperation between the "
            "two countries.",
        ],
        "themes": ["SISTER"],
        "slogans": [("lucid waters and lush mountains are invaluable assets", "绿水青山就是金山银山",
                     "DEVELOPMENT", False)],
    },
    {
        "id": "h16_zh", "language": "zh",
        "title": "“丝路华彩”中外摄影作品展开幕",
        "paragraphs": [
            "10月9日，“丝路华彩”中外摄影作品展在市博物馆开幕，展出来自12个国家摄影师的160余幅作品。",
            "市对外友协负责人在开幕式上表示，希望以展览为媒，促进人文交流和民心相通，让更多市民了解"
            "世界各地的风土人情。",
        ],
        "themes": ["CULTURE"],
        "slogans": [("人文交流", "人文交流", "DIPLOMACY", False)],
    },
    {
        "id": "h17_en", "language": "en",
        "title": "Photo Exhibition on the Silk Road Opens in Lanzhou",
        "paragraphs": [
            "On August 2, the photo exhibition \"Colors of the Silk Road\" opened at the Gansu "
            "Provincial Museum, showing more than 200 photos taken by photographers from 15 "
            "countries.",
            "Organizers said the exhibition aims to promote exchanges and mutual learning among "
            "civilizations and to bring the cultures along the ancient route closer to visitors.",
        ],
        "themes": ["CULTURE"],
        "slogans": [("exchanges and mutual learning among civilizations", "文明交流互鉴",
                     "DIPLOMACY", False)],
    },
    {
        "id": "h18_en", "language": "en",
        "title": "Chengdu Hosts Spring Festival Reception for Consular Corps",
        "paragraphs": [
            "On January 21, the Chengdu Municipal People's Government held a Spring Festival "
            "reception for the consular corps in Chengdu. Consuls general and consular officials "
            "from 23 foreign consulates general attended.",
            "The mayor said Chengdu is speeding up the building of a park city demonstration zone "
            "and hopes the consulates will continue to act as bridges between the city and the "
            "world.",
            "Speaking on behalf of the consular corps, the Consul General of Singapore thanked the "
            "city for its support over the past year.",
        ],
        "themes": ["CONSULAR"],
        "slogans": [("park city demonstration zone", "公园城市示范区", "BRANDING", False)],
    },
    {
        "id": "h19_zh", "language": "zh",
        "title": "海外网红博主打卡冰雪大世界",
        "paragraphs": [
            "1月6日，来自美国、俄罗斯、马来西亚等8个国家的15名海外网红博主走进哈尔滨冰雪大世界，"
            "通过短视频和直播向海外粉丝展示冰城冬日魅力。",
            "此次活动是我市“冰雪之约”国际传播系列活动之一。",
            "市委宣传部负责人表示，将继续讲好中国故事，传播好中国声音。",
        ],
        "themes": ["MEDIA", "TOURISM"],
        "slogans": [("冰城", "冰城", "BRANDING", False),
                    ("讲好中国故事", "讲好中国故事", "DIPLOMACY", False),
                    ("传播好中国声音", "传播好中国声音", "DIPLOMACY", False)],
    },
    {
        "id": "h20_en", "language": "en",
        "title": "Hong Kong Business Delegation Visits Wuhan",
        "paragraphs": [
            "On August 8, a delegation of 40 entrepreneurs from the Hong Kong General Chamber of "
            "Commerce visited Wuhan and held talks with officials of the Hubei provincial "
            "government.",
            "The vice governor said Hubei fully supports the principle of \"One Country, Two "
            "Systems\" and welcomes Hong Kong enterprises to take part in the development of the "
            "Yangtze River Economic Belt.",
            "The delegation visited an optical fiber company and an automobile plant in the East "
            "Lake High-tech Zone.",
        ],
        "themes": ["TWHKM", "TRADE", "VISIT"],
        "slogans": [("One Country, Two Systems", "一国两制", "IDEOLOGY", True),
                    ("Yangtze River Economic Belt", "长江经济带", "DEVELOPMENT", False)],
    },
    {
        "id": "h21_en", "language": "en",
        "title": "Changchun Delegation Visits Novosibirsk",
        "paragraphs": [
            "From September 2 to 6, Vice Mayor Liu Ying led a delegation of the Changchun "
            "Municipal Government to Russia.",
            "In Novosibirsk, the delegation met with the city's first deputy mayor and signed a "
            "memorandum on renewing the friendship-city agreement between the two cities.",
            "Liu said Changchun is building the \"Changchun Modern Metropolitan Area\" and hopes to "
            "expand cooperation with its Russian sister city in machinery, grain and education.",
        ],
        "themes": ["OUTBOUND", "SISTER"],
        "slogans": [("Changchun Modern Metropolitan Area", "长春现代化都市圈", "BRANDING", False)],
    },
    {
        "id": "h22_zh", "language": "zh",
        "title": "2025国际友城合作发展大会在杭州举行",
        "paragraphs": [
            "11月20日，以“友城携手 共享未来”为主题的2025国际友城合作发展大会在杭州举行。来自35个"
            "国家的60余个友好城市代表参会。",
            "大会发布了友城合作倡议，与会城市表示将携手构建人类命运共同体。",
            "会上，杭州与2个外国城市签署了建立友好交流关系意向书。",
        ],
        "themes": ["SISTER", "FORUM"],
        "slogans": [("友城携手 共享未来", "友城携手 共享未来", "DIPLOMACY", False),
                    ("人类命运共同体", "人类命运共同体", "DIPLOMACY", False)],
    },
    {
        "id": "h23_zh", "language": "zh",
        "title": "金普新区举办日资企业座谈会",
        "paragraphs": [
            "6月17日，大连金普新区举办日资企业座谈会，30余家日资企业代表参会。",
            "近年来，新区大力发展新能源、新材料、新医药，产业集聚效应日益显现。企业代表对新区营商"
            "环境给予高度评价。",
            "会上，新区与5家企业签约，总投资额达42亿元。",
        ],
        "themes": ["TRADE"],
        "slogans": [],
    },
    {
        "id": "h24_en", "language": "en",
        "title": "Italian Sister City Donates Masks to Wenzhou",
        "paragraphs": [
            "On February 9, 50,000 masks donated by Prato, Wenzhou's sister city in Italy, arrived "
            "in Wenzhou to support the city's fight against the epidemic.",
            "The Wenzhou Foreign Affairs Office thanked Prato and the local overseas Chinese "
            "community for the donation.",
            "The city will continue normalized epidemic prevention and control while helping "
            "companies resume production, an official said.",
        ],
        "themes": ["COVID", "SISTER"],
        "slogans": [("normalized epidemic prevention and control", "常态化疫情防控",
                     "DEVELOPMENT", False)],
    },
    {
        "id": "h25_zht", "language": "zh",
        "title": "廣州舉辦駐穗領團新春招待會",
        "paragraphs": [
            "1月16日，廣州市外辦舉辦2025年駐穗領團新春招待會，60餘個國家駐穗總領事館的總領事、領事"
            "官員出席。",
            "市外辦主任表示，廣州將推進高水平對外開放，深度參與粵港澳大灣區建設，歡迎各國駐穗總領事館"
            "繼續發揮橋樑作用。",
            "領團團長代表各國總領事館致辭，祝願廣州新的一年取得更大發展。",
        ],
        "themes": ["CONSULAR"],
        "slogans": [("高水平對外開放", "高水平对外开放", "DIPLOMACY", False),
                    ("粵港澳大灣區", "粤港澳大湾区", "BRANDING", False)],
    },
    {
        "id": "h26_en", "language": "en",
        "title": "Kunming Vice Mayor Meets Consul General of Thailand",
        "paragraphs": [
            "On March 12, Vice Mayor Yang Fan met with Consul General of Thailand in Kunming "
            "Somchai Wongsawat.",
            "Yang said Kunming is ready to work with Thai cities to build a China-Thailand "
            "community with a shared future and expand cooperation in fruit trade, tourism and "
            "logistics along the China-Laos Railway.",
            "Somchai said: \"Thailand and Yunnan are close neighbors, and our friendship keeps "
            "growing.\" He hoped more Thai companies would invest in Kunming.",
        ],
        "themes": ["CONSULAR", "TRADE"],
        "slogans": [("China-Thailand community with a shared future", "中泰命运共同体",
                     "DIPLOMACY", False)],
    },
    {
        "id": "h27_zh", "language": "zh",
        "title": "市外办党组部署全年党建工作",
        "paragraphs": [
            "3月5日，市外办党组召开全面从严治党工作会议，总结去年党建工作，部署今年任务。",
            "会议指出，要坚持党建引领，推动党建和业务深度融合，牢固树立抓好党建是最大政绩的理念。",
            "会议要求，各党支部要扎实开展党纪学习教育，锤炼过硬作风，打造忠诚干净担当的外事干部队伍。",
        ],
        "themes": ["PARTY"],
        "slogans": [("全面从严治党", "全面从严治党", "IDEOLOGY", False),
                    ("党建引领", "党建引领", "IDEOLOGY", False),
                    ("党建和业务深度融合", "党建业务融合", "IDEOLOGY", False),
                    ("抓好党建是最大政绩", "抓好党建是最大政绩", "IDEOLOGY", False)],
    },
    {
        "id": "h28_en", "language": "en",
        "title": "Northeast Asia Mayors' Roundtable Held in Dalian",
        "paragraphs": [
            "The Northeast Asia Mayors' Roundtable opened in Dalian on June 24, themed \"Open "
            "Cooperation, Shared Prosperity\". Mayors and deputy mayors from 16 cities in five "
            "countries attended.",
            "Participants discussed port cooperation, green shipping and tourism. The mayor of "
            "Dalian said the city will promote high-quality development and build a modern, "
            "international and innovative city.",
        ],
        "themes": ["FORUM"],
        "slogans": [("Open Cooperation, Shared Prosperity", "Open Cooperation, Shared Prosperity",
                     "DIPLOMACY", False),
                    ("high-quality development", "高质量发展", "DEVELOPMENT", False),
                    ("modern, international and innovative city", "现代化国际化创新型城市",
                     "BRANDING", False)],
    },
    {
        "id": "h29_zh", "language": "zh",
        "title": "我市推出外籍人士来华便利服务措施",
        "paragraphs": [
            "为更好服务在我市工作生活的外籍人士，市外办联合公安、商务等部门推出12项便利措施，涵盖"
            "出入境、支付、就医和住宿等方面。",
            "自今年起，符合条件的外国人可在我市口岸享受240小时过境免签政策。市出入境管理部门设立了"
            "一站式服务窗口。",
            "市外办负责人表示，这些措施将助力我市建设国际消费中心城市。",
        ],
        "themes": ["EXPAT"],
        "slogans": [("国际消费中心城市", "国际消费中心城市", "BRANDING", False)],
    },
    {
        "id": "h30_en", "language": "en",
        "title": "International Students Join Winter Camp in Harbin",
        "paragraphs": [
            "More than 90 international students from 21 countries joined a five-day winter camp "
            "in Harbin themed \"Ice and Snow Connect the World\" on January 8.",
            "The students learned skiing, visited a university laboratory and made ice lanterns "
            "with local high school students.",
        ],
        "themes": ["EDU"],
        "slogans": [("Ice and Snow Connect the World", "Ice and Snow Connect the World",
                     "BRANDING", False)],
    },
    {
        "id": "h31_zh", "language": "zh",
        "title": "第四届中国—中东欧国家博览会在宁波开幕",
        "paragraphs": [
            "5月22日，第四届中国—中东欧国家博览会在宁波开幕，来自中东欧14国的400余家企业参展。",
            "本届博览会设置6个展馆，并举办中国—中东欧国家合作投资对接会。与会嘉宾表示，要用好RCEP"
            "带来的机遇，促进民心相通。",
            "浙江省负责人表示，将以博览会为平台推进高水平对外开放。",
        ],
        "themes": ["FORUM", "BRI", "TRADE"],
        "slogans": [("高水平对外开放", "高水平对外开放", "DIPLOMACY", False)],
    },
    {
        "id": "h32_en", "language": "en",
        "title": "Harbin Promotes Winter Tourism to Southeast Asian Travel Agencies",
        "paragraphs": [
            "On October 15, Harbin held a winter tourism promotion for 120 travel agencies from "
            "Malaysia, Singapore and Thailand at the Harbin Ice and Snow World.",
            "The city's tourism bureau said Harbin, known as the Ice City, will open three new ski "
            "resorts this season, putting into practice the idea that ice and snow are also "
            "invaluable assets.",
        ],
        "themes": ["TOURISM"],
        "slogans": [("Ice City", "冰城", "BRANDING", False),
                    ("ice and snow are also invaluable assets", "冰天雪地也是金山银山",
                     "DEVELOPMENT", False)],
    },
    {
        "id": "h33_zht", "language": "zh",
        "title": "澳門中學生研學團走進珠海",
        "paragraphs": [
            "8月3日，由40名澳門中學生組成的研學團走進珠海，參觀了橫琴粵澳深度合作區和港珠澳大橋。",
            "珠海市負責人表示，希望澳門青年堅持愛國愛澳，積極融入粵港澳大灣區建設。",
        ],
        "themes": ["TWHKM", "EDU"],
        "slogans": [("愛國愛澳", "爱国爱澳", "IDEOLOGY", False),
                    ("粵港澳大灣區", "粤港澳大湾区", "BRANDING", False)],
    },
    {
        "id": "h34_en", "language": "en",
        "title": "Xi'an Hosts Silk Road Night Gala for Foreign Guests",
        "paragraphs": [
            "On September 10, more than 300 foreign guests attended the \"Silk Road Night\" gala "
            "at the Xi'an Grand Theater, which presented Tang dynasty music and dance.",
            "Diplomats, overseas Chinese and international students said the performances helped "
            "them understand traditional Chinese culture. \"It Was Unforgettable\" said one student "
            "from Kazakhstan.",
        ],
        "themes": ["CULTURE"],
        "slogans": [],
    },
]
