import { type DateMatch, findDates } from "../dates/index.js";
import { foldWord, MONTHS, mayBeMonth } from "../dates/names.js";
import {
  BYLINE_LABELS,
  BYLINE_WORDS,
  labelBefore,
  PUBLISHED_LABELS,
  UPDATE_LABELS,
} from "../lexicon/index.js";
import { isProse } from "../listing/lines.js";
import type { Span } from "../model/span.js";
import { mayOpenWith, openingSet } from "../shared/first-letter.js";
import { isSpace } from "../util/space.js";
import { unitsToString } from "../util/units.js";
import { knownDateless, noteDates, noteNoDates } from "./facts.js";
import type { LineTable } from "./lines.js";
import { columns, LIST_BULLET, reusedBytes, wordCount } from "./util.js";

/** Lines longer than this are body text: no header is that long. */
export const MAX_HEADER_LENGTH = 240;

/** A line (or up to three short lines: "Mar" / "9" / "2015") holding a date that may start an item. */
export interface Candidate {
  first: number;
  last: number;
  /** offsets are absolute (into the input) */
  match: DateMatch;
  /** what the line says before and after the date, trimmed */
  prefix: string;
  suffix: string;
  /** absolute offset of `suffix` */
  suffixStart: number;
  prefixStart: number;
  /** "by admin", "By Jane Doe |": the author named on the header line */
  author: Span | null;
  /** the date printed right after the item's date: its last update (offsets absolute) */
  updated: DateMatch | null;
  /** the written shape: header lines of one list share it */
  key: string;
  // what the candidate holds once it heads an item (readDates fills them in): declared from the
  // start, so that a candidate keeps its shape and its fields in the object when it becomes one
  kind: "date";
  date: DateMatch | null;
  dateSpan: Span | null;
}

export interface Scan {
  candidates: Candidates;
  /** lines that are only a month and a year ("May 2013"): headings of a group of items */
  monthLines: Set<number>;
  /** the year most dates on the page carry, or null */
  year: number | null;
  /** how many lines are longer than LONG_LINE (read as body text; parseText warns) */
  longLines: number;
}

/** A line longer than this is body text whatever it holds: the page gets a warning. */
export const LONG_LINE = 100_000;

/** Every line that could be an item header, and the month headings, in one pass over the lines. */
export function scanLines(input: string, lines: LineTable): Scan {
  pageShapes = new Map();
  try {
    return scan(input, lines);
  } finally {
    pageShapes = new Map();
  }
}

// The keys of the page being scanned, one string per distinct key: the candidates of a list share
// one. A key is `${shapeOf(date)}|${prefix kind}|${"s" when a suffix follows}`; the date's shape is
// written in a buffer and found here by its code units, so a key already seen costs no string at
// all (building the shape and the key was ~0.5 µs a candidate, more than reading its date).
interface ShapeKeys {
  shape: string;
  /** prefix kind -> [key without a suffix, key with one] */
  kinds: Map<string, [string, string]>;
  /** another shape of the same hash */
  next: ShapeKeys | null;
}

let pageShapes = new Map<number, ShapeKeys>();

function candidateKey(date: string, prefixKind: string, suffix: boolean): string {
  const n = writeShape(date);
  const units = shapeUnits;
  let hash = n;
  for (let i = 0; i < n; i++) hash = (Math.imul(hash, 31) + (units[i] as number)) | 0;
  const first = pageShapes.get(hash) ?? null;
  let entry = first;
  while (entry !== null && !sameUnits(entry.shape, units, n)) entry = entry.next;
  if (entry === null) {
    entry = { shape: unitsToString(units, n), kinds: new Map(), next: first };
    pageShapes.set(hash, entry);
  }
  let keys = entry.kinds.get(prefixKind);
  if (keys === undefined) {
    keys = [`${entry.shape}|${prefixKind}|`, `${entry.shape}|${prefixKind}|s`];
    entry.kinds.set(prefixKind, keys);
  }
  return suffix ? keys[1] : keys[0];
}

function sameUnits(shape: string, units: Uint16Array, n: number): boolean {
  if (shape.length !== n) return false;
  for (let i = 0; i < n; i++) if (shape.charCodeAt(i) !== units[i]) return false;
  return true;
}

