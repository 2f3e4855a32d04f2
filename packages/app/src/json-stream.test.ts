import { describe, expect, it } from "vitest";
import { jsonPieces } from "./json-stream.js";

const page = {
  kind: "listing",
  section: null,
  skipped: undefined,
  items: [
    { id: "a", spans: { title: { start: 0, end: 3 } }, tags: [] },
    { id: "b", paragraphs: ["x\ny"] },
  ],
  warnings: [],
  inputInfo: { format: "text" },
};

describe("jsonPieces", () => {
  it("gives exactly JSON.stringify's text, indented or not, an element of a streamed array per piece", () => {
    for (const indent of [0, 2]) {
      const pieces = [...jsonPieces(page, { indent, stream: ["items", "warnings"] })];
      expect(pieces.join("")).toBe(JSON.stringify(page, null, indent));
      expect(pieces.filter((p) => p.includes('"id"'))).toHaveLength(2);
    }
    expect([...jsonPieces({})].join("")).toBe("{}");
  });

  it("writes a page whose JSON is larger than the largest string V8 can hold", { timeout: 90_000 }, () => {
    // 540 items of 1 MB: 540 MB of JSON, past V8's ~512 MB string limit for JSON.stringify
    const item = { id: "x", text: "y".repeat(1024 * 1024) };
    const huge = { kind: "listing", items: new Array(540).fill(item) };
    expect(() => JSON.stringify(huge)).toThrow();
    let bytes = 0;
    for (const piece of jsonPieces(huge, { stream: ["items"] })) bytes += piece.length;
    expect(bytes).toBeGreaterThan(512 * 1024 * 1024);
  });
});
