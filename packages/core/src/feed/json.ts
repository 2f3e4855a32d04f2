import { decodeHTML } from "entities";
import { collectBlocks } from "../html/blocks.js";
import { parseHtmlDom } from "../html/dom.js";
import { NewsError } from "../model/errors.js";
import type { NewsItem, NewsPage } from "../model/page.js";
import type { Warning } from "../model/warning.js";
import type { ParseOptions } from "../options.js";
import { chromeAround } from "../shared/chrome.js";
import { readDate } from "../shared/pageDates.js";
import { absoluteUrl, pageUrlOf, safeUrl } from "../shared/url.js";
import { itemId } from "../util/id.js";

type Json = Record<string, unknown>;
type Span = { start: number; end: number };

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/**
 * The source range of each element of the top-level `"items"` array, by one scan that tracks
 * strings and nesting (JSON.parse gives no offsets).
 */
export function itemRanges(text: string): Span[] {
  const ranges: Span[] = [];
  let depth = 0;
  let inString = false;
  let itemsDepth = -1;
  let start = -1;
  let lastKey = "";
  let keyStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) {
        inString = false;
        if (keyStart !== -1) lastKey = text.slice(keyStart, i);
      }
      continue;
    }
    if (c === 34) {
      inString = true;
      keyStart = depth === 1 ? i + 1 : -1;
    } else if (c === 123 || c === 91) {
      if (c === 91 && depth === 1 && lastKey === "items") itemsDepth = depth + 1;
      else if (c === 123 && depth === itemsDepth) start = i;
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
      if (c === 125 && depth === itemsDepth && start !== -1) {
        ranges.push({ start, end: i + 1 });
        start = -1;
      }
      if (c === 93 && depth === itemsDepth - 1) itemsDepth = -1;
    } else if (c === 44 || c === 58) {
      if (c === 44) keyStart = -1;
    }
  }
  return ranges;
}

const JSON_FEED_VERSION = /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\//;

/**
 * True when the text is a JSON Feed, decided by parsing it (the `version` may come after the
 * items, its slashes may be escaped). JSON that does not parse counts when its start declares the
 * version, so a cut-off feed gets the feed parser's typed error rather than a reading as prose.
 *
 * @example
 * isJsonFeed('{"items":[],"version":"https:\\/\\/jsonfeed.org\\/version\\/1.1"}'); // true
 */
