import { describe, expect, it } from "vitest";
import { parseHtml } from "./index.js";

// Listing pages whose items carry no full date: excerpts of real pages of ../shared/corpus/listings
// (NNN.html), each item's date text where the page printed it taken out ("dates removed") or written
// as an age ("2 hours ago"), as scripts/eval-listings-variants.ts rewrites them. The markup is the
// page's (runs of white space squeezed; scripts, styles and comments dropped; on 104 also inline
// styles and images). Repeated entries with a headline link of their own are a listing whatever
// their dates say, with null dates, never an article.

const titles = (html: string) => parseHtml(html).items.map((i) => i.title);

describe("undated HTML listings", () => {
  it("reads a press-release index whose theme declares every page an article, dates removed (015)", () => {
    const page = parseHtml(PRESS_RELEASES_015);
    expect(page.kind).toBe("listing");
    expect(page.items).toHaveLength(8);
    expect(page.items.every((i) => i.date === null)).toBe(true);
    expect(titles(PRESS_RELEASES_015).slice(0, 3)).toEqual([
      "North Carolina Delegation Introduces Bipartisan Highway Bill for Military Corridor",
      "Butterfield Introduces Resolution Recognizing Duke Men’s Basketball Team and Congratulates Team on House Floor",
      "Butterfield Statement on Wayne Community College Shooting",
    ]);
  });

  it('takes teasers the site cut ("… Continue Reading") for teasers, however long (020)', () => {
    const page = parseHtml(PRESS_020);
    expect(page.kind).toBe("listing");
    expect(titles(PRESS_020)).toEqual([
      "Sens. Rand Paul & Mark Warner Introduce the Bonuses for Cost-Cutters Act of 2015",
      "Sen. Rand Paul Releases Third Edition of ‘The Waste Report’",
      "Sen. Rand Paul Votes to Release Wrongfully Imprisoned U.S. Citizens in Iran",
      "Sen. Rand Paul Releases Newest Edition of ‘The Waste Report’",
    ]);
    expect(page.items[0]?.paragraphs[0]).toMatch(/^U\.S\. Senators Rand Paul \(R-KY\) and Mark Warner/);
  });

  it("keeps headlines with an age beside them on their line as headlines of their own (022)", () => {
    const page = parseHtml(MEDIA_022);
    expect(page.kind).toBe("listing");
    expect(page.items).toHaveLength(10);
    expect(page.items.every((i) => i.date === null)).toBe(true);
    expect(page.items[2]?.title).toBe("RESTORE Act gives BP fines to hard-hit counties, not state");
  });

  it("keeps headlines after an age and a category link as headlines of their own (025)", () => {
    const page = parseHtml(ROLLING_025);
    expect(page.kind).toBe("listing");
    expect(page.items).toHaveLength(10);
    expect(page.items[0]?.title).toBe("一图读懂 | 深圳盒马员工确诊，2地6人感染始末");
    expect(page.items[9]?.title).toBe("杭州一女老板诈骗650余万，在一位女主播身上花了上百万");
  });

  it('prefers the press releases with teasers to a longer "most clicked" list of their headlines (104)', () => {
    const page = parseHtml(PRESSEDIENST_104);
    expect(page.kind).toBe("listing");
    expect(page.items).toHaveLength(11);
    expect(titles(PRESSEDIENST_104).slice(0, 2)).toEqual([
      "IT-Sicherheit ist Energiesicherheit",
      "IWES und Nordex Group intensivieren Zusammenarbeit bei Netzi...",
    ]);
    expect(page.items[0]?.paragraphs.join(" ")).toContain("Husum (iwr-pressedienst) - Eine zunehmend");
  });
  it("reads a home page's news table with an age in each row's date cell as entries (108)", () => {
    const page = parseHtml(NEWS_108);
    expect(page.kind).toBe("listing");
    expect(page.items.map((i) => [i.date, i.title, i.paragraphs[0]?.slice(0, 40)])).toEqual([
      [null, null, "Excited to release our first set of arti"],
      [null, null, "Happy to be rounding out the year with a"],
      [null, null, "Welcome Summer 2023 interns! Excited to "],
    ]);
    // against a reference date the ages date the entries
    const dated = parseHtml(NEWS_108, { reference: "2024-03-12T12:00:00Z" });
    expect(dated.items.map((i) => [i.date, i.dateSource])).toEqual([
      ["2024-03-12", "relative"],
      ["2024-03-12", "relative"],
      ["2024-03-12", "relative"],
    ]);
  });
});

