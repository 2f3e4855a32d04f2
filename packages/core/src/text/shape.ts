// Shape inference: which of the page's classified lines head its items, and where each item's
// headline sits relative to them, decided once from the whole page.
import { type DateMatch, type DayOrder, decideOrder, readNumeric } from "../dates/index.js";
import { foldWord, WEEKDAYS } from "../dates/names.js";
import { headlineShape, isProse, isText, titleCased } from "../listing/lines.js";
import type { Span } from "../model/span.js";
import type { Warning } from "../model/warning.js";
import { isSpace } from "../util/space.js";
import { isFooter, isPagination, isReadMore } from "./chrome.js";
import type { Candidate, Candidates } from "./classify.js";
import { headlineOf } from "./facts.js";
import type { LineTable } from "./lines.js";
import { isPersonName, medianInPlace, mostCommon, nonEmpty } from "./util.js";

/**
 * Where an item's headline sits relative to its header line: on the line above or below, on the
 * header line after or before the date, nowhere, or above a header line whose date opens the
 * item's teaser ("teaser": `24.06.2019 | Berlin – …` under the headline), or at the top of the
 * text that the date line closes ("footer": blog themes that print `Posted on …` after the post).
 */
export type TitlePlace = "above" | "below" | "inline-after" | "inline-before" | "teaser" | "footer" | "none";

/** A text after the date at least this long is a teaser, not a headline. */
const TEASER_LENGTH = 80;
// the share of date lines that must be items on their own for the list to be rows
const ROW_SHARE = 0.8;

/**
 * What heads an item: a dated line, or on an undated list a line that comes back once per item
 * (a month heading, a relative age, a byline, a repeated marker such as a comment count).
 */
export type HeaderKind = "date" | "month" | "age" | "byline" | "marker";

export interface Header extends Omit<Candidate, "match" | "kind" | "date" | "dateSpan"> {
  kind: HeaderKind;
  /** the day the item is dated with; null on undated lists */
  date: DateMatch | null;
  /** what the page prints as the item's date when it is no day ("June 2024", "26分钟前") */
  dateSpan: Span | null;
}

// item headers are the page's most repeated date-line shape; a lone widget date ("Today: May 02,
// 2013") or a date inside a headline does not share it
export function dominant(candidates: Candidates): Candidate[] {
  // (groups counted, not gathered: a candidate is made only once its group is chosen, and the
  // group's entries are found again by their key, rather than kept in an array per key grown by
  // one push per candidate; indexed loops, as this runs once per page, often before the optimising
  // compiler has it, where a for-of loop allocates an iterator result per candidate)
  const groups = new Map<string, number>(); // key -> the group's number, in order of first sight
  const sizes: number[] = [];
  const firsts: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const key = candidates.key(k);
    const g = groups.get(key);
    if (g === undefined) {
      groups.set(key, sizes.length);
      sizes.push(1);
      firsts.push(k);
    } else sizes[g] = (sizes[g] as number) + 1;
  }
  // a date that opens its line is the usual header; ties go to it (then to the first seen)
  let group = -1;
  let top = 0;
  for (let g = 0; g < sizes.length; g++) {
    const first = firsts[g] as number;
    // (a month over a label is an entry's date where entries repeat it; once, it is a line's
    // words: "Feb 2024   In" cut off a row of notes)
    if ((sizes[g] as number) < 2 && candidates.monthOnly(first)) continue;
    const opens = candidates.prefix(first).length === 0;
    // (a date without a year inside its line is more often the line's own words, "… Schedule for
    // April 18th - 19th", than an item's header: it counts for less than a dated line)
    const weight = opens || candidates.hasYear(first) ? 1 : YEARLESS_IN_LINE;
    const score = weight * (sizes[g] as number) + (opens ? 0.5 : 0);
    if (score > top) {
      top = score;
      group = g;
    }
  }
  // (loops, not map: over 16 K entries an inlined map deoptimises at every call, and this runs
  // once per page)
  let best: Candidate[] = [];
  if (group !== -1) {
    const key = candidates.key(firsts[group] as number);
    for (let k = firsts[group] as number; k < candidates.length; k++) {
      if (candidates.key(k) === key) best.push(candidates.at(k));
    }
  }
  if (best.length > 1) best = withHeadlineWeekdays(candidates, best);
  if (best.length === 1 && sizes.length > 1) {
    // one date among several unrelated ones is a widget, not a list (dates that sentences
    // mention are no rivals: "… 4월 7일 현재 392만여명에 이르렀다." under a post's "1. 2011.04.12 …")
    const only = best[0] as Candidate;
    let rivals = 0;
    for (let g = 0; g < sizes.length; g++) {
      if (g !== group && !candidates.key(firsts[g] as number).includes("|text|")) rivals++;
    }
    if (only.prefix.length > 0 && rivals > 0) return [];
  }
  // a paragraph that opens with a date ("21 December 2017 was the day…") has the headers' shape
  // but runs on far longer than what follows the date on a header line
  const lengths: number[] = [];
  for (let k = 0; k < best.length; k++) lengths.push((best[k] as Candidate).suffix.length);
  // (selected in place: the count below does not read the order)
  const limit = Math.max(60, 3 * medianInPlace(lengths));
  let within = 0;
  for (let k = 0; k < lengths.length; k++) if ((lengths[k] as number) <= limit) within++;
  // (the list itself when none runs on: it is this call's own array)
  return within === best.length ? best : best.filter((c) => c.suffix.length <= limit);
}

