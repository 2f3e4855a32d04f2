import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectLossless } from "../../scripts/expect-lossless.js";
import { type GoldItem, scoreListing } from "../../scripts/listing-score.js";
import { isNewsError } from "../model/errors.js";
import { type NewsItem, NewsPage } from "../model/index.js";
import { parseDocument } from "../parse.js";
import { parseText } from "./parse.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), "utf8");
const gold = (name: string) => (JSON.parse(fixture(name)) as { items: GoldItem[] }).items;

describe("parseText on the seed (golden, reviewed by hand)", () => {
  const input = fixture("seed.txt");
  const page = parseText(input);

  it("finds the page's furniture", () => {
    expect(page.kind).toBe("listing");
    expect(page.section).toBe("Coalition News");
    expect(page.breadcrumbs).toEqual(["Home", "Media Center", "Coalition News"]);
    expect(page.filter).toMatchObject({
      kind: "date",
      date: "2017-12-21",
      text: "Thursday, 21 December 2017",
    });
    expect(page.lang).toBe("en");
    expect(page.warnings).toEqual([]);
    expect(page.chrome.map((c) => c.kind)).toEqual([
      "section",
      "whitespace",
      "whitespace",
      "whitespace",
      "filter",
    ]);
  });

  it("reads three items of one day, with category and source and no headline", () => {
    expect(page.items).toHaveLength(3);
    for (const item of page.items) {
      expect(item).toMatchObject({
        date: "2017-12-21",
        dateText: "21 December 2017",
        title: null,
        category: "Coalition News",
        source: "Syrian Coalition’s Media Department",
        lang: "en",
        url: null,
      });
    }
    expect(page.items.map((i) => i.paragraphs.length)).toEqual([6, 5, 4]);
    expect(page.items.map((i) => i.paragraphs[0]?.slice(0, 40))).toEqual([
      "The delegation of the Syrian armed oppos",
      "The Syrian Coalition condemned the massa",
      "The Syrian opposition’s Negotiations Com",
    ]);
    // the attribution leaves the paragraph it closed
    expect(page.items.map((i) => i.paragraphs.at(-1)?.slice(-30))).toEqual([
      "agree to a political solution.",
      "perpetrators are held to account.”".slice(-30),
      "tore stability and security to Syria.".slice(-30),
    ]);
    expect(new Set(page.items.map((i) => i.id)).size).toBe(3);
  });

  it("is lossless", () => {
    expectLossless(page, input);
  });

  it("gives the same items, offsets and ids from bytes: UTF-8, UTF-8 with BOM, UTF-16 with BOM", () => {
    const utf8 = new TextEncoder().encode(input);
    const fromBytes = parseText(utf8);
    expect(fromBytes.items).toEqual(page.items);
    expect(fromBytes.inputInfo.encoding).toBe("utf-8");
    const bom = parseText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]));
    expect(bom.items.map((i) => i.id)).toEqual(page.items.map((i) => i.id));
    const utf16 = new Uint8Array(2 + input.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < input.length; i++) {
      utf16[2 + 2 * i] = input.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = input.charCodeAt(i) >> 8;
    }
    const wide = parseText(utf16);
    expect(wide.inputInfo.encoding).toBe("utf-16le");
    expect(wide.items).toEqual(page.items);
  });
});

