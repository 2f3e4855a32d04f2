import { defaultOrder } from "../dates/index.js";
import { decodeDocument } from "../decode/charset.js";
import { detectLang } from "../lang/index.js";
import { isNewsError } from "../model/errors.js";
import type { Chrome, NewsItem, NewsPage } from "../model/page.js";
import type { Warning } from "../model/warning.js";
import type { ParseOptions } from "../options.js";
import { chromeAround } from "../shared/chrome.js";
import { readDate } from "../shared/pageDates.js";
import { pageUrlOf } from "../shared/url.js";
import { itemId } from "../util/id.js";
import { findMainBlocks } from "./article.js";
import { articleDate, articleUpdate } from "./article-date.js";
import { type Block, documentBlocks } from "./blocks.js";
import { anyByline, besideDate, visibleByline } from "./bylines.js";
import { type Document, parseHtmlDom } from "./dom.js";
import { type Found, within } from "./found.js";
import { findListing, isHomePage } from "./listing.js";
import { cutSiteName, type PageMeta, readMeta } from "./meta.js";
import { readBreadcrumbs, readFilter, readPagination } from "./page-nav.js";

/**
 * Parse an HTML page into a NewsPage: an article (one item: body blocks and reconciled metadata
 * from JSON-LD, OpenGraph, `<meta>`, microdata and visible bylines) or a listing (one item per
 * entry of the page's main list). Bytes are decoded by BOM, `contentType`, `<meta charset>`.
 *
 * @example
 * import { parseHtml } from "@news/core";
 * const page = parseHtml(html, { url: "https://example.org/news/1" });
 * page.kind; // "article"
 * page.items[0]?.title; // the headline
 */
export function parseHtml(input: string | Uint8Array, options: ParseOptions = {}): NewsPage {
  const decoded = decodeDocument(input, options, "html");
  return parseHtmlText(decoded.text, options, decoded.encoding, decoded.warnings);
}

/** Never throws on a string: a bug in a heuristic yields an empty page with a warning, not a crash. */
export function parseHtmlText(
  html: string,
  options: ParseOptions,
  encoding: string,
  warnings: Warning[],
): NewsPage {
  try {
    return extractHtml(html, options, encoding, [...warnings]);
  } catch (cause) {
    if (isNewsError(cause)) throw cause;
    return {
      kind: "article",
      section: null,
      breadcrumbs: [],
      filter: null,
      title: null,
      url: pageUrlOf(options),
      lang: options.lang ?? null,
      items: [],
      warnings: [
        ...warnings,
        {
          code: "fallback-extraction",
          message: `extraction failed on this page (${String((cause as Error)?.message ?? cause).slice(0, 200)}); no items`,
          span: null,
          count: null,
        },
      ],
      chrome: html.length ? [{ kind: "markup", span: { start: 0, end: html.length } }] : [],
      spans: { section: null, breadcrumbs: [] },
      inputInfo: { format: "html", encoding, length: html.length },
    };
  }
}

