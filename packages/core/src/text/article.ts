// Article pages as text: one story pasted or dumped by a text browser (lynx, w3m). Such a page
// has one run of prose paragraphs that holds most of its prose, under one headline, where a
// listing repeats headline/date/teaser blocks and spreads its prose over them. Decided once
// from the whole page: the listing reading's item headers cut the prose into runs, and when one
// run holds most of the page's prose the page is an article and that run its body.

import { type DateMatch, findDates } from "../dates/index.js";
import { isByline, isProse } from "../listing/lines.js";
import type { Span } from "../model/span.js";
import type { Draft } from "./assemble.js";
import { isFooter, isPagination, isReadMore } from "./chrome.js";
import { headlineOf, pagination, readMore } from "./facts.js";
import type { LineTable } from "./lines.js";
import type { Header } from "./shape.js";
import { lineSpan } from "./util.js";

/** The thresholds of the article reading, in one place. */
const ARTICLE = {
  /** a paragraph shorter than this is no prose ("Read more.", "All rights reserved.") */
  minParagraph: 40,
  /** lines of furniture (subheadings, list items, pictures, captions) a body may hold between two paragraphs */
  maxGap: 10,
  /** a run this many lines from the body, or nearer, with no item header between, is more of it */
  joinGap: 25,
  /** when it holds this many characters of prose */
  joinChars: 300,
  /** the body run holds at least this share of the page's prose */
  share: 0.5,
  /** and at least this many characters of prose */
  minChars: 400,
  /** and at least this many paragraphs */
  minParagraphs: 2,
  /** how many lines above the body the headline may be (bylines, dates, pictures, share links between) */
  titleReach: 25,
  /** how many lines the date or byline may be from the headline */
  metaReach: 6,
  /** how many of the run's first lines may be prose above the headline */
  headlineInRun: 20,
  /** a date line in the body is at most this long */
  metaLine: 100,
  /** and holds at most this many characters besides the date (and a byline word) */
  metaRest: 45,
  /** how many lines a headline the layout sets apart may be above the body with no date or byline between */
  headlineGap: 3,
};

// a picture as text browsers print it ("[b4c6f-1f735kwc1.png?w=840]", "[IMG]"), a form button
const FURNITURE = /^(?:\[[^\]]*\]|\(BUTTON\).*|\(?IFRAME\)?:?.*|\[[^\]]*\]\s*\[[^\]]*\])$/u;
// menus and lists: a bullet opens the line (lynx prints `*`, `+`, `o`, `#` by depth)
const BULLETS = new Set([..."*+#•·▪►‣◦●○■□-–—"].map((c) => c.charCodeAt(0)));

// (a test of the first characters: regexes over every line of a page cost more than the rest of this pass)
function isBulleted(text: string): boolean {
  const c = text.charCodeAt(0);
  return BULLETS.has(c) || (c === 111 && (text.charCodeAt(1) === 32 || text.charCodeAt(1) === 9));
}

function isFurniture(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 91 || c === 40 || c === 73) && FURNITURE.test(text);
}
// a breadcrumb trail ("Main > Blog > Top 10 …")
const TRAIL = /\s[>»›/|](?:\s|$)/u;
// a trail or a menu row, not a headline: an arrow between crumbs, a separator at the end, or two
// slashes ("Home / Blog / …"); a headline may hold one " | " or " / " ("… of 2025 | The Best …")
const TRAIL_LINE = /\s[>»›]\s|\s[>»›/|]$|\s\/\s.*\s\/\s/u;
// a line of a few capitalised words beside the date: the author's name ("Kelia Losa Reinoso")
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// where a byline's name ends: a separator, or the date after it
const NAME_END = /\s*(?:[|•·,;]|\s-\s|\s–\s|\s{2}|$)/u;
const BYLINE_WORD = /^(?:by|par|von|di|por|door|przez|av|af|от|作者[:：]?)\s+/iu;

/** What makes a line above the body its headline: points added to its headline shape (0.5-1). */
const TITLE_CUES = {
  /** a text browser prints headings left of the paragraphs */
  setApart: 2,
  /** a breadcrumb's last crumb, the page's <title> pasted above */
  printedTwice: 1,
  /** a byline or date line right under it */
  overMeta: 1.5,
  /** up to this much for its length in words, full from `fullWords` */
  words: 1,
  fullWords: 5,
  /** taken off per line between it and the body */
  perLine: 0.02,
};

