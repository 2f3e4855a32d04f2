/**
 * Renderers of a NewsPage: pure functions from the model to Markdown, plain text, CSV, JSON
 * Lines and feeds (RSS, Atom, JSON Feed). No I/O: the CLI, the API and the archive export write what they return.
 *
 * @example
 * import { pageToMarkdown } from "@news/core";
 * const md = pageToMarkdown(page);
 */
export { oneLine, stripControls } from "./clean.js";
export { CSV_COLUMNS, type CsvOptions, csvLine, itemToCsvRow, pageToCsv } from "./csv.js";
export { shownDate } from "./date.js";
export {
  type FeedFormat,
  type FeedItem,
  type FeedOptions,
  type FeedWriter,
  feedWriter,
  itemsToAtom,
  itemsToJsonFeed,
  itemsToRss,
} from "./feeds.js";
export { pageToJsonLines, toJsonLine } from "./jsonl.js";
export {
  type ItemMarkdownOptions,
  itemToMarkdown,
  type MarkdownOptions,
  pageToMarkdown,
} from "./markdown.js";
export { pageToText, type TextOptions } from "./text.js";
