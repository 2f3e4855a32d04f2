import { findDates, toIso } from "../dates/index.js";
import { decodeDocument } from "../decode/charset.js";
import { detectLang } from "../lang/index.js";
import { isNewsError } from "../model/errors.js";
import type { NewsItem, NewsPage } from "../model/page.js";
import type { Warning } from "../model/warning.js";
import type { ParseOptions } from "../options.js";
import { chromeAround } from "../shared/chrome.js";
import { dateFromUrl, readDate } from "../shared/pageDates.js";
import { pageUrlOf } from "../shared/url.js";
import { itemId } from "../util/id.js";
import { findMainBlocks } from "./article.js";
import type { Block } from "./blocks.js";
import { classId, type Document, elements, parseHtmlDom } from "./dom.js";
import { findListing } from "./listing.js";
import { cleanByline, cutSiteName, type Found, type PageMeta, readMeta, spacedText } from "./meta.js";

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
  const dateOptions = { lang, ...(options.reference ? { reference: options.reference } : {}) };

  // an undeclared language is read from the page's headings and paragraphs
  lang ??= detectLang(`${meta.h1s.map((h) => h.value).join(" ")} ${meta.title?.value ?? ""}`) ?? null;
  const listing = findListing(doc, html, meta, { baseUrl: pageUrl, ...dateOptions });
  const article = articleItem(doc, html, meta, pageUrl, lang, dateOptions);
  let items: NewsItem[];
  let kind: NewsPage["kind"];
  if (listing && !articleOutweighs(article, listing.items, meta)) {
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
  return {
    kind,
    section: section?.value ?? null,
    breadcrumbs: [],
    filter: null,
    title: meta.docTitle?.value ?? meta.title?.value ?? null,
    url: pageUrl,
    lang,
    items,
    warnings,
    chrome: chromeAround(items, html.length, section ? [{ kind: "section", span: section.span }] : []),
    spans: { section: section?.span ?? null, breadcrumbs: [] },
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
  const title = pickTitle(meta);
  const main = findMainBlocks(doc, title?.value ?? null);
  const blocks = main.body.filter((b) => !usedBy(b, meta));
  let date: { iso: string; text: string; span: Found["span"] } | null = null;
  if (meta.published) {
    const d = readDate(meta.published.value, dateOptions);
    if (d) date = { iso: d.iso, text: d.text, span: meta.published.span };
  }
  // the page's visible date wins: it is what readers (and editors) call the article's date
  const shown = visibleDate(main.all, blocks, title, dateOptions);
  if (shown) {
    // 02-12-2025 read either way: the declared dates say which
    const declared = [meta.published, meta.modified].map((f) =>
      f ? readDate(f.value, dateOptions)?.iso.slice(0, 10) : null,
    );
    declared.push(dateFromUrl(url));
    const swap = shown.alt && !declared.includes(shown.iso.slice(0, 10)) && declared.includes(shown.alt);
    // a line that says "Updated May 2" dates the revision: the declared publication is the date
    // a line showing the declared publication among other dates shows it as the date
    const alsoShown =
      declared[0] &&
      ![shown.iso.slice(0, 10), shown.alt].includes(declared[0]) &&
      shown.days.includes(declared[0]);
    if (!date || !(shown.updated || alsoShown)) date = swap ? { ...shown, iso: shown.alt as string } : shown;
  }
  // a date in the URL path is the publication's, and surer than a date-classed line anywhere
  if (!date && url) {
    const iso = dateFromUrl(url);
    if (iso) date = { iso, text: iso, span: { start: 0, end: 0 } };
  }
  date ??= classedDate(main.all, dateOptions) ?? signedDate(main.all, blocks, dateOptions);

  const byline =
    meta.authors.length === 0 ? (visibleByline(main.all, blocks, title) ?? anyByline(main.all)) : null;
  const authors = byline ? [byline] : meta.authors;
  const modified = meta.modified ? (readDate(meta.modified.value, dateOptions)?.iso ?? null) : null;
  const paragraphs = blocks.map((b) => b.text);
  const kinds = blocks.map((b) => b.kind);
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  const starts = [first?.start, title && inBody(title.span, html) ? title.span.start : undefined].filter(
    (n): n is number => n !== undefined,
  );
  const start = starts.length ? Math.min(...starts) : 0;
  const end = Math.max(last?.end ?? start, start);
  const titleValue = title?.value ?? null;
  return {
    id: itemId({ date: date?.iso ?? null, title: titleValue, text: paragraphs.join("\n"), url }),
    date: date?.iso ?? null,
    dateText: date?.text ?? null,
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
function articleOutweighs(article: NewsItem, listing: NewsItem[], meta: PageMeta): boolean {
  const inList = (s: { start: number }) =>
    listing.some((i) => s.start >= i.span.start && s.start < i.span.end);
  let own = 0;
  article.spans.paragraphs.forEach((s, k) => {
    const text = article.paragraphs[k] ?? "";
    if (text.length >= 80 && !inList(s)) own += text.length;
  });
  const listText = listing.reduce((n, i) => n + (i.title?.length ?? 0) + i.paragraphs.join(" ").length, 0);
  const typed = meta.types.some((t) => /article|posting|report/.test(t));
  return own > (typed ? 300 : Math.max(600, listText * 0.5));
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
  return common / Math.min(x.size, y.size);
}

/**
 * The visible headline (an `<h1>`) when it is like what the page declares, or when it is the
 * page's only one; else the declared title with the site name cut off.
 */
function pickTitle(meta: PageMeta): Found | null {
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
    if (h1s.length === 1 && (h1s[0] as Found).value.split(/\s+/).length >= 3) return h1s[0] as Found;
    return { ...declared, value: cutSiteName(declared.value) };
  }
  return h1s[0] ?? null;
}

function usedBy(b: Block, meta: PageMeta): boolean {
  if (meta.used.size === 0) return false;
  for (let e: Block["el"] | null = b.el, d = 0; e && d < 6; e = e.parent as Block["el"] | null, d++) {
    if (meta.used.has(e)) return b.text.length < 200;
  }
  return false;
}

/**
 * The date the page shows by its headline ("March 3, 2024", "Updated 2024-03-03", a `<time>`):
 * short blocks just above the title or between it and the body, nearest first.
 */
function visibleDate(
  all: Block[],
  body: Block[],
  title: Found | null,
  dateOptions: { lang: string | null; reference?: Date | string },
): {
  iso: string;
  text: string;
  span: Found["span"];
  alt?: string;
  updated: boolean;
  /** every day the line shows ("May 21, 2025 April 24, 2025": modified and published side by side) */
  days: string[];
} | null {
  const titleAt = title ? all.findIndex((b) => b.start >= title.span.start && b.start < title.span.end) : -1;
  const bodyAt = body[0] ? all.indexOf(body[0]) : -1;
  const anchor = titleAt !== -1 ? titleAt : bodyAt;
  if (anchor === -1) return null;
  const after = all.slice(anchor + 1, Math.min(all.length, anchor + 10));
  const before = all.slice(Math.max(0, anchor - 6), anchor).reverse();
  let revision: ReturnType<typeof visibleDate> = null;
  for (const b of [...after, ...before]) {
    if (b.text.length > 150 || (body.includes(b) && b.text.length > 80)) continue;
    const text = datelineText(b);
    const d = readDate(text, dateOptions);
    if (d && d.iso.length >= 10) {
      const time = timeIn(b);
      const machine = time ? readDate(time, dateOptions) : null;
      // the machine form only when it is the same day (a time zone can move it across midnight)
      const iso = machine && machine.iso.slice(0, 10) === d.iso.slice(0, 10) ? machine.iso : d.iso;
      const updated = UPDATED.test(text.slice(0, d.start));
      const found = {
        iso,
        text: d.text,
        span: { start: b.start, end: b.end },
        updated,
        days: findDates(text, dateOptions.lang ? { lang: dateOptions.lang } : {}).map(
          (m) => toIso({ year: m.year, month: m.month, day: m.day }) ?? "",
        ),
        ...(d.alt ? { alt: d.alt } : {}),
      };
      // an "Updated" line is kept only when no line nearby gives the original date
      if (!updated) return found;
      revision ??= found;
    }
  }
  return revision;
}

// "Health<span>DECEMBER 22, 2022</span><span>Updated: …" runs words into dates without the spaces
function datelineText(b: Block): string {
  const spaced = spacedText(b.el);
  return spaced.length <= b.text.length + 20 ? spaced : b.text;
}

// the label right before a date that makes it the revision's date, not the publication's
const UPDATED =
  /\b(updated|modified|edited|revised|aktualisiert|geändert|mis à jour|modifié|actualizado|actualización|aggiornato|bijgewerkt|atualizado|zaktualizowano|обновлено)\s*(on|am|le|el|il|op|em|:)?\s*:?\s*$/iu;

const BY = /^(written\s+by|posted\s+by|published\s+by|by|author|von|par|por|di|door|av)\b\s*:?\s*/i;

/** "By Jane Doe" (or "Written by" above "Jane Doe") in the short lines around the headline. */
function visibleByline(all: Block[], body: Block[], title: Found | null): Found | null {
  const titleAt = title ? all.findIndex((b) => b.start >= title.span.start && b.start < title.span.end) : -1;
  const anchor = titleAt !== -1 ? titleAt : body[0] ? all.indexOf(body[0]) : -1;
  if (anchor === -1) return null;
  const near = [
    ...all.slice(anchor + 1, anchor + 12),
    ...all.slice(Math.max(0, anchor - 5), anchor).reverse(),
  ];
  for (const b of near) {
    if (b.text.length > 100 || !BY.test(b.text)) continue;
    const rest = b.text.replace(BY, "");
    const next = all[all.indexOf(b) + 1];
    const value = cleanByline(rest || (next && next.text.length < 60 ? next.text : ""));
    if (value && value.length <= 60 && /^[\p{Lu}\p{Lo}]/u.test(value)) {
      return {
        value,
        span: rest
          ? { start: b.start, end: b.end }
          : { start: (next as Block).start, end: (next as Block).end },
      };
    }
  }
  return null;
}

const LABELLED = /^(written\s+by|posted\s+by|published\s+by|article\s+by|by|author)\b\s*:?\s*/i;
const AFTER_DATE =
  /\b(?:by|von|par|por)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|del)){0,4})/u;

