/**
 * @news/core: news pages in, validated news items out, every field with the span it came from.
 *
 * @example
 * import { parseText } from "@news/core";
 * const page = parseText("21 December 2017 In Coalition News\n\nThe delegation …");
 * page.items[0]?.date; // "2017-12-21"
 */

export {
  type DateMatch,
  type DateParts,
  type DateShape,
  type DayOrder,
  decideOrder,
  findDates,
  parseDate,
  toIso,
  withOrder,
} from "./dates/index.js";
export { type CharsetSource, contentTypeCharset, decodeDocument, sniffCharset } from "./decode/charset.js";
export { type Decoded, type DecodeOptions, decode } from "./decode/decode.js";
export { parseFeed } from "./feed/index.js";
export {
  CSV_COLUMNS,
  type CsvOptions,
  csvLine,
  type FeedFormat,
  type FeedItem,
  type FeedOptions,
  type FeedWriter,
  feedWriter,
  type ItemMarkdownOptions,
  itemsToAtom,
  itemsToJsonFeed,
  itemsToRss,
  itemToCsvRow,
  itemToMarkdown,
  type MarkdownOptions,
  oneLine,
  pageToCsv,
  pageToJsonLines,
  pageToMarkdown,
  pageToText,
  shownDate,
  stripControls,
  type TextOptions,
  toJsonLine,
} from "./format/index.js";
export { parseHtml } from "./html/index.js";
export { detectLang, languageModelMisses, loadLanguageModel } from "./lang/index.js";
export {
  BYLINE_LABELS,
  BYLINE_WORDS,
  bylineLabel,
  FILTER_PHRASES,
  type FilterPhraseKind,
  isNameParticle,
  NAME_PARTICLES,
  PUBLISHED_LABELS,
  UPDATE_LABELS,
} from "./lexicon/index.js";
export * from "./model/index.js";
export type { ParseOptions } from "./options.js";
export { detectFormat, type InputFormat, parse, parseDocument } from "./parse.js";
export { normalizeUrl, safeUrl, type UrlOptions } from "./shared/url.js";
export { parseText } from "./text/index.js";
export { itemId } from "./util/id.js";
