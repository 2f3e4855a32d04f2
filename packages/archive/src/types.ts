import type { NewsItem, NewsPage } from "@news/core";

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
}

/** Where and when an item was seen. */
export interface Sighting {
  source: string;
  pageUrl: string | null;
  seenAt: string;
}

export interface SearchOptions {
  /** The query language of `parseQuery`; empty lists everything. */
  query?: string;
  from?: string;
  to?: string;
  category?: string;
  site?: string;
  lang?: string;
  entity?: string;
  /** `date` (newest first, the default) or `relevance` (bm25 / ts_rank; needs a text query). */
  sort?: "date" | "relevance";
  /** 1 to 1000, default 20. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  /** Also count matches by category, site and month. */
  facets?: boolean;
  /** Markers around matched words in snippets (default `<mark>`, `</mark>`). */
  highlight?: [string, string];
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
}

export interface SearchResult {
  hits: SearchHit[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  facets: Facets | null;
}

export interface ArchiveStats {
  engine: "sqlite" | "postgres";
  /** The file path or the database URL without its password. */
  location: string;
  schemaVersion: number;
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
 * const { hits } = await archive.search({ query: '"peace talks" -sochi', limit: 10 });
 * await archive.close();
 */
export interface Archive {
  readonly engine: "sqlite" | "postgres";
  /** Stores pages in one transaction: all of them or none. Idempotent by item id. */
  ingest(pages: PageInput[]): Promise<IngestResult>;
  get(id: string): Promise<StoredItem | null>;
  sightings(id: string): Promise<Sighting[]>;
  search(options?: SearchOptions): Promise<SearchResult>;
  /** Every matching item, newest first, in batches: for export. */
  scan(options?: Omit<SearchOptions, "cursor" | "limit" | "facets">): AsyncIterable<StoredItem>;
  stats(): Promise<ArchiveStats>;
  check(): Promise<CheckResult>;
  close(): Promise<void>;
}
