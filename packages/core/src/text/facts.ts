// Per-line facts that several stages read (shape inference, undated lists, item assembly, page
// chrome): each is worked out on first use and kept in the line table, once per distinct text for
// the facts that depend on the text alone (lines that read alike share them), once per line for
// the headline score (which reads the lines around).
import { findDates } from "../dates/index.js";
import { headlineShape } from "../listing/lines.js";
import { isFooter, isPagination, isReadMore } from "./chrome.js";
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
// in the line's facts: its headline score is known (it reads the lines around); in the text's:
// the score of the text is
const HEADLINE_KNOWN = 128;
const TEXT_HEADLINE_KNOWN = 128;

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
  const score = lines.wrapsInto(i) || lines.wrapsInto(i - 1) ? 0 : textHeadline(lines, i);
  lines.headline[i] = score;
  lines.facts[i] = facts | HEADLINE_KNOWN;
  return score;
}

// the headline score of line `i`'s text, once per distinct text
function textHeadline(lines: LineTable, i: number): number {
  const id = lines.textId(i);
  const known = lines.textFacts();
  const scores = lines.textScores();
  if (((known[id] as number) & TEXT_HEADLINE_KNOWN) !== 0) return scores[id] as number;
  const text = lines.text(i);
  // headlineScore, with the text's pager and read-more facts read from (and kept in) the table
  const score = IMAGE_LINE.test(text)
    ? 0
    : text.charCodeAt(0) === 91
      ? headlineScore(text.replace(IMAGE_LEAD, ""))
      : pagination(lines, i) || readMore(lines, i) || isFooter(text)
        ? 0
        : headlineShape(text);
  scores[id] = score;
  known[id] = (known[id] as number) | TEXT_HEADLINE_KNOWN;
  return score;
}

/** `isReadMore(lines.text(i))`, once per distinct text. */
export function readMore(lines: LineTable, i: number): boolean {
  const id = lines.textId(i);
  const known = lines.textFacts();
  let facts = known[id] as number;
  if ((facts & READ_MORE_KNOWN) === 0) {
    facts |= READ_MORE_KNOWN | (isReadMore(lines.text(i)) ? READ_MORE : 0);
    known[id] = facts;
  }
  return (facts & READ_MORE) !== 0;
}

/** `isPagination(lines.text(i))`, once per distinct text. */
export function pagination(lines: LineTable, i: number): boolean {
  const id = lines.textId(i);
  const known = lines.textFacts();
  let facts = known[id] as number;
  if ((facts & PAGINATION_KNOWN) === 0) {
    facts |= PAGINATION_KNOWN | (isPagination(lines.text(i)) ? PAGINATION : 0);
    known[id] = facts;
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
  const known = lines.textFacts();
  const id = lines.textId(i);
  known[id] = (known[id] as number) | facts;
}

/** Records that line `i` holds no date (the line scan found no digit in it). */
export function noteNoDates(lines: LineTable, i: number): void {
  const known = lines.textFacts();
  const id = lines.textId(i);
  known[id] = (known[id] as number) | DATES_KNOWN;
}

/**
 * Whether the dates of line `i`'s text are known (noteDates, noteNoDates) and it holds none: a
 * text printed again needs no second look.
 */
export function knownDateless(lines: LineTable, i: number): boolean {
  const facts = lines.textFacts()[lines.textId(i)] as number;
  return (facts & (DATES_KNOWN | HAS_DATE)) === DATES_KNOWN;
}

function datesOf(lines: LineTable, i: number): number {
  const id = lines.textId(i);
  const known = lines.textFacts();
  if (((known[id] as number) & DATES_KNOWN) === 0) noteDates(lines, i, findDates(lines.text(i)));
  return known[id] as number;
}

/** `findDates(lines.text(i)).length > 0`, once per line. */
export function hasDate(lines: LineTable, i: number): boolean {
  return (datesOf(lines, i) & HAS_DATE) !== 0;
}

/** `findDates(lines.text(i)).some((m) => m.day === null)`, once per line. */
export function hasMonthDate(lines: LineTable, i: number): boolean {
  return (datesOf(lines, i) & HAS_MONTH) !== 0;
}
