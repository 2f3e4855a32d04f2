// Undated lists: when no date line repeats, the line that comes back once per item heads it
// instead — a month heading ("June 2024"), a relative age ("26分钟前", "3 hours ago"), a byline
// ("by Jane Doe   Policy"), or a repeated marker line (a comment count, an image credit,
// "read more", an empty "Tags: , , ," line). Items get null dates, never zero items.

import { findDates } from "../dates/index.js";
import { isRelative } from "../dates/relative.js";
import { isByline, isProse, isText, markerKey } from "../listing/lines.js";
import type { Span } from "../model/span.js";
import { mayCloseWithPair, mayOpenWithPair, pairSet } from "../shared/first-letter.js";
import type { Draft } from "./assemble.js";
import { filterText, isFooter, startsAtHome } from "./chrome.js";
import { hasMonthDate, headlineOf, readMore } from "./facts.js";
import type { LineTable } from "./lines.js";
import { findOpening, type Header, type HeaderKind, lineNeighbours } from "./shape.js";
import {
  columns,
  LEADING_TAG,
  LIST_BULLET,
  LOWER_START,
  lineSpan,
  nonEmpty,
  reusedBytes,
  reusedNumbers,
} from "./util.js";

/** Fewest repetitions of a line kind that make it the page's item header. */
const MIN_REPEATS: Readonly<Record<Exclude<HeaderKind, "date"> | "monthRow", number>> = {
  month: 2,
  monthRow: 3,
  age: 3,
  byline: 3,
  marker: 3,
};
/** Longest line read as a byline that runs on into what followed it on the page. */
const MAX_RUN_ON_BYLINE = 240;
/** Fewest words after the month for a line to be a month row rather than a dated heading. */
const MIN_ROW_WORDS = 3;
/** Lines longer than this are no age, byline or marker. */
const MAX_ANCHOR_LENGTH = 80;
// every age the dates module reads has a number, or a word of these; most lines are turned away here
const AGE_WORDS =
  /(?:ago|fa|geleden|temu|назад|atrás|atras)$|前$|^(?:il y a|hace|vor|há|ha|منذ|قبل) |^(?:yesterday|today|hier|aujourd|ayer|hoy|hoje|ontem|ieri|oggi|gestern|heute|gisteren|vandaag|wczoraj|dziś|dzisiaj|вчера|сегодня|昨天|今天|昨日|今日|bugün|dün|hôm nay|hôm qua|hari ini|kemarin|semalam|اليوم|أمس|σήμερα|χθες|azi|astăzi|dnes|včera|i dag|idag|i går|igår|tänään|eilen|tegnap|сьогодні|учора|вчора|danas|jučer|juče|данас|јуче|днес|avui|ahir|오늘|어제)/iu;
// the first two letters of AGE_WORDS's opening words and the last two of its closing ones, in
// ASCII ("há", "atrás", the Cyrillic and Chinese words: the regex decides): most lines are turned
// away without it
const AGE_OPENS = pairSet([
  ..."il ha vo ye to hi au ay ho ie og ge he gi va wc dz bu ke se az as dn id ig ei te da ju av ah on".split(
    " ",
  ),
]);
const AGE_CLOSES = pairSet("go fa en mu as ag".split(" "));

/** Whether `text` may be an age ("3 hours ago", "yesterday"): a cheap test before isRelative. */
export function mayBeAge(text: string): boolean {
  return (
    DIGIT.test(text) ||
    ((mayOpenWithPair(text, AGE_OPENS) || mayCloseWithPair(text, AGE_CLOSES)) && AGE_WORDS.test(text))
  );
}

const DIGIT = /\d/;

/**
 * An age, or the time of day a rolling list prints before each of the day's stories ("23:05",
 * "14.32 Uhr", "9:15 am"): a ticker's rows are headed by it as by an age.
 */
function isAge(text: string): boolean {
  return isRelative(text) || TIME_OF_DAY.test(text);
}

// what ends the text before a time of opening hours: a label's colon, a range's dash
const HOURS_BEFORE = /[:\-–—]\s*$/u;
const TIME_OF_DAY = /^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?$/iu;

export type Undated = { kind: "headers"; headers: Header[] } | { kind: "segments"; drafts: Draft[] } | null;