describe("parseText on corpus pages", () => {
  it.each([
    ["001.txt", 7, "fr"],
    ["002.txt", 20, "it"],
    ["018.txt", 15, "en"],
    ["021.txt", 10, "en"],
    ["022.txt", 26, "en"],
    ["025.txt", 40, "zh"],
    ["026.txt", 15, "zh"],
    ["seed.txt", 3, "en"],
  ])("%s: every gold item found in order, nothing else, lossless", (name, count, lang) => {
    const input = fixture(name);
    const page = parseText(input);
    expect(page.items).toHaveLength(count);
    expect(page.lang).toBe(lang);
    const score = scoreListing(page.items, gold(name.replace(".txt", ".gold.json")));
    expect(score.f1).toBe(1);
    expectLossless(page, input);
  });

  it("reads a headline under a bullet date and the teaser below it (001)", () => {
    const [first] = parseText(fixture("001.txt")).items;
    expect(first).toMatchObject({
      date: "2019-06-24",
      title: "Espace CoLab- COworking & Living Lab",
      paragraphs: [expect.stringMatching(/^Dans le cadre des Trophées Lumière/)],
    });
  });

  it("leaves notices without a headline untitled and keeps their lines as text (002)", () => {
    const items = parseText(fixture("002.txt")).items;
    expect(items.every((i) => i.title === null)).toBe(true);
    expect(items[1]?.paragraphs).toEqual([
      "In allegatto i compiti per le classi prime e seconde medie assegnati dalla Prof.ssa Distefano",
      "¡FELICES VACACIONES!",
    ]);
    expect(items[0]?.date).toBe("2018-07-09"); // 09/07/2018: Italian, day first
  });

  it("reads a date label the same when some of its spaces are no-break spaces (002)", () => {
    const clean = parseText(fixture("002.txt")).items;
    let n = 0;
    const text = fixture("002.txt").replace(/Pubblicata il:/g, (label) =>
      ++n % 2 ? label.replace(" ", "\u00a0") : label,
    );
    expect(parseText(text).items.map((i) => i.date)).toEqual(clean.map((i) => i.date));
  });

  it("decides month/day order for the whole page and keeps month headings out of items (018)", () => {
    const page = parseText(fixture("018.txt"));
    expect(page.items.map((i) => i.date).slice(0, 3)).toEqual(["2013-05-01", "2013-04-25", "2013-04-25"]);
    expect(page.items.at(-1)?.date).toBe("2013-02-07");
    expect(page.items.some((i) => i.paragraphs.includes("March 2013"))).toBe(false);
    expect(page.chrome.filter((c) => c.kind === "group-heading").length).toBeGreaterThanOrEqual(3);
    expect(page.breadcrumbs).toEqual(["Home", "Press", "Press Releases"]);
    // the last item ends at its headline: "Print", "Email", the filter widget and addresses are chrome
    expect(page.items.at(-1)?.paragraphs).toEqual([]);
  });

  it("reads a calendar badge over three lines and stops the last item at the pager (021)", () => {
    const page = parseText(fixture("021.txt"));
    expect(page.items[0]).toMatchObject({
      date: "2015-03-09",
      title: "Lawmakers seek tougher penalties for ID thieves",
    });
    expect(page.items.at(-1)?.paragraphs).toHaveLength(1);
    expect(page.chrome.some((c) => c.kind === "pagination")).toBe(true);
  });

  it.each([
    ["Windows line breaks", (t: string) => t.replace(/\n/g, "\r\n")],
    ["indented lines", (t: string) => t.replace(/^/gm, "  ")],
    ["trailing spaces", (t: string) => t.replace(/\n/g, "  \n")],
  ])("reads the same calendar badges with %s (021)", (_, variant) => {
    const clean = parseText(fixture("021.txt")).items;
    const text = variant(fixture("021.txt"));
    const page = parseText(text);
    expect(page.items.map((i) => [i.date, i.title?.trim()])).toEqual(clean.map((i) => [i.date, i.title]));
    const [first] = page.items;
    // the date's span covers the badge's three lines as printed, padding between them included
    expect(text.slice(first?.spans.date?.start, first?.spans.date?.end)).toBe(first?.dateText);
    expect(first?.dateText).toMatch(/^Mar\s+9\s+2015$/);
  });

  it("reads a headline written before the date on the same line (022)", () => {
    const page = parseText(fixture("022.txt"));
    expect(page.items[0]).toMatchObject({ category: "media release", paragraphs: [] });
    expect(page.items.at(-1)).toMatchObject({
      title: "Nelson begins third term in U.S. Senate",
      date: "2013-01-03",
    });
    // "Today: May 02, 2013" is the page's clock, not an item
    expect(page.items.some((i) => i.date === "2013-05-02")).toBe(false);
  });

  it("cuts the category every headline ends with when some of its spaces are no-break spaces (022)", () => {
    const clean = parseText(fixture("022.txt")).items;
    let n = 0;
    const text = fixture("022.txt").replace(/ /g, () => (++n % 10 === 0 ? "\u00a0" : " "));
    const items = parseText(text).items;
    const read = (i: NewsItem) => [
      i.date,
      i.title?.replace(/\u00a0/g, " "),
      i.category?.replace(/\u00a0/g, " "),
    ];
    expect(items.map(read)).toEqual(clean.map(read));
    expect(items.filter((i) => i.title?.endsWith("media release"))).toEqual([]);
  });

  it("reads a timestamp, a bracketed category and a headline on one line (025)", () => {
    const page = parseText(fixture("025.txt"));
    expect(page.items[0]).toMatchObject({
      date: "2020-08-16T22:26:38",
      dateText: "2020-08-16 22:26:38",
      category: "社会",
      lang: "zh",
    });
    expect(page.section).toBe("滚动新闻");
    expect(page.breadcrumbs).toEqual(["网易首页", "网易新闻", "滚动新闻"]);
  });
});

