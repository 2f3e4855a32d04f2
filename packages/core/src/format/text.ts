import type { NewsItem, NewsPage } from "../model/page.js";
import { oneLine, stripControls } from "./clean.js";
import { shownDate } from "./date.js";

export interface TextOptions {
  /** Wrap paragraphs at this many characters; 0 leaves lines whole. Default 80. */
  width?: number;
  /** A first line naming the page (e.g. the file it came from) when printing several pages. */
  heading?: string;
}

/**
 * A NewsPage as plain text for a terminal: a short page header, then each item numbered with its
 * date and category, its paragraphs wrapped and indented, and its attribution.
 *
 * @example
 * import { parseText, pageToText } from "@news/core";
 * process.stdout.write(pageToText(parseText(text), { width: process.stdout.columns }));
 */
export function pageToText(page: NewsPage, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const head: string[] = [];
  if (options.heading) head.push(`==> ${oneLine(options.heading)} <==`);
  const title = page.section ?? page.title;
  if (title) head.push(oneLine(title));
  if (page.breadcrumbs.length > 0) head.push(page.breadcrumbs.map(oneLine).join(" > "));
  if (page.filter) head.push(`Filtered by ${page.filter.kind}: ${oneLine(page.filter.text)}`);
  if (page.url) head.push(oneLine(page.url));
  head.push(`${page.items.length} ${page.items.length === 1 ? "item" : "items"}`);
  const out = [head.join("\n")];
  page.items.forEach((item, i) => {
    out.push(itemToText(item, i + 1, width));
  });
  for (const w of page.warnings) out.push(`warning ${w.code}: ${oneLine(w.message)}`);
  return `${out.join("\n\n")}\n`;
}

function itemToText(item: NewsItem, n: number, width: number): string {
  const meta = [shownDate(item) ?? item.dateText ?? "undated", item.category]
    .filter(Boolean)
    .map((m) => oneLine(m!));
  const lines = [`[${n}] ${meta.join(" · ")}`];
  if (item.title) lines.push(...wrap(oneLine(item.title), width, "    "));
  if (item.authors.length > 0) lines.push(...wrap(`by ${oneLine(item.authors.join(", "))}`, width, "    "));
  item.paragraphs.forEach((p, i) => {
    const kind = item.blocks[i] ?? "paragraph";
    // consecutive list items read as one list: no blank line between them
    if (!(kind === "list-item" && item.blocks[i - 1] === "list-item")) lines.push("");
    const text = stripControls(p);
    if (kind === "code") lines.push(...text.split("\n").map((line) => `      ${line}`));
    else if (kind === "list-item") lines.push(...bullet(oneLine(text), width));
    else {
      const indent = kind === "quote" ? "    | " : "    ";
      for (const line of text.split("\n")) lines.push(...wrap(oneLine(line), width, indent));
    }
  });
  if (item.source) lines.push("", ...wrap(`(Source: ${oneLine(item.source)})`, width, "    "));
  if (item.url) lines.push(`    ${oneLine(item.url)}`);
  return lines.join("\n");
}

function bullet(text: string, width: number): string[] {
  return wrap(text, width, "      ").map((line, i) => (i === 0 ? `    • ${line.slice(6)}` : line));
}

/** Greedy word wrap; a word longer than the width (a URL, unspaced CJK) keeps its own line. */
function wrap(text: string, width: number, indent: string): string[] {
  if (text.length === 0) return [];
  if (width <= indent.length) return [indent + text];
  const room = width - indent.length;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line.length > 0 && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(indent + line);
  return lines;
}
