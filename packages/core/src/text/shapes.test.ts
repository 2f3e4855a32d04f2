// One test per page shape of issue 12, each on a real page (or a whole-item excerpt of one) copied
// from the corpus into fixtures/text with its gold items.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectLossless } from "../../scripts/expect-lossless.js";
import { type GoldItem, scoreListing } from "../../scripts/listing-score.js";
import { datesUnderText, firstPostOnly as onePost } from "../../scripts/text-variants.js";
import type { NewsPage } from "../model/index.js";
import { parseText } from "./parse.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), "utf8");

/** Fixture NNN.txt with its first item alone: the page as a tag archive of one post shows it. */
const firstPostOnly = (page: string) => onePost(fixture(`${page}.txt`));

/**
 * Parses fixture NNN.txt (or NNN.TOOL.txt, the page as a text browser dumps it) and checks it
 * against NNN.gold.json: every item, in order, nothing else.
 */
function readPage(
  page: string,
  tool?: "lynx" | "w3m" | "links" | "lynx-80" | "w3m-80",
  /** the page printed another way first (scripts/text-variants.ts), its items the same */
  rewrite: (text: string) => string = (text) => text,
): { page: NewsPage; input: string; gold: GoldItem[] } {
  const input = rewrite(fixture(tool ? `${page}.${tool}.txt` : `${page}.txt`));
  const own = tool ? new URL(`../../fixtures/text/${page}.${tool}.gold.json`, import.meta.url) : null;
  const gold = (
    JSON.parse(fixture(own && existsSync(own) ? `${page}.${tool}.gold.json` : `${page}.gold.json`)) as {
      items: GoldItem[];
    }
  ).items;
  const parsed = parseText(input);
  const score = scoreListing(parsed.items, gold);
  expect({ found: score.found, predicted: score.predicted }).toEqual({
    found: gold.length,
    predicted: gold.length,
  });
  expectLossless(parsed, input);
  return { page: parsed, input, gold };
}

describe("shape: several posts under one date heading", () => {
  it("gives each post the day's date and keeps the date line as the group's heading (101)", () => {
    const { page, input } = readPage("101");
    expect(page.items.map((i) => [i.date, i.title, i.paragraphs.length])).toEqual([
      ["2009-12-16", "Jordan: Momentos Facebook", 0],
      ["2009-12-16", "Kazajistán: Tomando el pulso de la blogósfera para el mes", 1],
    ]);
    const headings = page.chrome.filter((c) => c.kind === "group-heading");
    const texts = headings.map((c) => input.slice(c.span.start, c.span.end));
    expect(texts.some((t) => t.trim() === "16/12/2009")).toBe(true);
  });
});

describe("shape: headline above a line that opens with the date and goes on with the teaser", () => {
  it("takes the headline over image credits and the rest of the date line as the opening (104)", () => {
    const { page } = readPage("104");
    const [first] = page.items;
    expect(first?.date).toBe("2022-12-05");
    expect(first?.title).toMatch(/^Gerade rechtzeitig für Betreiber/u);
    expect(first?.paragraphs[0]).toMatch(/^Paris\/Dauerthal \(iwr-pressedienst\) - Was in Deutschland/u);
  });
});

describe("shape: headline above a teaser's date line, as a text browser dumps it", () => {
  it("passes over a picture's credit printed after the picture's name (104, w3m)", () => {
    const { page, input } = readPage("104", "w3m");
    expect(input).toContain("\n[c3659_PM-D] © ENERTRAG Betrieb GmbH / Fotograf: Jewgeni Roppel\n");
    expect(page.items[0]?.title).toBe(
      "Gerade rechtzeitig für Betreiber: ENERTRAG Betrieb bietet Drohneninspektion ab 2023 in Frankreich an",
    );
    expect(page.items[0]?.paragraphs[0]).toMatch(/^Paris\/Dauerthal \(iwr-pressedienst\) - Was/u);
  });
});

describe("shape: headlines on both sides of the date lines", () => {
  it("takes the headline the date line touches, blank lines parting the items (020, teasers taken out)", () => {
    // "05.19.15" / "Sens. Rand Paul & Mark Warner …" / blank lines / "05.18.15" / …: both sides of
    // each date line are headlines; the items are the lines printed together
    const full = fixture("020.txt");
    const { items } = parseText(full);
    let input = full;
    for (const item of [...items].reverse()) {
      for (const span of [...item.spans.paragraphs].reverse())
        input = input.slice(0, span.start) + input.slice(span.end);
    }
    const page = parseText(input);
    const gold = (JSON.parse(fixture("020.gold.json")) as { items: GoldItem[] }).items;
    expect(
      scoreListing(
        page.items,
        gold.map((g) => ({ ...g, first: null })),
      ),
    ).toMatchObject({
      found: gold.length,
      predicted: gold.length,
    });
    expect(page.items[0]).toMatchObject({
      date: "2015-05-19",
      title: "Sens. Rand Paul & Mark Warner Introduce the Bonuses for Cost-Cutters Act of 2015",
    });
    expectLossless(page, input);
  });
});

