import { decodeDocument } from "./decode/charset.js";
import { parseFeedText } from "./feed/index.js";
import { isJsonFeed } from "./feed/json.js";
import { parseHtmlText } from "./html/index.js";
import type { NewsPage } from "./model/page.js";
import type { ParseOptions } from "./options.js";
import { parseText } from "./text/index.js";

export type InputFormat = "text" | "html" | "feed";

/**
 * What a document is, by its content: a feed (RSS, RDF, Atom, JSON Feed), an HTML page, or a
 * plain-text dump. `contentType` only settles what the content leaves open.
 *
 * @example
 * detectFormat("<rss version=\"2.0\"><channel></channel></rss>"); // "feed"
 * detectFormat("<!doctype html><p>Hi</p>"); // "html"
 * detectFormat("21 December 2017\nThe delegation …"); // "text"
 */
export function detectFormat(text: string, contentType?: string): InputFormat {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, "");
  // skip the XML declaration, comments and processing instructions to the first element
  const start = head.replace(/^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, "");
  if (/^<(?:rss|feed|rdf:RDF|[\w-]+:feed)[\s/>]/i.test(start) || /^<!DOCTYPE\s+rss/i.test(start))
    return "feed";
  if (start.startsWith("{") && isJsonFeed(text)) return "feed";
  if (/^<!DOCTYPE\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(start)) return "html";
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (/(rss|atom|rdf)\+xml|feed\+json/.test(type)) return "feed";
  if (/html/.test(type)) return "html";
  // other XML (not XHTML) goes to the feed parser, which reads it or refuses it with a typed error
  if (/^<\?xml/i.test(head.trimStart()) && !/<html[\s>]/i.test(head)) return "feed";
  if (type === "text/plain") return "text";
  // markup that shapes the page: block tags, not a stray "<" in prose
  const tags = head.match(
    /<\/?(?:p|div|span|a|br|li|ul|table|tr|td|h[1-6]|article|section|meta|script|link|title|img)\b[^>]*>/gi,
  );
  if (tags && tags.length >= 3) return "html";
  return "text";
}

/**
 * Parse any news page: decodes bytes (BOM, `contentType` charset, `<meta charset>`, XML
 * declaration, then UTF-8), detects a text dump, an HTML page or a feed by content, and returns
 * the one NewsPage model whichever it was.
 *
 * @example
 * import { parse } from "@news/core";
 * const page = parse(bytes, { url: "https://example.org/news", contentType: "text/html; charset=gbk" });
 * page.inputInfo.format; // "html"
 * page.items.map((i) => i.title);
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): NewsPage {
  return parseDocument(input, options).page;
}

/**
 * `parse`, also giving back the decoded text that every span of the page indexes into: what
 * `enrich`, highlighters and span viewers need when the input was bytes.
 *
 * @example
 * import { parseDocument } from "@news/core";
 * import { enrich } from "@news/core/enrich";
 * const { page, text } = parseDocument(bytes);
 * const title = page.items[0]?.spans.title;
 * if (title) text.slice(title.start, title.end); // the headline as written in the source
 * enrich(page, { input: text });
 */
export function parseDocument(
  input: string | Uint8Array,
  options: ParseOptions = {},
): { page: NewsPage; text: string } {
  const decoded = decodeDocument(input, options);
  const format = detectFormat(decoded.text, options.contentType);
  const { text } = decoded;
  if (format === "feed")
    return { page: parseFeedText(text, options, decoded.encoding, decoded.warnings), text };
  if (format === "html")
    return { page: parseHtmlText(text, options, decoded.encoding, decoded.warnings), text };
  // the text parser decodes for itself: give it the decoded string and keep our encoding and warnings
  const page = parseText(text, options);
  const merged: NewsPage = {
    ...page,
    warnings: [
      ...decoded.warnings,
      ...page.warnings.filter((w) => w.code !== "invalid-bytes" && w.code !== "binary-input"),
    ],
    inputInfo: { ...page.inputInfo, encoding: decoded.encoding },
  };
  return { page: merged, text };
}