/** What a header without a year, after words on its line, counts for beside one with a year. */
const YEARLESS_IN_LINE = 0.5;

/**
 * The list's rows whose headline ends with a weekday word ("… Veterans' Film Friday November 09,
 * 2011", one space before the date as lynx prints a table row): the date was read with the
 * weekday, so its shape is not the list's. Where the list's dates carry none, the weekday is the
 * headline's last word; those rows join the list, read without it.
 */
function withHeadlineWeekdays(candidates: Candidates, best: Candidate[]): Candidate[] {
  const key = (best[0] as Candidate).key;
  const withWeekday = `a ${key}`;
  const joined: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    if (candidates.prefix(k).length === 0) continue;
    const candidateKey = candidates.key(k);
    if (candidateKey.length !== withWeekday.length || candidateKey !== withWeekday) continue;
    const c = candidates.at(k);
    const weekday = WEEKDAY_LEAD.exec(c.match.text);
    if (!weekday || !WEEKDAYS.has(foldWord((weekday[1] as string).replace(/[.,]$/u, "")))) continue;
    const cut = weekday[0].length;
    // (the prefix is the line's text up to the date, trimmed: the gap is as long as it was)
    const gap = c.match.start - c.prefixStart - c.prefix.length;
    c.prefix = `${c.prefix}${" ".repeat(gap)}${c.match.text.slice(0, cut).trimEnd()}`;
    c.match.start += cut;
    c.match.text = c.match.text.slice(cut);
    c.key = key;
    joined.push(c);
  }
  if (joined.length === 0) return best;
  return [...best, ...joined].sort((a, b) => a.first - b.first);
}

const WEEKDAY_LEAD = /^(\p{L}+[.,]?)\s+/u;

/**
 * The chosen candidates as item headers, their numeric dates read in the page's day order: each
 * candidate becomes its header in place, and the list returned is `chosen` itself.
 */
export function readDates(chosen: Candidate[], lang: string | null, warnings: Warning[]): Header[] {
  // (one pass, no array of candidates: a list page has one per item)
  const numeric: DateMatch[] = [];
  let ambiguous = 0;
  for (let k = 0; k < chosen.length; k++) {
    const match = (chosen[k] as Candidate).match;
    if (!match.numeric) continue;
    numeric.push(match);
    if (match.ambiguous) ambiguous++;
  }
  // (each candidate becomes its header in place, so the chosen list is the headers' list: no
  // second array of one entry per item; a loop, not map, which deoptimises at every call over 16 K
  // entries)
  const headers = chosen as unknown as Header[];
  if (numeric.length === 0) {
    for (let k = 0; k < chosen.length; k++) {
      const c = chosen[k] as Candidate;
      asHeader(c, c.match);
    }
    return headers;
  }
  const { order, evidence } = decideOrder(numeric, { lang });
  if ((evidence === "locale" || evidence === "default") && ambiguous > 0) {
    warnings.push({
      code: "ambiguous-date-order",
      message: `numeric dates fit both day/month orders; read as ${order === "dmy" ? "day/month" : "month/day"} (${evidence === "locale" ? `the page's language, ${lang}` : "no evidence"})`,
      span: null,
      count: ambiguous,
    });
  }
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k] as Candidate;
    asHeader(c, inOrder(c.match, order));
  }
  return headers;
}

