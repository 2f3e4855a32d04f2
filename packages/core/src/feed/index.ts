import { parseDocument } from "htmlparser2";
import { decodeDocument } from "../decode/charset.js";
import { collectBlocks } from "../html/blocks.js";
import {
  type Element,
  elements,
  isElement,
  limitDepth,
  MAX_DEPTH,
  nodeSpan,
  parseHtmlDom,
  textOf,
} from "../html/dom.js";
import { isNewsError, NewsError } from "../model/errors.js";
import type { NewsItem, NewsPage } from "../model/page.js";
import type { Warning } from "../model/warning.js";
import type { ParseOptions } from "../options.js";
import { chromeAround } from "../shared/chrome.js";
import { readDate } from "../shared/pageDates.js";
import { absoluteUrl, normalizeUrl, pageUrlOf, safeUrl } from "../shared/url.js";
import { itemId } from "../util/id.js";
import { parseJsonFeed } from "./json.js";
import { assertSafeXml } from "./xml.js";

type Span = { start: number; end: number };

/**
 * Parse an RSS (0.9x, 1.0/RDF, 2.0), Atom or JSON Feed document into a NewsPage of kind "feed".
 * Throws `NewsError` `unsafe-xml` when the XML declares a DTD subset or entities, `malformed-feed` when
 * the input is not a feed.
 *
 * @example
 * import { parseFeed } from "@news/core";
 * const page = parseFeed('<rss version="2.0"><channel><title>News</title><item><title>Hi</title></item></channel></rss>');
 * page.items[0]?.title; // "Hi"
 */
export function parseFeed(input: string | Uint8Array, options: ParseOptions = {}): NewsPage {
  const decoded = decodeDocument(input, options, "feed");
  return parseFeedText(decoded.text, options, decoded.encoding, decoded.warnings);
}

/** Typed errors only: anything unexpected while reading a feed becomes `malformed-feed`. */
export function parseFeedText(
  text: string,
  options: ParseOptions,
  encoding: string,
  warnings: Warning[],
): NewsPage {
  try {
    return readFeed(text, options, encoding, warnings);
  } catch (cause) {
    if (isNewsError(cause)) throw cause;
    throw new NewsError("malformed-feed", "the feed could not be read", {}, cause);
  }
}