const PRESS_RELEASES_015 = `<html><head>
<meta property="og:type" content="article" />
<title>Press Releases | Congressman G. K. Butterfield</title>
</head><body>
<h1 class="title" id="page-title">Press Releases</h1>
<div class="view-content">
<div class="views-row views-row-1 views-row-odd views-row-first">
<div class="views-field views-field-title"> <h3 class="field-content"><a href="/media-center/press-releases/north-carolina-delegation-introduces-bipartisan-highway-bill-for">North Carolina Delegation Introduces Bipartisan Highway Bill for Military Corridor</a></h3> </div>
<span class="views-field views-field-created"> <span class="field-content"></span> </span>
<span class="views-field views-field-type"> <span class="field-content"><a href="/media-center/press-releases">Press Release</a></span> </span>
<div class="views-field views-field-field-congress-subtitle"> <h5 class="field-content"></h5> </div>
<div class="views-field views-field-body"> <div class="field-content"><p><strong>WASHINGTON, DC</strong> – Today, Congressman G. K.</p></div> </div> </div>
<div class="views-row views-row-2 views-row-even">
<div class="views-field views-field-title"> <h3 class="field-content"><a href="/media-center/press-releases/butterfield-introduces-resolution-recognizing-duke-men-s-basketball-team">Butterfield Introduces Resolution Recognizing Duke Men’s Basketball Team and Congratulates Team on House Floor</a></h3> </div>
<span class="views-field views-field-created"> <span class="field-content"></span> </span>
<span class="views-field views-field-type"> <span class="field-content"><a href="/media-center/press-releases">Press Release</a></span> </span>
<div class="views-field views-field-field-congress-subtitle"> <h5 class="field-content"></h5> </div>
<div class="views-field views-field-body"> <div class="field-content"><p><strong>WASHINGTON, DC</strong> – Today, Congressman G. K.</p></div> </div> </div>
<div class="views-row views-row-3 views-row-odd">
<div class="views-field views-field-title"> <h3 class="field-content"><a href="/media-center/press-releases/butterfield-statement-on-wayne-community-college-shooting">Butterfield Statement on Wayne Community College Shooting</a></h3> </div>
<span class="views-field views-field-created"> <span class="field-content"></span> </span>
<span class="views-field views-field-type"> <span class="field-content"><a href="/media-center/press-releases">Press Release</a></span> </span>
<div class="views-field views-field-field-congress-subtitle"> <h5 class="field-content"></h5> </div>
<div class="views-field views-field-body"> <div class="field-content"><p><strong>WILSON, NC</strong> – Congressman G. K. Butterfield (NC-01) today issued the following statement regarding this morning’s shooting at Wayne Community College, located in North Carolina’s First Congressional District:</p></div> </div> </div>
<div class="views-row views-row-4 views-row-even">
<div class="views-field views-field-title"> <h3 class="field-content"><a href="/media-center/press-releases/pocan-and-butterfield-make-friendly-ncaa-men-s-basketball-championship">Pocan and Butterfield Make Friendly NCAA Men’s Basketball Championship Wager</a></h3> </div>
<span class="views-field views-field-created"> <span class="field-content"></span> </span>
<span class="views-field views-field-type"> <span class="field-content"><a href="/media-center/press-releases">Press Release</a></span> </span>
<div class="views-field views-field-field-congress-subtitle"> <h5 class="field-content"></h5> </div>
<div class="views-field views-field-body"> <div class="field-content"><p><strong>Durham, NC</strong> — Congressman Mark Pocan (D-WI) placed a friendly wager with Congressman G. K. Butterfield (D-NC) on the 2015 NCAA Men’s Basketball Championship game tonight between the University of Wisconsin—Madison and Duke University. Rep. Pocan wagered a selection of Wisconsin cheese and beer while Rep.</p></div> </div> </div>
<div class="views-row views-row-5 views-row-odd">
<div class="views-field views-field-title"> <h3 class="field-content"><a href="/media-center/press-releases/reps-adams-butterfield-and-price-urge-senators-burr-and-tillis-to">Reps. Adams, Butterfield and Price Urge Senators Burr and Tillis to Support Loretta Lynch for Attorney General</a></h3> </div>
<span class="views-field views-field-created"> <span class="field-content"></span> </span>
<span class="views-field views-field-type"> <span class="field-content"><a href="/media-center/press-releases">Press Release</a></span> </span>
<div class="views-field views-field-field-congress-subtitle"> <h5 class="field-content"></h5> </div>
<div class="views-field views-field-body"> <div class="field-content"><p><strong>WASHINGTON, DC</strong> – U.S. Representatives Alma Adams (NC-12), G. K. Butterfield (NC-01) and David Price (NC-04) today sent a letter urging North Carolina’s two U.S. Senators to support Loretta Lynch, who is a North Carolina native, in her nomination for Attorney General. Senators Burr and Tillis previously announced their opposition to Lynch’s nomination.</p></div> </div> </div>
<div class="views-row views-row-6 views-row-even">
<div class="views-field views-field-title"> <h3 class="field-content"><a href="/media-center/press-releases/jones-and-butterfield-honor-judge-randy-d-doub">Jones and Butterfield Honor Judge Randy D. Doub</a></h3> </div>
<span class="views-field views-field-created"> <span class="field-content"></span> </span>
<span class="views-field views-field-type"> <span class="field-content"><a href="/media-center/press-releases">Press Release</a></span> </span>
<div class="views-field views-field-field-congress-subtitle"> <h5 class="field-content"></h5> </div>
<div class="views-field views-field-body"> <div class="field-content"><p><strong>WASHINGTON, D.C.</strong> – Today, Congressman Walter B. Jones (NC-3) and Congressman G. K. Butterfield (NC-1) introduced H.R.1642 to designate a United States Courthouse in Greenville, North Carolina as the “Randy D. Doub United States Courthouse” in honor of the late Randy D.</p></div> </div> </div>
<div class="views-row views-row-7 views-row-odd">
<div class="views-field views-field-title"> <h3 class="field-content"><a href="/media-center/press-releases/butterfield-remembers-legacy-of-willie-bradshaw">Butterfield Remembers Legacy of Willie Bradshaw</a></h3> </div>
<span class="views-field views-field-created"> <span class="field-content"></span> </span>
<span class="views-field views-field-type"> <span class="field-content"><a href="/media-center/press-releases">Press Release</a></span> </span>
<div class="views-field views-field-field-congress-subtitle"> <h5 class="field-content"></h5> </div>
<div class="views-field views-field-body"> <div class="field-content"><p><strong>WASHINGTON, DC</strong> – Congressman G. K. Butterfield (NC-01) issued the following statement today on the passing of Durham great, Willie Bradshaw:</p></div> </div> </div>
<div class="views-row views-row-8 views-row-even">
<div class="views-field views-field-title"> <h3 class="field-content"><a href="/media-center/press-releases/butterfield-statement-on-republican-passed-fy-16-budget">Butterfield Statement on Republican-Passed FY’16 Budget</a></h3> </div>
<span class="views-field views-field-created"> <span class="field-content"></span> </span>
<span class="views-field views-field-type"> <span class="field-content"><a href="/media-center/press-releases">Press Release</a></span> </span>
<div class="views-field views-field-field-congress-subtitle"> <h5 class="field-content"></h5> </div>
<div class="views-field views-field-body"> <div class="field-content"><p><strong>WASHINGTON, DC</strong> – Congressman G. K. Butterfield (NC-01) issued the following statement after voting against the Republican Fiscal Year 2016 Budget, which passed in the House today:</p></div> </div> </div>
</div>
</body></html>`;

