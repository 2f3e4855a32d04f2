import type { NewsItem } from "../model/page.js";
import { safeUrl } from "../shared/url.js";

/** What describes a whole feed. `link` is the site the feed is about (RSS requires it). */
export interface FeedOptions {
  title: string;
  link: string;
  /** Where the feed itself is served: written as `rel="self"` (Atom, RSS) and `feed_url` (JSON Feed). */
  selfUrl?: string;
  description?: string;
  /** ISO time of the feed's last change; default now. Entries without a date fall back to it in Atom. */
  updated?: string;
  /**
   * Who publishes the feed: the Atom feed author every entry without one inherits (RFC 4287
   * requires an author for every entry); default the feed title.
   */
  author?: string;
}

/** An item to write: any NewsItem (an archive's stored item is one; its `firstSeen` dates undated Atom entries). */
export type FeedItem = NewsItem & { firstSeen?: string };

export type FeedFormat = "rss" | "atom" | "json";

/**
 * A feed written piece by piece, so an archive of any size streams: `head()`, one `entry()` per
 * item in order, then `tail()`. `itemsToRss`, `itemsToAtom` and `itemsToJsonFeed` are this on an array.
 *
 * @example
 * const feed = feedWriter("atom", { title: "News", link: "https://example.org/" });
 * let xml = feed.head();
 * for await (const item of archive.scan({})) xml += feed.entry(item);
 * xml += feed.tail();
 */
export interface FeedWriter {
  head(): string;
  entry(item: FeedItem): string;
  tail(): string;
}

/**
 * The writer of one feed format; see `FeedWriter`.
 *
 * @example
 * const rss = feedWriter("rss", { title: "News", link: "https://example.org/" });
 * rss.head() + items.map((i) => rss.entry(i)).join("") + rss.tail();
 */
export function feedWriter(format: FeedFormat, options: FeedOptions): FeedWriter {
  const updated = isoTime(options.updated ?? null) ?? new Date().toISOString();
  const link = safeUrl(options.link);
  const self = options.selfUrl === undefined ? null : safeUrl(options.selfUrl);
  if (format === "rss") return rssWriter(options, link, self, updated);
  if (format === "atom") return atomWriter(options, link, self, updated);
  return jsonFeedWriter(options, link, self);
}

/**
 * Items as an RSS 2.0 document: titles and authors (`dc:creator`), links, dates, categories and
 * the text as HTML paragraphs.
 *
 * @example
 * import { itemsToRss } from "@news/core";
 * writeFileSync("feed.xml", itemsToRss(page.items, { title: "News", link: "https://example.org/" }));
 */
export function itemsToRss(items: Iterable<FeedItem>, options: FeedOptions): string {
  return writeAll(feedWriter("rss", options), items);
}

/**
 * Items as an Atom 1.0 document (RFC 4287: every entry has an id, a title, an updated time and,
 * itself or through the feed, an author).
 *
 * @example
 * import { itemsToAtom } from "@news/core";
 * itemsToAtom(page.items, { title: "News", link: "https://example.org/", selfUrl: "https://example.org/atom.xml" });
 */
export function itemsToAtom(items: Iterable<FeedItem>, options: FeedOptions): string {
  return writeAll(feedWriter("atom", options), items);
}

/**
 * Items as a JSON Feed 1.1 document.
 *
 * @example
 * import { itemsToJsonFeed } from "@news/core";
 * JSON.parse(itemsToJsonFeed(page.items, { title: "News", link: "https://example.org/" })).items.length;
 */
export function itemsToJsonFeed(items: Iterable<FeedItem>, options: FeedOptions): string {
  return writeAll(feedWriter("json", options), items);
}

function writeAll(writer: FeedWriter, items: Iterable<FeedItem>): string {
  let out = writer.head();
  for (const item of items) out += writer.entry(item);
  return out + writer.tail();
}

function rssWriter(
  options: FeedOptions,
  link: string | null,
  self: string | null,
  updated: string,
): FeedWriter {
  return {
    head: () =>
      lines([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        `<title>${xml(options.title)}</title>`,
        `<link>${xml(link ?? "")}</link>`,
        `<description>${xml(options.description ?? options.title)}</description>`,
        self ? `<atom:link href="${xml(self)}" rel="self" type="application/rss+xml"/>` : "",
        `<lastBuildDate>${new Date(updated).toUTCString()}</lastBuildDate>`,
      ]),
    entry: (item) => {
      const url = safeUrl(item.url);
      const date = isoTime(item.date);
      return lines([
        "<item>",
        // RSS readers read titles as HTML: escape the text as HTML, then as XML
        `<title>${xml(html(titleOf(item)))}</title>`,
        url ? `<link>${xml(url)}</link>` : "",
        `<guid isPermaLink="false">${xml(item.id)}</guid>`,
        date ? `<pubDate>${new Date(date).toUTCString()}</pubDate>` : "",
        ...authorsOf(item).map((name) => `<dc:creator>${xml(name)}</dc:creator>`),
        item.category ? `<category>${xml(item.category)}</category>` : "",
        `<description>${xml(paragraphsHtml(item))}</description>`,
        "</item>",
      ]);
    },
    tail: () => "</channel>\n</rss>\n",
  };
}

