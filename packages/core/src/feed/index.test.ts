import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NewsPage } from "../model/page.js";
import { parseFeed } from "./index.js";
import { itemRanges } from "./json.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/feed/${name}`, import.meta.url), "utf8");

function expectPartition(page: NewsPage) {
  const spans = [...page.items.map((i) => i.span), ...page.chrome.map((c) => c.span)].sort(
    (a, b) => a.start - b.start,
  );
  let at = 0;
  for (const s of spans) {
    expect(s.start).toBe(at);
    at = s.end;
  }
  expect(at).toBe(page.inputInfo.length);
}

describe("parseFeed", () => {
  it("reads RSS 2.0 with Dublin Core, content:encoded and media", () => {
    const xml = fixture("rss2.xml");
    const page = parseFeed(new TextEncoder().encode(xml), { url: "https://valley.example/feed" });
    expect(NewsPage.parse(page)).toBeTruthy();
    expect(page).toMatchObject({
      kind: "feed",
      title: "Valley Times & Friends",
      lang: "en",
      url: "https://valley.example/",
    });
    expect(page.items[0]).toMatchObject({
      title: "Council approves new bridge",
      url: "https://valley.example/news/bridge",
      date: "2024-03-05T09:30:00+01:00",
      authors: ["Jane Doe"],
      category: "Local",
      image: "https://valley.example/img/bridge.jpg",
      paragraphs: ["The council voted on Tuesday.", "Next", "Work begins in autumn."],
    });
    expect(page.items[1]).toMatchObject({
      url: "https://valley.example/news/market",
      authors: ["Sam Smith"],
      date: "2024-03-04T18:00:00Z",
      paragraphs: ["Stalls will open at 8am.", "Parking is free."],
    });
    const title = page.items[0]?.spans.title;
    expect(title && xml.slice(title.start, title.end)).toBe("Council approves new bridge");
    // CDATA bodies map paragraph spans into the feed source
    expect(page.items[0]?.spans.paragraphs.map((s) => xml.slice(s.start, s.end))).toEqual(
      page.items[0]?.paragraphs,
    );
    expectPartition(page);
  });

  it("keeps a podcast episode that has nothing but its enclosure, at the enclosure's address", () => {
    const rss = `<rss version="2.0"><channel><title>Show</title><link>https://show.example/</link>
<item><title>Episode 2</title><link>https://show.example/2</link><enclosure url="https://cdn.example/2.mp3" type="audio/mpeg" length="1"/></item>
<item><pubDate>Tue, 03 Dec 2024 10:00:00 GMT</pubDate><enclosure url="/media/1.mp3" type="audio/mpeg" length="1"/></item>
<item><enclosure url="https://cdn.example/cover.jpg" type="image/jpeg" length="1"/></item>
<item></item>
</channel></rss>`;
    const page = parseFeed(rss, { url: "https://show.example/feed.xml" });
    expect(page.items.map((i) => [i.title, i.url, i.date?.slice(0, 10) ?? null, i.image])).toEqual([
      ["Episode 2", "https://show.example/2", null, null],
      [null, "https://show.example/media/1.mp3", "2024-12-03", null],
      [null, null, null, "https://cdn.example/cover.jpg"],
    ]);
    const span = page.items[1]?.spans.url;
    expect(span && rss.slice(span.start, span.end)).toMatch(/^<enclosure url="\/media\/1\.mp3"/);
    expect(page.warnings.map((w) => w.code)).toContain("dropped-entry");
  });

  it("reads Atom with alternate links, html titles, published and updated dates", () => {
    const page = parseFeed(fixture("atom.xml"));
    expect(page).toMatchObject({ title: "Le Journal", lang: "fr", url: "https://journal.example/" });
    expect(page.items[0]).toMatchObject({
      title: "Le pont approuvé",
      url: "https://journal.example/2024/pont",
      date: "2024-03-05T09:30:00+01:00",
      modified: "2024-03-06T10:00:00+01:00",
      authors: ["Marie Curie"],
      category: "Local",
      paragraphs: ["Le conseil a voté mardi."],
    });
    expectPartition(page);
  });

  it("reads Atom XHTML content as blocks with spans", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>X</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; all.</p><p>Two.</p></div></content></entry></feed>`;
    const item = parseFeed(xml).items[0];
    expect(item?.paragraphs).toEqual(["One & all.", "Two."]);
    expect(item?.spans.paragraphs.map((s) => xml.slice(s.start, s.end))).toEqual(["One &amp; all.", "Two."]);
  });

  it("reads RSS 1.0 (RDF)", () => {
    const page = parseFeed(fixture("rdf.xml"));
    expect(page.title).toBe("RDF News");
    expect(page.items[0]).toMatchObject({ title: "First RDF item", date: "2024-03-05", category: "Science" });
  });

  it("reads JSON Feed, with item spans found in the source", () => {
    const json = fixture("feed.json");
    const page = parseFeed(json);
    expect(NewsPage.parse(page)).toBeTruthy();
    expect(page.items[0]).toMatchObject({
      title: "Brücke genehmigt",
      date: "2024-03-05T09:30:00+01:00",
      authors: ["Max Muster"],
      category: "Lokal",
      lang: "de",
      paragraphs: ["Der Rat hat am Dienstag abgestimmt.", "Die Arbeiten beginnen im Herbst."],
    });
    expect(page.items[1]?.paragraphs).toEqual(["Erster Absatz.", "Zweiter Absatz."]);
    const span = page.items[1]?.span;
    expect(span && JSON.parse(json.slice(span.start, span.end)).id).toBe("2");
    expectPartition(page);
    expect(itemRanges('{"x":{"items":[{}]},"items":[{"a":"}"},{"b":[1]}]}')).toHaveLength(2);
  });

  it("refuses internal DTD subsets and entity declarations: billion laughs and external entities", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]><rss><channel><item><title>&lol9;</title></item></channel></rss>`;
    expect(() => parseFeed(lol)).toThrow(expect.objectContaining({ code: "unsafe-xml" }));
    const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title></item></channel></rss>`;
    expect(() => parseFeed(xxe)).toThrow(expect.objectContaining({ code: "unsafe-xml" }));
    expect(() =>
      parseFeed(`<!DOCTYPE rss SYSTEM "http://evil.example/x.dtd" [<!ELEMENT rss ANY>]><rss/>`),
    ).toThrow(expect.objectContaining({ code: "unsafe-xml" }));
  });

  it("reads a feed that names an external DTD, which is never fetched and whose entities stay unexpanded", () => {
    const rss = `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://dtd.example/rss.dtd"><rss version="2.0"><channel><title>Site</title><item><title>One &ext; two</title><link>http://site.example/1</link></item></channel></rss>`;
    const page = parseFeed(rss);
    expect(page.items.map((i) => i.url)).toEqual(["http://site.example/1"]);
    expect(page.items[0]?.title).not.toContain("passwd");
    expect(page.items[0]?.title).toMatch(/^One .*two$/);
  });

  it("still reads RSS 0.91 with its referenced Netscape DTD (never fetched)", () => {
    const rss = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><item><title>Old item</title><link>http://old.example/1</link></item></channel></rss>`;
    expect(parseFeed(rss).items[0]?.title).toBe("Old item");
  });

  it("refuses what is not a feed with malformed-feed", () => {
    for (const bad of [
      "",
      "<html><body>hi</body></html>",
      "{}",
      "{ not json",
      '{"version":"x","items":[]}',
      "plain text",
    ]) {
      expect(() => parseFeed(bad)).toThrow(expect.objectContaining({ code: "malformed-feed" }));
    }
  });

  it("gives a page or a typed error on random XML soup (seeded)", () => {
    const parts = [
      "<rss>",
      "<channel>",
      "<item>",
      "</item>",
      "<title>",
      "</title>",
      "<feed>",
      "<entry>",
      "<link href='x'/>",
      "<pubDate>",
      "Tue, 05 Mar 2024",
      "<![CDATA[<p>x</p>]]>",
      "&amp;",
      "&lt;p&gt;",
      "<!--",
      "-->",
      "<?xml version='1.0'?>",
      "<!DOCTYPE",
      "<!ENTITY",
      "[",
      "]>",
      "{",
      "}",
      '"items":[',
      "<",
      ">",
    ];
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let run = 0; run < 200; run++) {
      const xml = Array.from(
        { length: 3 + Math.floor(rand() * 100) },
        () => parts[Math.floor(rand() * parts.length)],
      ).join("");
      try {
        expect(NewsPage.parse(parseFeed(xml))).toBeTruthy();
      } catch (e) {
        expect(["unsafe-xml", "malformed-feed"]).toContain((e as { code?: string }).code);
      }
    }
  });

  it("takes truncated, binary-laced and deeply nested feeds without hanging", () => {
    const xml = fixture("rss2.xml");
    const cut = parseFeed(xml.slice(0, xml.indexOf("</item>") - 20));
    expect(NewsPage.parse(cut)).toBeTruthy();
    const deep = `<rss><channel><item><title>x</title>${"<a>".repeat(100_000)}</item></channel></rss>`;
    expect(parseFeed(deep).items).toHaveLength(1);
    const bytes = new TextEncoder().encode(xml);
    bytes[200] = 0;
    bytes[201] = 0xff;
    expect(NewsPage.parse(parseFeed(bytes))).toBeTruthy();
  });
});