const PRESS_020 = `<html><head><title>Press | Senator Rand Paul</title></head><body>
<div id="newscontent">
<div id="press">

<span class="date black"></span>
<h2 class="title"><a href="/news/press/sens-rand-paul-and-mark-warner-introduce-the-bonuses-for-cost-cutters-act-of-2015">Sens. Rand Paul & Mark Warner Introduce the Bonuses for Cost-Cutters Act of 2015</a></h2>
<p class="summary">U.S. Senators Rand Paul (R-KY) and Mark Warner (D-VA) today introduced the Bonuses for Cost-Cutters Act of 2015. This bipartisan legislation will empower those on the front lines of federal spending to find efficiencies and improve productivity to return value to the taxpayer in the form of deficit reduction and less government borrowing. Building on the current federal law, the Bonuses for Cost-Cutters Act would allow a U.S. government agency's inspector general to pay a bonus of up to $10,000 &hellip;&nbsp;<a href="/news/press/sens-rand-paul-and-mark-warner-introduce-the-bonuses-for-cost-cutters-act-of-2015">Continue&nbsp;Reading</a></p>
<hr>
<span class="date black"></span>
<h2 class="title"><a href="/news/press/sen-rand-paul-releases-third-edition-of-the-waste-report-">Sen. Rand Paul Releases Third Edition of ‘The Waste Report’ </a></h2>
<p class="summary">U.S. Senator Rand Paul today released the third edition to 'The Waste Report,' which is an ongoing project highlighting egregious examples of waste within the U.S. government.
The third edition of the 'The Waste Report' exposes thousands of dollars of waste in the U.S. Department of Education. In the coming weeks, the U.S. Department of Education will offer a multi-day writing course designed to teach twenty of their employees how to write an e-mail in the workplace.
'The Waste Report' can be &hellip;&nbsp;<a href="/news/press/sen-rand-paul-releases-third-edition-of-the-waste-report-">Continue&nbsp;Reading</a></p>
<hr>
<span class="date black"></span>
<h2 class="title"><a href="/news/press/sen-rand-paul-votes-to-release-wrongfully-imprisoned-us-citizens-in-iran">Sen. Rand Paul Votes to Release Wrongfully Imprisoned U.S. Citizens in Iran</a></h2>
<p class="summary">U.S. Senator Rand Paul issued a statement following the passage of S.CON.RES.16, a concurrent resolution calling for the immediate release of four American citizens unjustly imprisoned in Iran. Among the detainees in Iran is Pastor Saeed Abedini, an American pastor that has been indefinitely imprisoned on account of his religious belief.
In November 2013, Sen. Paul was an original co-sponsor of a Senate resolution calling for the government of Iran to immediately release Pastor Abedini. Followi&hellip;&nbsp;<a href="/news/press/sen-rand-paul-votes-to-release-wrongfully-imprisoned-us-citizens-in-iran">Continue&nbsp;Reading</a></p>
<hr>
<span class="date black"></span>
<h2 class="title"><a href="/news/press/sen-rand-paul-releases-newest-edition-of-the-waste-report">Sen. Rand Paul Releases Newest Edition of ‘The Waste Report’</a></h2>
<p class="summary">U.S. Senator Rand Paul today released the newest edition to 'The Waste Report.' 'The Waste Report' is an ongoing project to catalog egregious examples of wasteful spending throughout the U.S. government. This week's report uncovers thousands of taxpayer dollars of potential waste in the National Nuclear Security Agency (NNSA). 'The Waste Report' can be found HERE or below.
Nuclear Waste: Dep. of Energy's $13K Treadmills
The National Nuclear Security Agency (NNSA) of the Department of Energy pu&hellip;&nbsp;<a href="/news/press/sen-rand-paul-releases-newest-edition-of-the-waste-report">Continue&nbsp;Reading</a></p>
<hr>
</div></div>
</body></html>`;

