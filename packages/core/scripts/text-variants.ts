/**
 * A text page rewritten into another real shape, from its own items as parseText reads them: the
 * variants eval-listings-variants.ts scores and the tests that pin a shape on a real page share
 * these.
 */
import { parseText } from "../src/text/index.js";

/**
 * The page as a tag archive of one post shows it: its chrome and its first item alone.
 *
 * @example
 * firstPostOnly(readFileSync("fixtures/text/102.txt", "utf8"));
 */
export function firstPostOnly(text: string): string {
  const items = parseText(text).items;
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return text;
  return text.slice(0, first.span.end) + text.slice(last.span.end);
}

/**
 * The same items with each date line moved under the item's text, as blog themes print the date
 * in the post's footer. A date that shares its line with more, or heads a day's several posts,
 * stays where it is.
 *
 * @example
 * datesUnderText("Feb 1, 2024\nExcited to release …\n\nDec 12, 2023\nHappy to be …\n");
 */
export function datesUnderText(text: string): string {
  let out = text;
  const items = parseText(text).items;
  // a day's heading over several posts (101) heads them all: it stays where it is
  const heads = new Map<number, number>();
  for (const item of items) {
    const at = item.spans.date?.start;
    if (at !== undefined) heads.set(at, (heads.get(at) ?? 0) + 1);
  }
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k] as (typeof items)[number];
    const span = item.spans.date;
    if (!item.date || !span || !item.dateText || (heads.get(span.start) ?? 0) > 1) continue;
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    const lineEnd = text.indexOf("\n", span.end);
    const end = lineEnd === -1 ? text.length : lineEnd;
    if (text.slice(lineStart, end).trim() !== item.dateText.trim()) continue;
    // (the item's last line: its span ends there)
    const after = item.span.end;
    if (after <= end) continue;
    const cut = out.slice(0, lineStart) + out.slice(end + 1);
    const at = after - (end + 1 - lineStart);
    out = `${cut.slice(0, at)}\n${item.dateText}${cut.slice(at)}`;
  }
  return out;
}
