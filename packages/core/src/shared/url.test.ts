import { describe, expect, it } from "vitest";
import { parseFeed } from "../feed/index.js";
import { parseHtml } from "../html/index.js";
import { parseText } from "../text/index.js";
import { absoluteUrl, normalizeUrl, pageUrlOf, safeUrl } from "./url.js";

// what browsers read as a script or local link, however it is spelled
const HOSTILE = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\r\nscript:alert(1)",
  " \u0001javascript:alert(1)",
  "java&#x09;script:alert(1)",
  "&#106;avascript:alert(1)",
  "javascript&colon;alert(1)",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "data:text/html,<script>alert(1)</script>",
  "mailto:a@example.org",
  "tel:+123",
];

describe("normalizeUrl", () => {
  it("drops every scheme but http and https, as a browser would parse it", () => {
    for (const url of HOSTILE) {
      expect(normalizeUrl(url), JSON.stringify(url)).toBeNull();
      expect(absoluteUrl(url, "https://example.org/"), JSON.stringify(url)).toBeNull();
      expect(absoluteUrl(url, null), JSON.stringify(url)).toBeNull();
      expect(safeUrl(url), JSON.stringify(url)).toBeNull();
    }
  });

  it("keeps mailto only when asked", () => {
    expect(normalizeUrl("mailto:a@example.org", { mailto: true })).toBe("mailto:a@example.org");
    expect(normalizeUrl("java\tscript:x", { mailto: true })).toBeNull();
  });

  it("resolves and normalises web links the WHATWG way", () => {
    expect(absoluteUrl("/a b?x=1#f", "https://Example.org/news/")).toBe("https://example.org/a%20b?x=1#f");
    expect(absoluteUrl("  https://example.org/x\n ", null)).toBe("https://example.org/x");
    expect(absoluteUrl("ht\ttps://example.org/", null)).toBe("https://example.org/");
    expect(absoluteUrl("//cdn.example.org/i.png", "http://example.org/")).toBe(
      "http://cdn.example.org/i.png",
    );
    expect(absoluteUrl("#top", "https://example.org/")).toBeNull();
  });

  it("keeps what it kept before: relative links without a base, broken http links as written", () => {
    expect(absoluteUrl("/news/1", null)).toBe("/news/1");
    expect(absoluteUrl("http://[broken", null)).toBe("http://[broken");
    expect(safeUrl("/news/1")).toBeNull();
    expect(absoluteUrl("", null)).toBeNull();
    expect(absoluteUrl(null, null)).toBeNull();
  });

  it("takes empty, huge and binary input in stride", () => {
    expect(normalizeUrl("   ")).toBeNull();
    expect(normalizeUrl("\u0000\u0001\uFFFD\uD800")).toBeNull();
    const long = `https://example.org/${"a".repeat(1_000_000)}`;
    expect(normalizeUrl(long)?.length).toBe(long.length);
    expect(normalizeUrl(`${"java\t".repeat(100_000)}script:x`)).toBeNull();
    expect(normalizeUrl("&".repeat(100_000))).toBeNull();
  });

  it("refuses a page URL that is not absolute http(s)", () => {
    expect(pageUrlOf({ url: "https://example.org/n" })).toBe("https://example.org/n");
    expect(pageUrlOf({ url: "java\tscript:alert(1)" })).toBeNull();
    expect(pageUrlOf({})).toBeNull();
  });
});

describe("no script link reaches a model field", () => {
  const rows = Array.from(
    { length: 4 },
    (_, i) =>
      `<li><a href="java&#x09;script:alert(${i})">Headline number ${i} of the list</a> <span>2020-07-0${i + 1}</span></li>`,
  ).join("");

  it("html listings, articles and page URLs", () => {
    const listing = parseHtml(`<html><body><ul>${rows}</ul></body></html>`, { url: "https://example.org/" });
    expect(listing.items.length).toBeGreaterThan(0);
    for (const item of listing.items) expect(item.url).toBeNull();
    const article = parseHtml(
      `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="vbscript:x"></head><body><article><h1>Title</h1><p>${"Body text. ".repeat(40)}</p></article></body></html>`,
      { url: "file:///etc/passwd" },
    );
    expect(article.url).toBeNull();
    expect(article.items[0]?.url ?? null).toBeNull();
    expect(article.items[0]?.image ?? null).toBeNull();
  });

  it("RSS, Atom and JSON Feed items, images and feed links", () => {
    const rss = parseFeed(
      `<rss version="2.0"><channel><title>T</title><link>javascript:alert(1)</link><item><title>A</title><link>java&amp;#x09;script:alert(1)</link><description>x</description><enclosure url="data:image/png,xx" type="image/png"/></item><item><title>B</title><link>java\tscript:alert(2)</link><media:content url="file:///x.png"/></item></channel></rss>`,
    );
    expect(rss.url).toBeNull();
    expect(rss.items.map((i) => [i.url, i.image])).toEqual([
      [null, null],
      [null, null],
    ]);
    const atom = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title><id>1</id><link href="vbscript:x"/><content>x</content></entry></feed>`,
    );
    expect(atom.items[0]?.url).toBeNull();
    const json = parseFeed(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "T",
        home_page_url: "javascript:alert(1)",
        items: [{ id: "1", url: "java\tscript:alert(1)", image: "data:x", content_text: "x" }],
      }),
    );
    expect(json.url).toBeNull();
    expect(json.items[0]?.url).toBeNull();
    expect(json.items[0]?.image).toBeNull();
  });

  it("text pages", () => {
    const page = parseText("21 December 2017\n\nThe delegation met.", { url: "javascript:alert(1)" });
    expect(page.url).toBeNull();
  });
});