// withOrder in place: the match is the candidate's own, and a copy per item lived to the end of
// the parse
function inOrder(match: DateMatch, order: DayOrder): DateMatch {
  if (!match.numeric) return match;
  const read = readNumeric(match.numeric.first, match.numeric.second, match.year, order);
  if (!read) return match;
  match.day = read.day;
  match.month = read.month;
  match.ambiguous = read.ambiguous;
  return match;
}

// the candidate becomes the header in place (candidates are ours; no copy per item)
function asHeader(c: Candidate, date: DateMatch): Header {
  const header = c as unknown as Header;
  header.kind = "date";
  header.date = date;
  header.dateSpan = null;
  return header;
}

// ---- where the headline is --------------------------------------------------------------

// "In Coalition News", "Filed under: Sports": the words that introduce a category
export const CATEGORY_LEAD =
  /^(?:in|en|dans|nel|nella|em|im|in der|w|в|filed under|posted in|category|catégorie|categoria|kategorie|rubrique|sección|rubrik)\s*[:：]?\s+/iu;

export function cleanSuffix(suffix: string): string {
  // most suffixes open with a letter or a digit: nothing to strip, no regex
  return opensWithMark(suffix.charCodeAt(0)) ? suffix.replace(SUFFIX_LEAD, "") : suffix;
}

// hoisted: a regex literal is a new object at every evaluation, and this runs twice per header
const SUFFIX_LEAD = /^[\s)\]）】\-–—|:：·•,;]+/u;

/** Whether SUFFIX_LEAD may match at a text opening with `c`: any character beyond ASCII decides by the regex. */
function opensWithMark(c: number): boolean {
  return (
    c >= 128 || c <= 32 || c === 41 || c === 93 || c === 45 || c === 124 || c === 58 || c === 44 || c === 59
  );
}

export function titlePlace(
  headers: readonly Header[],
  lines: LineTable,
  monthLines: ReadonlySet<number>,
): TitlePlace {
  if (headers.length === 0) return "none";
  if (closesItems(headers, lines)) return "footer";
  // entries under month headings ("June 2024" / "Invited to speak at …"): a one-line entry that
  // runs to the next heading is the entry's text, not a headline over nothing
  // (or the line above each heading is its headline: "Statement on Budget Vote" / "March 2015")
  if (headers[0]?.kind === "month" && oneLineEntries(headers, lines) >= headers.length / 2) {
    return entriesAbove(headers, lines, monthLines) ? "above" : "none";
  }
  // the same as rows: the entry is the rest of the month's line ("June 2024  Invited to speak at
  // the Department of Computer Science …": a note, however many of its words are capitalised),
  // but a headline where the script has no case to tell a sentence by and it is no prose ("July
  // 2020  关于融通…的公告"), as a headline stands before the month at the end of its row
  if (headers[0]?.key === "month-row") {
    if ((headers[0] as Header).suffix === "") return "inline-before";
    const titles = countOf(headers, (h) => !isProse(h.suffix) && !LOWER.test(h.suffix));
    return titles >= headers.length / 2 ? "inline-after" : "none";
  }
  const suffixes: string[] = [];
  for (let k = 0; k < headers.length; k++) suffixes.push(cleanSuffix((headers[k] as Header).suffix));
  const repeated = mostCommon(suffixes);
  const categoryOnly =
    (repeated !== null && repeated.count >= Math.max(2, headers.length / 2) && repeated.value !== "") ||
    suffixes.every((t) => t.length > 0 && CATEGORY_LEAD.test(t));
  if (!categoryOnly && countOf(suffixes, (s) => s.length > 0) >= headers.length / 2) {
    // "12 March 2019 | News", "… | Events": a word or two after the date, with the headline on a
    // line of its own, is a category that changes from item to item
    // "March 03, 2018 - After a great deal…": what follows the dates runs longer than headlines do
    // (a date line the tool wrapped on into the next line opens a paragraph, however much of it
    // the line holds: lynx at 80 columns cuts a teaser's first line to a headline's length)
    // (a loop, not map: over 16 K entries an inlined map deoptimises at every call)
    const lengths: number[] = [];
    for (let k = 0; k < suffixes.length; k++) {
      lengths.push(
        lines.wrapsInto((headers[k] as Header).last) ? TEASER_LENGTH : (suffixes[k] as string).length,
      );
    }
    if (medianInPlace(lengths) >= TEASER_LENGTH) {
      // rows, one per item ("05/01/13 $248,000 in FEMA Grants to Assist First Responders in …"
      // under a month heading, as text browsers lay out a table): a teaser's headline sits on the
      // line above its date, these have none, so what follows the date is the headline unless it
      // reads as prose
      const rows = bareRows(headers, lines, monthLines);
      const prose = suffixes.filter((t) => isProse(t)).length;
      return rows >= ROW_SHARE * headers.length && prose < 0.4 * headers.length ? "inline-after" : "teaser";
    }
    const short = suffixes.every((t) => t.length <= 25 && pieces(t) <= 3);
    const around = short ? neighbours(headers, lines, monthLines) : "none";
    if (short && (around !== "none" || new Set(suffixes).size <= headers.length / 2)) return around;
    return "inline-after";
  }
  if (countOf(headers, (h) => h.prefix.length > 0 && !isLabel(h, headers)) >= headers.length / 2) {
    return "inline-before";
  }
  return neighbours(headers, lines, monthLines);
}

