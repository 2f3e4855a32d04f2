import { decodeHTML } from "entities";
import { bylineLabel, labelBefore, UPDATE_LABELS } from "../lexicon/index.js";
import type { DateSource } from "../model/page.js";
import { absoluteUrl, urlPath } from "../shared/url.js";
import { cleanByline, splitNames } from "./bylines.js";
import { inCard, textWithin } from "./cards.js";
import {
  attr,
  classId,
  clean,
  type Document,
  type Element,
  elements,
  type ParentNode,
  textOf,
  textSpan,
} from "./dom.js";
import { attrSpan, type Found, spacedText, valueSpan, within } from "./found.js";
import {
  escapedLd,
  firstOf,
  firstStr,
  imageOf,
  type Json,
  namesOf,
  parseJson,
  pickArticle,
  str,
  typesOf,
} from "./jsonld.js";
import {
  ANY_MODIFIED_KEY,
  ANY_PUBLISHED_KEY,
  AUTHOR_PAGE,
  BYLINE_CLASS,
  FOREIGN_DATE_BOX,
  FOREIGN_DATE_TAGS,
  LD_KEYS,
  META_KEYS,
  NOT_BYLINE_CLASS,
  NOT_PUBLISHED_KEY,
  PUBLISHED_TIME_CLASS,
} from "./meta-keys.js";

export { cleanByline } from "./bylines.js";
export type { Found } from "./found.js";
export { spacedText } from "./found.js";

/** A declared date and which kind of declaration gave it. */
export interface FoundDate extends Found {
  source: DateSource;
}

/** Everything a page says about itself, by source, before reconciliation. */
export interface PageMeta {
  title: Found | null;
  /** `<title>` with the site name cut off. */
  docTitle: Found | null;
  h1s: Found[];
  /** `<h2>`s: a page whose `<h1>` names its section prints the headline in one. */
  h2s: Found[];
  authors: Found[];
  published: FoundDate | null;
  modified: Found | null;
  /** The revision the page shows in a `<time>` labelled as an update ("Updated <time>", "Last updated: <time>"). */
  shownUpdate: Found | null;
  section: Found | null;
  image: Found | null;
  canonical: string | null;
  lang: string | null;
  /** The locale's region when the page names one (`en-GB`: "GB"): English dates' day order. */
  region: string | null;
  siteName: string | null;
  /** JSON-LD / OpenGraph type, lower-cased ("newsarticle", "article", "website", "collectionpage"). */
  types: string[];
  /** Elements the metadata came from in the body (bylines, date lines) so the body can leave them out. */
  used: Set<Element>;
}

/** What one walk of the document collects for the field readers: no reader walks the page again. */
interface Sources {
  html: string;
  baseUrl: string | null;
  /** first `<meta>` per key (name, property or itemprop, lower-cased) */
  meta: Map<string, Element>;
  /** the JSON-LD node describing the article, parsed once, and the script it came from */
  article: { node: Json; byId: Map<string, Json> } | null;
  articleEl: Element | null;
  h1s: Found[];
  h2s: Found[];
  times: Element[];
  /** elements by itemprop (not `<meta>`), lower-cased */
  props: Map<string, Element[]>;
  bylines: Element[];
  /** links to an author's page (`/author/jane-doe`), in document order */
  authorLinks: Element[];
  /** `citation_author` tags in document order: a paper's whole author list */
  scholarAuthors: Element[];
  titleEl: Element | null;
  canonical: string | null;
  lang: string | null;
  used: Set<Element>;
}

/**
 * The page's metadata: one walk collects every source (`<meta>`, JSON-LD parsed once, microdata,
 * `<time>`, bylines, `<h1>`), then one reader per field reconciles them in its order of trust.
 */
export function readMeta(doc: Document, html: string, baseUrl: string | null): PageMeta {
  const src = collect(doc, html, baseUrl);
  const ogType = src.meta.get("og:type");
  const types = [
    ...(src.article ? typesOf(src.article.node) : []),
    ...(ogType ? [(attr(ogType, "content") ?? "").toLowerCase()] : []),
  ];
  const ogUrl = metaValue(src, META_KEYS.url)?.value ?? null;
  return {
    title: readTitle(src),
    docTitle: readDocTitle(src),
    h1s: src.h1s,
    h2s: src.h2s,
    authors: readAuthors(src),
    published: readPublished(src),
    modified: readModified(src),
    shownUpdate: readShownUpdate(src),
    section: readSection(src),
    image: readImage(src),
    canonical: src.canonical ?? (ogUrl ? absoluteUrl(ogUrl, baseUrl) : null),
    lang: normalizeLang(
      src.lang ?? metaValue(src, META_KEYS.lang)?.value ?? str(src.article?.node.inLanguage),
    ),
    region: regionOf([src.lang, metaValue(src, META_KEYS.lang)?.value, str(src.article?.node.inLanguage)]),
    siteName: metaValue(src, META_KEYS.siteName)?.value ?? null,
    types,
    used: src.used,
  };
}