function extractHtml(html: string, options: ParseOptions, encoding: string, warnings: Warning[]): NewsPage {
  const doc = parseHtmlDom(html);
  const baseUrl = pageUrlOf(options);
  const meta = readMeta(doc, html, baseUrl);
  let lang = options.lang ?? meta.lang;
  const pageUrl = meta.canonical ?? baseUrl;
  // English outside North America writes 09/10/2024 for 9 October: the locale's region says so
  const order = lang && meta.region && defaultOrder(lang, meta.region) !== defaultOrder(lang) ? "dmy" : null;
  const dateOptions = {
    lang,
    ...(order ? { order } : {}),
    ...(options.reference ? { reference: options.reference } : {}),
  } as const;

  // an undeclared language is read from the page's headings and paragraphs
  lang ??= detectLang(`${meta.h1s.map((h) => h.value).join(" ")} ${meta.title?.value ?? ""}`) ?? null;
  // the document's blocks, walked once: the article's body and the listing's entries read them
  documentBlocks(doc);
  const article = articleItem(doc, html, meta, pageUrl, lang, dateOptions);
  // the lists' entries are read only when some list could outweigh the article
  const listing = findListing(
    doc,
    html,
    meta,
    { baseUrl: pageUrl, ...dateOptions },
    (spans, maxText) => !articleOutweighsAny(article, spans, maxText, meta, pageUrl),
  );
  let items: NewsItem[];
  let kind: NewsPage["kind"];
  if (listing && !articleOutweighs(article, listing.items, meta, pageUrl)) {
    kind = "listing";
    items = listing.items.map((i) => ({ ...i, lang: lang ?? null }));
    if (listing.ambiguity) {
      const { order, evidence } = listing.ambiguity;
      warnings.push({
        code: "ambiguous-date-order",
        message: `numeric dates fit both day/month orders; read as ${order === "dmy" ? "day/month" : "month/day"} (${evidence === "locale" ? "the page's language" : "no evidence on the page"})`,
        span: null,
        count: null,
      });
    }
  } else {
    kind = "article";
    items = [article];
    const item = article;
    if (item.paragraphs.length === 0) {
      warnings.push({
        code: "no-items",
        message: "no article text was found on the page",
        span: null,
        count: null,
      });
    }
  }
  // still unknown: the text itself says (headlines alone are often too short to tell)
  if (!lang) {
    const sample = items
      .flatMap((i) => [i.title ?? "", ...i.paragraphs])
      .join(" ")
      .slice(0, 2000);
    lang = detectLang(sample);
    if (lang) items = items.map((i) => ({ ...i, lang: i.lang ?? lang }));
  }
  // a listing's heading ("Press Releases") is the last <h1> above its first entry
  const firstStart = items[0]?.span.start ?? 0;
  const section =
    kind === "listing" ? ([...meta.h1s].reverse().find((h) => h.span.end <= firstStart) ?? null) : null;
  if (truncated(html)) {
    warnings.push({
      code: "truncated-input",
      message: "the HTML ends before its closing tags",
      span: null,
      count: null,
    });
  }
  // a listing's trail and pager are page fields, and chrome of their own kinds
  const crumbs = readBreadcrumbs(doc, html).filter((c) => !items.some((i) => overlaps(c.span, i.span)));
  const pagination = kind === "listing" ? readPagination(doc, html, pageUrl) : null;
  const labelled: Chrome[] = [
    ...(section ? [{ kind: "section" as const, span: section.span }] : []),
    ...(kind === "listing" && listing?.groupHeadings
      ? listing.groupHeadings
          .filter((span) => !items.some((i) => overlaps(span, i.span)))
          .map((span) => ({ kind: "group-heading" as const, span }))
      : []),
    ...crumbSpans(crumbs).map((span) => ({ kind: "breadcrumb" as const, span })),
    ...(pagination?.span && !items.some((i) => overlaps(pagination.span as Found["span"], i.span))
      ? [{ kind: "pagination" as const, span: pagination.span }]
      : []),
  ].sort((a, b) => a.span.start - b.span.start);
  return {
    kind,
    section: section?.value ?? null,
    breadcrumbs: crumbs.map((c) => c.value),
    filter: kind === "listing" ? readFilter([section, meta.docTitle], pageUrl) : null,
    ...(pagination ? { pagination } : {}),
    title: meta.docTitle?.value ?? meta.title?.value ?? null,
    url: pageUrl,
    lang,
    items,
    warnings,
    chrome: chromeAround(items, html.length, labelled),
    spans: { section: section?.span ?? null, breadcrumbs: crumbs.map((c) => c.span) },
    inputInfo: { format: "html", encoding, length: html.length },
  };
}

function articleItem(
  doc: Document,
  html: string,
  meta: PageMeta,
  url: string | null,
  lang: string | null,
  dateOptions: { lang: string | null; reference?: Date | string },
): NewsItem {
  const title = pickTitle(meta, html);
  const main = findMainBlocks(
    doc,
    title?.value ?? null,
    meta.authors.map((a) => a.value),
    url,
  );
  const blocks = main.body.filter((b) => !usedBy(b, meta));
  const date = articleDate(meta, main.all, blocks, title, url, dateOptions);

  const byline =
    meta.authors.length === 0
      ? (visibleByline(main.all, blocks, title) ??
        anyByline(main.all) ??
        (date && date.source !== "url" ? besideDate(main.all, date.span, title) : null))
      : null;
  // (each author's span the name where the source writes it as read, not the line, tag or script
  // it was read from: "By <strong>Md Aynal Haque", a JSON-LD graph)
  const authors = (byline ? [byline] : meta.authors).map((a) => ({
    value: a.value,
    span: within(html, a.value, a.span),
  }));
  // the declared update; else the one the page shows ("Updated <time>"), which an article dated
  // by its update alone also has as its `date`
  const modified = meta.modified
    ? (readDate(meta.modified.value, dateOptions)?.iso ?? null)
    : date?.source === "updated-line"
      ? date.iso
      : articleUpdate(meta, main.all, blocks, title, dateOptions);
  const paragraphs = blocks.map((b) => b.text);
  const kinds = blocks.map((b) => b.kind);
  // (blocks are in the order a reader sees them, which streamed pages write out of source order)
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const b of blocks) {
    first = Math.min(first, b.start);
    last = Math.max(last, b.end);
  }
  const starts = [
    blocks.length > 0 ? first : undefined,
    title && inBody(title.span, html) ? title.span.start : undefined,
  ].filter((n): n is number => n !== undefined);
  const start = starts.length ? Math.min(...starts) : 0;
  const end = Math.max(blocks.length > 0 ? last : start, start);
  const titleValue = title?.value ?? null;
  return {
    id: itemId({ date: date?.iso ?? null, title: titleValue, text: paragraphs.join("\n"), url }),
    date: date?.iso ?? null,
    dateText: date?.text ?? null,
    ...(date ? { dateSource: date.source } : {}),
    modified,
    title: titleValue,
    category: meta.section?.value ?? null,
    paragraphs,
    blocks: kinds.every((k) => k === "paragraph") ? [] : kinds,
    source: null,
    authors: authors.map((a) => a.value),
    url,
    image: meta.image?.value ?? null,
    lang: lang ?? null,
    span: { start, end },
    spans: {
      date: date && date.span.end > date.span.start ? date.span : null,
      title: title?.span ?? null,
      category: meta.section?.span ?? null,
      source: null,
      url: null,
      image: meta.image?.span ?? null,
      authors: authors.map((a) => a.span),
      paragraphs: blocks.map((b) => ({ start: b.start, end: b.end })),
    },
  };
}

