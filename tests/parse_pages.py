"""Realistic pages in the genre's layouts (GENRE.md §1.1), written for pressnlp's tests.

Events, numbers and most people are invented; public bodies and the footer formats follow
the genre. Shared by the parse tests and the parse benchmark.
"""

PAGE_A = """Shenyang Hosts Seminar on Cross-border E-commerce for Consulates General
时间:2022-05-19 撰稿人: 供稿部门:Shenyang Foreign Affairs Office
On May 17, the Foreign Affairs Office of Shenyang Municipal Government held a seminar on cross-border e-commerce for the consulates general in Shenyang. Liu Donghai, Deputy Director of Shenyang Foreign Affairs Office, attended the seminar and delivered a speech.

Representatives of 6 consulates general and 30 local enterprises discussed logistics, payment and customs clearance. The participants agreed to set up a regular contact mechanism.

Related Articles
Shenyang Holds Spring Festival Reception for Consular Corps

About Shenyang
General Info
History and Culture
中华人民共和国外交部 国务院港澳事务办公室 辽宁省人民政府 沈阳政府网

主办:沈阳市人民政府外事办公室 地址: 沈阳市浑南区沈中大街206号 电话:02422728035
辽公网安备 21011202000250号 网站标识码:2101000008
Copyright 2022 All Rights Reserved 辽ICP备10001850号-2 网站地图
"""

PAGE_B = """首 页 外事动态 政府信息公开 服务大厅 领事保护 民意互动
今天是：2019年4月12日 星期五
您的位置：首页 >> 外事动态 >> 工作动态 >> 内容
杨喆会见俄罗斯哈巴罗夫斯克边疆区代表团
发布日期：2019-04-11　来源：欧亚处　浏览次数：　字号：〖大 中 小〗
4月10日上午，佳木斯市政府外办党组书记、主任杨喆会见了俄罗斯哈巴罗夫斯克边疆区经济发展部副部长一行6人。
双方就农产品贸易、跨境旅游和青少年交流等议题进行了深入交流，并商定年内互派代表团。
（欧亚处）
【打印本页】【关闭窗口】
主办单位：佳木斯市人民政府外事办公室　地址：佳木斯市前进区长安东路398号　邮编：154002
电话：0454-8612345　技术支持电话：0454-8617777（工作日9:00-17:00）
黑ICP备12003468号-1　黑公网安备 23080402000127号　网站标识码：2308000009
"""

PAGE_C = """粤公网安备 44030402003517号备案号：粤ICP备2021093851号
主办单位：深圳市人民政府外事办公室深圳市人民对外友好协会技术支持：深圳市大数据资源管理中心
当前位置：首页 > 政务公开 > 图片新闻
视力保护色：　字体：大 中 小
曹赛先出席深圳国际友城青年论坛
发布时间：2023-09-08 15:30　来源：深圳市外办
9月7日，深圳国际友城青年论坛在南山区举行，深圳市外办主任曹赛先出席并致辞。
On September 7, the Shenzhen International Sister Cities Youth Forum was held in Nanshan District. Director General Cao Saixian of Shenzhen Foreign Affairs Office attended and addressed the forum.
曹赛先与青年代表交流
Director General Cao Saixian talks with youth representatives
来自12个国家友城的40余名青年代表围绕城市创新进行了交流。
More than 40 young representatives from sister cities in 12 countries exchanged views on urban innovation.
"""

PAGE_D = """首页　政务公开　工作动态　通知公告　友好城市　领事服务　互动交流
当前位置：首页 >> 工作动态 >> 外事动态
沈阳市与札幌市举办友城青少年线上交流活动
时间：2021-07-02　撰稿人：　供稿部门：本站原创
6月30日，沈阳市与日本札幌市举办友城青少年线上交流活动，两市中学生共40余人参加。
学生们用中日两种语言介绍了各自城市的历史文化，并表演了剪纸和太鼓。
Shenyang and Sapporo Hold Online Youth Exchange of Friendly Cities
On June 30, Shenyang and Sapporo of Japan held an online youth exchange, attended by more than 40 middle school students of the two cities.
The students introduced the history and culture of their cities in Chinese and Japanese, and performed paper-cutting and taiko drums.
沈阳市人民政府外事办公室　版权所有
主办：沈阳市人民政府外事办公室　地址：沈阳市浑南区沈中大街206号　电话：02422728035
辽公网安备 21011202000250号　网站标识码：2101000008　辽ICP备10001850号-2
"""

