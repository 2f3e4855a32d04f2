// The text parser's stages one by one (line classification, undated anchors, shape inference) on
// real pages copied into fixtures/text; parse.test.ts and shapes.test.ts test them together.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isRelative } from "../dates/relative.js";
import { mayBeAge, undatedList } from "./anchors.js";
import { scanLines } from "./classify.js";
import { splitLines } from "./lines.js";
import { dominant, pieces, readDates, titlePlace } from "./shape.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), "utf8");

function classified(page: string) {
  const text = fixture(`${page}.txt`);
  const lines = splitLines(text);
  return { text, lines, ...scanLines(text, lines) };
}

describe("lines: distinct texts", () => {
  it("numbers lines that read alike the same and others apart, and cuts their text once (107 and its w3m dump)", () => {
    // (two dumps of one page: 1,159 lines, past the size from which lines share their facts)
    const lines = splitLines(`${fixture("107.txt")}\n${fixture("107.w3m.txt")}`);
    expect(lines.length).toBeGreaterThan(1024);
    const byText = new Map<string, number>();
    let repeated = 0;
    for (let i = 0; i < lines.length; i++) {
      const text = lines.text(i);
      const id = lines.textId(i);
      const seen = byText.get(text);
      if (seen === undefined) {
        // a new text gets a number no other text has
        expect([...byText.values()]).not.toContain(id);
        byText.set(text, id);
      } else {
        expect(id).toBe(seen);
        repeated++;
      }
    }
    expect(repeated).toBeGreaterThan(20);
    expect(lines.distinctTexts()).toBe(byText.size);
    // "Read more" and the page's menu come back: the lines share one string
    const first = new Map<number, string>();
    for (let i = 0; i < lines.length; i++) {
      const kept = first.get(lines.textId(i));
      if (kept === undefined) first.set(lines.textId(i), lines.text(i));
      else expect(Object.is(lines.text(i), kept)).toBe(true);
    }
  });

  it("gives texts that share their ends and length numbers of their own", () => {
    // (the hash reads 8 code units at each end: these differ only between them)
    const a = "Press release of the ministry: alpha talks on the coalition";
    const b = "Press release of the ministry: beta. talks on the coalition";
    const c = "Press release of the ministry: gamma talks on the coalition";
    const lines = splitLines(`${`${a}\n${b}\n`.repeat(600)}${c}\n`);
    const ids = new Set<number>();
    for (let i = 0; i < lines.length; i++) ids.add(lines.textId(i));
    expect(ids.size).toBe(3);
    expect(lines.text(1200)).toBe(c);
    expect(lines.textId(0)).toBe(lines.textId(2));
    expect(lines.textId(0)).not.toBe(lines.textId(1));
    expect(lines.linesWithText(lines.textId(1))).toBe(600);
  });

  it("leaves each line of a small page a text of its own (101)", () => {
    const lines = splitLines(fixture("101.txt"));
    for (let i = 0; i < lines.length; i++) {
      expect(lines.textId(i)).toBe(i);
      expect(lines.linesWithText(i)).toBe(1);
    }
  });
});

describe("lines: wrapped paragraphs", () => {
  it("finds the width a text browser wrapped the page at, and which lines go on in the next (105, lynx)", () => {
    const lines = splitLines(fixture("105.lynx.txt"));
    expect(lines.wrapWidth()).toBeGreaterThan(180);
    expect(lines.wrapWidth()).toBeLessThanOrEqual(200);
    const at = (start: string) => {
      for (let i = 0; i < lines.length; i++) if (lines.text(i).startsWith(start)) return i;
      throw new Error(`no line starts with ${start}`);
    };
    // a paragraph's first line runs on into its second; its last line does not, nor does a headline
    expect(lines.wrapsInto(at("Is Slack eating email?"))).toBe(true);
    expect(lines.wrapsInto(at("email because it’s more immediate"))).toBe(false);
    expect(lines.wrapsInto(at("Having Trouble Keeping Up with Group Chat?"))).toBe(false);
  });

  it("sees no wrapping in a page of unwrapped paragraphs (105, as the corpus's converter dumps it)", () => {
    const lines = splitLines(fixture("105.txt"));
    expect(lines.wrapWidth()).toBe(0);
  });
});