/**
 * The heads of an undated list, in the order the kinds are trusted: month headings, relative
 * ages, bylines, then the most repeated marker line (items are then the stretches between
 * markers, cut into drafts here).
 *
 * @example
 * undatedList(lines, monthLines); // { kind: "headers", headers: [...] } for a channel of "26分钟前" lines
 */
export function undatedList(lines: LineTable, monthLines: ReadonlySet<number>): Undated {
  // month headings over entries; a column of months in a row is an archive widget
  const months = [...monthLines].sort((a, b) => a - b);
  const headings = printedAlike(
    lines,
    months.filter((i, k) => !nextTo(lines, i, months[k - 1]) && !nextTo(lines, months[k + 1], i)),
  );
  const ages: number[] = [];
  const times: number[] = [];
  const bylines: number[] = [];
  // what each distinct text is, read once: 0 not yet, then NO_ANCHOR, AGE, TIME or BYLINE
  const kindOfText = sharedBytes(lines.distinctTexts());
  for (let i = 0; i < lines.length; i++) {
    const len = lines.size(i);
    if (len === 0 || len > MAX_RUN_ON_BYLINE) continue;
    const id = lines.textId(i);
    let kind = kindOfText[id] as number;
    if (kind === 0) {
      kind = anchorKind(lines.text(i));
      kindOfText[id] = kind;
    }
    if (kind === AGE) ages.push(i);
    else if (kind === TIME) times.push(i);
    else if (kind === BYLINE) bylines.push(i);
  }
  // times of day head a ticker's rows as ages do, where no age is printed; among ages they are a
  // schedule's, inside the items ("Sunday, March 8th" / "2:00 PM")
  const stamps = ages.length > 0 ? ages : times;
  // (unless each entry under them shows its age: the months group the list, "May 2013" / "2 hours
  // ago" / headline)
  if (headings.length >= MIN_REPEATS.month && stamps.length <= headings.length) {
    return { kind: "headers", headers: headings.map((i) => lineHeader(lines, i, "month")) };
  }
  // the same entries as rows, the month and the entry on one line ("June 2024  Our work on …",
  // as text browsers and copied tables print them)
  const rows = monthRows(lines);
  if (rows.length >= MIN_REPEATS.monthRow) return { kind: "headers", headers: rows };
  if (stamps.length >= MIN_REPEATS.age) {
    return { kind: "headers", headers: stamps.map((i) => ageHeader(lines, i)) };
  }
  if (bylines.length >= MIN_REPEATS.byline) {
    // where one byline runs on into what followed it, the others lost their gap too: a name is
    // then cut out of none ("by Anna Tumadóttir About CC" holds the category)
    const runOn = bylines.some((i) => isRunOn(lines.text(i)));
    return { kind: "headers", headers: bylines.map((i) => lineHeader(lines, i, "byline", runOn)) };
  }
  // a marker that comes back a few times (a "|" of a footer, a box's label) may stand beside a
  // longer list: the reading with more items is the list
  const marked = markerList(lines, monthLines);
  const run = entryRun(lines);
  const list = itemCount(run) > itemCount(marked) ? run : marked;
  // a post or two with an age and nothing else that repeats: the ages head them, as a lone date
  // line heads a single post ("2 hours ago by" under a tag archive's one headline)
  if (list === null && ages.length > 0)
    return { kind: "headers", headers: ages.map((i) => ageHeader(lines, i)) };
  return list;
}

/**
 * Whether a reading's items hold at least half of the page's prose: with no dates to vouch for
 * them, repeated lines beside a story (a table, a box of links) are no list.
 */
export function holdsPage(lines: LineTable, reading: Undated): boolean {
  if (reading === null) return false;
  let from: number;
  let to: number;
  if (reading.kind === "headers") {
    const first = reading.headers[0] as Header;
    const last = reading.headers[reading.headers.length - 1] as Header;
    // (a headline above the first header, a teaser below the last)
    from = Math.max(0, nonEmpty(lines, first.first - 1, -1, -1));
    const after = nonEmpty(lines, last.last + 1, lines.length, 1);
    to = after === -1 ? last.last : after;
  } else {
    from = (reading.drafts[0] as Draft).from;
    to = (reading.drafts[reading.drafts.length - 1] as Draft).to;
  }
  let inside = 0;
  let all = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines.blank(i)) continue;
    const text = lines.text(i);
    if (!isText(text)) continue;
    all += text.length;
    if (i >= from && i <= to) inside += text.length;
  }
  return inside >= RUN_SHARE * all;
}