// headings of an article's parts and of the page's boxes, never its headline
const PART_HEADING =
  /^(?:table of contents?|contents|key takeaways?|in this (?:article|post|guide)|at a glance|summary|overview|introduction|explore more|related (?:posts|articles|content)|leave a (?:reply|comment)|share (?:this|on)\b.*|on this page|skip to .*|menu|search|sommaire|inhalt|índice|indice)$/iu;
// reading times and bylines printed as headings ("3 min read · By ASU Online", "7 min", "Written by: …")
const META_LINE =
  /\b(?:\d+|undefined)\s*(?:min(?:ute)?s?\.?)(?:\s+read)?\b|^written by\b|^updated\b|\bavatar$/iu;

interface Run {
  first: number;
  last: number;
  chars: number;
  paragraphs: number;
  /** lines that are no paragraph between the previous run and this one (infinite across an item header) */
  gapBefore: number;
}

/**
 * The largest run, joined with the runs beside it that are parts of the same text: a long
 * article's sections are parted by tables, spec lists and pictures longer than a gap within a run.
 */
function joinedLargest(runs: readonly Run[]): Run | null {
  let k = -1;
  for (let i = 0; i < runs.length; i++)
    if (k === -1 || (runs[i] as Run).chars > (runs[k] as Run).chars) k = i;
  if (k === -1) return null;
  const joined = { ...(runs[k] as Run) };
  const joins = (r: Run, gap: number) => gap <= ARTICLE.joinGap && r.chars >= ARTICLE.joinChars;
  for (let i = k + 1; i < runs.length && joins(runs[i] as Run, (runs[i] as Run).gapBefore); i++) {
    const r = runs[i] as Run;
    joined.last = r.last;
    joined.chars += r.chars;
    joined.paragraphs += r.paragraphs;
  }
  for (let i = k - 1; i >= 0 && joins(runs[i] as Run, (runs[i + 1] as Run).gapBefore); i--) {
    const r = runs[i] as Run;
    joined.first = r.first;
    joined.chars += r.chars;
    joined.paragraphs += r.paragraphs;
    joined.gapBefore = r.gapBefore;
  }
  return joined;
}

/**
 * The page read as one article, or null when it is not one: the body is the page's largest run
 * of prose paragraphs (cut at the listing reading's item headers), when it holds most of the
 * page's prose; the headline is the most title-like line above it, the date and byline those
 * printed between the two.
 */
export function articleDraft(
  text: string,
  lines: LineTable,
  listed: readonly Draft[],
  /** 1 for each line that heads an item (the prose is parted there) */
  cuts: Uint8Array,
): Draft | null {
  const runs: Run[] = [];
  let run: Run | null = null;
  let gap = 0;
  let total = 0;
  let cut = true;
  for (let i = 0; i < lines.length; i++) {
    if (lines.blank(i)) continue;
    // an item's header line opens a new run (a teaser that opens with its date is prose of its own)
    if (cuts[i] === 1) {
      run = null;
      cut = true;
    }
    // a paragraph wrapped over several lines is read whole
    let last = i;
    let chars = lines.size(i);
    while (lines.wrapsInto(last) && cuts[last + 1] !== 1) {
      last++;
      chars += lines.size(last) + 1;
    }
    const prose = chars >= ARTICLE.minParagraph && isParagraph(lines, i, last, chars);
    if (!prose) {
      gap += last - i + 1;
      i = last;
      continue;
    }
    total += chars;
    if (run && gap <= ARTICLE.maxGap) {
      run.last = last;
      run.chars += chars;
      run.paragraphs++;
    } else {
      run = { first: i, last, chars, paragraphs: 1, gapBefore: cut ? Number.POSITIVE_INFINITY : gap };
      runs.push(run);
    }
    gap = 0;
    cut = false;
    i = last;
  }
  const best = joinedLargest(runs);
  if (
    !best ||
    best.chars < ARTICLE.minChars ||
    best.paragraphs < ARTICLE.minParagraphs ||
    best.chars < ARTICLE.share * total
  )
    return null;
  const { draft: story, headed } = assemble(lines, best);
  if (listed.length === 1) return withListedHead(text, lines, story, listed[0] as Draft, best.first);
  if (listed.length > 1) {
    // the story is headed like the list's items: one of them, in a list of posts (a story that
    // prints its date again at its foot is no list)
    const holder = listed.find((d) => d.from <= best.first && best.first <= d.to);
    if (
      holder &&
      dateSpanOf(holder) !== null &&
      headsBody(lines, holder.header.first, best.first) &&
      listed.some(
        (d) =>
          d !== holder && sameForm(text, lines, d, holder) && (!sameDate(d, holder) || holdsProse(lines, d)),
      )
    )
      return null;
    // beside a list, a story shows an article's head: its date or byline, or a headline the layout
    // sets apart (a text browser prints headings left of the paragraphs) right over the body or
    // printed twice (the page's title, a trail's last crumb)
    if (story.header.date === null && story.header.author === null && !headed && !setApart(lines, best.first))
      return null;
  }
  return story;
}