// findDates(text) of line `i`, read once per text the page prints on several lines (dates that
// repeat: a day's items, a list's badge, a clock): the matches of the first reading are kept and
// shared by every line that prints the text, which must copy a match before it changes it (offsets
// made absolute, a year read on): `ownMatch`
function datesOfText(lines: LineTable, i: number, text: string, memo: Map<number, DateMatch[]>): DateMatch[] {
  const id = lines.textId(i);
  if (lines.linesWithText(id) < 2) return findDates(text);
  let kept = memo.get(id);
  if (kept === undefined) {
    kept = findDates(text);
    memo.set(id, kept);
  }
  return kept;
}

// a match of line `i`'s dates the scan may change: the one found, or a copy when the line's text
// shares its matches with other lines (datesOfText); only the matches a candidate keeps are copied
function ownMatch(lines: LineTable, i: number, m: DateMatch): DateMatch {
  return lines.linesWithText(lines.textId(i)) < 2 ? m : { ...m };
}

// What toCandidate makes of a line's text, offsets relative to the text's start: the same for
// every line that prints it; with the date read (and its update), as findDates gives them.
interface TextCandidate {
  prefix: string;
  suffix: string;
  suffixAt: number;
  author: Span | null;
  key: string;
  match: DateMatch;
  updated: DateMatch | null;
}

/**
 * The scan's candidates in line order. A line that prints a text printed on an earlier line gets
 * its candidate made from that text's (TextCandidate) only when a stage asks for it (`at`): the
 * lines of a shape the page's list does not take (the second dated line of every item, a date
 * repeated in a sidebar) never become objects, and stages that read a candidate's lines, key,
 * prefix or suffix read them from the text's.
 */
export class Candidates {
  // per entry: the candidate once made, else the text's candidate it is made from; its first
  // line; and 1 once the entry is the candidate made (one array of objects and two typed arrays,
  // not three arrays: a list page has a candidate per line, and pushing to three arrays cost more
  // than the scan's reading of a repeated line)
  private readonly entries: (Candidate | TextCandidate)[] = [];
  private lineOf = new Int32Array(64);
  private isMade = new Uint8Array(64);
  private count = 0;
  private readonly lines: LineTable;

  constructor(lines: LineTable) {
    this.lines = lines;
  }

  get length(): number {
    return this.count;
  }

  push(c: Candidate): void {
    this.add(c, c.first, 1);
  }

  /** line `i`'s candidate, to be made from `text` when asked */
  pushText(i: number, text: TextCandidate): void {
    this.add(text, i, 0);
  }

  private add(entry: Candidate | TextCandidate, line: number, made: number): void {
    const k = this.count;
    if (k === this.lineOf.length) {
      const lineOf = new Int32Array(2 * k);
      lineOf.set(this.lineOf);
      this.lineOf = lineOf;
      const isMade = new Uint8Array(2 * k);
      isMade.set(this.isMade);
      this.isMade = isMade;
    }
    this.entries.push(entry);
    this.lineOf[k] = line;
    this.isMade[k] = made;
    this.count = k + 1;
  }

  first(k: number): number {
    return this.lineOf[k] as number;
  }

  last(k: number): number {
    return this.isMade[k] === 1 ? (this.entries[k] as Candidate).last : (this.lineOf[k] as number);
  }

  // (once made, a candidate's own fields: dominant may change them)
  key(k: number): string {
    return (this.entries[k] as Candidate | TextCandidate).key;
  }

  prefix(k: number): string {
    return (this.entries[k] as Candidate | TextCandidate).prefix;
  }

  suffix(k: number): string {
    return (this.entries[k] as Candidate | TextCandidate).suffix;
  }

  /** whether entry `k`'s date is a month and its year, no day */
  monthOnly(k: number): boolean {
    return (this.entries[k] as Candidate | TextCandidate).match.shape === "month-year";
  }

  /** whether entry `k`'s date carries a year */
  hasYear(k: number): boolean {
    return (this.entries[k] as Candidate | TextCandidate).match.year != null;
  }

  /** every candidate, in line order (each made, as `at` makes it) */
  toArray(): Candidate[] {
    const all: Candidate[] = [];
    for (let k = 0; k < this.length; k++) all.push(this.at(k));
    return all;
  }

  /** entry `k`'s candidate, made on first ask (the same object after) */
  at(k: number): Candidate {
    if (this.isMade[k] === 1) return this.entries[k] as Candidate;
    const i = this.lineOf[k] as number;
    const text = this.entries[k] as TextCandidate;
    const textStart = this.lines.textStart(i);
    const author = text.author;
    const c: Candidate = {
      first: i,
      last: i,
      match: shift({ ...text.match }, textStart),
      prefix: text.prefix,
      suffix: text.suffix,
      suffixStart: textStart + text.suffixAt,
      prefixStart: textStart,
      author: author && { start: textStart + author.start, end: textStart + author.end },
      updated: text.updated ? shift({ ...text.updated }, textStart) : null,
      key: text.key,
      kind: "date",
      date: null,
      dateSpan: null,
    };
    this.entries[k] = c;
    this.isMade[k] = 1;
    return c;
  }
}