/** How many items a reading of an undated list holds. */
export function itemCount(reading: Undated): number {
  return reading === null ? 0 : reading.kind === "headers" ? reading.headers.length : reading.drafts.length;
}

// per-text tables of the stages here (util.ts: each used within one call)
const sharedBytes = reusedBytes();
const sharedNumbers = reusedNumbers();

const NO_ANCHOR = 1;
const AGE = 2;
const BYLINE = 3;
const TIME = 4;

// whether a line of up to MAX_RUN_ON_BYLINE characters is a relative age, a time of day, a byline,
// or neither
function anchorKind(text: string): number {
  if (text.length > MAX_ANCHOR_LENGTH) return isRunOnByline(text) ? BYLINE : NO_ANCHOR;
  if (text.length <= MAX_AGE_LENGTH && mayBeAge(text) && isAge(text))
    return TIME_OF_DAY.test(text) ? TIME : AGE;
  const inline = inlineAge(text);
  if (inline !== null) {
    if (!TIME_OF_DAY.test(text.slice(inline.start, inline.end))) return AGE;
    // (at either end of a ticker's row, not after a label or a range: opening hours, "Mon -
    // Thurs: 8:00am", "9:00 am – 5:00 pm")
    if (inline.start === 0 || !HOURS_BEFORE.test(text.slice(0, inline.start))) return TIME;
  }
  return isByline(text) || isRunOnByline(text) ? BYLINE : NO_ANCHOR;
}

/** Longest age ("vor 2 Stunden", "26分钟前"). */
const MAX_AGE_LENGTH = 30;
/** Most words of an age that shares its line. */
const MAX_AGE_WORDS = 4;
// what may stand between an age and the headline on its line
const AGE_SEPARATOR = /^[\s|·•–—:-]+|[\s|·•–—:-]+$/gu;

/**
 * Where an age stands at either end of a line that holds more ("5 hours ago  Press Release",
 * "· 东方阿尔法…公告 26分钟前"): its offsets in `text`, or null. What is left must read as a
 * headline or a label, not as a sentence that mentions an age ("… started 3 years ago.").
 */
function inlineAge(text: string): { start: number; end: number } | null {
  if (!mayBeAge(text)) return null;
  const words = [...text.matchAll(/\S+/gu)];
  // (the longest age first: "Yesterday at 4:30 pm", not "Yesterday" and a headline "at 4:30 pm …")
  for (let k = Math.min(MAX_AGE_WORDS, words.length - 1); k >= 1; k--) {
    const lastStart = (words[words.length - k] as RegExpMatchArray).index as number;
    const tail = text.slice(lastStart);
    if (tail.length <= MAX_AGE_LENGTH && isAge(tail)) {
      return isHeadlineRest(text.slice(0, lastStart)) ? { start: lastStart, end: text.length } : null;
    }
    const word = words[k - 1] as RegExpMatchArray;
    const headEnd = (word.index as number) + word[0].length;
    const head = text.slice(0, headEnd);
    if (head.length <= MAX_AGE_LENGTH && isAge(head)) {
      return isHeadlineRest(text.slice(headEnd))
        ? { start: (words[0] as RegExpMatchArray).index as number, end: headEnd }
        : null;
    }
  }
  return null;
}

function isHeadlineRest(rest: string): boolean {
  const words = rest.replace(AGE_SEPARATOR, "");
  // (more than a bare "by", the byline whose name the theme left out)
  return words.length > 3 && !isProse(words);
}

// an age line's header: the age is the item's date as printed, what shares its line the
// headline (or a label) before or after it
function ageHeader(lines: LineTable, i: number): Header {
  const text = lines.text(i);
  const at = text.length <= MAX_AGE_LENGTH && isAge(text) ? null : inlineAge(text);
  if (!at) return lineHeader(lines, i, "age");
  const start = lines.textStart(i);
  const prefix = text.slice(0, at.start).trim();
  return {
    first: i,
    last: i,
    kind: "age",
    date: null,
    dateSpan: { start: start + at.start, end: start + at.end },
    prefix,
    suffix: text.slice(at.end),
    suffixStart: start + at.end,
    prefixStart: start,
    author: null,
    updated: null,
    // (a headline before the age is no label: titlePlace reads it as the title)
    key: prefix.length > 0 ? "age|text|" : "age",
  };
}