/** `t.split(/\s+/).length` without the split: one piece, and one more after each run of spaces. */
export function pieces(t: string): number {
  let n = 1;
  let inSpace = false;
  for (let k = 0; k < t.length; k++) {
    const space = isSpace(t.charCodeAt(k));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

// how many of `values` pass `test` (no array of them: a list page has one value per item)
function countOf<T>(values: readonly T[], test: (value: T) => boolean): number {
  let n = 0;
  for (let k = 0; k < values.length; k++) if (test(values[k] as T)) n++;
  return n;
}

/** The headline on the line above or below every header line, or on neither. */
export function neighbours(
  headers: readonly Header[],
  lines: LineTable,
  monthLines: ReadonlySet<number>,
): TitlePlace {
  const firsts = new Int32Array(headers.length);
  const lasts = new Int32Array(headers.length);
  for (let k = 0; k < headers.length; k++) {
    firsts[k] = (headers[k] as Header).first;
    lasts[k] = (headers[k] as Header).last;
  }
  const lone = headers.length === 1 ? (headers[0] as Header) : null;
  // (a lone date line's label counts where the date opens the line: "Apr 14, 2015   Press Release")
  const label = lone && lone.prefix.trim() === "" ? cleanSuffix(lone.suffix) : "";
  return placeOf(lines, monthLines, firsts, lasts, lone?.suffix ?? "", label);
}

/**
 * `neighbours` of headers of one line each, given by their lines (in order) and with nothing
 * after their label (a marker line): no Header is built for a reading that may be dropped.
 */
export function lineNeighbours(
  rows: Int32Array,
  lines: LineTable,
  monthLines: ReadonlySet<number>,
): TitlePlace {
  return placeOf(lines, monthLines, rows, rows, "", "");
}

// the headers' blocks run from firsts[k] to lasts[k]; `suffix` is a lone header's rest of line,
// `label` that rest where the date opens its line
function placeOf(
  lines: LineTable,
  monthLines: ReadonlySet<number>,
  firsts: Int32Array,
  lasts: Int32Array,
  suffix: string,
  label: string,
): TitlePlace {
  const count = firsts.length;
  // line indices, -1 where there is no line to read (typed arrays: a list page has one per item)
  const above = new Int32Array(count);
  const below = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const prevEnd = i > 0 ? (lasts[i - 1] as number) : -1;
    const nextStart = i + 1 < count ? (firsts[i + 1] as number) : lines.length;
    const up = nonEmpty(lines, (firsts[i] as number) - 1, prevEnd, -1);
    const down = nonEmpty(lines, (lasts[i] as number) + 1, nextStart, 1);
    above[i] = up === -1 || monthLines.has(up) ? -1 : up;
    below[i] = down === -1 || monthLines.has(down) ? -1 : down;
  }
  const a = sideScore(lines, above);
  const b = sideScore(lines, below);
  if (Math.max(a, b) < HEADLINE_SIDE) return "none";
  // one date line alone: the line above it is as likely the page's heading as a headline, unless
  // what follows the date is the post's text (a single post: title, date line, body)
  // (a label after a lone date, "Apr 14, 2015   Press Release", makes it the post's meta line,
  // under its headline, unless the line above is what the label names: "Coalition News" over
  // "21 December 2017 In Coalition News" names the page, not the post)
  const rest = cleanSuffix(suffix);
  const bare = rest.length === 0 || !namedBy(lines, above[0] as number, rest);
  if (count === 1 && isWordLabel(label) && bare && a >= HEADLINE_SIDE && b >= HEADLINE_SIDE) return "above";
  if (count === 1 && b < HEADLINE_SIDE) {
    const next = below[0] as number;
    // (or no text follows at all: the headline over its date is a post of one line, "Polis,
    // Perlmutter Host …" / "April 10, 2015" / "Related Links"; where a text follows further down,
    // a headline of its own may stand over it: "UPDATED … / DECEMBER 19 2025" / "AI" / "How …")
    const post = next === -1 || isProse(lines.text(next)) || !proseWithin(lines, next, PROSE_REACH);
    return bare && post && a >= HEADLINE_SIDE ? "above" : "none";
  }
  // headlines on both sides: an item's lines are printed together, a blank line between items
  // ("05.19.15" / "Sens. Rand Paul & …" / blank lines / "05.18.15"): the side the date touches
  const place =
    (Math.min(a, b) >= HEADLINE_SIDE && touching(firsts, lasts, above, below)) ||
    (b >= a ? "below" : "above");
  // short notices without headlines ("Pubblicata il: …" then one line of text) read like prose:
  // headlines seldom close with a full stop, run on after a comma or pass 120 characters
  let chosen = 0;
  let prose = 0;
  const side = place === "below" ? below : above;
  for (let k = 0; k < side.length; k++) {
    const j = side[k] as number;
    if (j === -1) continue;
    chosen++;
    if (isProse(lines.text(j))) prose++;
  }
  return prose >= 0.4 * chosen ? "none" : place;
}

// a few words after a date, no time or number: "Press Release", "News"
function isWordLabel(text: string): boolean {
  return text.length > 0 && text.length <= 25 && !/\d/.test(text);
}

// whether line `j`'s text is what a date's label names ("Coalition News", "In Coalition News")
function namedBy(lines: LineTable, j: number, label: string): boolean {
  if (j === -1) return false;
  const text = lines.text(j).toLowerCase();
  return label.toLowerCase().includes(text);
}

// "above" or "below" when nearly every date line touches its neighbour on that side only, else null
function touching(
  firsts: Int32Array,
  lasts: Int32Array,
  above: Int32Array,
  below: Int32Array,
): TitlePlace | null {
  // (a list's: one date line's neighbours say nothing of the page's layout)
  if (firsts.length < MIN_TOUCHING) return null;
  let up = 0;
  let down = 0;
  for (let k = 0; k < firsts.length; k++) {
    if (above[k] !== -1 && above[k] === (firsts[k] as number) - 1) up++;
    if (below[k] !== -1 && below[k] === (lasts[k] as number) + 1) down++;
  }
  const most = TOUCHING * firsts.length;
  const few = (1 - TOUCHING) * firsts.length;
  if (down >= most && up <= few) return "below";
  if (up >= most && down <= few) return "above";
  return null;
}

/** The share of date lines that touch one side and not the other, for that side to be theirs. */
const TOUCHING = 0.8;
const MIN_TOUCHING = 3;

/** How many lines under a lone date line a post's text would begin within. */
const PROSE_REACH = 6;

// whether one of the `reach` non-empty lines from `from` on is prose
function proseWithin(lines: LineTable, from: number, reach: number): boolean {
  for (let i = from, seen = 0; i < lines.length && seen < reach; i++) {
    if (lines.blank(i)) continue;
    seen++;
    if (isProse(lines.text(i))) return true;
  }
  return false;
}

/** How much a side's lines read as headlines, at least, for the items' headlines to be there. */
const HEADLINE_SIDE = 0.7;

// How much one side's lines read as the items' headlines: headlines differ from item to item (a
// side where the same line comes back under several dates, "FOR IMMEDIATE RELEASE", "Contact: …",
// is boilerplate), and a line much shorter than its side's usual line ("Related Links" after a
// list of headlines) is furniture, each side measured against itself as teasers run longer than
// headlines. Likeness is at most 1, so a side whose lines repeat too often cannot reach
// HEADLINE_SIDE and its lines are not read (a menu of two lines repeated down the page).
function sideScore(lines: LineTable, side: Int32Array): number {
  if (distinctIds(lines, side) < HEADLINE_SIDE) return 0;
  const sizes: number[] = [];
  for (let k = 0; k < side.length; k++) {
    const j = side[k] as number;
    if (j !== -1) sizes.push(lines.size(j));
  }
  return meanLikeness(lines, side, medianInPlace(sizes)) * distinctShare(lines, side);
}

// distinctShare by textId, no string hashed: lines that read alike share an id, so it is never
// below distinctShare (ids tell apart some equal texts: long ones, a small page's lines)
function distinctIds(lines: LineTable, side: Int32Array): number {
  let present = 0;
  for (let k = 0; k < side.length; k++) if (side[k] !== -1) present++;
  if (present < 3) return 1;
  const seen = new Uint8Array(lines.distinctTexts());
  let distinct = 0;
  for (let k = 0; k < side.length; k++) {
    const j = side[k] as number;
    if (j === -1) continue;
    const id = lines.textId(j);
    if (seen[id] === 0) {
      seen[id] = 1;
      distinct++;
    }
  }
  return distinct / present;
}

// mean(side.map((j) => likeness(lines, j, typical))), without the array (one entry per item)
function meanLikeness(lines: LineTable, side: Int32Array, typical: number): number {
  if (side.length === 0) return 0;
  let sum = 0;
  for (let k = 0; k < side.length; k++) sum += likeness(lines, side[k] as number, typical);
  return sum / side.length;
}

/** How many short label lines (a tag, a section) may stand over a closed post's headline, and how short. */
const CLOSED_POST_LABELS = 2;
const LABEL_CHARS = 40;

/**
 * Whether the date lines close their posts rather than open them: before the first one a
 * headline opens a text, after every other one the next post's headline opens its text, after
 * the last one no post follows (a sidebar, the page's footer), and the lines just above them end
 * texts rather than being headlines. A list headed by its dates has a post after its last date.
 */
function closesItems(headers: readonly Header[], lines: LineTable): boolean {
  if (headers.length < 2) return false;
  const first = headers[0] as Header;
  const last = headers[headers.length - 1] as Header;
  const before = findOpening(lines, 0, first.first);
  if (before === -1 || nonEmpty(lines, before + 1, first.first, 1) === -1) return false;
  // the line just above a closing date line ends a post's text; a headline there heads the item
  let titledAbove = 0;
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k] as Header;
    let up = nonEmpty(lines, h.first - 1, -1, -1);
    // the post's author printed over its date ("Chirag Bhardwaj" / "20 May 2025") closes it too
    if (up !== -1 && isPersonName(lines.text(up))) up = nonEmpty(lines, up - 1, -1, -1);
    if (up !== -1 && headlineOf(lines, up) >= 0.5 && !isText(lines.text(up))) titledAbove++;
  }
  if (titledAbove > 0.2 * headers.length) return false;
  if (gluedUnderText(headers, lines)) return true;
  let opened = 0;
  for (let i = 0; i + 1 < headers.length; i++) {
    const to = (headers[i + 1] as Header).first;
    // (the next post's tag or section labels may stand over its headline)
    let next = nonEmpty(lines, (headers[i] as Header).last + 1, to, 1);
    for (let labels = 0; next !== -1 && labels < CLOSED_POST_LABELS; labels++) {
      if (opensText(lines, next, to)) break;
      next = lines.size(next) <= LABEL_CHARS ? nonEmpty(lines, next + 1, to, 1) : -1;
    }
    if (next !== -1 && opensText(lines, next, to)) opened++;
  }
  if (opened < 0.8 * (headers.length - 1)) return false;
  const after = nonEmpty(lines, last.last + 1, lines.length, 1);
  return after === -1 || !opensText(lines, after, lines.length);
}