export function isJsonFeed(text: string): boolean {
  const start = text.trimStart().replace(/^\uFEFF/, "");
  if (!start.startsWith("{")) return false;
  try {
    const data = JSON.parse(start) as Json;
    return (
      !!data &&
      typeof data === "object" &&
      typeof data.version === "string" &&
      JSON_FEED_VERSION.test(data.version)
    );
  } catch {
    return /^\{[\s\S]*"version"\s*:\s*"https?:\\?\/\\?\/(?:www\.)?jsonfeed\.org/.test(start.slice(0, 8192));
  }
}

/** The item fields JSON Feed types as strings: a value of another type is ignored, and said so. */
const STRING_FIELDS = [
  "id",
  "url",
  "external_url",
  "title",
  "content_html",
  "content_text",
  "summary",
  "image",
  "banner_image",
  "date_published",
  "date_modified",
  "language",
] as const;

/** JSON Feed 1.0/1.1 (https://www.jsonfeed.org/version/1.1/). */
export function parseJsonFeed(
  text: string,
  options: ParseOptions,
  encoding: string,
  warnings: Warning[],
): NewsPage {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new NewsError("malformed-feed", "not a feed: the JSON does not parse", {}, cause);
  }
  const feed = data as Json;
  if (
    !feed ||
    typeof feed !== "object" ||
    !Array.isArray(feed.items) ||
    !JSON_FEED_VERSION.test(String(feed.version ?? ""))
  ) {
    throw new NewsError(
      "malformed-feed",
      "not a feed: JSON without a jsonfeed.org version and an items array",
    );
  }
  const ranges = itemRanges(text);
  const base = pageUrlOf(options) ?? safeUrl(str(feed.home_page_url));
  const lang = options.lang ?? (str(feed.language)?.slice(0, 2).toLowerCase() || null);
  const dateOptions = { lang, ...(options.reference ? { reference: options.reference } : {}) };
  const feedAuthors = authorsOf(feed);
  const items: NewsItem[] = [];
  let notObjects = 0;
  let badFields = 0;
  let empty = 0;
  (feed.items as unknown[]).forEach((raw, index) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
      notObjects++;
      return;
    }
    const it = raw as Json;
    for (const name of STRING_FIELDS)
      if (it[name] !== undefined && it[name] !== null && typeof it[name] !== "string") badFields++;
    const span = ranges[index] ?? { start: 0, end: 0 };
    // JSON Feed titles are plain text, yet publishers write entities in them (&#8216;, &amp;)
    const rawTitle = str(it.title);
    const title = rawTitle?.includes("&") ? decodeHTML(rawTitle) : rawTitle;
    const url = absoluteUrl(str(it.url) ?? str(it.external_url), base);
    const dateText = str(it.date_published);
    const date = dateText ? readDate(dateText, dateOptions) : null;
    const modifiedText = str(it.date_modified);
    const html = str(it.content_html);
    const plain = str(it.content_text) ?? str(it.summary);
    const paragraphs = html
      ? collectBlocks(parseHtmlDom(html)).map((b) => b.text)
      : (plain ?? "")
          .split(/\n\s*\n/)
          .map((p) => p.replace(/\s+/g, " ").trim())
          .filter(Boolean);
    const image = absoluteUrl(str(it.image) ?? str(it.banner_image), base);
    if (!title && !url && paragraphs.length === 0 && !image) {
      empty++;
      return;
    }
    const authors = authorsOf(it);
    const tags = Array.isArray(it.tags) ? it.tags.filter((t): t is string => typeof t === "string") : [];
    const at = (value: string | null): Span | null => {
      if (!value) return null;
      const needle = JSON.stringify(value).slice(1, -1);
      const i = text.indexOf(needle, span.start);
      return i !== -1 && i + needle.length <= span.end ? { start: i, end: i + needle.length } : null;
    };
    items.push({
      id: itemId({ date: date?.iso ?? null, title, text: paragraphs.join("\n"), url }),
      date: date?.iso ?? null,
      dateText,
      modified: modifiedText ? (readDate(modifiedText, dateOptions)?.iso ?? null) : null,
      title,
      category: tags[0] ?? null,
      paragraphs,
      blocks: [],
      source: null,
      authors: authors.length ? authors : feedAuthors,
      url,
      image,
      lang: str(it.language)?.slice(0, 2).toLowerCase() ?? lang,
      span,
      spans: {
        date: at(dateText),
        title: at(rawTitle),
        category: at(tags[0] ?? null),
        source: null,
        url: at(str(it.url) ?? str(it.external_url)),
        image: at(str(it.image)),
        authors: authors.map((a) => at(a)).filter((s): s is Span => s !== null),
        paragraphs: [],
      },
    });
  });
  if (empty > 0) {
    warnings.push({
      code: "dropped-entry",
      message: `${empty} ${empty === 1 ? "item has" : "items have"} no title, link or text and ${empty === 1 ? "was" : "were"} left out`,
      span: null,
      count: empty,
    });
  }
  if (notObjects > 0) {
    warnings.push({
      code: "dropped-entry",
      message: `${notObjects} ${notObjects === 1 ? "item is" : "items are"} not a JSON object and ${notObjects === 1 ? "was" : "were"} left out`,
      span: null,
      count: notObjects,
    });
  }
  if (badFields > 0) {
    warnings.push({
      code: "dropped-entry",
      message: `${badFields} item ${badFields === 1 ? "field is" : "fields are"} not a string as JSON Feed requires (a number or list where text belongs) and ${badFields === 1 ? "was" : "were"} ignored`,
      span: null,
      count: badFields,
    });
  }
  if (items.length === 0)
    warnings.push({ code: "no-items", message: "the feed has no entries", span: null, count: null });
  return {
    kind: "feed",
    section: null,
    breadcrumbs: [],
    filter: null,
    title: str(feed.title),
    url: absoluteUrl(str(feed.home_page_url), pageUrlOf(options)) ?? pageUrlOf(options),
    lang,
    items,
    warnings,
    chrome: chromeAround(items, text.length),
    spans: { section: null, breadcrumbs: [] },
    inputInfo: { format: "feed", encoding, length: text.length },
  };
}

function authorsOf(o: Json): string[] {
  const list = Array.isArray(o.authors) ? o.authors : o.author ? [o.author] : [];
  return list
    .map((a) => (a && typeof a === "object" ? str((a as Json).name) : str(a)))
    .filter((n): n is string => n !== null);
}
