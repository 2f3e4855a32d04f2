import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pageFromDump } from "../../fixtures/enrich/page.js";
import { view } from "../../fixtures/enrich/view.js";
import { parseHtml } from "../html/index.js";
import { NewsPage } from "../model/page.js";
import { parseText } from "../text/index.js";
import { enrich, fingerprint, fingerprintDistance, isNearDuplicate } from "./index.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/enrich/${name}`, import.meta.url), "utf8");
const seed = fixture("seed.txt");
// the seed as the text parser reads it: the golden test covers the path users take
const seedPage = () => parseText(seed);

describe("enrich on the seed", () => {
  it("finds, item by item, exactly the hand-written golden enrichment", () => {
    const page = enrich(seedPage(), { input: seed });
    const golden = JSON.parse(fixture("seed.golden.json"));
    expect(page.items.map((i) => view(i.enrichment as NonNullable<typeof i.enrichment>, seed))).toEqual(
      golden,
    );
  });

  it("finds the same from the test helper's items as from parseText's", () => {
    const helper = enrich(pageFromDump(seed, /^\d+ December 2017 In /, "2017-12-21"));
    expect(helper.items.map((i) => view(i.enrichment as NonNullable<typeof i.enrichment>, seed))).toEqual(
      JSON.parse(fixture("seed.golden.json")),
    );
  });

  it("gives the same spans with or without the input (a text dump is verbatim)", () => {
    const a = enrich(seedPage(), { input: seed });
    const b = enrich(seedPage());
    expect(b.items.map((i) => i.enrichment)).toEqual(a.items.map((i) => i.enrichment));
  });

  it("points quote spans at the words inside the marks", () => {
    const quote = enrich(seedPage()).items[2]?.enrichment?.quotes[0];
    const start = seed.indexOf("The aim of the meetings");
    expect(quote?.span).toEqual({ start, end: seed.indexOf("talks.”") + "talks.".length });
    expect(quote?.speaker?.span.start).toBe(seed.indexOf("Khalid Al-Mahamid"));
  });

  it("returns a page that passes the schema, and leaves the page given alone", () => {
    const before = seedPage();
    const copy = structuredClone(before);
    const after = enrich(before);
    expect(NewsPage.parse(after).items[0]?.enrichment?.lang).toBe("en");
    expect(before).toEqual(copy);
    expect(after.items.map((i) => i.id)).toEqual(before.items.map((i) => i.id));
  });
});

describe("packaging", () => {
  it("keeps enrichment out of the main entry, so parsing never loads compromise or the gazetteer", () => {
    const main = readFileSync(new URL("../index.ts", import.meta.url), "utf8");
    expect(main).not.toMatch(/enrich|compromise|gazetteer/);
  });
});

describe("HTML input", () => {
  it("maps spans through tags and entities when given the decoded input", () => {
    const html = `<!doctype html><html><head><title>Strike</title></head><body><article><h1>Strike on Douma</h1><p>Local activists said that jets struck the town of Douma on <b>Monday</b>, killing 12 civilians &amp; injuring 30 others.</p><p>&ldquo;We could not reach the wounded for hours,&rdquo; said <a href="https://example.org/a-very-long-link-to-a-profile-page-of-the-person">Omar Hassan</a>, a rescuer.</p><p>The bombardment lasted all night and the residents of the town have been sheltering in basements since the beginning of the week.</p></article></body></html>`;
    const e = enrich(parseHtml(html), { input: html }).items[0]?.enrichment;
    const at = (s: { start: number; end: number } | undefined) => (s ? html.slice(s.start, s.end) : null);
    expect(e?.quotes.map((q) => [q.kind, at(q.span), at(q.speaker?.span)])).toEqual([
      [
        "reported",
        "jets struck the town of Douma on <b>Monday</b>, killing 12 civilians &amp; injuring 30 others",
        "Local activists",
      ],
      ["direct", "We could not reach the wounded for hours", "Omar Hassan"],
    ]);
    expect(e?.figures.map((f) => at(f.span))).toEqual(["killing 12 civilians", "injuring 30 others"]);
    expect(e?.entities.map((x) => [x.id, x.mentions.map((m) => at(m.span))])).toEqual([
      ["place:SY:douma", ["Douma"]],
      ["person:omar-hassan", ["Omar Hassan"]],
    ]);
  });
});