// printed alike: at the same indentation, the date written the same way ("Nov 18, 2025" and
// "Nov 11, 2025", not "November 21, 2023"): a story's own date line set apart from a box of others
function sameForm(text: string, lines: LineTable, a: Draft, b: Draft): boolean {
  const indent = (d: Draft) => lines.textStart(d.header.first) - lines.start(d.header.first);
  return indent(a) === indent(b) && dateForm(text, a) === dateForm(text, b);
}

// the item's date as printed: a day, or a month or an age on lists dated so
function dateSpanOf(d: Draft): Span | null {
  return d.header.date ?? d.header.dateSpan;
}

// an item with a paragraph of its own is a post, not the story's date printed again at its foot
function holdsProse(lines: LineTable, d: Draft): boolean {
  return d.body.some((j) => lines.size(j) >= ARTICLE.minParagraph && isProse(lines.text(j)));
}

function dateForm(text: string, d: Draft): string {
  const date = dateSpanOf(d);
  if (!date) return "";
  return text
    .slice(date.start, date.end)
    .replace(/\d+/gu, "0")
    .replace(/\p{L}+/gu, (w) => (w.length > 3 ? "A" : "a"));
}

function sameDate(a: Draft, b: Draft): boolean {
  const x = a.header.date;
  const y = b.header.date;
  return x !== null && y !== null && x.year === y.year && x.month === y.month && x.day === y.day;
}

// whether line `header` is among the few lines above the body: the body's own head

function headsBody(lines: LineTable, header: number, bodyFirst: number): boolean {
  if (header > bodyFirst) return false;
  let seen = 0;
  for (let j = bodyFirst - 1; j > header; j--) if (!lines.blank(j)) seen++;
  return seen < ARTICLE.metaReach;
}

// a heading the layout sets apart (less indented than the paragraphs) right over the body
function setApart(lines: LineTable, bodyFirst: number): boolean {
  const indent = lines.textStart(bodyFirst) - lines.start(bodyFirst);
  let seen = 0;
  for (let j = bodyFirst - 1; j >= 0 && seen <= ARTICLE.headlineGap; j--) {
    if (lines.blank(j)) continue;
    seen++;
    // (a bulleted line is a menu's or a box's entry, not a heading)
    if (
      lines.textStart(j) - lines.start(j) < indent &&
      headlineOf(lines, j) >= 0.5 &&
      !isBulleted(lines.text(j))
    )
      return true;
  }
  return false;
}

/**
 * The listed item's headline for the story: not when it is no headline (a part heading, a
 * reading time, a byline), nor when the story's own headline stands between it and the item's
 * date line (the list took a masthead further up).
 */
function listedTitle(text: string, lines: LineTable, story: Draft, item: Draft): Span | null {
  const title = item.titleSpan;
  if (!title || !titleText(text.slice(title.start, title.end))) return null;
  const own = story.titleSpan;
  if (own && own.start > title.end && own.start < lines.start(item.header.first)) return null;
  return title;
}

/**
 * The listing reading found one item, and the story is in it: the item's head (its headline and
 * date line) heads the story, and its text starts under that head.
 */
