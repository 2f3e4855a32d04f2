// Item assembly: cut the page's lines into items once the shape is known, and read each item's
// fields (headline, category, paragraphs, source) with their spans.
import { type DateMatch, parseDate, toIso } from "../dates/index.js";
import { detectLang, type Script, scriptOf } from "../lang/index.js";
import { isByline, isKeywordLine, isText, titleCased } from "../listing/lines.js";
import type { NewsItem } from "../model/page.js";
import type { Span } from "../model/span.js";
import { itemId } from "../util/id.js";
import { filterText, isFooter, startsAtHome, youAreHere } from "./chrome.js";
import { headlineOf, pagination, readMore } from "./facts.js";
import type { LineTable } from "./lines.js";
import {
  CATEGORY_LEAD,
  cleanSuffix,
  findOpening,
  gluedUnderText,
  type Header,
  likeness,
  type TitlePlace,
  wrappedHeadline,
  wrappedHeadlineDown,
} from "./shape.js";
import { commonTail, LEADING_TAG, LIST_BULLET, lineSpan, nonEmpty } from "./util.js";

export interface Draft {
  header: Header;
  /** first and last line of the item (inclusive) */
  from: number;
  to: number;
  titleSpan: Span | null;
  categorySpan: Span | null;
  /** the item's opening paragraph when it shares the header line ("24.06.2019 | Berlin – …") */
  lead: Span | null;
  body: readonly number[];
  /**
   * how many of `body`'s lines come before `lead` (a table row's text that starts above its date
   * cell: links and elinks centre the date in its row); 0 when none, or absent
   */
  leadAfter?: number;
}

function itemLang(title: string | null, paragraphs: readonly string[], page: ItemContext): string | null {
  // an item of a headline and at most one paragraph reads as the item before it did when both
  // are the same strings (a repeated line's text is one string, cut once): a list of 10⁵ alike
  // items read each one's script again (only where lines are compared, LineTable.sharesTexts:
  // on a smaller page the look-up cost more than it saved, ~1-2% of the dev pages' parse)
  const last = page.lastLang;
  if (page.ids !== null && paragraphs.length <= 1) {
    const first = paragraphs[0];
    if (last.title === title && last.first === first && last.known) return last.lang;
    const lang = readItemLang(title, paragraphs, page);
    last.title = title;
    last.first = first;
    last.lang = lang;
    last.known = true;
    return lang;
  }
  return readItemLang(title, paragraphs, page);
}

function readItemLang(
  title: string | null,
  paragraphs: readonly string[],
  page: { lang: string | null; script: Script | null },
): string | null {
  // the script is read from the opening's first 80 characters, so the rest is joined only when
  // the item needs detecting
  // (each paragraph cut at 80 characters: the opening is the same, and reading it no longer
  // copies a whole long paragraph to flatten the joined string)
  const first = paragraphs[0];
  let script: Script | null;
  if (!title && first !== undefined && (paragraphs.length === 1 || first.length >= 79)) {
    // no headline, and the opening is the first paragraph's: " " and its first 79 characters (a
    // space counts for no script), read in place rather than joined
    script = scriptOf(first, 79);
  } else {
    let head = title ?? "";
    for (let k = 0; k < 3 && k < paragraphs.length && head.length < 80; k++) {
      head += ` ${(paragraphs[k] as string).slice(0, 80)}`;
    }
    script = scriptOf(head, 80);
  }
  if (script === null || (page.lang !== null && script === page.script)) return page.lang;
  return detectLang([title ?? "", ...paragraphs.slice(0, 3)].join(" ")) ?? page.lang;
}

// ---- items ---------------------------------------------------------------------------

/** How many lines above a teaser's date line its headline may be (image credits come between). */
const TEASER_REACH = 3;

// the nearest headline-like line above a teaser's date line, over image credits and captions;
// `textColumn` is where the previous row's text starts on its date line when the date and the
// text are cells side by side (-1 otherwise): a line starting there goes on with that text
// ("Singapore!" closing the cell beside "Dec 12,")
function headlineAbove(lines: LineTable, from: number, stop: number, textColumn: number): number {
  let at = from;
  for (let k = 0; k < TEASER_REACH; k++) {
    at = nonEmpty(lines, at - 1, stop, -1);
    if (at === -1) return from;
    if (textColumn > 0 && lines.textStart(at) - lines.start(at) === textColumn) return from;
    if (likeness(lines, at, 0) >= 0.5) return at;
  }
  return from;
}

// the column the text beside a date line starts at, when the date opens the line and the text
// follows it on the line (-1 otherwise)
function besideColumn(lines: LineTable, h: Header): number {
  if (h.prefix.length > 0 || h.suffix.length === 0 || h.first !== h.last) return -1;
  const text = cleanSuffix(h.suffix);
  return text.length === 0 ? -1 : h.suffixStart + h.suffix.length - text.length - lines.start(h.first);
}

