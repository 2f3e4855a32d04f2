import type { DateMatch } from "../dates/index.js";
import { decideOrder, findDates, parseDate, toIso, withOrder } from "../dates/index.js";
import { isRelative } from "../dates/relative.js";
import type { DateSource, NewsItem } from "../model/page.js";
import { dateFromUrl } from "../shared/pageDates.js";
import { absoluteUrl } from "../shared/url.js";
import { itemId } from "../util/id.js";
import { type Block, isBoilerplate, recordBlocks } from "./blocks.js";
import {
  type AnyNode,
  attr,
  type Cached,
  classId,
  type Document,
  type Element,
  elements,
  isElement,
  type ParentNode,
  textOf,
  textSpan,
} from "./dom.js";
import type { PageMeta } from "./meta.js";

type Span = { start: number; end: number };

interface Record {
  anchor: Element;
  /** the sibling nodes that make the record, under one parent */
  nodes: AnyNode[];
  parent: ParentNode;
}

const FURNITURE = new Set(["nav", "aside", "menu", "select", "button"]);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const READ_MORE =
  /^(read more|more|continue reading|full story|read the full|lire la suite|en savoir plus|leggi tutto|weiterlesen|leer más|阅读全文|详细|更多)\b/i;

/** Is this link text long enough to be a headline, and not a date (a calendar's "Saturday, April 20", an archive's "March 2013")? */
function headline(text: string): boolean {
  const long = CJK.test(text) ? text.length >= 6 : text.length >= 12 && /\s/.test(text);
  return long && !(text.length <= 40 && /\d/.test(text) && isOnlyDate(text));
}

function isOnlyDate(text: string): boolean {
  const m = findDates(text)[0];
  return m !== undefined && m.end - m.start >= text.trim().length - 3;
}

function inFurniture(el: Element): boolean {
  // a header or footer is the page's own unless an article holds it (entries have headers too)
  let pageLevel = false;
  for (let e: ParentNode | null = el.parent, d = 0; e && e.type !== "root" && d < 40; e = e.parent, d++) {
    const x = e as Element;
    if (FURNITURE.has(x.name) || isBoilerplate(x)) return true;
    if (x.name === "header" || x.name === "footer") pageLevel = true;
    else if (x.name === "article") pageLevel = false;
  }
  return pageLevel;
}

// class words that vary from entry to entry: numbers, row states, and each entry's own taxonomy
// (WordPress's category-research, tag-foo, format-standard, has-post-thumbnail)
const ROW_CLASS =
  /\d|(^|[-_])(odd|even|first|last|active|current|alt|hover|clearfix|selected)$|^(category|tag|format|status|type|post|author|term|has|level)[-_]/;

// the path of an element with class words that vary by row (views-row-2, odd, first) removed:
// "a<h2.entry-title<div.post<div.content<body<html", up to 40 steps
function signature(el: Element): string {
  // asked for every link: an element no deeper than the path's 40 steps shares one node of the
  // document's tree of paths with the elements of the same path, and so one string (built, and
  // hashed by the Map that groups the links, once per path, not once per link)
  const depth = (el as Cached).depth;
  if (depth !== undefined && depth <= 40) return pathOf(el).key;
  const parts: string[] = [];
  for (let e: ParentNode | null = el, d = 0; e && e.type !== "root" && d < 40; e = e.parent, d++)
    parts.push(signaturePart(e as Element));
  return parts.join("<");
}

/** A path of the document's tree of paths: its signature, and the paths one step longer. */
interface PathNode {
  key: string;
  longer: Map<string, PathNode> | null;
}

function pathOf(el: Element): PathNode {
  const cached = (el as Cached).listingPath as PathNode | undefined;
  if (cached !== undefined) return cached;
  const parent = el.parent as ParentNode;
  let above: PathNode;
  if (parent.type === "root") {
    // the document holds the empty path (its key is never read), from which its children's start
    const doc = parent as ParentNode & { listingPath?: unknown };
    above = (doc.listingPath as PathNode | undefined) ?? { key: "", longer: null };
    doc.listingPath = above;
  } else above = pathOf(parent as Element);
  const own = signaturePart(el);
  above.longer ??= new Map();
  let node = above.longer.get(own);
  if (node === undefined) {
    node = { key: parent.type === "root" ? own : `${own}<${above.key}`, longer: null };
    above.longer.set(own, node);
  }
  (el as Cached).listingPath = node;
  return node;
}

// one step of the path: the tag name and its sorted class words that do not vary by row
const SIGNATURE_PARTS = new Map<string, string>();

export function signaturePart(x: Element): string {
  const classes = x.attribs.class;
  if (!classes) return x.name;
  // a key of its own (a new string), not the class string, which is a slice of the whole page and
  // would keep every page it came from alive in the table
  const key = `${x.name} ${classes}`;
  let part = SIGNATURE_PARTS.get(key);
  if (part === undefined) {
    const cls = classes
      .toLowerCase()
      .split(/\s+/)
      .filter((c) => c && !ROW_CLASS.test(c))
      .sort()
      .join(".");
    part = cls ? `${x.name}.${cls}` : x.name;
    // class strings repeat within a page (and across a site's pages); a small table stays in cache
    if (SIGNATURE_PARTS.size >= 4096) SIGNATURE_PARTS.clear();
    SIGNATURE_PARTS.set(key, part);
  }
  return part;
}