function withListedHead(text: string, lines: LineTable, story: Draft, item: Draft, bodyFirst: number): Draft {
  // (a bare date line, a calendar's or a widget's, heads nothing)
  if (item.from > bodyFirst || item.body.length === 0) return story;
  const opening = item.body.filter((j) => j < bodyFirst && !isFurniture(lines.text(j)));
  return {
    header: { ...item.header, author: item.header.author ?? story.header.author },
    from: Math.min(item.from, item.header.first),
    to: Math.max(story.to, item.header.last),
    // the list took the line over its date for the headline: a part heading ("Table of
    // Contents") or a reading time there is not one
    titleSpan: listedTitle(text, lines, story, item) ?? story.titleSpan,
    categorySpan: item.categorySpan,
    lead: item.lead,
    body: [...opening, ...story.body],
  };
}

function isParagraph(lines: LineTable, first: number, last: number, chars: number): boolean {
  if (last > first) return true;
  const text = lines.text(first);
  // (the cheap test first: most lines of a page are no prose)
  if (!isProse(text)) return false;
  // a menu entry or a link list's line is no paragraph unless it reads as one
  if (isBulleted(text) && chars < 120) return false;
  return !(isFooter(text) || isPagination(text) || isReadMore(text) || isFurniture(text));
}

/** The story's draft, and whether its headline is set apart by the layout and printed twice. */
function assemble(lines: LineTable, run: Run): { draft: Draft; headed: boolean } {
  const body = bodyUnderHeadline(lines, run);
  const headline = findTitle(lines, body.first);
  const titleLine = headline.line;
  const top = titleLine === -1 ? body.first : titleLine;
  const meta = findMeta(lines, titleLine, body.first);
  // a standfirst between the headline and the byline opens the run: the date line is then in it
  const metaInBody = meta.date === null ? dateInBody(lines, body, meta) : -1;
  const from = Math.min(top, meta.dateLine === -1 ? top : meta.dateLine);
  const paragraphs: number[] = [];
  for (let j = body.first; j <= body.last; j++) {
    if (lines.blank(j) || readMore(lines, j) || pagination(lines, j) || isFurniture(lines.text(j))) continue;
    if (j === metaInBody) continue;
    paragraphs.push(j);
  }
  const at = meta.dateLine === -1 ? from : meta.dateLine;
  const match = meta.date;
  const header = {
    first: at,
    last: at,
    prefix: "",
    suffix: "",
    suffixStart: lines.textStart(at),
    prefixStart: lines.textStart(at),
    author: meta.author,
    updated: null,
    key: "article",
    kind: "date",
    date: match,
    dateSpan: null,
  } satisfies Header;
  const draft: Draft = {
    header,
    from,
    to: body.last,
    titleSpan: titleLine === -1 ? null : lineSpan(lines, titleLine),
    categorySpan: null,
    lead: null,
    body: paragraphs,
  };
  return { draft, headed: headline.headed };
}

/**
 * The headline above the body: of the title-like lines within reach, the one a text browser set
 * apart as a heading (less indented than the paragraphs), the one the page prints twice (a
 * breadcrumb's last crumb, the page's <title> pasted above), the one over the byline or date;
 * the nearest of equals. -1 when no line is title-like.
 */
function findTitle(lines: LineTable, bodyFirst: number): { line: number; headed: boolean } {
  const indent = lines.textStart(bodyFirst) - lines.start(bodyFirst);
  const candidates: Candidate[] = [];
  let seen = 0;
  for (let j = bodyFirst - 1; j >= 0 && seen < ARTICLE.titleReach; j--) {
    if (lines.blank(j)) continue;
    seen++;
    const text = lines.text(j);
    if (!mayBeTitle(lines, j, text)) continue;
    let score = headlineOf(lines, j);
    if (score < 0.5) continue;
    if (lines.textStart(j) - lines.start(j) < indent) score += TITLE_CUES.setApart;
    if (overMeta(lines, j, lines.length)) score += TITLE_CUES.overMeta;
    // headlines run to several words; section headings ("Background", "Design 101") to one or two
    score += TITLE_CUES.words * Math.min(1, text.split(/\s+/u).length / TITLE_CUES.fullWords);
    // nearer is likelier, by a little: a heading further up outranks a nearer plain line
    score -= seen * TITLE_CUES.perLine;
    const apart = lines.textStart(j) - lines.start(j) < indent;
    candidates.push({ line: j, lower: text.toLowerCase(), score, apart, twice: false });
  }
  markPrintedTwice(lines, candidates, bodyFirst);
  let best: Candidate | null = null;
  for (const c of candidates) if (c.score > (best?.score ?? 0)) best = c;
  return { line: best?.line ?? -1, headed: best !== null && best.apart && best.twice };
}

