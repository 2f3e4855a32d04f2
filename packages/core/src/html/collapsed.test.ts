import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseHtml } from "./index.js";

const fixture = (name: string) =>
  new Uint8Array(gunzipSync(readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url))));
const lead = `<p>${"The council met on Tuesday to discuss the harbour budget and the new ferry timetable. ".repeat(4)}</p>`;
const body = (html: string) => parseHtml(html).items[0]?.paragraphs.join("\n") ?? "";

describe("collapsed panels (accordions, FAQs): text a reader opens", () => {
  it("reads the answers of a real FAQ accordion (WCXB dev 4497, Chakra UI, display:none panels)", () => {
    const text = parseHtml(fixture("article-faq-accordion.html.gz"), {
      url: "https://www.cartalk.com/car-reviews/best-electric-vehicles",
    }).items[0]?.paragraphs.join("\n");
    expect(text).toContain("Car Talk named the Ford Mustang Mach-E the best EV overall");
  });

  it("reads a panel its button names in aria-controls, and one right after its button", () => {
    const named = `<html><body><article><h1>Harbour budget</h1>${lead}<h3><button aria-expanded="false" aria-controls="a1">When does the ferry run?</button></h3><div id="a1" hidden><p>Every hour from May, the council said.</p></div></article></body></html>`;
    expect(body(named)).toContain("Every hour from May");
    const next = `<html><body><article><h1>Harbour budget</h1>${lead}<h3><button aria-expanded="false">When does the ferry run?</button></h3><div aria-hidden="true" hidden><p>Every hour from May, the council said.</p></div></article></body></html>`;
    expect(body(next)).toContain("Every hour from May");
  });

  it("still leaves out what the page hides for good", () => {
    const hidden = `<html><body><article><h1>Harbour budget</h1>${lead}<div hidden><p>A draft paragraph nobody was meant to read.</p></div><div style="display:none"><p>Another one, in a style.</p></div></article></body></html>`;
    expect(body(hidden)).not.toMatch(/draft paragraph|Another one/);
    // an open panel's button says "true": the panel is shown anyway, a hidden neighbour is not a panel
    const open = `<html><body><article><h1>Harbour budget</h1>${lead}<button aria-expanded="true">Menu</button><div hidden><p>A draft paragraph nobody was meant to read.</p></div></article></body></html>`;
    expect(body(open)).not.toContain("draft paragraph");
  });
});
