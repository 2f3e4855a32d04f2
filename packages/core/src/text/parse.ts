import { decodeDocument } from "../decode/charset.js";
import { detectLang, scriptOf } from "../lang/index.js";
import { labelBefore, PUBLISHED_LABELS, UPDATE_LABELS } from "../lexicon/index.js";
import { isProse } from "../listing/lines.js";
import type { NewsItem, NewsPage } from "../model/page.js";
import type { Warning } from "../model/warning.js";
import type { ParseOptions } from "../options.js";
import { pageUrlOf } from "../shared/url.js";
import { entryLines, hasStory, holdsPage, itemCount, type Undated, undatedList } from "./anchors.js";
import { articleDraft } from "./article.js";
import { buildItems, type Draft, type ItemContext, NO_RECENT_CUTS, recentCuts, toItem } from "./assemble.js";
import { filterText } from "./chrome.js";
import { type Candidates, postLabel, scanLines } from "./classify.js";
import { headlineOf } from "./facts.js";
import { type LineTable, splitLines } from "./lines.js";
import { pageChrome } from "./page-chrome.js";
import { dominant, type Header, readDates, titlePlace } from "./shape.js";
import { fillLines, isPersonName, LIST_BULLET } from "./util.js";

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
  // the same decoding as `parse`: BOM, `encoding`, the content type's charset, a declaration, UTF-8
  const decoded = decodeDocument(input, options, "text");
  const text = decoded.text;
  const warnings: Warning[] = [...decoded.warnings];
  const lines = splitLines(text);
  const { candidates, monthLines, year, longLines } = scanLines(text, lines);
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
  let headers = readDates(chosen, lang, warnings);
  // the page's filter line ("Items filtered by date: …") says what the page lists: among other
  // date lines its date heads no item (alone, it may be the list's only date: below)
  if (headers.length > 1) headers = withoutFilterLines(headers);
  // no date line repeats: the list may still be there, headed by another line that repeats (a
  // lone date inside a sentence is one a teaser mentions: "… -- On Monday, March 23rd, Rep. …")
  // (which it must outweigh: a story mentions dates too)
  // (or the page's filter: "Items filtered by date: Thursday, 21 December 2017" over a list whose
  // items print no date of their own; a filtered archive is a list, stories and all)
  const filtered = headers.length === 1 && filterText((headers[0] as Header).prefix) !== null;
  const lone = headers.length === 1 && (filtered || mentioned(headers[0] as Header, lines));
  // (read once, when asked: the readings below may each want it)
  let reading: Undated | undefined;
  const undatedReading = () => {
    reading ??= undatedList(lines, monthLines);
    return reading;
  };
  let undated = headers.length === 0 || lone ? undatedReading() : null;
  if (lone && (!holdsPage(lines, undated) || (!filtered && hasStory(lines)))) undated = null;
  if (undated === null && inHeadlines(headers, lines)) {
    // a few dates ending headlines of a long undated run are the headlines' own ("… Last Day To
    // Claim Is April 15, 2013" among 445 press releases): the run is the list, where it is many
    // times as long as the dated lines are many
    // (month headings under the headlines are such a list too: "… Is April 15, 2013" / "April 2015")
    const run = undatedReading();
    if (itemCount(run) >= OWN_DATES * headers.length && holdsPage(lines, run)) undated = run;
  }
  if (undated === null && headers.length > 0 && headers.every((h) => h.date?.year == null)) {
    // dates without a year may be a schedule's days inside the items ("Saturday, April 18th" in
    // a release's text): a label or byline printed once per item that makes more items is the list
    // (not a run of headlines: year-less dates opening each of them head them)
    const marked = undatedReading();
    const count = itemCount(marked);
    // (labels and ages are no headline's words, as a month may be: "… Brand Offers This March 2026")
    const label =
      marked?.kind === "segments"
        ? marked.drafts[0]?.header.key === "marker"
        : marked?.headers[0]?.kind === "age";
    if ((label || marked?.kind === "headers") && count > headers.length && holdsPage(lines, marked)) {
      // (a story's paragraphs beside the list make it no list, unless a label opens many times as
      // many items as there are days: a notice's timetable "Venerdì 29 giugno dalle 15 …" among
      // twenty notices)
      if (!hasStory(lines) || (label && count >= YEARLESS_DAYS_SHARE * headers.length && mostlyBrief(marked)))
        undated = marked;
    }
  }
  if (undated?.kind === "headers") headers = undated.headers;
  const listed =
    undated?.kind === "segments"
      ? undated.drafts
      : buildItems(lines, headers, titlePlace(headers, lines, monthLines), monthLines);
  // one story rather than a list: one run of prose holds most of the page's text
  const story = articleDraft(text, lines, listed, listCuts(lines.length, headers, listed, candidates));
  const drafts = story ? [story] : listed;

  const page = pageChrome(lines, drafts);
  const context: ItemContext = {
    lang,
    script,
    year,
    ids: lines.sharesTexts() ? { titled: new Map(), untitled: new Map() } : null,
    days: new Map(),
    cuts: lines.sharesTexts() ? new Map() : null,
    lastLang: { known: false, title: null, first: undefined, lang: null },
    recentCuts: lines.sharesTexts() ? recentCuts() : NO_RECENT_CUTS,
    lastDay: { key: -1, iso: null },
    lastId: { kept: null, basis: "", date: null, id: "" },
  };
  // (a loop, not map: over 16 K entries an inlined map deoptimises at every call)
  const items: NewsItem[] = [];
  for (let k = 0; k < drafts.length; k++) {
    items.push(toItem(text, lines, drafts[k] as Draft, context, options.reference));
  }
  if (items.length === 0) {
    warnings.push({
      code: "no-items",
      message: "no line of the page looked like an item header",
      span: null,
      count: null,
    });
  }
  return {
    kind: story ? "article" : "listing",
    section: page.section?.text ?? null,
    breadcrumbs: page.crumbs.map((c) => c.text),
    filter: page.filter,
    title: story ? (items[0]?.title ?? null) : null,
    url: pageUrlOf(options),
    lang: lang ?? null,
    items,
    warnings,
    chrome: page.chrome,
    spans: { section: page.section?.span ?? null, breadcrumbs: page.crumbs.map((c) => c.span) },
    inputInfo: { format: "text", encoding: decoded.encoding, length: text.length },
  };
}

