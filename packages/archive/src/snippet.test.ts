import { describe, expect, it } from "vitest";
import { parseQuery, type QueryNode } from "./query.js";
import { snippet } from "./snippet.js";

const q = (text: string) => parseQuery(text).text as QueryNode;
const marks: [string, string] = ["[", "]"];

describe("snippet", () => {
  it("marks every query word, prefixes included, folding case and accents", () => {
    expect(snippet("Le président à l'Élysée, PRÉSIDENT encore.", q("president elys*"), marks)).toBe(
      "Le [président] à l'[Élysée], [PRÉSIDENT] encore.",
    );
  });

  it("centres on the densest cluster of matches and says where it cut", () => {
    const text = `${"filler ".repeat(50)}peace talks in Geneva ${"more ".repeat(50)}`;
    const out = snippet(text, q('"peace talks" geneva'), marks, 10);
    expect(out).toMatch(/^…filler filler filler \[peace\] \[talks\] in \[Geneva\] more/);
    expect(out.endsWith("…")).toBe(true);
  });

  it("ignores negated words and copes with empty or wordless text", () => {
    expect(snippet("war and peace", q("peace -war"), marks)).toBe("war and [peace]");
    expect(snippet("", q("x"), marks)).toBe("");
    expect(snippet("— … !!", q("x"), marks)).toBe("— … !!".slice(0, 0));
    expect(snippet("no match here", q("absent"), marks)).toBe("no match here");
  });

  it("splits words as the index does: at punctuation, Chinese and Japanese by segmentation", () => {
    expect(snippet("Al-Assad's 2024 talks, 2024.", q("assad 2024"), marks)).toBe(
      "Al-[Assad]'s [2024] talks, [2024].",
    );
    expect(snippet("报道：山东临沂暴雨，Río Grande", q("暴雨 rio"), marks)).toBe(
      "报道：山东临沂[暴雨]，[Río] Grande",
    );
  });
});