describe("classify: scanLines", () => {
  it("makes a repeated line's candidate from its text's as the line alone makes it (a page printed twice: 104, 105)", () => {
    for (const name of ["104.txt", "104.w3m.txt", "105.lynx.txt"]) {
      // alone, the page's lines do not share texts (under 1,024 lines): each candidate is made from
      // its own line; printed twice, the second copy's dated lines repeat the first's texts
      const page = fixture(name);
      const alone = splitLines(page);
      const twice = `${page}\n${page}`;
      const lines = splitLines(twice);
      expect(alone.sharesTexts()).toBe(false);
      expect(lines.sharesTexts()).toBe(true);
      const own = scanLines(page, alone).candidates.toArray();
      const { candidates } = scanLines(twice, lines);
      expect(own.length).toBeGreaterThan(5);
      expect(candidates).toHaveLength(2 * own.length);
      const chars = page.length + 1;
      // (the second copy's first line: after the first copy's, and the blank line its closing line
      // break and the joining one make)
      const down = lines.length - alone.length;
      const moved = <T extends { start: number; end: number }>(span: T): T => ({
        ...span,
        start: span.start + chars,
        end: span.end + chars,
      });
      own.forEach((c, k) => {
        const second = own.length + k;
        const expected = {
          ...c,
          first: c.first + down,
          last: c.last + down,
          match: moved(c.match),
          suffixStart: c.suffixStart + chars,
          prefixStart: c.prefixStart + chars,
          author: c.author && moved(c.author),
          updated: c.updated && moved(c.updated),
        };
        // what the list reads of an entry before it is made, then the candidate made
        expect([candidates.first(second), candidates.last(second), candidates.key(second)]).toEqual([
          expected.first,
          expected.last,
          expected.key,
        ]);
        expect([candidates.prefix(second), candidates.suffix(second)]).toEqual([c.prefix, c.suffix]);
        expect(candidates.at(second)).toEqual(expected);
        expect(twice.slice(expected.match.start, expected.match.end)).toBe(c.match.text);
      });
    }
  });

  it("takes a date that opens a long teaser line as a header, whatever the line's length (104)", () => {
    const { candidates, lines } = classified("104");
    expect(candidates).toHaveLength(8);
    const first = candidates.at(0);
    expect(first && lines.size(first.first)).toBeGreaterThan(240);
    expect(first?.match.text).toBe("05.12.2022");
  });

  it("drops a bare 'by' after the date (110)", () => {
    const { candidates } = classified("110");
    expect(candidates.toArray().map((c) => c.suffix)).toEqual([""]);
  });

  it("keeps a CJK headline before a date as text, not as a label (103)", () => {
    const { candidates } = classified("103");
    expect(new Set(candidates.toArray().map((c) => c.key))).toEqual(new Set(["d-d-d|text|"]));
  });

  it("notes month-only lines as month headings (109)", () => {
    const { candidates, monthLines } = classified("109");
    expect(candidates).toHaveLength(0);
    expect(monthLines.size).toBe(19);
  });
});