function collect(doc: Document, html: string, baseUrl: string | null): Sources {
  const meta = new Map<string, Element>();
  const ld: { data: unknown; el: Element }[] = [];
  const h1s: (Found & { link: string | null })[] = [];
  const h2s: Found[] = [];
  const times: Element[] = [];
  const props = new Map<string, Element[]>();
  const bylines: Element[] = [];
  const authorLinks: Element[] = [];
  const scholarAuthors: Element[] = [];
  let titleEl: Element | null = null;
  let canonical: string | null = null;
  let lang: string | null = null;
  const len = html.length;

  for (const el of elements(doc)) {
    switch (el.name) {
      case "html":
        lang = attr(el, "lang") ?? attr(el, "xml:lang");
        break;
      case "meta": {
        const key = (attr(el, "property") ?? attr(el, "name") ?? attr(el, "itemprop") ?? "")
          .toLowerCase()
          .trim();
        if (key && attr(el, "content")?.trim() && !meta.has(key)) meta.set(key, el);
        if ((META_KEYS.scholarAuthors as readonly string[]).includes(key)) scholarAuthors.push(el);
        if (!lang && attr(el, "http-equiv")?.toLowerCase() === "content-language") lang = attr(el, "content");
        break;
      }
      case "link":
        if (!canonical && /\bcanonical\b/i.test(attr(el, "rel") ?? ""))
          canonical = absoluteUrl(attr(el, "href"), baseUrl);
        break;
      case "title":
        if (!titleEl && el.parent && (el.parent as Element).name !== "svg") titleEl = el;
        break;
      case "script":
        if (/ld\+json/i.test(attr(el, "type") ?? "")) {
          const data = parseJson(rawText(el));
          if (data !== undefined) ld.push({ data, el });
        }
        break;
      case "h1": {
        const value = textOf(el);
        if (value) h1s.push({ value, span: textSpan(el, len), link: wholeLink(el, value) });
        break;
      }
      case "h2": {
        const value = textOf(el);
        if (value) h2s.push({ value, span: textSpan(el, len) });
        break;
      }
      case "time":
        times.push(el);
        break;
      case "a":
        if (AUTHOR_PAGE.test(attr(el, "href") ?? "")) authorLinks.push(el);
        break;
    }
    const itemprop = attr(el, "itemprop");
    if (itemprop && el.name !== "meta") {
      for (const p of itemprop.toLowerCase().split(/\s+/)) {
        const list = props.get(p);
        if (list) list.push(el);
        else props.set(p, [el]);
      }
    }
    const ci = classId(el);
    if (ci && BYLINE_CLASS.test(ci) && !NOT_BYLINE_CLASS.test(ci)) bylines.push(el);
    else {
      const rel = el.attribs.rel;
      if (rel !== undefined && /\bauthor\b/i.test(rel)) bylines.push(el);
    }
  }

  const article = pickArticle(ld.map((x) => x.data));
  // a headline that links to another page is a card's (a "next in this guide" list), not the page's
  // (without the page's address only a link to the site's root, the logo's, is known to be another page)
  const own = [baseUrl, canonical].map(pagePath);
  const pageH1s = h1s
    .filter(
      (h) =>
        h.link === null ||
        // `<h1><a href="#">…</a></h1>`: a link to a place on this page is the page's own headline
        h.link.trim().startsWith("#") ||
        (baseUrl ? own.includes(pagePath(absoluteUrl(h.link, baseUrl))) : !SITE_ROOT.test(h.link)),
    )
    .map(({ value, span }) => ({ value, span }));
  const articleEl = article ? (ld.find((x) => contains(x.data, article.node))?.el ?? null) : null;
  return {
    html,
    baseUrl,
    meta,
    article,
    articleEl,
    h1s: pageH1s,
    h2s,
    times,
    props,
    bylines,
    authorLinks,
    scholarAuthors,
    titleEl,
    canonical,
    lang,
    used: new Set(),
  };
}