/**
 * Whether every date line is a date alone that hangs under a paragraph, with no blank line
 * between them, and a blank line under it parts it from what follows ("Excited to release our
 * first set …" / "Feb 1, 2024" / "" / "Happy to be rounding out the year …"): notes whose dates
 * close them, headline or not.
 * (A headline over its date, "Headline" / "March 3, 2018" / "" / "Teaser …", is no paragraph.)
 */
export function gluedUnderText(headers: readonly Header[], lines: LineTable): boolean {
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k] as Header;
    // (a date alone on its line: a labelled one, "2. Last checked: 2025-10-28", is a footnote's)
    if (h.prefix.length > 0) return false;
    const up = h.first - 1;
    if (up < 0 || lines.blank(up) || !isText(lines.text(up))) return false;
    if (h.last + 1 < lines.length && !lines.blank(h.last + 1)) return false;
  }
  return true;
}

/**
 * The first line in [from, to) that opens a text: a headline followed by a teaser or paragraph;
 * lines marked 1 in `skip` (furniture) are passed over.
 */
export function findOpening(lines: LineTable, from: number, to: number, skip?: Uint8Array): number {
  for (let i = from; i < to; i++) {
    if (lines.blank(i) || skip?.[i] === 1) continue;
    if (!opensText(lines, i, to, skip)) continue;
    // a post's section label over its long headline, which itself opens the teaser ("Machine
    // learning" / "10 Use Cases and Examples of How Machine Learning is Transforming…" / its
    // teaser): the headline (a label is printed over other posts too)
    const next = nonEmpty(lines, i + 1, to, 1);
    const label =
      lines.size(i) <= LABEL_CHARS &&
      lines.size(next) > lines.size(i) &&
      (!isProse(lines.text(next)) || titleCased(lines.text(next))) &&
      opensText(lines, next, to, skip) &&
      printedAgain(lines, i);
    return label ? next : i;
  }
  return -1;
}

