import { isSpace } from "../util/space.js";
import {
  dayAfter,
  dayBefore,
  fullYear,
  isAsciiLetter,
  isYear,
  lastRead,
  yearAfter,
  yearBefore,
  yearOnlyAfter,
} from "./around.js";
import {
  foldWord,
  type MonthEntry,
  mayBeMonth,
  monthIn,
  monthPairAt,
  monthWordAt,
  WEEKDAYS,
} from "./names.js";
import type { DateMatch, DateShape, DayOrder } from "./types.js";

export interface FindOptions {
  /** the text's language (ISO 639-1): its month names win and it sets the default day order */
  lang?: string | null;
  /** the page's decided day order for numeric dates */
  order?: DayOrder;
}

// every quantifier is bounded and every scan either moves forward or looks at a fixed window,
// so the work is linear in the text whatever it holds (digits, dots, one 10 MB line)
// a letter before a date is part of a word ("ISO8601-…", "v2.10.2020"), but Chinese, Japanese and
// Korean run dates into the words around them without a space ("报道2020-07-09", "기사2019.08.16")
const NUMERIC =
  /(?<![\p{N}]|(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])\p{L}|\d[-/.])(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})([-/.])(\d{1,2})\6(\d{4}|\d{2}))(?!\d|[-/.]\d)/gu;
const MONTH_DAY_TIME =
  /(?<![\p{N}]|(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])\p{L}|\d[-/.])(\d{1,2})([-/.])(\d{1,2})(?![\d]|[-/.]\d)(?=[\sT]{1,2}\d{1,2}:\d{2})/gu;
// Central European and Korean dates put a space after each dot: "3. 12. 2024", "03. 12. 2024.",
// "2024. 12. 3." (read only in the languages that write them: elsewhere "3. 4. 2015" is a list)
const SPACED_DAY_FIRST = /(?<![\p{N}\p{L}]|\d[-/.]\s?)(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?![\p{N}]|\.\s?\d)/gu;
const SPACED_YEAR_FIRST =
  /(?<![\p{N}\p{L}]|\d[-/.]\s?)(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.(?![\p{N}]|\s?\d)/gu;
const YEAR_FIRST_LANGS: ReadonlySet<string> = new Set(["ko", "ja", "zh"]);
const SPACED_LANGS: ReadonlySet<string> = new Set(["cs", "sk", "sl", "hr", "sr", "bs", "hu", "ko"]);
const CJK = /(?<!\d)(?:(\d{4})\s?[年년]\s?)?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日号號일]/gu;
const CJK_MONTH = /(?<!\d)(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월](?!\s?\d)/gu;
// the time after a date: the word that joins them in the page's language ("alle ore", "о", "kl.",
// "στις", "في"), a 12-hour marker before it (Korean) or after it (Latin, Greek, Arabic), a zone;
// a dot between hour and minute only after the Nordic and Indonesian words that write it so
const TIME =
  /^(?:T|,?\s{1,3}(?:(?:at|à|a las|às|um|alle ore|alle|om|o|о|в|v|u|ob|la|kl\.|klo|kello|pukul|στις|في|-|–|,|\|)\s{1,2})?)(?:(am|pm|오전|오후)\s?)?(\d{1,2})(?:[:h]|(?<=(?:kl\.|klo|kello|pukul)\s{1,2}\d{1,2})\.)(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:\s?(?:uhr|h)(?![\p{L}]))?(?:\s?(?:([ap])\.?m\.?|([πμ])\.μ\.|(ص|م))(?![\p{L}]))?(?:\s?(Z|UTC|GMT|UT|[+-]\d{2}(?::?\d{2})?|[ECMP][SD]T|CEST|CET|BST)(?![\p{L}]))?(?![\p{N}])/iu;
// the pairs' first words hold a Hebrew letter or Vietnamese ứ, ủ: no regex over other dates
const PAIRED_HINT = /[\u05d0-\u05ea\u1ee6-\u1ee9]/;
// (no group: the pair is a weekday as it stands)
const PAIRED_WEEKDAY =
  /(?<![\p{L}\p{N}])(?:יום\s(?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)|thứ\s(?:hai|ba|tư|năm|sáu|bảy)|chủ\snhật),?\s{1,3}$/iu;