describe("anchors: undatedList", () => {
  it.each([
    ["107", "age", 10],
    ["109", "month", 19],
    ["116", "byline", 5],
  ])("heads the undated list of %s with its %s lines", (page, kind, count) => {
    const { lines, monthLines } = classified(page);
    const list = undatedList(lines, monthLines);
    expect(list?.kind).toBe("headers");
    if (list?.kind !== "headers") return;
    expect(list.headers.map((h) => h.kind)).toEqual(new Array(count).fill(kind));
  });

  it.each([
    ["113", 10],
    ["114", 8],
    ["115", 10],
  ])("cuts the undated list of %s between its repeated marker lines", (page, count) => {
    const { lines, monthLines } = classified(page);
    const list = undatedList(lines, monthLines);
    expect(list?.kind).toBe("segments");
    if (list?.kind === "segments") expect(list.drafts).toHaveLength(count);
  });

  it("takes no month heading from an archive widget's column of months (105's sidebar)", () => {
    const text = fixture("105.txt");
    const sidebar = text.slice(text.indexOf("Archives"));
    const lines = splitLines(sidebar);
    const { monthLines } = scanLines(sidebar, lines);
    expect(monthLines.size).toBeGreaterThanOrEqual(8);
    expect(undatedList(lines, monthLines)?.kind).not.toBe("headers");
  });

  it("finds no list in a page of menu lines that come back in a row", () => {
    const lines = splitLines("Home\nAbout us\n".repeat(20));
    expect(undatedList(lines, new Set())).toBeNull();
  });
});

describe("shape: titlePlace", () => {
  it.each([
    ["101", "below"],
    ["102", "above"],
    ["104", "teaser"],
    ["105", "footer"],
    ["106", "above"],
    ["110", "above"],
    ["111", "below"],
  ])("reads where the headline sits on %s: %s", (page, place) => {
    const { lines, candidates, monthLines } = classified(page);
    const headers = readDates(dominant(candidates), null, []);
    expect(titlePlace(headers, lines, monthLines)).toBe(place);
  });
});

describe("anchors: mayBeAge", () => {
  it("keeps every age the dates module reads, in either case", () => {
    const ages = [
      "3 hours ago",
      "Yesterday",
      "TODAY",
      "il y a 3 jours",
      "hace 2 días",
      "Hace un momento",
      "vor 2 Tagen",
      "há 3 dias",
      "ha 2 giorni",
      "gestern",
      "hier",
      "aujourd'hui",
      "ayer",
      "hoy",
      "ieri",
      "oggi",
      "heute",
      "gisteren",
      "vandaag",
      "wczoraj",
      "dziś",
      "вчера",
      "сегодня",
      "昨天",
      "今天",
      "一天前",
      "tre giorni fa",
      "drie dagen geleden",
      "trzy dni temu",
      "два дня назад",
      "dos días atrás",
    ];
    for (const text of [...ages, ...ages.map((a) => a.toUpperCase())]) {
      if (isRelative(text)) expect(mayBeAge(text), text).toBe(true);
    }
    expect(ages.filter((a) => isRelative(a)).length).toBeGreaterThan(15);
    expect(mayBeAge("About us")).toBe(false);
  });

  it("keeps every relative time of CLDR's that the dates module reads (30 languages)", () => {
    const { relative } = JSON.parse(
      readFileSync(new URL("../../fixtures/dates/cldr.json", import.meta.url), "utf8"),
    ) as { relative: [string, string][] };
    const texts = relative.map(([, text]) => text);
    const read = [...texts, ...texts.map((t) => t.toUpperCase())].filter((t) => isRelative(t));
    expect(read.length).toBeGreaterThan(texts.length);
    expect(read.filter((t) => !mayBeAge(t))).toEqual([]);
  });
});

describe("pieces", () => {
  it("counts what split(/\\s+/) cuts a suffix into, spaces at either end and beyond ASCII included", () => {
    const parts = ["", " ", "  ", "a", "ago", "\u00a0", "\u3000", "\t", "In", "News", "\u2009", "|", "2"];
    // every string of up to four parts (a fixed set, some 38,000 strings)
    const all = [""];
    for (let n = 0; n < 4; n++) for (const s of all.slice()) for (const p of parts) all.push(s + p);
    for (const t of all) expect(pieces(t)).toBe(t.split(/\s+/).length);
  });
});