// a lower-case letter: a script without case (Chinese, Japanese, Korean) has none
const LOWER = /\p{Ll}/u;

/** Whether the page prints line `i`'s text on another line too. */
function printedAgain(lines: LineTable, i: number): boolean {
  if (lines.sharesTexts()) return lines.linesWithText(lines.textId(i)) > 1;
  // (a small page: read through, for the rare line that gets this far)
  const text = lines.text(i);
  for (let j = 0; j < lines.length; j++)
    if (j !== i && lines.size(j) === text.length && lines.text(j) === text) return true;
  return false;
}

function opensText(lines: LineTable, i: number, to: number, skip?: Uint8Array): boolean {
  if (headlineOf(lines, i) < 0.5) return false;
  const next = nonEmpty(lines, i + 1, Math.max(to, i + 1), 1);
  return next !== -1 && skip?.[next] !== 1 && isText(lines.text(next));
}

// how many headers are followed by exactly one line before the next header
/**
 * How many date lines are a whole item on their own: no line between the previous item and them
 * (a month heading aside), none between them and the next date line.
 */
function bareRows(headers: readonly Header[], lines: LineTable, monthLines: ReadonlySet<number>): number {
  let n = 0;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as Header;
    const prevEnd = i > 0 ? (headers[i - 1] as Header).last : -1;
    const up = nonEmpty(lines, h.first - 1, prevEnd, -1);
    if (up !== -1 && !monthLines.has(up)) continue;
    // the last row's next line is whatever follows the list
    if (i + 1 < headers.length && nonEmpty(lines, h.last + 1, (headers[i + 1] as Header).first, 1) !== -1)
      continue;
    n++;
  }
  return n;
}

