import { describe, expect, it } from "vitest";
import * as around from "./around.js";
import { dayNumber, isValid } from "./find.js";
import { decideOrder, findDates, foldWord, parseDate, toIso, withOrder } from "./index.js";
import { MONTHS, mayBeMonth, monthWordAt, WEAK_MONTHS } from "./names.js";
import { isRelative, parseRelative } from "./relative.js";

const iso = (text: string, options?: Parameters<typeof findDates>[1]) =>
  findDates(text, options).map((d) => toIso(d));

describe("findDates", () => {
  it.each([
    ["21 December 2017 In Coalition News", "21 December 2017", "2017-12-21"],
    ["  • 24.06.2019", "24.06.2019", "2019-06-24"],
    ["Pubblicata il: 09/07/2018", "09/07/2018", "2018-07-09"],
    ["Apr 14, 2015   Press Release", "Apr 14, 2015", "2015-04-14"],
    ["05.19.15", "05.19.15", "2015-05-19"],
    ["Mar\n\n9\n\n2015", "Mar\n\n9\n\n2015", "2015-03-09"],
    ["Headline , media release, April 24, 2013", "April 24, 2013", "2013-04-24"],
    ["(2020-08-16 22:26:38)[社会] headline", "2020-08-16 22:26:38", "2020-08-16T22:26:38"],
    ["2020-07-09  title", "2020-07-09", "2020-07-09"],
    ["Thursday, 21 December 2017", "Thursday, 21 December 2017", "2017-12-21"],
    ["Today: May 02, 2013", "May 02, 2013", "2013-05-02"],
    ["发布于2020年8月16日", "2020年8月16日", "2020-08-16"],
    ["2020년 8월 16일", "2020년 8월 16일", "2020-08-16"],
    ["14 avril 2015", "14 avril 2015", "2015-04-14"],
    ["le 1er janvier 2020", "1er janvier 2020", "2020-01-01"],
    ["mardi 3 févr. 2015", "mardi 3 févr. 2015", "2015-02-03"],
    ["21 de diciembre de 2017", "21 de diciembre de 2017", "2017-12-21"],
    ["9 luglio 2018", "9 luglio 2018", "2018-07-09"],
    ["5 de março de 2019", "5 de março de 2019", "2019-03-05"],
    ["16. August 2020", "16. August 2020", "2020-08-16"],
    ["3. März 2021", "3. März 2021", "2021-03-03"],
    ["12 maart 2019", "12 maart 2019", "2019-03-12"],
    ["12 grudnia 2019", "12 grudnia 2019", "2019-12-12"],
    ["1 października 2019", "1 października 2019", "2019-10-01"],
    ["21 декабря 2017", "21 декабря 2017", "2017-12-21"],
    ["December 21st, 2017", "December 21st, 2017", "2017-12-21"],
    ["Dec. 21, 2017", "Dec. 21, 2017", "2017-12-21"],
    ["21-Dec-17", "21-Dec-17", "2017-12-21"],
    ["Thu, 21 Dec 2017 10:00:00 +0000", "Thu, 21 Dec 2017 10:00:00 +0000", "2017-12-21T10:00:00Z"],
    ["Fri, 15 May 2015 14:32:00 GMT", "Fri, 15 May 2015 14:32:00 GMT", "2015-05-15T14:32:00Z"],
    ["Mon, 04 Jan 2021 08:00:00 EST", "Mon, 04 Jan 2021 08:00:00 EST", "2021-01-04T08:00:00-05:00"],
    ["2017-12-21T10:00:00.123+05:30", "2017-12-21T10:00:00.123+05:30", "2017-12-21T10:00:00+05:30"],
    ["December 21, 2017 at 3:45 pm", "December 21, 2017 at 3:45 pm", "2017-12-21T15:45:00"],
    // a dot after the day before the year (blog themes), dots around an abbreviated month (journals)
    ["December 19. 2025", "December 19. 2025", "2025-12-19"],
    ["📅Jul. 11. 2025", "Jul. 11. 2025", "2025-07-11"],
    ["Published on 25.Jun.2019 in Vol 7", "25.Jun.2019", "2019-06-25"],
    ["12. Mrz. 2015", "12. Mrz. 2015", "2015-03-12"],
    ["May 2013", "May 2013", "2013-05"],
    ["2020年8月", "2020年8月", "2020-08"],
    // CJK text runs dates into the words around them, without spaces
    ["报道2020-07-09", "2020-07-09", "2020-07-09"],
    ["记者2019/08/16电", "2019/08/16", "2019-08-16"],
    ["기사2019.08.16", "2019.08.16", "2019-08-16"],
  ])("reads %j", (text, written, expected) => {
    const [first, ...rest] = findDates(text);
    expect(rest).toEqual([]);
    expect(first?.text).toBe(written);
    expect(text.slice(first?.start, first?.end)).toBe(written);
    expect(first && toIso(first)).toBe(expected);
  });

  it.each([
    "30/02/2020",
    "31.04.2019",
    "13/13/2020",
    "2019-13-01",
    "1.2.3.4",
    "version 2.10.2019.1",
    "v2.10.2019",
    "ISO8601-2019",
    "call 555-12-2019",
    "you may 2 go",
    "3 days ago",
    "",
    "no digits here at all",
  ])("finds nothing in %j", (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it("reads a month and day without a year only when a time follows (rolling news lists)", () => {
    expect(
      findDates("(08-16 22:26) 标题", { lang: "zh" }).map((d) => [d.text, d.year, d.month, d.day, d.hour]),
    ).toEqual([["08-16 22:26", null, 8, 16, 22]]);
    expect(findDates("更新于08-16 22:26", { lang: "zh" }).map((d) => d.text)).toEqual(["08-16 22:26"]);
    expect(findDates("scores 08-16 and 10-12")).toEqual([]);
  });

  it("reads a month name run into the name before it, as HTML-to-text dumps join inline elements", () => {
    const read = (text: string) => findDates(text).map((d) => [d.text, d.year, d.month, d.day]);
    expect(read("ByKathryn GiuffridaMar 5, 2025 | 6 comments")).toEqual([["Mar 5, 2025", 2025, 3, 5]]);
    expect(read("By thegrangehallFebruary 16, 2026No Comment")).toEqual([["February 16, 2026", 2026, 2, 16]]);
    expect(read("EditorialNovember 22, 2018")).toEqual([["November 22, 2018", 2018, 11, 22]]);
    // a link word run into the month is the label's ("Updated onJanuary 12"), not a name: not read
    expect(
      read("ByKathy Owen January 21, 2025January 12, 2026 Updated onJanuary 12, 2026").map((d) => d[0]),
    ).toEqual(["January 21, 2025", "January 12, 2026"]);
    // nor a word that merely holds a capital inside it
    expect(read("iPhone 15 is out")).toEqual([]);
  });

  it("reads a month named twice with a slash as one month (Arabic: the Levant's name and Egypt's)", () => {
    const read = (text: string) => findDates(text).map((d) => [d.text, d.year, d.month, d.day]);
    // CNN Arabic, 2013
    expect(read("الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21")).toEqual([
      ["الأحد، 04 آب/اغسطس 2013", 2013, 8, 4],
    ]);
    expect(read("4 كانون الثاني/يناير 2024")).toEqual([["4 كانون الثاني/يناير 2024", 2024, 1, 4]]);
    // two months are no one month
    expect(read("12 May/Jun 2013")).toEqual([["Jun 2013", 2013, 6, null]]);
  });

  it("prefers the reading with a year when a number sits on both sides of a month", () => {
    expect(findDates("Statement on H.R. 7 January 22, 2015").map((d) => d.text)).toEqual([
      "January 22, 2015",
    ]);
    expect(findDates("the 3 May 2019 meeting").map((d) => d.text)).toEqual(["3 May 2019"]);
  });

  it("leaves a year-less date without a year and Feb 29 valid only in leap years", () => {
    expect(findDates("14 avril").map((d) => [d.year, d.month, d.day])).toEqual([[null, 4, 14]]);
    expect(iso("29.02.2020 29.02.2019")).toEqual(["2020-02-29"]);
  });

  it("marks numeric dates readable both ways as ambiguous and reads them in the given order", () => {
    const [dmy] = findDates("05/01/13");
    expect(dmy).toMatchObject({
      ambiguous: true,
      day: 5,
      month: 1,
      year: 2013,
      numeric: { first: 5, second: 1 },
    });
    expect(findDates("05/01/13", { order: "mdy" })[0]).toMatchObject({ day: 1, month: 5 });
    expect(findDates("05/01/13", { lang: "en" })[0]).toMatchObject({ day: 1, month: 5 });
    // a component above 12 settles a date whatever the order says
    expect(findDates("25/12/2017", { order: "mdy" })[0]).toMatchObject({
      day: 25,
      month: 12,
      ambiguous: false,
    });
    expect(findDates("07/07/2017")[0]?.ambiguous).toBe(false);
  });

  it("treats weak month words as dates only with a day and a year, or in their own language", () => {
    expect(iso("2 ago 2019")).toEqual(["2019-08-02"]);
    expect(iso("he left 2 ago")).toEqual([]);
    expect(iso("may 5")).toEqual([]);
    expect(findDates("May 5", { lang: "en" }).map((d) => [d.month, d.day])).toEqual([[5, 5]]);
  });

  it("finds every date of a longer text, in order, with exact offsets", () => {
    const text = "Posted Apr 14, 2015; updated 2015-04-16 09:30 and again on 17.04.2015.";
    const found = findDates(text);
    expect(found.map((d) => toIso(d))).toEqual(["2015-04-14", "2015-04-16T09:30:00", "2015-04-17"]);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it("is linear on adversarial input (a 1 MB line of digits, separators and month names)", () => {
    const chunks = [
      "1".repeat(1 << 20),
      "1.".repeat(1 << 19),
      "12/".repeat(350_000),
      "May ".repeat(260_000),
      "12 May ".repeat(150_000),
    ];
    for (const text of chunks) expect(Array.isArray(findDates(text))).toBe(true);
    expect(findDates("12 May 2013 ".repeat(50_000))).toHaveLength(50_000);
  });
});

describe("parseDate", () => {
  it("reads a short year first in the East Asian languages, last elsewhere", () => {
    expect(parseDate("24.03.05 10:12", { lang: "ko" })?.iso).toBe("2024-03-05T10:12:00");
    expect(parseDate("24/03/05", { lang: "ja" })?.iso).toBe("2024-03-05");
    expect(parseDate("24.03.05", { lang: "de" })?.iso).toBe("2005-03-24");
    // a reading that is no calendar day falls back to the day-month one
    expect(parseDate("05.31.12", { lang: "ko" })?.iso).toBe("2012-05-31");
  });

  it.each([
    ["Thursday, 21 December 2017", "2017-12-21"],
    ["Pubblicata il: 09/07/2018", "2018-07-09"],
    ["Posted on April 10, 2015", "2015-04-10"],
    ["  24.06.2019  ", "2019-06-24"],
    ["(2020-08-16 22:26:38)", "2020-08-16T22:26:38"],
    ["2020年8月16日", "2020-08-16"],
    // Turkish, Ukrainian, Czech, Finnish and Greek month names, as feeds and pages write them
    ["12 Oca 2024 10:00:00 +0300", "2024-01-12T10:00:00+03:00"],
    ["3 Aralık 2024", "2024-12-03"],
    ["12 ŞUBAT 2024", "2024-02-12"],
    ["12 січня 2024", "2024-01-12"],
    ["3. prosince 2024", "2024-12-03"],
    ["3. joulukuuta 2024", "2024-12-03"],
    ["12 Ιανουαρίου 2024", "2024-01-12"],
    ["5 Μαΐου 2023", "2023-05-05"],
    ["2024. január 12.", "2024-01-12"],
    ["2024. jan. 12.", "2024-01-12"],
    ["3 ديسمبر 2024", "2024-12-03"],
    ["12 إبريل 2023", "2023-04-12"],
  ])("reads %j", (text, expected) => {
    expect(parseDate(text)?.iso).toBe(expected);
  });

  it.each([
    "21 December 2017 In Coalition News",
    "The meeting of 2 May 2019 was cancelled",
    "hello",
    "",
    "14 avril",
  ])("refuses %j (not mostly one date, or no year without a reference)", (text) => {
    expect(parseDate(text)).toBeNull();
  });

  const reference = "2020-08-16T12:00:00Z";
  it.each([
    ["5 hours ago", "2020-08-16T07:00:00Z"],
    ["an hour ago", "2020-08-16T11:00:00Z"],
    ["yesterday", "2020-08-15"],
    ["Today", "2020-08-16"],
    ["5小时前", "2020-08-16T07:00:00Z"],
    ["3天前", "2020-08-13"],
    ["hace 2 días", "2020-08-14"],
    ["il y a 3 jours", "2020-08-13"],
    ["vor 2 Tagen", "2020-08-14"],
    ["2 giorni fa", "2020-08-14"],
    ["há 2 dias", "2020-08-14"],
    ["3 dagen geleden", "2020-08-13"],
    ["2 dni temu", "2020-08-14"],
    ["2 дня назад", "2020-08-14"],
    // Swedish sites print the age with and without "för"
    ["för 3 dagar sedan", "2020-08-13"],
    ["3 dagar sedan", "2020-08-13"],
    // a day word and the time, as rolling news prints the day's and the day before's stories
    ["Yesterday at 10:15", "2020-08-15"],
    ["Today, 09:30", "2020-08-16"],
    ["Heute, 10:15 Uhr", "2020-08-16"],
    ["Gestern, 18:30", "2020-08-15"],
    ["Aujourd'hui à 10h15", "2020-08-16"],
    ["ayer 14:30", "2020-08-15"],
    ["昨天 10:15", "2020-08-15"],
    ["i går kl. 18.30", "2020-08-15"],
    ["Včera v 18:30", "2020-08-15"],
    ["Сьогодні о 10:15", "2020-08-16"],
    ["1 week ago", "2020-08-09"],
    ["2 months ago", "2020-06-16"],
  ])("resolves the relative %j against the reference", (text, expected) => {
    expect(parseDate(text, { reference })?.iso).toBe(expected);
  });

  it("needs a reference for relative dates and year-less dates, and never reads the clock", () => {
    expect(parseDate("yesterday")).toBeNull();
    expect(parseDate("14 avril", { reference })?.iso).toBe("2020-04-14");
    expect(parseDate("14 décembre", { reference })?.iso).toBe("2019-12-14");
    expect(parseDate("5 hours ago", { reference: "not a date" })).toBeNull();
  });

  it("refuses long text without scanning it", () => {
    expect(parseDate(`21 December 2017 ${"x".repeat(1000)}`)).toBeNull();
  });
});

describe("toIso", () => {
  it("writes partial dates, times and zones", () => {
    expect(toIso({ year: 2013, month: null, day: null })).toBe("2013");
    expect(toIso({ year: 2013, month: 5, day: null })).toBe("2013-05");
    expect(toIso({ year: 2013, month: 5, day: 2 })).toBe("2013-05-02");
    expect(toIso({ year: 2013, month: 5, day: 2, hour: 9, minute: 5 })).toBe("2013-05-02T09:05:00");
    expect(toIso({ year: 2013, month: 5, day: 2, hour: 9, minute: 5, second: 7, offsetMinutes: -150 })).toBe(
      "2013-05-02T09:05:07-02:30",
    );
  });

  it("gives null without a year or for an impossible date", () => {
    expect(toIso({ year: null, month: 5, day: 2 })).toBeNull();
    expect(toIso({ year: 2019, month: 2, day: 29 })).toBeNull();
    expect(toIso({ year: 2019, month: 13, day: 1 })).toBeNull();
  });
});

describe("dayNumber", () => {
  it("is Date.UTC's day for every valid date, two-digit years and leap days included", () => {
    const years = [
      -401, -400, -1, 0, 1, 13, 99, 100, 1600, 1699, 1700, 1900, 1969, 1970, 2000, 2024, 2100, 2400, 9999,
    ];
    // and a spread of others (a fixed sequence: the same years every run)
    for (let k = 0; k < 400; k++) years.push(((k * 7919) % 6000) - 2000);
    let checked = 0;
    for (const year of years) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          if (!isValid(year, month, day)) continue;
          expect(dayNumber(year, month, day)).toBe(Date.UTC(year, month - 1, day) / 864e5);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150_000);
    // past the arithmetic's range, or not a whole year: Date.UTC's own answer (NaN past a Date's)
    expect(dayNumber(300_000, 1, 1)).toBeNaN();
    expect(dayNumber(2024.5, 3, 1)).toBe(Date.UTC(2024.5, 2, 1) / 864e5);
  });
});

describe("decideOrder", () => {
  it("settles on a component above 12", () => {
    expect(decideOrder(findDates("05/01/13\n04/30/13"))).toEqual({ order: "mdy", evidence: "component>12" });
    expect(decideOrder(findDates("05/01/13\n30/04/13"), { lang: "en" })).toEqual({
      order: "dmy",
      evidence: "component>12",
    });
  });

  it("then on the reading under which neighbouring items run in order", () => {
    // newest first under mdy (May 3, 2, 1, April 12); under dmy December 4 would follow January 5
    expect(decideOrder(findDates("05/03/13 05/02/13 05/01/13 04/12/13"))).toEqual({
      order: "mdy",
      evidence: "sequence",
    });
    expect(decideOrder(findDates("03/05/13 02/05/13 01/05/13 12/04/13"), { lang: "en" })).toEqual({
      order: "dmy",
      evidence: "sequence",
    });
  });

  it("then, when both readings run in order, on the one that keeps neighbours days apart", () => {
    expect(decideOrder(findDates("12/03/2019 10/03/2019 02/03/2019"), { lang: "en" })).toEqual({
      order: "dmy",
      evidence: "sequence",
    });
  });

  it("then on the language, then a default", () => {
    const dates = findDates("05/01/13");
    expect(decideOrder(dates, { lang: "en" })).toEqual({ order: "mdy", evidence: "locale" });
    expect(decideOrder(dates, { lang: "fr" })).toEqual({ order: "dmy", evidence: "locale" });
    expect(decideOrder(dates)).toEqual({ order: "dmy", evidence: "default" });
    expect(decideOrder([])).toEqual({ order: "dmy", evidence: "default" });
  });

  it("lets a page re-read its ambiguous dates", () => {
    const [d] = findDates("05/01/13");
    expect(d && withOrder(d, "mdy")).toMatchObject({ month: 5, day: 1 });
    expect(d && withOrder(d, "dmy")).toMatchObject({ month: 1, day: 5 });
  });
});

describe("fast paths of the name tables", () => {
  // the definition foldWord's ASCII shortcuts must agree with
  const fold = (word: string) => {
    const lower = word.toLowerCase();
    const plain = /^[a-z.]*$/.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}+/gu, "");
    return plain.endsWith(".") ? plain.slice(0, -1) : plain;
  };
  const words = ["april", "April", "DEC.", "déc.", "Décembre", "марта", "Mai", "", "x", "İstanbul", "sept."];

  it("foldWord equals its definition", () => {
    for (const w of words) expect(foldWord(w)).toBe(fold(w));
    let seed = 1;
    for (let i = 0; i < 2000; i++) {
      let w = "";
      for (let k = 0; k < i % 9; k++) {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        w += "aZq.éÉßİж"[seed % 9];
      }
      expect(foldWord(w)).toBe(fold(w));
    }
  });

  it("mayBeMonth never turns a month name away", () => {
    for (const key of MONTHS.keys()) {
      expect(mayBeMonth(key, 0)).toBe(true);
      expect(mayBeMonth(key.toUpperCase(), 0)).toBe(true);
    }
    expect(mayBeMonth("in 2017", 0)).toBe(false);
    expect(findDates("In 21 Of 2017 the 3 April 2019").map((d) => toIso(d))).toEqual(["2019-04-03"]);
  });

  it("monthWordAt reads a word as MONTHS.get(foldWord(word)) does, without cutting it out", () => {
    const forms = (key: string) => [key, key.toUpperCase(), key[0]?.toUpperCase() + key.slice(1)];
    const others = [
      "in",
      "the",
      "of",
      "Press",
      "Marc",
      "mayo",
      "MAYO",
      "Décembre",
      "déc",
      "марта",
      "Juni",
      "x",
    ];
    for (const word of [...[...MONTHS.keys()].flatMap(forms), ...others]) {
      const line = `12 ${word} 2019`;
      const entry = MONTHS.get(foldWord(word));
      const found = monthWordAt(line, 3, 3 + word.length);
      expect(found?.entry ?? null).toBe(entry ?? null);
      if (found) expect(found.weak).toBe(WEAK_MONTHS.has(foldWord(word)));
    }
  });
});

describe("year before the month (citation metadata)", () => {
  it("reads '2023 Jan 7' as one date", () => {
    expect(parseDate("2023 Jan 7")?.iso).toBe("2023-01-07");
    expect(findDates("Epub 2024 Jun 30; 12(3)").map((d) => d.text)).toEqual(["2024 Jun 30"]);
  });

  it("reads the Hungarian dot after the year before a lower-case month, not a sentence's end", () => {
    expect(findDates("Frissítve: 2024. szeptember 3.").map((d) => [d.year, d.month, d.day])).toEqual([
      [2024, 9, 3],
    ]);
    expect(findDates("It opened in 2019. Dec 5 was a Thursday").map((d) => d.year)).toEqual([null]);
  });

  it("takes no year across a comma or from a longer number", () => {
    expect(findDates("In 2019, Dec 5 was a Thursday").map((d) => d.year)).toEqual([null]);
    expect(findDates("ref 12024 Jan 7").map((d) => d.year)).toEqual([null]);
  });
});

describe("isRelative", () => {
  const reference = new Date(Date.UTC(2021, 2, 4, 12));
  const lines = [
    "3 hours ago",
    "26分钟前",
    "yesterday",
    "hace 2 días",
    "vor 2 Tagen",
    "just now",
    "Home",
    "1.2.3.4.5",
    "12:30",
    "2 ago",
    "",
    "May 2013 Mar 9 12 May 2013 2 ago",
  ];

  it("reads Arabic ages of one and two, which take no number", () => {
    const read = (text: string) => parseRelative(text, reference);
    expect(read("منذ ساعة")).toMatchObject({ day: 4, hour: 11 });
    expect(read("قبل يوم واحد")).toEqual({ year: 2021, month: 3, day: 3 });
    expect(read("منذ يومين")).toEqual({ year: 2021, month: 3, day: 2 });
    expect(read("منذ مدة")).toBeNull(); // "a while ago"
    expect(["منذ ساعة", "قبل يوم واحد", "منذ يومين", "منذ مدة"].map(isRelative)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it("says whether parseRelative reads the text, without resolving it", () => {
    for (const line of lines) expect(isRelative(line)).toBe(parseRelative(line, reference) !== null);
  });

  it("reads units that say 'ago' themselves after a number alone, and not their other cases", () => {
    // Hungarian: "3 napja" is three days ago, "3 nappal" needs its "ezelőtt"
    const read = (text: string) => parseDate(text, { lang: "hu", reference })?.iso ?? null;
    expect(read("3 napja")).toBe("2021-03-01");
    expect(read("2 órája")).toBe("2021-03-04T10:00:00Z");
    expect(read("3 nappal")).toBeNull();
    expect(read("3 nappal ezelőtt")).toBe("2021-03-01");
  });

  it("turns away digits and marks alone", () => {
    expect(lines.filter(isRelative)).toEqual([
      "3 hours ago",
      "26分钟前",
      "yesterday",
      "hace 2 días",
      "vor 2 Tagen",
      "just now",
    ]);
  });
});

describe("readers around a month name", () => {
  // each reader against its regex, on windows built from the pieces dates are written with
  // (spaces of several kinds, suffixes, connectors, quotes, digit runs, characters outside ASCII)
  const slots = [
    ["", "", "", "x", "é", ":", "/", "-", ".", "1", " ", "٣"],
    ["", "1", "12", "123", "2013", "20135", "05", "99", "٣"],
    ["", "", "st", "ND", "rd", "th", "er", "re", "e", "º", "°", "ª", "ſt", "x"],
    ["", "", ".", ","],
    ["", "-", "/"],
    ["", " ", "  ", "   ", "    ", "     ", "\u00a0", " \t", "\u2009 "],
    ["", "", "de", "del", "of", "du", "di", "DE", "oF", "dex"],
    ["", " ", "  ", "   ", "    ", "\u00a0"],
    ["", "", "'", "’", ","],
    ["", "1", "12", "123", "2013", "20135", "05", "99", "٣"],
    ["", "", "x", "1", "٣", "é", " ", "."],
  ];
  const readers: [
    RegExp,
    (text: string, from: number, to: number) => number,
    (m: RegExpExecArray) => string,
  ][] = [
    [around.DAY_BEFORE, around.dayBefore, (m) => `${m[0].length} ${Number(m[1])}`],
    [
      around.DAY_AFTER,
      around.dayAfter,
      (m) => `${m[0].length} ${Number(m[1])} ${m[2] === undefined ? null : Number(m[2])}`,
    ],
    [
      around.YEAR_AFTER,
      around.yearAfter,
      (m) => `${m[0].length} ${around.fullYear((m[1] ?? m[2]) as string)}`,
    ],
    [around.YEAR_BEFORE, around.yearBefore, (m) => `${m[0].length} ${Number(m[1])}`],
    [around.YEAR_ONLY_AFTER, around.yearOnlyAfter, (m) => `${m[0].length} ${Number(m[1])}`],
  ];

  it("read what their regexes match, and nothing else", () => {
    let seed = 11;
    let matched = 0;
    for (let n = 0; n < 10_000; n++) {
      let window = "";
      for (const slot of [...slots, ...slots]) {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        // (half the pieces left out: a window holds a few of them)
        if ((seed >>> 16) % 2 === 0) window += slot[seed % slot.length];
      }
      // the window is cut out of a longer line
      const text = `ab${window}x1`;
      readers.forEach(([regex, read, expected], k) => {
        const m = regex.exec(window);
        const length = read(text, 2, 2 + window.length);
        const { day, year } = around.lastRead;
        const got =
          length < 0
            ? "none"
            : k === 0
              ? `${length} ${day}`
              : k === 1
                ? `${length} ${day} ${year}`
                : `${length} ${year}`;
        if (m) matched++;
        expect(got, `${regex.source} on ${JSON.stringify(window)}`).toBe(m ? expected(m) : "none");
      });
    }
    // (the pieces make matches of every reader common)
    expect(matched).toBeGreaterThan(500);
  });
});
