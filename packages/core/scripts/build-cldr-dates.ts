/**
 * Writes fixtures/dates/cldr.json: dates as CLDR formats them in each language the date module
 * reads (what `Intl.DateTimeFormat`, ICU and most date libraries print on pages), and past
 * offsets as `Intl.RelativeTimeFormat` writes them ("3 hours ago", "3 saat önce"), for
 * src/dates/cldr.test.ts. Kept as a file so the test does not move with the CLDR of the Node
 * version that runs it. Review the file by reading it when you rebuild it.
 *
 *   cd packages/core && npx tsx scripts/build-cldr-dates.ts
 */
import { writeFileSync } from "node:fs";

// [locale, styles]: the styles whose every month the module reads (Arabic's numeric styles put a
// right-to-left mark inside the date, Catalan's medium August is "ag.", Korean's short year has two digits)
const LOCALES: [string, string[]][] = [
  ...["en", "en-GB", "fr", "es", "it", "pt", "de", "nl", "pl", "ru", "uk", "cs", "tr", "fi", "hu", "el"].map(
    (l): [string, string[]] => [l, ["full", "long", "medium", "short"]],
  ),
  ...[
    "ro",
    "sk",
    "sl",
    "hr",
    "sr",
    "sr-Latn",
    "bg",
    "et",
    "da",
    "nb",
    "sv",
    "id",
    "ms",
    "vi",
    "ja",
    "zh",
  ].map((l): [string, string[]] => [l, ["full", "long", "medium", "short"]]),
  ["ko", ["full", "long", "medium"]],
  ["ca", ["full", "long"]],
  ["ar", ["full", "long"]],
  ["he", ["full", "long"]],
  ["ar-SY", ["full", "long"]],
];

const cases: [string, string, string][] = [];
for (const [locale, styles] of LOCALES) {
  for (const style of styles) {
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: style as "full" | "long" | "medium" | "short",
      timeZone: "UTC",
    });
    for (let month = 1; month <= 12; month++) {
      // short (numeric) styles get a day that cannot be a month
      const day = (month + (style === "short" ? 13 : 2)) % 28 || 28;
      const date = new Date(Date.UTC(2024, month - 1, day));
      cases.push([locale, format.format(date), date.toISOString().slice(0, 10)]);
    }
  }
}
// relative ages: long and short styles (the narrow style's "-3 s" is no page's), "yesterday" and
// "today". Not read: Arabic's singular, "one" after the unit ("قبل ساعة واحدة"), and its short
// style ("خلال 3 أشهر"); Hungarian's short style, a suffix ("3 napja"), and its "today", "ma", a
// word too common to stand alone as a date
const RELATIVE_LOCALES =
  "en fr es pt it de nl pl ru uk bg sr hr bs cs sk ro ca sv da nb fi hu el tr vi id ms ar ko zh ja".split(
    " ",
  );
const UNITS = ["second", "minute", "hour", "day", "week", "month", "year"] as const;
const relative: [string, string, string, number][] = [];
for (const locale of RELATIVE_LOCALES) {
  for (const style of locale === "hu" || locale === "ar"
    ? (["long"] as const)
    : (["long", "short"] as const)) {
    const format = new Intl.RelativeTimeFormat(locale, { numeric: "always", style });
    for (const unit of UNITS) {
      for (const n of locale === "ar" ? [3, 21] : [1, 3, 21])
        relative.push([locale, format.format(-n, unit), unit, n]);
    }
  }
  const auto = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const n of locale === "hu" ? [1] : [0, 1]) relative.push([locale, auto.format(-n, "day"), "day", n]);
}

const { node, icu, cldr } = process.versions as Record<string, string | undefined>;
writeFileSync(
  new URL("../fixtures/dates/cldr.json", import.meta.url),
  `{"node":"${node}","icu":"${icu}","cldr":"${cldr}","cases":[\n${cases.map((c) => JSON.stringify(c)).join(",\n")}\n],"relative":[\n${relative.map((c) => JSON.stringify(c)).join(",\n")}\n]}\n`,
);