// (Danish, Norwegian and Swedish put "den" between the weekday and the day: "mandag den 9. maj")
const WEEKDAY_BEFORE = /(\p{L}[\p{L}\p{M}-]{1,14})\.?[,،]?(?:\s{1,2}den)?\s{1,3}$/u;

const ZONES: Record<string, number> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  BST: 60,
};

/**
 * Every date expression in `text`: numeric (`24.06.2019`, `09/07/2018`, `05.19.15`), ISO with time
 * and zone, month names in many languages (`14 avril 2015`, `Apr 14, 2015`, `21 de diciembre de
 * 2017`, `21 декабря 2017`…), weekday forms, RFC 2822 and CJK (`2020年8月16日`). Invalid dates (Feb 30,
 * month 13) are not dates. Linear in the length of the text.
 *
 * @example
 * findDates("Posted Apr 14, 2015 and 24.06.2019").map((d) => [d.year, d.month, d.day]);
 * // [[2015, 4, 14], [2019, 6, 24]]
 */
export function findDates(text: string, options: FindOptions = {}): DateMatch[] {
  const found: DateMatch[] = [];
  if (!text) return found;
  // Arabic-Indic and Persian digits ("٣ كانون الثاني ٢٠٢٤") are read as the ASCII digits they
  // stand for: one code unit each, so every span holds
  if (EASTERN_DIGIT.test(text)) {
    const ascii = text.replace(EASTERN_DIGITS, (d) => String.fromCharCode(48 + (d.charCodeAt(0) & 0xf)));
    for (const m of findDates(ascii, options)) {
      m.text = text.slice(m.start, m.end);
      found.push(m);
    }
    return found;
  }
  if (!/\d/.test(text)) return found;
  // two dates glued year to day ("17 stycznia 201917 stycznia 2019": a theme's published and
  // updated <time>s, dumped without a space): read on each side of the cut
  const glued = text.length >= 10 && FIVE_DIGITS.test(text) ? GLUED_YEAR_DAY.exec(text) : null;
  if (glued) {
    const cut = glued.index + 4;
    const before = findDates(text.slice(0, cut), options);
    const after = findDates(text.slice(cut), options);
    // (only when a whole date ends at the cut and another starts there: "March 201917 people" is a number)
    if (before.at(-1)?.end === cut && after[0]?.start === 0 && after[0].day !== null) {
      for (const m of after) {
        m.start += cut;
        m.end += cut;
      }
      return [...before, ...after];
    }
  }
  scanNumeric(text, options, found);
  scanCjk(text, found);
  scanMonthNames(text, options, found);
  if (text.indexOf("áng") !== -1 || text.indexOf("thg") !== -1) scanVietnamese(text, found);
  return dropOverlaps(found);
}

const FIVE_DIGITS = /\d{5}/;
// a year after a month word, glued to the day of a date that goes on with a month word
const GLUED_YEAR_DAY = /(?<=\p{L}\.?,?\s{1,2})(?:19|20)\d\d(?=\d{1,2}\.?\s{1,2}(?:de\s)?\p{L})/u;

const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

// Vietnamese numbers its months: "3 tháng 12, 2024", "ngày 3 tháng 12 năm 2024", "3 thg 12, 2024",
// "tháng 12/2024"
const VIETNAMESE =
  /(?<![\p{N}\p{L}])(?:(\d{1,2})\s{1,2})?(?:tháng|thg)\s{1,2}(\d{1,2})(?:,\s{0,2}|\s{1,2}năm\s{1,2}|\/)(\d{4})(?![\p{N}])/giu;

function scanVietnamese(text: string, out: DateMatch[]): void {
  VIETNAMESE.lastIndex = 0;
  for (let m = VIETNAMESE.exec(text); m; m = VIETNAMESE.exec(text)) {
    const day = m[1] === undefined ? null : Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    if (!isYear(year) || month < 1 || month > 12 || (day !== null && !isValid(year, month, day))) continue;
    const end = m.index + m[0].length;
    out.push(
      day === null
        ? make(text, m.index, end, "month-year", year, month, null)
        : withTime(text, withWeekday(text, make(text, m.index, end, "day-month", year, month, day))),
    );
  }
}