// the text's candidate of `made`, toCandidate's candidate of line `i` from `match` and `updated`
// (offsets relative to the line's text, as findDates gave them)
function textCandidate(
  lines: LineTable,
  i: number,
  made: Candidate,
  match: DateMatch,
  updated: DateMatch | null,
): TextCandidate {
  const textStart = lines.textStart(i);
  return {
    prefix: made.prefix,
    suffix: made.suffix,
    suffixAt: made.suffixStart - textStart,
    author: made.author && { start: made.author.start - textStart, end: made.author.end - textStart },
    key: made.key,
    match,
    updated,
  };
}

// per distinct text, 1 once it is known to open no calendar badge (a table reused from page to page)
const noBadgeTable = reusedBytes();

function scan(input: string, lines: LineTable): Scan {
  const noBadge = noBadgeTable(lines.distinctTexts());
  const memo = new Map<number, DateMatch[]>();
  // per text printed on several lines, its candidate (null when it heads no item)
  const shapes = new Map<number, TextCandidate | null>();
  // the same, for texts whose header date has its year: every line printing such a text reads
  // as its first did (the header, the update after it, no wrapped year to look for below), so
  // later lines skip straight to the candidate
  const settled = new Map<number, TextCandidate | null>();
  const candidates = new Candidates(lines);
  const monthLines = new Set<number>();
  const years = new Map<number, number>();
  // per text, how many more lines printed it after its years were counted (null until one did)
  let again: Int32Array | null = null;
  let longLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const len = lines.size(i);
    if (len === 0) continue;
    if (len > MAX_HEADER_LENGTH) {
      if (len > LONG_LINE) longLines++;
      // "24.06.2019 | Berlin – …": a date that opens a teaser paragraph heads its item
      const lead = leadingDate(lines, i);
      if (lead) candidates.push(lead);
      continue;
    }
    if (len <= 12) {
      // (whether a short text may open a badge is asked once per text)
      const id = lines.textId(i);
      if (noBadge[id] === 0) {
        if (opensBadge(lines.text(i))) {
          const split = splitDate(input, lines, i);
          if (split) {
            candidates.push(split);
            i = split.last;
            continue;
          }
        } else noBadge[id] = 1;
      }
    }
    // a text printed again that held no date holds none now
    if (knownDateless(lines, i)) continue;
    const text = lines.text(i);
    // a text printed again whose dates were read: its matches are kept (datesOfText) and its
    // facts noted, so no digit test and no second note
    const id = lines.textId(i);
    const repeated = lines.linesWithText(id) > 1;
    let found = repeated ? memo.get(id) : undefined;
    if (found === undefined) {
      if (!hasDigit(text)) {
        noteNoDates(lines, i);
        continue;
      }
      found = datesOfText(lines, i, text, memo);
      // the chrome stage asks again whether the line holds a date: the matches are changed below
      noteDates(lines, i, found);
      // (indexed: scan runs once per page, where a for-of loop allocates an iterator result per
      // match until the optimising compiler takes the loop over)
      for (let k = 0; k < found.length; k++) {
        const y = (found[k] as DateMatch).year;
        if (y !== null) years.set(y, (years.get(y) ?? 0) + 1);
      }
    } else if (found.length > 0) {
      // a text read before: its years are in the count already, in the order first seen, and are
      // counted again for it once at the end rather than by a map update per year per line
      again ??= new Int32Array(lines.distinctTexts());
      again[id] = (again[id] as number) + 1;
    }
    if (found.length === 0) continue;
    if (repeated) {
      const known = settled.get(id);
      if (known !== undefined) {
        if (known !== null) candidates.pushText(i, known);
        continue;
      }
    }
    const header = headerDate(found, text);
    if (!header) {
      const only = found[0] as DateMatch;
      // (a list's bullet may open it: "  • June 2019" over each entry)
      if (found.length === 1 && only.end === text.length && only.start === bulletLength(text, only.start))
        monthLines.add(i);
      continue;
    }
    // a date printed right after the item's date is its last update ("… 2013 February 25, 2013")
    const next = found[found.indexOf(header) + 1];
    const after = next && next.day !== null && blankBetween(text, header.end, next.start) ? next : null;
    // the date as written whole, when its year went to the next line: the list's other dates
    // share its shape
    const whole = header.year === null ? wrappedYear(lines, i, text, header) : null;
    if (whole === null && lines.linesWithText(lines.textId(i)) > 1) {
      // a text printed on several lines: its candidate is worked out on its first line, and the
      // others' are made from it when asked (Candidates)
      const id = lines.textId(i);
      const known = shapes.get(id);
      if (known === undefined) {
        const made = toCandidate(lines, i, i, { ...header }, after && { ...after });
        const shape = made && textCandidate(lines, i, made, header, after);
        shapes.set(id, shape);
        if (header.year !== null) settled.set(id, shape);
        if (made) candidates.push(made);
      } else if (known !== null) candidates.pushText(i, known);
      continue;
    }
    const match = ownMatch(lines, i, header);
    const updated = after && ownMatch(lines, i, after);
    if (whole !== null) {
      match.year = whole.year;
      if (whole.year !== null) years.set(whole.year, (years.get(whole.year) ?? 0) + 1);
    }
    // a year alone on the next line is the header's, not the item's text
    const last = whole !== null && lines.size(i + 1) === String(whole.year).length ? i + 1 : i;
    const candidate = toCandidate(lines, i, last, match, updated, whole?.text);
    if (candidate) {
      candidates.push(candidate);
      i = last;
    }
  }
  if (again !== null) {
    for (const [id, found] of memo) {
      const times = again[id] as number;
      if (times === 0) continue;
      for (let k = 0; k < found.length; k++) {
        const y = (found[k] as DateMatch).year;
        if (y !== null) years.set(y, (years.get(y) as number) + times);
      }
    }
  }
  let year: number | null = null;
  for (const [y, n] of years) if (year === null || n > (years.get(year) ?? 0)) year = y;
  return { candidates, monthLines, year, longLines };
}

