import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDates } from "./find.js";
import { parseDate } from "./index.js";
import { parseRelative } from "./relative.js";

// dates and relative times as CLDR writes them (what Intl, ICU and most date libraries print), in
// every language the module reads; built by scripts/build-cldr-dates.ts
const { cases, relative } = JSON.parse(
  readFileSync(new URL("../../fixtures/dates/cldr.json", import.meta.url), "utf8"),
) as { cases: [string, string, string][]; relative: [string, string, string, number][] };

const iso = (d: { year: number | null; month: number | null; day: number | null }) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

describe("findDates on CLDR's date formats", () => {
  const langs = [...new Set(cases.map(([locale]) => locale))];
  it.each(langs)("reads every month in every style of %s", (locale) => {
    const lang = locale.split("-")[0] as string;
    const missed = cases
      .filter(([l]) => l === locale)
      .filter(([, text, date]) => !findDates(text, { lang }).some((d) => iso(d) === date))
      .map(([, text]) => text);
    expect(missed).toEqual([]);
  });

  it.each(langs)("reads each %s date as a whole date line, weekday and year mark included", (locale) => {
    const lang = locale.split("-")[0] as string;
    const missed = cases
      .filter(([l, text, date]) => l === locale && parseDate(text, { lang })?.iso !== date)
      .map(([, text]) => text);
    expect(missed).toEqual([]);
  });

  it("keeps each date's text as written, Arabic-Indic digits included", () => {
    const [match] = findDates("نشر في ٣ كانون الثاني ٢٠٢٤", { lang: "ar" });
    expect([match?.text, match && iso(match)]).toEqual(["٣ كانون الثاني ٢٠٢٤", "2024-01-03"]);
  });

  it("takes a Chinese, Japanese or Korean weekday after the date into the date, and a time after it", () => {
    const written = (text: string) => findDates(text).map((m) => m.text);
    expect(written("2016年5月9日 星期一 新闻")).toEqual(["2016年5月9日 星期一"]);
    expect(written("2016年5月9日(月) 12:30 更新")).toEqual(["2016年5月9日(月) 12:30"]);
    expect(written("2016년 5월 9일 월요일")).toEqual(["2016년 5월 9일 월요일"]);
    expect(findDates("2016年5月9日(月) 12:30")[0]?.hour).toBe(12);
    // a word after the date that only opens like a weekday stays a word
    expect(written("2016年5月9日 月刊")).toEqual(["2016年5月9日"]);
    expect(written("May 9, 2016 Sunday Service")).toEqual(["May 9, 2016"]);
  });

  it("reads the time after a date as each language joins them, its 12-hour marker before or after it", () => {
    const time = (text: string) => findDates(text).map((m) => [m.text, m.hour, m.minute]);
    expect(time("9 maggio 2016 alle ore 12:30")).toEqual([["9 maggio 2016 alle ore 12:30", 12, 30]]);
    expect(time("9 травня 2016 р. о 15:30")).toEqual([["9 травня 2016 р. о 15:30", 15, 30]]);
    expect(time("9. května 2016 v 8:05 Praha")).toEqual([["9. května 2016 v 8:05", 8, 5]]);
    expect(time("2016년 5월 9일 오후 3:00")).toEqual([["2016년 5월 9일 오후 3:00", 15, 0]]);
    expect(time("9 مايو 2016 في 3:00 م")).toEqual([["9 مايو 2016 في 3:00 م", 15, 0]]);
    expect(time("9 Μαΐου 2016 στις 9:15 π.μ.")).toEqual([["9 Μαΐου 2016 στις 9:15 π.μ.", 9, 15]]);
    expect(time("9 maj 2016 kl. 12.00")).toEqual([["9 maj 2016 kl. 12.00", 12, 0]]);
    expect(time("fredag den 13. maj 2016 kl. 12.00")).toEqual([["fredag den 13. maj 2016 kl. 12.00", 12, 0]]);
    // a dot between two numbers is a time only after the words that write it so
    expect(time("9 May 2016 12.50 EUR")).toEqual([["9 May 2016", undefined, undefined]]);
  });

  it("parts two dates glued year to day, as text dumps print a theme's published and updated dates", () => {
    const days = (text: string) => findDates(text).map((m) => [m.text, iso(m)]);
    expect(days("Opublikowano 17 stycznia 201917 stycznia 2019Categories")).toEqual([
      ["17 stycznia 2019", "2019-01-17"],
      ["17 stycznia 2019", "2019-01-17"],
    ]);
    expect(days("am 12. Juni 201728. Juni 2017")).toEqual([
      ["12. Juni 2017", "2017-06-12"],
      ["28. Juni 2017", "2017-06-28"],
    ]);
    // a long number after a month word is no year glued to a day
    expect(days("In March 201917 people came")).toEqual([]);
  });

  it("takes a weekday of two words before the date into it (Hebrew, Vietnamese)", () => {
    const written = (text: string) => findDates(text).map((m) => [m.text, iso(m)]);
    expect(written("פורסם: יום שבת, 10 באוגוסט 2024")).toEqual([["יום שבת, 10 באוגוסט 2024", "2024-08-10"]]);
    expect(written("Thứ Hai, 9 tháng 5, 2016")).toEqual([["Thứ Hai, 9 tháng 5, 2016", "2016-05-09"]]);
    expect(written("Chủ Nhật, 8 tháng 5, 2016")).toEqual([["Chủ Nhật, 8 tháng 5, 2016", "2016-05-08"]]);
  });

  it("takes a weekday after the date into it on the pages of languages that write it there", () => {
    const written = (text: string, lang: string) => findDates(text, { lang }).map((m) => m.text);
    expect(written("21 Aralık 2017 Perşembe 14:05 Gündem", "tr")).toEqual(["21 Aralık 2017 Perşembe 14:05"]);
    expect(written("2016. május 9., hétfő", "hu")).toEqual(["2016. május 9., hétfő"]);
    // elsewhere a weekday after a date may open a headline ("May 9, 2016 Sunday Service")
    expect(written("9 May 2016 Monday Briefing", "en")).toEqual(["9 May 2016"]);
  });

  it("takes the word or dot that closes a date in its language into the date", () => {
    const written = (text: string, lang?: string) => findDates(text, { lang }).map((m) => m.text);
    expect(written("Опубликовано 9 мая 2016 г. в 12:30", "ru")).toEqual(["9 мая 2016 г. в 12:30"]);
    expect(written("(16 августа 2020 г.)[社会]")).toEqual(["16 августа 2020 г."]);
    expect(written("9 травня 2016 р. Новини", "uk")).toEqual(["9 травня 2016 р."]);
    expect(written("9 maja 2016 r. przez", "pl")).toEqual(["9 maja 2016 r."]);
    expect(written("ponedjeljak, 9. svibnja 2016.", "hr")).toEqual(["ponedjeljak, 9. svibnja 2016."]);
    expect(written("2016. május 9. Budapest", "hu")).toEqual(["2016. május 9."]);
    // an English sentence keeps its full stop, a word after the year stays a word
    expect(written("It opened on May 9, 2016.")).toEqual(["May 9, 2016"]);
    expect(written("9 мая 2016 годовщина")).toEqual(["9 мая 2016"]);
  });

  it("reads the fullwidth digits of Japanese and Chinese text", () => {
    const [match] = findDates("掲載日：２０１９年１２月２０日（金）", { lang: "ja" });
    expect([match?.text, match && iso(match)]).toEqual(["２０１９年１２月２０日（金）", "2019-12-20"]);
    expect(findDates("发布时间 ２０２０-０７-０９").map(iso)).toEqual(["2020-07-09"]);
  });

  it("reads a word that names another month in another language as the text's language does", () => {
    // Croatian "listopad" is October; Czech and Polish "listopad" November
    expect(findDates("3. listopada 2024.", { lang: "hr" }).map(iso)).toEqual(["2024-10-03"]);
    expect(findDates("3. listopadu 2024", { lang: "cs" }).map(iso)).toEqual(["2024-11-03"]);
    expect(findDates("3 listopada 2024", { lang: "pl" }).map(iso)).toEqual(["2024-11-03"]);
    // a Croatian page taken for its neighbours' languages, or for none, writes its day as an ordinal
    expect(findDates("3. listopada 2024.", { lang: "bs" }).map(iso)).toEqual(["2024-10-03"]);
    expect(findDates("3. listopada 2024.").map(iso)).toEqual(["2024-10-03"]);
    expect(findDates("3 listopada 2024").map(iso)).toEqual(["2024-11-03"]);
  });

  it("reads spaced numeric dates only in the languages that write them", () => {
    expect(findDates("Objavljeno 3. 12. 2024. u 10:15", { lang: "hr" }).map(iso)).toEqual(["2024-12-03"]);
    expect(findDates("2024. 12. 3. 오전", { lang: "ko" }).map(iso)).toEqual(["2024-12-03"]);
    // a numbered list in English is no date
    expect(findDates("Steps 3. 12. 2024 units", { lang: "en" })).toEqual([]);
  });
});

