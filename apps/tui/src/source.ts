import type { Sighting, StoredItem } from "@news/archive";

/*
 * What the browser needs of the archive: the names and shapes of the contract the `archive` branch
 * implements (SearchQuery, ItemSummary, list/count/facets/getMany/version/setFlags). An `Archive`
 * from @news/archive satisfies it; tests use a small in-memory fake.
 */

/** The filters and text query of one list, as `news search` takes them. */
export interface BrowseQuery {
  q?: string;
  from?: string;
  to?: string;
  category?: string;
  site?: string;
  lang?: string;
  entity?: string;
  sort?: "date" | "relevance";
  limit?: number;
  cursor?: string;
}

/** One row of the list: the archive's light projection of an item. */
export interface ItemSummary {
  id: string;
  date: string | null;
  title: string | null;
  site: string | null;
  category: string | null;
  lang: string | null;
  snippet: string | null;
  /** The first words of the text, for items without a headline. */
  opening: string;
  read: boolean;
  starred: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface BrowseFacets {
  total: number;
  category: FacetCount[];
  site: FacetCount[];
  month: FacetCount[];
  lang: FacetCount[];
}

export interface ListResult {
  items: ItemSummary[];
  nextCursor: string | null;
  total?: number;
}

export interface BrowseSource {
  list(query: BrowseQuery, options?: { signal?: AbortSignal; count?: boolean }): Promise<ListResult>;
  count(query: BrowseQuery): Promise<number>;
  facets(query: BrowseQuery): Promise<BrowseFacets>;
  get(id: string): Promise<StoredItem | null>;
  /** In the order given; missing ids omitted. */
  getMany(ids: string[]): Promise<StoredItem[]>;
  sightings(id: string): Promise<Sighting[]>;
  /** Changes on every ingest and flag change: the browser polls it to notice new items. */
  version(): Promise<string> | string;
  setFlags(id: string, flags: { read?: boolean; starred?: boolean }): Promise<unknown>;
}

/** The filters a user can set with `f` (the text query is set with `/`). */
export const FILTER_FIELDS = ["category", "site", "lang", "month", "entity"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