describe("shape: a meta line under the headline", () => {
  it("reads 'Apr 17, 2015   Press Release' under the headline, not the boilerplate below it (102)", () => {
    const { page } = readPage("102");
    expect(page.items[0]?.title).toBe("Sanford Announces Public Schedule for April 18th - 19th");
    expect(page.items[0]?.paragraphs[0]).toBe("Contact: Jared Smith");
  });

  it("dates a lone release by its dated meta line, not by the days its headline names (102, its first post alone)", () => {
    // the headline's "April 18th - 19th" and its capitals' copy in the text are two dates without a
    // year, the meta line one with it: the year-less pair are the headline's words
    const input = firstPostOnly("102");
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2015-04-17", "Sanford Announces Public Schedule for April 18th - 19th"],
    ]);
    expectLossless(page, input);
  });

  it("reads 'Posted by <author> on DATE' under the title despite in-body headlines (106)", () => {
    const { page } = readPage("106");
    expect(page.items[0]?.title).toBe("Godzone’s desperate women");
    // the theme writes a no-break space before the ellipsis
    expect(page.items[1]?.title).toMatch(/^This post has been updated\s…$/u);
    // "Posts Tagged ‘road-unworthy vehicle’": the tag archive's filter, the tag without its quotes
    expect(page.filter).toMatchObject({ kind: "tag", text: "road-unworthy vehicle" });
  });

  it("titles a tag archive's one post with its headline, not the archive's heading (106, its first post alone)", () => {
    const input = firstPostOnly("106");
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([["2016-05-19", "Godzone’s desperate women"]]);
    expectLossless(page, input);
  });

  it.each([
    ["ru", "Опубликовано {a} {d}"],
    ["ru", "Автор: {a}, {d}"],
    ["cs", "Publikoval {a} dne {d}"],
    ["ro", "Publicat de {a} pe {d}"],
    ["el", "Δημοσιεύθηκε από {a} στις {d}"],
    ["id", "Diposting oleh {a} pada {d}"],
    ["en", "Written by {a} · {d}"],
  ])("reads the meta line under the title when the theme writes it in %s: '%s' (106)", (locale, line) => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    const text = fixture("106.txt").replace(
      /Posted by (\S+) on ([A-Z][a-z]+ \d+, \d{4})/g,
      (_, author, date) =>
        line.replace("{a}", author).replace("{d}", format.format(new Date(`${date} 12:00 UTC`))),
    );
    const items = parseText(text).items;
    expect(items.map((i) => [i.date, i.title?.slice(0, 20)])).toEqual([
      ["2016-05-19", "Godzone’s desperate "],
      ["2015-05-10", "This post has been u"],
    ]);
  });

  it("reads a single post whose date line ends with a bare 'by' (110)", () => {
    const { page } = readPage("110");
    expect(page.items[0]?.title).toBe("Préstamos lingüísticos y género...");
  });

  it.each([
    ["Russian", "17 сентября 2014 г."],
    ["Croatian", "srijeda, 17. rujna 2014."],
    ["Hungarian", "2014. szeptember 17."],
  ])("reads the date line the same when the page writes its date in %s (110)", (_, date) => {
    const text = fixture("110.txt").replace("Sep 17, 2014", date);
    const [item] = parseText(text).items;
    expect([item?.date, item?.dateText, item?.title]).toEqual([
      "2014-09-17",
      date,
      "Préstamos lingüísticos y género...",
    ]);
  });
});

describe("shape: date after the body", () => {
  it("cuts posts whose 'Posted on' footer closes them, the first date being the publication (105)", () => {
    const { page } = readPage("105");
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2019-01-17", "Having Trouble Keeping Up with Group Chat?"],
      [
        "2018-08-05",
        "4 Things We Learned from Talking to People who Face Harassment: Research behind Squadbox",
      ],
      ["2017-06-12", "Considering End Users in the Design of News Credibility Annotations"],
    ]);
    // "Posted on June 12, 2017June 28, 2017": the update printed after the publication
    expect(page.items.map((i) => i.modified)).toEqual(["2019-01-17", "2018-08-05", "2017-06-28"]);
  });

  it.each([
    ["pl", "Autor", "Opublikowano"],
    ["de", "Autor", "Veröffentlicht am"],
    ["ru", "Автор", "Опубликовано"],
    ["ro", "Autor", "Publicat pe"],
  ])(
    "cuts the same posts when the theme writes its footer in %s, dates glued year to day (105)",
    (locale, author, label) => {
      const format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
      const written = (date: string) => format.format(new Date(`${date} 12:00 UTC`));
      // "Autor  amyxzhangOpublikowano 17 stycznia 201917 stycznia 2019Categories …"
      const text = fixture("105.txt").replace(
        /Author {2}(\S+?)Posted on ([A-Z][a-z]+ \d+, \d{4})([A-Z][a-z]+ \d+, \d{4})/g,
        (_, name, published, updated) =>
          `${author}  ${name}${label} ${written(published)}${written(updated)}`,
      );
      const items = parseText(text).items;
      expect(items.slice(0, 3).map((i) => [i.date, i.modified, i.title])).toEqual([
        ["2019-01-17", "2019-01-17", "Having Trouble Keeping Up with Group Chat?"],
        [
          "2018-08-05",
          "2018-08-05",
          "4 Things We Learned from Talking to People who Face Harassment: Research behind Squadbox",
        ],
        ["2017-06-12", "2017-06-28", "Considering End Users in the Design of News Credibility Annotations"],
      ]);
    },
  );

  it("cuts posts closed by their author and date, a section label over each headline (WCXB 0016's related posts, lynx)", () => {
    // the box alone, from its heading to the end of the excerpt
    const whole = fixture("a0016.lynx.txt");
    const input = whole.slice(whole.indexOf("   Read More Blogs"));
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      [
        "2025-05-20",
        "10 Use Cases and Examples of How Machine Learning is Transforming the Logistics Industry",
      ],
      [
        "2024-10-11",
        "How Machine Learning in Retail is Redefining the Sector: Key Applications, Challenges, and Implementation Strategies",
      ],
      ["2024-09-26", "Machine Learning in Banking - Use Cases and Implementation Process"],
    ]);
  });
});