/**
 * The column of a list laid out as table rows, a date cell and a text cell side by side, the
 * rows touching (links and elinks print a page's table so, each short date cell centred on its
 * row's lines: "   Feb 1, 2024  different hardware, …" with the row's first line above it); -1
 * when the page does not repeat that layout: every date line opens with its date and goes on in
 * one column, and every line between the first date line and the last is a date line or text in
 * that column.
 */
function rowColumn(lines: LineTable, headers: readonly Header[]): number {
  if (headers.length < 2) return -1;
  const column = besideColumn(lines, headers[0] as Header);
  if (column <= 0) return -1;
  let next = 0;
  const last = (headers[headers.length - 1] as Header).first;
  for (let j = (headers[0] as Header).first; j <= last; j++) {
    const h = headers[next] as Header;
    if (j === h.first) {
      if (besideColumn(lines, h) !== column) return -1;
      next++;
      continue;
    }
    if (lines.blank(j) || lines.textStart(j) - lines.start(j) !== column) return -1;
  }
  return column;
}

// whether line `j` was filled to the page's widest line and goes on in the text of line `j + 1`
// starting at `column`: the next word would not have fitted after it
function fillsInto(lines: LineTable, j: number, column: number): boolean {
  const next = lines.text(j + 1);
  const from = lines.start(j + 1) + column - lines.textStart(j + 1);
  if (from < 0) return false;
  let word = from;
  while (word < next.length && next.charCodeAt(word) > 32) word++;
  return lines.textEnd(j) - lines.start(j) + 1 + (word - from) > lines.widest();
}

/**
 * The first line of a table row whose date cell stands beside a later line of the row (see
 * rowColumn): the row's lines above the date line are the wrapped start of its text, each filled
 * to the width, and no more of them than the row has below the date line (the cell is centred:
 * a row's last line is its text's last, short unless it filled the width). `h.first` when none.
 */
function rowTop(lines: LineTable, h: Header, column: number, stop: number): number {
  let below = 0;
  for (let j = h.first + 1; j < lines.length; j++) {
    if (lines.blank(j) || lines.textStart(j) - lines.start(j) !== column) break;
    below++;
    if (j + 1 >= lines.length || !fillsInto(lines, j, column)) break;
  }
  let top = h.first;
  for (let j = h.first - 1; j > stop && h.first - j <= below; j--) {
    if (lines.blank(j) || lines.textStart(j) - lines.start(j) !== column) break;
    if (!fillsInto(lines, j, column)) break;
    top = j;
  }
  return top;
}

// the item's first line when its headline, ending at line `at`, was wrapped over several lines
// (its last line noted in `titleEnds`), else `at`
function wrappedFrom(
  lines: LineTable,
  at: number,
  headerFirst: number,
  stop: number,
  titleEnds: Int32Array,
  i: number,
): number {
  if (at === headerFirst || headlineOf(lines, at) !== 0) return at;
  const top = wrappedHeadline(lines, at);
  if (top === -1 || top <= stop) return at;
  titleEnds[i] = at;
  return top;
}

// posts whose date line closes them: each runs from the headline that opens its text (after the
// previous date line) down to its own date line
function closedItems(lines: LineTable, headers: readonly Header[]): Draft[] {
  const drafts: Draft[] = [];
  const collected: number[] = [];
  const openings: number[] = [];
  for (let i = 0; i < headers.length; i++) {
    const prevEnd = i > 0 ? (headers[i - 1] as Header).last + 1 : 0;
    openings.push(findOpening(lines, prevEnd, (headers[i] as Header).first));
  }
  if (untitledNotes(lines, headers, openings)) {
    // the paragraph each date hangs under is the note ("Excited to release …" / "Feb 1, 2024"),
    // back to the blank line above it, and nothing further up (the page's head)
    for (let i = 0; i < headers.length; i++) {
      const h = headers[i] as Header;
      const prevEnd = i > 0 ? (headers[i - 1] as Header).last + 1 : 0;
      drafts.push(untitled(lines, h, gluedNote(lines, prevEnd, h.first)));
    }
    return drafts;
  }
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as Header;
    const from = openings[i] as number;
    if (from === -1) continue;
    // (counted, not emptied by `length = 0`, which drops the array's store: see buildItems)
    let n = 0;
    for (let j = from + 1; j < h.first; j++) {
      if (!lines.blank(j) && !readMore(lines, j)) collected[n++] = j;
    }
    const body = collected.slice(0, n);
    const titleSpan = lineSpan(lines, from);
    drafts.push({ header: h, from, to: h.last, titleSpan, categorySpan: null, lead: null, body });
  }
  return drafts;
}

/**
 * Whether the items are notes without headlines: every date hangs under its paragraph
 * (gluedUnderText), and for most of them no headline stands right over that paragraph (the
 * opening found is further up, or none: the page's menu, not the note's).
 */