/**
 * A byline anywhere in the page's own text when none is by the headline: "By Jane Doe" or
 * "Written by" above the name at the article's end, "03/01/2017 by Jane Doe" in a date line.
 */
function anyByline(all: Block[]): Found | null {
  for (const [k, b] of all.entries()) {
    if (b.text.length > 100 || b.boiler || b.furniture || /comment|reply/.test(classId(b.el))) continue;
    let value = "";
    if (LABELLED.test(b.text)) {
      const rest = b.text.replace(LABELLED, "");
      const next = all[k + 1];
      value = cleanByline(rest || (next && next.text.length < 60 ? next.text : ""));
      if (value && !rest && next) return nameOnly(value, next);
    } else if (findDates(b.text).length > 0) {
      value = AFTER_DATE.exec(b.text)?.[1] ?? "";
    }
    const found = value && nameOnly(cleanByline(value), b);
    if (found) return found;
  }
  return null;
}

// a person's name: two to five capitalised words (particles and initials allowed)
function nameOnly(value: string, b: Block): Found | null {
  const words = value.split(/\s+/);
  const ok =
    // labels and menus glued to the next word ("CategoryBy Manufacturer") are no names
    !/[:@/]|\p{Ll}By\b/u.test(value) &&
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || /^(and|&|van|von|de|der|da|del|di|du|la|le)$/.test(w));
  return ok ? { value, span: { start: b.start, end: b.end } } : null;
}

