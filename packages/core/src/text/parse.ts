import { type DateMatch, decideOrder, findDates, parseDate, toIso, withOrder } from "../dates/index.js";
import { decode } from "../decode/decode.js";
import { detectLang, type Script, scriptOf } from "../lang/index.js";
import type { Chrome, ChromeKind, NewsItem, NewsPage, PageFilter } from "../model/page.js";
import type { Span } from "../model/span.js";
import type { Warning } from "../model/warning.js";
import type { ParseOptions } from "../options.js";
import { pageUrlOf } from "../shared/url.js";
import { itemId } from "../util/id.js";
import {
  filterText,
  isFooter,
  isPagination,
  isReadMore,
  splitCrumbs,
  startsAtHome,
  youAreHere,
} from "./chrome.js";
import { type Candidate, MAX_HEADER_LENGTH, scanLines } from "./headers.js";
import { type Line, splitLines } from "./lines.js";

type TitlePlace = "above" | "below" | "inline-after" | "inline-before" | "none";

interface Header extends Candidate {
  date: DateMatch;
}

interface Draft {
  header: Header;
  /** first and last line of the item (inclusive) */
  from: number;
  to: number;
  titleSpan: Span | null;
  categorySpan: Span | null;
  body: number[];
}

/**
 * Parse a plain-text dump of a listing page (news archive, press releases, rolling news) into a
 * NewsPage: items split at the page's dominant date-header shape, headline above, below or on the
 * date line (or none), category, `(Source: …)` attribution, and the page's chrome (section,
 * breadcrumb, date filter, pagination, read-more). Lossless: every character of the decoded input
 * is in exactly one item span or one chrome span. Never throws on a string; bytes are decoded
 * with `decode` and its warnings kept.
 *
 * @example
 * const page = parseText("Coalition News\n21 December 2017 In Coalition News\n\nThe delegation met…");
 * page.items[0]?.date; // "2017-12-21"
 * page.items[0]?.category; // "Coalition News"
 */