/**
 * Lines that open with a month and no day ("June 2024", "May 2024") and go on with an entry of a
 * few words: each heads its item, the rest of the line being the entry's text.
 */
function monthRows(lines: LineTable): Header[] {
  const rows: Header[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines.blank(i) || !hasMonthDate(lines, i)) continue;
    const text = lines.text(i);
    const found = findDates(text);
    const month = found[0];
    if (found.length !== 1 || !month || month.day !== null) continue;
    const start = lines.textStart(i);
    const dateSpan = { start: start + month.start, end: start + month.end };
    // the month first, after a list's bullet ("June 2024  Our work on …"), or last, after the
    // entry ("东方阿尔法…公告 June 2020", as portals print a date column)
    if (month.start === (month.start === 0 ? 0 : (LIST_BULLET.exec(text)?.[0].length ?? 0))) {
      const rest = text.slice(month.end);
      const entry = rest.trimStart();
      if (!/^\s/u.test(rest) || !rowEntry(entry)) continue;
      const suffixStart = start + text.length - entry.length;
      rows.push(monthRow(i, dateSpan, "", start, entry, suffixStart));
    } else if (month.end === text.length && /\s/u.test(text.charAt(month.start - 1))) {
      const entry = text.slice(0, month.start).trimEnd();
      if (!rowEntry(entry)) continue;
      rows.push(monthRow(i, dateSpan, entry, start, "", dateSpan.end));
    }
  }
  // the same words after every month are no entries but the section they are in ("December 2017
  // In Coalition News"), read as after a full date
  const suffixes = new Map<string, number>();
  for (const row of rows) suffixes.set(row.suffix, (suffixes.get(row.suffix) ?? 0) + 1);
  for (const row of rows)
    if (row.suffix !== "" && (suffixes.get(row.suffix) as number) > 1) row.key = "month";
  return rows;
}

// an entry of a month's row: a few words, or as wide in a script written without spaces
function rowEntry(entry: string): boolean {
  return entry.split(/\s+/u).length >= MIN_ROW_WORDS || columns(entry) >= 2 * MIN_ENTRY_WIDTH;
}

function monthRow(
  i: number,
  dateSpan: Span,
  prefix: string,
  prefixStart: number,
  suffix: string,
  suffixStart: number,
): Header {
  const row = { first: i, last: i, kind: "month", date: null, dateSpan, prefix, prefixStart } as const;
  return { ...row, suffix, suffixStart, author: null, updated: null, key: "month-row" };
}

