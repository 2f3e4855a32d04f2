import { parseDate } from "../dates/index.js";
import { FILTER_PHRASES } from "../lexicon/index.js";
import type { PageFilter, Pagination } from "../model/page.js";
import { absoluteUrl } from "../shared/url.js";
import { attr, classId, type Document, type Element, elements, textOf, textSpan } from "./dom.js";
import type { Found } from "./found.js";

/** Where pages put their pager and their breadcrumb trail (class or id words, ARIA labels). */
const NAV = {
  pager: /(^|[\s_-])(pagination|pager|page-numbers|nav-links|paging|pagenav|wp-pagenavi)([\s_-]|$)/,
  breadcrumb: /breadcrumb|crumbs/,
  next: /^(next|older|weiter|nächste|suivant|siguiente|successivo|volgende|下一页|›|»|>)(?!\p{L})/iu,
  previous:
    /^(prev|previous|newer|zurück|vorherige|précédent|anterior|precedente|vorige|上一页|‹|«|<)(?!\p{L})/iu,
  current: /(^|[\s_-])(current|active|selected)([\s_-]|$)/,
} as const;

/**
 * The pager of a listing: `<link rel="next|prev">` in the head, else the links of an element
 * classed as a pager ("Next", "Older posts", "»"), and the page number it marks as current.
 *
 * @example
 * readPagination(doc, html, "https://example.org/news?page=2"); // { next: "…?page=3", previous: "…?page=1", page: 2, span }
 */
export function readPagination(doc: Document, html: string, baseUrl: string | null): Pagination | null {
  let next: string | null = null;
  let previous: string | null = null;
  let page: number | null = null;
  let pager: Element | null = null;
  for (const el of elements(doc)) {
    const rel = (attr(el, "rel") ?? "").toLowerCase();
    if ((el.name === "link" || el.name === "a") && /\bnext\b/.test(rel))
      next ??= absoluteUrl(attr(el, "href"), baseUrl);
    if ((el.name === "link" || el.name === "a") && /\bprev(ious)?\b/.test(rel))
      previous ??= absoluteUrl(attr(el, "href"), baseUrl);
    if (!pager && el.name !== "body" && el.name !== "html" && NAV.pager.test(classId(el))) pager = el;
  }
  if (pager) {
    for (const el of elements(pager)) {
      const text = textOf(el);
      if (el.name === "a") {
        if (!next && NAV.next.test(text)) next = absoluteUrl(attr(el, "href"), baseUrl);
        if (!previous && NAV.previous.test(text)) previous = absoluteUrl(attr(el, "href"), baseUrl);
      }
      const marked = attr(el, "aria-current") === "page" || NAV.current.test(classId(el));
      if (page === null && marked && /^\d{1,5}$/.test(text)) page = Number(text);
    }
  }
  if (!next && !previous && page === null) return null;
  return {
    next,
    previous,
    page: page && page > 0 ? page : null,
    span: pager ? textSpan(pager, html.length) : null,
  };
}

/**
 * The breadcrumb trail: an element classed or labelled as breadcrumbs, its links and last item,
 * in order ("Home", "News", "Press releases").
 *
 * @example
 * readBreadcrumbs(doc, html).map((c) => c.value); // ["Home", "News"]
 */
export function readBreadcrumbs(doc: Document, html: string): Found[] {
  for (const el of elements(doc)) {
    const label = (attr(el, "aria-label") ?? "").toLowerCase();
    if (!NAV.breadcrumb.test(classId(el)) && !NAV.breadcrumb.test(label)) continue;
    const crumbs: Found[] = [];
    for (const item of elements(el)) {
      if (item.name !== "a" && item.name !== "li") continue;
      // a list item holding a link is read through its link
      if (item.name === "li" && [...elements(item)].some((e) => e.name === "a")) continue;
      const value = textOf(item).replace(/^[\s›»>/|·•-]+|[\s›»>/|·•-]+$/g, "");
      if (value && value.length <= 80) crumbs.push({ value, span: textSpan(item, html.length) });
    }
    if (crumbs.length > 0) return crumbs.slice(0, 12);
  }
  return [];
}

/**
 * Headings of archive pages that say what the listing is filtered to, per kind of filter: the
 * lexicon's phrases opening the heading (a category's only before a colon: "Category" alone
 * heads many a box).
 */
const FILTER_HEADINGS = (["search", "tag", "category", "date"] as const).map((kind) => {
  const list = FILTER_PHRASES.filter((p) => p.kind === kind).map((p) => p.phrase);
  const colon = kind === "category" ? "[:：]" : "[:：]?";
  return { kind, phrase: new RegExp(`^(?:${list.join("|")})(?!\\p{L})\\s*${colon}\\s*`, "iu") };
});