describe("shape: a single post of one headline over its date", () => {
  it("reads the headline over a lone date line when no text follows (016, its first release alone)", () => {
    // perlmutter.house.gov's press releases cut after the first entry, the page's box after it
    const input = [
      "You are here: Home  MEDIA CENTER  Press Releases",
      "Press Releases",
      "Polis, Perlmutter Host Fed Reserve Chief for Roundtable with Cannabis Businesses",
      "April 10, 2015",
      "Related Links",
      "Press Releases",
      "News Stories",
      "Photo Gallery",
      "",
    ].join("\n\n");
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2015-04-10", "Polis, Perlmutter Host Fed Reserve Chief for Roundtable with Cannabis Businesses"],
    ]);
    expectLossless(page, input);
  });
});

describe("shape: a single post's date in its footer", () => {
  it("dates the post by the date line right under its text (111, its date line moved there)", () => {
    const input = fixture("111.txt").replace(/^30 Marzo 2011\n/m, "");
    const moved = input.replace(/(Alzi la mano[^\n]*\n)/u, "$130 Marzo 2011\n");
    expect(moved).not.toBe(input);
    const page = parseText(moved);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2011-03-30", "Lo SPAM e gli indirizzi in CCN"],
    ]);
    expectLossless(page, moved);
  });

  it.each(["108", "021"])(
    "reads each post's or note's date under its text, headline or none (%s, its dates moved there)",
    (id) => {
      // 108's untitled notes hang their date under the paragraph ("Excited to release …" /
      // "Feb 1, 2024"), the page's menu above the first: no headline is taken from there
      const { input } = readPage(id, undefined, datesUnderText);
      expect(input).not.toBe(fixture(`${id}.txt`));
    },
  );
});

describe("shape: rows, the date and the headline on one line", () => {
  it("reads what follows the date as the headline when nothing else makes the item (018, lynx)", () => {
    const { page } = readPage("018", "lynx");
    expect(page.items[0]).toMatchObject({
      date: "2013-05-01",
      title: "$248,000 in FEMA Grants to Assist First Responders in Orleans, Sudbury and Winthrop",
      paragraphs: [],
    });
  });
});

describe("shape: rows, the headline and then the date on one line, as lynx prints a table", () => {
  it("reads a date whose year wrapped to the next line, and a weekday that ends a headline (016, lynx)", () => {
    const { page, input } = readPage("016", "lynx");
    expect(input).toContain("for Critical Relief for College Students April 27,\n   2012\n");
    expect(input).toContain("Veterans' Film Friday November 09, 2011");
    const wrapped = page.items.find((i) => i.title?.endsWith("for College Students"));
    expect(wrapped).toMatchObject({ date: "2012-04-27", dateText: "April 27", paragraphs: [] });
    const friday = page.items.find((i) => i.date === "2011-11-09");
    expect(friday).toMatchObject({
      title: "Perlmutter Debuts Iwo Jima Veterans' Film Friday",
      dateText: "November 09, 2011",
    });
  });
});

describe("shape: a date after the body, in a page wrapped by a text browser", () => {
  it("reads wrapped lines and pictures as the posts' text, not as headlines (105, lynx)", () => {
    const { page } = readPage("105", "lynx");
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2019-01-17", "Having Trouble Keeping Up with Group Chat?"],
      [
        "2018-08-05",
        "4 Things We Learned from Talking to People who Face Harassment: Research behind Squadbox",
      ],
      ["2017-06-12", "Considering End Users in the Design of News Credibility Annotations"],
      ["2016-12-30", "Year in Reviews"],
      [
        "2015-05-11",
        "Mailing Lists: Why Are They Still Here, What’s Wrong With Them, and How Can We Fix Them?",
      ],
      ["2014-03-19", "Thoughts and Reflections from a 1st Time Reviewer"],
      ["2012-03-11", "What is a Neighborhood?"],
      ["2011-08-11", "Where in the World Are You?"],
    ]);
  });
});

