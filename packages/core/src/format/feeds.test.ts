import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../feed/index.js";
import { type NewsItem, NewsPage } from "../model/page.js";
import { type FeedOptions, feedWriter, itemsToAtom, itemsToJsonFeed, itemsToRss } from "./feeds.js";

const span = { start: 0, end: 1 };
const item = (over: Partial<NewsItem> = {}): NewsItem =>
  NewsPage.shape.items.element.parse({
    id: "n_1",
    date: "2017-12-21",
    dateText: "21 December 2017",
    title: 'Idlib <airstrikes> & "shelling"',
    category: "Coalition News",
    paragraphs: ["The delegation met.", "It said so:\nloudly."],
    source: null,
    authors: ["Ann Smith", "Bo Li"],
    url: "https://example.org/news/1",
    lang: "en",
    span,
    spans: {},
    ...over,
  });

const options: FeedOptions = {
  title: "A & B <news>",
  link: "https://example.org/",
  selfUrl: "https://example.org/feed.xml",
  updated: "2020-01-02T03:04:05Z",
};

const items = [
  item(),
  item({ id: "n_2", title: null, authors: [], source: "Media Department", date: null, url: null }),
  item({ id: "n_3", title: "No author", authors: [], source: null, date: "2019-05-03T10:00:00+02:00" }),
];

/** The XML is well-formed to a parser that shares nothing with ours, and what it reads back. */
function independent(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: true }).parse(
    xml,
  );
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe("itemsToRss", () => {
  const rss = itemsToRss(items, options);

  it("reads back through our feed parser with titles, links, dates, authors and paragraphs", () => {
    const page = parseFeed(rss);
    expect(page.title).toBe("A & B <news>");
    expect(page.url).toBe("https://example.org/");
    expect(page.items.map((i) => i.title)).toEqual([
      'Idlib <airstrikes> & "shelling"',
      "The delegation met. It said so: loudly.",
      "No author",
    ]);
    expect(page.items[0]?.url).toBe("https://example.org/news/1");
    expect(page.items[0]?.date).toBe("2017-12-21T00:00:00Z");
    expect(page.items[0]?.authors).toEqual(["Ann Smith", "Bo Li"]);
    expect(page.items[1]?.authors).toEqual(["Media Department"]);
    expect(page.items[0]?.paragraphs).toEqual(["The delegation met.", "It said so: loudly."]);
  });

  it("is well-formed RSS 2.0 with a channel link, rel=self and dc:creator to an independent XML parser", () => {
    const doc = independent(rss);
    const channel = doc.rss.channel;
    expect(channel.link).toBe("https://example.org/");
    expect(channel["atom:link"]["@rel"]).toBe("self");
    expect(channel["atom:link"]["@href"]).toBe("https://example.org/feed.xml");
    const entries = asArray(channel.item);
    expect(entries).toHaveLength(3);
    expect(asArray(entries[0]["dc:creator"])).toEqual(["Ann Smith", "Bo Li"]);
    expect(entries[0].description).toContain("<p>The delegation met.</p>");
    expect(entries[0].description).toContain("<p>It said so:<br>loudly.</p>");
    expect(entries[2].pubDate).toBe("Fri, 03 May 2019 08:00:00 GMT");
  });
});