/**
 * Whether most of a reading's items are a line or two (notices, not a story cut at a repeated
 * menu line). A reading of headers is judged by its labels alone.
 */
function mostlyBrief(reading: Undated): boolean {
  if (reading?.kind !== "segments") return true;
  let brief = 0;
  for (const d of reading.drafts) if (entryLines(d) <= 2) brief++;
  return brief >= BRIEF_SHARE * reading.drafts.length;
}

/** The share of a label's items a line or two long, for them to be notices. */
const BRIEF_SHARE = 0.75;

/** How many items a label's reading makes per year-less date, to be the list beside a story's paragraphs. */
const YEARLESS_DAYS_SHARE = 3;

// the headers whose prefix is no filter line ("Items filtered by date: …"); a list's headers share
// their prefix string (one cut per repeated text), so the regex runs once per run of equal ones
// rather than once per item; no copy when every header is kept (the usual list), and a loop rather
// than filter, which over 16 K entries deoptimises at every call as map does
function withoutFilterLines(headers: Header[]): Header[] {
  let kept: Header[] | null = null;
  let last: string | null = null;
  let lastIsFilter = false;
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k] as Header;
    const prefix = h.prefix;
    if (prefix !== last) {
      last = prefix;
      lastIsFilter = filterText(prefix) !== null;
    }
    if (lastIsFilter) kept ??= headers.slice(0, k);
    else if (kept !== null) kept.push(h);
  }
  return kept ?? headers;
}

/** How many undated entries per dated one make the dates the headlines' own. */
const OWN_DATES = 5;

// whether every date header ends its headline-shaped line, with no label before the date, and they
// are few for the page's lines: dates that may belong to their headlines rather than head them
function inHeadlines(headers: readonly Header[], lines: LineTable): boolean {
  if (headers.length < 2 || headers.length * 2 * OWN_DATES > lines.length) return false;
  for (const h of headers) {
    const prefix = h.prefix.trim().replace(LIST_BULLET, "");
    // (a label before the date, "Posted on", "Created:", or an author's name, "Tom Talbot October
    // 14, 2025", makes it the post's own date line; a bullet alone, "• Nov 20, 2025", ends no headline)
    if (h.first !== h.last || prefix.length === 0 || h.suffix.trim().length > 0) return false;
    if (prefix.endsWith(":") || DATE_LABEL.test(prefix) || isPersonName(prefix)) return false;
    if (headlineOf(lines, h.first) < 0.5) return false;
  }
  return true;
}

// a date the sentence around it mentions, not one that heads a line of its own
function mentioned(header: Header, lines: LineTable): boolean {
  const prefix = header.prefix.trim();
  return (
    header.first === header.last &&
    prefix.length > 0 &&
    !DATE_LABEL.test(prefix) &&
    // (a label glued to the author's name: "Author  amyxzhangPosted on January 17, 2019…")
    !postLabel(prefix) &&
    isProse(lines.text(header.first))
  );
}

// "Posted on", "Last updated on": the date such a label names is the page's own
const DATE_LABEL = labelBefore([...PUBLISHED_LABELS, ...UPDATE_LABELS]);

// the list, not the menus above it, says what language the page is in
function pageSample(text: string, lines: LineTable, from: number): string {
  const start = from < lines.length ? lines.start(from) : 0;
  return text.slice(start, start + 4000);
}

// the lines that head the listing reading's items: prose on both sides of one belongs to two items
function listCuts(
  length: number,
  headers: readonly Header[],
  drafts: readonly Draft[],
  candidates: Candidates,
): Uint8Array {
  // (a byte per line, like the other per-line tables, rather than a set of line numbers)
  const cuts = new Uint8Array(length);
  // a date line printed alike more than once heads posts too, in or out of the list read
  // ("21 December 2017 In Coalition News" above a list of another shape)
  // (indexed loops: this runs once per page, often before the optimising compiler has it, where a
  // for-of loop allocates an iterator result per candidate)
  // (each key's number in a map, counted in an array: no map update per candidate)
  const seen = new Map<string, number>();
  const counts: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const key = candidates.key(k);
    const n = seen.get(key);
    if (n === undefined) {
      seen.set(key, counts.length);
      counts.push(1);
    } else counts[n] = (counts[n] as number) + 1;
  }
  for (let k = 0; k < candidates.length; k++) {
    if ((counts[seen.get(candidates.key(k)) as number] as number) < 2) continue;
    fillLines(cuts, 1, candidates.first(k), candidates.last(k) + 1);
  }
  if (drafts.length < 2) return cuts;
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k] as Header;
    fillLines(cuts, 1, h.first, h.last + 1);
  }
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    cuts[d.from] = 1;
    fillLines(cuts, 1, d.header.first, d.header.last + 1);
  }
  return cuts;
}