function atomWriter(
  options: FeedOptions,
  link: string | null,
  self: string | null,
  updated: string,
): FeedWriter {
  return {
    head: () =>
      lines([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        `<title type="text">${xml(options.title)}</title>`,
        options.description ? `<subtitle type="text">${xml(options.description)}</subtitle>` : "",
        `<id>${xml(self ?? link ?? `urn:news-feed:${encodeURIComponent(options.title)}`)}</id>`,
        `<updated>${updated}</updated>`,
        link ? `<link rel="alternate" href="${xml(link)}"/>` : "",
        self ? `<link rel="self" type="application/atom+xml" href="${xml(self)}"/>` : "",
        // entries without an author inherit this one, so every entry has one (RFC 4287 4.1.1)
        `<author><name>${xml(options.author ?? options.title)}</name></author>`,
      ]),
    entry: (item) => {
      const url = safeUrl(item.url);
      const published = isoTime(item.date);
      const entryUpdated = isoTime(item.modified) ?? published ?? isoTime(item.firstSeen ?? null) ?? updated;
      return lines([
        "<entry>",
        `<title type="text">${xml(titleOf(item))}</title>`,
        `<id>urn:news-item:${xml(item.id)}</id>`,
        `<updated>${entryUpdated}</updated>`,
        published ? `<published>${published}</published>` : "",
        url ? `<link rel="alternate" href="${xml(url)}"/>` : "",
        ...authorsOf(item).map((name) => `<author><name>${xml(name)}</name></author>`),
        item.category ? `<category term="${xml(item.category)}"/>` : "",
        `<content type="html">${xml(paragraphsHtml(item))}</content>`,
        "</entry>",
      ]);
    },
    tail: () => "</feed>\n",
  };
}

function jsonFeedWriter(options: FeedOptions, link: string | null, self: string | null): FeedWriter {
  let count = 0;
  return {
    head: () => {
      count = 0;
      const head = JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: options.title,
        ...(link ? { home_page_url: link } : {}),
        ...(self ? { feed_url: self } : {}),
        ...(options.description ? { description: options.description } : {}),
        ...(options.author ? { authors: [{ name: options.author }] } : {}),
      });
      return `${head.slice(0, -1)},"items":[\n`;
    },
    entry: (item) => {
      const url = safeUrl(item.url);
      const image = safeUrl(item.image);
      const published = isoTime(item.date);
      const modified = isoTime(item.modified);
      const authors = authorsOf(item);
      const entry = {
        id: item.id,
        ...(url ? { url } : {}),
        title: titleOf(item),
        content_html: paragraphsHtml(item),
        content_text: item.paragraphs.join("\n\n"),
        ...(image ? { image } : {}),
        ...(published ? { date_published: published } : {}),
        ...(modified ? { date_modified: modified } : {}),
        ...(authors.length > 0 ? { authors: authors.map((name) => ({ name })) } : {}),
        ...(item.category ? { tags: [item.category] } : {}),
        ...(item.lang ? { language: item.lang } : {}),
      };
      return `${count++ === 0 ? "" : ",\n"}${JSON.stringify(entry)}`;
    },
    tail: () => "\n]}\n",
  };
}

function lines(parts: string[]): string {
  return `${parts.filter(Boolean).join("\n")}\n`;
}

/** The item's authors, else who issued it: a feed reader shows a name either way. */
function authorsOf(item: FeedItem): string[] {
  const names = item.authors.map((a) => a.trim()).filter(Boolean);
  if (names.length > 0) return names;
  return item.source?.trim() ? [item.source.trim()] : [];
}

function titleOf(item: FeedItem): string {
  if (item.title) return item.title;
  const text = item.paragraphs.join(" ").replace(/\s+/g, " ").trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text || item.id;
}

/** One `<p>` per paragraph, so readers keep the breaks; line breaks inside a paragraph become `<br>`. */
function paragraphsHtml(item: FeedItem): string {
  return item.paragraphs.map((p) => `<p>${html(p).replace(/\r?\n/g, "<br>")}</p>`).join("\n");
}

function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// XML 1.0 forbids most control characters and lone surrogates even when escaped: drop them
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function isoTime(date: string | null | undefined): string | null {
  if (!date) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
