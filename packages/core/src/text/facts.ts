// Per-line facts that several stages read (shape inference, undated lists, item assembly, page
// chrome): each is worked out once per line, on first use, and kept on the line.
import { findDates } from "../dates/index.js";
import { isPagination, isReadMore } from "./chrome.js";
import type { Line } from "./lines.js";
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

/** `headlineScore(line.text)`, once per line. */
export function headlineOf(line: Line): number {
  if (line.headline < 0) line.headline = headlineScore(line.text);
  return line.headline;
}

/** `isReadMore(line.text)`, once per line. */
export function readMore(line: Line): boolean {
  if ((line.facts & READ_MORE_KNOWN) === 0)
    line.facts |= READ_MORE_KNOWN | (isReadMore(line.text) ? READ_MORE : 0);
  return (line.facts & READ_MORE) !== 0;
}

/** `isPagination(line.text)`, once per line. */
export function pagination(line: Line): boolean {
  if ((line.facts & PAGINATION_KNOWN) === 0)
    line.facts |= PAGINATION_KNOWN | (isPagination(line.text) ? PAGINATION : 0);
  return (line.facts & PAGINATION) !== 0;
}

/**
 * Records what `findDates(line.text)` found, for a caller that ran it anyway (the line scan), so
 * the chrome stage does not run it again. Call before the matches are changed.
 */
export function noteDates(line: Line, found: readonly { day: number | null }[]): void {
  let facts = DATES_KNOWN;
  if (found.length > 0) facts |= HAS_DATE;
  for (const m of found) if (m.day === null) facts |= HAS_MONTH;
  line.facts |= facts;
}

function datesOf(line: Line): number {
  if ((line.facts & DATES_KNOWN) === 0) noteDates(line, findDates(line.text));
  return line.facts;
}

/** `findDates(line.text).length > 0`, once per line. */
export function hasDate(line: Line): boolean {
  return (datesOf(line) & HAS_DATE) !== 0;
}

/** `findDates(line.text).some((m) => m.day === null)`, once per line. */
export function hasMonthDate(line: Line): boolean {
  return (datesOf(line) & HAS_MONTH) !== 0;
}
