import { contentHash } from "./hash.js";

/** Case, accents, punctuation and spacing do not change an item's identity. */
export function normalizeForId(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The stable id of an item: derived from its day and its headline (or, with no headline, the
 * opening of its text), never from offsets or the page it was found on, so the same item parsed
 * from a date page and from a category page gets the same id.
 *
 * @example
 * itemId({ date: "2017-12-21T10:00:00Z", title: null, text: "The delegation of …" }); // "n_3f…"
 */
export function itemId(parts: {
  date: string | null;
  title: string | null;
  text: string;
  url?: string | null;
}): string {
  const day = parts.date ? parts.date.slice(0, 10) : "";
  const basis = parts.title
    ? normalizeForId(parts.title)
    : normalizeForId(parts.text.slice(0, 400)).slice(0, 200);
  const key = basis ? `${day}|${basis}` : `${day}|url:${parts.url ?? ""}`;
  return `n_${contentHash(key)}`;
}