function untitledNotes(lines: LineTable, headers: readonly Header[], openings: readonly number[]): boolean {
  if (!gluedUnderText(headers, lines)) return false;
  let headed = 0;
  for (let i = 0; i < headers.length; i++) {
    const prevEnd = i > 0 ? (headers[i - 1] as Header).last + 1 : 0;
    const note = gluedNote(lines, prevEnd, (headers[i] as Header).first);
    if (openings[i] !== -1 && nonEmpty(lines, note - 1, prevEnd - 1, -1) === openings[i]) headed++;
  }
  return headed < headers.length / 2;
}

// the first line of the block of lines that runs, with no blank line, down to the date line `at`
// and starts at `stop` or after
function gluedNote(lines: LineTable, stop: number, at: number): number {
  let from = at;
  while (from - 1 >= stop && !lines.blank(from - 1)) from--;
  return from;
}

// an item of the lines [from, header) with no headline, closed by its date line
function untitled(lines: LineTable, h: Header, from: number): Draft {
  const body: number[] = [];
  for (let j = from; j < h.first; j++) if (!readMore(lines, j)) body.push(j);
  return { header: h, from, to: h.last, titleSpan: null, categorySpan: null, lead: null, body };
}

/**
 * The headline above a story's age when a shorter line sits between them and the headline is
 * printed twice (the picture's link and the headline's own, as text browsers dump portal tiles):
 * the shorter line is the story's tags, whose spaces w3m drops between CJK words ("香港中英联合声明"
 * for "香港 中英联合声明"), so they no longer read as keywords. `up` itself otherwise.
 */
function pastTags(lines: LineTable, up: number, stop: number): number {
  const headline = nonEmpty(lines, up - 1, stop, -1);
  if (headline === -1 || lines.size(headline) <= lines.size(up)) return up;
  const copy = nonEmpty(lines, headline - 1, stop, -1);
  const text = lines.text(headline);
  return copy !== -1 && lines.text(copy) === text && lines.text(up) !== text ? headline : up;
}

// an image beside a headline as text browsers print it: its file name or a marker word in
// brackets ("[new.gif]", "[new]", "[IMG]") after the headline, not part of it
const IMAGE_AFTER =
  /\s*\[(?:[^\][\s]{1,40}\.(?:gif|png|jpe?g|svg|webp|bmp)|new|hot|top|img|image|icon|inline)\]$/iu;

// the length of the headline in what a header line prints before its date (`prefix` up to `cut`):
// separators and an image marker after it are not; the regexes (and the cut they read) only when
// the last character may be theirs
function headlineBefore(prefix: string, cut: number): number {
  const last = prefix.charCodeAt(cut - 1);
  if (!mayBeSeparator(last) && last !== 93) return cut;
  const text = prefix.slice(0, cut);
  const trimmed = mayBeSeparator(last) ? text.replace(TRAILING_SEPARATORS, "") : text;
  return (trimmed.charCodeAt(trimmed.length - 1) === 93 ? trimmed.replace(IMAGE_AFTER, "") : trimmed).length;
}

const TRAILING_SEPARATORS = /[\s,;:|\-–—]+$/u;

/** Whether TRAILING_SEPARATORS may match a character `c` (beyond ASCII the regex decides). */
function mayBeSeparator(c: number): boolean {
  return c >= 128 || c <= 32 || c === 44 || c === 59 || c === 58 || c === 124 || c === 45;
}

/** Whether LIST_BULLET may match at a text opening with `c`: "*" or "-" in ASCII, else the regex decides. */
function mayOpenBullet(c: number): boolean {
  return c >= 128 || c === 42 || c === 45;
}

const NO_LINES: readonly number[] = [];

// the first line of item `i`: its headline's when the headline stands above the date line
function itemStart(
  lines: LineTable,
  headers: readonly Header[],
  i: number,
  place: TitlePlace,
  rowText: number,
  monthLines: ReadonlySet<number>,
  titleEnds: Int32Array,
): number {
  const h = headers[i] as Header;
  if (place !== "above" && place !== "teaser") return h.first;
  const prevEnd = i > 0 ? (headers[i - 1] as Header).last : -1;
  if (place === "teaser") {
    const top = rowText > 0 ? rowTop(lines, h, rowText, prevEnd) : h.first;
    if (top < h.first) return top;
    const previous = i > 0 ? besideColumn(lines, headers[i - 1] as Header) : -1;
    return wrappedFrom(
      lines,
      headlineAbove(lines, h.first, prevEnd, previous),
      h.first,
      prevEnd,
      titleEnds,
      i,
    );
  }
  let up = nonEmpty(lines, h.first - 1, prevEnd, -1);
  // portals print the story's keywords between its headline and its age ("香港 中英联合声明")
  if (up !== -1 && isKeywordLine(lines.text(up))) up = nonEmpty(lines, up - 1, prevEnd, -1);
  else if (up !== -1 && isByline(lines.text(up))) {
    // the byline between the headline and its date ("6 Steps You Can Take …" / "By Angela
    // Williams" / "June 13, 2025"): the headline is over it
    const over = nonEmpty(lines, up - 1, prevEnd, -1);
    if (over !== -1 && likeness(lines, over, 0) >= 0.5) up = over;
  } else if (up !== -1) up = pastTags(lines, up, prevEnd);
  return up === -1 || monthLines.has(up) || likeness(lines, up, 0) < 0.3
    ? h.first
    : wrappedFrom(lines, up, h.first, prevEnd, titleEnds, i);
}