/**
 * A page with one article and a list of dated links (related posts, a recent-news menu) is an
 * article: its own text, outside the list, outweighs the list's.
 */
function articleOutweighs(
  article: NewsItem,
  listing: NewsItem[],
  meta: PageMeta,
  url: string | null,
): boolean {
  const typed = declaresArticle(meta);
  // a site's home page is no article, whatever else it holds, even when its theme declares every
  // page an article (og:type "article" on a personal site's root); nor is a declared collection
  if (isHomePage(url) || (!typed && meta.types.some((t) => COLLECTION_TYPES.test(t)))) return false;
  const own = ownText(
    article,
    listing.map((i) => i.span),
  );
  const listText = listing.reduce(
    (n, i) => n + textWeight(i.title ?? "") + textWeight(i.paragraphs.join(" ")),
    0,
  );
  return own > (typed ? OWN_TEXT.typed : Math.max(OWN_TEXT.untyped, listText * OWN_TEXT.untypedListShare));
}

/**
 * Does the article outweigh any listing whose entries lie within `spans` and whose text is at most
 * `maxText()`? Its own text outside them all is no more than outside a listing's entries, and the
 * bar it must pass is no higher than for the longest listing.
 */
function articleOutweighsAny(
  article: NewsItem,
  spans: readonly Found["span"][],
  maxText: () => number,
  meta: PageMeta,
  url: string | null,
): boolean {
  const typed = declaresArticle(meta);
  if (isHomePage(url) || (!typed && meta.types.some((t) => COLLECTION_TYPES.test(t)))) return false;
  const own = ownText(article, spans);
  if (typed) return own > OWN_TEXT.typed;
  return own > OWN_TEXT.untyped && own > maxText() * OWN_TEXT.untypedListShare;
}

/**
 * Does the page say it is an article: a declared article type (JSON-LD, OpenGraph), or a headline
 * of a story's length shown in an `<h1>` as the `<title>` gives it (older pages declare nothing;
 * a listing's `<h1>` is a short name, "Press Releases")?
 */
function declaresArticle(meta: PageMeta): boolean {
  if (meta.types.some((t) => /article|posting|report/.test(t))) return true;
  const titles = [meta.title?.value, meta.docTitle ? cutSiteName(meta.docTitle.value) : undefined]
    .filter((t): t is string => t !== undefined)
    .map(norm);
  return meta.h1s.some((h) => titles.includes(norm(h.value)) && textWeight(h.value) >= HEADLINE_WEIGHT);
}
/** The least weight (textWeight) of a headline that shows a page is a story: six or seven words. */
const HEADLINE_WEIGHT = 40;

/** How much of its own text an article needs to outweigh a list (characters outside the list). */
const OWN_TEXT = { typed: 300, untyped: 600, untypedListShare: 0.5 };

/** The weight of the article's paragraphs of 80 or more (textWeight) that start outside every span. */
function ownText(article: NewsItem, spans: readonly Found["span"][]): number {
  const inList = (s: { start: number }) => spans.some((i) => s.start >= i.start && s.start < i.end);
  let own = 0;
  article.spans.paragraphs.forEach((s, k) => {
    const weight = textWeight(article.paragraphs[k] ?? "");
    if (weight >= 80 && !inList(s)) own += weight;
  });
  return own;
}

/**
 * A text's length in Latin characters' worth: a Chinese or Japanese character says what a word
 * does (three characters' worth), a Korean syllable half a word. A short Chinese story (Sina, 2014:
 * 315 characters) is as long as an English one of 900.
 */