// the lines printed the most alike of `rows` (letters, digits and what stands between them): a
// list prints its headings one way, where a menu's month ("· Diciembre, 2009") is printed another
function printedAlike(lines: LineTable, rows: readonly number[]): number[] {
  if (rows.length < 2) return [...rows];
  const groups = new Map<string, number[]>();
  for (const i of rows) {
    const key = lines.text(i).replace(LETTERS, "a").replace(DIGITS, "d");
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  let best: number[] = [];
  for (const group of groups.values()) if (group.length > best.length) best = group;
  return best;
}

const LETTERS = /\p{L}+/gu;
const DIGITS = /\p{Nd}+/gu;

// whether line `b` is the next non-empty line after line `a` (false when either is missing)
function nextTo(lines: LineTable, b: number | undefined, a: number | undefined): boolean {
  return a !== undefined && b !== undefined && nonEmpty(lines, a + 1, b, 1) === -1;
}

function lineHeader(
  lines: LineTable,
  i: number,
  kind: Exclude<HeaderKind, "date">,
  runOnBylines = false,
): Header {
  const span = lineSpan(lines, i);
  const byline = kind === "byline" ? bylineName(lines.text(i), lines.textStart(i), runOnBylines) : null;
  // (the date as written, without a list's bullet before it: "• June 2019")
  const lead = kind === "month" ? (LIST_BULLET.exec(lines.text(i))?.[0].length ?? 0) : 0;
  return {
    first: i,
    last: i,
    kind,
    date: null,
    dateSpan: kind === "month" || kind === "age" ? { start: span.start + lead, end: span.end } : null,
    prefix: "",
    suffix: "",
    suffixStart: span.end,
    prefixStart: span.start,
    author: byline,
    updated: null,
    key: kind,
  };
}

// "by Creative Commons About CC CC staff photos are licensed under CC BY 4.0.": a byline that runs
// on, as lynx prints the byline, the category and a picture's credit of a post on one line with
// single spaces: the byline word, then a name of two or more capitalised words (one would be
// "By Monday the council …"; no `i` flag, under which \p{Lu} matches any letter)
const RUN_ON_BYLINE =
  /^(?:[Bb]y|[Pp]ar|[Vv]on|[Dd]i|[Pp]or|[Dd]oor|[Pp]rzez|[Aa]v|[Aa]f)\s+\p{Lu}[\p{L}'’.-]*,?\s+\p{Lu}[\p{L}'’.-]*(?:[\s,]|$)/u;

/** Whether `text` opens with a byline that runs on into the post's category or picture credit. */
function isRunOnByline(text: string): boolean {
  return RUN_ON_BYLINE.test(text);
}

// a byline line with no gap after the names that is too long, or too much a sentence, for a
// byline alone
function isRunOn(text: string): boolean {
  return !isByline(text) && NAME_GAP.exec(text) === null;
}

const NAME_GAP = /\s{2,}|\s[|·•]\s/u;

// "by Cable Green, Creative Commons   About CC": the names run to the gap before the category; on
// a page whose bylines run on (`runOn`), a byline without a gap names no author we can cut out
function bylineName(text: string, textStart: number, runOn: boolean): Span | null {
  const lead = /^\S+\s+/u.exec(text);
  if (!lead) return null;
  const rest = text.slice(lead[0].length);
  const gap = rest.search(NAME_GAP);
  if (gap === -1 && (runOn || !isByline(text))) return null;
  const name = (gap === -1 ? rest : rest.slice(0, gap)).trimEnd();
  if (name.length === 0) return null;
  const start = textStart + lead[0].length;
  return { start, end: start + name.length };
}

// items between the page's most repeated short line; lines of any repeated key are furniture.
// Where the line above each marker reads as the item's headline ("Walz Announces …" over
// "Press Release", a label the page prints under every headline), the markers head the items as
// date lines do, headline above; otherwise a marker closes its item ("read more", a count) or
// opens it (an image credit over the title) and the items are the stretches between markers
function markerList(lines: LineTable, monthLines: ReadonlySet<number>): Undated {
  // one pass: each short line's key numbered in order of first sight, with per key its count, its
  // last line and whether two of its lines ever came in a row (no list of lines per key)
  const ids = new Map<string, number>();
  const keyOf = new Int32Array(lines.length).fill(-1);
  const keyOfText = sharedNumbers(lines.distinctTexts());
  const counts: number[] = [];
  const lastAt: number[] = [];
  const inRow: boolean[] = [];
  let previous = -1; // the last non-empty line before i
  for (let i = 0; i < lines.length; i++) {
    const len = lines.size(i);
    if (len === 0) continue;
    if (len <= MAX_ANCHOR_LENGTH) {
      // (a text the page prints again has its key's number already)
      const textId = lines.textId(i);
      let id = keyOfText[textId] as number;
      if (id === -1) {
        const key = markerKey(lines.text(i));
        const known = ids.get(key);
        if (known === undefined) {
          id = counts.length;
          ids.set(key, id);
          counts.push(0);
          lastAt.push(-1);
          inRow.push(false);
        } else id = known;
        keyOfText[textId] = id;
      }
      // a marker comes once per item: two in a row (a menu, a column of counts) is something else
      if (lastAt[id] === previous && previous !== -1) inRow[id] = true;
      counts[id] = (counts[id] as number) + 1;
      lastAt[id] = i;
      keyOf[i] = id;
    }
    previous = i;
  }
  let best = -1;
  for (let id = 0; id < counts.length; id++) {
    const count = counts[id] as number;
    if (count < MIN_REPEATS.marker || inRow[id]) continue;
    if (best === -1 || count > (counts[best] as number)) best = id;
  }
  if (best === -1) return null;
  const markers: number[] = [];
  for (let i = 0; i < lines.length; i++) if (keyOf[i] === best) markers.push(i);
  if (lineNeighbours(Int32Array.from(markers), lines, monthLines) === "above") {
    const heads = markers.map((i) => lineHeader(lines, i, "marker"));
    const reading: Undated = { kind: "headers", headers: heads };
    // (a table of cookies, each over its "11 months", is no list where a story holds the page)
    if (holdsPage(lines, reading) && !hasStory(lines)) return reading;
  }
  // built only when there are items to cut: a page of repeated menu lines has none (one byte a
  // line, 1 for furniture: no hashing of line numbers)
  const furniture = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const id = keyOf[i] as number;
    if (id !== -1 && (counts[id] as number) >= MIN_REPEATS.marker) furniture[i] = 1;
  }
  const drafts: Draft[] = [];
  let longest = 0;
  for (let k = 0; k + 1 < markers.length; k++) {
    const draft = segment(lines, (markers[k] as number) + 1, markers[k + 1] as number, furniture);
    if (draft) {
      drafts.push(draft);
      longest = Math.max(longest, draft.to - draft.from + 1);
    }
  }
  // before the first marker and after the last: an item only where a headline opens a text
  const first = findOpening(lines, 0, markers[0] as number, furniture);
  const before = first !== -1 && (markers[0] as number) - first <= 2 * longest;
  if (before) {
    const draft = segment(lines, first, markers[0] as number, furniture);
    if (draft) drafts.unshift(draft);
  }
  const lastMarker = markers[markers.length - 1] as number;
  const after = nonEmpty(lines, lastMarker + 1, lines.length, 1);
  // where no item stands before the first marker, the markers open their items (a section's
  // label over each story, "In Coalition News"): the text after the last one is an item too,
  // headline or not, where it opens with a paragraph rather than the page's footer
  const opens = !before && after !== -1 && isText(lines.text(after));
  if (after !== -1 && (opens || findOpening(lines, after, lines.length, furniture) === after)) {
    let end = Math.min(lines.length, after + longest);
    // (such an item ends at the page's own lines under it: a trail, its filter, its footer)
    if (opens) {
      for (let i = after + 1; i < end; i++) {
        if (pageLine(lines.text(i))) {
          end = i;
          break;
        }
      }
    }
    const draft = segment(lines, after, end, furniture);
    if (draft) drafts.push(draft);
  }
  if (drafts.length < MIN_REPEATS.marker - 1) return null;
  return { kind: "segments", drafts: notesAlike(lines, drafts) };
}