PAGE_E = """Home | Government | Investment | Travel | Living | News
Your current location : Home>>News>>news
Changchun Signs Education Cooperation Agreement with Daejeon
Updated : 2019-11-08Source : CCFAO
【Fonts: A+ A A- Print
Changchun Signs Education Cooperation Agreement with Daejeon
On November 6, Changchun Education Bureau and the Daejeon Metropolitan Office of Education signed an agreement on teacher and student exchanges.

Under the agreement, 20 teachers from each side will visit the other city every year.

Source: Changchun Government Affairs Editor: Li Na
About Us | Contact Us | Sitemap
Copyright © The People's Government of Changchun City. All Rights Reserved.
吉ICP备05002530号-1  吉公网安备 22010202000413号
"""

PAGE_F = """Home | About Dalian | Government | Business | Travel | Living
Dalian Welcomes First Cruise Ship of the Season
Passengers from Japan and the Republic of Korea tour the city
Yesterday, the cruise ship carrying 2,300 passengers berthed at Dalian Port, opening the city's cruise season of the year.

Officials said the port expects more than 60 cruise calls this year.

(Correspondent Li Ming)
[Source:Dalian Daily]
Related News
Dalian Airport Opens New Route to Osaka
"""

PAGE_G = """Home Page ChengDu News International Exchanges Investment Attraction Policies on Foreign Affairs Consulates in Chengdu Sister Cities
Home > News
Chengdu Holds Briefing for Foreign Chambers of Commerce
Origin:成都市人民政府外事办公室 Release Time:2019-03-22 10:15 Read: Degree
〖Size:Big Hit Small〗 〖background Color:杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 灰 银河白(默认色)〗【Print】【Close
On March 21st, Chengdu held a briefing on the new policies for foreign-invested enterprises for 25 foreign chambers of commerce.

Hot Links
Sister Cities of Chengdu

Copyright(C) 2019 Chengdu Foreign Affairs Office
蜀ICP备14024817号-1 Address: No.2 Caoshi Street, Chengdu  Tel: 028-61881234
"""

PAGE_H = """Chinese
Topics:
Beijing Foreign Affairs Office Holds Consular Knowledge Lecture
Date: 2024-03-15
Source: Consular Division of the Beijing Foreign Affairs Office
fontSize: big middle small
On March 13, the Beijing Foreign Affairs Office held a lecture on consular knowledge for 80 staff of municipal departments.
Practical cases
The lecturers explained consular protection cases of recent years and the use of the 12308 hotline.
图片 1.png
Next steps
The office will hold the lecture in all 16 districts in the coming months.

Share to:
Copyright © The People's Government of Beijing Municipality. All rights reserved.
京ICP备05060933号  京公网安备 11010502022785号  网站标识码：1100000088
"""

PAGE_I = """ date 2022-04-20
Home>>China
Envoys visit innovation park in Wuhan
(Xinhua) 09:12, April 20, 2022
WUHAN, April 19 (Xinhua) -- More than 30 diplomats from 20 countries visited the Optics Valley in Wuhan on Tuesday.

The diplomats learned about the optoelectronics industry and the biomedicine industry of the city.

(Web editor: Zhang Wei, Liu Fang)
Related Stories
Hubei holds investment fair
"""

PAGE_J = """首页 > 贵阳新闻 > 时政要闻
贵阳举办国际友城大数据合作论坛
2019-05-28 08:30　来源：贵阳日报　字号：大 中 小
本报讯 5月27日，贵阳国际友城大数据合作论坛在贵阳举行，来自8个国家的30余名城市代表参加。
与会代表围绕数据安全和智慧城市建设进行了交流。
（贵阳日报融媒体记者 李华）
编辑：王芳
版权声明：凡本网注明来源为贵阳日报的作品，未经允许不得转载。
黔ICP备10200615号-1　互联网新闻信息服务许可证：52120170004
"""

PAGE_K = """News provided by
Information Office of Shenyang Municipal People's Government
Jun 26, 2023, 08:00 ET
Shenyang Launches Global Ice and Snow Tourism Promotion
SHENYANG, China, June 26, 2023 /PRNewswire/ -- Shenyang launched a global promotion of its ice and snow tourism on Sunday, inviting travelers to its winter festivals.

Caption: Visitors skate on the frozen Hunhe River.

The city expects 3 million winter visitors this season.

SOURCE Information Office of Shenyang Municipal People's Government
"""