export function parseText(input: string | Uint8Array, options: ParseOptions = {}): NewsPage {
  const encoding = options.encoding ?? charsetOf(options.contentType);
  const decoded = decode(input, {
    ...(encoding ? { encoding } : {}),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  const text = decoded.text;
  const warnings: Warning[] = [...decoded.warnings];
  const lines = splitLines(text);
  const { candidates, monthLines, year } = scanLines(text, lines);
  const longLines = lines.filter((l) => l.textEnd - l.textStart > 100_000).length;
  if (longLines > 0) {
    warnings.push({
      code: "long-line-skipped",
      message: `${longLines} line${longLines === 1 ? " was" : "s were"} too long to hold an item header and ${longLines === 1 ? "was" : "were"} read as body text`,
      span: null,
      count: longLines,
    });
  }

  const chosen = dominant(candidates);
  const sample = pageSample(text, lines, chosen[0]?.first ?? 0);
  const lang = options.lang ?? detectLang(sample) ?? detectLang(text.slice(0, 4000));
  const script = scriptOf(sample, 2000);
  const headers = readDates(chosen, lang, warnings);
  // lines are scored up to three times (above one header, below another, then as the title)
  const scores = new Float64Array(lines.length).fill(-1);
  const place = titlePlace(headers, lines, monthLines, scores);
  const drafts = buildItems(lines, headers, place, monthLines, scores);

  const page = pageChrome(lines, drafts);
  const items = drafts.map((d) => toItem(text, lines, d, { lang, script, year }, options.reference));
  if (items.length === 0) {
    warnings.push({
      code: "no-items",
      message: "no line of the page looked like an item header",
      span: null,
      count: null,
    });
  }
  return {
    kind: "listing",
    section: page.section?.text ?? null,
    breadcrumbs: page.crumbs.map((c) => c.text),
    filter: page.filter,
    title: null,
    url: pageUrlOf(options),
    lang: lang ?? null,
    items,
    warnings,
    chrome: page.chrome,
    spans: { section: page.section?.span ?? null, breadcrumbs: page.crumbs.map((c) => c.span) },
    inputInfo: { format: "text", encoding: decoded.encoding, length: text.length },
  };
}

function charsetOf(contentType: string | undefined): string | undefined {
  const m = contentType ? /charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return m?.[1];
}

// item headers are the page's most repeated date-line shape; a lone widget date ("Today: May 02,
// 2013") or a date inside a headline does not share it
function dominant(candidates: readonly Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const group = groups.get(c.key);
    if (group) group.push(c);
    else groups.set(c.key, [c]);
  }
  let best: Candidate[] = [];
  for (const group of groups.values()) {
    if (score(group) > score(best)) best = group;
  }
  if (best.length === 1 && groups.size > 1) {
    // one date among several unrelated ones is a widget, not a list
    const only = best[0] as Candidate;
    if (only.prefix.length > 0) return [];
  }
  // a paragraph that opens with a date ("21 December 2017 was the day…") has the headers' shape
  // but runs on far longer than what follows the date on a header line
  const typical = median(best.map((c) => c.suffix.length));
  const limit = Math.max(60, 3 * typical);
  return best.filter((c) => c.suffix.length <= limit);
}

function score(group: readonly Candidate[]): number {
  if (group.length === 0) return 0;
  const first = group[0] as Candidate;
  // a date that opens its line is the usual header; ties go to it
  return group.length + (first.prefix.length === 0 ? 0.5 : 0);
}

// the list, not the menus above it, says what language the page is in
function pageSample(text: string, lines: readonly Line[], from: number): string {
  const start = lines[from]?.start ?? 0;
  return text.slice(start, start + 4000);
}

// an item in the page's script is in the page's language: the n-gram model runs only for an item
// written in another script, so a page of a thousand items costs one detection, not a thousand
function itemLang(
  title: string | null,
  paragraphs: readonly string[],
  page: { lang: string | null; script: Script | null },
): string | null {
  // the script is read from the opening's first 80 characters, so the rest is joined only when
  // the item needs detecting
  let head = title ?? "";
  for (let k = 0; k < 3 && k < paragraphs.length && head.length < 80; k++) head += ` ${paragraphs[k]}`;
  const script = scriptOf(head, 80);
  if (script === null || (page.lang !== null && script === page.script)) return page.lang;
  return detectLang([title ?? "", ...paragraphs.slice(0, 3)].join(" ")) ?? page.lang;
}

function readDates(chosen: readonly Candidate[], lang: string | null, warnings: Warning[]): Header[] {
  const numeric = chosen.filter((c) => c.match.numeric);
  if (numeric.length === 0) return chosen.map((c) => asHeader(c, c.match));
  const { order, evidence } = decideOrder(
    numeric.map((c) => c.match),
    { lang },
  );
  if ((evidence === "locale" || evidence === "default") && numeric.some((c) => c.match.ambiguous)) {
    warnings.push({
      code: "ambiguous-date-order",
      message: `numeric dates fit both day/month orders; read as ${order === "dmy" ? "day/month" : "month/day"} (${evidence === "locale" ? `the page's language, ${lang}` : "no evidence"})`,
      span: null,
      count: numeric.filter((c) => c.match.ambiguous).length,
    });
  }
  return chosen.map((c) => asHeader(c, withOrder(c.match, order)));
}

// the candidate becomes the header in place (candidates are ours; no copy per item)
function asHeader(c: Candidate, date: DateMatch): Header {
  const header = c as Header;
  header.date = date;
  return header;
}

// ---- where the headline is --------------------------------------------------------------

function cleanSuffix(suffix: string): string {
  return suffix.replace(/^[\s)\]）】\-–—|:：·•,;]+/u, "");
}

function titlePlace(
  headers: readonly Header[],
  lines: readonly Line[],
  monthLines: ReadonlySet<number>,
  scores: Float64Array,
): TitlePlace {
  if (headers.length === 0) return "none";
  const suffixes = headers.map((h) => cleanSuffix(h.suffix));
  const repeated = mostCommon(suffixes);
  const categoryOnly =
    (repeated !== null && repeated.count >= Math.max(2, headers.length / 2) && repeated.value !== "") ||
    suffixes.every((t) => t.length > 0 && CATEGORY_LEAD.test(t));
  if (!categoryOnly && suffixes.filter((s) => s.length > 0).length >= headers.length / 2) {
    // "12 March 2019 | News", "… | Events": a word or two after the date, with the headline on a
    // line of its own, is a category that changes from item to item
    const short = suffixes.every((t) => t.length <= 25 && t.split(/\s+/).length <= 3);
    const around = short ? neighbours(headers, lines, monthLines, scores) : "none";
    if (short && (around !== "none" || new Set(suffixes).size <= headers.length / 2)) return around;
    return "inline-after";
  }
  if (headers.filter((h) => h.prefix.length > 0 && !isLabel(h, headers)).length >= headers.length / 2) {
    return "inline-before";
  }
  return neighbours(headers, lines, monthLines, scores);
}