const MEDIA_022 = `<html><head><title>Bill Nelson, U.S. Senator from Florida: Media</title></head><body>
<ul>
<li><a href="details.cfm?id=341529&" alt="View: Crackdown on fraud against elderly gains steam against backdrop of congressional probe " title="View: Crackdown on fraud against elderly gains steam against backdrop of congressional probe ">Crackdown on fraud against elderly gains steam against backdrop of congressional probe </a>, <em>media release</em>, 2 hours ago</li>
<li><a href="details.cfm?id=341512&" alt="View: Senate panel hears details of asteroid mission; and use of new capsule, monster rocket " title="View: Senate panel hears details of asteroid mission; and use of new capsule, monster rocket ">Senate panel hears details of asteroid mission; and use of new capsule, monster rocket </a>, <em>media release</em>, 3 hours ago</li>
<li><a href="details.cfm?id=341510&" alt="View: RESTORE Act gives BP fines to hard-hit counties, not state " title="View: RESTORE Act gives BP fines to hard-hit counties, not state ">RESTORE Act gives BP fines to hard-hit counties, not state </a>, <em>media release</em>, 4 hours ago</li>
<li><a href="details.cfm?id=341464&" alt="View: Senator: If at first you don't succeed against big oil - try, try again
" title="View: Senator: If at first you don't succeed against big oil - try, try again
">Senator: If at first you don't succeed against big oil - try, try again
</a>, <em>media release</em>, 5 hours ago</li>
<li><a href="details.cfm?id=341409&" alt="View: Support growing for ending prescription drug windfall " title="View: Support growing for ending prescription drug windfall ">Support growing for ending prescription drug windfall </a>, <em>media release</em>, 6 hours ago</li>
<li><a href="details.cfm?id=341374&" alt="View: Military anti-smuggling operation way down since across-the-board budget cuts " title="View: Military anti-smuggling operation way down since across-the-board budget cuts ">Military anti-smuggling operation way down since across-the-board budget cuts </a>, <em>media release</em>, 7 hours ago</li>
<li><a href="details.cfm?id=341373&" alt="View: Feds to audit Florida homeowner mortgage assistance program " title="View: Feds to audit Florida homeowner mortgage assistance program ">Feds to audit Florida homeowner mortgage assistance program </a>, <em>media release</em>, 8 hours ago</li>
<li><a href="details.cfm?id=341338&" alt="View: Senators cross political aisle hoping to save local airport towers " title="View: Senators cross political aisle hoping to save local airport towers ">Senators cross political aisle hoping to save local airport towers </a>, <em>media release</em>, 9 hours ago</li>
<li><a href="details.cfm?id=341308&" alt="View: High-ranking cosponsors could breathe new life into bill targeting tax refund identity scams " title="View: High-ranking cosponsors could breathe new life into bill targeting tax refund identity scams ">High-ranking cosponsors could breathe new life into bill targeting tax refund identity scams </a>, <em>media release</em>, 10 hours ago</li>
<li><a href="details.cfm?id=341278&" alt="View: NASA has plan to capture an asteroid and tow it to the moon " title="View: NASA has plan to capture an asteroid and tow it to the moon ">NASA has plan to capture an asteroid and tow it to the moon </a>, <em>media release</em>, 11 hours ago</li>
</ul>
</body></html>`;

