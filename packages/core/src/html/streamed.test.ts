import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { parseHtml } from "./index.js";

const fixture = (name: string) =>
  new TextDecoder().decode(gunzipSync(readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url))));
const article = (paragraphs: string) =>
  `<p>${"The council met on Tuesday to discuss the harbour budget and the new ferry timetable. ".repeat(3)}</p>${paragraphs}`;

describe("pages rendered by streaming (React's Suspense: hidden segments moved into placeholders)", () => {
  // WCXB dev article 4503 (fool.com): the text is streamed in 40 hidden segments after the page
  const html = fixture("article-streamed.html.gz");
  const item = parseHtml(html, { url: "https://www.fool.com/investing/how-to-invest/index-funds/" }).items[0];
  const paragraphs = item?.paragraphs ?? [];

  it("reads the text in the order a reader sees it, without the placeholders' 'Loading…'", () => {
    expect(paragraphs[0]).toMatch(/^You don't need to be a stock market expert/);
    const at = (text: string) => paragraphs.findIndex((p) => p.startsWith(text));
    expect(at("How do index funds work?")).toBeGreaterThan(0);
    expect(at("How do index funds work?")).toBeLessThan(at("Tax considerations"));
    expect(paragraphs.some((p) => /^Loading (paragraph|image)/.test(p))).toBe(false);
  });

  it("keeps every paragraph's span on its own text in the page, and the item's span around them all", () => {
    const spans = item?.spans.paragraphs ?? [];
    expect(spans).toHaveLength(paragraphs.length);
    spans.forEach((span, i) => {
      const shown = decodeHTML(html.slice(span.start, span.end).replace(/<[^>]*>/g, "")).replace(/\s+/g, " ");
      expect(shown).toContain((paragraphs[i] as string).replace(/\s+/g, " ").slice(0, 12));
      expect(span.start).toBeGreaterThanOrEqual(item?.span.start ?? Number.NaN);
      expect(span.end).toBeLessThanOrEqual(item?.span.end ?? Number.NaN);
    });
  });

  it("follows React's own instructions when the page kept them, and drops the marked fallback", () => {
    const page = `<html><body><article><h1>Harbour budget passes</h1><!--$?--><template id="B:0"></template><div>Loading...</div><!--/$--></article>
      <div hidden id="S:0"><p>Wrong segment: this one belongs elsewhere.</p></div>
      <div hidden id="S:1">${article("<p>The ferry will run every hour from May.</p>")}</div>
      <script>$RC("B:0","S:1")</script></body></html>`;
    const text = parseHtml(page).items[0]?.paragraphs.join("\n") ?? "";
    expect(text).toContain("The ferry will run every hour from May.");
    expect(text).not.toContain("Loading...");
    expect(text).not.toContain("Wrong segment");
  });

  it("leaves a segment that holds its own placeholder where it is, without looping", () => {
    const page = `<html><body><article><h1>Harbour budget passes</h1></article><div hidden id="S:0">${article(
      '<template id="B:0"></template><p>Inside its own segment.</p>',
    )}</div></body></html>`;
    expect(parseHtml(page).items).toHaveLength(1);
  });
});
