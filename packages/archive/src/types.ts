import type { NewsItem, NewsPage } from "@news/core";
import type { BackupResult } from "./archive.js";
import type { ItemSummary, SearchQuery } from "./search-query.js";

/** A parsed page to store, with where it came from (a file path, a URL, `-`). */
export interface PageInput {
  page: NewsPage;
  /** Where the page was read from, as the user gave it. */
  source: string;
  /** A hash of the page's bytes: a page already stored under the same source and hash is skipped. */
  contentHash?: string;
  /** When the page was seen (ISO timestamp); defaults to now. */
  seenAt?: string;
}

/** What one `ingest` call did. Re-ingesting the same pages gives all zeros but `duplicate`/`skippedPages`. */
export interface IngestResult {
  pages: number;
  /** Pages already stored with the same content (resumed or repeated runs). */
  skippedPages: number;
  items: number;
  new: number;
  /** Same id, changed content (a corrected headline, a new enrichment). */
  updated: number;
  /** Same id, same content: only the sighting is recorded. */
  duplicate: number;
  /** New (item, page) pairs. */
  sightings: number;
}

/** An item as stored: the NewsItem (spans and enrichment included) plus what the archive knows. */
export interface StoredItem extends NewsItem {
  /** Host name of the item's URL or its page's URL, without `www.`. */
  site: string | null;
  firstSeen: string;
  /** Marked read by the reader (`setFlags`); ingest never changes it. */
  read: boolean;
  /** Starred by the reader (`setFlags`); ingest never changes it. */
  starred: boolean;
}

/** Where and when an item was seen. */
export interface Sighting {
  source: string;
  pageUrl: string | null;
  seenAt: string;
}

/** How a search runs (what it asks for is the SearchQuery). */
export interface SearchOptions {
  /** Abort a search nobody waits for any more (search-as-you-type): it rejects with code `aborted`. */
  signal?: AbortSignal;
  /** Also count matches by category, site, month and language. */
  facets?: boolean;
  /** Markers around matched words in snippets (default `<mark>`, `</mark>`). */
  highlight?: [string, string];
}

/** How a list runs: `count` also returns the number of matches (`total`). */
export interface ListOptions {
  signal?: AbortSignal;
  count?: boolean;
  /** Markers around matched words in snippets (default: none, plain text). */
  highlight?: [string, string];
}

export interface ListResult {
  items: ItemSummary[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** The number of matches, when asked for with `count: true`. */
  total?: number;
  /** Set when relevance ranked only the newest matches (more matched than the window). */
  ranked?: RankedWindow;
}

/**
 * Relevance ranked the newest `matches` matches of the query, from `since` on, and left the older
 * ones out (`rankWindow` of the archive's options; 0 ranks all).
 */
export interface RankedWindow {
  /** How many of the newest matches were ranked. */
  matches: number;
  /** The minute (ISO) of the oldest ranked match; null when it was undated. */
  since: string | null;
}

/** Reader's marks on an item. */
export interface ItemFlags {
  read?: boolean;
  starred?: boolean;
}

export interface SearchHit {
  item: StoredItem;
  /** Relevance, higher is better; null when sorted by date. */
  score: number | null;
  /** An excerpt around the matches with markers, or null without a text query. */
  snippet: string | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  total: number;
  category: FacetCount[];
  site: FacetCount[];
  month: FacetCount[];
  lang: FacetCount[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  facets: Facets | null;
  /** Set when relevance ranked only the newest matches (more matched than the window). */
  ranked?: RankedWindow;
}

export interface ArchiveStats {
  engine: "sqlite" | "postgres";
  /** The file path or the database URL without its password. */
  location: string;
  schemaVersion: number;
  /** Stemming recorded when the archive was created ("english"), or null. */
  stemming: "english" | null;
  items: number;
  pages: number;
  sightings: number;
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
  /** On-disk size in bytes, when the engine can tell. */
  sizeBytes: number | null;
  byLang: FacetCount[];
  bySite: FacetCount[];
}

/** What `check` found; `ok` means the engine's integrity check and the archive's own invariants passed. */
export interface CheckResult {
  ok: boolean;
  problems: string[];
}

/**
 * The archive, whichever engine holds it. The CLI, the HTTP API and the terminal browser only
 * talk to this interface.
 *
 * @example
 * const archive = await openArchive({ path: "news.db" });
 * await archive.ingest([{ page, source: "page.txt" }]);
 * const { hits } = await archive.search({ q: '"peace talks" -sochi', limit: 10 });
 * await archive.close();
 */
export interface Archive {
  readonly engine: "sqlite" | "postgres";
  /** Stores pages: all of them or none. Idempotent by item id; an update never loses what was known. */
  ingest(pages: PageInput[]): Promise<IngestResult>;
  get(id: string): Promise<StoredItem | null>;
  /** The items of these ids in the order given; ids not stored are left out. */
  getMany(ids: readonly string[]): Promise<StoredItem[]>;
  sightings(id: string): Promise<Sighting[]>;
  search(query?: SearchQuery, options?: SearchOptions): Promise<SearchResult>;
  /** The light projection of a search, for list views. */
  list(query?: SearchQuery, options?: ListOptions): Promise<ListResult>;
  /** The number of matches of a query (no facets, no rows). */
  count(query?: SearchQuery, options?: { signal?: AbortSignal }): Promise<number>;
  facets(query?: SearchQuery, options?: { signal?: AbortSignal }): Promise<Facets>;
  /** Every matching item, newest first, in batches: for export. */
  scan(query?: Omit<SearchQuery, "cursor" | "limit" | "sort">): AsyncIterable<StoredItem>;
  /** A cheap marker that changes on every ingest and every flag change (ETags, refresh). */
  version(): Promise<string>;
  /**
   * Whether a page with these bytes (their hash) was already stored from this source: the ingest
   * pipeline asks before parsing, so re-ingesting unchanged pages costs a lookup, not a parse.
   */
  knowsPage(source: string, contentHash: string): Promise<boolean>;
  /** Marks an item read or starred; false when no item has this id. */
  setFlags(id: string, flags: ItemFlags): Promise<boolean>;
  stats(): Promise<ArchiveStats>;
  check(): Promise<CheckResult>;
  /** SQLite: a consistent copy to `destination` while ingests go on (PostgreSQL: use pg_dump). */
  backup(destination: string): Promise<BackupResult>;
  close(): Promise<void>;
}