interface Candidate {
  line: number;
  lower: string;
  score: number;
  /** less indented than the body */
  apart: boolean;
  /** printed again above */
  twice: boolean;
}

/**
 * Adds the cue of a headline the page prints twice (the page's <title> pasted above, a trail's
 * last crumb), in one pass over the lines above the body: only lines as long as a candidate, or
 * longer and holding a trail's separator, are compared.
 */
function markPrintedTwice(lines: LineTable, candidates: Candidate[], stop: number): void {
  if (candidates.length === 0) return;
  const sizes = new Set<number>();
  let shortest = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    sizes.add(c.lower.length);
    shortest = Math.min(shortest, c.lower.length);
  }
  const marked = new Set<number>();
  for (let k = 0; k < stop && marked.size < candidates.length; k++) {
    if (lines.blank(k)) continue;
    const size = lines.size(k);
    const same = sizes.has(size);
    if (!same && size <= shortest) continue;
    const text = lines.text(k);
    if (!same && !TRAIL.test(text)) continue;
    const other = text.toLowerCase();
    for (const c of candidates) {
      if (c.line === k || marked.has(c.line)) continue;
      if (
        other === c.lower ||
        (other.length > c.lower.length && other.endsWith(c.lower) && TRAIL.test(other))
      ) {
        marked.add(c.line);
        c.twice = true;
        c.score += TITLE_CUES.printedTwice;
      }
    }
  }
}

function mayBeTitle(lines: LineTable, j: number, text: string): boolean {
  return !lines.wrapsInto(j) && !lines.wrapsInto(j - 1) && titleText(text);
}

/** Whether a line's text may be a headline at all (not a control, a byline, a date line, a menu entry). */
function titleText(text: string): boolean {
  if (text.length < 8 || TRAIL_LINE.test(text) || isByline(text)) return false;
  if (isReadMore(text) || isPagination(text) || isFooter(text)) return false;
  if (!plainTitle(text)) return false;
  // a date line is the date, not the headline
  const dates = findDates(text);
  if (dates.length > 0 && text.length - ((dates[0] as DateMatch).end - (dates[0] as DateMatch).start) < 20)
    return false;
  return /\p{L}/u.test(text);
}

// not a part heading, a reading time, a picture or a control
function plainTitle(text: string): boolean {
  return !(
    PART_HEADING.test(text) ||
    META_LINE.test(text) ||
    isFurniture(text) ||
    isBulleted(text) ||
    text.includes("(BUTTON)") ||
    !/\p{L}/u.test(text)
  );
}

// a byline or a date line follows within a few lines
/**
 * The run from the article's headline on, when the headline is among its first lines: prose above
 * it (a site's blurb, a promotion) ran into the run. A headline there is told by the byline or
 * date line right under it; the body starts at the first paragraph after them.
 */
function bodyUnderHeadline(lines: LineTable, run: Run): Run {
  let seen = 0;
  for (let j = run.first + 1; j <= run.last && seen < ARTICLE.headlineInRun; j++) {
    if (lines.blank(j)) continue;
    seen++;
    const text = lines.text(j);
    if (text.split(/\s+/u).length < 3 || headlineOf(lines, j) < 0.5 || !mayBeTitle(lines, j, text)) continue;
    if (!overMeta(lines, j, run.last + 1)) continue;
    for (let k = j + 1; k <= run.last; k++) {
      if (lines.blank(k)) continue;
      const size = lines.size(k);
      if (
        size >= ARTICLE.minParagraph &&
        isParagraph(lines, k, lines.wrapsInto(k) ? k + 1 : k, size) &&
        !isByline(lines.text(k))
      )
        return { ...run, first: k };
    }
    return run;
  }
  return run;
}

function overMeta(lines: LineTable, j: number, stop: number): boolean {
  let seen = 0;
  for (let k = j + 1; k < stop && seen < 3; k++) {
    if (lines.blank(k)) continue;
    seen++;
    const text = lines.text(k);
    if (isByline(text) || (text.length <= 80 && findDates(text).length > 0)) return true;
  }
  return false;
}

