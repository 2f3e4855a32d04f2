import type { StoredRow } from "./copy.js";
import { ArchiveError } from "./errors.js";
import { type IngestOptions, ingestPages, type PageRow, type WriteTx } from "./ingest.js";
import { dateOfKey, encodeCursor } from "./key.js";
import { planSearch as planQuery, type SearchPlan } from "./plan.js";
import { type Stemming, stemQuery, stemToken } from "./query.js";
import { type DocRow, fromRow, openingOfText, type SummaryRow } from "./record.js";
import type { ItemSummary, SearchQuery } from "./search-query.js";
import { snippet } from "./snippet.js";
import type {
  Archive,
  ArchiveStats,
  CheckResult,
  FacetCount,
  Facets,
  ItemFlags,
  ListOptions,
  ListResult,
  RankedWindow,
  SearchHit,
  SearchOptions,
  SearchResult,
  Sighting,
} from "./types.js";

/** The groups facets count by. */
export type FacetField = "category" | "site" | "month" | "lang";

/** One match of a search: its key and, sorted by relevance, its score (higher is better). */
export interface Match {
  key: number;
  score: number | null;
}

/** One page of a relevance search: the keys its window spans (null: every match), its matches. */
export interface RankedPage {
  window: { w: number; t: number } | null;
  matches: Match[];
}

/**
 * What an engine provides: a few primitives in its SQL dialect. Everything the engines share
 * (planning, cursors, paging, snippets, projections, scan, stats shapes) lives in `createArchive`,
 * once, the way unstorage's drivers sit behind `createStorage`.
 */
export interface ArchiveDriver {
  readonly engine: "sqlite" | "postgres";
  /** The file path or the database URL without its password. */
  readonly location: string;
  readonly schemaVersion: number;
  /** The stemming recorded in the archive's schema when it was created. */
  readonly stemming: Stemming;
  /** Runs `fn` in one write transaction (all of it or none), one writer at a time. */
  write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  /**
   * Up to `limit` matches of a plan in its order (date: key descending; relevance: score
   * descending, then key descending), strictly after `plan.after` when set.
   */
  matches(plan: SearchPlan, limit: number): Promise<Match[]>;
  /**
   * The keys of up to `limit` matches newest first, from `offset` places below the newest (0: the
   * newest), ignoring `plan.after` and `plan.sort`: where relevance's ranked window ends.
   */
  matchKeysAt(plan: SearchPlan, offset: number, limit: number): Promise<number[]>;
  /**
   * Optional: the first page of a relevance search with its window in one pass (what
   * `matchKeysAt` and `matches` give in three), for an engine that must read every ranked row
   * anyway: the window's edges (null when at most `window` matched) and up to `limit` matches of
   * the window by score. Null when the engine has no such pass for this plan.
   */
  firstRankedPage?(plan: SearchPlan, window: number, limit: number): Promise<RankedPage | null>;
  /** The stored documents of these keys, in any order. */
  docsByKeys(keys: readonly number[]): Promise<DocRow[]>;
  /** The stored documents of these ids, in any order. */
  docsByIds(ids: readonly string[]): Promise<DocRow[]>;
  /**
   * The light projection's columns of these keys, in any order, without the whole stored
   * document: what list views read. Optional: without it lists parse each stored document.
   */
  summariesByKeys?(keys: readonly number[]): Promise<SummaryRow[]>;
  count(plan: SearchPlan): Promise<number>;
  /** The most frequent values of a field among a plan's matches, most frequent first, then by value. */
  group(plan: SearchPlan, field: FacetField, limit: number): Promise<FacetCount[]>;
  sightings(id: string): Promise<Sighting[]>;
  stats(): Promise<Omit<ArchiveStats, "engine" | "location" | "schemaVersion" | "stemming">>;
  check(): Promise<CheckResult>;
  setFlags(id: string, flags: ItemFlags): Promise<boolean>;
  version(): Promise<string>;
  /** Whether a page was stored from `source` with this content hash (read side, no write lock). */
  pageSeen(source: string, hash: string): Promise<boolean>;
  /**
   * Up to `limit` stored items with keys above `afterKey`, in key order, with their sightings: for
   * copies. Without `docs` the documents are left out (`doc` is empty): a checksum needs none.
   */
  exportItems(afterKey: number, limit: number, docs?: boolean): Promise<StoredRow[]>;
  /** Page records in a stable order, from `offset`: for copies. */
  exportPages(offset: number, limit: number): Promise<PageRow[]>;
  /** A consistent copy to a file while the archive is in use, when the engine can make one. */
  backup?(destination: string): Promise<BackupResult>;
  close(): Promise<void>;
}

/** What a backup wrote. */
export interface BackupResult {
  items: number;
  bytes: number;
}

const FACET_LIMIT = 50;
const SCAN_BATCH = 500;