export function buildItems(
  lines: LineTable,
  headers: readonly Header[],
  place: TitlePlace,
  monthLines: ReadonlySet<number>,
): Draft[] {
  if (place === "footer") return closedItems(lines, headers);
  const drafts: Draft[] = [];
  // a list of table rows, the date cell beside the text: a row may start above its date line
  const rowText = place === "teaser" ? rowColumn(lines, headers) : -1;
  // the last line of each item's headline where it was wrapped over several lines (-1: one line)
  const titleEnds = new Int32Array(headers.length).fill(-1);
  // (a loop, not map: over 16 K entries an inlined map deoptimises at every call)
  const starts = new Int32Array(headers.length);
  for (let i = 0; i < headers.length; i++) {
    starts[i] = itemStart(lines, headers, i, place, rowText, monthLines, titleEnds);
  }
  const prefixes: string[] = [];
  for (let k = 0; k < headers.length; k++) prefixes.push((headers[k] as Header).prefix);
  const common = commonTail(prefixes);
  // the category the common tail names ("… , media release,"), read once for every header
  const tail = common.replace(/^[\s,;:|\-–—]+|[\s,;:|\-–—]+$/gu, "");
  const commonCategory =
    tail.length > 0 && LETTER.test(tail) ? { at: common.indexOf(tail), length: tail.length } : null;
  const titledMonths =
    place === "none" &&
    headers[0]?.kind === "month" &&
    headers[0].key !== "month-row" &&
    headsTitledEntries(lines, headers, starts);
  const collected: number[] = [];
  let longest = 0; // the longest body of the items before the last (no spread: pages may hold 10⁶ items)
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as Header;
    const from = starts[i] as number;
    const last = i === headers.length - 1;
    const limit = last ? lines.length : (starts[i + 1] as number);
    let titleSpan: Span | null = null;
    let categorySpan: Span | null = null;
    let cursor = h.last + 1;
    // (a row's text above its date cell is no headline)
    const rowAbove = rowText > 0 && from < h.first && lines.textStart(from) - lines.start(from) === rowText;
    if ((place === "above" || place === "teaser") && from !== h.first && !rowAbove) {
      const end = titleEnds[i] as number;
      titleSpan =
        end > from ? { start: lines.textStart(from), end: lines.textEnd(end) } : lineSpan(lines, from);
    }
    if (place === "below") {
      const down = nonEmpty(lines, h.last + 1, limit, 1);
      if (down !== -1 && !monthLines.has(down) && likeness(lines, down, 0) >= 0.3) {
        // (a headline the tool wrapped: its lines up to the blank line under it)
        const end = headlineOf(lines, down) === 0 ? wrappedHeadlineDown(lines, down) : -1;
        titleSpan =
          end > down ? { start: lines.textStart(down), end: lines.textEnd(end) } : lineSpan(lines, down);
        cursor = Math.max(down, end) + 1;
      }
    }
    const suffix = cleanSuffix(h.suffix);
    const suffixAt = h.suffixStart + (h.suffix.length - suffix.length);
    let lead: Span | null = null;
    // a teaser after the date, or a month row's entry ("June 2024  Our work on …")
    if ((place === "teaser" || (h.key === "month-row" && place === "none")) && suffix.length > 0)
      lead = { start: suffixAt, end: suffixAt + suffix.length };
    else if (place === "inline-after" && suffix.length > 0) {
      const tag = LEADING_TAG.exec(suffix);
      if (tag) {
        categorySpan = { start: suffixAt + 1, end: suffixAt + 1 + (tag[1] as string).length };
        const rest = suffix.slice(tag[0].length);
        if (rest.length > 0) titleSpan = { start: suffixAt + tag[0].length, end: suffixAt + suffix.length };
      } else {
        titleSpan = { start: suffixAt, end: suffixAt + suffix.length };
      }
    } else if (suffix.length > 0 && !(place === "inline-before" && h.prefix.length > 0 && commonCategory)) {
      // (a category the headers' common prefix tail names takes its place below)
      categorySpan = categoryOf(suffix, suffixAt);
    }
    if (place === "inline-before" && h.prefix.length > 0) {
      const cut = h.prefix.length - common.length;
      const titleLength = headlineBefore(h.prefix, cut);
      // a list bullet ("· ", "• ", "- ") opens the line, not the headline
      const bullet =
        titleLength > 0 && mayOpenBullet(h.prefix.charCodeAt(0))
          ? (LIST_BULLET.exec(h.prefix.slice(0, titleLength))?.[0] ?? "").length
          : 0;
      if (titleLength > bullet) {
        titleSpan = { start: h.prefixStart + bullet, end: h.prefixStart + titleLength };
      }
      if (commonCategory) {
        const at = h.prefixStart + cut + commonCategory.at;
        categorySpan = { start: at, end: at + commonCategory.length };
      }
    }
    // the body runs to the next item; the last one stops at the page's furniture, and at no more
    // lines than the longest other item had
    // (gathered in one array for all items and copied out at its size: an array grown by push
    // keeps room for 17 entries, and a draft lives to the end of the parse; counted rather than
    // emptied by `length = 0`, which drops the array's store, so that every item grew a new one)
    let n = 0;
    if (rowAbove) for (let j = from; j < h.first; j++) collected[n++] = j;
    const leadAfter = n;
    // (entries under a month heading are counted by the group, which ends at the furniture)
    const cap = last && i > 0 && !titledMonths ? longest + leadAfter : Number.POSITIVE_INFINITY;
    let to = Math.max(h.last, titleSpan && place === "below" ? cursor - 1 : h.last);
    for (let j = cursor; j < limit; j++) {
      if (lines.blank(j)) continue;
      if (last && (n >= cap || isBoundary(lines, j))) break;
      if (monthLines.has(j) || readMore(lines, j) || pagination(lines, j)) {
        if (last) break;
        continue;
      }
      collected[n++] = j;
      to = j;
    }
    // (an item without body lines shares one empty list: drafts' bodies are read, never changed)
    const body = n === 0 ? NO_LINES : collected.slice(0, n);
    if (body.length > longest) longest = body.length;
    // an empty day heading (a calendar widget's "16/12/2009" with nothing under it) is no item
    if (!titleSpan && !lead && !categorySpan && body.length === 0 && place !== "inline-after") continue;
    const group =
      place === "below" && titleSpan && suffix.length === 0
        ? dayGroup(lines, cursor - 1, body)
        : titledMonths && h.kind === "month" && !titleSpan && body.length > 0
          ? monthGroup(lines, body)
          : null;
    if (group) {
      for (const part of group) {
        const end = part.body[part.body.length - 1] ?? part.title;
        drafts.push({
          header: h,
          // the date line heads the group, as chrome: each item starts at its headline
          from: part.title,
          to: end,
          titleSpan: lineSpan(lines, part.title),
          categorySpan,
          lead: null,
          body: part.body,
        });
      }
      continue;
    }
    if (leadAfter > 0) drafts.push({ header: h, from, to, titleSpan, categorySpan, lead, body, leadAfter });
    else drafts.push({ header: h, from, to, titleSpan, categorySpan, lead, body });
  }
  return drafts;
}