PAGE_L = """齐齐哈尔市人民政府 政府信息公开
首页 > 政府信息公开 > 政府文件
索   引   号 ：01143216-X-2021-0012
分        类 ：外事
发 布 机 构 ：齐齐哈尔市人民政府办公室
发 文 日 期 ：2021-03-05
名        称 ：齐齐哈尔市人民政府办公室关于做好因公出国管理工作的通知
文        号 ：齐政办发〔2021〕8号
上 载 日 期 ：2021-03-09
信息来源：市政府办公室
齐齐哈尔市人民政府办公室关于做好因公出国管理工作的通知
各县（市）区人民政府，市政府各有关直属单位：
现就做好因公出国管理工作有关事项通知如下，请认真贯彻执行。
一、严格审批程序。各单位出访计划须报市外办审核。
齐齐哈尔市人民政府办公室
2021年3月5日
【打印本页】【关闭窗口】
主办：齐齐哈尔市人民政府办公室　黑ICP备05004182号　黑公网安备 23020202000012号
"""

PAGE_M = """首页 | 机构概况 | 外事动态 | 友城交流 | 侨务工作 | 护照签证 | 领事服务
您现在的位置：首页 > 工作动态
工作动态
市外办举办涉外礼仪培训班 2023-06-20
6月19日，市外办举办涉外礼仪培训班，各县（市、区）外办和市级部门的……
温州市代表团访问意大利普拉托 2023-05-30
当地时间5月25日至28日，温州市代表团访问意大利普拉托市，与当地政府和侨团……
市对外友协召开理事会 2023-04-18
4月17日，温州市人民对外友好协会召开第六届理事会第三次会议，审议通过了……
共8页 当前第1页 首页 上一页 1 2 3 下一页 尾页
浙ICP备05001623号-3　浙公网安备 33030202000361号　网站标识码：3303000006
"""

PAGE_N = """Main Functions
时间:2020-01-10 撰稿人: 供稿部门:Shenyang Foreign Affairs Office
The main functions of the office are as follows:
1. To implement the principles and policies of the central authorities on foreign affairs.
2. To manage the official visits abroad of the municipal departments.
3. To coordinate the consular affairs and the services for consulates general in Shenyang.
4. To promote the exchanges with sister cities and friendly organizations abroad.

主办:沈阳市人民政府外事办公室 辽ICP备10001850号-2
"""

PAGE_ZHT = """當前位置： 首頁>> 工作動態>> 地方政務
第五屆廈台青年交流營在廈門開營
發布時間：2021-07-15 09:00:00來源： 中國台灣網
【字體：大 中 小】　打印本頁
台灣網7月14日廈門消息 7月14日，第五屆廈台青年交流營在廈門開營，來自台灣地區的80餘名青年參加。
交流營為期7天，營員們將參觀廈門的科技企業和文化場館。
(台灣網廈門通訊員 陳思遠)
相關新聞
台商廈門行活動啟動
"""

PAGE_HTML = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>Kunming Receives Lao Delegation - Kunming FAO</title>
<meta name="PubDate" content="2022-08-12 10:00"><script>var a = "<p>not text</p>";</script>
<style>.x{color:red}</style></head>
<body><div class="nav"><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/about/">About Us</a></div>
<div class="crumb">Home &gt;&gt; News</div>
<h1>Kunming Receives Lao Delegation</h1>
<div class="info"><span>Date: 2022-08-12</span>&nbsp;<span>Source: Kunming Foreign Affairs Office</span></div>
<div class="content"><p>On August 10, a delegation of Vientiane visited Kunming.<br>The two sides discussed the China-Laos Railway.</p>
<p>They agreed to expand <b>trade</b> and tourism.</p></div>
<div class="footer">滇ICP备12003456号 滇公网安备 53010202000123号</div>
</body></html>
"""

ALL_PAGES = {"A": PAGE_A, "B": PAGE_B, "C": PAGE_C, "D": PAGE_D, "E": PAGE_E, "F": PAGE_F,
             "G": PAGE_G, "H": PAGE_H, "I": PAGE_I, "J": PAGE_J, "K": PAGE_K, "L": PAGE_L,
             "M": PAGE_M, "N": PAGE_N}