function readFeed(text: string, options: ParseOptions, encoding: string, warnings: Warning[]): NewsPage {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) return parseJsonFeed(text, options, encoding, warnings);
  assertSafeXml(text);
  const shallow = limitDepth(text);
  const doc = parseDocument(shallow, {
    xmlMode: true,
    withStartIndices: true,
    withEndIndices: true,
  });
  const root = doc.children.find(isElement);
  const rootName = root?.name.toLowerCase();
  if (!root || !rootName || !/^(rss|feed|rdf:rdf|rdf)$/.test(rootName.replace(/^[\w-]+:(?=feed$)/, ""))) {
    throw new NewsError(
      "malformed-feed",
      `not a feed: the root element is ${root ? `<${root.name}>` : "missing"}`,
    );
  }
  const atom = rootName.endsWith("feed");
  // the root's name as written (`a:feed`), before its own prefix is taken off: its close tag is looked for
  const rootTag = root.name;
  unprefixFeedNames(root, atom ? ATOM_NS : RSS1_NS);
  const channel = atom ? root : (childNamed(root, "channel") ?? root);
  const itemTag = atom ? "entry" : "item";
  const entries: Element[] = [];
  for (const el of elements(root)) if (local(el.name) === itemTag) entries.push(el);
  // relative links resolve against xml:base, else the feed's address, else the URL it says it has
  const base = pageUrlOf(options) ?? selfUrl(channel);
  const feedLang =
    options.lang ??
    lang(attrAny(root, "xml:lang") ?? textIn(channel, "language") ?? textIn(channel, "dc:language"));
  const dateOptions = { lang: feedLang, ...(options.reference ? { reference: options.reference } : {}) };
  const len = text.length;
  // the Atom feed's authors, or those an RSS channel names for all its items (a podcast's itunes:author)
  const feedAuthors = authorsOf(channel, len);
  const read: NewsItem[] = entries.map((entry) => {
    const entryBase = xmlBase(entry, base);
    const title = titleField(entry, atom, len);
    const linkEl = atom ? atomLink(entry) : childNamed(entry, "link");
    // links as written: collapsing the whitespace inside one would hide a tab in its scheme from the URL parser
    const linkValue = atom ? (linkEl?.attribs.href ?? null) : linkEl ? textOfRaw(linkEl) : null;
    const guid = childNamed(entry, "guid");
    const guidUrl = guid && guid.attribs.isPermaLink !== "false" ? textOfRaw(guid).trim() : null;
    const url = absoluteUrl(
      linkValue || (guidUrl && /^https?:/.test(guidUrl) ? guidUrl : null),
      linkEl ? xmlBase(linkEl, entryBase) : entryBase,
    );
    const dateField = field(
      entry,
      ["pubdate", "published", "dc:date", "issued", "created", "updated", "modified", "dcterms:created"],
      len,
    );
    const date = dateField ? readDate(rfc822FourDigitYear(dateField.value), dateOptions) : null;
    const modifiedField = field(entry, ["updated", "modified", "dcterms:modified"], len);
    const modified =
      modifiedField && modifiedField !== dateField
        ? (readDate(rfc822FourDigitYear(modifiedField.value), dateOptions)?.iso ?? null)
        : null;
    // an entry without an author has the feed's (RFC 4287 4.2.1; the channel's creator in RSS)
    const own = authorsOf(entry, len);
    const authors = own.length > 0 ? own : feedAuthors;
    const category =
      field(entry, ["category", "dc:subject"], len) ?? attrField(entry, "category", "term", len);
    const body =
      childNamed(entry, "content:encoded") ??
      childNamed(entry, "content") ??
      childNamed(entry, "description") ??
      childNamed(entry, "summary");
    const blocks = body ? htmlParagraphs(body, len, text) : [];
    const paragraphs = blocks.map((b) => b.text);
    const image = imageOf(entry, entryBase, len);
    // a podcast episode with nothing but its media file (no title, link, text or picture) is kept
    // at the file's address, where feed readers play it; an entry with a title keeps no link
    const media =
      !url && !title?.value && paragraphs.length === 0 && !image ? mediaEnclosure(entry, entryBase) : null;
    return {
      id: itemId({
        date: date?.iso ?? null,
        title: title?.value ?? null,
        text: paragraphs.join("\n"),
        url: url ?? media?.url ?? null,
      }),
      date: date?.iso ?? null,
      dateText: dateField?.value ?? null,
      modified,
      title: title?.value || null,
      category: category?.value ?? null,
      paragraphs,
      blocks: [],
      source: null,
      authors: authors.map((a) => a.value),
      url: url ?? media?.url ?? null,
      image: image?.value ?? null,
      lang: feedLang,
      span: nodeSpan(entry, len),
      spans: {
        date: dateField?.span ?? null,
        title: title?.span ?? null,
        category: category?.span ?? null,
        source: null,
        url: media ? nodeSpan(media.el, len) : linkEl ? nodeSpan(linkEl, len) : null,
        image: image?.span ?? null,
        authors: authors.map((a) => a.span),
        paragraphs: blocks.map((b) => b.span),
      },
    };
  });
  // an empty or self-closed <item/> is no entry: dropped, said so, and the entries after it keep their places
  const items = read.filter((i) => i.title || i.url || i.paragraphs.length > 0 || i.image);
  if (items.length < read.length) {
    const count = read.length - items.length;
    warnings.push({
      code: "dropped-entry",
      message: `${count} ${count === 1 ? "entry has" : "entries have"} no title, link or text and ${count === 1 ? "was" : "were"} left out`,
      span: null,
      count,
    });
  }
  if (shallow !== text || !closes(text, rootTag)) {
    warnings.push({
      code: "truncated-input",
      message:
        shallow !== text
          ? `the feed nests elements deeper than ${MAX_DEPTH} levels (unclosed entries); what lies deeper was not read`
          : `the feed ends before its closing </${rootTag}>`,
      span: null,
      count: null,
    });
  }
  if (items.length === 0)
    warnings.push({ code: "no-items", message: "the feed has no entries", span: null, count: null });
  const feedTitle = field(channel, ["title"], len);
  const channelLink = atom ? null : childNamed(channel, "link");
  const feedLink = atom ? atomLink(channel)?.attribs.href : channelLink ? textOfRaw(channelLink) : null;
  return {
    kind: "feed",
    section: null,
    breadcrumbs: [],
    filter: null,
    title: feedTitle?.value ?? null,
    url: absoluteUrl(feedLink ?? null, xmlBase(channel, base)) ?? base,
    lang: feedLang,
    items,
    warnings,
    chrome: chromeAround(items, len),
    spans: { section: null, breadcrumbs: [] },
    inputInfo: { format: "feed", encoding, length: len },
  };
}

