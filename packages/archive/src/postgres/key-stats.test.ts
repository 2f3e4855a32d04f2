import { describe, expect, it } from "vitest";
import { itemsBetween, keyAbove } from "./key-stats.js";

// 1,000 rows in four buckets of 250 each: keys 0-100, 100-200, 200-1000, 1000-1100
const stats = { bounds: [0, 100, 200, 1000, 1100], total: 1000 };

describe("key statistics", () => {
  it("counts the items of a key range by the histogram's equal-share buckets", () => {
    expect(itemsBetween(stats, 0, 1100)).toBe(1000);
    expect(itemsBetween(stats, 100, 200)).toBe(250);
    expect(itemsBetween(stats, 200, 600)).toBe(125);
    expect(itemsBetween(stats, 2000, 3000)).toBe(0);
    expect(itemsBetween(stats, 500, 400)).toBe(0);
  });

  it("finds the key above which a span of the newest items lies, within the range", () => {
    expect(keyAbove(stats, 0, 1100, 250)).toBe(1000);
    expect(keyAbove(stats, 0, 1100, 375)).toBe(600);
    // from the top of a date range, not of the table
    expect(keyAbove(stats, 0, 200, 125)).toBe(150);
    // keys newer than the histogram (arrived since ANALYZE) count as its last bucket's
    expect(keyAbove(stats, 0, 5000, 250)).toBe(1000);
  });

  it("says null when the range holds fewer items than the span", () => {
    expect(keyAbove(stats, 0, 1100, 1000)).toBeNull();
    expect(keyAbove(stats, 100, 200, 300)).toBeNull();
    expect(keyAbove(stats, 100, 200, 200)).toBe(120);
  });
});