function scanNumeric(text: string, options: FindOptions, out: DateMatch[]): void {
  if (options.lang && SPACED_LANGS.has(options.lang) && text.indexOf(". ") !== -1)
    scanSpaced(text, options, out);
  // both patterns hold a digit, a separator and a digit: most lines with numbers have none
  if (!digitSeparatorDigit(text)) return;
  const shortYearFirst = options.lang != null && YEAR_FIRST_LANGS.has(options.lang);
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const year = Number(m[1]);
      const month = Number(m[3]);
      const day = Number(m[4]);
      if (!isYear(year) || !isValid(year, month, day)) continue;
      out.push(withTime(text, make(text, start, end, "iso", year, month, day)));
      continue;
    }
    const first = Number(m[5]);
    const second = Number(m[7]);
    // East Asian dates are big-endian with a short year too ("24.03.05" is 2024-03-05 in Korean)
    if (shortYearFirst && (m[5] as string).length === 2 && (m[8] as string).length === 2) {
      const year = fullYear(m[5] as string);
      const day = Number(m[8]);
      if (year !== null && isValid(year, second, day)) {
        out.push(withTime(text, make(text, start, end, "iso", year, second, day)));
        continue;
      }
    }
    const year = fullYear(m[8] as string);
    if (year === null) continue;
    const read = readNumeric(first, second, year, options.order ?? defaultOrder(options.lang));
    if (!read) continue;
    out.push(withTime(text, numericMatch(text, start, end, year, read, first, second), options.lang));
  }
  // rolling news lists write month and day without the year, always with a time ("08-16 22:26")
  if (text.indexOf(":") === -1) return;
  MONTH_DAY_TIME.lastIndex = 0;
  for (let m = MONTH_DAY_TIME.exec(text); m; m = MONTH_DAY_TIME.exec(text)) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const read = readNumeric(first, second, null, options.order ?? defaultOrder(options.lang));
    if (!read) continue;
    const end = m.index + m[0].length;
    const match = withTime(text, numericMatch(text, m.index, end, null, read, first, second));
    if (match.hour !== undefined) out.push(match);
  }
}

function scanSpaced(text: string, options: FindOptions, out: DateMatch[]): void {
  SPACED_YEAR_FIRST.lastIndex = 0;
  for (let m = SPACED_YEAR_FIRST.exec(text); m; m = SPACED_YEAR_FIRST.exec(text)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!isYear(year) || !isValid(year, month, day)) continue;
    out.push(withTime(text, make(text, m.index, m.index + m[0].length, "iso", year, month, day)));
  }
  SPACED_DAY_FIRST.lastIndex = 0;
  for (let m = SPACED_DAY_FIRST.exec(text); m; m = SPACED_DAY_FIRST.exec(text)) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const year = Number(m[3]);
    if (!isYear(year)) continue;
    const read = readNumeric(first, second, year, options.order ?? defaultOrder(options.lang));
    if (!read) continue;
    // the year's closing dot ("3. 12. 2024.") belongs to the date
    const end = m.index + m[0].length + (text.charCodeAt(m.index + m[0].length) === 46 ? 1 : 0);
    out.push(withTime(text, numericMatch(text, m.index, end, year, read, first, second)));
  }
}

// native scans: charCodeAt loops over lines (slices of the input) are several times slower
const DIGIT_SEPARATOR_DIGIT = /\d[-./]\d/;

function digitSeparatorDigit(text: string): boolean {
  return DIGIT_SEPARATOR_DIGIT.test(text);
}

function scanCjk(text: string, out: DateMatch[]): void {
  if (!/[月월]/.test(text)) return;
  CJK.lastIndex = 0;
  for (let m = CJK.exec(text); m; m = CJK.exec(text)) {
    const year = m[1] === undefined ? null : Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if ((year !== null && !isYear(year)) || !isValid(year, month, day)) continue;
    out.push(withTime(text, make(text, m.index, m.index + m[0].length, "cjk", year, month, day)));
  }
  CJK_MONTH.lastIndex = 0;
  for (let m = CJK_MONTH.exec(text); m; m = CJK_MONTH.exec(text)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (!isYear(year) || month < 1 || month > 12) continue;
    out.push(make(text, m.index, m.index + m[0].length, "month-year", year, month, null));
  }
}

