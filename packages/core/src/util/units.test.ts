import { describe, expect, it } from "vitest";
import { unitsToString } from "./units.js";

describe("unitsToString", () => {
  it("gives the string of the first n code units, at every length on either side of the short path", () => {
    const units = new Uint16Array(80);
    for (let i = 0; i < units.length; i++)
      units[i] = [104, 0xe9, 0x4e2d, 0xd83d, 0xde00, 48][i % 6] as number;
    const expected = (n: number) => Array.from(units.subarray(0, n), (c) => String.fromCharCode(c)).join("");
    for (let n = 0; n <= 80; n++) expect(unitsToString(units, n)).toBe(expected(n));
    // the array kept for a length is refilled, not reused as it was
    units[0] = 65;
    expect(unitsToString(units, 3)).toBe(`A${expected(3).slice(1)}`);
  });
});