/**
 * Several posts under one date heading ("16/12/2009", then headlines, some with a one-paragraph
 * teaser, some alone): the lines under the date alternate headline and at most one text line.
 * A post whose text runs to two paragraphs in a row is one item, in-text subheadings and all.
 */
function dayGroup(
  lines: LineTable,
  titleLine: number,
  body: readonly number[],
): { title: number; body: number[] }[] | null {
  const parts: { title: number; body: number[] }[] = [{ title: titleLine, body: [] }];
  let previousText = false;
  for (const j of body) {
    const headline = headlineOf(lines, j) >= 0.5 && !isText(lines.text(j));
    if (headline) {
      parts.push({ title: j, body: [] });
      previousText = false;
      continue;
    }
    if (previousText) return null;
    (parts[parts.length - 1] as { body: number[] }).body.push(j);
    previousText = true;
  }
  if (parts.length < 2) return null;
  // posts' headlines are of a size; "Contact: Jared Smith" under a press release's headline is not one
  const longest = Math.max(...parts.map((p) => lines.size(p.title)));
  return parts.every((p) => lines.size(p.title) >= DAY_GROUP_TITLE_SHARE * longest) ? parts : null;
}

/**
 * The posts under one month heading ("April 2013", then headlines): each titled line opens one,
 * the lines under it up to the next are its text. Null when the heading's first line is no
 * headline.
 */
function monthGroup(lines: LineTable, body: readonly number[]): { title: number; body: number[] }[] | null {
  const parts: { title: number; body: number[] }[] = [];
  const first = body[0] as number;
  for (const j of body) {
    // the page's furniture under the last entries ("Print", "Email", "Search") ends the group
    if (lines.size(j) < DAY_GROUP_TITLE_SHARE * lines.size(first)) break;
    if (titledEntry(lines, j)) parts.push({ title: j, body: [] });
    else if (parts.length === 0) return null;
    else (parts[parts.length - 1] as { body: number[] }).body.push(j);
  }
  return parts;
}

/** A headline written in title case ("Senator Cowan Joins Colleagues in Filing Amicus Brief"). */
function titledEntry(lines: LineTable, j: number): boolean {
  return headlineOf(lines, j) >= 0.5 && titleCased(lines.text(j));
}