describe("parseText on the shapes of other pages", () => {
  it("takes the headline above the date when the lines below are teasers", () => {
    const input = [
      "Press Releases",
      "",
      "Walz Recognized as National Leader in Clean Water Advocacy",
      "Apr 14, 2015   Press Release",
      "Washington, DC – Today, U.S. Representative Tim Walz was awarded the National Environmental Award for his work.",
      "Walz Announces 2015 Congressional Art Competition",
      "Mar 24, 2015   Press Release",
      "Winning works are displayed for one year at the U.S. Capitol, and students from every school may enter.",
      "Pages",
      "1",
      "2",
      "next ›",
    ].join("\n");
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.title, i.category, i.paragraphs.length])).toEqual([
      ["2015-04-14", "Walz Recognized as National Leader in Clean Water Advocacy", "Press Release", 1],
      ["2015-03-24", "Walz Announces 2015 Congressional Art Competition", "Press Release", 1],
    ]);
    expect(page.section).toBe("Press Releases");
    expectLossless(page, input);
  });

  it("reads French dates with a headline below, and drops read-more links from the text", () => {
    const input = [
      "Actualités",
      "",
      "14 avril 2015",
      "Le conseil vote le budget",
      "Le conseil municipal a voté le budget de la ville pour l'année prochaine.",
      "Lire la suite",
      "",
      "1er avril 2015",
      "Ouverture de la médiathèque",
      "La nouvelle médiathèque ouvre ses portes samedi au public.",
      "Lire la suite",
      "",
      "Mentions légales",
    ].join("\n");
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.title, i.paragraphs])).toEqual([
      [
        "2015-04-14",
        "Le conseil vote le budget",
        ["Le conseil municipal a voté le budget de la ville pour l'année prochaine."],
      ],
      [
        "2015-04-01",
        "Ouverture de la médiathèque",
        ["La nouvelle médiathèque ouvre ses portes samedi au public."],
      ],
    ]);
    expect(page.chrome.filter((c) => c.kind === "read-more")).toHaveLength(2);
    expect(page.lang).toBe("fr");
    expectLossless(page, input);
  });

  it("reads day/month order from a component above 12 anywhere on the page", () => {
    const input = [
      "03/04/2019",
      "Spring fair opens",
      "",
      "25/03/2019",
      "Council elects a new mayor",
      "",
      "02/03/2019",
      "Roadworks begin on Main Street",
    ].join("\n");
    const page = parseText(input, { lang: "en" });
    expect(page.items.map((i) => i.date)).toEqual(["2019-04-03", "2019-03-25", "2019-03-02"]);
    expect(page.warnings).toEqual([]);
  });

  it("says which order it chose when nothing on the page settles it", () => {
    const input = ["03/04/2019", "Spring fair opens", "", "03/04/2019", "Council elects a new mayor"].join(
      "\n",
    );
    const page = parseText(input, { lang: "en" });
    expect(page.items.map((i) => i.date)).toEqual(["2019-03-04", "2019-03-04"]);
    expect(page.warnings.map((w) => w.code)).toEqual(["ambiguous-date-order"]);
  });

  it("reads Spanish, German, Polish and Russian headers", () => {
    for (const [header, iso] of [
      ["21 de diciembre de 2017", "2017-12-21"],
      ["21. Dezember 2017", "2017-12-21"],
      ["21 grudnia 2017", "2017-12-21"],
      ["21 декабря 2017", "2017-12-21"],
      ["Thursday, 21 December 2017", "2017-12-21"],
    ] as const) {
      const input = `${header}\n\nFirst item text that runs on for a while, as news does.\n\n${header}\n\nSecond item text, also long enough to be a paragraph.`;
      const page = parseText(input);
      expect(page.items.map((i) => i.date)).toEqual([iso, iso]);
      expect(page.items.map((i) => i.title)).toEqual([null, null]);
    }
  });

  it("keeps a headline that a dash separates from the date ('Headline — 12 Jan 2021')", () => {
    const text = [
      "Latest News",
      "",
      "City council approves new budget — 12 Jan 2021",
      "Parks department announces summer programs — 8 Jan 2021",
      "Library extends weekend opening hours | 4 Jan 2021",
      "",
      "Page 1 of 4 Next",
    ].join("\n");
    const page = parseText(text);
    expect(page.items.map((i) => [i.date, i.title, i.authors])).toEqual([
      ["2021-01-12", "City council approves new budget", []],
      ["2021-01-08", "Parks department announces summer programs", []],
      ["2021-01-04", "Library extends weekend opening hours", []],
    ]);
    expectLossless(page, text);
  });

  it("reads the author on the date line: 'Posted on … by admin', 'By Jane Doe | … | 5 min read'", () => {
    const blog = [
      "Blog",
      "",
      "Welcome to the Harbour Report",
      "Posted on March 3, 2019 by admin",
      "The harbour authority announced today that the new pier will open in May, after two years of works.",
      "Read More »",
      "",
      "Storm damages the old lighthouse",
      "Posted on February 28, 2019 by admin",
      "Heavy winds caused damage to the roof of the lighthouse on Tuesday night, officials said.",
      "Read More »",
      "",
      "Older posts",
    ].join("\n");
    const page = parseText(blog);
    expect(page.items.map((i) => [i.date, i.title, i.category, i.authors])).toEqual([
      ["2019-03-03", "Welcome to the Harbour Report", null, ["admin"]],
      ["2019-02-28", "Storm damages the old lighthouse", null, ["admin"]],
    ]);
    expectLossless(page, blog);
    const magazine = [
      "Latest news",
      "Council approves budget",
      "By Jane Doe | March 3, 2019 | 5 min read",
      "The city council approved the budget on Monday.",
      "Mayor opens new library",
      "By John Roe | March 1, 2019 | 3 min read",
      "The new library opened its doors to the public.",
    ].join("\n");
    const meta = parseText(magazine);
    expect(meta.items.map((i) => [i.date, i.title, i.authors, i.paragraphs])).toEqual([
      [
        "2019-03-03",
        "Council approves budget",
        ["Jane Doe"],
        ["The city council approved the budget on Monday."],
      ],
      [
        "2019-03-01",
        "Mayor opens new library",
        ["John Roe"],
        ["The new library opened its doors to the public."],
      ],
    ]);
    expect(meta.items[0]?.spans.authors.map((s) => magazine.slice(s.start, s.end))).toEqual(["Jane Doe"]);
    expectLossless(meta, magazine);
  });

  it("reads a word after the date that changes per item as its category when the headline has its own line", () => {
    const input = [
      "News",
      "Harbour pier opens",
      "12 March 2019 | News",
      "The pier opened on Monday after two years of works and a long delay.",
      "Choir concert on Sunday",
      "10 March 2019 | Events",
      "The town choir sings in the church at five, with free entry for all.",
    ].join("\n");
    expect(parseText(input).items.map((i) => [i.title, i.category])).toEqual([
      ["Harbour pier opens", "News"],
      ["Choir concert on Sunday", "Events"],
    ]);
  });

  it("reads a headline before a bracketed date, in the order that keeps neighbouring items days apart", () => {
    const input = [
      "Press",
      "Council approves the budget (12/03/2019)",
      "Mayor opens the new library (10/03/2019)",
      "Roadworks on Main Street (02/03/2019)",
    ].join("\n");
    const page = parseText(input, { lang: "en" });
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2019-03-12", "Council approves the budget"],
      ["2019-03-10", "Mayor opens the new library"],
      ["2019-03-02", "Roadworks on Main Street"],
    ]);
    expectLossless(page, input);
  });

  it("reads a page of one item: the heading above its date line is the section, not its headline", () => {
    const input =
      "Coalition News\n21 December 2017 In Coalition News\n\nThe delegation held a meeting with a UN team in Astana on Thursday.";
    const page = parseText(input);
    expect(page.section).toBe("Coalition News");
    expect(page.items.map((i) => [i.date, i.title, i.category])).toEqual([
      ["2017-12-21", null, "Coalition News"],
    ]);
  });

  it("takes the date that closes a headline-and-date line, not a date inside the headline", () => {
    const input = [
      "Perlmutter and Safeway Announce Government in the Grocery Feb. 19, 2011 February 16, 2011",
      "Rep. Perlmutter Statement on H.R. 7 January 22, 2015",
      "Breakthrough Water Agreement Will Benefit Entire State April 28, 2011",
    ].join("\n");
    expect(parseText(input).items.map((i) => [i.date, i.title])).toEqual([
      ["2011-02-16", "Perlmutter and Safeway Announce Government in the Grocery Feb. 19, 2011"],
      ["2015-01-22", "Rep. Perlmutter Statement on H.R. 7"],
      ["2011-04-28", "Breakthrough Water Agreement Will Benefit Entire State"],
    ]);
  });

  it("keeps times, comment counts and 'Posted in … on' out of headlines", () => {
    const german = [
      "Aktuelles",
      "21.06.2019 | 10:30 Uhr",
      "Neue Öffnungszeiten im Rathaus",
      "Ab Juli gelten neue Öffnungszeiten für das Bürgerbüro der Stadt.",
      "18.06.2019 | 14:15 Uhr",
      "Straßensperrung in der Innenstadt",
      "Wegen Bauarbeiten ist die Hauptstraße bis Ende Juli gesperrt.",
    ].join("\n");
    expect(parseText(german).items.map((i) => [i.date, i.dateText, i.title])).toEqual([
      ["2019-06-21T10:30:00", "21.06.2019 | 10:30 Uhr", "Neue Öffnungszeiten im Rathaus"],
      ["2019-06-18T14:15:00", "18.06.2019 | 14:15 Uhr", "Straßensperrung in der Innenstadt"],
    ]);
    const blog = [
      "Blog",
      "New pier opens",
      "Posted in News on March 3, 2019 | 3 Comments",
      "The harbour authority said the new pier will open in May after two years.",
      "Choir concert on Sunday",
      "Posted in Events on February 28, 2019 | No Comments",
      "The town choir sings in the church at five, with free entry for all.",
    ].join("\n");
    const page = parseText(blog);
    expect(page.items.map((i) => [i.date, i.title, i.paragraphs.length])).toEqual([
      ["2019-03-03", "New pier opens", 1],
      ["2019-02-28", "Choir concert on Sunday", 1],
    ]);
    expectLossless(page, blog);
  });

  it("reads no date inside a sentence whose words a no-break space parts as a header (112)", () => {
    // a Tistory tag page: its index line over the post; the post's text mentions "4월 7일" with
    // a no-break space after it, as pages print one here and there
    const input = [
      "  1. 2011.04.12 페이스북,국내 10위 사이트 등극-적극 활용해야",
      "",
      "세계를 장악한 소셜 네트워킹 서비스(Social Networking Service)인 페이스북이 국내에서도 빠르게 성장하고 있다.",
      "",
      "페이스북의 국내 사용자 수도\u00a010개월 전에는 100만 명정도였으나, 4월 7일\u00a0현재 392만여명에 이르렀다.",
      "",
      "트위터 사용자는 321만여명이다. 두 서비스를 합친 사용자는 700만명을 넘어섰다.",
    ].join("\n");
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2011-04-12", "페이스북,국내 10위 사이트 등극-적극 활용해야"],
    ]);
  });

  it("gives year-less headers ('08-16 22:26') the year the page's other dates carry", () => {
    const input = [
      "滚动新闻 2020年8月",
      "(08-16 22:26) 曾春亮落网 受害者家属：被抓时戴的帽子是我家的",
      "(08-16 21:10) 精装房刚住不到一年，黑色蘑菇已“采摘”4次",
      "(08-15 18:32) 特朗普正过高尔夫球周末，神秘飞机“入侵”",
    ].join("\n");
    expect(parseText(input).items.map((i) => [i.date, i.dateText])).toEqual([
      ["2020-08-16T22:26:00", "08-16 22:26"],
      ["2020-08-16T21:10:00", "08-16 21:10"],
      ["2020-08-15T18:32:00", "08-15 18:32"],
    ]);
  });

  it("does not split an item at a paragraph that opens with a date", () => {
    const input = [
      "21 December 2017 In Coalition News",
      "",
      "The delegation held a meeting with a UN technical team at the opening of the talks.",
      "",
      "20 December 2017 was the day the previous round ended, and the delegation said it expected more from the talks this time.",
      "",
      "21 December 2017 In Coalition News",
      "",
      "The Syrian Coalition condemned the massacre committed in rural Idlib.",
    ].join("\n");
    const page = parseText(input);
    expect(page.items.map((i) => i.paragraphs.length)).toEqual([2, 1]);
  });

  it("reads right-to-left text and mixed scripts", () => {
    const input = [
      "أخبار",
      "2020-08-16  الحكومة تعلن عن إجراءات اقتصادية جديدة",
      "2020-08-15  افتتاح معرض الكتاب في المدينة",
      "2020-08-14  Mixed 混合 текст שלום headline",
    ].join("\n");
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2020-08-16", "الحكومة تعلن عن إجراءات اقتصادية جديدة"],
      ["2020-08-15", "افتتاح معرض الكتاب في المدينة"],
      ["2020-08-14", "Mixed 混合 текст שלום headline"],
    ]);
    expect(page.items[0]?.lang).toBe("ar");
    expectLossless(page, input);
  });

  it("resolves year-less headers only against an explicit reference", () => {
    const input =
      "14 avril\nLe conseil vote le budget municipal pour l'année qui vient.\n\n2 avril\nLa médiathèque ouvre ses portes samedi au public.";
    expect(parseText(input).items.map((i) => i.date)).toEqual([null, null]);
    expect(parseText(input, { reference: "2021-05-01" }).items.map((i) => i.date)).toEqual([
      "2021-04-14",
      "2021-04-02",
    ]);
  });

  it("accepts a source line of its own and a source in parentheses in other languages", () => {
    const input = [
      "2 mai 2019",
      "",
      "Le ministre a annoncé un plan pour les écoles.",
      "Source : Agence France-Presse",
      "",
      "3 mai 2019",
      "",
      "Le plan a été voté. (Fuente: EFE)",
    ].join("\n");
    const page = parseText(input);
    expect(page.items.map((i) => [i.source, i.paragraphs])).toEqual([
      ["Agence France-Presse", ["Le ministre a annoncé un plan pour les écoles."]],
      ["EFE", ["Le plan a été voté."]],
    ]);
    expectLossless(page, input);
  });
});