const SITE_ROOT = /^(?:\.?\/|https?:\/\/[^/?#]+\/?)(?:index\.\w+)?(?:[?#].*)?$/i;

/** The href of the one link that is an element's whole text, else null. */
function wholeLink(el: Element, text: string): string | null {
  const links = el.children.filter((c): c is Element => c.type === "tag");
  const only = links.length === 1 ? (links[0] as Element) : null;
  return only?.name === "a" && textOf(only) === text ? (attr(only, "href") ?? null) : null;
}

/** A URL's host and path, without a trailing slash: what tells two pages apart. */
function pagePath(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, "")}`;
  } catch {
    return null;
  }
}

function contains(root: unknown, target: Json): boolean {
  const stack = [root];
  let budget = 5000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (v === target) return true;
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === "object") stack.push(...Object.values(v));
  }
  return false;
}

// ---- one reader per field ----

/** The declared headline: JSON-LD, then OpenGraph, Twitter, Dublin Core. */
function readTitle(src: Sources): Found | null {
  return ldValue(src, firstOf(src.article?.node, LD_KEYS.title)) ?? metaValue(src, META_KEYS.title);
}

function readDocTitle(src: Sources): Found | null {
  if (!src.titleEl) return null;
  const value = cutSiteName(textOf(src.titleEl));
  return value ? { value, span: textSpan(src.titleEl, src.html.length) } : null;
}

/** People named by JSON-LD, then `<meta>`, microdata, visible bylines, escaped JSON-LD; an organisation last. */
function readAuthors(src: Sources): Found[] {
  const { html } = src;
  const len = html.length;
  const named = src.article ? namesOf(src.article.node.author, src.article.byId, splitNames) : [];
  const fromLd = (org: boolean) =>
    named
      .filter((n) => n.org === org)
      .map((n) => ldValue(src, n.name))
      .filter((f): f is Found => f !== null);
  const readers: (() => Found[])[] = [
    () => scholarAuthors(src),
    () => fromLd(false),
    () => {
      const f = metaValue(src, META_KEYS.authors);
      const value = f ? cleanByline(f.value) : "";
      const siteName = metaValue(src, ["og:site_name"])?.value ?? null;
      if (!f || !value || /^(https?:|www\.|@)/.test(value) || value === siteName) return [];
      return splitNames(value).map((v) => ({ value: v, span: f.span }));
    },
    () => {
      for (const el of src.props.get("author") ?? []) {
        const nameEl = propIn(el, "name") ?? el;
        const value = cleanByline(spacedText(nameEl) || attr(nameEl, "content") || "");
        if (value && value.length <= 80) {
          src.used.add(el);
          return [{ value, span: textSpan(nameEl, len) }];
        }
      }
      return [];
    },
    () => {
      for (const el of src.bylines) {
        // (a comment's author, a comment form's "Name *" field, a related card's writer: not the
        // article's)
        if (outsidePost(el)) continue;
        const raw = spacedText(el);
        // a wrapper classed "single-author" holds the page, not a byline
        if (raw.length > 600) continue;
        // (the first line, when the name has one: the outlet or the role under it is no name)
        const value = cleanByline(spacedText(el, true)) || cleanByline(raw);
        if (value && value.length <= 80 && /\p{Lu}|\p{Lo}/u.test(value) && !/^@/.test(value)) {
          const whole = textSpan(el, len);
          src.used.add(el);
          return splitNames(value).map((v) => ({ value: v, span: within(html, v, whole) }));
        }
      }
      return [];
    },
    () => labelledAuthor(src),
    () => authorPageLink(src),
    () => {
      const f = escapedLd(html, "author");
      const value = f ? cleanByline(clean(f.value)) : "";
      return f && value ? [{ value, span: f.span }] : [];
    },
    () => fromLd(true),
  ];
  for (const read of readers) {
    // (a template's empty value is no name, "name": "undefined", nor what it left of one,
    // "name": ", USA TODAY": the next reader is asked)
    const found = read().filter((f) => !NO_NAME.test(f.value));
    if (found.length > 0) return dedupe(found);
  }
  return [];
}

const NO_NAME = /^\s*(?:(?:undefined|null|none|n\/a)\s*$|[,;:|])/i;

/** A paper's authors from its `citation_author` tags, "Last, First" turned to "First Last". */
function scholarAuthors(src: Sources): Found[] {
  return src.scholarAuthors.flatMap((el) => {
    const span = attrSpan(el, "content", src.html);
    return clean(attr(el, "content") ?? "")
      .split(/\s*;\s*/)
      .map((name) => name.replace(/^([^,]+),\s*([^,]+)$/, "$2 $1"))
      .filter((value) => /\p{L}/u.test(value))
      .map((value) => ({ value, span }));
  });
}

/**
 * The first link to an author's page whose text is the name its address spells
 * (`<a href="/authors/emmanuel-oyibo">Emmanuel Oyibo</a>`): a byline without a class that says so.
 */
function authorPageLink(src: Sources): Found[] {
  for (const el of src.authorLinks) {
    const slug = AUTHOR_PAGE.exec(attr(el, "href") ?? "")?.[1] ?? "";
    const value = cleanByline(spacedText(el));
    if (value && foldedWords(value) === foldedWords(decodeURIComponentSafe(slug))) {
      src.used.add(el);
      return [{ value, span: textSpan(el, src.html.length) }];
    }
  }
  return [];
}

function foldedWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ");
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const WHOLE_BYLINE_LABEL = new RegExp(`${bylineLabel().source}$`, "iu");

/** A card's "Written by" label and the name beside it (`twitter:label1` / `twitter:data1`). */
function labelledAuthor(src: Sources): Found[] {
  const { labels, values, pairs } = META_KEYS.labelled;
  for (let n = 1; n <= pairs; n++) {
    const label = metaValue(src, [`${labels}${n}`]);
    if (!label || !WHOLE_BYLINE_LABEL.test(label.value)) continue;
    const f = metaValue(src, [`${values}${n}`]);
    const value = f ? cleanByline(f.value) : "";
    return f && value ? splitNames(value).map((v) => ({ value: v, span: f.span })) : [];
  }
  return [];
}

/** The declared publication: JSON-LD, `<meta>`, microdata, a `<time>`, any publish-like key, escaped JSON-LD. */
function readPublished(src: Sources): FoundDate | null {
  const { html } = src;
  const tag = <T extends Found | null>(f: T, source: DateSource): FoundDate | null =>
    f ? { ...f, source } : null;
  const fromMeta = metaValue(src, META_KEYS.published);
  // escaped JSON-LD is the last resort: searched only when nothing else answered
  const escaped = () => {
    const f = escapedLd(html, "datePublished");
    return f ? { ...f, value: clean(f.value) } : null;
  };
  return (
    tag(ldValue(src, firstOf(src.article?.node, LD_KEYS.published)), "json-ld") ??
    tag(fromMeta, "meta") ??
    tag(metaValue(src, META_KEYS.publishedFallback), "modified") ??
    tag(propDate(src, "datepublished"), "microdata") ??
    tag(timeDate(src), "time-element") ??
    tag(anyPublishedMeta(src), "meta") ??
    tag(escaped(), "json-ld")
  );
}

function readModified(src: Sources): Found | null {
  return (
    ldValue(src, firstOf(src.article?.node, LD_KEYS.modified)) ??
    metaValue(src, META_KEYS.modified) ??
    propDate(src, "datemodified")
  );
}

function readSection(src: Sources): Found | null {
  return ldValue(src, firstStr(src.article?.node.articleSection)) ?? metaValue(src, META_KEYS.section);
}

function readImage(src: Sources): Found | null {
  const found = ldValue(src, imageOf(src.article?.node.image)) ?? metaValue(src, META_KEYS.image);
  // an image link that is not http(s) (javascript:, data:) is no image of the model
  const url = found ? absoluteUrl(found.value, src.baseUrl) : null;
  return found && url ? { value: url, span: found.span } : null;
}

// ---- source accessors ----

function metaValue(src: Sources, keys: readonly string[]): Found | null {
  for (const key of keys) {
    const el = src.meta.get(key);
    const value = el && clean(attr(el, "content") ?? "");
    if (el && value) return { value, span: attrSpan(el, "content", src.html) };
  }
  return null;
}

function ldValue(src: Sources, value: string | null): Found | null {
  return value && src.articleEl
    ? { value: clean(decodeHTML(value)), span: valueSpan(src.articleEl, value, src.html) }
    : null;
}

function rawText(el: Element): string {
  let s = "";
  for (const c of el.children) if (c.type === "text") s += c.data;
  return s;
}

function dedupe(list: Found[]): Found[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = f.value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function propIn(el: Element, name: string): Element | null {
  for (const child of elements(el)) if ((attr(child, "itemprop") ?? "").toLowerCase() === name) return child;
  return null;
}

function anyPublishedMeta(src: Sources): Found | null {
  // a page's own keys ("published-time", "modified-date") may stamp the last save as "published":
  // a publication later than a declared modification is not the publication
  let firstModified: string | null = null;
  for (const [key, el] of src.meta) {
    const day = isoDay(attr(el, "content"));
    if (day && ANY_MODIFIED_KEY.test(key) && (!firstModified || day < firstModified)) firstModified = day;
  }
  for (const [key, el] of src.meta) {
    if (!ANY_PUBLISHED_KEY.test(key) || NOT_PUBLISHED_KEY.test(key)) continue;
    const value = clean(attr(el, "content") ?? "");
    const day = isoDay(value);
    if (day && firstModified && day > firstModified) continue;
    if (value && value.length < 80 && /\d/.test(value))
      return { value, span: attrSpan(el, "content", src.html) };
  }
  return null;
}

/** `2024-07-30…` as its day, for comparing declared dates; null for other forms. */
function isoDay(value: string | null | undefined): string | null {
  const m = value ? /^\s*(\d{4}-\d\d-\d\d)/.exec(value) : null;
  return m ? (m[1] as string) : null;
}

function propDate(src: Sources, prop: string): Found | null {
  for (const el of src.props.get(prop) ?? []) {
    const raw = attr(el, "datetime") ?? attr(el, "content");
    if (raw?.trim()) {
      src.used.add(el);
      return {
        value: raw.trim(),
        span: attrSpan(el, attr(el, "datetime") ? "datetime" : "content", src.html),
      };
    }
    const value = textOf(el);
    if (value) {
      src.used.add(el);
      return { value, span: textSpan(el, src.html.length) };
    }
  }
  return null;
}

/**
 * Is the element inside a box whose dates are not the article's (comments, sidebars, related posts,
 * navigation), or inside a WordPress post other than the page's own (a card of a related-posts grid)?
 */
export function inForeignBox(el: Element): boolean {
  return outsidePost(el);
}

// WordPress numbers every post: `<body class="single postid-32460">` for the page's own, `<article
// class="post-32605 post type-post">` for each post a template shows; a card of another number is
// another post's (a related-posts grid, a widget), whatever the theme calls its box
const WP_POST = /(?:^|\s)post-(\d+)(?:\s|$)/;
const WP_PAGE_POST = /(?:^|\s)postid-(\d+)(?:\s|$)/;

// one walk up for both questions: a post of another number, and a foreign box
function outsidePost(el: Element): boolean {
  let entry: string | null = null;
  for (let e: ParentNode | null = el.parent, d = 0; e && d < 40; e = e.parent, d++) {
    if (e.type === "root") break;
    const x = e as Element;
    // the classes of <body> and <html> describe the whole page and its theme ("tweak-related-products-…")
    if (x.name === "body") return entry !== null && otherPost(entry, x);
    if (x.name === "html") break;
    if (FOREIGN_DATE_TAGS.has(x.name)) return true;
    const ci = classId(x);
    if (ci && FOREIGN_DATE_BOX.test(ci)) return true;
    entry ??= ci ? (WP_POST.exec(ci)?.[1] ?? null) : null;
  }
  return false;
}

function otherPost(entry: string, body: Element): boolean {
  const page = pagePost(body);
  return page !== null && page !== entry;
}

// the page's own post number, when the page also marks its own post with it (a theme that wraps the
// post in a template of another number, tagDiv's `type-tdb_templates`, marks none: no card is told apart)
const pagePosts = new WeakMap<Element, string | null>();

function pagePost(body: Element): string | null {
  const cached = pagePosts.get(body);
  if (cached !== undefined) return cached;
  const page = WP_PAGE_POST.exec(body.attribs.class ?? "")?.[1] ?? null;
  const own = page === null ? null : new RegExp(`(?:^|\\s)post-${page}(?:\\s|$)`);
  const marked = own !== null && elements(body).some((e) => own.test(e.attribs.class ?? ""));
  const value = marked ? page : null;
  pagePosts.set(body, value);
  return value;
}

function timeDate(src: Sources): Found | null {
  // prefer a <time> that says it is the publication date; else the first one in the page
  // (a card of another story, a "More posts" box's dated headline, declares nothing of this page)
  const own = {
    path: src.baseUrl ? urlPath(src.canonical ?? src.baseUrl) : null,
    title: src.h1s[0]?.value ?? null,
  };
  // (the cheap tests first: a page of a thousand dated comments asks the walks up of few <time>s)
  const ok = (t: Element) => !inForeignBox(t) && !updateTime(t) && !inCard(t, own);
  const pick =
    src.times.find(
      (t) => PUBLISHED_TIME_CLASS.test(`${classId(t)} ${attr(t, "pubdate") !== null ? "pub" : ""}`) && ok(t),
    ) ?? src.times.find((t) => attr(t, "datetime") && ok(t));
  if (!pick) return null;
  src.used.add(pick);
  const dt = attr(pick, "datetime");
  return dt
    ? { value: dt.trim(), span: attrSpan(pick, "datetime", src.html) }
    : { value: textOf(pick), span: textSpan(pick, src.html.length) };
}

// `<time datetime="2025-12-17" class="byline__pubdate">Last Updated: Dec 17, 2025</time>`: whatever
// its class says, the text names the revision (the line near the headline is read as an update)
const UPDATE_TEXT = new RegExp(`^\\s*(?:last\\s+)?(?:${UPDATE_LABELS.join("|")})(?![\\p{L}\\p{N}])`, "iu");
// the label right before a date that makes it the revision's ("Updated", "Last updated:", "Stand:")
const UPDATE_BEFORE = labelBefore(UPDATE_LABELS);
// the wrappers themes give the revision's date, whatever the `<time>` inside is classed (Kadence's
// `<span class="updated-on"><time class="entry-date published updated">`), "last-updated", "date-modified"
const UPDATE_WRAPPER =
  /(?:^|[\s_-])(?:updated?-on|last-?updated|date-?updated|updated-?date|date-?modified|modified-?date|post-?modified|updated-?at)(?:$|[\s_-])/;

/**
 * Is this `<time>` the revision's, not the publication's: its text says so ("Last Updated: Dec 17"),
 * the words before it on its line do ("Updated <time>", "Last updated: <time>."), or the wrapper
 * a theme gives the update date does (`<span class="updated-on">`)?
 */
export function updateTime(t: Element): boolean {
  const own = textOf(t).trim();
  if (UPDATE_TEXT.test(own)) return true;
  let e: Element = t;
  for (let d = 0; d < 2; d++) {
    if (UPDATE_WRAPPER.test(classId(e))) return true;
    const parent = e.parent;
    if (!parent || parent.type === "root") return false;
    e = parent as Element;
    if (!textWithin(e, 200)) return false;
    const line = textOf(e);
    const at = line.indexOf(own);
    if (at > 0 && UPDATE_BEFORE.test(line.slice(0, at))) return true;
  }
  return UPDATE_WRAPPER.test(classId(e));
}

/** The first `<time>` outside comments and sidebars that the page labels as its last update. */
function readShownUpdate(src: Sources): Found | null {
  const pick = src.times.find((t) => !inForeignBox(t) && updateTime(t));
  if (!pick) return null;
  const dt = attr(pick, "datetime");
  return dt
    ? { value: dt.trim(), span: attrSpan(pick, "datetime", src.html) }
    : { value: textOf(pick), span: textSpan(pick, src.html.length) };
}

const SITE_SEPARATORS = /\s+[|–—·•»:-]\s+|\s+[-–—]\s*|\s*\|\s*/;

/** "Headline | Site" -> "Headline": keep the longest part when a separator splits the title. */
export function cutSiteName(title: string): string {
  const parts = title.split(SITE_SEPARATORS);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.split(/\s+/).length >= 3) return longest;
  // (in Chinese or Japanese, which spaces do not part, a first part of six characters or more and
  // the longest: "谷歌两年花170亿美元并购 超五大公司总和|苹果|谷歌|科技公司_业界_新浪科技_新浪网"; not a
  // section's name before a longer site name, "公司公告 - 东方阿尔法基金管理有限公司")
  return parts[0] === longest && IDEOGRAPH_HEADLINE.test(longest) ? longest : title;
}
const IDEOGRAPH_HEADLINE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{6}/u;

/** The region of the first locale that names one (`en-GB`, `en_AU`: "GB", "AU"), upper-case. */
function regionOf(locales: readonly (string | null | undefined)[]): string | null {
  for (const locale of locales) {
    const m = locale && /^\s*[a-zA-Z]{2,3}[-_]([a-zA-Z]{2})\b/.exec(locale);
    if (m) return (m[1] as string).toUpperCase();
  }
  return null;
}

function normalizeLang(lang: string | null | undefined): string | null {
  const m = lang && /^\s*([a-zA-Z]{2,3})(?:[-_]|$)/.exec(lang);
  return m ? (m[1] as string).toLowerCase() : null;
}