/**
 * Whether a page's month headings head titled entries rather than notes ("June 2024" / "Invited
 * to speak at …", read as an untitled item): most headings' first line is a title-cased headline.
 */
function headsTitledEntries(lines: LineTable, headers: readonly Header[], starts: Int32Array): boolean {
  let entries = 0;
  let titled = 0;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as Header;
    // (a heading is the month alone: "… Brand Offers This March 2026" is a headline)
    if (LETTER.test(h.prefix) || LETTER.test(h.suffix)) return false;
    const limit = i === headers.length - 1 ? lines.length : (starts[i + 1] as number);
    const first = nonEmpty(lines, h.last + 1, limit, 1);
    if (first === -1) continue;
    entries++;
    if (titledEntry(lines, first)) titled++;
  }
  return entries >= 2 && titled >= TITLED_MONTHS_SHARE * entries;
}

const LETTER = /\p{L}/u;

/** The share of month headings whose first line is a titled headline, for the page's months to head titled entries. */
const TITLED_MONTHS_SHARE = 0.8;

/** The shortest headline of a day group, as a share of its longest. */
const DAY_GROUP_TITLE_SHARE = 0.4;

function isBoundary(lines: LineTable, i: number): boolean {
  const text = lines.text(i);
  return (
    pagination(lines, i) ||
    isFooter(text) ||
    startsAtHome(text) ||
    youAreHere(text) !== null ||
    filterText(text) !== null
  );
}

function categoryOf(suffix: string, at: number): Span | null {
  // the preposition belongs to the sentence, not the category
  const lead = CATEGORY_LEAD.exec(suffix);
  const skip = lead ? lead[0].length : 0;
  const name = suffix.slice(skip).replace(/[\s.,;:|]+$/u, "");
  if (name.length === 0 || name.length > 60) return null;
  return { start: at + skip, end: at + skip + name.length };
}

const SOURCE =
  /\s*[(（]\s*(?:source|sources|fuente|fuentes|quelle|fonte|źródło|источник|来源|來源|出典|bron)\s*[:：]\s*([^()（）]{1,200}?)\s*[)）]\s*$/iu;
const SOURCE_LINE = /^(?:source|fuente|quelle|fonte|źródło|источник|来源|bron)\s*[:：]\s*(.{1,200})$/iu;

// "Source: …" opens with a word and a colon: a paragraph without a colon is turned away natively
const LABELLED = /^\p{L}{3,12}\s*[:：]/u;

function hasColon(text: string): boolean {
  return text.indexOf(":") !== -1 || text.indexOf("：") !== -1;
}

export function toItem(
  text: string,
  lines: LineTable,
  d: Draft,
  page: ItemContext,
  reference: Date | string | undefined,
): NewsItem {
  // each body line's paragraph is the line's text as the table holds it (cut once, and shared by
  // the lines that read alike), not a new cut per item; the lead and a paragraph the source is
  // cut from are cut here
  const lead = d.lead;
  const paragraphSpans: Span[] = d.body.map((j) => lineSpan(lines, j));
  const paragraphs: string[] = d.body.map((j) => lines.text(j));
  if (lead) {
    const at = d.leadAfter;
    if (at === undefined) {
      paragraphSpans.unshift(lead);
      paragraphs.unshift(cutOn(text, lines, d.header.first, lead.start, lead.end, page));
    } else {
      paragraphSpans.splice(at, 0, lead);
      paragraphs.splice(at, 0, cutOn(text, lines, d.header.first, lead.start, lead.end, page));
    }
  }
  let sourceSpan: Span | null = null;
  for (let k = paragraphSpans.length - 1; k >= Math.max(0, paragraphSpans.length - 2) && !sourceSpan; k--) {
    const span = paragraphSpans[k] as Span;
    const para = paragraphs[k] as string;
    const close = para.charCodeAt(para.length - 1);
    if (close !== 41 && close !== 0xff09 && !(hasColon(para) && LABELLED.test(para))) continue;
    const whole = SOURCE_LINE.exec(para);
    if (whole) {
      const at = span.start + para.length - (whole[1] as string).length;
      sourceSpan = { start: at, end: at + (whole[1] as string).trimEnd().length };
      paragraphSpans.splice(k, 1);
      paragraphs.splice(k, 1);
      break;
    }
    const m = SOURCE.exec(para);
    if (m) {
      const inner = m[0].indexOf(m[1] as string);
      sourceSpan = {
        start: span.start + m.index + inner,
        end: span.start + m.index + inner + (m[1] as string).length,
      };
      const keep = span.start + m.index;
      if (keep > span.start) {
        paragraphSpans[k] = { start: span.start, end: keep };
        paragraphs[k] = text.slice(span.start, keep);
      } else {
        paragraphSpans.splice(k, 1);
        paragraphs.splice(k, 1);
      }
    }
  }
  const title = d.titleSpan ? titleOf(text, lines, d, d.titleSpan, page) : null;
  const category = d.categorySpan
    ? cutOn(text, lines, d.header.first, d.categorySpan.start, d.categorySpan.end, page)
    : null;
  const source = sourceSpan ? text.slice(sourceSpan.start, sourceSpan.end) : null;
  const match = d.header.date;
  const resolved =
    match && match.year === null && reference !== undefined ? parseDate(match.text, { reference }) : null;
  const date = match ? (resolved?.iso ?? dayOf(match, page)) : null;
  const dateSpan = match ? { start: match.start, end: match.end } : d.header.dateSpan;
  return {
    // itemId reads the text only when there is no headline
    id: idOf(page.ids, page.lastId, date, title, title ? "" : opening400(paragraphs)),
    date,
    dateText: dateSpan ? cutOn(text, lines, d.header.first, dateSpan.start, dateSpan.end, page) : null,
    modified: d.header.updated ? toIso(d.header.updated) : null,
    title,
    category,
    paragraphs,
    blocks: [],
    source,
    authors: d.header.author ? [text.slice(d.header.author.start, d.header.author.end)] : [],
    url: null,
    image: null,
    lang: itemLang(title, paragraphs, page),
    span: { start: lines.start(d.from), end: lines.end(d.to) },
    spans: {
      date: dateSpan,
      title: d.titleSpan,
      category: d.categorySpan,
      source: sourceSpan,
      url: null,
      image: null,
      authors: d.header.author ? [d.header.author] : [],
      paragraphs: paragraphSpans,
    },
  };
}

