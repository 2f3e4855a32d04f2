import { type ArchiveDriver, type ArchiveOptions, createArchive } from "./archive.js";
import { isPostgresUrl } from "./location.js";
import type { Stemming } from "./query.js";
import type { Archive } from "./types.js";

export interface OpenOptions extends ArchiveOptions {
  /** SQLite only: open without writing, for readers beside a running ingest. */
  readonly?: boolean;
  /** SQLite only: how long a write waits for another process's write lock before `busy` (default 60 s). */
  lockWaitMs?: number;
  /**
   * Stemming of a new archive: "english" makes `detainee` find `detainees` (both engines, the same
   * stems). Recorded in the schema when the archive is created; an existing archive keeps its own.
   */
  stemming?: Stemming;
  /**
   * PostgreSQL only: a write of at least this many items (or sightings) goes through COPY into a
   * staging table and one set-based statement (default 100; needs the optional pg-copy-streams
   * package, without it every write is a statement with array parameters).
   */
  bulkItems?: number;
}

/**
 * Opens the archive at a file path (SQLite) or a `postgres://` URL, creating and migrating its
 * schema when needed. Throws an ArchiveError with a code when the target is not an archive, or
 * `missing-driver` when the engine's package (better-sqlite3, pg) is not installed.
 *
 * @example
 * const archive = await openArchive(resolveLocation(flags.db, process.env));
 */
export async function openArchive(location: string, options: OpenOptions = {}): Promise<Archive> {
  return createArchive(await openDriver(location, options), options);
}

/** The driver for a location, its engine's module loaded only now. */
export async function openDriver(location: string, options: OpenOptions = {}): Promise<ArchiveDriver> {
  if (isPostgresUrl(location)) {
    const { postgresDriver } = await import("./postgres/engine.js");
    return postgresDriver(location, { stemming: options.stemming ?? null, bulkItems: options.bulkItems });
  }
  const { sqliteDriver } = await import("./sqlite/engine.js");
  return sqliteDriver({
    path: location,
    readonly: options.readonly,
    lockWaitMs: options.lockWaitMs,
    stemming: options.stemming ?? null,
  });
}