// RFC 822, which RSS dates follow, writes the year in two digits (`03 Apr 02 15:00 GMT`), and
// some feeds drop the time's colon (`1500`)
const RFC822_SHORT_YEAR =
  /^\s*((?:\p{L}{2,4}\.?,?\s*)?\d{1,2}\s+\p{L}{3,4}\.?)\s+(\d\d)\s+(\d\d):?(\d\d)(:\d\d)?(\s*(?:[A-Za-z]{1,5}|[+-]\d{4}))?\s*$/u;

/**
 * An RSS date with a two-digit year, written with four (RFC 2822 4.3: 00-49 are 2000-2049, 50-99
 * are 1950-1999), so the date reader takes `02` for a year and not for a day or an hour.
 */
export function rfc822FourDigitYear(value: string): string {
  const m = RFC822_SHORT_YEAR.exec(value);
  if (!m) return value;
  const year = Number(m[2]);
  return `${m[1]} ${year < 50 ? 2000 + year : 1900 + year} ${m[3]}:${m[4]}${m[5] ?? ":00"}${m[6] ?? ""}`;
}

function local(name: string): string {
  return name.toLowerCase();
}

const ATOM_NS = "http://www.w3.org/2005/Atom";
const RSS1_NS = "http://purl.org/rss/1.0/";

/**
 * The extension vocabularies read here, by namespace URI, with the prefix this parser's names use.
 * A feed may bind any prefix to them (`xmlns:dca="http://purl.org/dc/elements/1.1/"`).
 */
const EXTENSION_PREFIXES: Record<string, string> = {
  "http://purl.org/dc/elements/1.1/": "dc",
  "http://purl.org/dc/terms/": "dcterms",
  "http://purl.org/rss/1.0/modules/content/": "content",
  "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
  "http://search.yahoo.com/mrss/": "media",
  "http://search.yahoo.com/mrss": "media",
  [ATOM_NS]: "atom",
};

const USUAL_PREFIXES = new Set(Object.values(EXTENSION_PREFIXES));

/**
 * Elements of the feed's own vocabulary written with a prefix (`<a:entry>`, `<p0:title>`) get
 * their plain names, so one set of names reads every spelling. Only prefixes bound to the root's
 * namespace: in RSS 2.0, `atom:link` stays an Atom link and never passes for the item's `<link>`.
 * Prefixes bound to a known extension vocabulary get the usual one (`dca:creator` is `dc:creator`).
 */