/** URL paths and queries of archive pages, per kind of filter (the slug or query is the filter). */
const FILTER_URLS: readonly { kind: "tag" | "category" | "search"; pattern: RegExp }[] = [
  { kind: "tag", pattern: /\/(?:tag|tags|etiqueta|schlagwort|stichwort|etichetta)\/([^/?#]+)/i },
  {
    kind: "category",
    pattern: /\/(?:category|categories|categoria|categorie|kategorie|rubrik|rubrique)\/((?:[^/?#]+\/?)+)/i,
  },
  { kind: "search", pattern: /[?&](?:s|q|query|search)=([^&#]+)/i },
];

/**
 * What a listing page is filtered to, as text dumps say it: its heading ("Tag: floods", "Archive for
 * March 2013", "Search results for: budget"), else its URL (`/tag/floods/`, `?s=budget`, `?m=200912`,
 * `/2013/03/`).
 *
 * @example
 * readFilter([{ value: "Monthly Archives: March 2013", span }], null); // { kind: "month", date: "2013-03", text: "March 2013", span }
 */
export function readFilter(headings: readonly (Found | null)[], url: string | null): PageFilter | null {
  for (const h of headings) {
    if (!h || h.value.length > 120) continue;
    for (const { kind, phrase } of FILTER_HEADINGS) {
      const m = phrase.exec(h.value);
      const rest = m ? h.value.slice(m[0].length).trim() : "";
      if (!m || !rest) continue;
      const at = within(h, rest);
      if (kind !== "date") return { kind, date: null, text: rest, span: at };
      const date = dateFilter(rest);
      if (date) return { ...date, text: rest, span: at };
    }
  }
  return url ? filterFromUrl(url) : null;
}

function filterFromUrl(url: string): PageFilter | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // WordPress's ?m=200912 (a month) or ?m=20091224 (a day): narrower than the category it may be in
  const m = /[?&]m=((?:19|20)\d\d)(0[1-9]|1[0-2])?(0[1-9]|[12]\d|3[01])?(?:&|$)/.exec(parsed.search);
  if (m) return byParts(m[1] as string, m[2], m[3], m[0].replace(/^[?&]|&$/g, ""));
  const path = `${parsed.pathname}${parsed.search}`;
  for (const { kind, pattern } of FILTER_URLS) {
    const found = pattern.exec(path);
    // nested categories (/category/topics/humor/): the last one is the page's
    const slug = found ? (found[1] as string).split("/").filter(Boolean).pop() : undefined;
    if (slug) return { kind, date: null, text: decodeSlug(slug), span: null };
  }
  // a path that ends in a year, a month or a day: /2013/, /2013/03/, /2013/03/29/
  const p = /\/((?:19|20)\d\d)(?:\/(0?[1-9]|1[0-2])(?:\/(0?[1-9]|[12]\d|3[01]))?)?\/?$/.exec(parsed.pathname);
  return p ? byParts(p[1] as string, p[2], p[3], p[0].replace(/^\/|\/$/g, "")) : null;
}

function byParts(year: string, month: string | undefined, day: string | undefined, text: string): PageFilter {
  const mm = month?.padStart(2, "0");
  const dd = day?.padStart(2, "0");
  if (mm && dd) return { kind: "date", date: `${year}-${mm}-${dd}`, text, span: null };
  if (mm) return { kind: "month", date: `${year}-${mm}`, text, span: null };
  return { kind: "year", date: year, text, span: null };
}

/** "March 2013" -> month 2013-03; "2013" -> year; "29 March 2013" -> date. */
function dateFilter(text: string): Pick<PageFilter, "kind" | "date"> | null {
  if (/^(?:18|19|20)\d\d$/.test(text)) return { kind: "year", date: text };
  const d = parseDate(text);
  if (!d) return null;
  return {
    kind: d.iso.length === 4 ? "year" : d.iso.length === 7 ? "month" : "date",
    date: d.iso.slice(0, 10),
  };
}

// the filter's text inside its heading, when the heading's span covers it as written
function within(h: Found, rest: string): Found["span"] {
  const { start, end } = h.span;
  const plain = end - start === h.value.length && h.value.endsWith(rest);
  return plain ? { start: end - rest.length, end } : h.span;
}

function decodeSlug(slug: string): string {
  let s = slug;
  try {
    s = decodeURIComponent(slug.replace(/\+/g, " "));
  } catch {
    // a malformed escape stays as written
  }
  return s.replace(/[-_]+/g, " ").trim();
}