describe("shape: month rows, the month and an untitled entry on one line", () => {
  it("makes each row an item whose text is the rest of the line, dated by no day (109, lynx)", () => {
    const { page, input } = readPage("109", "lynx");
    const first = page.items[0];
    expect(first).toMatchObject({
      date: null,
      dateText: "June 2024",
      title: null,
      paragraphs: [
        "Our work on guiding principles for NLP for maternal healthcare will be presented at FAccT",
      ],
    });
    expect(first && input.slice(first.spans.paragraphs[0]?.start, first.spans.paragraphs[0]?.end)).toBe(
      first?.paragraphs[0],
    );
  });
});

describe("shape: one line per item with the date after the headline", () => {
  it("drops the list bullet from the headline (103)", () => {
    const { page } = readPage("103");
    expect(page.items[0]?.title).toBe("东方阿尔法优势产业混合型发起式证券投资基金可投资于科创板股票的公告");
  });

  it("reads the dates when the page prints them in fullwidth digits (103, 025, 026)", () => {
    for (const name of ["103", "025", "026"]) {
      const clean = parseText(fixture(`${name}.txt`)).items;
      const wide = fixture(`${name}.txt`).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
      const items = parseText(wide).items;
      expect(items.map((i) => i.date)).toEqual(clean.map((i) => i.date));
      expect(items.filter((i) => i.date !== null).length).toBeGreaterThanOrEqual(10);
    }
  });

  it("drops a text browser's bullet before the page's and an image's alt after the headline (103, w3m)", () => {
    const { page } = readPage("103", "w3m");
    expect(page.items[0]?.title).toBe("东方阿尔法优势产业混合型发起式证券投资基金可投资于科创板股票的公告");
    expect(page.items[0]?.date).toBe("2020-07-02");
  });
});

describe("shape: undated lists", () => {
  it("heads items with their relative ages, skipping keyword lines, dates null (107)", () => {
    const { page } = readPage("107");
    expect(page.items.every((i) => i.date === null)).toBe(true);
    expect(page.items[1]?.title).toBe("港民请愿要求政府限制干预香港事务的美官员入境");
    expect(page.items[1]?.dateText).toBe("42分钟前");
  });

  it("heads the same items when their ages are Arabic, one and two said without a number (107)", () => {
    const units = { 分钟: "minute", 小时: "hour", 天: "day" } as const;
    const format = new Intl.RelativeTimeFormat("ar", { numeric: "always" });
    // "قبل ساعة واحدة" (one hour ago), "قبل ساعتين" (two hours ago), "قبل 3 ساعات"
    const text = fixture("107.txt").replace(/(\d+)(分钟|小时|天)前/g, (_, n, unit: keyof typeof units) =>
      format.format(-Number(n), units[unit]),
    );
    const clean = parseText(fixture("107.txt")).items;
    const items = parseText(text).items;
    expect(items.map((i) => i.title)).toEqual(clean.map((i) => i.title));
    expect(
      items.filter((i) => i.dateText === "قبل ساعة واحدة" || i.dateText === "قبل ساعتين").length,
    ).toBeGreaterThan(1);
  });

  it("takes the headline printed twice over the tag line w3m joined without spaces (107, w3m)", () => {
    const { page, input } = readPage("107", "w3m");
    // "香港 中英联合声明" dumps as one run of CJK text, no longer a keyword line by its spaces
    expect(input).toContain("\n    香港中英联合声明\n    42分钟前\n");
    expect(page.items[1]?.title).toBe("港民请愿要求政府限制干预香港事务的美官员入境");
    expect(page.items[1]?.dateText).toBe("42分钟前");
    expect(page.items.map((i) => i.title).filter((t) => t !== null && t.length < 12)).toEqual([]);
  });

  it("cuts at a repeated image-credit line above every title (113)", () => {
    const { page } = readPage("113");
    expect(page.items.every((i) => i.date === null && i.title !== null)).toBe(true);
  });

  it("cuts at a comment count above every title (114)", () => {
    readPage("114");
  });

  it("cuts at the 'read more' and empty tag lines after every teaser, the first item included (115)", () => {
    const { page } = readPage("115");
    expect(page.items[0]?.title).toBe("Jurnal de Spiel 2015 – Cum a fost, impresii, poze");
    // "Posturi etichetate Germania": the theme's "Posts tagged" in Romanian
    expect(page.filter).toMatchObject({ kind: "tag", text: "Germania" });
  });

  it("heads items with their byline and category line, the byline giving the authors (116)", () => {
    const { page } = readPage("116");
    expect(page.items[2]?.authors).toEqual(["Cable Green, Creative Commons"]);
  });
});

describe("shape: undated lists, as text browsers dump them", () => {
  it("heads items with bylines lynx ran into the category and a picture's credit, naming no one (116, lynx)", () => {
    const { page, input } = readPage("116", "lynx");
    expect(input).toContain(
      "by Creative Commons About CC CC staff photos are licensed under CC BY 4.0. Gratitude to Sara Jordan Photography.",
    );
    expect(page.items[0]?.paragraphs[0]).toMatch(/^The Board of Directors of Creative Commons/u);
    // "by Anna Tumadóttir About CC": without the page's gap the category cannot be cut off the name
    expect(page.items.flatMap((i) => i.authors)).toEqual([]);
  });
});