/**
 * Whether one-line entries alternating with month headings belong to the heading under them: both
 * pairings read the lines between two headings alike, so the ends tell. Above, when an entry like
 * the others stands over the first heading and none under the last ("Related Links" does not);
 * a section's heading over the first month ("News and Upcoming Talks") is shorter than its entries.
 */
function entriesAbove(
  headers: readonly Header[],
  lines: LineTable,
  monthLines: ReadonlySet<number>,
): boolean {
  const sizes: number[] = [];
  for (let k = 0; k + 1 < headers.length; k++) {
    const down = nonEmpty(lines, (headers[k] as Header).last + 1, (headers[k + 1] as Header).first, 1);
    if (down !== -1) sizes.push(lines.size(down));
  }
  const typical = medianInPlace(sizes);
  const entry = (j: number) =>
    j !== -1 && !monthLines.has(j) && headlineOf(lines, j) >= 0.5 && lines.size(j) >= typical / 2;
  const top = nonEmpty(lines, (headers[0] as Header).first - 1, -1, -1);
  const bottom = nonEmpty(lines, (headers[headers.length - 1] as Header).last + 1, lines.length, 1);
  return entry(top) && !entry(bottom);
}

function oneLineEntries(headers: readonly Header[], lines: LineTable): number {
  let n = 0;
  for (let i = 0; i < headers.length; i++) {
    const stop = i + 1 < headers.length ? (headers[i + 1] as Header).first : lines.length;
    const down = nonEmpty(lines, (headers[i] as Header).last + 1, stop, 1);
    if (down !== -1 && (i + 1 === headers.length || nonEmpty(lines, down + 1, stop, 1) === -1)) n++;
  }
  return n;
}