interface Meta {
  date: DateMatch | null;
  dateLine: number;
  author: Span | null;
}

/** The date and byline printed between the headline and the body (or, without a headline, just above the body). */
function findMeta(lines: LineTable, titleLine: number, bodyFirst: number): Meta {
  const meta: Meta = { date: null, dateLine: -1, author: null };
  const from = titleLine === -1 ? Math.max(0, bodyFirst - ARTICLE.metaReach) : titleLine + 1;
  const to = Math.min(bodyFirst, from + 3 * ARTICLE.metaReach);
  let nameLine = -1;
  for (let j = from; j < to; j++) {
    if (lines.blank(j) || lines.size(j) > 120) continue;
    const text = lines.text(j);
    if (meta.date === null) {
      const found = findDates(text).find((m) => m.year !== null && m.day !== null);
      if (found) {
        const offset = lines.textStart(j);
        meta.date = Object.assign({}, found, { start: found.start + offset, end: found.end + offset });
        meta.dateLine = j;
      }
    }
    if (meta.author === null) {
      const by = BYLINE_WORD.exec(text);
      if (by && isBylineText(text)) meta.author = nameSpan(lines, j, by[0].length);
      else if (NAME.test(text) && text.length <= 40) nameLine = j;
    }
  }
  // or printed over the headline ("Nutrition" / "March 1, 2024" / "Healthy Eating Tips")
  for (
    let j = titleLine - 1, seen = 0;
    meta.date === null && titleLine > 0 && j >= 0 && seen < ARTICLE.metaReach;
    j--
  ) {
    if (lines.blank(j)) continue;
    seen++;
    if (lines.size(j) > 80) continue;
    const found = findDates(lines.text(j)).find((m) => m.year !== null && m.day !== null);
    if (found) {
      const offset = lines.textStart(j);
      meta.date = Object.assign({}, found, { start: found.start + offset, end: found.end + offset });
      meta.dateLine = j;
    }
  }
  // a bare name right beside the date line ("Kelia Losa Reinoso" / "August 25, 2025")
  if (
    meta.author === null &&
    nameLine !== -1 &&
    meta.dateLine !== -1 &&
    Math.abs(nameLine - meta.dateLine) <= 2
  )
    meta.author = lineSpan(lines, nameLine);
  return meta;
}

/**
 * A date line among the body's first lines ("By Daniel Renfrow April 12, 2024" under a
 * standfirst): short, and little else than the date and a byline. Sets `meta`; the line, or -1.
 */
function dateInBody(lines: LineTable, body: Run, meta: Meta): number {
  let seen = 0;
  for (let j = body.first; j <= body.last && seen < ARTICLE.metaReach; j++) {
    if (lines.blank(j)) continue;
    seen++;
    if (lines.size(j) > ARTICLE.metaLine) continue;
    const text = lines.text(j);
    const found = findDates(text).find((m) => m.year !== null && m.day !== null);
    if (!found) continue;
    const by = BYLINE_WORD.exec(text);
    const rest = text.length - (found.end - found.start) - (by ? by[0].length : 0);
    if (rest > ARTICLE.metaRest && !by) continue;
    const offset = lines.textStart(j);
    meta.date = Object.assign({}, found, { start: found.start + offset, end: found.end + offset });
    meta.dateLine = j;
    if (meta.author === null && by && isBylineText(text)) meta.author = nameSpan(lines, j, by[0].length);
    return j;
  }
  return -1;
}

function isBylineText(text: string): boolean {
  return text.length <= 120 && !text.endsWith(".");
}

function nameSpan(lines: LineTable, j: number, skip: number): Span | null {
  const text = lines.text(j);
  const rest = text.slice(skip);
  const end = NAME_END.exec(rest);
  let name = rest.slice(0, end ? end.index : rest.length);
  // "By Jane Doe March 3, 2024": the date is not part of the name
  const date = findDates(name)[0];
  if (date) name = name.slice(0, date.start);
  name = name.replace(/[\s,|–-]+$/u, "");
  if (name.length === 0 || name.length > 60) return null;
  const start = lines.textStart(j) + skip;
  return { start, end: start + name.length };
}
