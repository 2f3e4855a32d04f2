import { ArchiveError } from "./errors.js";
import { contentHash } from "./hash.js";
import { type Cursor, decodeCursor, keyRange } from "./key.js";
import { isNegativeOnly, mergeFilters, parseQuery, type QueryFilters, type QueryNode } from "./query.js";
import { describeQueryError, periodOf, SearchQuery } from "./search-query.js";

/** A search with its query parsed and its options checked: what every driver translates. */
export interface SearchPlan {
  text: QueryNode | null;
  negativeOnly: boolean;
  filters: QueryFilters;
  lo: number;
  hi: number;
  sort: "date" | "relevance";
  limit: number;
  /** Where the previous page ended, or null for the first page. */
  after: Cursor | null;
  /** A hash of what the query asks (not of the page size): cursors carry it. */
  hash: string;
  /**
   * Set when [lo, hi] is a relevance window: how many matches it held when chosen (more only if
   * items dated inside it arrived since). An engine may read the newest this many below `hi`.
   */
  windowMatches?: number;
}

export const DEFAULT_LIMIT = 20;

/**
 * Checks a SearchQuery (callers of the library may not have validated it) and turns it into a
 * plan. Refuses with `invalid-option` what the schema refuses, also dates written in the query
 * language (`from:2025-02-30`), and with `invalid-cursor` a cursor of another query.
 *
 * @example
 * planSearch({ q: "geneva from:2017", sort: "relevance" }).lo; // the first key of 2017
 */
export function planSearch(input: SearchQuery = {}): SearchPlan {
  // a list view or an API asks the same few queries again and again: checking and parsing one
  // (zod, the query parser, a hash) cost as much as running it
  let key: string;
  try {
    key = JSON.stringify(input ?? {});
  } catch {
    return planSearchNow(input); // not JSON (a BigInt, a cycle): zod says what is wrong with it
  }
  const known = plans.get(key);
  if (known) return known;
  const plan = planSearchNow(input);
  if (plans.size >= PLAN_CACHE) plans.delete(plans.keys().next().value as string);
  plans.set(key, plan);
  return plan;
}

/** Plans remembered by their query: only successful ones, the oldest forgotten first. */
const PLAN_CACHE = 500;
const plans = new Map<string, SearchPlan>();

function planSearchNow(input: SearchQuery): SearchPlan {
  const checked = SearchQuery.safeParse(input ?? {});
  if (!checked.success) throw new ArchiveError("invalid-option", describeQueryError(checked.error));
  const query = checked.data;
  const parsed = parseQuery(query.q ?? "");
  const filters = mergeFilters(parsed.filters, {
    category: query.category,
    site: query.site,
    lang: query.lang,
    from: query.from,
    to: query.to,
    entity: query.entity,
  });
  for (const bound of ["from", "to"] as const) {
    const value = filters[bound];
    if (value !== undefined && value !== "" && periodOf(value) === null) {
      throw new ArchiveError(
        "invalid-option",
        `${bound}: not a calendar date: "${value}" (YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-12-21)`,
      );
    }
  }
  if (filters.site) filters.site = filters.site.toLowerCase().replace(/^www\./, "");
  if (filters.lang) filters.lang = filters.lang.toLowerCase();
  if (filters.entity) filters.entity = filters.entity.toLowerCase();
  const { lo, hi } = keyRange(filters.from || undefined, filters.to || undefined);
  const text = parsed.text;
  const negativeOnly = text !== null && isNegativeOnly(text);
  // relevance needs something to rank: without positive terms it is newest first
  const sort = query.sort === "relevance" && text && !negativeOnly ? "relevance" : "date";
  const { from: _from, to: _to, ...rest } = filters;
  const hash = contentHash(JSON.stringify([text, rest, lo, hi, sort])).slice(0, 12);
  let after: Cursor | null = null;
  if (query.cursor) {
    after = decodeCursor(query.cursor);
    if (!after) throw new ArchiveError("invalid-cursor", "this cursor was not handed out by a search");
    if (after.h !== hash || "r" in after !== (sort === "relevance")) {
      throw new ArchiveError(
        "invalid-cursor",
        "this cursor belongs to another search (query, filters or sort)",
      );
    }
  }
  return { text, negativeOnly, filters, lo, hi, sort, limit: query.limit ?? DEFAULT_LIMIT, after, hash };
}