const ROLLING_025 = `<html><head><title>最新滚动新闻_网易新闻中心</title></head><body>
<div id="instantPanel"> <div class="cnt"> <span class="blank15"></span> <ul class="list_txt"> <li><span class="right f12px cDGray">(2 hours ago)</span><a href="http://news.163.com/shehui/" class="cBlue">[社会]</a> <a href="https://news.163.com/20/0816/22/FK6F0U6D0001899O.html">一图读懂 | 深圳盒马员工确诊，2地6人感染始末</a></li> <li><span class="right f12px cDGray">(3 hours ago)</span><a href="http://news.163.com/shehui/" class="cBlue">[社会]</a> <a href="https://news.163.com/20/0816/22/FK6DGJLI0001899O.html">触目惊心!山东临沂暴雨淹死上百头牛 路旁摆满死牛</a></li> <li><span class="right f12px cDGray">(4 hours ago)</span><a href="http://news.163.com/shehui/" class="cBlue">[社会]</a> <a href="https://news.163.com/20/0816/22/FK6DHG2A00018AOR.html">“大胃王”吃播江湖：假吃、催吐吸粉，带货探店年入百万</a></li> <li><span class="right f12px cDGray">(5 hours ago)</span><a href="http://news.163.com/world/" class="cBlue">[国际]</a> <a href="http://dy.163.com/article/FK6DC69605503FCU.html">小时候被特朗普偷积木，去世后成为“新棋子”？罗伯特：始终为特朗普鞠躬尽瘁</a></li> <li><span class="right f12px cDGray">(6 hours ago)</span><a href="http://news.163.com/shehui/" class="cBlue">[社会]</a> <a href="http://dy.163.com/article/FK6C3DQE0514R9OJ.html">看了电视剧怀疑老公出轨，网上找人查开房记录！结果悲催...</a></li> </ul> <span class="blank15"></span> </div> <span class="hr_dot"></span> <div class="cnt"> <span class="blank15"></span> <ul class="list_txt"> <li><span class="right f12px cDGray">(7 hours ago)</span><a href="http://news.163.com/world/" class="cBlue">[国际]</a> <a href="https://news.163.com/20/0816/21/FK6BT8KB0001899N.html">拜登发推慰问特朗普：我了解失去至亲的痛苦</a></li> <li><span class="right f12px cDGray">(8 hours ago)</span><a href="http://news.163.com/shehui/" class="cBlue">[社会]</a> <a href="https://news.163.com/20/0816/21/FK6C201P00018AOR.html">江西杀3人嫌犯案发前曾前往旅店 因拒刷身份证被拒</a></li> <li><span class="right f12px cDGray">(9 hours ago)</span><a href="http://news.163.com/shehui/" class="cBlue">[社会]</a> <a href="https://news.163.com/20/0816/21/FK6BM8F10001899N.html">江西杀3人逃犯落网 受害者家属希望查公安是否渎职</a></li> <li><span class="right f12px cDGray">(10 hours ago)</span><a href="http://news.163.com/world/" class="cBlue">[国际]</a> <a href="https://news.163.com/20/0816/21/FK6BG48P0001899O.html">俄罗斯国防部：俄战机起飞拦截意大利侦察机</a></li> <li><span class="right f12px cDGray">(11 hours ago)</span><a href="http://news.163.com/shehui/" class="cBlue">[社会]</a> <a href="http://dy.163.com/article/FK6AJ643051492LM.html">杭州一女老板诈骗650余万，在一位女主播身上花了上百万</a></li> </ul></div></div>
</body></html>`;