const YEAR_CELL = /^\d{4}(?=\s{2,}|$)/u;

/**
 * The year of a date split over two lines, read from the line below: the page's text was wrapped
 * right after the day ("… for College Students April 27," / "2012", lynx at 200 columns), or the
 * date's table cell wrapped (w3m's narrow date column: "Dec 12," over " 2023", the item's text
 * beside both in the next column: the year alone in its cell under the date, and what follows it
 * starting in the date line's text column). Null when the line below goes on otherwise.
 */
function wrappedYear(lines: LineTable, i: number, text: string, match: DateMatch): DateMatch | null {
  const below = i + 1;
  if (match.day === null || below >= lines.length || lines.blank(below)) return null;
  const next = lines.text(below);
  const after = text.slice(match.end);
  let year: string;
  const flowed = FLOW_YEAR.exec(next);
  if (flowed && CLOSES_LINE.test(after) && lines.mayWrapInto(i)) {
    year = flowed[0];
  } else {
    const cell = YEAR_CELL.exec(next);
    if (!cell) return null;
    year = cell[0];
    const indent = lines.textStart(i) - lines.start(i);
    const yearColumn = lines.textStart(below) - lines.start(below);
    // under the date: from its first character to one past its end (a comma closes the cell)
    if (yearColumn < indent + match.start || yearColumn > indent + match.end + 1) return null;
    const rest = next.slice(year.length);
    const restText = rest.trimStart();
    if (restText.length > 0) {
      const afterText = after.replace(CELL_CLOSE, "");
      if (afterText.length === 0) return null;
      const textColumn = indent + match.end + after.length - afterText.length;
      const restColumn = yearColumn + year.length + rest.length - restText.length;
      if (restColumn !== textColumn) return null;
    }
  }
  // the date read again with the year
  const comma = text.charCodeAt(match.end) === 44 ? "," : "";
  const joined = `${text.slice(match.start, match.end)}${comma} ${year}`;
  const [whole] = findDates(joined);
  if (whole?.start !== 0 || whole.end !== joined.length) return null;
  if (whole.day !== match.day || whole.month !== match.month || whole.year === null) return null;
  return whole;
}

const FLOW_YEAR = /^\d{4}(?=[\s,.]|$)/u;
const CLOSES_LINE = /^[,.]?$/u;
const CELL_CLOSE = /^[,.]?\s*/u;

/** How far into a long line a date that opens it may run. */
const LEAD_WINDOW = 48;

function leadingDate(lines: LineTable, i: number): Candidate | null {
  const head = lines.text(i).slice(0, LEAD_WINDOW);
  if (!hasDigit(head)) return null;
  const m = findDates(head)[0];
  if (!m || m.start > 2 || m.day === null || m.end >= head.length) return null;
  return toCandidate(lines, i, i, m);
}