describe("parseRelative on CLDR's relative times", () => {
  const reference = new Date(Date.UTC(2024, 5, 15, 12, 30));
  // n units before the reference, as parseRelative resolves them (a time for seconds to hours, a day otherwise)
  const expected = (unit: string, n: number) => {
    const d = new Date(reference.getTime());
    const ms = { second: 1e3, minute: 6e4, hour: 3.6e6 }[unit];
    if (ms) return new Date(d.getTime() - n * ms).toISOString().slice(0, 19);
    if (unit === "day") d.setUTCDate(d.getUTCDate() - n);
    if (unit === "week") d.setUTCDate(d.getUTCDate() - 7 * n);
    if (unit === "month") d.setUTCMonth(d.getUTCMonth() - n);
    if (unit === "year") d.setUTCFullYear(d.getUTCFullYear() - n);
    return d.toISOString().slice(0, 10);
  };
  const read = (text: string) => {
    const p = parseRelative(text, reference);
    if (!p) return null;
    const day = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
    if (p.hour === undefined) return day;
    return `${day}T${[p.hour, p.minute, p.second].map((x) => String(x).padStart(2, "0")).join(":")}`;
  };
  const langs = [...new Set(relative.map(([locale]) => locale))];
  it.each(langs)("resolves every unit of %s against the reference", (locale) => {
    const wrong = relative
      .filter(([l]) => l === locale)
      .filter(([, text, unit, n]) => read(text) !== expected(unit, n))
      .map(([, text]) => `${text} -> ${read(text)}`);
    expect(wrong).toEqual([]);
  });
});
