import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NewsPage } from "../model/page.js";
import { detectFormat, parse } from "../parse.js";
import { parseFeed } from "./index.js";

// real feeds from the test data of feed parsers on the npm registry (fixtures/feeds/README.md)
const real = (path: string) => readFileSync(new URL(`../../fixtures/feeds/${path}`, import.meta.url));
const realText = (path: string) => real(path).toString("utf8");
const codes = (page: NewsPage) => page.warnings.map((w) => w.code);

describe("real feeds", () => {
  it("reads RSS 2.0 as the specification's sample writes it", () => {
    const page = parseFeed(real("feedparser-1.1.6/rss2sample.xml"));
    expect(NewsPage.parse(page)).toBeTruthy();
    expect(page.items).toHaveLength(4);
    expect(page.items[0]).toMatchObject({
      title: "Star City",
      url: "http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp",
      date: "2003-06-03T09:39:21Z",
    });
    // an item with only a description and a date is an item with no title, never a shifted one
    expect(page.items[1]?.title).toBeNull();
    expect(page.items[2]?.title).toBe("The Engine That Does More");
    expect(codes(page)).toEqual([]);
  });

  it("reads Atom written with a prefix for its own namespace", () => {
    for (const file of [
      "nondefaultnamespace.atom",
      "nondefaultnamespace-xhtml.atom",
      "complexNamespaceFeed.xml",
    ]) {
      const page = parseFeed(real(`feedparser-1.1.6/${file}`));
      expect(page.items, file).toHaveLength(1);
      expect(page.items[0]?.title, file).toBeTruthy();
      expect(page.items[0]?.date, file).toMatch(/^20\d\d-/);
    }
    const complex = parseFeed(real("feedparser-1.1.6/complexNamespaceFeed.xml")).items[0];
    expect(complex).toMatchObject({ title: "This is the title", authors: ["John Doe"] });
  });

  it("reads extension elements by their namespace, whatever prefix the feed binds to it", () => {
    // the Washington Post feed binds Dublin Core to "dca": <dca:creator> is still the byline
    const altns = parseFeed(real("feedparser-0.13.4/wapowellness-altns.xml"));
    expect(altns.items[0]?.authors).toEqual(["Lenny Bernstein"]);
    const usual = parseFeed(real("feedparser-1.1.6/wapowellness.xml"));
    expect(altns.items.map((i) => i.authors)).toEqual(usual.items.map((i) => i.authors));
    // a usual prefix keeps its reading even bound to a sibling vocabulary (dc to DC terms, which has creator too)
    const terms = parseFeed(
      realText("feedparser-1.1.6/wapowellness.xml").replace(
        'xmlns:dc="http://purl.org/dc/elements/1.1/"',
        'xmlns:dc="http://purl.org/dc/terms/"',
      ),
    );
    expect(terms.items.map((i) => i.authors)).toEqual(usual.items.map((i) => i.authors));
    // content:encoded and dc:date under other prefixes, as a publisher could write them
    const xml = realText("feedparser-0.16.6/rss.xml")
      .replace('xmlns:content="', 'xmlns:body="')
      .replaceAll("content:encoded>", "body:encoded>")
      .replace('xmlns:dc="', 'xmlns:meta="');
    const renamed = parseFeed(xml);
    const original = parseFeed(real("feedparser-0.16.6/rss.xml"));
    expect(renamed.items.map((i) => i.paragraphs)).toEqual(original.items.map((i) => i.paragraphs));
    expect(original.items[0]?.paragraphs.length).toBeGreaterThan(0);
  });

  it("refuses a DTD only where one can be, before the root: markup quoted in CDATA is content", () => {
    // a post about XML entities and a body that is a whole HTML document, in CDATA as publishers write them
    const quoted = '<pre>&lt;!DOCTYPE foo [&lt;!ENTITY xxe SYSTEM "file:///etc/passwd"&gt;]&gt;</pre>';
    const xml = realText("feedparser-0.16.6/rss.xml")
      .replace("<content:encoded><![CDATA[", `<content:encoded><![CDATA[<!DOCTYPE html><html><body>${quoted}`)
      .replace(
        "<content:encoded><![CDATA[",
        '<content:encoded><![CDATA[<p>Declared: <!ENTITY lol "lol"></p>',
      );
    const page = parseFeed(xml);
    expect(page.items).toHaveLength(25);
    expect(page.items[0]?.paragraphs.join(" ")).toContain("file:///etc/passwd");
    // the same DTD before the root is still refused
    const before = realText("feedparser-0.16.6/rss.xml").replace(
      "<rss ",
      '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss ',
    );
    expect(() => parseFeed(before)).toThrow(expect.objectContaining({ code: "unsafe-xml" }));
  });

  it("takes an RSS item's <link>, never an atom:link beside it", () => {
    const item = parseFeed(real("feedparser-1.1.6/category-feed.xml")).items[0];
    expect(item?.url).toBe(
      "http://www.nytimes.com/2013/05/06/nyregion/epa-plan-to-clean-up-gowanus-canal-meets-local-resistance.html?partner=rss&emc=rss",
    );
  });

  it("resolves relative links against xml:base or the feed's own rel=self address", () => {
    const blog = parseFeed(real("feedparser-1.1.6/intertwingly.atom"));
    expect(blog.items).toHaveLength(20);
    expect(blog.items[0]?.url).toBe("http://intertwingly.net/blog/2012/07/16/Inhibiting-Suspend");
    expect(blog.items.every((i) => i.url?.startsWith("http://intertwingly.net/blog/"))).toBe(true);
    // a caller's URL wins over the one the feed claims
    const given = parseFeed(real("feedparser-1.1.6/intertwingly.atom"), {
      url: "https://mirror.example/feed",
    });
    expect(given.items[0]?.url).toBe("https://mirror.example/blog/2012/07/16/Inhibiting-Suspend");
    const gulp = parseFeed(real("rss-parser-3.4.0/gulp-atom.atom"));
    expect(gulp.items[0]?.url).toBe("https://github.com/gulpjs/gulp/releases/tag/v3.9.0");
    const xml = realText("rss-parser-3.4.0/gulp-atom.atom").replace(
      "<entry>",
      '<entry xml:base="https://tags.example/x/">',
    );
    expect(parseFeed(xml).items[0]?.url).toBe("https://tags.example/gulpjs/gulp/releases/tag/v3.9.0");
    // an empty xml:base changes nothing
    const empty = realText("rss-parser-3.4.0/gulp-atom.atom").replace("<entry>", '<entry xml:base="">');
    expect(parseFeed(empty).items[0]?.url).toBe("https://github.com/gulpjs/gulp/releases/tag/v3.9.0");
  });

  it("gives entries without an author the feed's (Atom) or the channel's itunes:author (podcasts)", () => {
    const atom = parseFeed(real("feed-reader-6.1.3/atom-feed-standard-realworld.xml"));
    expect(atom.items.length).toBeGreaterThan(10);
    expect(atom.items.every((i) => i.authors.length > 0)).toBe(true);
    const podcast = parseFeed(real("podcast-feed-parser-1.0.4/bc-sample.xml"));
    expect(podcast.items[0]?.authors).toEqual(["Bergeson & Campbell, PC"]);
    // a channel's managingEditor is a contact address, not the byline of its items
    const rss = parseFeed(real("feedparser-1.1.6/rss2sample.xml"));
    expect(rss.items[1]?.authors).toEqual([]);
  });

  it("reads an author written as a label (`B.Z:`) without its colon", () => {
    const bz = parseFeed(real("feedparser-0.16.6/rss.xml"));
    expect(bz.items[2]?.authors).toEqual(["B.Z"]);
    expect(bz.items.flatMap((i) => i.authors).some((a) => a.endsWith(":"))).toBe(false);
  });

  it("keeps reading odd dates: Portuguese names, slashed, US with a weekday", () => {
    // the channel's date and the first item's stay; the next three items get the odd ones
    const odd = ["Seg, 24 Set 2018 10:00:00 -0300", "2020/1/10 14:33:00", "Fri, 05/03/2019 10:00"];
    let n = 0;
    const xml = realText("feedparser-1.1.6/rss2sample.xml").replace(
      /<pubDate>[^<]*2003[^<]*<\/pubDate>/g,
      (m) => (n++ < 2 ? m : `<pubDate>${odd[n - 3] ?? ""}</pubDate>`),
    );
    expect(parseFeed(xml).items.map((i) => i.date)).toEqual([
      "2003-06-03T09:39:21Z",
      "2018-09-24T10:00:00-03:00",
      "2020-01-10T14:33:00",
      "2019-05-03T10:00:00",
    ]);
  });

  it("reads RFC 822 dates with a two-digit year, as RSS 0.92 feeds write them", () => {
    // O'Reilly's RSS 0.92 example dates its channel "03 Apr 02 1500 GMT"; its items carry none
    const channelDate = /<pubDate>([^<]*)<\/pubDate>/.exec(realText("rss-parser-3.4.0/heraldsun.rss"))?.[1];
    expect(channelDate).toBe("03 Apr 02 1500 GMT");
    const short = [
      channelDate,
      "Mon, 2 Jun 03 09:39:21 GMT",
      "Fri, 30 May 97 11:06:42 -0400",
      "Tue, 27 May 03 08:37 GMT",
    ];
    let n = 0;
    const xml = realText("feedparser-1.1.6/rss2sample.xml").replace(
      /<pubDate>[^<]*2003[^<]*<\/pubDate>/g,
      (m) => (n++ === 0 ? m : `<pubDate>${short[n - 2] ?? ""}</pubDate>`),
    );
    expect(parseFeed(xml).items.map((i) => i.date)).toEqual([
      "2002-04-03T15:00:00Z",
      "2003-06-02T09:39:21Z",
      "1997-05-30T11:06:42-04:00",
      "2003-05-27T08:37:00Z",
    ]);
  });

  it("decodes a declared windows-1251 and ISO-8859-1 feed", () => {
    expect(parseFeed(real("feedparser-1.1.6/iconv.xml")).items[0]?.title).toBe(
      "В Бузулуке главные стройплощадки – детсад и Ледовый дворец",
    );
    expect(parseFeed(real("rss-parser-3.4.0/encoding.rss")).items[0]?.title).toBe(
      "Mãe de utente é a nova presidente da Raríssimas",
    );
  });

  it("shows RSS titles as feed readers do: markup in CDATA or escaped becomes text", () => {
    const listing = parseFeed(real("rss-parser-3.4.0/craigslist.rss")).items[0];
    expect(listing?.title).toBe(
      "Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2",
    );
    const xml = realText("feedparser-1.1.6/rss2sample.xml")
      .replace(
        "<title>Star City</title>",
        "<title><![CDATA[Star <span>City</span> 1930 ft<sup>2</sup>]]></title>",
      )
      .replace(
        "<title>The Engine That Does More</title>",
        "<title>&lt;div class=&quot;x&quot;&gt;The Engine &amp;amp; More&lt;/div&gt;</title>",
      );
    const page = parseFeed(xml);
    expect(page.items.map((i) => i.title)).toEqual([
      "Star City 1930 ft2",
      null,
      "The Engine & More",
      "Astronauts' Dirty Laundry",
    ]);
  });

  it("drops a self-closed, empty or nested empty <item/> with a warning and keeps the others in place", () => {
    const xml = realText("feedparser-1.1.6/rss2sample.xml");
    const clean = parseFeed(xml).items.map((i) => [i.title, i.url, i.date]);
    for (const hostile of [
      xml.replace("<item>", "<item/><item />\n<item>"),
      xml.replace("<item>", "<item></item><item>"),
      xml.replace("<title>Star City</title>", "<title>Star City</title><item/>"),
    ]) {
      const page = parseFeed(hostile);
      expect(page.items.map((i) => [i.title, i.url, i.date])).toEqual(clean);
      expect(codes(page)).toContain("dropped-entry");
    }
    const onlyId = parseFeed(real("rss-parser-3.4.0/missing-fields.atom"));
    expect(onlyId.items).toEqual([]);
    expect(codes(onlyId)).toEqual(["dropped-entry", "no-items"]);
  });

  it("warns truncated-input for 100k nested unclosed items and for a feed cut short", () => {
    const xml = realText("feedparser-1.1.6/rss2sample.xml");
    const nested = xml.replace("<item>", "<item><title>x</title>".repeat(100_000));
    const page = parseFeed(nested);
    expect(codes(page)).toContain("truncated-input");
    expect(page.items.length).toBeLessThan(1000);
    const cut = parseFeed(xml.slice(0, xml.indexOf("<title>The Engine")));
    expect(cut.items.map((i) => i.title)).toEqual(["Star City", null]);
    expect(codes(cut)).toContain("truncated-input");
    expect(codes(parseFeed(xml))).not.toContain("truncated-input");
    // a whole feed whose root is written with a prefix (</a:feed>) is not cut short
    const prefixed = realText("feedparser-1.1.6/nondefaultnamespace.atom");
    expect(codes(parseFeed(prefixed))).not.toContain("truncated-input");
    expect(codes(parseFeed(prefixed.slice(0, prefixed.lastIndexOf("</a:entry>"))))).toContain(
      "truncated-input",
    );
  });

  it("detects a JSON Feed by parsing it: version after the items, escaped slashes", () => {
    const original = JSON.parse(realText("feed-reader-6.1.3/json-feed-standard-realworld.json"));
    const { version, ...rest } = original;
    const reordered = JSON.stringify({ ...rest, version }).replace(/\//g, "\\/");
    expect(detectFormat(reordered)).toBe("feed");
    const page = parse(reordered);
    const expected = parse(realText("feed-reader-6.1.3/json-feed-standard-realworld.json"));
    expect(page.kind).toBe("feed");
    expect(page.items.map((i) => [i.title, i.url, i.date])).toEqual(
      expected.items.map((i) => [i.title, i.url, i.date]),
    );
    expect(page.items[0]).toMatchObject({
      title: "The line-up for dConstruct 2022 …revealed!",
      url: "https://adactio.com/journal/19317",
      authors: ["Jeremy Keith"],
    });
    // a cut-off JSON Feed is still a feed, refused with a typed error rather than read as prose
    expect(detectFormat(reordered.slice(0, 300))).toBe("text");
    expect(detectFormat(realText("feed-reader-6.1.3/json-feed-standard-realworld.json").slice(0, 300))).toBe(
      "feed",
    );
    expect(detectFormat('{"title": "not a feed", "items": []}')).toBe("text");
  });

  it("decodes entities in JSON Feed titles and warns about items of the wrong type", () => {
    const doc = JSON.parse(realText("feed-reader-6.1.3/json-feed-standard-realworld.json"));
    doc.items[0].title = "Jeremy&#8217;s &amp; &#8216;quoted&#8217; &lt;b&gt;";
    doc.items[1] = 42;
    doc.items[2].title = ["a", "list"];
    doc.items.splice(3, 0, null, "text", []);
    const page = parse(JSON.stringify(doc));
    expect(page.items[0]?.title).toBe("Jeremy’s & ‘quoted’ <b>");
    expect(page.items).toHaveLength(doc.items.length - 4);
    expect(page.items[1]?.title).toBeNull();
    const dropped = page.warnings.filter((w) => w.code === "dropped-entry");
    expect(dropped.map((w) => w.count)).toEqual([4, 1]);
  });

  it("reads every collected feed into a valid page: whole feeds without truncated-input, entries with a title or link", () => {
    const root = new URL("../../fixtures/feeds/", import.meta.url);
    const notFeeds = new Set(["feedparser-1.1.6/notafeed.html", "rss-parser-3.4.0/unrecognized.rss"]);
    const empty = new Set([
      "feedparser-0.13.4/codeGoogle.atom",
      "feedparser-0.16.6/ngfeed.xml",
      "rss-parser-3.4.0/missing-fields.atom",
    ]);
    const files = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(new URL(`${d.name}/`, root)).map((f) => `${d.name}/${f}`))
      .filter((f) => !/\/(LICENSE|README\.md)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(78);
    for (const file of files) {
      const page = parse(new Uint8Array(real(file)));
      if (notFeeds.has(file)) {
        expect(page.kind, file).not.toBe("feed");
        continue;
      }
      expect(page.kind, file).toBe("feed");
      expect(NewsPage.parse(page), file).toBeTruthy();
      expect(codes(page), file).not.toContain("truncated-input");
      if (empty.has(file)) expect(page.items, file).toEqual([]);
      else expect(page.items.length, file).toBeGreaterThan(0);
      expect(
        page.items.every((i) => i.title || i.url),
        file,
      ).toBe(true);
    }
  });
});