function textWeight(text: string): number {
  let weight = text.length;
  for (const _ of text.matchAll(IDEOGRAPHS)) weight += 2;
  for (const _ of text.matchAll(HANGUL)) weight += 1;
  return weight;
}
const IDEOGRAPHS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;

/** Declared types (OpenGraph, JSON-LD) of home pages and collections: their list is their content. */
const COLLECTION_TYPES = /^(collectionpage|searchresultspage|blog)$/;

function overlaps(a: Found["span"], b: Found["span"]): boolean {
  return a.start < b.end && b.start < a.end;
}

// the crumbs as chrome ranges: nested or repeated ranges would be covered twice
function crumbSpans(crumbs: Found[]): Found["span"][] {
  const out: Found["span"][] = [];
  for (const c of [...crumbs].sort((a, b) => a.span.start - b.span.start)) {
    const last = out[out.length - 1];
    if (!last || c.span.start >= last.end) out.push(c.span);
  }
  return out;
}

function inBody(span: Found["span"], html: string): boolean {
  const body = html.search(/<body[\s>]/i);
  return body !== -1 && span.start > body;
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function words(s: string): Set<string> {
  return new Set(norm(s).split(" ").filter(Boolean));
}

function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  // (one word in common is a likeness where it opens or closes the longer text, the title's
  // subject, "Coffee | University of …", "Definition of restaurant"; not where it stands among
  // others, an <h1> "Discord" and a title naming Discord among other companies)
  if (common === 1 && Math.max(x.size, y.size) > 1) {
    const longer = norm(x.size > y.size ? a : b)
      .split(" ")
      .filter(Boolean);
    const shared = x.size > y.size ? y : x;
    if (!shared.has(longer[0] as string) && !shared.has(longer[longer.length - 1] as string)) return 0;
  }
  return common / Math.min(x.size, y.size);
}

/**
 * The visible headline (an `<h1>`) when it is like what the page declares, or when it is the
 * page's only one; else the declared title with the site name cut off.
 */
function pickTitle(meta: PageMeta, html: string): Found | null {
  const declared = meta.title ?? meta.docTitle;
  const h1s = meta.h1s.filter((h) => h.value.length >= 4 && h.value.length <= 300);
  if (declared) {
    let best: Found | null = null;
    let bestSim = 0;
    for (const h of h1s) {
      const sim = Math.max(
        similarity(h.value, declared.value),
        meta.docTitle ? similarity(h.value, meta.docTitle.value) : 0,
      );
      if (sim > bestSim) [best, bestSim] = [h, sim];
    }
    if (best && bestSim >= 0.5) return best;
    // the declared title printed as it reads in an <h2> is the headline, under an <h1> that names
    // the section ("Allergies Health Center" over "Babies Who Eat Peanuts Early May Avoid Allergy")
    const cut = norm(cutSiteName(declared.value));
    const shown = cut.length > 0 ? meta.h2s.find((h) => norm(h.value) === cut) : undefined;
    if (shown) return shown;
    // (a lone <h1> unlike the declared title is the headline, unless it ends as a box's lead-in or
    // a sentence does: "A message from John Furrier, co-founder of SiliconANGLE:")
    const lone = h1s.length === 1 ? (h1s[0] as Found) : null;
    if (lone && lone.value.split(/\s+/).length >= 3 && !/[:.]\s*$/.test(lone.value)) return lone;
    const value = cutSiteName(declared.value);
    return { value, span: partSpan(declared.span, value, html) };
  }
  return h1s[0] ?? null;
}

/**
 * The span of the part of a field that was kept ("Headline" of "Headline | Site"), when the
 * source writes it once as it reads (no character references in it); else the whole field's.
 */
function partSpan(span: Found["span"], part: string, html: string): Found["span"] {
  const source = html.slice(span.start, span.end);
  const at = source.indexOf(part);
  if (part.length === 0 || at < 0 || source.indexOf(part, at + 1) >= 0) return span;
  return { start: span.start + at, end: span.start + at + part.length };
}

function usedBy(b: Block, meta: PageMeta): boolean {
  if (meta.used.size === 0) return false;
  for (let e: Block["el"] | null = b.el, d = 0; e && d < 6; e = e.parent as Block["el"] | null, d++) {
    if (meta.used.has(e)) return b.text.length < 200;
  }
  return false;
}

function truncated(html: string): boolean {
  const tail = html.slice(-2048).toLowerCase();
  return (
    html.length > 0 &&
    /<html|<body/i.test(html.slice(0, 4096)) &&
    !tail.includes("</html") &&
    !tail.includes("</body")
  );
}