/**
 * The page's main list of dated, linked entries, or null when the page is not a listing. Known
 * markups (Joomla K2, WordPress, Drupal Views, Joomla category tables) are just repeated siblings
 * to this: headline links that share a path, each in a record of its own that also holds a date.
 *
 * `mayWin` is asked, before any entry is read, with the source range of every record of every list
 * the page could show and a bound on the text of any listing made of them (headlines and
 * teasers, as `articleOutweighs` counts them): a caller that can tell no listing within those
 * ranges would be kept (an article whose own text outside them all outweighs them) answers false,
 * and the lists are not read.
 */
export function findListing(
  doc: Document,
  html: string,
  meta: PageMeta,
  options: { baseUrl: string | null; lang: string | null; reference?: Date | string },
  mayWin: (spans: readonly Span[], maxText: () => number) => boolean = () => true,
): Listing | null {
  const groups = new Map<string, Element[]>();
  for (const el of elements(doc)) {
    if (el.name !== "a") continue;
    const href = attr(el, "href");
    // links within the page (a table of contents) or to scripts are never entries
    if (!href || /^\s*(#|javascript:)/i.test(href)) continue;
    const text = textOf(el);
    if (!headline(text) || READ_MORE.test(text)) continue;
    const sig = signature(el);
    const list = groups.get(sig);
    if (list) list.push(el);
    else groups.set(sig, [el]);
  }
  // what each list is known by before its entries are read: its anchors and its records
  const lists: { anchors: Element[]; records: Record[] }[] = [];
  for (const anchors of groups.values()) {
    if (anchors.length < 3) continue;
    // the same link text in every entry ("Press Release", "Read the story") is a label, not a headline
    if (new Set(anchors.map((a) => textOf(a))).size < anchors.length * LISTING.distinctHeadlines) continue;
    const furniture = anchors.filter(inFurniture).length;
    if (furniture > anchors.length / 2) continue;
    const records = recordsOf(anchors);
    // a list whose headline-sized links name only a few of its repeated boxes is a directory
    if (records && headlinesName(records)) lists.push({ anchors, records });
  }
  const rows = datedRows(doc, html, options);
  // an article page with a dated "recent posts" list stays an article (a site's home page is none):
  // it is a listing only when its best list has LISTING.articlePageEntries entries or more
  const articleTyped =
    meta.types.some((t) => /article|posting|report/.test(t)) && !isHomePage(options.baseUrl);
  if (
    articleTyped &&
    lists.every((l) => l.records.length < LISTING.articlePageEntries) &&
    (rows?.spans.length ?? 0) < LISTING.articlePageEntries
  )
    return null;
  const len = html.length;
  const spans = lists.flatMap((l) => l.records.map((r) => recordSpan(r, len)));
  if (rows) spans.push(...rows.spans);
  // an entry's title is its anchor's text and its paragraphs are (cut) texts of its blocks
  const maxText = () =>
    lists.reduce(
      (n, l) =>
        l.records.reduce((m, r) => {
          const blocks = recordBlocks(r.parent, r.nodes);
          return m + textOf(r.anchor).length + blocks.reduce((k, b) => k + b.text.length + 1, 0);
        }, n),
      rows?.maxText ?? 0,
    );
  if (!mayWin(spans, maxText)) return null;

  // the entries' facts (dates, teasers) decide between the lists; items are made for those kept
  const candidates: Candidate[] = [];
  for (const { anchors, records } of lists) {
    const { entries, ambiguity, groupHeadings, teaserFirst } = entriesOf(records, options);
    // an entry's link comes first, its teaser after it: a link under a text of its own is the
    // entry's call to action ("Explore the brand", an app card under an article's section)
    if (teaserFirst >= entries.length * LISTING.teaserFirstShare) continue;
    const dated = entries.filter((e) => e.iso !== null).length;
    const textLen = entries.reduce((n, e) => n + e.title.length + e.paragraphs.join(" ").length, 0);
    const isDated = dated >= LISTING.minEntries && dated >= entries.length * LISTING.datedShare;
    if (!isDated && !(undatedList(entries) && ownHeadlines(anchors))) continue;
    // news runs newest first: dates that run forward, on entries that link to other sites, are a
    // calendar's (events to come, each on its organiser's site), not publications
    if (isDated && runsForward(entries) && linksAway(entries, options.baseUrl)) continue;
    // undated lists count for less: a dated list of the same size is surer to be the page's own;
    // and among undated lists, entries with a teaser count for more than headlines alone (a
    // carousel or a "most read" box repeats the press-release index's headlines without them)
    const teasered = isDated
      ? 0
      : entries.filter((e) => e.paragraphs.some((p) => p.length >= LISTING.teaser)).length;
    const weight = isDated
      ? dated
      : (teasered + (entries.length - teasered) * LISTING.headlineOnlyWeight) * LISTING.undatedWeight;
    const score = weight * Math.log(2 + textLen / entries.length);
    candidates.push({
      spans: records.map((r) => recordSpan(r, len)),
      items: () => entries.map((e) => itemOf(e, len, options)),
      ambiguity,
      score,
      dated: isDated,
      path: tagPath(anchors[0] as Element),
      ...(groupHeadings.length ? { groupHeadings } : {}),
    });
  }
  if (rows) candidates.push(rows);
  const best = candidates.reduce<Candidate | null>((a, c) => (!a || c.score > a.score ? c : a), null);
  if (!best) return null;
  // (an undated list of as many entries is the page's too: a press-release index whose theme
  // declares every page an article; the article's own text outside it still decides)
  if (articleTyped && best.spans.length < LISTING.articlePageEntries) return null;
  // one list split by its markup (a lead entry, then "more" entries), or a portal's several lists
  // (news, sports, finance) of the same shape: one listing with all their entries, in page order
  // (two link groups of the same entries, headline and category link, are not two lists: the best one's entries stay)
  const merged = [...best.items()];
  const mergedSpans = [...best.spans];
  const groupHeadings = [...(best.groupHeadings ?? [])];
  for (const c of candidates) {
    if (c === best || c.dated !== best.dated || c.path !== best.path) continue;
    if (c.spans.some((s) => mergedSpans.some((m) => overlaps(s, m)))) continue;
    merged.push(...c.items());
    mergedSpans.push(...c.spans);
    groupHeadings.push(...(c.groupHeadings ?? []));
  }
  merged.sort((a, b) => a.span.start - b.span.start);
  return {
    items: merged,
    ambiguity: best.ambiguity,
    groupHeadings: groupHeadings.sort((a, b) => a.start - b.start),
  };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A list that may be the page's listing: its entries' ranges and score, its items made on demand. */
interface Candidate {
  /** each entry's source range (the item's `span`), in entry order */
  spans: Span[];
  items: () => NewsItem[];
  ambiguity: Listing["ambiguity"];
  groupHeadings?: Span[];
  score: number;
  /** whether its entries carry dates (else an undated list: press-release indexes, archives) */
  dated: boolean;
  /** the anchors' path of tag names, without classes */
  path: string;
}

/** Thresholds of listing detection. */
const LISTING = {
  /** entries a list needs */
  minEntries: 3,
  /** entries an article page's list needs to make the page a listing ("recent posts" are fewer) */
  articlePageEntries: 8,
  /** share of a dated list's entries that carry a date */
  datedShare: 0.6,
  /** an undated list's entries count this much against a dated list's */
  undatedWeight: 0.5,
  /** an undated entry without a teaser counts this much against one with a teaser */
  headlineOnlyWeight: 0.5,
  /** an undated list of headlines alone needs this many entries (menus are shorter) */
  undatedHeadlinesOnly: 8,
  /** share of an entry list's link texts that differ */
  distinctHeadlines: 0.5,
  /** median words of the headlines of an undated list without teasers (menu labels are shorter) */
  headlineWords: 5,
  /** median text of an undated entry beyond which it is an article's section, not a teaser */
  undatedEntryText: 400,
  /** shortest entry of a dated table row */
  rowText: 20,
  /** teaser length that makes an undated entry an entry, not a menu link */
  teaser: 40,
  /** share of the repeated boxes of a list whose link passes for a headline */
  namedBoxes: 0.5,
  /** share of entries with a teaser above their link that makes the links calls to action */
  teaserFirstShare: 0.5,
  /** steps forward in time (of all steps between dated entries) that make a list a calendar */
  forwardShare: 0.8,
};

/**
 * Do the entries' dates run forward, oldest first, as a calendar of events to come does? News
 * lists, archives and press-release indexes run newest first (a pinned old entry aside).
 */
function runsForward(entries: Entry[]): boolean {
  const days = entries
    .map((e) => e.iso?.slice(0, 10))
    .filter((d): d is string => d !== undefined && d.length === 10);
  let forward = 0;
  let back = 0;
  for (let k = 1; k < days.length; k++) {
    const [a, b] = [days[k - 1] as string, days[k] as string];
    if (b > a) forward++;
    else if (b < a) back++;
  }
  return forward >= LISTING.minEntries && forward >= (forward + back) * LISTING.forwardShare;
}

/**
 * Do most entries link to other sites than the page's (to the page's host when it is known, else to
 * more hosts than a site's own list has)? A site's archive sorted oldest first links to its own pages.
 */
function linksAway(entries: Entry[], baseUrl: string | null): boolean {
  const hostOf = (u: string | null) => {
    try {
      return u ? new URL(u).host : null;
    } catch {
      return null;
    }
  };
  // an entry's link is made absolute here only when the decision had not needed it yet
  const hosts = entries
    .map((e) => hostOf(e.url === undefined ? absoluteUrl(e.href, baseUrl) : e.url))
    .filter((h): h is string => h !== null);
  if (hosts.length < entries.length / 2) return false;
  const own = hostOf(baseUrl);
  if (own) return hosts.filter((h) => h !== own).length >= entries.length / 2;
  return new Set(hosts).size >= entries.length / 2;
}

/**
 * Three or more repeated entries with a headline link and no dates (press-release indexes,
 * archives, a portal channel's headlines): a listing with null dates, when its entries have
 * teasers or there are many of them (a menu has neither).
 */
function undatedList(items: Entry[]): boolean {
  if (items.length < LISTING.minEntries) return false;
  // an entry is a headline and a teaser; sections of an article under linked headings run longer
  // (a teaser the site cut, "… Continue Reading", is a teaser whatever its length)
  const lengths = items
    .map((i) => (cutTeaser(i.paragraphs) ? 0 : i.paragraphs.join(" ").length))
    .sort((a, b) => a - b);
  if ((lengths[lengths.length >> 1] as number) > LISTING.undatedEntryText) return false;
  const withTeaser = items.filter((i) => i.paragraphs.some((p) => p.length >= LISTING.teaser)).length;
  // most entries have one: three links inside an article's paragraphs above a menu are not a list
  if (withTeaser >= LISTING.minEntries && withTeaser >= items.length / 2) return true;
  // headlines alone: many of them, and worded like headlines ("Council approves the 2024 budget"),
  // not like the labels of a menu or a tag cloud ("Divorce Therapy", "Panic Disorder")
  const words = items.map((i) => headlineWords(i.title)).sort((a, b) => a - b);
  return (
    items.length >= LISTING.undatedHeadlinesOnly &&
    (words[words.length >> 1] as number) >= LISTING.headlineWords
  );
}

/** Does the entry's text end cut by the site ("… Continue Reading", "[…]", "...")? */
function cutTeaser(paragraphs: string[]): boolean {
  return paragraphs.some((p) => {
    const m = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*([^…]{0,30})$/.exec(p);
    return m !== null && (m[1] === "" || READ_MORE.test(m[1] as string));
  });
}

/** Words of a headline; CJK headlines count about one word per two characters. */
function headlineWords(title: string): number {
  return CJK.test(title) ? title.length / 2 : title.split(/\s+/).filter(Boolean).length;
}

const BLOCK_TAGS = new Set([
  "p",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "div",
  "td",
  "dd",
  "dt",
  "article",
  "section",
]);

/**
 * Are the links headlines of their own (the whole text of their line), not links inside sentences?
 * Undated lists need it: an article's inline links repeat too.
 */
function ownHeadlines(anchors: Element[]): boolean {
  let own = 0;
  for (const a of anchors) {
    let line: ParentNode | null = a.parent;
    while (line && line.type !== "root" && !BLOCK_TAGS.has((line as Element).name)) line = line.parent;
    const bound = textOf(a).length * 1.3 + 10;
    const text = line && line.type !== "root" ? textOf(line as Element).length : 0;
    // the entry's date or age beside its headline ("…, media release, 2 hours ago") is no sentence
    if (text <= bound || textOf(a).length + textBeside(line as Element, a) <= bound) own++;
  }
  return own >= anchors.length * 0.8;
}

/** Characters of a line's text outside `anchor`, its dates and ages ("3 hours ago", "(May 2015)") left out. */
function textBeside(line: Element, anchor: Element): number {
  let n = 0;
  const walk = (node: AnyNode) => {
    if (node === anchor) return;
    if (node.type === "text") {
      let rest = node.data;
      if (/\d/.test(rest)) for (const d of findDates(rest)) rest = rest.replace(d.text, " ");
      for (const piece of rest.split(DATE_SEPARATORS)) {
        const t = piece.trim();
        if (t && !isDateOrAge(t)) n += t.length + 1;
      }
    } else if (isElement(node)) {
      const t = textOf(node).replace(/^[\s([]+|[\s)\]]+$/g, "");
      if (t && isDateOrAge(t)) return;
      for (const c of node.children) walk(c as AnyNode);
    }
  };
  for (const c of line.children) walk(c as AnyNode);
  return n;
}

const DATE_SEPARATORS = /[,|·•–—()[\]]/;

/** A date ("December 2012", "04/17/2015") or an age ("2 hours ago", "26分钟前") and nothing else. */
function isDateOrAge(text: string): boolean {
  return text.length <= 40 && ((/\d/.test(text) && isOnlyDate(text)) || isRelative(text));
}

/**
 * News blocks of personal and institutional home pages: table rows whose first cell is a date
 * ("Feb 1, 2024", "June 2024") and whose second is the untitled entry. One item per row; a
 * month-only date dates nothing (null), as in the text parser.
 */
function datedRows(
  doc: Document,
  html: string,
  options: { baseUrl: string | null; lang: string | null; reference?: Date | string },
): (Candidate & { maxText: number }) | null {
  let best: NewsItem[] = [];
  const opts = options.lang ? { lang: options.lang } : {};
  for (const table of elements(doc)) {
    if (table.name !== "table" && table.name !== "tbody") continue;
    const items: NewsItem[] = [];
    for (const row of table.children) {
      if (!isElement(row) || row.name !== "tr") continue;
      const cells = row.children.filter((c): c is Element => isElement(c) && /^t[dh]$/.test(c.name));
      if (cells.length !== 2) continue;
      const [dateCell, textCell] = cells as [Element, Element];
      const dateText = textOf(dateCell);
      const text = textOf(textCell);
      if (text.length < LISTING.rowText) continue;
      // the cell holds the date and nothing else; the entry is a sentence, not a number. An age
      // ("3 hours ago") dates the entry only against the caller's reference; without one, it is
      // still the row's date cell, and the entry an item with a null date
      const found = findDates(dateText, opts)[0];
      let iso: string | null;
      let shown: string;
      let relative = false;
      if (found && dateText.length - found.text.length <= 3) {
        iso = complete(found) ? toIso(found) : null;
        shown = found.text;
      } else if (dateText.length <= 40 && isRelative(dateText)) {
        const aged =
          options.reference === undefined
            ? null
            : parseDate(dateText, { ...opts, reference: options.reference });
        iso = aged && complete(aged) ? toIso({ year: aged.year, month: aged.month, day: aged.day }) : null;
        shown = dateText;
        relative = true;
      } else continue;
      const span = { start: nodeStart(row), end: Math.max(nodeStart(row), nodeEnd(row, html.length)) };
      const textSpanOf = textSpan(textCell, html.length);
      items.push({
        id: itemId({ date: iso, title: null, text, url: null }),
        date: iso,
        dateText: shown,
        ...(iso ? { dateSource: relative ? ("relative" as const) : ("entry-line" as const) } : {}),
        modified: null,
        title: null,
        category: null,
        paragraphs: [text],
        blocks: [],
        source: null,
        authors: [],
        url: null,
        image: null,
        lang: options.lang,
        span,
        spans: {
          date: textSpan(dateCell, html.length),
          title: null,
          category: null,
          source: null,
          url: null,
          image: null,
          authors: [],
          paragraphs: [textSpanOf],
        },
      });
    }
    if (items.length >= LISTING.minEntries && items.length > best.length) best = items;
  }
  if (best.length === 0) return null;
  const textLen = best.reduce((n, i) => n + (i.paragraphs[0]?.length ?? 0), 0);
  return {
    spans: best.map((i) => i.span),
    maxText: best.reduce((n, i) => n + (i.paragraphs[0]?.length ?? 0), 0),
    items: () => best,
    ambiguity: null,
    score: best.length * Math.log(2 + textLen / best.length),
    dated: true,
    path: "table-rows",
  };
}

function tagPath(el: Element): string {
  const parts: string[] = [];
  for (let e: ParentNode | null = el, d = 0; e && e.type !== "root" && d < 40; e = e.parent, d++)
    parts.push((e as Element).name);
  return parts.join("<");
}

/**
 * Do the headline links name most of the repeated boxes they sit in? A list of products, apps or
 * people has a few long names among many short ones ("Obsidian", "Joplin"): the few that pass for
 * headlines are no list of their own.
 */
function headlinesName(records: Record[]): boolean {
  const alike = new Map<ParentNode, Set<string>>();
  for (const r of records) {
    let top: ParentNode = r.anchor;
    while (top.parent && top.parent !== r.parent) top = top.parent;
    if (!isElement(top as AnyNode)) continue;
    const parts = alike.get(r.parent) ?? new Set<string>();
    parts.add(signaturePart(top as Element));
    alike.set(r.parent, parts);
  }
  let boxes = 0;
  for (const [parent, parts] of alike)
    for (const c of parent.children) if (isElement(c) && parts.has(signaturePart(c))) boxes++;
  return records.length >= boxes * LISTING.namedBoxes;
}

/** One record per anchor: its highest ancestor that holds no other anchor of the group. */
function recordsOf(anchors: Element[]): Record[] | null {
  const counts = new Map<ParentNode, number>();
  for (const a of anchors) {
    for (let e: ParentNode | null = a, d = 0; e && d < 40; e = e.parent, d++)
      counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const records: Record[] = [];
  for (const a of anchors) {
    let top: ParentNode = a;
    while (top.parent && (counts.get(top.parent) ?? 0) === 1) top = top.parent;
    const parent = top.parent;
    if (!parent) return null;
    records.push({ anchor: a, nodes: [top as AnyNode], parent });
  }
  // flat layouts (date, headline, teaser as siblings): a record runs to the next record's start
  const positions = new Map<ParentNode, Map<AnyNode, number>>();
  const indexIn = (parent: ParentNode, node: AnyNode): number => {
    let map = positions.get(parent);
    if (!map) {
      map = new Map(parent.children.map((c, i) => [c as AnyNode, i]));
      positions.set(parent, map);
    }
    return map.get(node) ?? -1;
  };
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Record;
    const next = records[i + 1];
    const siblings = r.parent.children;
    const from = indexIn(r.parent, r.nodes[0] as AnyNode);
    const to = next && next.parent === r.parent ? indexIn(next.parent, next.nodes[0] as AnyNode) : -1;
    if (to > from + 1) r.nodes = siblings.slice(from, to);
    else if (!next || next.parent !== r.parent) {
      // the last record takes its trailing siblings up to the first one that looks like page furniture
      const rest: AnyNode[] = [];
      for (const s of siblings.slice(from + 1, from + 8)) {
        if (
          isElement(s) &&
          (FURNITURE.has(s.name) || isBoilerplate(s) || s.name === "hr" || /pag/.test(classId(s)))
        )
          break;
        rest.push(s);
      }
      if (records.length > 1 && records[0]?.nodes.length === 1 && (records[1]?.nodes.length ?? 0) <= 1)
        continue;
      r.nodes = [r.nodes[0] as AnyNode, ...rest];
    }
  }
  // a date that precedes the headline in every record belongs to the record it precedes
  shiftLeadingDates(records);
  return records;
}

function hasDate(node: AnyNode): boolean {
  if (isElement(node) && (node.name === "time" || elementsHaveTime(node))) return true;
  const text = node.type === "text" ? node.data : isElement(node) ? textOf(node) : "";
  return text.length < 80 && findDates(text).some((d) => d.year !== null && d.day !== null);
}

function elementsHaveTime(el: Element): boolean {
  for (const e of elements(el)) if (e.name === "time") return true;
  return false;
}

function shiftLeadingDates(records: Record[]): void {
  if (records.length < 2 || records.some((r) => r.nodes.length < 2)) return;
  const first = records[0] as Record;
  const siblings = first.parent.children;
  const at = siblings.indexOf(first.nodes[0] as AnyNode);
  // the first record's date sits just before it
  let lead = -1;
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    if (hasDate(siblings[i] as AnyNode)) {
      lead = i;
      break;
    }
  }
  if (lead === -1) return;
  const ownDates = first.nodes.filter(hasDate).length;
  const tails = records.slice(0, -1).filter((r) => {
    const last = r.nodes.slice(-4);
    return last.some(hasDate);
  }).length;
  if (ownDates > 1 || tails < (records.length - 1) * 0.6) return;
  // move each record's trailing date (and what follows it) to the next record
  let carry = siblings.slice(lead, at);
  for (const r of records) {
    let cut = r.nodes.length;
    for (let i = r.nodes.length - 1; i > 0 && i >= r.nodes.length - 4; i--) {
      if (hasDate(r.nodes[i] as AnyNode)) {
        cut = i;
        break;
      }
    }
    const own = r.nodes.slice(0, cut);
    const tail = r.nodes.slice(cut);
    r.nodes = [...carry, ...own];
    carry = tail;
  }
}

/** A listing's entries, and how its numeric dates were read when they could go both ways. */
export interface Listing {
  items: NewsItem[];
  /** set when numeric day/month dates fit both orders and nothing on the page settled it */
  ambiguity: { order: "dmy" | "mdy"; evidence: string } | null;
  /** the day headings that date the entries under them (chrome of kind "group-heading") */
  groupHeadings?: Span[];
}

/** A photo's caption or credit: it may sit above an entry's headline without being its teaser. */
function isCaption(b: Block): boolean {
  const parent = b.el.parent as Element | null;
  return (
    b.el.name === "figcaption" ||
    parent?.name === "figure" ||
    parent?.name === "figcaption" ||
    /caption|credit/.test(classId(b.el))
  );
}

/**
 * What the listing decision reads of an entry (its date, headline and teaser paragraphs), before
 * its item is made: lists that lose are never made into items.
 */
interface Entry {
  record: Record;
  title: string;
  href: string | null;
  /** the link made absolute, once it was needed (undefined: not yet) */
  url: string | null | undefined;
  iso: string | null;
  dateSource: DateSource | null;
  dateText: string | null;
  dateBlocks: Block[];
  category: { text: string; span: Span } | null;
  rest: Block[];
  paragraphs: string[];
}

function entriesOf(
  records: Record[],
  options: { baseUrl: string | null; lang: string | null; reference?: Date | string },
): { entries: Entry[]; ambiguity: Listing["ambiguity"]; groupHeadings: Span[]; teaserFirst: number } {
  const perRecord = records.map((r) => {
    const blocks = recordBlocks(r.parent, r.nodes).filter((b) => b.text);
    const times = r.nodes.flatMap((n) =>
      isElement(n) ? (n.name === "time" ? [n] : [...elements(n)].filter((e) => e.name === "time")) : [],
    );
    const machine =
      times.map((t) => attr(t, "datetime")).find((d) => d && /^\d{4}-\d\d-\d\d/.test(d)) ?? null;
    const found = datesOf(blocks, textOf(r.anchor), options.lang, options.reference);
    return { r, blocks, machine, found };
  });
  const firsts = perRecord.flatMap((p) => p.found.slice(0, 1));
  const decision = decideOrder(firsts, { lang: options.lang });
  const order = decision.order;
  const unsettled =
    (decision.evidence === "locale" || decision.evidence === "default") && firsts.some((d) => d.ambiguous);
  const inRecords = new Set<AnyNode>(records.flatMap((r) => r.nodes));
  const headings: Span[] = [];
  let teaserFirst = 0;
  const entries = perRecord.map(({ r, blocks, machine, found }): Entry => {
    const titleText = textOf(r.anchor);
    const first = found[0] ? withOrder(found[0], order) : null;
    const href = attr(r.anchor, "href");
    // an entry that shows no date of its own is dated by the day heading above its group
    // ("<h2 class="date-header">Friday, March 29, 2013</h2>" over several posts)
    const group = machine || first ? null : groupHeading(r, inRecords, options.lang);
    if (group && !headings.some((h) => h.start === group.span.start)) headings.push(group.span);
    // …or by its link's path (/2024/04/10/…), which is the publication's (the link made absolute
    // once: the entry's url, and the date its path may carry)
    const url = machine || first || group ? undefined : absoluteUrl(href, options.baseUrl);
    const fromUrl = url === undefined ? null : dateFromUrl(url ?? href);
    const iso = machine
      ? machine.slice(0, 10)
      : first
        ? toIso({ year: first.year, month: first.month, day: first.day })
        : (group?.iso ?? fromUrl);
    const dateSource: DateSource | null = machine
      ? "time-element"
      : first
        ? first.shape === "relative"
          ? "relative"
          : "entry-line"
        : group
          ? "group-heading"
          : fromUrl
            ? "url"
            : null;
    const dateBlocks = first ? blocksAt(blocks, first) : [];
    const titleBlock = blocks.find((b) => b.text.includes(titleText)) ?? null;
    const category = categoryOf(r);
    // a teaser that opens with the date ("24.06.2019 | Berlin – …") keeps its text after the date
    const teaserWithDate = (b: Block) =>
      first !== null &&
      dateBlocks.length === 1 &&
      b.text.indexOf(first.text) <= 3 &&
      !b.text.includes(titleText) &&
      b.text.length - first.text.length >= TEASER_AFTER_DATE;
    const rest = blocks.filter(
      (b) =>
        b !== titleBlock &&
        (!dateBlocks.includes(b) || teaserWithDate(b)) &&
        (teaserWithDate(b) || !isHeaderLine(b, category?.text ?? null, first)),
    );
    const paragraphs = rest.map((b) =>
      dateBlocks.includes(b) && first ? afterLeadingDate(b.text, first.text) : b.text,
    );
    const titleAt = titleBlock ? blocks.indexOf(titleBlock) : -1;
    const lead = rest
      .filter((b) => blocks.indexOf(b) < titleAt && !isCaption(b))
      .reduce((n, b) => n + b.text.length, 0);
    if (lead >= LISTING.teaser) teaserFirst++;
    return {
      record: r,
      title: titleText,
      href,
      url,
      iso,
      dateSource,
      dateText: first?.text ?? machine ?? null,
      dateBlocks,
      category,
      rest,
      paragraphs,
    };
  });
  return {
    entries,
    ambiguity: unsettled ? { order, evidence: decision.evidence } : null,
    groupHeadings: headings,
    teaserFirst,
  };
}

/** The source range of a record: from its first node's start to its last node's end. */
function recordSpan(r: Record, len: number): Span {
  const start = nodeStart(r.nodes[0] as AnyNode);
  const end = nodeEnd(r.nodes[r.nodes.length - 1] as AnyNode, len);
  return { start, end: Math.max(start, end) };
}

function itemOf(e: Entry, len: number, options: { lang: string | null; baseUrl: string | null }): NewsItem {
  const url = e.url === undefined ? absoluteUrl(e.href, options.baseUrl) : e.url;
  const titleSpan = textSpan(e.record.anchor, len);
  const dateBlock = e.dateBlocks[0] ?? null;
  return {
    id: itemId({ date: e.iso, title: e.title, text: e.paragraphs.join("\n"), url }),
    date: e.iso,
    dateText: e.dateText,
    ...(e.iso && e.dateSource ? { dateSource: e.dateSource } : {}),
    modified: null,
    title: e.title,
    category: e.category?.text ?? null,
    paragraphs: e.paragraphs,
    blocks: [],
    source: null,
    authors: [],
    url,
    image: null,
    lang: options.lang,
    span: recordSpan(e.record, len),
    spans: {
      date: dateBlock
        ? { start: dateBlock.start, end: (e.dateBlocks[e.dateBlocks.length - 1] as Block).end }
        : null,
      title: titleSpan,
      category: e.category?.span ?? null,
      source: null,
      url: titleSpan,
      image: null,
      authors: [],
      paragraphs: e.rest.map((b) => ({ start: b.start, end: b.end })),
    },
  } satisfies NewsItem;
}

/** How far back a day heading may sit from an entry it dates: ancestor levels, siblings per level. */
const GROUP_HEADING = { levels: 4, siblings: 30, text: 60, passOver: 2 };

/**
 * The date heading above a record's group: walking back through the record's earlier siblings
 * (other entries of the same day are skipped) and up its ancestors, the first element whose whole
 * text is a day ("Friday, March 29, 2013"); null when an element that is neither comes first.
 */
function groupHeading(
  r: Record,
  inRecords: Set<AnyNode>,
  lang: string | null,
): { iso: string; span: Span } | null {
  let node: AnyNode = r.nodes[0] as AnyNode;
  let passed = 0;
  for (let level = 0; level < GROUP_HEADING.levels; level++) {
    let k = 0;
    for (let s = node.prev; s && k < GROUP_HEADING.siblings; s = s.prev, k++) {
      if (!isElement(s) || inRecords.has(s)) continue;
      const text = textOf(s);
      if (!text) continue;
      if (text.length > GROUP_HEADING.text) return null;
      const d = parseDate(text, lang ? { lang } : {});
      if (d && complete(d)) return { iso: d.iso.slice(0, 10), span: textSpan(s, Number.MAX_SAFE_INTEGER) };
      // a short line that is no date (a label, the previous entry's "Posted by" line) is passed over, twice at most
      if (++passed > GROUP_HEADING.passOver) return null;
    }
    const up = node.parent;
    if (!up || up.type === "root") return null;
    node = up as AnyNode;
  }
  return null;
}

const JOIN = " \n ";

/** Characters beyond its date that make a date line a teaser too. */
const TEASER_AFTER_DATE = 40;

/** "24.06.2019 | Berlin – The …" -> "Berlin – The …": a date that opens the text is cut with its separator. */
function afterLeadingDate(text: string, date: string): string {
  const at = text.indexOf(date);
  return at !== -1 && at <= 3 ? text.slice(at + date.length).replace(/^[\s|·:–—-]+/, "") : text;
}

const complete = (d: DateMatch) => d.year !== null && d.month !== null && d.day !== null;

/**
 * The record's dates, offsets into its blocks joined by JOIN: a block of its own first, then dates
 * split over several boxes ("Mar" "2" "2015"), the headline last (it may name another day).
 */
function datesOf(
  blocks: Block[],
  title: string,
  lang: string | null,
  reference?: Date | string,
): DateMatch[] {
  const opts = lang ? { lang } : {};
  const offsets: number[] = [];
  let at = 0;
  for (const b of blocks) {
    offsets.push(at);
    at += b.text.length + JOIN.length;
  }
  const isTitle = (b: Block) => b.text.includes(title);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.text.length > 400) continue;
    // the headline's own line (`<a>title</a><span>2020-07-04</span>`, run together without a
    // space, which findDates reads in CJK text): a date after the headline, which may name another day
    const at = isTitle(b) ? b.text.indexOf(title) + title.length : 0;
    if (at > 0 && b.text.length - at > 60) continue;
    const m = findDates(b.text, opts).find((d) => complete(d) && d.start >= at);
    const shift = offsets[i] as number;
    if (m) return [{ ...m, start: m.start + shift, end: m.end + shift }];
  }
  const masked = blocks.map((b) => (isTitle(b) ? " ".repeat(b.text.length) : b.text)).join(JOIN);
  const split = findDates(masked.slice(0, 2000), opts).filter(complete);
  if (split.length) return split;
  // "5 hours ago", "vor 2 Tagen": only against the caller's reference date, never the clock
  if (reference !== undefined) {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      // the headline may share the line ("Story title 5 hours ago"): read what is left of it
      const at = isTitle(b) ? b.text.indexOf(title) + title.length : 0;
      const rest = isTitle(b) ? b.text.slice(at) : b.text;
      if (rest.length > 60) continue;
      const m = parseDate(rest, { ...opts, reference });
      if (m && complete(m)) {
        const shift = (offsets[i] as number) + at;
        return [{ ...m, start: m.start + shift, end: m.end + shift }];
      }
    }
  }
  return findDates(
    blocks
      .map((b) => b.text)
      .join(JOIN)
      .slice(0, 2000),
    opts,
  ).filter(complete);
}