describe("itemsToAtom", () => {
  const atom = itemsToAtom(items, options);

  it("gives every entry an author, itself or through the feed (RFC 4287 4.1.1)", () => {
    const feed = independent(atom).feed;
    expect(feed.author.name).toBe("A & B <news>");
    const links = asArray(feed.link);
    expect(links.find((l: Record<string, string>) => l["@rel"] === "self")?.["@href"]).toBe(
      "https://example.org/feed.xml",
    );
    const entries = asArray(feed.entry);
    expect(entries.map((e: { id: string }) => e.id)).toEqual([
      "urn:news-item:n_1",
      "urn:news-item:n_2",
      "urn:news-item:n_3",
    ]);
    expect(entries.every((e: { updated: string }) => /^\d{4}-\d\d-\d\dT/.test(e.updated))).toBe(true);
    expect(asArray(entries[0].author).map((a: { name: string }) => a.name)).toEqual(["Ann Smith", "Bo Li"]);
    expect(entries[1].updated).toBe("2020-01-02T03:04:05.000Z");
    expect(entries[2].author).toBeUndefined();
  });

  it("reads back through our feed parser, feed author for entries without one", () => {
    const page = parseFeed(atom);
    expect(page.url).toBe("https://example.org/");
    expect(page.items.map((i) => i.title)).toEqual([
      'Idlib <airstrikes> & "shelling"',
      "The delegation met. It said so: loudly.",
      "No author",
    ]);
    expect(page.items[0]?.paragraphs).toEqual(["The delegation met.", "It said so: loudly."]);
    expect(page.items[2]?.date).toBe("2019-05-03T08:00:00Z");
  });

  it("writes the feed's own author when given one", () => {
    const feed = independent(itemsToAtom([], { ...options, author: "Desk" })).feed;
    expect(feed.author.name).toBe("Desk");
    expect(feed.entry).toBeUndefined();
  });
});

describe("itemsToJsonFeed", () => {
  it("is JSON Feed 1.1 our parser reads back", () => {
    const json = itemsToJsonFeed(items, options);
    const doc = JSON.parse(json);
    expect(doc.version).toBe("https://jsonfeed.org/version/1.1");
    expect(doc.feed_url).toBe("https://example.org/feed.xml");
    expect(doc.items).toHaveLength(3);
    expect(doc.items[0].authors).toEqual([{ name: "Ann Smith" }, { name: "Bo Li" }]);
    const page = parseFeed(json);
    expect(page.items.map((i) => i.title)).toEqual([
      'Idlib <airstrikes> & "shelling"',
      "The delegation met. It said so: loudly.",
      "No author",
    ]);
    expect(page.items[0]?.paragraphs).toEqual(["The delegation met.", "It said so: loudly."]);
    expect(JSON.parse(itemsToJsonFeed([], options)).items).toEqual([]);
  });
});

describe("hostile items", () => {
  const hostile = [
    item({
      title: "\u001b[31mred\u0007 \u0000nul \ud800 lone",
      url: "java\tscript:alert(1)",
      image: "vbscript:msgbox",
      paragraphs: ["]]></description><script>x</script>", "a\u000bb"],
      authors: ["<b>Eve</b>"],
      category: 'x"/><evil',
    }),
    item({ id: "n_2", url: "file:///etc/passwd" }),
  ];

  for (const format of ["rss", "atom"] as const) {
    it(`${format}: stays well-formed and drops script and file links`, () => {
      const writer = feedWriter(format, options);
      const xml = writer.head() + hostile.map((i) => writer.entry(i)).join("") + writer.tail();
      independent(xml);
      expect(xml).not.toMatch(/javascript|vbscript|file:/);
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      const page = parseFeed(xml);
      expect(page.items).toHaveLength(2);
      expect(page.items.every((i) => i.url === null)).toBe(true);
      expect(page.items[0]?.authors).toEqual(["<b>Eve</b>"]);
    });
  }

  it("json feed: drops script links and keeps the text as text", () => {
    const doc = JSON.parse(itemsToJsonFeed(hostile, options));
    expect(doc.items[0].url).toBeUndefined();
    expect(doc.items[0].image).toBeUndefined();
    expect(doc.items[0].content_html).toContain("&lt;script&gt;");
  });

  it("refuses to write a script link as the feed's own link", () => {
    const xml = itemsToRss([], { ...options, link: "javascript:alert(1)", selfUrl: "data:x" });
    expect(xml).not.toMatch(/javascript|data:/);
    independent(xml);
  });
});
