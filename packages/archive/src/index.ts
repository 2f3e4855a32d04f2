/**
 * @news/archive: a searchable store of news items parsed by @news/core. SQLite (a single file)
 * by default, PostgreSQL when given a `postgres://` URL; both behind one `Archive` interface.
 *
 * @example
 * import { openArchive } from "@news/archive";
 * const archive = await openArchive("news.db");
 * await archive.ingest([{ page, source: "page.txt" }]);
 * const { hits, nextCursor } = await archive.search({ q: "geneva -sochi", limit: 20 });
 */

export {
  type ArchiveDriver,
  type ArchiveOptions,
  type BackupResult,
  createArchive,
  DEFAULT_RANK_WINDOW,
  type FacetField,
  type Match,
} from "./archive.js";
export { type CopyOptions, type CopyProgress, type CopyResult, copyArchive } from "./copy.js";
export { ArchiveError, type ArchiveErrorCode, isArchiveError } from "./errors.js";
export { isPostgresUrl, redact, resolveLocation } from "./location.js";
export { type OpenOptions, openArchive, openDriver } from "./open.js";
export {
  fold,
  type ParsedQuery,
  parseQuery,
  type QueryFilters,
  type QueryNode,
  type Stemming,
  tokenize,
} from "./query.js";
export { siteOf } from "./record.js";
export { describeQueryError, ItemSummary, periodOf, SearchQuery } from "./search-query.js";
export type * from "./types.js";
