import type { Pagination } from "../model/page.js";
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
