import { describe, expect, it } from "vitest";
import { toTsquery } from "./postgres/tsquery.js";
import { fold, parseQuery, tokenize } from "./query.js";
import { toFts } from "./sqlite/fts.js";

const fts = (q: string) => {
  const t = parseQuery(q).text;
  return t ? toFts(t) : null;
};
const tsq = (q: string) => {
  const t = parseQuery(q).text;
  return t ? toTsquery(t) : null;
};

describe("parseQuery", () => {
  it("reads words, phrases, prefixes, title fields and operators", () => {
    expect(fts("geneva")).toBe('"geneva"');
    expect(fts('"peace talks"')).toBe('"peace talks"');
    expect(fts("airstrike*")).toBe('"airstrike" *');
    expect(fts("title:Idlib")).toBe('title : "idlib"');
    expect(fts("a b")).toBe('("a") AND ("b")');
    expect(fts("a AND b")).toBe('("a") AND ("b")');
    expect(fts("a OR b c")).toBe('("a") OR (("b") AND ("c"))');
    expect(fts("(a OR b) c")).toBe('(("a") OR ("b")) AND ("c")');
    expect(fts("a -b NOT c")).toBe('((("a")) NOT ("b")) NOT ("c")');
  });

  it("means the same in tsquery", () => {
    expect(tsq('"peace talks"')).toBe("('peace' <-> 'talks')");
    expect(tsq("airstrike*")).toBe("'airstrike':*");
    expect(tsq("title:idl*")).toBe("'idl':*A");
    expect(tsq("a OR b c")).toBe("('a' | ('b' & 'c'))");
    expect(tsq("a -b")).toBe("('a' & !'b')");
    expect(tsq("-a")).toBe("(!'a')");
  });

  it("takes filters out of the text", () => {
    expect(
      parseQuery('site:example.org category:"Coalition News" geneva lang:fr from:2017-01 to:2017-12-31'),
    ).toEqual({
      text: { kind: "term", tokens: ["geneva"], prefix: false, field: null },
      filters: {
        site: "example.org",
        category: "Coalition News",
        lang: "fr",
        from: "2017-01",
        to: "2017-12-31",
      },
    });
  });

  it("folds case and diacritics like the index", () => {
    expect(fold("Élysée ÇA")).toBe("elysee ca");
    expect(tokenize("Al-Assad's régime, 2017")).toEqual(["al", "assad", "s", "regime", "2017"]);
    expect(fts("Élysée")).toBe('"elysee"');
  });

  it("keeps NOT where both engines can express it", () => {
    expect(fts("a OR -b")).toBe('"a"');
    expect(parseQuery("-a -b").text).toEqual({
      kind: "and",
      children: [
        { kind: "not", child: { kind: "term", tokens: ["a"], prefix: false, field: null } },
        { kind: "not", child: { kind: "term", tokens: ["b"], prefix: false, field: null } },
      ],
    });
    expect(fts("NOT NOT a")).toBe('"a"');
  });

  it("never throws and never lets syntax through, whatever the string", () => {
    const hostile = [
      '"',
      "'; drop table items; --",
      "NEAR(a b)",
      "a:b:c",
      "((((",
      "))))",
      "*",
      "-",
      "AND OR NOT",
      "\u0000",
      "{title}:x",
      "^a",
      'a"b"c',
    ];
    for (const q of hostile) {
      const out = fts(q);
      // what reaches FTS5: our operators, quoted lower-case tokens, parentheses, nothing else
      if (out !== null) expect(out.replace(/\b(AND|OR|NOT)\b/g, "")).toMatch(/^[\s()"a-z0-9*:]+$/u);
      expect(out ?? "").not.toMatch(/NEAR|\^|\{|;|'/);
    }
    expect(fts("'; drop table items; --")).toBe('("drop") AND ("table") AND ("items")');
    expect(parseQuery(`${"(".repeat(10000)}x`).text).toBeNull();
    expect(parseQuery("x ".repeat(5000)).text).not.toBeNull();
    expect(parseQuery(undefined as unknown as string)).toEqual({ text: null, filters: {} });
  });
});