/** The blocks a date found in the joined text of a record spans ("Mar" "2" "2015" in three boxes). */
function blocksAt(blocks: Block[], m: DateMatch): Block[] {
  const out: Block[] = [];
  let at = 0;
  for (const b of blocks) {
    const end = at + b.text.length;
    if (m.start < end && m.end > at) out.push(b);
    at = end + JOIN.length;
  }
  return out;
}

// a short line of the record's header: the date with a label ("Apr 14, 2015 Press Release"), a category, "read more"
function isHeaderLine(b: Block, category: string | null, date: DateMatch | null): boolean {
  if (READ_MORE.test(b.text)) return true;
  if (category && b.text.endsWith(category) && b.text.length - category.length < 20) return true;
  const only = findDates(b.text);
  if (only.length === 1 && only[0]?.day === null && b.text.length - (only[0]?.text.length ?? 0) < 3)
    return true;
  if (b.linkChars >= b.text.length * 0.8 && b.text.length < 60) return true;
  if (date && b.text.includes(date.text) && b.text.length - date.text.length < 40) return true;
  return /^(issues?|tags?|categor(y|ies)|filed under|posted in)\s*:/i.test(b.text) && b.text.length < 200;
}

function categoryOf(r: Record): { text: string; span: Span } | null {
  for (const n of r.nodes) {
    if (!isElement(n)) continue;
    for (const e of [n, ...elements(n)]) {
      if (
        !/categor|rubri|section|\btype\b|field-type|kategor/.test(classId(e)) ||
        /views-row|item-?view/.test(classId(e))
      )
        continue;
      // "Published in Coalition News" (K2), "Filed under: Local"
      const text = textOf(e).replace(
        /^(published in|posted in|filed under|categor(y|ies)|kategorie|catégorie|categoria)\s*:?\s*/i,
        "",
      );
      const span = textSpan(e, Number.MAX_SAFE_INTEGER);
      if (span && text && text.length <= 40 && text !== textOf(r.anchor) && findDates(text).length === 0)
        return { text, span };
    }
  }
  return null;
}

function nodeStart(n: AnyNode): number {
  return n.startIndex ?? 0;
}

function nodeEnd(n: AnyNode, len: number): number {
  if (n.endIndex !== null) {
    const next = n.next;
    const end = n.endIndex + 1;
    return Math.min(len, next?.startIndex != null ? Math.min(end, next.startIndex) : end);
  }
  return len;
}

/** A site's root page ("https://example.org/", "/index.html"): its lists are its content. */
export function isHomePage(url: string | null): boolean {
  if (!url) return false;
  try {
    // "https://example.org//" (a theme joining base URL and path) is the root too
    return /^\/+(index\.\w+)?$/.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