function unprefixFeedNames(root: Element, namespace: string): void {
  const renamed = new Map<string, string>();
  const all = [root, ...elements(root)];
  for (const el of all) {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (!name.startsWith("xmlns:")) continue;
      const prefix = name.slice(6).toLowerCase();
      const uri = value.trim();
      if (uri === namespace) renamed.set(prefix, "");
      else {
        // a prefix that is already one of the usual ones keeps its reading: `dc` bound to DC terms
        // (which has creator and date too) is still read as `dc`
        const usual = EXTENSION_PREFIXES[uri];
        if (usual && !USUAL_PREFIXES.has(prefix) && !renamed.has(prefix)) renamed.set(prefix, `${usual}:`);
      }
    }
  }
  if (renamed.size === 0) return;
  for (const el of all) {
    const colon = el.name.indexOf(":");
    const to = colon > 0 ? renamed.get(el.name.slice(0, colon).toLowerCase()) : undefined;
    if (to !== undefined) el.name = to + el.name.slice(colon + 1);
  }
}

/** The URL the feed says it is served from (`rel="self"`, in Atom or RSS), as a base for its relative links. */
function selfUrl(channel: Element): string | null {
  for (const c of channel.children) {
    if (isElement(c) && /^(atom:)?link$/.test(local(c.name)) && c.attribs.rel === "self")
      return safeUrl(c.attribs.href);
  }
  return null;
}

/** The base URL in force at `el`: every `xml:base` from the root down, resolved in turn. */
function xmlBase(el: Element, documentBase: string | null): string | null {
  const chain: string[] = [];
  for (let at: Element | null = el; at; at = at.parent && isElement(at.parent) ? at.parent : null) {
    const value = at.attribs["xml:base"];
    if (value !== undefined) chain.push(value);
  }
  let base = documentBase;
  for (let i = chain.length - 1; i >= 0; i--) base = normalizeUrl(chain[i], { base }) ?? base;
  return base;
}

/** True when the root element's close tag is there: a feed cut short is said to be. */
function closes(text: string, rootName: string): boolean {
  return text.lastIndexOf(`</${rootName}`) !== -1;
}

function childNamed(el: Element, name: string): Element | null {
  for (const c of el.children) if (isElement(c) && local(c.name) === name) return c;
  return null;
}

function attrAny(el: Element, name: string): string | null {
  return el.attribs[name] ?? null;
}

function textIn(el: Element, name: string): string | null {
  const c = childNamed(el, name);
  return c ? textOf(c) || null : null;
}

/** The first of `names` that is a child with text, with the span of that text. */
function field(el: Element, names: string[], len: number): { value: string; span: Span } | null {
  for (const name of names) {
    const c = childNamed(el, name);
    if (!c) continue;
    const value = textOf(c);
    if (value) return { value, span: innerSpan(c, len) };
  }
  return null;
}

/**
 * An entry's title as plain text. Atom says how it is written (`type="html"` is markup); RSS
 * readers treat RSS titles as HTML, so CDATA or escaped markup (`ft<sup>2</sup>`, `&lt;div&gt;`)
 * becomes its text, as they show it.
 */
function titleField(entry: Element, atom: boolean, len: number): { value: string; span: Span } | null {
  const title = field(entry, ["title", "dc:title"], len);
  if (!title) return null;
  const el = childNamed(entry, "title");
  const markup = atom ? el?.attribs.type === "html" : /[<&]/.test(title.value);
  if (!markup) return title;
  const value = textOf(parseHtmlDom(title.value));
  return value ? { value, span: title.span } : null;
}

function attrField(
  el: Element,
  name: string,
  attrName: string,
  len: number,
): { value: string; span: Span } | null {
  const c = childNamed(el, name);
  const value = c?.attribs[attrName]?.trim();
  return c && value ? { value, span: nodeSpan(c, len) } : null;
}

function innerSpan(el: Element, len: number): Span {
  const first = el.children[0];
  const last = el.children[el.children.length - 1];
  if (!first || !last || first.startIndex === null || last.endIndex === null) return nodeSpan(el, len);
  return { start: first.startIndex, end: Math.min(len, last.endIndex + 1) };
}

function atomLink(el: Element): Element | null {
  let fallback: Element | null = null;
  for (const c of el.children) {
    if (!isElement(c) || local(c.name) !== "link" || !c.attribs.href) continue;
    const rel = c.attribs.rel ?? "alternate";
    if (rel === "alternate") return c;
    fallback ??= c;
  }
  return fallback;
}