// a month name always sits beside a number (its day or its year), so the words next to digit runs
// are the only ones worth looking up: the work follows the digits, not the words
const CONNECTORS: ReadonlySet<string> = new Set([
  "de",
  "of",
  "du",
  "di",
  "del",
  "st",
  "nd",
  "rd",
  "th",
  "er",
  "e",
]);

const DIGIT_RUN = /\d{1,4}/g;
const LOWER_CASE = /\p{Ll}/u;

// the characters a month word is made of (isWordChar, and the Greek between): a text without
// any holds no month name
const WORD_CHAR = /[A-Za-z\u00c0-\u04ff\u05d0-\u05ea\u0620-\u064a]/;

function scanMonthNames(text: string, options: FindOptions, out: DateMatch[]): void {
  // "05/01/13", "1.2.3.4": digits and marks only, as many date lines are
  if (!WORD_CHAR.test(text)) return;
  let after = -1;
  let tried = -1;
  // the regex finds the runs natively: a charCodeAt loop over a line (a slice of the input) is
  // several times slower than the match arrays cost
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const ds = m.index;
    const runEnd = ds + m[0].length;
    for (let side = 0; side < 2; side++) {
      const ws = side === 0 ? wordBefore(text, ds) : wordAfter(text, runEnd);
      if (ws < 0 || ws < after || ws === tried) continue;
      tried = ws;
      let we = wordEnd;
      if (!mayBeMonth(text, ws)) continue;
      let word = monthWordAt(text, ws, we);
      if (!word && side === 1) {
        const pair = monthPairAt(text, ws, we);
        if (pair) ({ word, end: we } = pair);
      }
      if (!word) continue;
      const entry = word.entry;
      const month = monthIn(entry, monthLang(entry, options.lang, text, ws));
      // the month named twice, "04 آب/أغسطس 2013" (the Levant's name and Egypt's): read as one
      if (text.charCodeAt(we) === 47) we = sameMonthAfter(text, we + 1, month, options.lang) ?? we;
      // words that are also common words stay dates only with a day and a year, unless the text's language says so
      const weak = word.weak && !(options.lang && entry.langs.has(options.lang));
      const match = readAround(text, ws, we, month, weak);
      if (match) {
        after = match.end;
        out.push(match.day === null ? match : withTime(text, match, options.lang));
        break;
      }
    }
  }
}

// the end of the word wordBefore/wordAfter found (a second return value without an allocation)
let wordEnd = -1;

/** Where the word at `start` ends when it names `month` too, as another name of it. */
function sameMonthAfter(
  text: string,
  start: number,
  month: number,
  lang: string | null | undefined,
): number | null {
  let end = start;
  while (end < text.length && end - start < 14 && isWordChar(text.charCodeAt(end))) end++;
  if (end - start < 2 || !mayBeMonth(text, start)) return null;
  const word = monthWordAt(text, start, end);
  return word && monthIn(word.entry, lang) === month ? end : null;
}

/**
 * The language a month word is read in: Croatian "listopad" is October, Czech and Polish November.
 * A Croatian page taken for Bosnian or Serbian, or of no known language, writes its day as an
 * ordinal before it ("9. listopada"), which Polish does not and Czech does with "listopadu".
 */
function monthLang(entry: MonthEntry, lang: string | null | undefined, text: string, at: number) {
  if (!entry.byLang?.has("hr") || lang === "hr" || lang === "pl" || lang === "cs") return lang;
  if (lang === "bs" || lang === "sr") return "hr";
  return ORDINAL_BEFORE.test(text.slice(Math.max(0, at - 5), at)) ? "hr" : lang;
}

const ORDINAL_BEFORE = /(?<!\d)\d{1,2}\.\s{1,2}$/;

function isWordChar(c: number): boolean {
  return (
    ((c | 32) >= 97 && (c | 32) <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x386 && c <= 0x3ce) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0x5d0 && c <= 0x5ea) ||
    (c >= 0x620 && c <= 0x65f) ||
    (c >= 0x300 && c <= 0x36f)
  );
}

function isGap(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 46 || c === 44 || c === 45 || c === 47
  );
}