const PRESSEDIENST_104 = `<html><head><title>Pressemitteilungen</title></head><body><div>
<div class="pmdiv" id="pm2">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/102-ee-sh-wirtschaftsfoerderungsgesellschaft-nordfriesland-mbh">EE.SH / Wirtschaftsförderungsgesellschaft Nordfriesland mbH</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7664-it-sicherheit-ist-energiesicherheit">IT-Sicherheit ist Energiesicherheit</a></h2>
<p><strong></strong> |
Husum (iwr-pressedienst) - Eine zunehmend automatisierte, digitalisierte und dezentrale Energieerzeugung bietet der Cyberkriminalität neue Angriffspunkte. Die Sicherheit der Informationstechnik ist deshalb wichtig für Firmen jeder Größe und entscheidend für die e... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7664-it-sicherheit-ist-energiesicherheit">weiter...</a></p></div><div class="pmdiv" id="pm3">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/19-nordex-se">Nordex SE</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7663-iwes-und-nordex-group-intensivieren-zusammenarbeit-bei-netzintegration-von-windenergieanlagen">IWES und Nordex Group intensivieren Zusammenarbeit bei Netzi...</a></h2>
<p><strong></strong> |
Hamburg (iwr-pressedienst) - Die vermehrte Stromerzeugung aus erneuerbaren Energien hat einen erheblichen Einfluss auf das elektrische Netz. Windenergieanlagen speisen den Strom über leistungselektronische Umrichter ins Netz ein. Deshalb ist die Validierung der Sy... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7663-iwes-und-nordex-group-intensivieren-zusammenarbeit-bei-netzintegration-von-windenergieanlagen">weiter...</a></p></div><div class="pmdiv" id="pm4">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/234-enen-endless-energy-gmbh">enen endless energy GmbH</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7662-photovoltaik-spezialist-enen-endless-energy-erhaelt-zum-zweiten-mal-in-folge-das-crefozert-bonitaetszertifikat">Photovoltaik-Spezialist enen endless energy erhält zum zweit...</a></h2>
<p><strong></strong> |
Limburg a. d. Lahn (iwr-pressedienst) - Die enen endless energy GmbH wurde auch in diesem Jahr mit dem Bonitätszertifikat CrefoZert der Creditreform, Deutschlands führenden Anbieters von Wirtschaftsinformationen, ausgezeichnet. Dieses Bonitätszertifikat bestätigt di... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7662-photovoltaik-spezialist-enen-endless-energy-erhaelt-zum-zweiten-mal-in-folge-das-crefozert-bonitaetszertifikat">weiter...</a></p></div>
<p class="pm_weiter" id="pm_weiter1"><a href="javascript:void(0);">weitere&nbsp;Pressemitteilungen&nbsp;laden...</a></p>
<div class="pmdiv pm_weitere_unsichtbar" id="pm5">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/50-wpd-ag">wpd AG</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7661-15-jahre-engagement-fuer-die-finnische-energiewende-wpd-finnland-oy-feiert-jubilaeum">15 Jahre Engagement für die finnische Energiewende: wpd Finn...</a></h2>
<p><strong></strong> | Bremen (iwr-pressedienst) - Im Januar 2007 eröffnete wpd in Espoo das erste Büro in Finnland. Damit war vor 15 Jahren die Gründung von wpd Finnland Oy erfolgt. Neben der schwedischen Niederlassung wpd Scandinavia AB in Stockholm hat sich der international tätige deutsch... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7661-15-jahre-engagement-fuer-die-finnische-energiewende-wpd-finnland-oy-feiert-jubilaeum">weiter...</a></p></div><div class="pmdiv pm_weitere_unsichtbar" id="pm6">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/205-solandeo-gmbh">Solandeo GmbH</a>, <a href="https://www.iwrpressedienst.de/firmen/351-rheinenergie-ag">RheinEnergie AG</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7660-von-der-waermemessung-zur-echtzeit-energiedienstleistung-rheinenergie-und-solandeo-starten-kooperation">Von der Wärmemessung zur Echtzeit-Energiedienstleistung – Rh...</a></h2>
<p><strong></strong> | Köln (iwr-pressedienst) - Um das bundesweite Geschäft für komplexe Energiedienstleistungen im kürzlich neu geschaffenen Bereich next energy solutions weiterzuentwickeln, hat die RheinEnergie eine Partnerschaft mit dem wettbewerblichen Messstellenbetreiber Solandeo abges... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7660-von-der-waermemessung-zur-echtzeit-energiedienstleistung-rheinenergie-und-solandeo-starten-kooperation">weiter...</a></p></div><div class="pmdiv pm_weitere_unsichtbar" id="pm7">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/350-boreas-energietechnik-gmbh">BOREAS Energietechnik GmbH</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7658-boreas-energietechnik-uebernimmt-betriebsfuehrung-von-vier-windparks-der-ventient-energy-in-suedbrandenburg">BOREAS Energietechnik übernimmt Betriebsführung von vier Win...</a></h2>
<p><strong></strong> | Dresden (iwr-pressedienst) - Im November hat die BOREAS Energietechnik den vierten Windpark eines 28 MW Portfolios der Ventient Energy in die technische und kaufmännische Betriebsführung übernommen. Der vereinbarte Leistungsumfang beinhaltet ein Komplettpaket, beginnend... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7658-boreas-energietechnik-uebernimmt-betriebsfuehrung-von-vier-windparks-der-ventient-energy-in-suedbrandenburg">weiter...</a></p></div><div class="pmdiv pm_weitere_unsichtbar" id="pm8">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/73-enertrag-betrieb-gmbh">ENERTRAG Betrieb GmbH</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7657-enertrag-betrieb-erweitert-mit-sicherheitspruefungen-das-dienstleistungsportfolio">ENERTRAG Betrieb erweitert mit Sicherheitsprüfungen das Dien...</a></h2>
<p><strong></strong> | Dauerthal (iwr-pressedienst) - Der Betriebsführungs- und Inspektionsdienstleister ENERTRAG Betrieb gibt bekannt, dass das Dienstleistungsportfolio des Unternehmens im Oktober 2022 erneut erweitert wurde. Nachdem zu Beginn des Jahres bereits die Drohneninspektion (Rotorb... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7657-enertrag-betrieb-erweitert-mit-sicherheitspruefungen-das-dienstleistungsportfolio">weiter...</a></p></div><div class="pmdiv pm_weitere_unsichtbar" id="pm9">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/88-capcora-gmbh">Capcora GmbH</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7656-sunwin-energy-veraeussert-ein-375-mw-solarportfolio-capcora-beraet">Sunwin Energy veräußert ein 375-MW-Solarportfolio – Capcora ...</a></h2>
<p><strong></strong> | Frankfurt am Main (iwr-pressedienst) - Der europäische Projektentwickler Sunwin Energy gibt den Abschluss einer Rahmenvereinbarung mit einem großen börsennotierten europäischen Energieunternehmen über die Entwicklung eines 375-MW-Portfolios bekannt. Das Portfolio, das S... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7656-sunwin-energy-veraeussert-ein-375-mw-solarportfolio-capcora-beraet">weiter...</a></p></div><div class="pmdiv pm_weitere_unsichtbar" id="pm10">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/8-deutsche-windtechnik-ag">Deutsche Windtechnik AG</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7655-deutsche-windtechnik-uebernimmt-service-fuer-enercon-wea-in-benelux-langfristiger-vollwartungsvertrag-mit-eneco-wind-belgium-unterzeichnet">Deutsche Windtechnik übernimmt Service für Enercon-WEA in Be...</a></h2>
<p><strong></strong> | Utrecht (NL) / Bremen (D) (iwr-pressedienst) - Die Deutsche Windtechnik hat mit Eneco, einem der führenden europäischen Unternehmen für nachhaltige Energie, einen Vollwartungsvertrag unterzeichnet. Der Vertrag mit einer Laufzeit von acht Jahren beinhaltet eine Verfügbar... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7655-deutsche-windtechnik-uebernimmt-service-fuer-enercon-wea-in-benelux-langfristiger-vollwartungsvertrag-mit-eneco-wind-belgium-unterzeichnet">weiter...</a></p></div><div class="pmdiv pm_weitere_unsichtbar" id="pm11">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/162-next2sun-technology-gmbh">Next2Sun Technology GmbH</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7654-neue-investitionsmoeglichkeit-beim-agri-photovoltaik-pionier-next2sun-anlagenbau-als-wichtiger-baustein-fuer-weiteres-wachstum">Neue Investitionsmöglichkeit beim Agri-Photovoltaik-Pionier ...</a></h2>
<p><strong></strong> | Dillingen/Saar (iwr-pressedienst) - Beim Agri-Photovoltaik-Pionier Next2Sun stehen die Zeichen voll auf Wachstum. Der verbesserte Rechtsrahmen für Agri-Photovoltaik (Agri-PV), die wachsende Bekanntheit und die allgemein hohe Nachfrage nach erneuerbaren Energien beschere... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7654-neue-investitionsmoeglichkeit-beim-agri-photovoltaik-pionier-next2sun-anlagenbau-als-wichtiger-baustein-fuer-weiteres-wachstum">weiter...</a></p></div><div class="pmdiv pm_weitere_unsichtbar" id="pm12">
<h6 class="pm_headline"><a href="https://www.iwrpressedienst.de/firmen/24-pne-ag">PNE AG</a></h6>
<h2 class="pm_headline"><a href="https://www.iwrpressedienst.de/energie-themen/pm-7653-strategische-weiterentwicklung-bis-2027-pne-ag-beschleunigt-massiv-die-skalierung-des-geschaefts">Strategische Weiterentwicklung bis 2027: PNE AG beschleunigt...</a></h2>
<p><strong></strong> |
Cuxhaven/Frankfurt (iwr-pressedienst) - Die PNE AG hat die im Jahr 2017 begonnene Transformation zum Clean Energy Solutions Provider abgeschlossen und blickt auf die erfolgreiche Umsetzung der „Scale Up“-Strategie zurück. PNE stellt nun die Weichen für die weitere... <a href="https://www.iwrpressedienst.de/energie-themen/pm-7653-strategische-weiterentwicklung-bis-2027-pne-ag-beschleunigt-massiv-die-skalierung-des-geschaefts">weiter...</a></p></div>
<div><ol id="meistgeklickt" class="top-list">
<li class="meistegklick-pm meistegklick-pm-1">
<span>1</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-7666-gerade-rechtzeitig-fuer-betreiber-enertrag-betrieb-bietet-drohneninspektion-ab-2023-in-frankreich-an">
Gerade rechtzeitig für Betreiber: ENERTRAG Betrieb bietet Dro... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-1">
<span>2</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-7663-iwes-und-nordex-group-intensivieren-zusammenarbeit-bei-netzintegration-von-windenergieanlagen">
IWES und Nordex Group intensivieren Zusammenarbeit bei Netzint... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-1">
<span>3</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-7658-boreas-energietechnik-uebernimmt-betriebsfuehrung-von-vier-windparks-der-ventient-energy-in-suedbrandenburg">
BOREAS Energietechnik übernimmt Betriebsführung von vier Win... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-1">
<span>4</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-7661-15-jahre-engagement-fuer-die-finnische-energiewende-wpd-finnland-oy-feiert-jubilaeum">
15 Jahre Engagement für die finnische Energiewende: wpd Finnl... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-1">
<span>5</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-5845-enertrag-schliesst-eines-der-erfolgreichsten-jahre-der-firmengeschichte-ab">
ENERTRAG schließt eines der erfolgreichsten Jahre der Firmeng... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-1">
<span>6</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-7651-aegypten-juwi-nimmt-groesstes-minen-hybridkraftwerk-der-welt-in-betrieb">
Ägypten: JUWI nimmt größtes Minen-Hybridkraftwerk der Welt ... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-1">
<span>7</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-7650-qualitas-energy-erreicht-first-closing-seines-fuenften-flaggschiff-fonds-bei-mehr-als-1-1-milliarden">
Qualitas Energy erreicht First Closing seines fünften Flaggsc... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-1">
<span>8</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-7660-von-der-waermemessung-zur-echtzeit-energiedienstleistung-rheinenergie-und-solandeo-starten-kooperation">
Von der Wärmemessung zur Echtzeit-Energiedienstleistung – R... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-1">
<span>9</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-7656-sunwin-energy-veraeussert-ein-375-mw-solarportfolio-capcora-beraet">
Sunwin Energy veräußert ein 375-MW-Solarportfolio – Capcor... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-1">
<span>10</span>
<span>
</span>
<a href="https://www.iwrpressedienst.de/energie-themen/pm-7655-deutsche-windtechnik-uebernimmt-service-fuer-enercon-wea-in-benelux-langfristiger-vollwartungsvertrag-mit-eneco-wind-belgium-unterzeichnet">
Deutsche Windtechnik übernimmt Service für Enercon-WEA in Be... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>1</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7635-capcora-beraet-deutschen-projektentwickler-bei-verkauf-einer-windparkentwicklung-mit-bis-zu-27-5-mw-an-q-energy">
Capcora berät deutschen Projektentwickler bei Verkauf einer W... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>2</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7634-protergia-und-emsys-vpp-weihen-erstes-virtuelles-kraftwerk-in-griechenland-ein">
Protergia und emsys VPP weihen erstes Virtuelles Kraftwerk in ... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>3</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7624-nordex-group-erzielt-auftragseingang-von-ueber-1-4-gigawatt-im-dritten-quartal-2022">
Nordex Group erzielt Auftragseingang von über 1,4 Gigawatt im... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>4</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7638-bbwind-feiert-zehnjaehriges-firmenjubilaeum-mit-prominent-besetzter-tagung-waehrend-des-g7-treffens-in-muenster">
BBWind feiert zehnjähriges Firmenjubiläum mit prominent bese... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>5</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7636-finnland-von-vsb-realisierter-40-mw-windpark-juurakko-geht-ans-netz">
Finnland: Von VSB realisierter 40 MW-Windpark Juurakko geht an... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>6</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7579-capcora-gewinnt-ex-banker-wolf-ruediger-stahl-als-verstaerkung-fuer-das-finance-team">
Capcora gewinnt Ex-Banker Wolf-Rüdiger Stahl als Verstärkung... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>7</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7622-nordex-group-erhaelt-auftrag-ueber-95-mw-in-spanien">
Nordex Group erhält Auftrag über 95 MW in Spanien </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>8</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7630-vsb-gruppe-in-italien-weiterhin-stark-im-aufwind-zwei-neue-regionalbueros-eroeffnet">
VSB Gruppe in Italien weiterhin stark im Aufwind: zwei neue Re... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>9</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7577-iwr-erwartet-10-000-mw-neue-wind-und-solarleistung-in-deutschland">
IWR erwartet 10.000 MW neue Wind- und Solarleistung in Deutsch... </a>
</li>
<li class="meistegklick-pm meistegklick-pm-30">
<span>10</span>
<span>
</span>
<a href="https://www.windbranche.de/news/presse/pm-7587-deutsche-windtechnik-erzielt-mit-optimiertem-wartungskonzept-mehr-als-eine-verdoppelung-der-verfuegbarkeit-fuer-die-adwen-turbinen-im-owp-alpha-ventus">
Deutsche Windtechnik erzielt mit optimiertem Wartungskonzept m... </a>
</li>
</ol></div>
</div></body></html>`;