// The dev pages with their dates taken out (as scripts/eval-listings-variants.ts's "dates
// removed" does): the same real markup as an undated press office or portal prints it
describe("shape: undated lists, the dates taken out of dated pages", () => {
  /** Parses fixture NNN.txt with `dates` removed (or rewritten), against its gold without dates. */
  function undated(page: string, dates: RegExp, write: (date: string) => string = () => ""): NewsPage {
    const input = fixture(`${page}.txt`).replace(dates, write);
    const gold = (JSON.parse(fixture(`${page}.gold.json`)) as { items: GoldItem[] }).items;
    const parsed = parseText(input);
    const score = scoreListing(
      parsed.items,
      gold.map((g) => ({ ...g, date: null })),
    );
    expect({ found: score.found, predicted: score.predicted }).toEqual({
      found: gold.length,
      predicted: gold.length,
    });
    expectLossless(parsed, input);
    return parsed;
  }

  it("heads items with the label under every headline, the headline above it (015)", () => {
    // "North Carolina Delegation Introduces …" / "   Press Release" / "WASHINGTON, DC – Today, …";
    // one teaser names a day ("-- On Monday, March 23rd, Rep. G. K. Butterfield …"): a date in a
    // sentence heads no list
    const page = undated("015", /[A-Z][a-z]{2} \d{1,2}, 2015(?= {3}Press Release)/g);
    expect(page.items[0]?.title).toBe(
      "North Carolina Delegation Introduces Bipartisan Highway Bill for Military Corridor",
    );
    expect(page.items[0]?.paragraphs[0]).toMatch(/^WASHINGTON, DC – Today, Congressman/u);
    expect(page.items.every((i) => i.date === null)).toBe(true);
  });

  it("heads items with the label under every headline, not a schedule's days without a year (102)", () => {
    // with "Apr 17, 2015" taken out of "Apr 17, 2015   Press Release", the dates left are the
    // releases' own ("Saturday, April 18th" in a schedule): the label makes more items
    const page = undated("102", /[A-Z][a-z]{2} \d{1,2}, 2015(?= {3}Press Release)/g);
    expect(page.items[0]?.title).toBe("Sanford Announces Public Schedule for April 18th - 19th");
    expect(page.items.every((i) => i.date === null)).toBe(true);
  });

  it("reads each title-cased line under a month heading as a headline of its own (018, its day lines taken out)", () => {
    // "April 2013" / "Senator … Floor Stament on Boston Marathon Attack Resolution" / "Senator …
    // Speaks about …": several press releases per month; "Print", "Email" under the last end it
    const page = undated("018", /^\d{2}\/\d{2}\/\d{2}\n\n/gm);
    expect(page.items.filter((i) => i.dateText === "April 2013").map((i) => i.title)).toEqual([
      'Senator William "Mo" Cowan Floor Stament on Boston Marathon Attack Resolution',
      'Senator William "Mo" Cowan Speaks about the Marketplace Fairness Act on Senate Floor',
      "Senator William “Mo” Cowan Condemns Boston Terror Attacks, Honors Victims on Senate Floor",
      "Senator William “Mo” Cowan Statement on Explosions in Boston",
    ]);
    expect(page.items.at(-1)?.title).toBe(
      "Senator William “Mo” Cowan Statement on Being Sworn In As U.S. Senator for Massachusetts",
    );
  });

  it("reads the notes under an emptied label as notes, not a timetable's days (002, its dates taken out)", () => {
    // "Pubblicata il: " over every notice; one notice's timetable ("Venerdì 29 giugno dalle 15 …")
    // holds the page's only dates, without a year: twenty notices are the list, each a note
    const page = undated("002", /(?<=Pubblicata il: )\d{2}\/\d{2}\/\d{4}/g);
    expect(page.items.every((i) => i.title === null && i.date === null)).toBe(true);
    expect(page.items[3]?.paragraphs).toEqual([
      "In allegto i compiti delle vacanze 2018 per le future classi seconde",
    ]);
  });

  it("reads a run of headlines with nothing between them as one item each (026)", () => {
    const page = undated("026", /^\d{4}-\d{2}-\d{2} {2}/gm);
    expect(page.items[1]?.title).toBe("关于融通新趋势灵活配置混合型证券投资基金调整大额申购限制金额的公告");
    expect(page.items.every((i) => i.paragraphs.length === 0)).toBe(true);
  });

  it("heads items with their ages, the month headings over them grouping the list (018, dates as ages)", () => {
    // "May 2013" / "2 hours ago" / "$248,000 in FEMA Grants …": one age per release, fewer months
    let k = 0;
    const page = undated("018", /^\d{2}\/\d{2}\/\d{2}$/gm, () => `${(k++ % 11) + 2} hours ago`);
    expect(page.items[0]).toMatchObject({
      dateText: "2 hours ago",
      title: "$248,000 in FEMA Grants to Assist First Responders in Orleans, Sudbury and Winthrop",
    });
  });

  it("heads items with the age printed before each headline on its line (026, dates as ages)", () => {
    let k = 0;
    const page = undated("026", /^\d{4}-\d{2}-\d{2}(?= {2})/gm, () => `${(k++ % 11) + 2} hours ago`);
    expect(page.items[1]?.title).toBe("关于融通新趋势灵活配置混合型证券投资基金调整大额申购限制金额的公告");
    expect(page.items[1]?.dateText).toBe("3 hours ago");
  });

  it("heads items with a day word and the time, the label after them on the line (015, dates as 'Today, 10:15')", () => {
    // "Today, 10:15   Press Release", "Yesterday at 4:30 pm   Press Release": the whole of the day
    // and the time is the age, not "Yesterday" over a headline "at 4:30 pm   Press Release"
    let k = 0;
    const page = undated("015", /[A-Z][a-z]{2} \d{1,2}, 2015(?= {3}Press Release)/g, () =>
      k++ < 2 ? `Today, ${10 + k}:15` : `Yesterday at ${k}:30 pm`,
    );
    expect(page.items.map((i) => i.dateText)).toContain("Yesterday at 3:30 pm");
    expect(page.items[2]?.title).not.toMatch(/^at /u);
  });

  it("heads items with the month each shows before its label, as with a day (015, 'Apr 2015   Press Release')", () => {
    const page = undated("015", /[A-Z][a-z]{2} \d{1,2}, 2015(?= {3}Press Release)/g, (date) =>
      date.replace(/ \d{1,2},/u, ""),
    );
    expect(page.items[0]).toMatchObject({
      date: "2015-04",
      title: "North Carolina Delegation Introduces Bipartisan Highway Bill for Military Corridor",
    });
  });

  it("heads a ticker's rows with the time of day each opens with (026 and 018, dates as times)", () => {
    // "23:05  关于融通…的公告": the time is the row's stamp, the rest its headline
    let k = 0;
    const rows = undated("026", /^\d{4}-\d{2}-\d{2}(?= {2})/gm, () => `${23 - (k++ % 12)}:05`);
    expect(rows.items[1]).toMatchObject({
      dateText: "22:05",
      title: "关于融通新趋势灵活配置混合型证券投资基金调整大额申购限制金额的公告",
    });
    // "May 2013" / "23:05" / "$248,000 in FEMA Grants …": a time over each release, fewer months
    k = 0;
    const releases = undated("018", /^\d{2}\/\d{2}\/\d{2}$/gm, () => `${23 - (k++ % 12)}:05`);
    expect(releases.items[0]?.title).toBe(
      "$248,000 in FEMA Grants to Assist First Responders in Orleans, Sudbury and Winthrop",
    );
  });

  it("heads a single post with its one age, as with its one date (111, the date as an age)", () => {
    const page = undated("111", /^30 Marzo 2011$/m, () => "5 giorni fa");
    expect(page.items[0]?.dateText).toBe("5 giorni fa");
  });

  it("reads a single post that shows no date, one paragraph long, as the page's story (111)", () => {
    const page = undated("111", /^30 Marzo 2011$/m);
    expect(page.kind).toBe("article");
    expect(page.items[0]?.title).toBe("Lo SPAM e gli indirizzi in CCN");
  });

  it("reads the tag before each headline of such a run as its category (025)", () => {
    const page = undated("025", /^\(2020-08-\d{2} [\d:]{8}\)/gm);
    expect(page.items[0]).toMatchObject({
      category: "社会",
      title: "一图读懂 | 深圳盒马员工确诊，2地6人感染始末",
    });
  });

  it("drops the bullet before each headline of such a run (103)", () => {
    const page = undated("103", / +\d{4}-\d{2}-\d{2}/g);
    expect(page.items.map((i) => i.title?.startsWith("·"))).not.toContain(true);
  });

  it("reads a few dates ending headlines of a long undated run as the headlines' own (016)", () => {
    // 445 press releases, each a headline over its date line; with the date lines taken out, four
    // headlines still end in a date ("… Last Day To Claim Is April 15, 2013"): they head no list
    const input = fixture("016.txt").replace(/^[A-Z][a-z]+\.? \d{2}, \d{4}$/gm, "");
    const gold = (JSON.parse(fixture("016.gold.json")) as { items: GoldItem[] }).items;
    const page = parseText(input);
    const score = scoreListing(
      page.items,
      gold.map((g) => ({ ...g, date: null })),
    );
    expect(score.f1).toBeGreaterThan(0.95);
    expect(page.items.find((i) => i.title?.endsWith("Last Day To Claim Is April 15, 2013"))?.date).toBeNull();
    expectLossless(page, input);
  });

  it("reads a date-filtered archive whose stories print only their section over them (seed)", () => {
    // " In Coalition News" over each story, "… Items filtered by date: Thursday, 21 December 2017"
    // under the last: the filter's date heads no item, the label opens each story, the last one
    // included, and the trail and filter under it stay the page's
    const page = undated("seed", /21 December 2017(?= In Coalition News)/g);
    expect(page.kind).toBe("listing");
    expect(page.filter?.text).toBe("Thursday, 21 December 2017");
    // (the trail, printed without separators, is split where the page names its section: with
    // no "In Coalition News" read as a category, "Media Center Coalition News" stays one crumb)
    expect(page.breadcrumbs[0]).toBe("Home");
    expect(page.items[2]?.paragraphs.at(-1)).toMatch(/stability and security to Syria\.$/u);
  });

  it("reads the words after every month as the section, not an entry (seed, dates as months)", () => {
    const page = undated("seed", /21 December 2017(?= In Coalition News)/g, () => "December 2017");
    expect(page.items.map((i) => [i.dateText, i.category])).toEqual([
      ["December 2017", "Coalition News"],
      ["December 2017", "Coalition News"],
      ["December 2017", "Coalition News"],
    ]);
    expect(page.items[0]?.paragraphs[0]).toMatch(/^The delegation of the Syrian armed opposition/u);
  });
  it("heads items with months printed after the list's bullet (001, dates as months)", () => {
    // "  • June 2019" over each headline and teaser
    const page = undated("001", /\d{2}\.\d{2}\.2019/g, () => "June 2019");
    expect(page.items[0]).toMatchObject({
      dateText: "June 2019",
      title: "Espace CoLab- COworking & Living Lab",
    });
  });

  it("reads a month under each headline as the headline's, not the next one's (016, dates as months)", () => {
    // "Statement on Budget Vote" / "March 2015": one-line entries alternate with the months, and
    // only the ends tell the pairing: a headline over the first month, "Related Links" under the last
    const page = undated("016", /^[A-Z][a-z]+\.? \d{2}, (\d{4})$/gm, () => "March 2015");
    expect(page.items[0]?.title).toBe(
      "Polis, Perlmutter Host Fed Reserve Chief for Roundtable with Cannabis Businesses",
    );
    expect(page.items.at(-1)?.title).toBe("Rep. Perlmutter Commemorates Hispanic Heritage Month");
  });

  it("reads month rows of headlines in a script without case, the month before or after (026, 103)", () => {
    const before = undated("026", /^\d{4}-\d{2}-\d{2}(?= {2})/gm, () => "July 2020");
    expect(before.items[1]).toMatchObject({
      dateText: "July 2020",
      title: "关于融通新趋势灵活配置混合型证券投资基金调整大额申购限制金额的公告",
    });
    const after = undated("103", /\d{4}-\d{2}-\d{2}$/gm, () => "June 2020");
    expect(after.items[1]).toMatchObject({
      dateText: "June 2020",
      title: "东方阿尔法优势产业混合型发起式证券投资基金基金合同生效公告",
    });
  });
});