/**
 * One-line entries between markers are read alike: where half of them read as prose ("Anche
 * per il prossimo anno prosegue la fornitura del diario …"), the short ones are notes too ("In
 * allegato i compiti estivi 2018 per le future classi quinte"), and the few longer ones notes
 * whose first line is text, not a headline.
 */
function notesAlike(lines: LineTable, drafts: Draft[]): Draft[] {
  let single = 0;
  let text = 0;
  for (const d of drafts) {
    if (entryLines(d) !== 1) continue;
    single++;
    if (isProse(lines.text(d.header.first))) text++;
  }
  if (single < NOTES_SHARE.singles * drafts.length || text < NOTES_SHARE.text * single) return drafts;
  return drafts.map((d) => (d.titleSpan ? { ...d, titleSpan: null, body: [d.header.first, ...d.body] } : d));
}

/** How many lines an entry holds, its headline's and its text's. */
export function entryLines(d: Draft): number {
  return d.body.length + (d.titleSpan ? 1 : 0);
}

/** Shares of one-line entries among a marker list's, and of text among those, for them to be notes. */
const NOTES_SHARE = { singles: 0.6, text: 0.5 };

// a line of the page's own rather than an item's: its trail, its filter or its footer
function pageLine(text: string): boolean {
  return startsAtHome(text) || filterText(text) !== null || isFooter(text);
}