// start of the month-like word before a number ("December 21", "Dec. 21", "diciembre de 2017")
function wordBefore(text: string, at: number): number {
  let i = at;
  for (let hop = 0; hop < 2; hop++) {
    let gap = 0;
    while (i > 0 && gap < 6 && isGap(text.charCodeAt(i - 1))) {
      i--;
      gap++;
    }
    if (gap === 0) return -1;
    const end = i;
    let glued = false;
    while (i > 0 && end - i < 14 && isWordChar(text.charCodeAt(i - 1))) {
      i--;
      // a capitalised word run into the one before it ("GiuffridaMar 5, 2025", "EditorialNovember
      // 22, 2018"): inline elements' texts joined without a space, as HTML-to-text dumps print them
      // (not a preposition run into it, "Updated onJanuary 12": the date's label, read as before)
      if (end - i >= 3 && i > 0 && isAsciiUpper(text.charCodeAt(i)) && isAsciiLower(text.charCodeAt(i - 1))) {
        if (!gluedToLink(text, i)) glued = true;
        break;
      }
    }
    if (end - i < 2 || (!glued && i > 0 && isWordChar(text.charCodeAt(i - 1)))) return -1;
    if (!isConnector(text, i, end)) {
      wordEnd = end;
      return i;
    }
  }
  return -1;
}

// start of the month-like word after a number ("21 December", "1er janvier", "21 de diciembre",
// Catalan's "3 d'abril")
function wordAfter(text: string, at: number): number {
  let i = at;
  let elided = false;
  for (let hop = 0; hop < 3; hop++) {
    const gapStart = i;
    while (i < text.length && i - gapStart < 6 && isGap(text.charCodeAt(i))) i++;
    if (i === gapStart && hop > 0 && !elided) return -1;
    const start = i;
    while (i < text.length && i - start < 14 && isWordChar(text.charCodeAt(i))) i++;
    elided =
      i - start === 1 &&
      hop === 0 &&
      (text.charCodeAt(start) | 32) === 100 &&
      isApostrophe(text.charCodeAt(i));
    if (elided) {
      i++;
      continue;
    }
    if (i - start < 2 || (i < text.length && isWordChar(text.charCodeAt(i)))) return -1;
    if (!isConnector(text, start, i)) {
      wordEnd = i;
      return start;
    }
  }
  return -1;
}

// the letters run into a capital at \`at\` are a short lower-case link word ("on", "am", "le")
function gluedToLink(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 4 && isAsciiLower(text.charCodeAt(i - 1))) i--;
  return at - i <= 3 && (i === 0 || !isWordChar(text.charCodeAt(i - 1)));
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isConnector(text: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  // the connectors are ASCII: read the word's letters as a number instead of building it
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (lower < 97 || lower > 122) return false;
    key = key * 32 + (lower - 96);
  }
  return CONNECTOR_KEYS.has(key);
}

function connectorKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 32 + (word.charCodeAt(i) - 96);
  return key;
}

const CONNECTOR_KEYS: ReadonlySet<number> = new Set([...CONNECTORS].map(connectorKey));

function readAround(text: string, s: number, e: number, month: number, weak: boolean): DateMatch | null {
  const lim = Math.min(text.length, e + 24);
  const beforeLength = dayBefore(text, Math.max(0, s - 16), s);
  const beforeDay = lastRead.day;
  const afterLength = dayAfter(text, e, lim);
  const afterDay = lastRead.day;
  const afterYear = lastRead.year;
  if (beforeLength >= 0) {
    const yearLength = yearAfter(text, e, lim);
    // "21 May 2013" unless the day after the month comes with a year and no year follows
    if (!(afterLength >= 0 && afterYear !== null && yearLength < 0)) {
      const year = yearLength >= 0 ? lastRead.year : null;
      if ((weak && year === null) || !isValid(year, month, beforeDay)) return null;
      const end = e + Math.max(yearLength, 0);
      return withWeekday(text, make(text, s - beforeLength, end, "day-month", year, month, beforeDay));
    }
  }
  if (afterLength >= 0) {
    // PubMed and citation metadata write the year first: "2023 Jan 7"
    const c = text.charCodeAt(s);
    const lower = (c >= 97 && c <= 122) || (c >= 128 && LOWER_CASE.test(text[s] as string));
    const lead = afterYear === null && s >= 5 ? yearBefore(text, Math.max(0, s - 10), s, lower) : -1;
    const year = afterYear !== null ? afterYear : lead >= 0 ? lastRead.year : null;
    if ((weak && year === null) || !isValid(year, month, afterDay) || (year !== null && !isYear(year))) {
      return null;
    }
    const start = lead >= 0 ? s - lead : s;
    return withWeekday(text, make(text, start, e + afterLength, "month-day", year, month, afterDay));
  }
  const yearLength = yearOnlyAfter(text, e, lim);
  // "May 2013" heads a month's items; lower-case "may 2013" is more likely the verb
  if (yearLength >= 0 && (!weak || isUpper(text.charCodeAt(s)))) {
    const year = lastRead.year as number;
    if (!isYear(year)) return null;
    return make(text, s, e + yearLength, "month-year", year, month, null);
  }
  return null;
}