describe("shape: month-only dates", () => {
  it("reads entries under month headings as untitled items with no day (109)", () => {
    const { page } = readPage("109");
    expect(page.items[0]).toMatchObject({ date: null, dateText: "June 2024", title: null });
  });
});

describe("shape: headlines the tool wrapped at its default 80 columns", () => {
  it("reads a headline wrapped over two lines above its date line as one title (102, lynx and w3m at 80 columns)", () => {
    for (const tool of ["lynx-80", "w3m-80"] as const) {
      const { page, input } = readPage("102", tool);
      expect(input).toMatch(
        /SANFORD RELEASES PUBLIC SCHEDULE FOR MARCH 8TH, MARCH 9TH, MARCH 10TH,\s*(?:AND)?\n\s*(?:AND )?MARCH 11TH/u,
      );
      const wrapped = page.items.find((i) => i.date === "2015-03-06");
      // the title is the two lines as printed, line break and all (its text is its span's)
      expect(wrapped?.title).toContain("\n");
      expect(wrapped?.title?.replace(/\s+/gu, " ")).toBe(
        "SANFORD RELEASES PUBLIC SCHEDULE FOR MARCH 8TH, MARCH 9TH, MARCH 10TH, AND MARCH 11TH",
      );
    }
  });
});

describe("shape: headlines the tool wrapped at its default 80 columns, under the date", () => {
  it("reads a headline wrapped over two lines under its date as one title (021, lynx and w3m at 80 columns)", () => {
    for (const tool of ["lynx-80", "w3m-80"] as const) {
      const { page, input } = readPage("021", tool);
      expect(input).toMatch(
        /2015\n\nSenators seek rewards for information on ISIL terrorists responsible for\nkilling Americans\n/u,
      );
      const wrapped = page.items.find((i) => i.date === "2015-02-25");
      expect(wrapped?.title).toBe(
        "Senators seek rewards for information on ISIL terrorists responsible for\nkilling Americans",
      );
      // the text starts under the headline's last line
      expect(wrapped?.paragraphs[0]).toMatch(/^Washington, D\.C\. – U\.S\. Senators Marco Rubio/u);
    }
  });
});