/** How many of the newest matches relevance ranks by default (see `ArchiveOptions.rankWindow`). */
export const DEFAULT_RANK_WINDOW = 20_000;

export interface ArchiveOptions extends IngestOptions {
  /**
   * Relevance ranks the newest this many matches of a query (default 20,000; 0 ranks every
   * match). Scoring every match of a common word costs ~0.5 µs per match (90 ms for "their" in
   * 170,000 of 1M items); the window bounds it, and a news search wants the recent ones anyway.
   * Results say when a window applied (`ranked`).
   */
  rankWindow?: number;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ArchiveError("aborted", "the search was aborted by its caller");
}

/**
 * The archive over a driver: the one implementation of the `Archive` interface.
 *
 * @example
 * const archive = createArchive(await sqliteDriver({ path: "news.db" }));
 * const { items } = await archive.list({ q: "geneva", limit: 10 });
 */
export function createArchive(driver: ArchiveDriver, options: ArchiveOptions = {}): Archive {
  const rankWindow = options.rankWindow ?? DEFAULT_RANK_WINDOW;
  // a stemming archive indexes stems: the query's words are stemmed alike
  const planSearch = (query: SearchQuery) => {
    const plan = planQuery(query);
    return driver.stemming ? { ...plan, text: stemQuery(plan.text) } : plan;
  };
  const stem = driver.stemming ? stemToken : undefined;

  /**
   * One page of a plan: the rows `fetch` reads for its matches, in the matches' order, and the
   * cursor of the next page.
   */
  async function page<R extends { key: number }>(
    plan: SearchPlan,
    signal: AbortSignal | undefined,
    fetch: (keys: number[]) => Promise<R[]>,
  ) {
    throwIfAborted(signal);
    // one more than asked: whether a next page exists
    const { window, matches } = (await firstRankedPage(plan)) ?? (await rankedPage(plan));
    const ranked: RankedWindow | undefined = window
      ? { matches: rankWindow, since: dateOfKey(window.w) }
      : undefined;
    throwIfAborted(signal);
    const more = matches.length > plan.limit;
    const shown = more ? matches.slice(0, plan.limit) : matches;
    const docs = new Map((await fetch(shown.map((m) => m.key))).map((d) => [d.key, d]));
    throwIfAborted(signal);
    const rows = shown.flatMap((m) => {
      const doc = docs.get(m.key);
      return doc ? [{ doc, score: m.score }] : [];
    });
    const last = shown.at(-1);
    const nextCursor =
      more && last
        ? encodeCursor(
            plan.sort === "relevance"
              ? { h: plan.hash, s: last.score ?? 0, k: last.key, r: true, ...window }
              : { h: plan.hash, k: last.key },
          )
        : null;
    return { rows, nextCursor, ranked };
  }

  async function rankedPage(plan: SearchPlan): Promise<RankedPage> {
    const window = await rankedWindow(plan);
    const matches = await driver.matches(
      window
        ? {
            ...plan,
            lo: Math.max(plan.lo, window.w),
            hi: Math.min(plan.hi, window.t),
            windowMatches: rankWindow,
          }
        : plan,
      plan.limit + 1,
    );
    return { window, matches };
  }

  function firstRankedPage(plan: SearchPlan): Promise<RankedPage | null> | null {
    if (!driver.firstRankedPage || plan.sort !== "relevance" || !plan.text || plan.after || rankWindow <= 0) {
      return null;
    }
    return driver.firstRankedPage(plan, rankWindow, plan.limit + 1);
  }

  /**
   * The keys relevance ranks between (both inclusive), when more matched than `rankWindow`: the
   * newest match's and that of the oldest of the newest `rankWindow`. Chosen on the first page and
   * carried by the cursor after it, so the pages of one search rank one set of matches however
   * many items arrive meanwhile; null when every match is ranked.
   */
  async function rankedWindow(plan: SearchPlan): Promise<{ w: number; t: number } | null> {
    if (plan.sort !== "relevance" || rankWindow <= 0) return null;
    if (plan.after) {
      return "w" in plan.after && plan.after.w !== undefined && plan.after.t !== undefined
        ? { w: plan.after.w, t: plan.after.t }
        : null;
    }
    const [oldest, older] = await driver.matchKeysAt(plan, rankWindow - 1, 2);
    if (older === undefined || oldest === undefined) return null;
    const [newest] = await driver.matchKeysAt(plan, 0, 1);
    return { w: oldest, t: newest ?? oldest };
  }

  const docsByKeys = (keys: number[]) => driver.docsByKeys(keys);

  /** The summary columns of these keys: from the driver's projection, or from whole documents. */
  const summariesByKeys = driver.summariesByKeys
    ? (keys: number[]) => (driver.summariesByKeys as (k: number[]) => Promise<SummaryRow[]>)(keys)
    : async (keys: number[]): Promise<SummaryRow[]> =>
        (await driver.docsByKeys(keys)).map((row) => {
          const item = fromRow(row);
          return { ...item, key: row.key, body: item.paragraphs.join("\n\n") };
        });

  const snippetOf = (plan: SearchPlan, body: string, highlight: [string, string]) =>
    plan.text && !plan.negativeOnly ? snippet(body, plan.text, highlight, undefined, stem) : null;

  async function facetsOf(plan: SearchPlan): Promise<Facets> {
    return {
      total: await driver.count(plan),
      category: await driver.group(plan, "category", FACET_LIMIT),
      site: await driver.group(plan, "site", FACET_LIMIT),
      month: await driver.group(plan, "month", FACET_LIMIT),
      lang: await driver.group(plan, "lang", FACET_LIMIT),
    };
  }

  const archive: Archive = {
    engine: driver.engine,

    ingest: (pages) => ingestPages(driver, pages, options),

    async get(id) {
      const [row] = await driver.docsByIds([String(id)]);
      return row ? fromRow(row) : null;
    },

    async getMany(ids) {
      if (ids.length === 0) return [];
      const rows = await driver.docsByIds([...new Set(ids.map(String))]);
      const byId = new Map(rows.map((r) => [r.id, fromRow(r)]));
      return ids.flatMap((id) => byId.get(String(id)) ?? []);
    },

    sightings: (id) => driver.sightings(String(id)),

    async search(query: SearchQuery = {}, options: SearchOptions = {}): Promise<SearchResult> {
      const plan = planSearch(query);
      const highlight = options.highlight ?? ["<mark>", "</mark>"];
      const { rows, nextCursor, ranked } = await page(plan, options.signal, docsByKeys);
      const hits: SearchHit[] = rows.map(({ doc, score }) => {
        const item = fromRow(doc);
        return { item, score, snippet: snippetOf(plan, item.paragraphs.join("\n\n"), highlight) };
      });
      const facets = options.facets ? await facetsOf(plan) : null;
      throwIfAborted(options.signal);
      return { hits, nextCursor, facets, ...(ranked ? { ranked } : {}) };
    },

    async list(query: SearchQuery = {}, options: ListOptions = {}): Promise<ListResult> {
      const plan = planSearch(query);
      const highlight = options.highlight ?? ["", ""];
      // the summary's columns and text only: the whole stored document is never parsed here
      const { rows, nextCursor, ranked } = await page(plan, options.signal, summariesByKeys);
      const items = rows.map(
        ({ doc: row }): ItemSummary => ({
          id: row.id,
          date: row.date,
          title: row.title,
          site: row.site,
          category: row.category,
          lang: row.lang,
          snippet: snippetOf(plan, row.body, highlight),
          opening: openingOfText(row.body),
          read: Boolean(row.read),
          starred: Boolean(row.starred),
        }),
      );
      const window = ranked ? { ranked } : {};
      if (!options.count) return { items, nextCursor, ...window };
      const total = await driver.count(plan);
      throwIfAborted(options.signal);
      return { items, nextCursor, total, ...window };
    },

    async count(query: SearchQuery = {}, options: { signal?: AbortSignal } = {}) {
      const plan = planSearch(query);
      throwIfAborted(options.signal);
      const n = await driver.count(plan);
      throwIfAborted(options.signal);
      return n;
    },

    async facets(query: SearchQuery = {}, options: { signal?: AbortSignal } = {}) {
      const plan = planSearch(query);
      throwIfAborted(options.signal);
      const facets = await facetsOf(plan);
      throwIfAborted(options.signal);
      return facets;
    },

    async *scan(query = {}) {
      let cursor: string | undefined;
      do {
        const result = await archive.search({ ...query, sort: "date", limit: SCAN_BATCH, cursor });
        for (const hit of result.hits) yield hit.item;
        cursor = result.nextCursor ?? undefined;
      } while (cursor);
    },

    version: () => driver.version(),

    knowsPage: (source, contentHash) => driver.pageSeen(source, contentHash),

    async setFlags(id, flags) {
      if (flags.read === undefined && flags.starred === undefined) return (await archive.get(id)) !== null;
      return driver.setFlags(String(id), flags);
    },

    async stats() {
      return {
        engine: driver.engine,
        location: driver.location,
        schemaVersion: driver.schemaVersion,
        stemming: driver.stemming,
        ...(await driver.stats()),
      };
    },

    async backup(destination) {
      if (!driver.backup) {
        throw new ArchiveError(
          "invalid-option",
          `${driver.engine} archives are backed up with the engine's own tools (PostgreSQL: pg_dump; see docs/archive.md)`,
        );
      }
      return driver.backup(destination);
    },

    check: () => driver.check(),
    close: () => driver.close(),
  };
  return archive;
}