/**
 * WEEKDAY_BEFORE on `text.slice(from, to)`: one to three spaces at the end, after an optional dot
 * and comma, and before them a letter, a mark or a dash (not a digit, not another ASCII mark).
 */
function mayEndWithWord(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && to - i < 4 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === to || to - i > 3) return false;
  if (i > from && (text.charCodeAt(i - 1) === 44 || text.charCodeAt(i - 1) === 0x60c)) i--;
  if (i > from && text.charCodeAt(i - 1) === 46) i--;
  if (i === from) return false;
  const c = text.charCodeAt(i - 1);
  return c >= 128 || c === 45 || isAsciiLetter(c);
}

function isUpper(code: number): boolean {
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase();
}

function withWeekday(text: string, match: DateMatch): DateMatch {
  // a weekday is followed by a space before the date: no space, no regex
  if (match.start === 0) return match;
  const c = text.charCodeAt(match.start - 1);
  if (c < 128 && c !== 32 && (c < 9 || c > 13)) return match;
  const from = Math.max(0, match.start - 20);
  if (!mayEndWithWord(text, from, match.start)) return match;
  const before = text.slice(from, match.start);
  // Hebrew and Vietnamese name weekdays in two words ("יום שני", "Thứ Hai", "Chủ Nhật")
  const w = (PAIRED_HINT.test(before) ? PAIRED_WEEKDAY.exec(before) : null) ?? WEEKDAY_BEFORE.exec(before);
  if (!w || (w[1] !== undefined && !WEEKDAYS.has(foldWord(w[1])))) return match;
  match.start -= w[0].length;
  match.text = text.slice(match.start, match.end);
  return match;
}

function withTime(text: string, match: DateMatch, lang?: string | null): DateMatch {
  pastYearMark(text, match);
  pastCjkWeekday(text, match);
  if (lang && WEEKDAY_AFTER_LANGS.has(lang)) pastWordWeekday(text, match);
  if (!digitSoon(text, match.end)) return match;
  const t = TIME.exec(text.slice(match.end, match.end + 48));
  if (!t) return match;
  let hour = Number(t[2]);
  const minute = Number(t[3]);
  const second = t[4] === undefined ? 0 : Number(t[4]);
  // afternoon: "pm", "p.m.", "μ.μ.", "م", "오후"; morning: "am", "π.μ.", "ص", "오전"
  const half = t[1] ?? t[5] ?? t[6] ?? t[7];
  if (half) {
    if (hour < 1 || hour > 12) return match;
    hour = (hour % 12) + (/^(?:p|pm|μ|م|오후)$/iu.test(half) ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 60) return match;
  match.end += t[0].length;
  match.text = text.slice(match.start, match.end);
  match.hour = hour;
  match.minute = minute;
  match.second = second;
  const zone = t[8] === undefined ? undefined : zoneOffset(t[8]);
  if (zone !== undefined) match.offsetMinutes = zone;
  return match;
}

/**
 * The word or dot that closes a date in its language is the date's: after the year, "г." and
 * "года" (Russian, Bulgarian, Macedonian), "р." and "року" (Ukrainian), "r." (Polish); the dot
 * after a year that ends a date whose day is an ordinal ("9. svibnja 2016.": Croatian, Serbian,
 * Bosnian); the dot after the day of a year-first date ("2016. május 9.": Hungarian). Left out,
 * they read as the start of the text after the date (a text dump's "2016 г. by" headline).
 */
function pastYearMark(text: string, match: DateMatch): void {
  const end = match.end;
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 46 && c !== 0xa0 && c !== 0x433 && c !== 0x440 && c !== 114) return;
  const last = text.charCodeAt(end - 1);
  if (last < 48 || last > 57) return;
  let to = -1;
  if (c === 46) {
    if (!endsWord(text, end + 1)) return;
    const written = match.text;
    // (the ordinal day or the year-first form: "9. svibnja 2016", "2016. május 9")
    if (ORDINAL_DAY.test(written) || /^\d{4}\.\s/u.test(written)) to = end + 1;
  } else {
    // (most dates are followed by a space and another word: no cut, no regex)
    const next = c === 32 || c === 0xa0 ? text.charCodeAt(end + 1) : c;
    if (next !== 0x433 && next !== 0x440 && next !== 114) return;
    const mark = YEAR_MARK.exec(text.slice(end, end + 8));
    if (mark && /\d{4}$/u.test(match.text)) to = end + mark[0].length;
  }
  if (to === -1) return;
  match.end = to;
  match.text = text.slice(match.start, to);
}