describe("near-duplicates", () => {
  it("links the same release found twice on a page, with different chrome and typography", () => {
    const item = seed.slice(seed.indexOf("21 December 2017"), seed.indexOf("21 December 2017", 100));
    const retyped = item
      .replace(/’/g, "'")
      .replace(/\bAssad\b/, "al-Assad")
      .replace("Thursday", "Thursday,");
    const input = `Latest\n\n${item}\nMenu Share Print\n\n${retyped}\n22 December 2017 In Other\n\nSomething else entirely: the weather was fine all week in the capital and nothing happened.\n`;
    const page = enrich(pageFromDump(input, /^\d+ December 2017 In /, "2017-12-21"));
    const [a, b, c] = page.items;
    expect(a?.enrichment?.duplicates).toEqual([b?.id]);
    expect(b?.enrichment?.duplicates).toEqual([a?.id]);
    expect(c?.enrichment?.duplicates).toEqual([]);
  });

  it("links many items without comparing every pair, and never links empty items", () => {
    const seedItem = parseText(seed).items[0] as NewsPage["items"][number];
    const many = Array.from({ length: 3000 }, (_, n) => ({
      ...seedItem,
      id: `n_${n}`,
      paragraphs:
        n % 1000 === 0
          ? seedItem.paragraphs
          : [`Item number ${n} says something of its own: ${n * 7919} and ${n * 104729}.`],
      spans: { ...seedItem.spans, paragraphs: [] },
    }));
    const empty = { ...seedItem, id: "n_empty", paragraphs: [], title: null };
    const page = enrich({ ...parseText(seed), items: [...many, empty, { ...empty, id: "n_empty2" }] });
    expect(page.items[0]?.enrichment?.duplicates).toEqual(["n_1000", "n_2000"]);
    expect(page.items.at(-1)?.enrichment?.duplicates).toEqual([]);
  });

  it("compares fingerprints across pages", () => {
    const text = seed.slice(0, 1500);
    expect(fingerprint(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(text)).toBe(fingerprint(text.toUpperCase().replace(/,/g, " ")));
    expect(
      fingerprintDistance(fingerprint(text), fingerprint(`${text} Also shared on social media.`)),
    ).toBeLessThanOrEqual(3);
    expect(isNearDuplicate(fingerprint(text), fingerprint(seed.slice(2000, 3500)))).toBe(false);
    expect(fingerprintDistance("zz", fingerprint(text))).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("bad input", () => {
  const one = (paragraphs: string[]) => {
    const input = `1 May 2020 In News\n\n${paragraphs.join("\n\n")}\n`;
    return { input, page: pageFromDump(input, /^1 May 2020 In /, "2020-05-01") };
  };

  it("enriches an empty page and an item with no paragraphs", () => {
    const empty = { ...seedPage(), items: [] };
    expect(enrich(empty).items).toEqual([]);
    const bare = seedPage();
    const item = bare.items[0] as (typeof bare.items)[number];
    const page = enrich({
      ...bare,
      items: [
        { ...item, paragraphs: [], spans: { ...item.spans, paragraphs: [] }, source: null, date: null },
      ],
    });
    const e = page.items[0]?.enrichment;
    expect(e && [e.quotes, e.entities, e.figures, e.eventDates, e.documents, e.attributions]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(e?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it("survives binary garbage, unterminated quotes and paragraphs whose spans are wrong", () => {
    let garbage = "";
    for (let i = 0; i < 20_000; i++) garbage += String.fromCharCode((i * 7919) % 65_536);
    const { page, input } = one([garbage, "“never closed, said nobody said: “ « „ 「", "\uFFFD".repeat(500)]);
    const item = page.items[0] as (typeof page.items)[number];
    const broken = {
      ...page,
      items: [{ ...item, spans: { ...item.spans, paragraphs: [{ start: 5, end: 2 }] } }],
    };
    expect(() => enrich(page, { input })).not.toThrow();
    expect(() => enrich(broken as typeof page, { input })).not.toThrow();
    for (const q of enrich(page, { input }).items[0]?.enrichment?.quotes ?? [])
      expect(q.span.end).toBeLessThanOrEqual(input.length);
  });

  it("handles a huge paragraph of speech, numbers and names", () => {
    const sentence =
      "Local activists said that 12 people were killed in the town of Kafr Nabl in rural Idlib on Monday. ";
    const { page } = one([sentence.repeat(20_000)]);
    const e = enrich(page).items[0]?.enrichment;
    expect(e?.figures[0]).toMatchObject({ kind: "killed", count: 12, who: "people" });
    expect(e?.eventDates[0]).toMatchObject({ date: "2020-04-27" });
  });
});