describe("shape: a date line the tool wrapped on into its teaser, at 80 columns", () => {
  it("reads the date line's rest as the teaser's start, the headline above (104, lynx at 80 columns)", () => {
    const input = fixture("104.lynx-80.txt");
    expect(input).toContain("\n   02.12.2022 | Husum (iwr-pressedienst) - Eine zunehmend automatisierte,\n");
    const page = parseText(input);
    expectLossless(page, input);
    const gold = (JSON.parse(fixture("104.gold.json")) as { items: GoldItem[] }).items;
    // (the first headline stands over a picture credit lynx wrapped over two lines: missed)
    expect(scoreListing(page.items, gold)).toMatchObject({ found: 7, predicted: 8 });
    const husum = page.items.find((i) => i.title === "IT-Sicherheit ist Energiesicherheit");
    expect(husum?.paragraphs[0]).toBe("Husum (iwr-pressedienst) - Eine zunehmend automatisierte,");
  });
});

describe("shape: a single post", () => {
  it("reads a date line above the title (111) and a title above its date line (110)", () => {
    expect(readPage("111").page.items).toHaveLength(1);
    expect(readPage("110").page.items).toHaveLength(1);
  });

  it("takes the headline over a lone date line that a label follows (015, its first release alone)", () => {
    // "North Carolina Delegation Introduces …" / "Apr 16, 2015   Press Release" / "WASHINGTON, DC –
    // Today, …": the label makes the date line the post's meta line, not its headline
    const input = firstPostOnly("015");
    const page = parseText(input);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      date: "2015-04-16",
      title: "North Carolina Delegation Introduces Bipartisan Highway Bill for Military Corridor",
    });
    expectLossless(page, input);
  });

  it("dates a single post by its theme's footer line and ends its text there (105, its first post alone)", () => {
    // "Author  amyxzhangPosted on January 17, 2019January 17, 2019Categories …" under the text,
    // the author's bio under that: neither is the story's text
    const input = firstPostOnly("105");
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2019-01-17", "Having Trouble Keeping Up with Group Chat?"],
    ]);
    expect(page.items[0]?.paragraphs.at(-1)).toMatch(/^Another aspect is the idea of using these chat logs/u);
    expectLossless(page, input);
  });

  it.each([
    // the excerpt restarts with the headline the listing cut, at a comma or mid-word
    ["113", "Η Ε.Ι.Ν.Α εκφράζει την οδύνη της για τον ξαφνικό θάνατο του Γιώργου Τζίφα,"],
    ["114", "„Reichsbürgerwissen“ des Ta …"],
    // flush with its text, read as prose for its commas, under the tag archive's heading
    ["115", "Jurnal de Spiel 2015 – Cum a fost, impresii, poze"],
  ])("titles an undated archive's one post with its headline (%s, its first post alone)", (id, title) => {
    const input = firstPostOnly(id);
    const page = parseText(input);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([[null, title]]);
    expect(page.items[0]?.paragraphs.length).toBeGreaterThan(0);
    expectLossless(page, input);
  });

  it("makes no post of a short note whose first line no layout marks as a headline", () => {
    // (as the corpus's source notes: "commit: 937cc…" over "path: …", no headline, no story)
    const input = [
      "repo: allenai/dolma",
      "commit: 937ccc06f6fa4cefba496b2f48cc77418b941345",
      'path: tests/data/formats/gz/CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz (jsonl line 200, field "text"; Common Crawl CC-MAIN-2019-30 derived text)',
      "page: http://www.icsnovate.it/categoria/comunicazioni-studenti/2017-2018",
      "kind: CC text (verbatim)",
    ].join("\n");
    expect(parseText(input).items).toEqual([]);
  });

  it("reads an untitled paragraph under each date of a small news block (108)", () => {
    readPage("108");
  });

  it("reads the year of a date cell w3m wrapped onto the next line, beside the text (108, w3m)", () => {
    const { page, input } = readPage("108", "w3m");
    expect(input).toContain("\nDec 12, Happy to be rounding out the year");
    expect(input).toContain("\n 2023   Decontextualizing for Scientific Document Snippets");
    expect(page.items.map((i) => [i.date, i.dateText])).toEqual([
      ["2024-02-01", "Feb 1"],
      ["2023-12-12", "Dec 12"],
      ["2023-06-15", "Jun 15"],
    ]);
    // "Singapore!" closes the text cell beside "Dec 12,": the item above's text, no headline
    expect(page.items[2]?.title).toBeNull();
    expect(page.items[1]?.paragraphs.at(-1)).toBe("Singapore!");
  });

  it("starts each row's text above its date where links centres the date cell in the row (108, links)", () => {
    const { page, input } = readPage("108", "links");
    expect(input).toMatch(
      /\n {16}Excited to release our first set of artifacts .*\n {3}Feb 1, 2024 {2}different hardware/u,
    );
    expect(page.items.map((i) => [i.date, i.title, i.paragraphs.length])).toEqual([
      ["2024-02-01", null, 3],
      ["2023-12-12", null, 3],
      ["2023-06-15", null, 1],
    ]);
    // the row's lines in page order: the line above the date, the text beside it, the line below
    expect(page.items[0]?.paragraphs[1]).toMatch(/^different hardware, on Huggingface\./u);
    expect(page.items[1]?.paragraphs.at(-1)).toBe("co-authors in Singapore!");
  });
});
