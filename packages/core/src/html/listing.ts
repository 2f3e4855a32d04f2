import type { DateMatch } from "../dates/index.js";
import { decideOrder, findDates, parseDate, toIso, withOrder } from "../dates/index.js";
import type { NewsItem } from "../model/page.js";
import { absoluteUrl } from "../shared/url.js";
import { itemId } from "../util/id.js";
import { type Block, collectBlocks, isBoilerplate } from "./blocks.js";
import {
  type AnyNode,
  attr,
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

/** Is this link text long enough to be a headline? */
function headline(text: string): boolean {
  return CJK.test(text) ? text.length >= 6 : text.length >= 12 && /\s/.test(text);
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

// the path of an element with class words that vary by row (views-row-2, odd, first) removed
function signature(el: Element): string {
  const parts: string[] = [];
  for (let e: ParentNode | null = el, d = 0; e && e.type !== "root" && d < 40; e = e.parent, d++) {
    const x = e as Element;
    const cls = (x.attribs.class ?? "")
      .toLowerCase()
      .split(/\s+/)
      .filter(
        (c) => c && !/\d|(^|[-_])(odd|even|first|last|active|current|alt|hover|clearfix|selected)$/.test(c),
      )
      .sort()
      .join(".");
    parts.push(cls ? `${x.name}.${cls}` : x.name);
  }
  return parts.join("<");
}

/**
 * The page's main list of dated, linked entries, or null when the page is not a listing. Known
 * markups (Joomla K2, WordPress, Drupal Views, Joomla category tables) are just repeated siblings
 * to this: headline links that share a path, each in a record of its own that also holds a date.
 */
export function findListing(
  doc: Document,
  html: string,
  meta: PageMeta,
  options: { baseUrl: string | null; lang: string | null; reference?: Date | string },
): Listing | null {
  const groups = new Map<string, Element[]>();
  for (const el of elements(doc)) {
    if (el.name !== "a" || !attr(el, "href")) continue;
    const text = textOf(el);
    if (!headline(text) || READ_MORE.test(text)) continue;
    const sig = signature(el);
    const list = groups.get(sig);
    if (list) list.push(el);
    else groups.set(sig, [el]);
  }
  let best: (Listing & { score: number }) | null = null;
  for (const anchors of groups.values()) {
    if (anchors.length < 3) continue;
    const furniture = anchors.filter(inFurniture).length;
    if (furniture > anchors.length / 2) continue;
    const records = recordsOf(anchors);
    if (!records) continue;
    const { items, ambiguity } = itemsOf(records, html, options);
    const dated = items.filter((i) => i.date !== null).length;
    if (dated < 3 || dated < items.length * 0.6) continue;
    const textLen = items.reduce((n, i) => n + (i.title?.length ?? 0) + i.paragraphs.join(" ").length, 0);
    const score = dated * Math.log(2 + textLen / items.length);
    if (!best || score > best.score) best = { items, ambiguity, score };
  }
  if (!best) return null;
  // an article page with a dated "recent posts" list stays an article
  const articleTyped = meta.types.some((t) => /article|posting|report/.test(t));
  if (articleTyped && best.items.length < 8) return null;
  return { items: best.items, ambiguity: best.ambiguity };
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
}

function itemsOf(
  records: Record[],
  html: string,
  options: { baseUrl: string | null; lang: string | null; reference?: Date | string },
): Listing {
  const len = html.length;
  const perRecord = records.map((r) => {
    const blocks = collectBlocks(r.parent, r.nodes).filter((b) => b.text);
    const joined = blocks.map((b) => b.text).join(JOIN);
    const times = r.nodes.flatMap((n) =>
      isElement(n) ? (n.name === "time" ? [n] : [...elements(n)].filter((e) => e.name === "time")) : [],
    );
    const machine =
      times.map((t) => attr(t, "datetime")).find((d) => d && /^\d{4}-\d\d-\d\d/.test(d)) ?? null;
    const found = datesOf(blocks, textOf(r.anchor), options.lang, options.reference);
    return { r, blocks, joined, machine, found };
  });
  const firsts = perRecord.flatMap((p) => p.found.slice(0, 1));
  const decision = decideOrder(firsts, { lang: options.lang });
  const order = decision.order;
  const unsettled =
    (decision.evidence === "locale" || decision.evidence === "default") && firsts.some((d) => d.ambiguous);
  const items = perRecord.map(({ r, blocks, machine, found }) => {
    const titleText = textOf(r.anchor);
    const first = found[0] ? withOrder(found[0], order) : null;
    const iso = machine
      ? machine.slice(0, 10)
      : first
        ? toIso({ year: first.year, month: first.month, day: first.day })
        : null;
    const dateBlocks = first ? blocksAt(blocks, first) : [];
    const dateBlock = dateBlocks[0] ?? null;
    const titleBlock = blocks.find((b) => b.text.includes(titleText)) ?? null;
    const category = categoryOf(r);
    const rest = blocks.filter(
      (b) => b !== titleBlock && !dateBlocks.includes(b) && !isHeaderLine(b, category?.text ?? null, first),
    );
    const paragraphs = rest.map((b) => b.text);
    const start = nodeStart(r.nodes[0] as AnyNode);
    const end = nodeEnd(r.nodes[r.nodes.length - 1] as AnyNode, len);
    const url = absoluteUrl(attr(r.anchor, "href"), options.baseUrl);
    const titleSpan = textSpan(r.anchor, len);
    return {
      id: itemId({ date: iso, title: titleText, text: paragraphs.join("\n"), url }),
      date: iso,
      dateText: first?.text ?? (machine ? machine : null),
      modified: null,
      title: titleText,
      category: category?.text ?? null,
      paragraphs,
      blocks: [],
      source: null,
      authors: [],
      url,
      image: null,
      lang: options.lang,
      span: { start, end: Math.max(start, end) },
      spans: {
        date: dateBlock
          ? { start: dateBlock.start, end: (dateBlocks[dateBlocks.length - 1] as Block).end }
          : null,
        title: titleSpan,
        category: category?.span ?? null,
        source: null,
        url: titleSpan,
        image: null,
        authors: [],
        paragraphs: rest.map((b) => ({ start: b.start, end: b.end })),
      },
    } satisfies NewsItem;
  });
  return { items, ambiguity: unsettled ? { order, evidence: decision.evidence } : null };
}

const JOIN = " \n ";

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
    if (isTitle(b) || b.text.length > 400) continue;
    const m = findDates(b.text, opts).find(complete);
    if (m) return [{ ...m, start: m.start + (offsets[i] as number), end: m.end + (offsets[i] as number) }];
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
