import { describe, expect, it } from "vitest";
import { parseQuery } from "../query.js";
import { lexemeShare, lexemeStatsOf } from "./lexeme-stats.js";
import { hasPhrase, rarestCandidatesOf, shareOf } from "./tsquery.js";

// as pg_stats gives them: the lexemes, then their shares, the least and the greatest
const stats = lexemeStatsOf(
  ["united", "states", "said", "talks", "talked", "last", "year"],
  [0.01, 0.016, 0.02, 0.004, 0.001, 0.024, 0.044, 0.001, 0.044],
);
if (!stats) throw new Error("statistics expected");
const share = (word: string, prefix: boolean) => lexemeShare(stats, word, prefix);
const text = (q: string) => {
  const node = parseQuery(q).text;
  if (!node) throw new Error(`no text in ${q}`);
  return node;
};

describe("lexeme statistics", () => {
  it("gives a word's share, a prefix's words' shares added up, an unknown word half the least", () => {
    expect(share("states", false)).toBe(0.016);
    expect(share("talk", true)).toBeCloseTo(0.005);
    expect(share("peace", false)).toBe(0.0005);
    expect(share("peace", true)).toBe(0.0005);
  });

  it("reads nothing before the first ANALYZE", () => {
    expect(lexemeStatsOf(null, null)).toBeNull();
    expect(lexemeStatsOf([], [])).toBeNull();
  });
});

describe("phrase candidates", () => {
  it("looks a phrase up by its rarest word and says what its other words' shares add", () => {
    const { tsquery, others } = rarestCandidatesOf(text('"united states"'), share);
    expect(tsquery).toBe("'united'");
    expect(others).toBe(0.016);
    expect(rarestCandidatesOf(text('"last year"'), share).tsquery).toBe("'last'");
  });

  it("keeps a title phrase's weight, a prefix on its last word, words and negations as they are", () => {
    expect(rarestCandidatesOf(text('title:"last year"'), share).tsquery).toBe("'last':A");
    // "talk*" (0.005) is rarer than "said" (0.02)
    expect(rarestCandidatesOf(text("said-talk*"), share).tsquery).toBe("'talk':*");
    expect(rarestCandidatesOf(text('"united states" OR said -"last year"'), share).tsquery).toBe(
      "('united' | ('said' & !('last' <-> 'year')))",
    );
  });

  it("estimates a query's share as the planner does: together multiplied, alternatives added", () => {
    expect(shareOf(text('"united states"'), share)).toBeCloseTo(0.01 * 0.016);
    expect(shareOf(text("united OR said"), share)).toBeCloseTo(0.01 + 0.02 - 0.01 * 0.02);
    expect(shareOf(text("said -united"), share)).toBeCloseTo(0.02 * 0.99);
  });

  it("knows a phrase outside a negation", () => {
    expect(hasPhrase(text('"united states"'))).toBe(true);
    expect(hasPhrase(text('said -"united states"'))).toBe(false);
    expect(hasPhrase(text("united states"))).toBe(false);
  });
});