// "9. svibnja 2016", "ponedjeljak, 9. svibnja 2016"
const ORDINAL_DAY = /(?:^|[\s,])\d{1,2}\.\s/u;

/**
 * A weekday written after the date is the date's, where the language puts it there: Chinese,
 * Japanese and Korean ("2016年5月9日 星期一", "2016年5月9日(月)", "2016년 5월 9일 월요일"). (Not a
 * Latin weekday: "May 9, 2016 Sunday Service" is a date and a headline.)
 */
function pastCjkWeekday(text: string, match: DateMatch): void {
  const c = text.charCodeAt(match.end);
  const next = text.charCodeAt(match.end + 1);
  // (a space, a bracket or the weekday's first character: 星 周 週 禮 礼 (, （, or a kanji / hangul day)
  if (
    !(c === 32 || c === 40 || c === 0xff08 || c >= 0x3000) ||
    (c === 32 && !(next >= 0x3000 || next === 40))
  )
    return;
  const w = CJK_WEEKDAY.exec(text.slice(match.end, match.end + 8));
  if (!w) return;
  match.end += w[0].length;
  match.text = text.slice(match.start, match.end);
}

// languages whose dates put the weekday after them ("9 Mayıs 2016 Pazartesi", "2016. május 9., hétfő")
const WEEKDAY_AFTER_LANGS: ReadonlySet<string> = new Set(["tr", "hu"]);

/** The weekday after a date in a language that writes it there, read only on its pages. */
function pastWordWeekday(text: string, match: DateMatch): void {
  const w = WEEKDAY_AFTER.exec(text.slice(match.end, match.end + 16));
  if (!w || !WEEKDAYS.has(foldWord(w[1] as string))) return;
  match.end += w[0].length;
  match.text = text.slice(match.start, match.end);
}

const WEEKDAY_AFTER = /^,?\s{1,2}(\p{L}{3,12})(?![\p{L}\p{N}])/u;

const CJK_WEEKDAY =
  /^ ?(?:(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|[月火水木金土日]曜日?|[월화수목금토일]요일|[(（][一二三四五六日月火水木金土월화수목금토일][)）])/u;

const YEAR_MARK = /^[ \u00a0]?(?:г\.|г(?=[\s,)]|$)|года(?![\p{L}])|р\.|року(?![\p{L}])|r\.)/u;

// whether the text ends at `at` or a space, a closing mark or a line break follows
function endsWord(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return isSpace(c) || c === 41 || c === 44 || c === 59 || c === 93;
}

