import type { NewsItem, NewsPage } from "../model/page.js";
import { absoluteUrl } from "../shared/url.js";

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

/** How cells are written. */
export interface CsvOptions {
  /**
   * Prefix a cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`,
   * a tab or a carriage return) with an apostrophe, as OWASP recommends against CSV injection.
   * Default true; false writes every cell as it is (for programs, not spreadsheets).
   */
  neutralizeFormulas?: boolean;
}

// OWASP's list of the characters that make a spreadsheet cell a formula
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 CSV line (CRLF-terminated) from cell values; null is an empty cell. Text cells a
 * spreadsheet would run as a formula get a leading apostrophe unless `neutralizeFormulas` is false;
 * numbers are written as numbers.
 *
 * @example
 * csvLine(["a", 'say "hi"', null, 3]); // 'a,"say ""hi""",,3\r\n'
 * csvLine(["=HYPERLINK(\"x\")"]); // '"\'=HYPERLINK(""x"")"\r\n'
 */
export function csvLine(
  cells: readonly (string | number | boolean | null | undefined)[],
  options: CsvOptions = {},
): string {
  const neutralize = options.neutralizeFormulas !== false;
  return `${cells.map((cell) => csvCell(cell, neutralize)).join(",")}\r\n`;
}

function csvCell(value: string | number | boolean | null | undefined, neutralize: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  if (neutralize && FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * An item as one CSV line in the order of `CSV_COLUMNS`: authors joined by "; ", paragraphs
 * joined by blank lines in `text`. Prepend columns of your own (an input path) with `extra`.
 *
 * @example
 * csvLine(["input", ...CSV_COLUMNS]) + page.items.map((i) => itemToCsvRow(i, ["a.txt"])).join("");
 */
export function itemToCsvRow(
  item: NewsItem,
  extra: readonly (string | null)[] = [],
  options: CsvOptions = {},
): string {
  return csvLine(
    [
      ...extra,
      item.id,
      item.date,
      item.dateText,
      item.title,
      item.category,
      item.source,
      item.authors.join("; "),
      // a script link stored before links were checked is not written
      absoluteUrl(item.url, null),
      item.lang,
      item.paragraphs.join("\n\n"),
    ],
    options,
  );
}

/**
 * A whole page as CSV: a header line then one line per item.
 *
 * @example
 * writeFileSync("items.csv", pageToCsv(parseText(text)));
 */
export function pageToCsv(page: NewsPage, options: CsvOptions & { header?: boolean } = {}): string {
  const rows = page.items.map((item) => itemToCsvRow(item, [], options));
  return (options.header === false ? "" : csvLine(CSV_COLUMNS, options)) + rows.join("");
}
