import { readFileSync } from "node:fs";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { dayLabel, fit, isNarrow, NARROW_RANGES, printable, width, wrap } from "./text.js";

describe("width", () => {
  const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  it("counts the narrow characters (its fast path) as string-width does: one column, one grapheme each", () => {
    let checked = 0;
    for (const [from, to] of NARROW_RANGES) {
      for (let cp = from; cp <= to; cp++) {
        const c = String.fromCodePoint(cp);
        // one column alone, and never joined to a neighbour (a mark, a joiner, a variation selector would)
        if (stringWidth(c) !== 1 || [...graphemes.segment(`a${c}${c}a`)].length !== 4)
          throw new Error(`U+${cp.toString(16)} is not narrow`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    for (const text of ["Geneva talks • “resumed” — €5…", "Ελληνικά και кириллица", "naïve café ★"]) {
      expect(isNarrow(text)).toBe(true);
      expect(width(text)).toBe(stringWidth(text));
    }
    // anything else takes string-width's way: wide, combining, emoji, soft hyphen
    for (const text of ["日本語", "e\u0301", "👩‍👩‍👧", "soft\u00adhyphen", "⌚"]) {
      expect(isNarrow(text)).toBe(false);
      expect(width(text)).toBe(stringWidth(text));
    }
  });

  it("is the same table as Ink's patch (patches/ink@6.8.0.patch measures and cuts rows by it)", () => {
    const patch = readFileSync(new URL("../../../patches/ink@6.8.0.patch", import.meta.url), "utf8");
    const tables = [...patch.matchAll(/^\+const NARROW = \/\^\[(.*)\]\*\$\/;$/gm)].map((m) => m[1]);
    const hex = (n: number) => `\\u${n.toString(16).padStart(4, "0")}`;
    const ours = NARROW_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join("");
    expect(tables).toEqual([ours, ours]);
  });
});

describe("fit", () => {
  const samples = [
    "关于新增渤海证券股份有限公司为东方阿尔法优势产业混合型发起式证券投资基金",
    "عَنْوَانُ الْخَبَرِ بِالْعَرَبِيَّةِ مع حركات",
    "כּוֹתֶרֶת בְּעִבְרִית עם ניקוד",
    "Latin headline that is long enough to be cut somewhere",
    "emoji 👩‍👩‍👧 family and flags 🇫🇷🇩🇪",
  ];
  it("is exactly the width asked for, by display width, cut or padded", () => {
    for (const text of samples) {
      for (let columns = 1; columns <= 70; columns++) expect(width(fit(text, columns))).toBe(columns);
    }
  });

  it("keeps text that fits and marks a cut with an ellipsis", () => {
    expect(fit("short", 8)).toBe("short   ");
    expect(fit("日本語の見出し", 9)).toBe("日本語の…");
    expect(fit("", 0)).toBe("");
  });
});

describe("wrap", () => {
  it("wraps by display width, breaking CJK runs without spaces", () => {
    const lines = wrap("日本語の見出しです。".repeat(10), 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => width(line) <= 20)).toBe(true);
    expect(lines.join("")).toBe("日本語の見出しです。".repeat(10));
  });

  it("gives nothing for empty or blank text", () => {
    expect(wrap("", 10)).toEqual([]);
    expect(wrap(" \n\t ", 10)).toEqual([]);
  });
});

describe("printable", () => {
  it("drops terminal controls from archive text (an ESC must not drive the terminal)", () => {
    expect(printable("a\u001B[2Jb\u0007c\u009Bd")).toBe("a[2Jbcd");
    expect(printable("line\r\nnext\rlast")).toBe("line\nnext\nlast");
  });
});

describe("dayLabel", () => {
  it("reads an ISO day as a heading, and an undated item as Undated", () => {
    expect(dayLabel("2017-12-21")).toBe("Thursday, 21 December 2017");
    expect(dayLabel(null)).toBe("Undated");
  });
});