/** The share of distinct texts among the lines `side` points at (1 when fewer than three). */
function distinctShare(lines: LineTable, side: Int32Array): number {
  let present = 0;
  for (let k = 0; k < side.length; k++) if (side[k] !== -1) present++;
  if (present < 3) return 1;
  const texts = new Set<string>();
  for (let k = 0; k < side.length; k++) {
    const j = side[k] as number;
    if (j !== -1) texts.add(lines.text(j));
  }
  return texts.size / present;
}

function isLabel(h: Header, headers: readonly Header[]): boolean {
  return !h.key.includes("|text|") || headers.length === 0;
}

/** How much line `j` looks like a headline: short, one phrase, no closing full stop (0 for -1). */
export function likeness(lines: LineTable, j: number, typical: number): number {
  if (j === -1) return 0;
  let score = headlineOf(lines, j);
  let size = lines.size(j);
  // the last line of a headline the tool wrapped (lynx, w3m, links at their 80 columns): the
  // whole headline's shape and length
  if (score === 0) {
    // (the block ends at j, above a date line, or starts at j, under one)
    let top = wrappedHeadline(lines, j);
    let last = j;
    if (top === -1) {
      last = wrappedHeadlineDown(lines, j);
      top = last === -1 ? -1 : j;
    }
    if (top !== -1) {
      const text = wrappedText(lines, top, last);
      score = isProse(text) ? 0 : headlineScore(text);
      size = text.length;
    }
  }
  return typical > 0 ? score * Math.min(1, size / (0.4 * typical)) : score;
}

/** Lines of a wrapped headline: at most this many. */
const WRAPPED_HEADLINE_LINES = 3;

/**
 * The first line of a headline wrapped over two or three lines ending at line `last`: each line
 * before `last` filled to the page's wrap width and going on in the next (the next word would not
 * have fitted), a blank line (or the page's start) above the first; -1 when `last` ends no such
 * block. Whether the block reads as a headline is the caller's to judge (a short paragraph
 * wraps the same way).
 */
export function wrappedHeadline(lines: LineTable, last: number): number {
  if (lines.wrapsInto(last)) return -1;
  let top = last;
  while (top > 0 && last - top < WRAPPED_HEADLINE_LINES - 1 && lines.wrapsInto(top - 1)) top--;
  if (top === last || (top > 0 && !lines.blank(top - 1))) return -1;
  return top;
}

/**
 * The last line of a headline wrapped over two or three lines from line `first` (as
 * wrappedHeadline, read downwards: a blank line, or the page's end, under the last), or -1.
 */
export function wrappedHeadlineDown(lines: LineTable, first: number): number {
  if (first > 0 && lines.wrapsInto(first - 1)) return -1;
  let last = first;
  while (last - first < WRAPPED_HEADLINE_LINES - 1 && lines.wrapsInto(last)) last++;
  if (last === first || lines.wrapsInto(last) || (last + 1 < lines.length && !lines.blank(last + 1)))
    return -1;
  return last;
}

/** The text of lines `top` to `last` joined by single spaces (a wrapped headline read whole). */
export function wrappedText(lines: LineTable, top: number, last: number): string {
  let text = lines.text(top);
  for (let j = top + 1; j <= last; j++) text += ` ${lines.text(j)}`;
  return text;
}

/** How much a line of a text dump looks like a headline (0 for page furniture); see `headlineShape`. */
export function headlineScore(text: string): number {
  if (isPagination(text) || isReadMore(text) || isFooter(text)) return 0;
  return headlineShape(text);
}
