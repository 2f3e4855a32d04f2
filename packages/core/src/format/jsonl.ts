import type { NewsPage } from "../model/page.js";

/**
 * One JSON Lines record: compact JSON and a newline. JSON.stringify escapes every control
 * character, so a record never spans two lines whatever the page held.
 *
 * @example
 * toJsonLine({ input: "a.txt", ...page }); // '{"input":"a.txt","kind":"listing",…}\n'
 */
export function toJsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * A page's items as JSON Lines, one item per line, each with the fields of `extra` first
 * (e.g. the input it came from).
 *
 * @example
 * pageToJsonLines(page, { input: "a.txt" }); // '{"input":"a.txt","id":"n_…",…}\n…'
 */
export function pageToJsonLines(page: NewsPage, extra: Record<string, unknown> = {}): string {
  return page.items.map((item) => toJsonLine({ ...extra, ...item })).join("");
}