// one item: its first line that is no furniture is the headline, the rest its text
function segment(lines: LineTable, from: number, to: number, furniture: Uint8Array): Draft | null {
  let titleLine = -1;
  const body: number[] = [];
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    if (lines.blank(i) || furniture[i] === 1 || readMore(lines, i)) continue;
    if (first === -1) first = i;
    last = i;
    if (titleLine === -1) titleLine = i;
    else body.push(i);
  }
  if (titleLine === -1) return null;
  const header: Header = {
    first: titleLine,
    last: titleLine,
    kind: "marker",
    date: null,
    dateSpan: null,
    prefix: "",
    suffix: "",
    suffixStart: lines.textEnd(titleLine),
    prefixStart: lines.textStart(titleLine),
    author: null,
    updated: null,
    key: "marker",
  };
  const titled = headlineOf(lines, titleLine) >= 0.2;
  return {
    header,
    from: first,
    to: last,
    titleSpan: titled ? lineSpan(lines, titleLine) : null,
    categorySpan: null,
    lead: null,
    body: titled ? body : [titleLine, ...body],
  };
}

/** Fewest entries in a run of headlines (each with or without a teaser) for it to be the list. */
const MIN_RUN_ENTRIES = 4;
/** Most teaser lines under one headline of such a run: more is an article's section. */
const MAX_TEASER_LINES = 2;
/** Median width of a run's headlines, in columns (a wide character two): menus run shorter. */
const MIN_RUN_WIDTH = 36;
/** Least share of the page's text (its prose and the run's headlines) the run must hold. */
const RUN_SHARE = 0.5;
/** Least headline score of a run's headline ("Sens. Paul, Ernst, & Boxer …" halves a full one). */
const RUN_HEADLINE = 0.5;
/** Narrowest line read as a headline of such a run. */
const MIN_ENTRY_WIDTH = 12;

// what entryRun reads of each distinct text, once: 0 not yet, else KNOWN and the facts
const KNOWN = 1;
const PROSE = 2; // isProse
const LONG = 4; // isText, where not prose: long enough to be a teaser
const NARROW = 8; // under MIN_ENTRY_WIDTH columns once its bullet is taken off
const runBytes = reusedBytes();

function runKind(lines: LineTable, i: number, kinds: Uint8Array): number {
  const id = lines.textId(i);
  let kind = kinds[id] as number;
  if (kind !== 0) return kind;
  const text = lines.text(i);
  if (isProse(text)) kind = KNOWN | PROSE;
  else {
    kind = isText(text) ? KNOWN | LONG : KNOWN;
    // (prose takes every line over 120 characters: what is counted here is short)
    if (columns(text.replace(LIST_BULLET, "")) < MIN_ENTRY_WIDTH) kind |= NARROW;
  }
  kinds[id] = kind;
  return kind;
}

/**
 * The last reading of an undated list: the longest run of headlines, each alone on its line or
 * over a teaser of a line or two, nothing else between them (a press office's index without
 * dates: "Statement on Budget Vote" / "Perlmutter Statement on …"; a channel's "· 东方阿尔法…"
 * lines). Menus are runs too, of short lines: a run whose typical line is as short is none.
 */
function entryRun(lines: LineTable): { kind: "segments"; drafts: Draft[] } | null {
  // a run is its headlines' lines and, per headline, how many teaser lines follow it (the next
  // non-empty lines): Drafts are made for the longest run only
  let best: number[] = [];
  let bestTeasers: number[] = [];
  let bestSize = 0;
  let bestHeadlines = 0;
  let heads: number[] = [];
  let teasers: number[] = [];
  let size = 0;
  let headlines = 0;
  let prose = 0;
  const close = () => {
    // (most lines close no run: no new array for them)
    if (heads.length === 0) return;
    if (heads.length >= MIN_RUN_ENTRIES && size > bestSize && isHeadlineRun(lines, heads, teasers)) {
      best = heads;
      bestTeasers = teasers;
      bestSize = size;
      bestHeadlines = headlines;
    }
    heads = [];
    teasers = [];
    size = 0;
    headlines = 0;
  };
  const kinds = runBytes(lines.distinctTexts());
  for (let i = 0; i < lines.length; i++) {
    if (lines.blank(i)) continue;
    const kind = runKind(lines, i, kinds);
    // (a headline may run past 80 characters: prose, or a line no headline at all, is a teaser)
    if ((kind & PROSE) !== 0 || ((kind & LONG) !== 0 && headlineOf(lines, i) < RUN_HEADLINE)) {
      const length = lines.size(i);
      prose += length;
      // a teaser under the run's last headline, or the end of the run
      const last = teasers.length - 1;
      if (last >= 0 && (teasers[last] as number) < MAX_TEASER_LINES) {
        teasers[last] = (teasers[last] as number) + 1;
        size += length;
      } else close();
      continue;
    }
    if ((kind & NARROW) !== 0 || headlineOf(lines, i) < RUN_HEADLINE) {
      close();
      continue;
    }
    heads.push(i);
    teasers.push(0);
    size += lines.size(i);
    headlines += lines.size(i);
  }
  close();
  // the page's main text: a story's paragraphs outweigh the related posts listed under it
  if (best.length === 0 || bestSize < RUN_SHARE * (prose + bestHeadlines)) return null;
  const drafts = best.map((head, k) => entryDraft(lines, head, bestTeasers[k] as number));
  // a story beside the run (paragraphs in a row, more than a teaser has) makes it the story's list
  if (hasStory(lines, (drafts[0] as Draft).from, (drafts[drafts.length - 1] as Draft).to)) return null;
  return { kind: "segments", drafts };
}