// the headline on the line above or below every date line, or on neither
function neighbours(
  headers: readonly Header[],
  lines: readonly Line[],
  monthLines: ReadonlySet<number>,
  scores: Float64Array,
): TitlePlace {
  // line indices, -1 where there is no line to read
  const above: number[] = [];
  const below: number[] = [];
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as Header;
    const prevEnd = i > 0 ? (headers[i - 1] as Header).last : -1;
    const nextStart = i + 1 < headers.length ? (headers[i + 1] as Header).first : lines.length;
    const up = nonEmpty(lines, h.first - 1, prevEnd, -1);
    const down = nonEmpty(lines, h.last + 1, nextStart, 1);
    above.push(up === -1 || monthLines.has(up) ? -1 : up);
    below.push(down === -1 || monthLines.has(down) ? -1 : down);
  }
  // a line much shorter than its side's usual line ("Related Links" after a list of headlines)
  // is furniture; each side is measured against itself, as teasers run longer than headlines
  const typicalOf = (side: number[]) =>
    median(side.filter((j) => j !== -1).map((j) => (lines[j] as Line).text.length));
  const typicalAbove = typicalOf(above);
  const typicalBelow = typicalOf(below);
  const a = mean(above.map((j) => likeness(lines, j, typicalAbove, scores)));
  const b = mean(below.map((j) => likeness(lines, j, typicalBelow, scores)));
  if (Math.max(a, b) < 0.7) return "none";
  // one date line alone: the line above it is as likely the page's heading as a headline
  if (headers.length === 1 && b < 0.7) return "none";
  const place = b >= a ? "below" : "above";
  // short notices without headlines ("Pubblicata il: …" then one line of text) read like prose:
  // headlines seldom close with a full stop, run on after a comma or pass 120 characters
  const chosen = (place === "below" ? below : above)
    .filter((j) => j !== -1)
    .map((j) => (lines[j] as Line).text);
  const prose = chosen.filter(isProse).length;
  return prose >= 0.4 * chosen.length ? "none" : place;
}

function isProse(text: string): boolean {
  // endsWith, not /\.$/: a regex anchored at the end still tries every position of the line
  return text.length > 120 || (text.endsWith(".") && !text.endsWith("...")) || /, \p{Ll}/u.test(text);
}

function isLabel(h: Header, headers: readonly Header[]): boolean {
  return !h.key.includes("|text|") || headers.length === 0;
}

/** How much line `j` looks like a headline: short, one phrase, no closing full stop (0 for -1). */
function likeness(lines: readonly Line[], j: number, typical: number, scores: Float64Array): number {
  if (j === -1) return 0;
  const text = (lines[j] as Line).text;
  let score = scores[j] as number;
  if (score < 0) {
    score = headlineScore(text);
    scores[j] = score;
  }
  return typical > 0 ? score * Math.min(1, text.length / (0.4 * typical)) : score;
}

function headlineScore(text: string): number {
  const len = text.length;
  if (len < 3 || len > 200 || isPagination(text) || isReadMore(text) || isFooter(text)) return 0;
  let score = len > 150 ? 0.5 : 1;
  const last = text.charCodeAt(len - 1);
  if (last === 46 || last === 59 || last === 44) {
    // "U.S." and "..." end headlines; a full stop after a word ends a sentence
    const abbreviation = last === 46 && (text.endsWith("...") || /\b[A-Z]\.$/.test(text));
    if (!abbreviation) score *= 0.3;
  } else if (last === 58 || last === 0xff1a) score *= 0.2;
  if (len > 80 && /[.!?。！？]\s+\p{Lu}/u.test(text)) score *= 0.5;
  return score;
}

// ---- items ---------------------------------------------------------------------------

