import { ArchiveError } from "./errors.js";
import { type Cursor, decodeCursor, keyRange } from "./key.js";
import { isNegativeOnly, mergeFilters, parseQuery, type QueryFilters, type QueryNode } from "./query.js";
import type { SearchOptions } from "./types.js";

/** A search with its query parsed and its options checked: what both engines translate. */
export interface SearchPlan {
  text: QueryNode | null;
  negativeOnly: boolean;
  filters: QueryFilters;
  lo: number;
  hi: number;
  sort: "date" | "relevance";
  limit: number;
  cursor: Cursor | null;
  highlight: [string, string];
}

export function planSearch(options: SearchOptions = {}): SearchPlan {
  const parsed = parseQuery(options.query ?? "");
  const filters = mergeFilters(parsed.filters, {
    category: options.category,
    site: options.site?.toLowerCase().replace(/^www\./, ""),
    lang: options.lang?.toLowerCase(),
    from: options.from,
    to: options.to,
    entity: options.entity?.toLowerCase(),
  });
  if (filters.site) filters.site = filters.site.toLowerCase().replace(/^www\./, "");
  if (filters.lang) filters.lang = filters.lang.toLowerCase();
  if (filters.entity) filters.entity = filters.entity.toLowerCase();
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new ArchiveError("invalid-option", `limit must be an integer from 1 to 1000, got ${limit}`);
  }
  const cursor = decodeCursor(options.cursor);
  if (options.cursor && !cursor)
    throw new ArchiveError("invalid-cursor", "this cursor was not handed out by a search");
  const { lo, hi } = keyRange(filters.from, filters.to);
  const text = parsed.text;
  const negativeOnly = text !== null && isNegativeOnly(text);
  // relevance needs something to rank: without positive terms it is newest first
  const sort = options.sort === "relevance" && text && !negativeOnly ? "relevance" : "date";
  if (cursor && "k" in cursor !== (sort === "date")) {
    throw new ArchiveError("invalid-cursor", "this cursor belongs to a search with another sort order");
  }
  return {
    text,
    negativeOnly,
    filters,
    lo,
    hi,
    sort,
    limit,
    cursor,
    highlight: options.highlight ?? ["<mark>", "</mark>"],
  };
}