const DATE_CLASS = /date|time|posted|published|dateline|byline|meta/;

/** Last resort: a short block whose element (or its parent) is classed as a date, anywhere on the page. */
function classedDate(
  all: Block[],
  dateOptions: { lang: string | null; reference?: Date | string },
): { iso: string; text: string; span: Found["span"] } | null {
  for (const b of all) {
    if (b.text.length > 80 || b.boiler?.name === "footer" || b.furniture?.name === "footer") continue;
    const classes = `${classId(b.el)} ${b.el.parent && b.el.parent.type !== "root" ? classId(b.el.parent as Block["el"]) : ""}`;
    if (!DATE_CLASS.test(classes) || /comment|related|footer|copyright/.test(classes)) continue;
    const d = readDate(b.text, dateOptions);
    if (d && d.iso.length >= 10) return { iso: d.iso, text: d.text, span: { start: b.start, end: b.end } };
  }
  return null;
}

/** Blogs sign off below the text: "Posted on 15/12/2025 at 19:00 by Jane". */
function signedDate(
  all: Block[],
  body: Block[],
  dateOptions: { lang: string | null; reference?: Date | string },
): { iso: string; text: string; span: Found["span"] } | null {
  const last = body[body.length - 1];
  const end = last ? all.indexOf(last) : -1;
  if (end === -1) return null;
  // the sign-off is often the body's own last line
  for (const b of all.slice(Math.max(0, end - 1), end + 5)) {
    if (b.text.length > 150 || !SIGNED.test(b.text)) continue;
    const d = readDate(b.text, dateOptions);
    if (d && d.iso.length >= 10) return { iso: d.iso, text: d.text, span: { start: b.start, end: b.end } };
  }
  return null;
}

const SIGNED = /\b(posted|published|written|publié|publicado|pubblicato|veröffentlicht)\b/iu;

// a <time datetime> inside the block gives the machine-readable form of what it shows
function timeIn(b: Block): string | null {
  for (const el of elements(b.el)) {
    if (el.name !== "time") continue;
    const dt = el.attribs.datetime;
    if (dt && /^\d{4}-\d\d-\d\d/.test(dt)) return dt.trim();
  }
  return null;
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
