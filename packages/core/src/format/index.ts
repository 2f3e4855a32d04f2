/**
 * Renderers of a NewsPage: pure functions from the model to Markdown, plain text, CSV and JSON
 * Lines. No I/O: the CLI, the API and the archive export write what they return.
 *
 * @example
 * import { pageToMarkdown } from "@news/core";
 * const md = pageToMarkdown(page);
 */
export { CSV_COLUMNS, csvLine, itemToCsvRow, pageToCsv } from "./csv.js";
export { pageToJsonLines, toJsonLine } from "./jsonl.js";
export { type MarkdownOptions, pageToMarkdown } from "./markdown.js";
export { pageToText, type TextOptions } from "./text.js";