// the date that heads a line opens it or closes it; a headline may carry dates of its own
// ("Statement on H.R. 7 January 22, 2015", "Grocery Feb. 19, 2011 February 16, 2011")
function headerDate(found: readonly DateMatch[], text: string): DateMatch | undefined {
  let first: DateMatch | undefined;
  let last: DateMatch | undefined;
  // the first date of the run of dates (only spaces between them) that ends at `last`
  let run: DateMatch | undefined;
  for (const m of found) {
    if (m.day === null) continue;
    if (m.start <= 2) return m;
    first ??= m;
    run = last && blankBetween(text, last.end, m.start) ? run : m;
    last = m;
  }
  if (!last) return labelledMonth(found, text);
  if (last.end < text.length - 1) return first;
  // "Posted on February 25, 2013 February 25, 2013": a label, then the publication and the update
  // printed together; after a headline ("… in the Grocery Feb. 19, 2011 February 16, 2011") the
  // line's own date is the last
  if (run && run !== last && prefixKey(text.slice(0, run.start).trim()) !== "text") return run;
  return last;
}

/**
 * A month and its year opening a line that goes on with a short label, no day on the line: an
 * entry's date as pages print it when they give the month only ("April 2015   Press Release").
 * Not a month alone (a group's heading), nor an archive's month and its count ("April 2015 (12)").
 */
function labelledMonth(found: readonly DateMatch[], text: string): DateMatch | undefined {
  const only = found[0] as DateMatch;
  if (found.length !== 1 || only.shape !== "month-year" || only.start > 2) return undefined;
  const rest = text.slice(only.end).trim();
  // (in columns: a Chinese headline has no spaces to count words by, "July 2020  关于融通…的公告")
  if (rest.length === 0 || columns(rest) > MONTH_LABEL_COLUMNS || !REST_LETTER.test(rest)) return undefined;
  return wordCount(rest) <= MONTH_LABEL_WORDS && !isProse(rest) ? only : undefined;
}

const REST_LETTER = /\p{L}/u;
/** Longest label after a month that opens its line, in columns and in words. */
const MONTH_LABEL_COLUMNS = 24;
const MONTH_LABEL_WORDS = 2;

/**
 * Whether `text` holds only whitespace from `from` to `to`: `text.slice(from, to).trim() === ""`
 * without the cut (this runs for every line with two dates).
 */
export function blankBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

// a calendar badge: the date's parts on consecutive short lines
// a badge's first line is a day (one or two digits) or a month name
function opensBadge(word: string): boolean {
  const c = word.charCodeAt(0);
  const digits = c >= 48 && c <= 57 && word.length <= 2 && /^\d{1,2}$/.test(word);
  return (
    digits ||
    (word.length >= 3 &&
      mayBeMonth(word, 0) &&
      !opensCjk(c) &&
      lettersOnly(word) &&
      MONTHS.has(foldWord(word)))
  );
}

// (line i opens a badge: opensBadge)
function splitDate(input: string, lines: LineTable, i: number): Candidate | null {
  const parts = [i];
  for (let j = i + 1; j < lines.length && j <= i + 6 && parts.length < 3; j++) {
    if (lines.blank(j)) continue;
    if (lines.size(j) > 12) break;
    parts.push(j);
  }
  if (parts.length < 3) return null;
  const lastIndex = parts[2] as number;
  const lineStart = lines.textStart(i);
  const lastEnd = lines.textEnd(lastIndex);
  const slice = input.slice(lineStart, lastEnd);
  // HTML converters indent and pad: "Mar  \n  \n  9" is the same badge as "Mar\n\n9", with more
  // whitespace than one date's gaps hold; its parts are read alone, the span stays the lines'
  const direct = badgeDate(slice);
  const written = direct ? slice : parts.map((j) => lines.text(j)).join("\n");
  const match = direct ?? badgeDate(written);
  if (!match) return null;
  match.end = slice.length;
  match.text = slice;
  const absolute = shift(match, lineStart);
  return {
    first: i,
    last: lastIndex,
    match: absolute,
    prefix: "",
    suffix: "",
    suffixStart: lastEnd,
    prefixStart: lineStart,
    author: null,
    updated: null,
    key: candidateKey(written, "split", false),

    kind: "date",
    date: null,
    dateSpan: null,
  };
}

/** The day that is the whole of `text`, or null. */
function badgeDate(text: string): DateMatch | null {
  const [match] = findDates(text);
  return match?.start === 0 && match.end === text.length && match.day !== null ? match : null;
}

