import type { Archive, Facets, ItemSummary, SearchQuery } from "@news/archive";

/**
 * What the browser needs of the archive: the light projection with cursors, counts, facets, whole
 * items, version() to notice ingests, and the reader's flags. An `Archive` from @news/archive is
 * one; component tests use a small in-memory fake.
 */
export type BrowseSource = Pick<
  Archive,
  "list" | "count" | "facets" | "get" | "getMany" | "sightings" | "version" | "setFlags"
>;

/** The text query and filters of one list: the archive's SearchQuery. */
export type BrowseQuery = SearchQuery;
export type BrowseFacets = Facets;
export type { ItemSummary };

/** The filters a user can set with `f` (the text query is set with `/`). */
export const FILTER_FIELDS = ["category", "site", "lang", "month", "entity"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