// a time follows a date within a few characters ("T10:00", ", at 3:45 pm"): skip the regex otherwise
function digitSoon(text: string, from: number): boolean {
  // (", alle ore 12:00": the longest joining word)
  const end = Math.min(text.length, from + 12);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function zoneOffset(zone: string): number | undefined {
  const named = ZONES[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

// one object shape for every match: spreading into literals is a slow path in V8 (microseconds each)
function make(
  text: string,
  start: number,
  end: number,
  shape: DateShape,
  year: number | null,
  month: number | null,
  day: number | null,
): DateMatch {
  return { start, end, text: text.slice(start, end), ambiguous: false, shape, year, month, day };
}

function numericMatch(
  text: string,
  start: number,
  end: number,
  year: number | null,
  read: { day: number; month: number; ambiguous: boolean },
  first: number,
  second: number,
): DateMatch {
  // one literal, keys in make's order and then `numeric`: a property added to a made match moved it
  // to a new hidden class, on every numeric date
  return {
    start,
    end,
    text: text.slice(start, end),
    ambiguous: read.ambiguous,
    shape: "numeric",
    year,
    month: read.month,
    day: read.day,
    numeric: { first, second },
  };
}

/** Read `first`/`second` as day and month in `order`, or the other way when only that is valid. */
export function readNumeric(
  first: number,
  second: number,
  year: number | null,
  order: DayOrder,
): { day: number; month: number; ambiguous: boolean } | null {
  const dmy = isValid(year, second, first);
  const mdy = isValid(year, first, second);
  if (dmy && mdy) {
    const ambiguous = first !== second;
    return order === "dmy"
      ? { day: first, month: second, ambiguous }
      : { day: second, month: first, ambiguous };
  }
  if (dmy) return { day: first, month: second, ambiguous: false };
  if (mdy) return { day: second, month: first, ambiguous: false };
  return null;
}

// regions whose English writes the day first (09/10/2024 is 9 October), unlike the US and Canada
const DAY_FIRST_ENGLISH = new Set([
  "GB",
  "UK",
  "IE",
  "AU",
  "NZ",
  "IN",
  "ZA",
  "SG",
  "MY",
  "PK",
  "NG",
  "KE",
  "HK",
  "MT",
  "JM",
]);

/**
 * The order a language writes numeric dates in when nothing else says; for English, the region
 * of the page's locale (`en-GB`, `en_AU`) decides.
 *
 * @example
 * defaultOrder("en"); // "mdy"
 * defaultOrder("en", "GB"); // "dmy"
 */
export function defaultOrder(lang: string | null | undefined, region?: string | null): DayOrder {
  if (lang === "en") return region && DAY_FIRST_ENGLISH.has(region.toUpperCase()) ? "dmy" : "mdy";
  // the East Asian languages write the month first
  return lang === "zh" || lang === "ja" || lang === "ko" ? "mdy" : "dmy";
}

/** A real calendar day (no Feb 30, no month 13); an unknown year allows Feb 29. */
export function isValid(year: number | null, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * `Date.UTC(year, month - 1, day) / 864e5` for a date isValid accepts: the day's number from
 * 1970-01-01 in the proleptic Gregorian calendar, with a year of 0-99 read as 1900-1999 as
 * Date.UTC reads it, worked out in integers (Date.UTC's builtin call costs several hundred
 * instructions, and decideOrder reads two per numeric date of a list). A year that is not whole,
 * or past what a Date holds, goes to Date.UTC itself.
 */
export function dayNumber(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || year < -200_000 || year > 200_000)
    return Date.UTC(year, month - 1, day) / 864e5;
  // (days from civil: the year starting in March, so that a leap day closes it)
  const y = (year >= 0 && year <= 99 ? year + 1900 : year) - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number | null, month: number): number {
  if (month === 2) {
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return MONTH_DAYS[month - 1] as number;
}

// (hoisted: an array literal is a new array at every call, and this runs for every numeric date)
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dropOverlaps(matches: DateMatch[]): DateMatch[] {
  if (matches.length < 2) return matches;
  // by start, the longer first (stable, as Array#sort is); a line holds a few dates: an insertion
  // sort in place spares the comparator calls, and long texts keep the n·log n sort
  if (matches.length > 16) matches.sort((a, b) => a.start - b.start || b.end - a.end);
  else
    for (let i = 1; i < matches.length; i++) {
      const m = matches[i] as DateMatch;
      let j = i - 1;
      for (; j >= 0; j--) {
        const o = matches[j] as DateMatch;
        if (o.start < m.start || (o.start === m.start && o.end >= m.end)) break;
        matches[j + 1] = o;
      }
      matches[j + 1] = m;
    }
  const kept: DateMatch[] = [];
  for (const m of matches) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