// the headline's text: a whole line's (the item's first line, or the line under its date line) as
// the line table holds it, cut once and often cut already; else cut here
function titleOf(text: string, lines: LineTable, d: Draft, span: Span, page: ItemContext): string {
  const from = d.from;
  if (lines.textStart(from) === span.start && lines.textEnd(from) === span.end) return lines.text(from);
  const below = d.header.last + 1;
  if (below < lines.length && lines.textStart(below) === span.start && lines.textEnd(below) === span.end)
    return lines.text(below);
  return cutOn(text, lines, d.header.first, span.start, span.end, page);
}

/**
 * `text.slice(start, end)`, a cut of line `line`'s text: where the page prints that text on several
 * lines (a list that repeats its date line: "May 2013 Mar 9 12 May 2013 2 ago"), each of them gets
 * the same string, cut once per page and kept by the text's number and the cut's place in it, as
 * the line table cuts a repeated text once (a headline, category or date text per item otherwise)
 */
function cutOn(
  text: string,
  lines: LineTable,
  line: number,
  start: number,
  end: number,
  page: ItemContext,
): string {
  const cuts = page.cuts;
  if (cuts === null) return text.slice(start, end);
  const from = lines.textStart(line);
  const to = lines.textEnd(line);
  if (start < from || end > to || to - from > MAX_CUT_AT) return text.slice(start, end);
  if (start === from && end === to) return lines.text(line);
  const id = lines.textId(line);
  if (lines.linesWithText(id) < 2) return text.slice(start, end);
  // (a small integer: the cut's start and end in the text, each under 2^15)
  const key = (start - from) * (MAX_CUT_AT + 1) + (end - from);
  // the last few cuts made, looked at before the maps: alike items ask for the same few (their
  // headline, category and date text), and two map lookups per cut per item were a tenth of the
  // parse of a page of 30 K such items
  const recent = page.recentCuts;
  for (let q = 0; q < RECENT_CUTS; q++) {
    if (recent.ids[q] === id && recent.keys[q] === key) return recent.texts[q] as string;
  }
  let kept = cuts.get(id);
  if (kept === undefined) {
    kept = new Map();
    cuts.set(id, kept);
  }
  let cut = kept.get(key);
  if (cut === undefined) {
    cut = text.slice(start, end);
    kept.set(key, cut);
  }
  const q = recent.next;
  recent.ids[q] = id;
  recent.keys[q] = key;
  recent.texts[q] = cut;
  recent.next = (q + 1) % RECENT_CUTS;
  return cut;
}

/** How many of the last cuts cutOn keeps at hand (an item asks for up to four: lead, headline, category, date). */
const RECENT_CUTS = 4;

/** What a page whose lines are not compared holds in ItemContext.recentCuts (see recentCuts). */
export const NO_RECENT_CUTS: RecentCuts = {
  ids: new Int32Array(0),
  keys: new Int32Array(0),
  texts: [],
  next: 0,
};

/** The last RECENT_CUTS cuts cutOn made, in a ring: the text's number, the cut's key, the cut. */
export interface RecentCuts {
  ids: Int32Array;
  keys: Int32Array;
  texts: string[];
  next: number;
}

/**
 * An empty RecentCuts for a page whose lines are compared (no text's number is -1); a page whose
 * lines are not (ItemContext.cuts null) gets NO_RECENT_CUTS, which cutOn never reaches there: two
 * typed arrays per parse were worth more than their look-ups on a small page.
 */