function buildItems(
  lines: readonly Line[],
  headers: readonly Header[],
  place: TitlePlace,
  monthLines: ReadonlySet<number>,
  scores: Float64Array,
): Draft[] {
  const drafts: Draft[] = [];
  const starts = headers.map((h, i) => {
    if (place !== "above") return h.first;
    const prevEnd = i > 0 ? (headers[i - 1] as Header).last : -1;
    const up = nonEmpty(lines, h.first - 1, prevEnd, -1);
    return up === -1 || monthLines.has(up) || likeness(lines, up, 0, scores) < 0.3 ? h.first : up;
  });
  const common = commonTail(headers.map((h) => h.prefix));
  let longest = 0; // the longest body of the items before the last (no spread: pages may hold 10⁶ items)
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as Header;
    const from = starts[i] as number;
    const last = i === headers.length - 1;
    const limit = last ? lines.length : (starts[i + 1] as number);
    let titleSpan: Span | null = null;
    let categorySpan: Span | null = null;
    let cursor = h.last + 1;
    if (place === "above" && from !== h.first) titleSpan = lineSpan(lines[from] as Line);
    if (place === "below") {
      const down = nonEmpty(lines, h.last + 1, limit, 1);
      if (down !== -1 && !monthLines.has(down) && likeness(lines, down, 0, scores) >= 0.3) {
        titleSpan = lineSpan(lines[down] as Line);
        cursor = down + 1;
      }
    }
    const suffix = cleanSuffix(h.suffix);
    const suffixAt = h.suffixStart + (h.suffix.length - suffix.length);
    if (place === "inline-after" && suffix.length > 0) {
      const tag = /^[[【(（]([^\]】)）]{1,20})[\]】)）]\s*/u.exec(suffix);
      if (tag) {
        categorySpan = { start: suffixAt + 1, end: suffixAt + 1 + (tag[1] as string).length };
        const rest = suffix.slice(tag[0].length);
        if (rest.length > 0) titleSpan = { start: suffixAt + tag[0].length, end: suffixAt + suffix.length };
      } else {
        titleSpan = { start: suffixAt, end: suffixAt + suffix.length };
      }
    } else if (suffix.length > 0) {
      categorySpan = categoryOf(suffix, suffixAt);
    }
    if (place === "inline-before" && h.prefix.length > 0) {
      const cut = h.prefix.length - common.length;
      const titleText = h.prefix.slice(0, cut).replace(/[\s,;:|\-–—]+$/u, "");
      if (titleText.length > 0) titleSpan = { start: h.prefixStart, end: h.prefixStart + titleText.length };
      const tail = common.replace(/^[\s,;:|\-–—]+|[\s,;:|\-–—]+$/gu, "");
      if (tail.length > 0 && /\p{L}/u.test(tail)) {
        const at = h.prefixStart + cut + common.indexOf(tail);
        categorySpan = { start: at, end: at + tail.length };
      }
    }
    // the body runs to the next item; the last one stops at the page's furniture, and at no more
    // lines than the longest other item had
    const body: number[] = [];
    const cap = last && i > 0 ? longest : Number.POSITIVE_INFINITY;
    let to = Math.max(h.last, titleSpan && place === "below" ? cursor - 1 : h.last);
    for (let j = cursor; j < limit; j++) {
      const line = lines[j] as Line;
      if (line.textStart === line.textEnd) continue;
      if (last && (body.length >= cap || isBoundary(line.text))) break;
      if (monthLines.has(j) || isReadMore(line.text) || isPagination(line.text)) {
        if (last) break;
        continue;
      }
      body.push(j);
      to = j;
    }
    if (body.length > longest) longest = body.length;
    drafts.push({ header: h, from, to, titleSpan, categorySpan, body });
  }
  return drafts;
}

function isBoundary(text: string): boolean {
  return (
    isPagination(text) ||
    isFooter(text) ||
    startsAtHome(text) ||
    youAreHere(text) !== null ||
    filterText(text) !== null
  );
}

// "In Coalition News", "Filed under: Sports": the words that introduce a category
const CATEGORY_LEAD =
  /^(?:in|en|dans|nel|nella|em|im|in der|w|в|filed under|posted in|category|catégorie|categoria|kategorie|rubrique|sección|rubrik)\s*[:：]?\s+/iu;

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