// the entry headed by line `head`, its teaser the `teasers` non-empty lines under it
function entryDraft(lines: LineTable, head: number, teasers: number): Draft {
  const body: number[] = [];
  let to = head;
  for (let k = 0; k < teasers; k++) {
    to = nonEmpty(lines, to + 1, lines.length, 1);
    body.push(to);
  }
  const text = lines.text(head);
  const headline = text.replace(LIST_BULLET, "");
  let start = lines.textStart(head) + text.length - headline.length;
  // a tag before the headline is its category ("[社会] 一图读懂 …")
  const tag = LEADING_TAG.exec(headline);
  let categorySpan: Span | null = null;
  if (tag && tag[0].length < headline.length) {
    categorySpan = { start: start + 1, end: start + 1 + (tag[1] as string).length };
    start += tag[0].length;
  }
  return {
    header: entryHeader(lines, head),
    from: head,
    to,
    titleSpan: { start, end: lines.textEnd(head) },
    categorySpan,
    lead: null,
    body,
  };
}

/** Paragraphs in a row that make a story, not a teaser. */
const STORY_PARAGRAPHS = 3;

/**
 * Whether, outside lines `from` to `to` (when given), STORY_PARAGRAPHS lines of prose follow one
 * another: a story's paragraphs, more than any teaser has.
 */
export function hasStory(lines: LineTable, from = -1, to = -1): boolean {
  let inRow = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i >= from && i <= to) {
      inRow = 0;
      i = to;
      continue;
    }
    if (lines.blank(i)) continue;
    // (a paragraph the page wrapped over several lines counts line by line: a line the next
    // goes on from in lower case)
    const next = nonEmpty(lines, i + 1, lines.length, 1);
    const prose = isText(lines.text(i)) || (next !== -1 && LOWER_START.test(lines.text(next)));
    inRow = prose ? inRow + 1 : 0;
    if (inRow >= STORY_PARAGRAPHS) return true;
  }
  return false;
}

// a run of headlines: most of them distinct, as wide as headlines are, and alike in having a
// teaser or not (a page's sections with a paragraph here and a list there are no list)
function isHeadlineRun(lines: LineTable, heads: readonly number[], teasers: readonly number[]): boolean {
  const widths: number[] = [];
  const titles = new Set<string>();
  let teased = 0;
  let lower = 0;
  for (let k = 0; k < heads.length; k++) {
    const text = lines.text(heads[k] as number);
    widths.push(columns(text));
    titles.add(text);
    if ((teasers[k] as number) > 0) teased++;
    // a headline opens with a capital, a digit or a mark; the lines of a paragraph the page
    // wrapped mostly go on in lower case
    if (LOWER_START.test(text)) lower++;
  }
  widths.sort((a, b) => a - b);
  const median = widths[widths.length >> 1] as number;
  const n = heads.length;
  const alike = teased <= n * 0.25 || teased >= n * 0.75;
  return median >= MIN_RUN_WIDTH && titles.size >= n * 0.9 && alike && lower <= n * 0.2;
}

function entryHeader(lines: LineTable, i: number): Header {
  return {
    first: i,
    last: i,
    kind: "marker",
    date: null,
    dateSpan: null,
    prefix: "",
    suffix: "",
    suffixStart: lines.textEnd(i),
    prefixStart: lines.textStart(i),
    author: null,
    updated: null,
    key: "entry",
  };
}