export function recentCuts(): RecentCuts {
  return {
    ids: new Int32Array(RECENT_CUTS).fill(-1),
    keys: new Int32Array(RECENT_CUTS),
    texts: new Array<string>(RECENT_CUTS).fill(""),
    next: 0,
  };
}

/** The longest text whose cuts cutOn keeps: header lines are far shorter. */
const MAX_CUT_AT = 0x7fff;

// toIso of the item's date (its year the page's when it has none), kept per day on the page: the
// items of a day share the string, and the others cost a lookup rather than its pieces
function dayOf(match: DateMatch, page: ItemContext): string | null {
  const year = match.year === null ? page.year : match.year;
  const { month, day } = match;
  if (
    match.hour !== undefined ||
    year === null ||
    !Number.isInteger(year) ||
    year < 0 ||
    year > 9999 ||
    (month !== null && !Number.isInteger(month)) ||
    (day !== null && !Number.isInteger(day))
  )
    return toIso(match.year === null && page.year !== null ? withYear(match, page.year) : match);
  // (a month of 0-13 and a day of 0-32 are kept, null as one more value; others are not)
  if ((month !== null && (month < 0 || month > 13)) || (day !== null && (day < 0 || day > 32)))
    return toIso(match.year === null ? withYear(match, year) : match);
  const key = (year * 15 + (month === null ? 14 : month)) * 34 + (day === null ? 33 : day);
  // (the item before's day first: a list's items come in runs of one day)
  const last = page.lastDay;
  if (last.key === key) return last.iso;
  const days = page.days;
  let iso = days.get(key);
  if (iso === undefined) {
    iso = toIso(match.year === null ? withYear(match, year) : match);
    days.set(key, iso);
  }
  last.key = key;
  last.iso = iso;
  return iso;
}

/** What toItem reads of the page beside the item: its language, script and year, and its ids. */
export interface ItemContext {
  lang: string | null;
  script: Script | null;
  year: number | null;
  /**
   * itemId of the items made so far, by their headline (or, without one, their text) and date;
   * null on a page whose lines are not compared (LineTable.sharesTexts), where repeated items
   * are as rare as lines
   */
  ids: KeptIds | null;
  /** the item dates made so far on the page, by day (see dayOf) */
  days: Map<number, string | null>;
  /**
   * per text printed on several lines, the cuts of it made so far, by their place in it (see
   * cutOn); null where lines are not compared (LineTable.sharesTexts)
   */
  cuts: Map<number, Map<number, string>> | null;
  /** the last item language read of a headline and at most one paragraph (see itemLang) */
  lastLang: LastLang;
  /** the last cuts cutOn made (see cutOn) */
  recentCuts: RecentCuts;
  /** dayOf's last day: its key (-1 before the first) and its date */
  lastDay: { key: number; iso: string | null };
  /** idOf's last id (see LastId) */
  lastId: LastId;
}

/** What itemLang read last: the item's headline and first paragraph, and their language. */
export interface LastLang {
  known: boolean;
  title: string | null;
  first: string | undefined;
  lang: string | null;
}

/** The last id made for each headline, and for each text of an item without one. */
export interface KeptIds {
  titled: Map<string, { date: string | null; id: string }>;
  untitled: Map<string, { date: string | null; id: string }>;
}

// itemId, once per headline (or text) and date on a page: a page that lists an item twice (a
// featured story and the list; a day's undated notices) folds and hashes it once
// (looked up by the headline itself, no key joined: the date is compared after)
function idOf(
  ids: KeptIds | null,
  recent: LastId,
  date: string | null,
  title: string | null,
  text: string,
): string {
  if (ids === null) return itemId({ date, title, text });
  // itemId reads the day and the headline, or the text without one
  const kept = title ? ids.titled : ids.untitled;
  const basis = title ? title : text;
  // (the item before's first: alike items come in runs, and their strings are the same ones)
  if (recent.kept === kept && recent.basis === basis && recent.date === date) return recent.id;
  const last = kept.get(basis);
  let id: string;
  if (last !== undefined && last.date === date) id = last.id;
  else {
    id = itemId({ date, title, text });
    kept.set(basis, { date, id });
  }
  recent.kept = kept;
  recent.basis = basis;
  recent.date = date;
  recent.id = id;
  return id;
}

/** The id idOf made last, with what it was made of (a map of KeptIds, the headline or text, the day). */
export interface LastId {
  kept: Map<string, { date: string | null; id: string }> | null;
  basis: string;
  date: string | null;
  id: string;
}

function withYear(match: DateMatch, year: number): DateMatch {
  const copy = Object.assign({}, match);
  copy.year = year;
  return copy;
}

// itemId reads no more than the first 400 characters of an item's text
function opening400(paragraphs: readonly string[]): string {
  let text = "";
  for (const p of paragraphs) {
    text = text.length === 0 ? p : `${text}\n${p}`;
    if (text.length >= 400) return text.slice(0, 400);
  }
  return text;
}
