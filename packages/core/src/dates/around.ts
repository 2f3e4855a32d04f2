// The day and the year written around a month name ("21 December 2017", "Dec 21, 2017",
// "2023 Jan 7", "May 2013", "21 de diciembre de 2017"). Each reader gives exactly what its regex
// gives on the same window of the line: it reads the line's characters in place (no cut of the
// line, no match array) and hands over to the regex as soon as it meets a character outside ASCII
// that it would have to classify (a Unicode letter, number or mark, "ſ" that /i folds to "s").

import { isSpace } from "../util/space.js";

// the day before the month: "21 ", "1er ", "21st of ", "21. ", "21 de ", "21-", Catalan's "3 d'"
export const DAY_BEFORE =
  /(?<![\p{N}\p{L}])(\d{1,2})(?:st|nd|rd|th|er|re|e|º|°|ª)?(?:\.\s{0,3}|[-/]|,?\s{1,3}(?:(?:de|of|du|di)\s{1,3}|d['’])?)$/iu;
// the year after a day-month: " 2017", ", 2017", " de 2017", " '17", "-17", ".2019"
export const YEAR_AFTER =
  /^(?:\.?,?(?:\s{1,3}(?:de|del|of)\s{1,3}|\s{1,3})(\d{4}|['’]\d{2})|[-/.](\d{4}|\d{2}))(?![\p{N}])/iu;
// the day (and year) after the month: " 21", ". 21st, 2017"
export const DAY_AFTER =
  /^\.?,?\s{1,4}(\d{1,2})(?:st|nd|rd|th|er|º)?(?![\p{N}\p{L}])(?:[.,]?\s{1,4}(\d{4})(?![\p{N}]))?/iu;
// the year before the month, as citation metadata write it: "2023 "; Hungarian dates put a dot
// after it ("2024. január 12."), read only before a lower-case month (an English sentence's end,
// "… in 2019. Dec 5 …", opens the next with a capital)
export const YEAR_BEFORE = /(?<![\p{N}\p{L}:./-])(\d{4})\s{1,3}$/u;
const YEAR_BEFORE_DOTTED = /(?<![\p{N}\p{L}:./-])(\d{4})\.?\s{1,3}$/u;
// the year alone after the month: " 2013"
export const YEAR_ONLY_AFTER = /^\.?,?\s{1,3}(\d{4})(?![\p{N}])/u;

/** What the last reader read: a day, a year (null when there is none or it is no year). */
export const lastRead: { day: number; year: number | null } = { day: 0, year: null };

const NONE = -1;
// a character outside ASCII where the reader would have to classify it: the regex decides
const UNSURE = -2;

/**
 * DAY_BEFORE on `text.slice(from, to)`: the length of its match (it ends at `to`), or -1;
 * `lastRead.day` is the day.
 */
export function dayBefore(text: string, from: number, to: number): number {
  const read = dayBeforeAscii(text, from, to);
  if (read !== UNSURE) return read;
  const m = DAY_BEFORE.exec(text.slice(from, to));
  if (!m) return NONE;
  lastRead.day = Number(m[1]);
  return m[0].length;
}

/**
 * DAY_AFTER on `text.slice(from, to)`: the length of its match (from `from`), or -1; `lastRead.day`
 * and `lastRead.year` (null without one) are what it read.
 */
export function dayAfter(text: string, from: number, to: number): number {
  const read = dayAfterAscii(text, from, to);
  if (read !== UNSURE) return read;
  const m = DAY_AFTER.exec(text.slice(from, to));
  if (!m) return NONE;
  lastRead.day = Number(m[1]);
  lastRead.year = m[2] === undefined ? null : Number(m[2]);
  return m[0].length;
}

/** YEAR_AFTER on `text.slice(from, to)`: the length of its match, or -1; `lastRead.year` as fullYear reads it. */
export function yearAfter(text: string, from: number, to: number): number {
  const read = yearAfterAscii(text, from, to);
  if (read !== UNSURE) return read;
  const m = YEAR_AFTER.exec(text.slice(from, to));
  if (!m) return NONE;
  lastRead.year = fullYear((m[1] ?? m[2]) as string);
  return m[0].length;
}

/**
 * YEAR_BEFORE on `text.slice(from, to)` (with a dot after the year when `dotted`): the length of
 * its match (it ends at `to`), or -1; `lastRead.year`.
 */
export function yearBefore(text: string, from: number, to: number, dotted = false): number {
  const read = yearBeforeAscii(text, from, to, dotted);
  if (read !== UNSURE) return read;
  const m = (dotted ? YEAR_BEFORE_DOTTED : YEAR_BEFORE).exec(text.slice(from, to));
  if (!m) return NONE;
  lastRead.year = Number(m[1]);
  return m[0].length;
}

/** YEAR_ONLY_AFTER on `text.slice(from, to)`: the length of its match, or -1; `lastRead.year`. */
export function yearOnlyAfter(text: string, from: number, to: number): number {
  const read = yearOnlyAfterAscii(text, from, to);
  if (read !== UNSURE) return read;
  const m = YEAR_ONLY_AFTER.exec(text.slice(from, to));
  if (!m) return NONE;
  lastRead.year = Number(m[1]);
  return m[0].length;
}

function dayBeforeAscii(text: string, from: number, to: number): number {
  // the day is the window's last run of digits: only a suffix, marks, spaces and a connector follow
  let last = to - 1;
  while (last >= from && !isDigit(text.charCodeAt(last))) last--;
  if (last < from) return NONE;
  let first = last;
  while (first > from && isDigit(text.charCodeAt(first - 1))) first--;
  // a longer run is a number, not a day (its last digits are after a digit)
  if (last - first > 1) return NONE;
  // (at the window's start the lookbehind sees nothing)
  if (first > from) {
    const c = text.charCodeAt(first - 1);
    if (c >= 128) return UNSURE;
    if (isAsciiLetter(c)) return NONE;
  }
  for (let i = last + 1; i < to; i++) if (text.charCodeAt(i) >= 128) return UNSURE;
  if (!dayTail(text, last + 1, to)) return NONE;
  lastRead.day = first === last ? digitAt(text, last) : digitAt(text, first) * 10 + digitAt(text, last);
  return to - first;
}

// the suffixes DAY_BEFORE allows after a day, in ASCII ("º", "°", "ª" are not: the regex reads them)
const DAY_SUFFIXES = ["", "st", "nd", "rd", "th", "er", "re", "e"];

// `(?:suffix)?(?:\.\s{0,3}|[-/]|,?\s{1,3}(?:(?:de|of|du|di)\s{1,3})?)$` over ASCII text[from, to)
function dayTail(text: string, from: number, to: number): boolean {
  for (const suffix of DAY_SUFFIXES) {
    if (from + suffix.length >= to || !hasWord(text, from, suffix)) continue;
    if (dayMark(text, from + suffix.length, to)) return true;
  }
  return false;
}

function dayMark(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c === 46) {
    const spaces = spacesFrom(text, from + 1, to);
    return spaces <= 3 && from + 1 + spaces === to;
  }
  if (c === 45 || c === 47) return from + 1 === to;
  let i = c === 44 ? from + 1 : from;
  const spaces = spacesFrom(text, i, to);
  if (spaces < 1 || spaces > 3) return false;
  i += spaces;
  if (i === to) return true;
  if (i + 2 === to && (text.charCodeAt(i) | 32) === 100 && text.charCodeAt(i + 1) === 39) return true;
  if (i + 2 >= to) return false;
  const a = text.charCodeAt(i) | 32;
  const b = text.charCodeAt(i + 1) | 32;
  // de, of, du, di
  if (!((a === 100 && (b === 101 || b === 117 || b === 105)) || (a === 111 && b === 102))) return false;
  const after = spacesFrom(text, i + 2, to);
  return after >= 1 && after <= 3 && i + 2 + after === to;
}

function dayAfterAscii(text: string, from: number, to: number): number {
  let i = skipDotComma(text, from, to);
  const spaces = spacesFrom(text, i, to);
  if (spaces < 1 || spaces > 4) return NONE;
  i += spaces;
  if (i >= to || !isDigit(text.charCodeAt(i))) return NONE;
  let end = i + 1;
  if (end < to && isDigit(text.charCodeAt(end))) end++;
  const day = end - i === 1 ? digitAt(text, i) : digitAt(text, i) * 10 + digitAt(text, i + 1);
  if (end < to) {
    const c = text.charCodeAt(end);
    if (c >= 128) return UNSURE;
    // a third digit: a number
    if (isDigit(c)) return NONE;
    if (isAsciiLetter(c)) {
      // a suffix, and then no letter or number (without it, the letter is one)
      if (end + 1 >= to) return NONE;
      const d = text.charCodeAt(end + 1);
      if (d >= 128) return UNSURE;
      if (!isDaySuffix(c | 32, d | 32)) return NONE;
      end += 2;
      if (end < to) {
        const n = text.charCodeAt(end);
        if (n >= 128) return UNSURE;
        if (isDigit(n) || isAsciiLetter(n)) return NONE;
      }
    }
  }
  lastRead.day = day;
  lastRead.year = null;
  // the year: `[.,]?\s{1,4}(\d{4})(?![\p{N}])`, or none ("December 19. 2025")
  const mark = end < to ? text.charCodeAt(end) : 0;
  let y = mark === 44 || mark === 46 ? end + 1 : end;
  const gap = spacesFrom(text, y, to);
  if (gap < 1 || gap > 4) return end - from;
  y += gap;
  if (y + 4 > to || !fourDigits(text, y)) return end - from;
  if (y + 4 < to) {
    const c = text.charCodeAt(y + 4);
    if (c >= 128) return UNSURE;
    if (isDigit(c)) return end - from;
  }
  lastRead.year = fourDigitNumber(text, y);
  return y + 4 - from;
}

// st, nd, rd, th, er (lower-cased code units)
function isDaySuffix(a: number, b: number): boolean {
  return (
    (a === 115 && b === 116) ||
    (a === 110 && b === 100) ||
    (a === 114 && b === 100) ||
    (a === 116 && b === 104) ||
    (a === 101 && b === 114)
  );
}

function yearAfterAscii(text: string, from: number, to: number): number {
  if (from >= to) return NONE;
  const c = text.charCodeAt(from);
  // a dot then a space is the first branch's (". 2017"); a dot then a digit only this one's
  if (c === 45 || c === 47 || (c === 46 && from + 1 < to && isDigit(text.charCodeAt(from + 1)))) {
    // `[-/.](\d{4}|\d{2})(?![\p{N}])`
    let run = 0;
    while (from + 1 + run < to && run < 5 && isDigit(text.charCodeAt(from + 1 + run))) run++;
    if (run !== 4 && run !== 2) return NONE;
    const end = from + 1 + run;
    if (end < to && text.charCodeAt(end) >= 128) return UNSURE;
    lastRead.year = run === 4 ? fourDigitYear(text, from + 1) : twoDigitYear(text, from + 1);
    return end - from;
  }
  let i = skipDotComma(text, from, to);
  const spaces = spacesFrom(text, i, to);
  if (spaces < 1 || spaces > 3) return NONE;
  i += spaces;
  if (i >= to) return NONE;
  const a = text.charCodeAt(i) | 32;
  if (a >= 97 && a <= 122) {
    // `(?:de|del|of)\s{1,3}`: the only words that may stand between the month and its year
    if (i + 1 >= to) return NONE;
    const b = text.charCodeAt(i + 1) | 32;
    let word = 0;
    if (a === 100 && b === 101) word = i + 2 < to && (text.charCodeAt(i + 2) | 32) === 108 ? 3 : 2;
    else if (a === 111 && b === 102) word = 2;
    else return NONE;
    const after = spacesFrom(text, i + word, to);
    if (after < 1 || after > 3) return NONE;
    i += word + after;
  }
  return yearPart(text, from, i, to);
}

// `(\d{4}|['’]\d{2})(?![\p{N}])` at `at`; the length from `from`
function yearPart(text: string, from: number, at: number, to: number): number {
  if (at >= to) return NONE;
  const c = text.charCodeAt(at);
  let end: number;
  if (isDigit(c)) {
    if (at + 4 > to || !fourDigits(text, at)) return NONE;
    end = at + 4;
    lastRead.year = fourDigitYear(text, at);
  } else if (c === 39 || c === 0x2019) {
    if (at + 3 > to || !isDigit(text.charCodeAt(at + 1)) || !isDigit(text.charCodeAt(at + 2))) return NONE;
    end = at + 3;
    lastRead.year = twoDigitYear(text, at + 1);
  } else {
    return c >= 128 ? UNSURE : NONE;
  }
  if (end < to) {
    const n = text.charCodeAt(end);
    if (n >= 128) return UNSURE;
    if (isDigit(n)) return NONE;
  }
  return end - from;
}

function yearBeforeAscii(text: string, from: number, to: number, dotted: boolean): number {
  let i = to;
  while (i > from && to - i < 4 && isSpace(text.charCodeAt(i - 1))) i--;
  const spaces = to - i;
  if (dotted && i > from && text.charCodeAt(i - 1) === 46) i--;
  if (spaces < 1 || spaces > 3 || i - 4 < from || !fourDigits(text, i - 4)) return NONE;
  if (i - 5 >= from) {
    const c = text.charCodeAt(i - 5);
    if (c >= 128) return UNSURE;
    // not after a letter, a digit, ":", ".", "/" or "-"
    if (isDigit(c) || isAsciiLetter(c) || c === 58 || c === 46 || c === 47 || c === 45) return NONE;
  }
  lastRead.year = fourDigitNumber(text, i - 4);
  return to - (i - 4);
}

function yearOnlyAfterAscii(text: string, from: number, to: number): number {
  let i = skipDotComma(text, from, to);
  const spaces = spacesFrom(text, i, to);
  if (spaces < 1 || spaces > 3) return NONE;
  i += spaces;
  if (i + 4 > to || !fourDigits(text, i)) return NONE;
  if (i + 4 < to) {
    const c = text.charCodeAt(i + 4);
    if (c >= 128) return UNSURE;
    if (isDigit(c)) return NONE;
  }
  lastRead.year = fourDigitNumber(text, i);
  return i + 4 - from;
}

// how many `\s` from `from` (counted up to 5: every pattern here takes at most four)
function spacesFrom(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && i - from < 5 && isSpace(text.charCodeAt(i))) i++;
  return i - from;
}

// `\.?,?` at `from`
function skipDotComma(text: string, from: number, to: number): number {
  let i = from;
  if (i < to && text.charCodeAt(i) === 46) i++;
  if (i < to && text.charCodeAt(i) === 44) i++;
  return i;
}

// `word` (lower-case ASCII) at `at`, in either case
function hasWord(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++)
    if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

function fourDigits(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at)) &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3))
  );
}

function fourDigitNumber(text: string, at: number): number {
  return (
    digitAt(text, at) * 1000 +
    digitAt(text, at + 1) * 100 +
    digitAt(text, at + 2) * 10 +
    digitAt(text, at + 3)
  );
}

// fullYear of four digits: the year, or null outside the years dates are read in
function fourDigitYear(text: string, at: number): number | null {
  const n = fourDigitNumber(text, at);
  return isYear(n) ? n : null;
}

// fullYear of two digits: 00-49 are 2000-2049, 50-99 are 1950-1999
function twoDigitYear(text: string, at: number): number {
  const n = digitAt(text, at) * 10 + digitAt(text, at + 1);
  return n < 50 ? 2000 + n : 1900 + n;
}

function digitAt(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}

/** A year written with two digits ("'13", "13") or four, as dates are read; null for four digits out of range. */
export function fullYear(text: string): number | null {
  const digits = text.replace(/^['’]/, "");
  const n = Number(digits);
  if (digits.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return isYear(n) ? n : null;
}

export function isYear(year: number): boolean {
  return year >= 1800 && year <= 2199;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}
