import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, keyBase, keyRange, minuteOf } from "./key.js";

describe("date-ordered keys", () => {
  it("sort like dates, undated below every dated item, out-of-range dates clamped", () => {
    const dates = [
      "1700-01-01",
      "1850-06-01",
      "2017-12-20",
      "2017-12-21",
      "2017-12-21T10:00:00Z",
      "2017-12-21T10:01:00+00:00",
      "2999-01-01",
    ];
    const keys = dates.map(keyBase);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    expect(keyBase(null)).toBe(0);
    expect(keyBase("not a date")).toBe(0);
    expect(keyBase("1700-01-01")).toBeGreaterThan(0);
    expect(Number.isSafeInteger(keyBase("2199-12-31T23:59:00Z") + 2 ** 24 - 1)).toBe(true);
    expect(minuteOf("2017-12")).toBe(minuteOf("2017-12-01"));
  });

  it("turn day and month bounds into inclusive key ranges that leave undated items out", () => {
    const day = keyRange("2017-12-21", "2017-12-21");
    expect(day.lo).toBe(keyBase("2017-12-21"));
    expect(day.hi).toBeGreaterThanOrEqual(keyBase("2017-12-21T23:59:00Z"));
    expect(day.hi).toBeLessThan(keyBase("2017-12-22"));
    const month = keyRange(undefined, "2017-02");
    expect(month.hi).toBeGreaterThanOrEqual(keyBase("2017-02-28T23:59:00Z"));
    expect(month.hi).toBeLessThan(keyBase("2017-03-01"));
    expect(month.lo).toBeGreaterThan(keyBase(null));
    expect(keyRange()).toEqual({ lo: 0, hi: Number.MAX_SAFE_INTEGER });
  });

  it("reads a bare year as the whole year on both sides (to 2017 includes 2017-12-31)", () => {
    const year = keyRange("2017", "2017");
    expect(year.lo).toBe(keyBase("2017-01-01"));
    expect(year.hi).toBeGreaterThanOrEqual(keyBase("2017-12-31T23:59:00Z"));
    expect(year.hi).toBeLessThan(keyBase("2018-01-01"));
  });

  it("round-trips cursors and rejects forged ones", () => {
    expect(decodeCursor(encodeCursor({ h: "q1", k: 123 }))).toEqual({ h: "q1", k: 123 });
    expect(decodeCursor(encodeCursor({ h: "q1", s: 0.25, k: 7, r: true }))).toEqual({
      h: "q1",
      s: 0.25,
      k: 7,
      r: true,
    });
    for (const bad of [
      "",
      "!!!",
      "x".repeat(500),
      Buffer.from('{"k":-1}').toString("base64url"),
      Buffer.from("[1]").toString("base64url"),
      Buffer.from('{"k":1e300}').toString("base64url"),
      Buffer.from('{"k":1}').toString("base64url"), // no query hash
      Buffer.from('{"h":"x","k":1,"r":true}').toString("base64url"), // relevance without a score
    ]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});