function toItem(
  text: string,
  lines: readonly Line[],
  d: Draft,
  page: { lang: string | null; script: Script | null; year: number | null },
  reference: Date | string | undefined,
): NewsItem {
  const paragraphSpans: Span[] = d.body.map((j) => lineSpan(lines[j] as Line));
  let sourceSpan: Span | null = null;
  for (let k = paragraphSpans.length - 1; k >= Math.max(0, paragraphSpans.length - 2) && !sourceSpan; k--) {
    const span = paragraphSpans[k] as Span;
    const para = text.slice(span.start, span.end);
    const close = para.charCodeAt(para.length - 1);
    if (close !== 41 && close !== 0xff09 && !/^\p{L}{3,12}\s*[:：]/u.test(para)) continue;
    const whole = SOURCE_LINE.exec(para);
    if (whole) {
      const at = span.start + para.length - (whole[1] as string).length;
      sourceSpan = { start: at, end: at + (whole[1] as string).trimEnd().length };
      paragraphSpans.splice(k, 1);
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
      if (keep > span.start) paragraphSpans[k] = { start: span.start, end: keep };
      else paragraphSpans.splice(k, 1);
    }
  }
  const paragraphs = paragraphSpans.map((s) => text.slice(s.start, s.end));
  const title = d.titleSpan ? text.slice(d.titleSpan.start, d.titleSpan.end) : null;
  const category = d.categorySpan ? text.slice(d.categorySpan.start, d.categorySpan.end) : null;
  const source = sourceSpan ? text.slice(sourceSpan.start, sourceSpan.end) : null;
  const match = d.header.date;
  const resolved =
    match.year === null && reference !== undefined ? parseDate(match.text, { reference }) : null;
  const date =
    resolved?.iso ?? toIso(match.year === null && page.year !== null ? withYear(match, page.year) : match);
  const first = lines[d.from] as Line;
  const lastLine = lines[d.to] as Line;
  return {
    // itemId reads the text only when there is no headline
    id: itemId({ date, title, text: title ? "" : opening400(paragraphs) }),
    date,
    dateText: match.text,
    modified: null,
    title,
    category,
    paragraphs,
    blocks: [],
    source,
    authors: d.header.author ? [text.slice(d.header.author.start, d.header.author.end)] : [],
    url: null,
    image: null,
    lang: itemLang(title, paragraphs, page),
    span: { start: first.start, end: lastLine.end },
    spans: {
      date: { start: match.start, end: match.end },
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

// ---- chrome ---------------------------------------------------------------------------

interface PageParts {
  section: { text: string; span: Span } | null;
  crumbs: { text: string; span: Span }[];
  filter: PageFilter | null;
  chrome: Chrome[];
}

function pageChrome(lines: readonly Line[], drafts: readonly Draft[]): PageParts {
  const owner = new Int32Array(lines.length).fill(-1);
  drafts.forEach((d, k) => {
    owner.fill(k, d.from, d.to + 1);
  });
  const kinds = new Map<number, ChromeKind>();
  const firstItem = drafts[0]?.from ?? lines.length;
  const lastItem = drafts.length > 0 ? (drafts[drafts.length - 1] as Draft).to : -1;

  // filter and breadcrumb lines, anywhere outside items
  let filter: PageFilter | null = null;
  let trail: { line: number; from: number; to: number; lines?: number[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (owner[i] !== -1) continue;
    const line = lines[i] as Line;
    if (line.textStart === line.textEnd || line.textEnd - line.textStart > MAX_HEADER_LENGTH) continue;
    const f = filter ? null : filterText(line.text);
    if (f) {
      filter = readFilter(line, f);
      kinds.set(i, "filter");
      if (f.offset > 0 && (startsAtHome(line.text) || youAreHere(line.text) !== null)) {
        trail ??= { line: i, from: 0, to: filterStart(line.text, f.offset) };
      }
      continue;
    }
    if (trail) continue;
    const here = youAreHere(line.text);
    if (here !== null) {
      kinds.set(i, "breadcrumb");
      if (here < line.text.length) trail = { line: i, from: here, to: line.text.length };
      else {
        const parts: number[] = [];
        for (let j = i + 1; j < lines.length && parts.length < 6; j++) {
          const next = lines[j] as Line;
          if (next.textStart === next.textEnd) continue;
          if (owner[j] !== -1 || next.textEnd - next.textStart > 40) break;
          parts.push(j);
          if (parts.length > 1 && !/^[»›>/]/u.test(next.text)) break;
        }
        for (const j of parts) kinds.set(j, "breadcrumb");
        trail = { line: i, from: here, to: line.text.length, lines: parts };
      }
      continue;
    }
    if (startsAtHome(line.text) && /[»›>|/]$/u.test(line.text)) {
      // a trail laid out one crumb per line: "Home>" / "Press>" / "Press Releases"
      const parts = [i];
      for (let j = i + 1; j < lines.length && parts.length < 6; j++) {
        const next = lines[j] as Line;
        if (next.textStart === next.textEnd) continue;
        const prev = (lines[parts[parts.length - 1] as number] as Line).text;
        if (owner[j] !== -1 || next.textEnd - next.textStart > 40) break;
        if (!/[»›>|/]$/u.test(prev) && !/^[»›>|/]/u.test(next.text)) break;
        parts.push(j);
      }
      for (const j of parts) kinds.set(j, "breadcrumb");
      trail = { line: i, from: 0, to: line.text.length, lines: parts };
    } else if (startsAtHome(line.text) && /[»›>|/]| {2}/u.test(line.text)) {
      kinds.set(i, "breadcrumb");
      trail = { line: i, from: 0, to: line.text.length };
    }
  }

  const guess = findSection(lines, owner, firstItem, trail, null);
  const crumbs = trail ? readCrumbs(lines, trail, guess?.text ?? null) : [];
  const lastCrumb = crumbs[crumbs.length - 1];
  // the trail ends at this page: its last crumb names the page when no heading repeats it
  const named = lastCrumb ? findSection(lines, owner, firstItem, trail, lastCrumb.text) : null;
  if (named) kinds.set(named.line, "section");
  else if (!lastCrumb && guess) kinds.set(guess.line, "section");
  const section = named ?? (lastCrumb ? { line: -1, text: lastCrumb.text, span: lastCrumb.span } : guess);
  if (trail && !kinds.has(trail.line)) kinds.set(trail.line, "breadcrumb");

  const chrome: Chrome[] = [];
  const add = (kind: ChromeKind, start: number, end: number) => {
    if (end <= start) return;
    const prev = chrome[chrome.length - 1];
    if (prev && prev.kind === kind && prev.span.end === start) prev.span.end = end;
    else chrome.push({ kind, span: { start, end } });
  };
  // items cover [first line start, last line end); everything else, line breaks included, is chrome
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const k = owner[i] as number;
    if (k !== -1) {
      if (i === (drafts[k] as Draft).to) add("whitespace", line.end, line.next);
      continue;
    }
    const kind =
      line.textStart === line.textEnd
        ? "whitespace"
        : (kinds.get(i) ?? classify(line.text, i < firstItem, i > lastItem, drafts.length > 0));
    add(kind, line.start, line.next);
  }
  return { section: section ? { text: section.text, span: section.span } : null, crumbs, filter, chrome };
}

function classify(text: string, before: boolean, after: boolean, hasItems: boolean): ChromeKind {
  if (isPagination(text)) return "pagination";
  if (isReadMore(text)) return "read-more";
  if (findDates(text.length <= 30 ? text : "").some((m) => m.day === null)) return "group-heading";
  if (!hasItems) return "other";
  if (before) return text.length <= 40 ? "navigation" : "header";
  if (after) return "footer";
  return "other";
}

function readFilter(line: Line, f: { offset: number; rest: string }): PageFilter {
  const rest = f.rest.trim();
  const at = line.textStart + f.offset + (f.rest.length - f.rest.trimStart().length);
  const date = parseDate(rest);
  if (date) {
    const kind = date.iso.length === 4 ? "year" : date.iso.length === 7 ? "month" : "date";
    return { kind, date: date.iso.slice(0, 10), text: rest, span: { start: at, end: at + rest.length } };
  }
  const year = /^(?:in\s+)?((?:18|19|20|21)\d\d)$/iu.exec(rest);
  if (year) {
    const y = year[1] as string;
    const s = at + rest.indexOf(y);
    return { kind: "year", date: y, text: y, span: { start: s, end: s + 4 } };
  }
  return { kind: "search", date: null, text: rest, span: { start: at, end: at + rest.length } };
}

function filterStart(text: string, offset: number): number {
  // the phrase itself ("Items filtered by date:") ends the trail
  const phrase = /(?:items?\s+)?filtered by|currently showing|showing results|results for/iu.exec(
    text.slice(0, offset),
  );
  return phrase ? phrase.index : offset;
}

function readCrumbs(
  lines: readonly Line[],
  trail: { line: number; from: number; to: number; lines?: number[] },
  section: string | null,
): { text: string; span: Span }[] {
  if (trail.lines) {
    return trail.lines.map((j) => {
      const line = lines[j] as Line;
      const lead = line.text.length - line.text.replace(/^[»›>/|\s]+/u, "").length;
      const crumb = line.text.slice(lead).replace(/[»›>/|\s]+$/u, "");
      const start = line.textStart + lead;
      return { text: crumb, span: { start, end: start + crumb.length } };
    });
  }
  const line = lines[trail.line] as Line;
  const part = line.text.slice(trail.from, trail.to);
  return splitCrumbs(part, section).map((c) => {
    const start = line.textStart + trail.from + c.start;
    return { text: c.text, span: { start, end: start + c.text.length } };
  });
}

const UI_WORDS =
  /^(?:search|form|filter|collapse|expand|menu|main|toggle|navigation|skip|to|content|close|×close|cerca|rechercher|buscar|suchen|szukaj|поиск|搜索|rss|login|log|in|sign|home|accueil|inicio|results?|more|print|email|tweet|share|\d+)$/iu;

// the page heading: the line named like the trail's last crumb, or else the nearest short line
// above the first item that is not a control ("Search", "Filter    Collapse", "07 秒后刷新")
function findSection(
  lines: readonly Line[],
  owner: Int32Array,
  firstItem: number,
  trail: { line: number; lines?: number[] } | null,
  named: string | null,
): { line: number; text: string; span: Span } | null {
  if (firstItem >= lines.length || firstItem === 0) return null;
  let seen = 0;
  const want = named?.toLowerCase();
  for (let i = firstItem - 1; i >= 0 && seen < (want ? 12 : 5); i--) {
    const line = lines[i] as Line;
    if (owner[i] !== -1 || line.textStart === line.textEnd) continue;
    seen++;
    if (trail && (i === trail.line || trail.lines?.includes(i))) continue;
    const t = line.text;
    if (want) {
      if (t.toLowerCase() === want) return { line: i, text: t, span: lineSpan(line) };
      continue;
    }
    if (t.length > 60 || /[.:;,!?]$/.test(t) || /^\d/.test(t) || isPagination(t) || filterText(t)) continue;
    if (t.split(/\s+/).every((w) => UI_WORDS.test(w))) continue;
    if (findDates(t).length > 0 || youAreHere(t) !== null) continue;
    return { line: i, text: t, span: lineSpan(line) };
  }
  return null;
}

// ---- helpers --------------------------------------------------------------------------

function lineSpan(line: Line): Span {
  return { start: line.textStart, end: line.textEnd };
}

/** The next non-empty line from `from` towards `step`, not reaching `stop`; -1 when none. */
function nonEmpty(lines: readonly Line[], from: number, stop: number, step: 1 | -1): number {
  for (let i = from; step === 1 ? i < stop : i > stop; i += step) {
    const line = lines[i] as Line;
    if (line.textStart !== line.textEnd) return i;
  }
  return -1;
}

function mostCommon(values: readonly string[]): { value: string; count: number } | null {
  const counts = new Map<string, number>();
  let best: { value: string; count: number } | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (!best || n > best.count) best = { value: v, count: n };
  }
  return best;
}

// the text every header's prefix ends with (" , media release,"), cut at a word boundary
function commonTail(prefixes: readonly string[]): string {
  const present = prefixes.filter((p) => p.length > 0);
  if (present.length < 2) return "";
  let tail = present[0] as string;
  for (const p of present) {
    let n = 0;
    while (n < tail.length && n < p.length && tail[tail.length - 1 - n] === p[p.length - 1 - n]) n++;
    tail = tail.slice(tail.length - n);
    if (tail.length === 0) return "";
  }
  const cut = tail.search(/[\s,;:|\-–—]/u);
  return cut === -1 ? "" : tail.slice(cut);
}

/** The upper median: the value a sort would put at index ⌊n/2⌋, found by quickselect. */
function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const a = new Float64Array(values);
  const k = a.length >> 1;
  let lo = 0;
  let hi = a.length - 1;
  // a crafted input could make the middle pivot quadratic: after too many rounds, sort instead
  for (let rounds = 2 * Math.log2(a.length) + 8; lo < hi; rounds--) {
    if (rounds < 0) return a.sort()[k] as number;
    const pivot = a[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}