const NEWS_108 = `<html><head><title>Kyle Lo</title></head><body>
<div class="news"> <h2>news</h2> <div class="table-responsive"> <table class="table table-sm table-borderless"> <tr> <th scope="row">2 hours ago</th> <td> Excited to release our first set of artifacts from the OLMo project 🥳 <strong>Want models?</strong> Download our open-source weights at <a href="https://huggingface.co/allenai/OLMo-1B" rel="external nofollow noopener" target="_blank">1B</a> and a pair of weights at <a href="https://huggingface.co/allenai/OLMo-7B" rel="external nofollow noopener" target="_blank">7B</a> and <a href="https://huggingface.co/allenai/OLMo-7B-Twin-2T" rel="external nofollow noopener" target="_blank">7B</a> scale, trained on different hardware, on Huggingface. We also open-source all our <a href="https://github.com/allenai/OLMo" rel="external nofollow noopener" target="_blank">training and inference code</a>. Learn more from our <a href="https://allenai.org/olmo/olmo-paper.pdf" rel="external nofollow noopener" target="_blank">paper</a>. <strong>Want data?</strong> Download all 3T tokens on <a href="https://huggingface.co/datasets/allenai/dolma" rel="external nofollow noopener" target="_blank">Huggingface</a>. We also open-source all our <a href="https://github.com/allenai/dolma" rel="external nofollow noopener" target="_blank">dataset construction tools</a>. Learn more from our <a href="https://allenai.org/olmo/dolma-paper.pdf" rel="external nofollow noopener" target="_blank">paper</a>. </td> </tr> <tr> <th scope="row">3 hours ago</th> <td> Happy to be rounding out the year with a Best Paper Award 🏆 for the EMNLP 2023 System Demo track for <a href="https://aclanthology.org/2023.emnlp-demo.45/" rel="external nofollow noopener" target="_blank">PaperMage</a>! Also presenting EMNLP 2023 Main Conference and Findings accepted papers on <a href="https://aclanthology.org/2023.emnlp-main.193/" rel="external nofollow noopener" target="_blank">Decontextualizing for Scientific Document Snippets</a>, <a href="https://aclanthology.org/2023.findings-emnlp.367/" rel="external nofollow noopener" target="_blank">Tip-of-the-Tongue Retrieval</a>, and <a href="https://aclanthology.org/2023.findings-emnlp.549/" rel="external nofollow noopener" target="_blank">Evaluating Multidocument Summarization with Retrieved Documents</a>. Excited to see all my co-authors in Singapore! </td> </tr> <tr> <th scope="row">4 hours ago</th> <td> Welcome Summer 2023 interns! Excited to be working directly with <a href="https://twitter.com/orionweller" rel="external nofollow noopener" target="_blank">Orion Weller</a>, <a href="https://twitter.com/hyunji_amy_lee" rel="external nofollow noopener" target="_blank">Hyunji Lee</a>, <a href="https://twitter.com/brunchavecmoi" rel="external nofollow noopener" target="_blank">Fangyuan Xu</a> and <a href="https://twitter.com/hjian42" rel="external nofollow noopener" target="_blank">Hang Jiang</a>! </td> </tr> </table></div></div>
</body></html>`;
