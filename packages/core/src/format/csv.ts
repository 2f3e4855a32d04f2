import type { NewsItem, NewsPage } from "../model/page.js";

/** The columns of `itemToCsvRow`, in order. */
export const CSV_COLUMNS = [
  "id",
  "date",
  "dateText",
  "title",
  "category",
  "source",
  "authors",
  "url",
  "lang",
  "text",
] as const;

/**
 * One RFC 4180 CSV line (CRLF-terminated) from cell values; null is an empty cell.
 *
 * @example
 * csvLine(["a", 'say "hi"', null, 3]); // 'a,"say ""hi""",,3\r\n'
 */
export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * An item as one CSV line in the order of `CSV_COLUMNS`: authors joined by "; ", paragraphs
 * joined by blank lines in `text`. Prepend columns of your own (an input path) with `extra`.
 *
 * @example
 * csvLine(["input", ...CSV_COLUMNS]) + page.items.map((i) => itemToCsvRow(i, ["a.txt"])).join("");
 */
export function itemToCsvRow(item: NewsItem, extra: readonly (string | null)[] = []): string {
  return csvLine([
    ...extra,
    item.id,
    item.date,
    item.dateText,
    item.title,
    item.category,
    item.source,
    item.authors.join("; "),
    item.url,
    item.lang,
    item.paragraphs.join("\n\n"),
  ]);
}

/**
 * A whole page as CSV: a header line then one line per item.
 *
 * @example
 * writeFileSync("items.csv", pageToCsv(parseText(text)));
 */
export function pageToCsv(page: NewsPage, options: { header?: boolean } = {}): string {
  const rows = page.items.map((item) => itemToCsvRow(item));
  return (options.header === false ? "" : csvLine(CSV_COLUMNS)) + rows.join("");
}