// a month name is one word: an ASCII character other than a letter (a digit, a space, a mark; a
// closing dot aside) stays in the folded word and no month key has one, so foldWord's Unicode
// path is not worth taking ("05/01/13", "Apr 14")
function lettersOnly(word: string): boolean {
  const last = word.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = word.charCodeAt(i);
    if (c < 128 && ((c | 32) < 97 || (c | 32) > 122) && !(c === 46 && i === last)) return false;
  }
  return true;
}

// month names are Latin or Cyrillic words; a CJK or Hangul character folds to no letter of theirs,
// so short CJK lines (many on portals) skip foldWord's Unicode normalisation
function opensCjk(c: number): boolean {
  return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

const TODAY =
  /^(?:today|now|aujourd'hui|aujourd’hui|oggi|hoy|hoje|heute|vandaag|dzisiaj|dziś|сегодня|今天|今日|现在)\s*(?:is)?\s*[:：,-]?$/iu;
const SEPARATOR_END = /\s*[|·•–—]$/u;
const SEPARATORS_START = /^[\s|·•–—,]*/u;
const AUTHOR = new RegExp(`^(?:${BYLINE_WORDS.join("|")})\\s+([^|·•–—,()]{2,60}?)\\s*(?=[|·•–—,]|$)`, "iu");
const READING_TIME =
  /^[\s|·•–—,]*\d{1,3}\s*(?:min|mins|minutes?|minuti|minutos|minuten)\.?(?:\s+(?:read|de lecture|di lettura|de lectura|lesezeit|leestijd))?\s*$/iu;

const TIME_ONLY =
  /^[\s|·•–—,-]*(?:(?:at|à|um|alle|a las|às|om)\s+)?\d{1,2}[:h.]\d{2}(?::\d{2})?\s*(?:uhr|h|hrs|am|pm|a\.m\.|p\.m\.)?$/iu;
const COMMENTS =
  /^[\s|·•–—,-]*(?:(?:\d+|no|one)\s+)?(?:comments?|commentaires?|commenti|comentarios?|kommentare?|reacties|komentarz[ey]?|leave a comment|laisser un commentaire)$/iu;
// "Sep 17, 2014 by": a byline whose name the theme left out
const BY_ALONE = new RegExp(`^(?:${BYLINE_WORDS.join("|")})$`, "iu");
// a prefix that ends like "Posted in News on", "Publié le", "Veröffentlicht am" introduces the date
const LABEL_END = /(?:^|\s)(?:on|le|il|el|em|am|op|dnia|den|du|del|dal|at|:)$/iu;

function toCandidate(
  lines: LineTable,
  first: number,
  last: number,
  m: DateMatch,
  updated: DateMatch | null = null,
  /** the date as written when it is more than `m.text` (its year on the next line) */
  written: string = m.text,
): Candidate | null {
  const text = lines.text(first);
  const textStart = lines.textStart(first);
  const prefix = text.slice(0, m.start).trim();
  let suffix = text.slice((updated ?? m).end).trim();
  let suffixStart = lines.textEnd(first) - suffix.length;
  // "Today: May 02, 2013" is the page's clock, not an item
  if (prefix.length > 0 && TODAY.test(prefix)) return null;
  // the comma of a date whose year is on the next line ("… April 27," / "2012") is the date's
  if (written !== m.text && suffix.length === 1 && CLOSES_LINE.test(suffix)) {
    suffixStart += 1;
    suffix = "";
  }
  let author: Span | null = null;
  // a meta line: "By Jane Doe | March 3, 2019 | 5 min read", "Posted on March 3, 2019 by admin"
  // ("Headline — 12 Jan 2021" is not: a separator after more than a name keeps the prefix a headline)
  let meta = false;
  if (prefix.length > 1 && isSeparator(prefix.charCodeAt(prefix.length - 1)) && SEPARATOR_END.test(prefix)) {
    const inner = prefix.replace(SEPARATOR_END, "");
    const a = AUTHOR.exec(inner);
    if (a)
      author = at(
        textStart + inner.indexOf(a[1] as string, a[0].length - (a[1] as string).length),
        a[1] as string,
      );
    meta = a !== null || wordCount(inner) <= 2;
  }
  // most header lines are the date alone: nothing to read after it
  if (suffix.length > 0) {
    // most suffixes open with a letter or a digit: no separator to skip, no regex
    const lead = opensWord(suffix.charCodeAt(0))
      ? 0
      : (SEPARATORS_START.exec(suffix) as RegExpExecArray)[0].length;
    const rest = suffix.slice(lead);
    const byline = mayOpenWith(rest, BYLINE_OPENS) ? AUTHOR.exec(rest) : null;
    if (byline) {
      const name = byline[1] as string;
      const nameAt =
        suffixStart + lead + byline[0].length - name.length - (byline[0].length - byline[0].trimEnd().length);
      author ??= at(nameAt, name);
      const rest = suffix.slice(lead + byline[0].length);
      suffixStart += suffix.length - rest.trimStart().length;
      suffix = rest.trim();
    }
    // what a date line says besides the date that is neither headline nor category: a time, a
    // reading time, a comment count ("| 10:30 Uhr", "5 min read", "3 Comments")
    const digit = hasDigit(suffix);
    if (
      (digit && (READING_TIME.test(suffix) || TIME_ONLY.test(suffix))) ||
      (mayCloseComments(suffix) && COMMENTS.test(suffix)) ||
      (suffix.length <= BY_ALONE_LONGEST && BY_ALONE.test(suffix))
    ) {
      suffixStart += suffix.length;
      suffix = "";
    }
  }
  const prefixKind = meta ? "meta" : prefixKey(prefix);
  // a date inside a sentence is not a header
  if (prefixKind === "text" && wordCount(suffix) > 3) return null;
  if (prefix.length > 0 && prefixKind !== "text" && wordCount(suffix) > 30) return null;
  return {
    first,
    last,
    match: shift(m, textStart),
    prefix: meta ? "" : prefix,
    suffix,
    suffixStart,
    prefixStart: textStart,
    author,
    updated: updated ? shift(updated, textStart) : null,
    key: candidateKey(written, prefixKind, suffix.length > 0),

    kind: "date",
    date: null,
    dateSpan: null,
  };
}

// Cheap tests on a suffix's first or last character that turn most suffixes away before the
// regexes above (which they must never turn away a match of).

/** An ASCII letter or digit, which SEPARATORS_START does not skip. */
function opensWord(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** The marks SEPARATOR_END ends with. */
function isSeparator(c: number): boolean {
  return c === 124 || c === 0xb7 || c === 0x2022 || c === 0x2013 || c === 0x2014;
}

/**
 * LABEL_END's words end with n, e, l, m, p, a, u or t, in either case (on, le, il, el, em, am, op,
 * dnia, den, du, del, dal, at), or it is a colon; no other character folds to these letters.
 */
function mayEndLabel(prefix: string): boolean {
  const c = prefix.charCodeAt(prefix.length - 1);
  const lower = c | 32;
  return (
    c === 58 ||
    (c < 128 &&
      (lower === 110 ||
        lower === 101 ||
        lower === 108 ||
        lower === 109 ||
        lower === 112 ||
        lower === 97 ||
        lower === 117 ||
        lower === 116))
  );
}

/** The longest word BY_ALONE takes ("przez"). */
const BY_ALONE_LONGEST = Math.max(...BYLINE_WORDS.map((w) => w.length));
/** The letters AUTHOR's words open with. */
const BYLINE_OPENS = openingSet(BYLINE_WORDS);

/**
 * COMMENTS ends with one of its words (comment, comments, commentaires, commenti, comentarios,
 * kommentar, kommentare, reacties, komentarz, komentarze, komentarzy), seven letters or more,
 * whose last letter is one of these; ſ (U+017F) is an s under /iu.
 */
function mayCloseComments(text: string): boolean {
  if (text.length < 7) return false;
  const c = text.charCodeAt(text.length - 1);
  if (c === 0x17f) return true;
  const lower = c | 32;
  return (
    c < 128 &&
    (lower === 116 || // t
      lower === 115 || // s
      lower === 105 || // i
      lower === 101 || // e
      lower === 114 || // r
      lower === 122 || // z
      lower === 121 || // y
      lower === 111) // o
  );
}

function at(start: number, text: string): Span {
  return { start, end: start + text.length };
}

// offsets of a match found in a line, made absolute (in place: the match is ours)
function shift(m: DateMatch, by: number): DateMatch {
  m.start += by;
  m.end += by;
  return m;
}

/** Digits become `d`, letters `a`: "Apr 14, 2015" and "May 2, 2013" share "a d, d". */
export function shapeOf(date: string): string {
  return unitsToString(shapeUnits, writeShape(date));
}

// the shape of `date` as code units in `shapeUnits` (one per character: "d" for a digit, "a" for a
// letter, " " for a space, else the mark); returns how many
function writeShape(date: string): number {
  if (shapeUnits.length < date.length) shapeUnits = new Uint16Array(2 * date.length);
  const out = shapeUnits;
  let n = 0;
  let last = -1;
  for (let i = 0; i < date.length; i++) {
    const c = date.charCodeAt(i);
    let k: number;
    if (c >= 48 && c <= 57) k = SHAPE_DIGIT;
    else if (c <= 32 || c === 0xa0) k = SHAPE_SPACE;
    else if (c === 46 && last === SHAPE_LETTER)
      continue; // "Apr." is "Apr"
    else if (c >= 0x80 || (c | 32) >= 97) k = (c | 32) <= 122 || c >= 0x80 ? SHAPE_LETTER : c;
    else k = c;
    if (k === SHAPE_LETTER && last === SHAPE_DIGIT) continue; // "21st" is "21"
    if (k !== last || (k !== SHAPE_DIGIT && k !== SHAPE_LETTER && k !== SHAPE_SPACE)) out[n++] = k;
    last = k;
  }
  return n;
}

const SHAPE_DIGIT = 100; // "d"
const SHAPE_LETTER = 97; // "a"
const SHAPE_SPACE = 32;
let shapeUnits = new Uint16Array(64);

// hoisted: a regex literal is a new object at every evaluation, and this runs once per candidate
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LAST_WORD = /(\S+)$/u;

function prefixKey(prefix: string): string {
  if (prefix.length === 0) return "";
  if (!LETTER_OR_DIGIT.test(prefix)) return prefix.replace(/\s+/g, "");
  if (prefix.length <= 60 && mayEndLabel(prefix) && LABEL_END.test(prefix) && wordCount(prefix) <= 6) {
    const last = LAST_WORD.exec(prefix) as RegExpExecArray;
    return `label:${(last[1] as string).toLowerCase()}`;
  }
  if (
    prefix.length <= 30 &&
    (prefix.endsWith(":") || prefix.endsWith("：") || (wordCount(prefix) <= 2 && prefix.length <= 16))
  ) {
    // (one key however the label's spaces were printed: "Pubblicata\u00a0il:" is "Pubblicata il:")
    return `label:${prefix.toLowerCase().replace(/\d+/g, "0").replace(/\s+/gu, " ")}`;
  }
  if (prefix.length <= 60 && (postLabel(prefix) || (POST_OPENS.test(prefix) && wordCount(prefix) <= 6)))
    return "label:posted";
  return "text";
}

// a meta line that opens with its label and names the author before the date ("Опубликовано
// anna 19 мая 2016", "Publicat de Ana pe …", "Written by Ana · …", "Автор: Анна, …"); not the short
// byline words ("by", "von", "por", "di"), which open headlines too ("Por qué …", "Di Maio …")
export const POST_OPENS = new RegExp(
  `^(?:${[...PUBLISHED_LABELS, ...UPDATE_LABELS, ...BYLINE_LABELS.filter((l) => l.length >= 5)].join("|")})(?![\\p{L}\\p{N}])`,
  "iu",
);

/**
 * Whether a publication or update label ends `prefix`, after a byline's name glued to it or a gap
 * ("Autor  amyxzhangOpublikowano", "Author: Anna | Veröffentlicht"): WordPress themes print them in
 * the site's language.
 *
 * @example
 * postLabel("Author  amyxzhangPosted on"); // true
 */
export function postLabel(prefix: string): boolean {
  // (glued: a lower-case letter, then the label's capital)
  const glued = prefix.search(GLUED_CAPITAL);
  if (glued !== -1 && POST_LABEL.exec(prefix.slice(glued + 1))?.index === 0) return true;
  const m = POST_LABEL.exec(prefix);
  if (!m) return false;
  if (m.index === 0) return true;
  return (
    isSpace(prefix.charCodeAt(m.index - 1)) &&
    (isSpace(prefix.charCodeAt(m.index - 2)) || /[|·•]\s$/u.test(prefix.slice(0, m.index)))
  );
}

const POST_LABEL = labelBefore([...PUBLISHED_LABELS, ...UPDATE_LABELS]);
// the last lower-case letter followed by a capital ("amyxzhangOpublikowano")
const GLUED_CAPITAL = /\p{Ll}(?=\p{Lu}[^\p{Lu}]*$)/u;

// a native scan: a charCodeAt loop over a line (a slice of the input) is several times slower
function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}

// (Arabic-Indic, Persian and fullwidth digits too: the date finder reads them)
const DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/;

// the length of the bullet opening `text`, where something opens it before `at`
function bulletLength(text: string, at: number): number {
  return at === 0 ? 0 : (LIST_BULLET.exec(text)?.[0].length ?? 0);
}