function authorsOf(entry: Element, len: number): { value: string; span: Span }[] {
  const out: { value: string; span: Span }[] = [];
  for (const c of entry.children) {
    if (!isElement(c)) continue;
    const name = local(c.name);
    if (name === "author" || name === "dc:creator" || name === "itunes:author") {
      const nameEl = childNamed(c, "name");
      let value = nameEl ? textOf(nameEl) : textOf(c);
      // RSS 2.0 author is "email (Name)"
      const m = /^\S+@\S+\s*\(([^)]+)\)$/.exec(value);
      if (m) value = (m[1] as string).trim();
      // a byline written as a label ("B.Z:") names its author without the colon
      value = value.replace(/\s*:$/, "");
      if (value && !out.some((a) => a.value === value))
        out.push({ value, span: innerSpan(nameEl ?? c, len) });
    }
  }
  return out;
}

/** An entry's enclosure that is no picture (audio, video, a document), with its address. */
function mediaEnclosure(entry: Element, base: string | null): { url: string; el: Element } | null {
  const el = childNamed(entry, "enclosure");
  const href = el?.attribs.url?.trim();
  if (!el || !href || /^image\//.test(el.attribs.type ?? "")) return null;
  const url = absoluteUrl(href, xmlBase(el, base));
  return url ? { url, el } : null;
}

function imageOf(entry: Element, base: string | null, len: number): { value: string; span: Span } | null {
  for (const c of entry.children) {
    if (!isElement(c)) continue;
    const name = c.name.toLowerCase();
    const url = c.attribs.url ?? c.attribs.href;
    if (
      url &&
      (name === "media:content" ||
        name === "media:thumbnail" ||
        (name === "enclosure" && /^image\//.test(c.attribs.type ?? "")))
    ) {
      const abs = absoluteUrl(url, base);
      if (abs) return { value: abs, span: nodeSpan(c, len) };
    }
    if (name === "media:group") {
      const inner = imageOf(c, base, len);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * Feed bodies are HTML (escaped or CDATA): their text blocks become the item's paragraphs. A body
 * that is one CDATA section maps block offsets straight into the source; an escaped one cannot, so
 * its paragraphs point at the whole element.
 */
export function htmlParagraphs(el: Element, len: number, source: string): { text: string; span: Span }[] {
  // Atom XHTML content is already a tree with offsets: its blocks are the paragraphs
  if (el.children.some(isElement))
    return collectBlocks(el).map((b) => ({ text: b.text, span: { start: b.start, end: b.end } }));
  const raw = textOfRaw(el);
  const html9 = (at: number) => source.startsWith("<![CDATA[", at);
  const whole = nodeSpan(el, len);
  if (!/[<&]/.test(raw)) {
    return raw
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .map((text) => ({ text, span: whole }));
  }
  const only = el.children.length === 1 ? el.children[0] : undefined;
  // the section's text starts after "<![CDATA[" (its text node carries no offsets of its own)
  const base =
    only?.type === "cdata" && only.startIndex !== null && html9(only.startIndex) ? only.startIndex + 9 : null;
  return collectBlocks(parseHtmlDom(raw)).map((b) => ({
    text: b.text,
    span: base === null ? whole : { start: base + b.start, end: Math.min(len, base + b.end) },
  }));
}

function textOfRaw(el: Element): string {
  let s = "";
  for (const c of el.children) {
    if (c.type === "text") s += c.data;
    else if (c.type === "cdata") {
      for (const t of c.children) if (t.type === "text") s += t.data;
    } else if (isElement(c)) s += textOf(c);
  }
  return s;
}

function lang(value: string | null): string | null {
  const m = value && /^\s*([a-zA-Z]{2,3})(?:[-_]|$)/.exec(value);
  return m ? (m[1] as string).toLowerCase() : null;
}
