import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lexemesOf, scanTsvector, type TsvectorEntries, tsvectorEntries } from "./tsvector.js";

const dir = new URL("../../../core/fixtures/text/", import.meta.url);
const pages = readdirSync(dir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(new URL(name, dir), "utf8"));
const zh = readFileSync(new URL("../../fixtures/zh-netease-rolling.txt", import.meta.url), "utf8");

/** The scan read back as entries: its words decoded from their bytes. */
function asEntries(title: string, body: string, stemming: "english" | null): TsvectorEntries {
  const scan = scanTsvector(title, body, stemming);
  const words: string[] = [];
  for (let i = 0; i < scan.words; i++) {
    const start = scan.wordStart[i] as number;
    words.push(scan.bytes.toString("utf8", start, start + (scan.wordBytes[i] as number)));
  }
  return {
    words,
    wordOf: [...scan.wordOf.subarray(0, scan.positions)],
    position: [...scan.position.subarray(0, scan.positions)],
  };
}

describe("scanTsvector", () => {
  it("gives the words and positions of tsvectorEntries over the archive's tokens, on real pages in every script", () => {
    expect(pages.length).toBeGreaterThan(20);
    let pairs = 0;
    for (const text of [...pages, zh]) {
      const lines = text.split("\n").filter((line) => line.trim());
      // each line as the title of the lines after it (a teaser), and the whole page as one text
      // (past the limits of positions per word)
      const cases: [string, string][] = [
        ["", text],
        [lines[0] ?? "", text],
      ];
      for (let i = 0; i + 3 < lines.length; i += 3)
        cases.push([lines[i] as string, lines.slice(i + 1, i + 4).join("\n\n")]);
      for (const [title, body] of cases) {
        for (const stemming of [null, "english"] as const) {
          const expected = tsvectorEntries(lexemesOf(title, stemming), lexemesOf(body, stemming));
          expect(asEntries(title, body, stemming), title.slice(0, 60)).toEqual(expected);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it("keeps PostgreSQL's limits: long words, many positions, the last position", () => {
    const edges: [string, string][] = [
      ["the the the", "the ".repeat(400)],
      ["a ".repeat(300), "a b ".repeat(9000)],
      [
        `${"x".repeat(3000)} ok`,
        `${"é".repeat(1100)} fine ${"漢".repeat(700)} ${"y".repeat(2047)} ${"z".repeat(2048)}`,
      ],
      ["w ".repeat(17_000), "w z"],
      ["", ""],
      ["Ολοι οι ΔΡΟΜΟΙ ΟΔΟΣ", "ﬁnal ½ Ⅻ ２０２４ Ünïcödé café’s “quotes”"],
      ["ΟΔΟΣ.ΑΘΗΝΩΝ Σ'ΑΓΑΠΩ", "Η ΟΔΟΣ'Α και ΟΔΟΣ."],
      // words past the scanner's first table and byte buffer
      ["", Array.from({ length: 5000 }, (_, i) => `w${i}é${i} v${i}`).join(" ")],
    ];
    for (const [title, body] of edges) {
      for (const stemming of [null, "english"] as const) {
        const expected = tsvectorEntries(lexemesOf(title, stemming), lexemesOf(body, stemming));
        expect(asEntries(title, body, stemming), title.slice(0, 40)).toEqual(expected);
      }
    }
  });
});
