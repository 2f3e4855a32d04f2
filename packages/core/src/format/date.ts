import type { DateSource, NewsItem } from "../model/page.js";

// what a reader is told about a date the page did not state as its publication's
const DATE_NOTES: Partial<Record<DateSource, string>> = {
  copyright: "copyright year",
  modified: "updated",
  "updated-line": "updated",
};

/**
 * An item's date as renderers show it: the date, and a note in parentheses when the page did
 * not state it as its publication date (only an update, or only its copyright year); null when
 * the item is undated.
 *
 * @example
 * shownDate({ date: "2024-03-19", dateSource: "modified" }); // "2024-03-19 (updated)"
 * shownDate({ date: "2026", dateSource: "copyright" }); // "2026 (copyright year)"
 * shownDate({ date: "2017-12-21", dateSource: "json-ld" }); // "2017-12-21"
 */
export function shownDate(item: Pick<NewsItem, "date" | "dateSource">): string | null {
  if (!item.date) return null;
  const note = dateNote(item);
  return note ? `${item.date} (${note})` : item.date;
}

/** The note `shownDate` puts after a date ("updated", "copyright year"), or null. */
export function dateNote(item: Pick<NewsItem, "dateSource">): string | null {
  return (item.dateSource && DATE_NOTES[item.dateSource]) || null;
}
