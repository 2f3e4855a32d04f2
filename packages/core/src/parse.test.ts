import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFeed } from "./feed/index.js";
import { parseHtml } from "./html/index.js";
import { NewsPage } from "./model/page.js";
import { detectFormat, parse, parseDocument } from "./parse.js";
import { parseText } from "./text/index.js";

const feed = readFileSync(new URL("../fixtures/feed/rss2.xml", import.meta.url), "utf8");
const html = `<!doctype html><html><head><title>Bridge</title></head><body><article><h1>Council approves new bridge</h1>
<p>${"The town council voted on Tuesday to approve the bridge, ending a long debate. ".repeat(4)}</p></article></body></html>`;
const text =
  "Coalition News\n\n21 December 2017\n\nThe delegation of the Syrian Coalition met the envoy in Geneva on Thursday to discuss the talks.\n";

describe("detectFormat", () => {
  it("tells feeds, HTML and text dumps apart by content", () => {
    expect(detectFormat(feed)).toBe("feed");
    expect(
      detectFormat(
        '\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>',
      ),
    ).toBe("feed");
    expect(detectFormat('<rdf:RDF xmlns:rdf="x"></rdf:RDF>')).toBe("feed");
    expect(detectFormat('{"version": "https://jsonfeed.org/version/1.1", "items": []}')).toBe("feed");
    expect(detectFormat(html)).toBe("html");
    expect(detectFormat("<div><p>Hello</p><p>World</p></div>")).toBe("html");
    expect(detectFormat(text)).toBe("text");
    expect(detectFormat("Prices rose 3% <and> fell, said a <source>.")).toBe("text");
  });

  it("lets contentType settle what the content leaves open, never override clear content", () => {
    expect(detectFormat("Hello", "text/html; charset=utf-8")).toBe("html");
    expect(detectFormat("", "application/rss+xml")).toBe("feed");
    expect(detectFormat(html, "text/plain")).toBe("html");
  });
});

describe("parse", () => {
  it("dispatches to the feed, HTML and text parsers, whatever the file was called", () => {
    expect(parse(feed)).toMatchObject({ kind: "feed", inputInfo: { format: "feed" } });
    const page = parse(new TextEncoder().encode(html));
    expect(page).toMatchObject({ kind: "article", inputInfo: { format: "html", encoding: "utf-8" } });
    expect(page.items[0]?.title).toBe("Council approves new bridge");
    const dump = parse(text);
    expect(dump.inputInfo.format).toBe("text");
    expect(dump.items[0]?.date).toBe("2017-12-21");
  });

  it("gives back the decoded text that the spans of a page parsed from bytes index into", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]);
    const { page, text: decoded } = parseDocument(bytes);
    expect(decoded).toBe(html);
    const title = page.items[0]?.spans.title;
    expect(title && decoded.slice(title.start, title.end)).toBe("Council approves new bridge");
    expect(parseDocument(text).page).toEqual(parse(text));
  });

  it("decodes legacy bytes by the contentType charset before detecting", () => {
    const bytes = readFileSync(new URL("../fixtures/html/charset-undeclared-1252.html", import.meta.url));
    const page = parse(new Uint8Array(bytes), { contentType: "text/html; charset=windows-1252" });
    expect(page.inputInfo).toMatchObject({ format: "html", encoding: "windows-1252" });
    expect(page.items[0]?.paragraphs.join(" ")).toContain("crème brûlée");
    const gbk = parse(
      new Uint8Array(readFileSync(new URL("../fixtures/html/charset-gbk.html", import.meta.url))),
    );
    expect(gbk.items[0]?.title).toBe("新闻标题：深圳发布会");
  });

  it("returns valid pages for empty, binary and huge-line input, and typed errors for the rest", () => {
    for (const input of ["", new Uint8Array(), new Uint8Array(5000).fill(0), "x".repeat(200_000)]) {
      expect(NewsPage.parse(parse(input))).toBeTruthy();
    }
    // the same limit, and the same coded errors, whichever parser is the entry point
    for (const entry of [parse, parseText, parseHtml, parseFeed]) {
      for (const input of [html, new TextEncoder().encode(html)]) {
        expect(() => entry(input, { maxBytes: 10 })).toThrow(
          expect.objectContaining({ code: "input-too-large" }),
        );
      }
      expect(() => entry({} as unknown as string)).toThrow(
        expect.objectContaining({ code: "invalid-input" }),
      );
    }
    expect(() => parse(null as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid-input" }),
    );
    expect(() => parse('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><rss/>')).toThrow(
      expect.objectContaining({ code: "unsafe-xml" }),
    );
  });
});
