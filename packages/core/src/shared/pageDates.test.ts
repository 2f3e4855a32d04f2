import { describe, expect, it } from "vitest";
import { readDate } from "./pageDates.js";

describe("readDate", () => {
  it("reads C's asctime and Unix `date`, the year after the time and the zone", () => {
    expect(readDate("Wed Jun 30 21:49:08 1993", {})?.iso).toBe("1993-06-30T21:49:08");
    expect(readDate("Thu Dec  3 18:23:43 UTC 2026", {})?.iso).toBe("2026-12-03T18:23:43Z");
    expect(readDate("Mon Jan 5 09:00:00 CET 2015", {})?.iso).toBe("2015-01-05T09:00:00+01:00");
  });

  it("keeps the offset of JavaScript's Date#toString, the zone's name in brackets after it", () => {
    const d = readDate("Thu Dec 03 2026 00:23:43 GMT+0100 (Central European Standard Time)", {});
    expect(d?.iso).toBe("2026-12-03T00:23:43+01:00");
    expect(readDate("Tue Mar 05 2024 09:15:00 GMT-0500 (Eastern Standard Time)", {})?.iso).toBe(
      "2024-03-05T09:15:00-05:00",
    );
  });

  it("gives the value as written, not the form it was read in", () => {
    const value = " Wed Jun 30 21:49:08 1993";
    expect(readDate(value, {})).toMatchObject({
      text: "Wed Jun 30 21:49:08 1993",
      start: 1,
      end: value.length,
    });
  });

  it("leaves conventional dates as they were read", () => {
    expect(readDate("Thu, 03 Dec 2026 18:23:43 +0000", {})).toMatchObject({
      iso: "2026-12-03T18:23:43Z",
      text: "Thu, 03 Dec 2026 18:23:43 +0000",
    });
    expect(readDate("Posted on March 3, 2024 by Jane", {})).toMatchObject({
      iso: "2024-03-03",
      text: "March 3, 2024",
    });
  });
});