describe("parseText on bad input", () => {
  it.each([
    ["empty", ""],
    ["only blank lines", "\n\n\r\n  \n"],
    ["no dates", "Home\nAbout\nContact\n"],
    ["a lone widget date", "Today: May 02, 2013\nWelcome to the site"],
    ["a truncated header", "21 Decem"],
  ])("%s gives a page, with a no-items warning", (_, input) => {
    const page = parseText(input);
    expect(page.items).toEqual([]);
    expect(page.warnings.map((w) => w.code)).toContain("no-items");
    expectLossless(page, input);
  });

  it("reads text with lone surrogates around a date", () => {
    const input = "\uD800 21 December 2017 \uDC00\n\uD83D";
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.paragraphs])).toEqual([["2017-12-21", ["\uD83D"]]]);
    expectLossless(page, input);
  });

  it("reads binary bytes as a page with warnings", () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    });
    const page = parseText(bytes);
    expect(page.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["binary-input", "invalid-bytes"]),
    );
    expect(() => NewsPage.parse(page)).not.toThrow();
  });

  it("decodes undeclared bytes that are not UTF-8 as parse does (windows-1252) and says so", () => {
    const good = new TextEncoder().encode(
      "21 December 2017 In News\n\nThe text of the item, which is long enough.\n",
    );
    const bytes = new Uint8Array([...good, 0xff, 0xfe, 0xc3]);
    const page = parseText(bytes);
    expect(page.items).toHaveLength(1);
    expect(page.inputInfo.encoding).toBe(parseDocument(bytes).page.inputInfo.encoding);
    expect(page.warnings.map((w) => w.code)).toContain("charset-mismatch");
  });

  it("counts invalid UTF-8 bytes in a warning when the caller says the bytes are UTF-8", () => {
    const good = new TextEncoder().encode("21 December 2017 In News\n\nThe text of the item.\n");
    const page = parseText(new Uint8Array([...good, 0xff, 0xfe, 0xc3]), { encoding: "utf-8" });
    expect(page.items).toHaveLength(1);
    expect(page.warnings.find((w) => w.code === "invalid-bytes")?.count).toBe(3);
  });

  it("reads a 10 MB single line as one long body line", () => {
    const input = `21 December 2017\n${"word 12/12/2012 ".repeat(655_360)}`;
    const page = parseText(input);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.paragraphs[0]?.length).toBe(input.length - 18);
    expectLossless(page, input);
  });

  it("reads a page of fifty thousand one-line items", () => {
    const input = Array.from({ length: 50_000 }, (_, i) => `2020-07-09  Fund announcement ${i}\n`).join("");
    const page = parseText(input);
    expect(page.items).toHaveLength(50_000);
    expect(page.items[49_999]).toMatchObject({ date: "2020-07-09", title: "Fund announcement 49999" });
  });

  it("refuses input over maxBytes with a coded error", () => {
    expect.assertions(2);
    try {
      parseText("x".repeat(100), { maxBytes: 10 });
    } catch (error) {
      expect(isNewsError(error)).toBe(true);
      expect((error as { code: string }).code).toBe("input-too-large");
    }
  });

  it("is lossless and valid on random input (seeded)", () => {
    const pieces = [
      "\n",
      "\n\n",
      "\r\n",
      "\r",
      " ",
      "  ",
      "21 December 2017",
      "Apr 14, 2015",
      "05/01/13",
      "24.06.2019",
      "(2020-08-16 22:26:38)",
      "[社会]",
      "Mar",
      "9",
      "2015",
      "May 2013",
      "Pages",
      "next ›",
      "Read more",
      "Home » News",
      "Items filtered by date: ",
      "(Source: Agency)",
      "Headline words here",
      "A longer sentence of body text, as a teaser would be.",
      "•",
      "\t",
      "\u0000",
      "\uFFFD",
      "\uD800",
      "שלום",
      "مرحبا",
      "新闻",
      ", media release, ",
      "In Coalition News",
    ];
    let seed = 42;
    const next = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed;
    };
    for (let run = 0; run < 300; run++) {
      const length = next() % 80;
      const input = Array.from({ length }, () => pieces[next() % pieces.length]).join("");
      const page = parseText(input);
      expectLossless(page, input);
    }
  });
});
