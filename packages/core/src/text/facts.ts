// Per-line facts that several stages read (shape inference, undated lists, item assembly, page
// chrome): each is worked out once per line, on first use, and kept in the line table.
import { findDates } from "../dates/index.js";
import { isPagination, isReadMore } from "./chrome.js";
import type { LineTable } from "./lines.js";
import { headlineScore } from "./shape.js";

// two bits per fact: "known" and its value
const READ_MORE_KNOWN = 1;
const READ_MORE = 2;
const PAGINATION_KNOWN = 4;
const PAGINATION = 8;
const DATES_KNOWN = 16;
/** findDates(text) finds a date */
const HAS_DATE = 32;
/** findDates(text) finds a date without a day ("May 2013") */
const HAS_MONTH = 64;
const HEADLINE_KNOWN = 128;

const IMAGE_LINE = /^\[[^\][\s]*\]$/u;
// a picture before its caption or credit on one line ("[c3659_PM-D] © ENERTRAG Betrieb GmbH /
// Fotograf: …", as text browsers print an image and the text beside it): the line is read as the
// text alone
const IMAGE_LEAD = /^\[[^\][\s]*\]\s+/u;

/** `headlineScore(lines.text(i))`, once per line. */
export function headlineOf(lines: LineTable, i: number): number {
  const facts = lines.facts[i] as number;
  if ((facts & HEADLINE_KNOWN) !== 0) return lines.headline[i] as number;
  // a line of a wrapped paragraph is a piece of its text, and an image as text browsers print it
  // ("[b4c6f-1f735kwc1.png?w=840]", "[IMG]") is a picture: neither is a headline
  const text = lines.text(i);
  const score =
    IMAGE_LINE.test(text) || lines.wrapsInto(i) || lines.wrapsInto(i - 1)
      ? 0
      : headlineScore(text.charCodeAt(0) === 91 ? text.replace(IMAGE_LEAD, "") : text);
  lines.headline[i] = score;
  lines.facts[i] = facts | HEADLINE_KNOWN;
  return score;
}

/** `isReadMore(lines.text(i))`, once per line. */
export function readMore(lines: LineTable, i: number): boolean {
  let facts = lines.facts[i] as number;
  if ((facts & READ_MORE_KNOWN) === 0) {
    facts |= READ_MORE_KNOWN | (isReadMore(lines.text(i)) ? READ_MORE : 0);
    lines.facts[i] = facts;
  }
  return (facts & READ_MORE) !== 0;
}

/** `isPagination(lines.text(i))`, once per line. */
export function pagination(lines: LineTable, i: number): boolean {
  let facts = lines.facts[i] as number;
  if ((facts & PAGINATION_KNOWN) === 0) {
    facts |= PAGINATION_KNOWN | (isPagination(lines.text(i)) ? PAGINATION : 0);
    lines.facts[i] = facts;
  }
  return (facts & PAGINATION) !== 0;
}

/**
 * Records what `findDates(lines.text(i))` found, for a caller that ran it anyway (the line scan), so
 * the chrome stage does not run it again. Call before the matches are changed.
 */
export function noteDates(lines: LineTable, i: number, found: readonly { day: number | null }[]): void {
  let facts = DATES_KNOWN;
  if (found.length > 0) facts |= HAS_DATE;
  for (const m of found) if (m.day === null) facts |= HAS_MONTH;
  lines.facts[i] = (lines.facts[i] as number) | facts;
}

/** Records that line `i` holds no date (the line scan found no digit in it). */
export function noteNoDates(lines: LineTable, i: number): void {
  lines.facts[i] = (lines.facts[i] as number) | DATES_KNOWN;
}

function datesOf(lines: LineTable, i: number): number {
  if (((lines.facts[i] as number) & DATES_KNOWN) === 0) noteDates(lines, i, findDates(lines.text(i)));
  return lines.facts[i] as number;
}

/** `findDates(lines.text(i)).length > 0`, once per line. */
export function hasDate(lines: LineTable, i: number): boolean {
  return (datesOf(lines, i) & HAS_DATE) !== 0;
}

/** `findDates(lines.text(i)).some((m) => m.day === null)`, once per line. */
export function hasMonthDate(lines: LineTable, i: number): boolean {
  return (datesOf(lines, i) & HAS_MONTH) !== 0;
}
