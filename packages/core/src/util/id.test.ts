import { describe, expect, it } from "vitest";
import { contentHash, KeyHash } from "./hash.js";
import { itemId, normalizeForId, normalizeGeneral } from "./id.js";

// a small seeded generator: the same strings on every run
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET =
  "aZ09  .,-'\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u00e9\u00c9\u00e0\u00e7\u00f1\u00d1\u00df\u00e6\u00d8\u0131\u0130\u0133\u0149\u00bd\u00b2\u00a0\u00ad\u0301\u011f\u015e\u2002\u2044\u4e2d\u03a3\u0436";

function strings(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const length = Math.floor(next() * (i % 3 === 0 ? 500 : 30));
    let s = "";
    for (let k = 0; k < length; k++) {
      s +=
        i % 5 === 0
          ? String.fromCharCode(Math.floor(next() * 0x2100))
          : ALPHABET[Math.floor(next() * ALPHABET.length)];
    }
    return s;
  });
}

// the definition the fast paths replace
function referenceId(p: { date: string | null; title: string | null; text: string; url?: string | null }) {
  const day = p.date ? p.date.slice(0, 10) : "";
  const basis = p.title ? normalizeGeneral(p.title) : normalizeGeneral(p.text.slice(0, 400)).slice(0, 200);
  return `n_${contentHash(basis ? `${day}|${basis}` : `${day}|url:${p.url ?? ""}`)}`;
}

// cyrb53 as first written (two passes, Number#toString(16)): ids must not change
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

describe("normalizeForId", () => {
  it("ignores case, accents, punctuation and spacing", () => {
    expect(normalizeForId("  Genève’s “Talks” — ÉTÉ 2017…")).toBe("geneve s talks ete 2017");
    expect(normalizeForId("Ça va")).toBe(normalizeForId("ca VA!"));
  });

  it("fast paths equal the Unicode definition on random ASCII and non-ASCII strings", () => {
    for (const s of strings(3000, 7)) expect(normalizeForId(s)).toBe(normalizeGeneral(s));
  });
});

describe("itemId", () => {
  it("equals hashing the normalised key, for titles, openings and empty keys", () => {
    const next = random(11);
    for (const s of strings(3000, 3)) {
      const parts = {
        date: next() < 0.8 ? "2017-12-21T10:00:00Z" : null,
        title: next() < 0.5 ? s : next() < 0.5 ? "" : null,
        text: s,
        url: next() < 0.5 ? "https://example.org/a" : null,
      };
      expect(itemId(parts)).toBe(referenceId(parts));
    }
  });

  it("folds other scripts a character at a time as the definition folds the whole text", () => {
    // Han, kana with voicing marks, Hangul, Greek with Σ (final ς), Cyrillic, fullwidth and
    // halfwidth forms, an 18-unit ligature, combining marks, surrogates, and any BMP code unit
    const pieces = [
      "中文",
      "新闻",
      "が",
      "ｶﾞ",
      "한국어",
      "ΟΔΟΣ",
      "Σ",
      "ς",
      "Ϲ",
      "Ж",
      "Ｎｅｗｓ",
      "\ufdfa",
      "\u0301",
      "\u3099",
      "\ud83d\ude00",
      "\ud800",
      " ",
      "a",
      "、",
      "〇",
    ];
    const next = random(17);
    for (let i = 0; i < 4000; i++) {
      let s = "";
      const length = Math.floor(next() * 40);
      for (let k = 0; k < length; k++) {
        s +=
          next() < 0.5
            ? (pieces[Math.floor(next() * pieces.length)] as string)
            : String.fromCharCode(Math.floor(next() * 0x10000));
      }
      const parts = { date: "2020-08-16", title: i % 2 === 0 ? s : null, text: s };
      expect(itemId(parts)).toBe(referenceId(parts));
    }
  });

  it("reads other scripts past the cut the way the definition does", () => {
    for (const tail of ["中文", "Σ.", "e\u0301", "ж"]) {
      const parts = { date: "2020-08-16", title: null, text: `${"Word, ".repeat(40)}${tail}` };
      expect(itemId(parts)).toBe(referenceId(parts));
    }
  });

  it("is stable: pinned values", () => {
    expect(itemId({ date: "2017-12-21", title: null, text: "The delegation met." })).toBe(
      `n_${cyrb53("2017-12-21|the delegation met", 0)}${cyrb53("2017-12-21|the delegation met", 0x9e3779b9)}`,
    );
    expect(itemId({ date: null, title: "…", text: "", url: null })).toBe(
      `n_${cyrb53("|url:", 0)}${cyrb53("|url:", 0x9e3779b9)}`,
    );
  });

  it("takes bad input: empty, binary, huge", () => {
    expect(itemId({ date: null, title: null, text: "" })).toMatch(/^n_[0-9a-f]{28}$/);
    expect(itemId({ date: null, title: null, text: "\u0000\u0001\ufffd\ud800" })).toMatch(/^n_[0-9a-f]{28}$/);
    const huge = "Word ".repeat(2_000_000);
    expect(itemId({ date: null, title: null, text: huge })).toBe(
      itemId({ date: null, title: null, text: huge.slice(0, 400) }),
    );
  });
});

describe("contentHash", () => {
  it("is cyrb53 with two seeds, as before", () => {
    for (const s of strings(500, 5)) expect(contentHash(s)).toBe(cyrb53(s, 0) + cyrb53(s, 0x9e3779b9));
  });

  it("hashes code units like the string they spell", () => {
    const h = new KeyHash();
    h.addUnits(
      Uint16Array.from("abc", (c) => c.charCodeAt(0)),
      2,
    );
    expect(h.digest()).toBe(contentHash("ab"));
  });
});
