import type { BlockKind, NewsItem, NewsPage } from "../model/page.js";
import { absoluteUrl, safeUrl } from "../shared/url.js";
import { oneLine, stripControls } from "./clean.js";
import { dateNote } from "./date.js";

export interface MarkdownOptions {
  /** A heading above the page (e.g. the file it came from) when rendering several pages. */
  heading?: string;
}

/**
 * A NewsPage as Markdown a person can read in a terminal or render: page heading, breadcrumbs
 * and filter, then one section per item with its date, category, paragraphs and attribution.
 *
 * @example
 * import { parseText, pageToMarkdown } from "@news/core";
 * pageToMarkdown(parseText(text)); // "# Coalition News\n\nHome › Media Center › …"
 */
export function pageToMarkdown(page: NewsPage, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const title = page.section ?? page.title;
  if (options.heading) out.push(`# ${inline(options.heading)}`);
  if (title) out.push(`${options.heading ? "##" : "#"} ${inline(title)}`);
  const about: string[] = [];
  if (page.breadcrumbs.length > 0) about.push(page.breadcrumbs.map(inline).join(" › "));
  if (page.filter) about.push(`Filtered by ${page.filter.kind}: ${inline(page.filter.text)}`);
  const pageLink = page.url ? link(page.url) : null;
  if (pageLink) about.push(pageLink);
  about.push(`${page.items.length} ${page.items.length === 1 ? "item" : "items"}`);
  out.push(about.join("  \n"));
  const headingLevel = options.heading ? 3 : 2;
  page.items.forEach((item, i) => {
    out.push(itemToMarkdown(item, { number: i + 1, headingLevel }).trimEnd());
  });
  if (page.warnings.length > 0) {
    out.push(page.warnings.map((w) => `> **warning** \`${w.code}\`: ${inline(w.message)}`).join("\n>\n"));
  }
  return `${out.join("\n\n")}\n`;
}

export interface ItemMarkdownOptions {
  /** Number the heading ("## 3. Title"); default none. */
  number?: number;
  /** `#`s of the item's heading, 1 to 6; default 2. */
  headingLevel?: number;
}

/**
 * One item as a Markdown section (heading, date line, paragraphs by kind of block, attribution,
 * link), for writers that stream items one at a time. Text from the page cannot inject HTML,
 * links, block markup or terminal escapes; only an http(s) URL becomes a link.
 *
 * @example
 * import { itemToMarkdown } from "@news/core";
 * for (const item of page.items) out.write(itemToMarkdown(item));
 */
export function itemToMarkdown(item: NewsItem, options: ItemMarkdownOptions = {}): string {
  const level = "#".repeat(Math.min(6, Math.max(1, options.headingLevel ?? 2)));
  const n = options.number === undefined ? "" : `${options.number}. `;
  const meta = [
    whenOf(item),
    item.category,
    item.authors.length > 0 ? `by ${item.authors.join(", ")}` : null,
  ].filter((m): m is string => !!m);
  const out = [
    item.title
      ? `${level} ${n}${inline(item.title)}`
      : `${level} ${n}${meta.length > 0 ? inline(meta.join(" · ")) : "Untitled"}`,
  ];
  if (item.title && meta.length > 0) out.push(`*${inline(meta.join(" · "))}*`);
  out.push(...item.paragraphs.map((p, i) => block(p, item.blocks[i] ?? "paragraph")));
  if (item.source) out.push(`— ${inline(item.source)}`);
  const itemLink = item.url ? link(item.url) : null;
  if (itemLink) out.push(itemLink);
  return `${out.join("\n\n")}\n\n`;
}

/** An autolink for an http(s) URL, a relative one as text; a script or file link stored earlier is left out. */
function link(url: string): string | null {
  const safe = safeUrl(url);
  if (safe) return `<${safe}>`;
  const relative = absoluteUrl(url, null);
  return relative ? inline(relative) : null;
}

// the date with the page's wording of it and a note on a date the page did not state as the
// publication's: "2024-03-19 (March 19, 2024; updated)"
function whenOf(item: NewsItem): string | null {
  if (!item.date) return item.dateText;
  const said = [item.dateText && item.dateText !== item.date ? item.dateText : null, dateNote(item)]
    .filter(Boolean)
    .join("; ");
  return said ? `${item.date} (${said})` : item.date;
}

// only what would change the rendering is escaped, so the raw text stays readable
function inline(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<]/g, "\\$&");
}

// a line that would open a heading, quote, list or rule stays text; CommonMark escapes only
// punctuation, so an ordered list's marker is escaped after its number ("1\. "), not before it
function blockStart(line: string): string {
  return line.replace(/^(#{1,6}\s|>|[-+]\s|={3,}|-{3,})/, "\\$1").replace(/^(\d{1,9})([.)]\s)/, "$1\\$2");
}

function block(text: string, kind: BlockKind): string {
  if (kind === "code") {
    const body = stripControls(text);
    // a fence longer than any backtick run inside keeps the code whole
    const fence = "`".repeat(Math.max(3, ...(body.match(/`+/g) ?? []).map((run) => run.length + 1)));
    return `${fence}\n${body}\n${fence}`;
  }
  const lines = stripControls(text)
    .split("\n")
    .map((line) => blockStart(inline(line)))
    .filter((line) => line.length > 0);
  if (kind === "heading") return `**${lines.join(" ")}**`;
  if (kind === "list-item") return `- ${lines.join("  \n  ")}`;
  if (kind === "quote") return lines.map((line) => `> ${line}`).join("  \n");
  return lines.join("  \n");
}
