// Lines quoted from the corpus pages (fixtures/text, issue 12).
import { describe, expect, it } from "vitest";
import { headlineShape, isByline, isKeywordLine, isProse, isText, markerKey } from "./lines.js";

describe("headlineShape", () => {
  it("scores a headline 1 and a sentence, a label or an over-long line lower", () => {
    expect(headlineShape("Sanford Announces Satellite Office Hours Schedule")).toBe(1);
    expect(headlineShape("IWES und Nordex Group intensivieren Zusammenarbeit bei Netzi...")).toBe(1);
    expect(headlineShape("This post is republished from the ACM CSCW Medium.")).toBeLessThan(0.5);
    expect(headlineShape("Contact:")).toBeLessThan(0.5);
    expect(headlineShape("x".repeat(201))).toBe(0);
  });
});

describe("isProse and isText", () => {
  it("tells a teaser from a headline with a comma in it", () => {
    expect(isText("Jurnal de Spiel 2015 – Cum a fost, impresii, poze")).toBe(false);
    expect(isProse("Jurnal de Spiel 2015 – Cum a fost, impresii, poze")).toBe(true);
    expect(isText("Reposted from Squadbox’s Medium page.")).toBe(true);
    expect(isText("Godzone’s desperate women")).toBe(false);
  });
});

describe("isKeywordLine", () => {
  it("accepts a portal's keyword line and refuses a headline with a space", () => {
    expect(isKeywordLine("印度 卫生部 病例数")).toBe(true);
    expect(isKeywordLine("唐纳德·特朗普 白宫 美国")).toBe(true);
    expect(isKeywordLine("谭耀宗 英国 bbc")).toBe(true);
    expect(isKeywordLine("巴西批准中国疫苗在当地试验 条件包括技术转让")).toBe(false);
    expect(isKeywordLine("Obama wins again")).toBe(false);
  });

  it("parts keywords at a no-break space as at a space", () => {
    expect(isKeywordLine("法官\u00a0终审法院 国安法")).toBe(true);
  });
});

describe("isByline", () => {
  it("accepts a byline with its category and refuses a sentence that opens with 'by'", () => {
    expect(isByline("by Cable Green, Creative Commons   About CC")).toBe(true);
    expect(isByline("By the end of the year the office moved.")).toBe(false);
  });
});

describe("markerKey", () => {
  it("gives comment counts and empty tag lists of any length one key", () => {
    expect(markerKey("0")).toBe(markerKey("12"));
    expect(markerKey("Tags: , , , , , , , , , , , ,")).toBe(markerKey("Tags: , , , ,"));
    expect(markerKey(" ©Mynima-Hellas.com".trim())).toBe("©Mynima-Hellas.com");
    expect(markerKey("Citeste restul acestui articol")).not.toBe(markerKey("Tags: , ,"));
  });

  it("reads ASCII lines in one pass exactly as the two Unicode replacements define the key", () => {
    const definition = (text: string) =>
      text.replace(/\d+/gu, "0").replace(/([^\p{L}\p{N}])(?:\s*\1)+/gu, "$1");
    const lines = [
      "1.2.3.4.5.6.7.8.9.10.11.12.13",
      "Tags: , , , ,",
      "12 Comments",
      "a \t b  c",
      " \t  \t x",
      "--  -- | |",
      ";; ; 0 ;",
      "Home",
      "",
      "007 and 0",
    ];
    for (const line of lines) expect(markerKey(line)).toBe(definition(line));
    expect(markerKey("1.2.3.4.5.6.7.8.9.10.11.12.13")).toBe("0.0.0.0.0.0.0.0.0.0.0.0.0");
    expect(markerKey("Tags: , , , ,")).toBe("Tags: ,");
  });

  it("reads a no-break space as a space, as pages print some of a repeated line's spaces", () => {
    expect(markerKey("Citeste restul\u00a0acestui articol")).toBe(
      markerKey("Citeste restul acestui articol"),
    );
    expect(markerKey("Tags:\u00a0, , ,\u00a0,")).toBe(markerKey("Tags: , ,"));
    expect(markerKey("Tags:\u00a0, , ,")).not.toBe(markerKey("Citeste restul acestui articol"));
  });
});
