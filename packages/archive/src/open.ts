import { isPostgresUrl } from "./location.js";
import { openSqliteArchive } from "./sqlite/engine.js";
import type { Archive } from "./types.js";

export interface OpenOptions {
  /** SQLite only: open without writing, for readers beside a running ingest. */
  readonly?: boolean;
}

/**
 * Opens the archive at a file path (SQLite) or a `postgres://` URL, creating and migrating its
 * schema when needed. Throws an ArchiveError with a code when the target is not an archive.
 *
 * @example
 * const archive = await openArchive(resolveLocation(flags.db, process.env));
 */
export async function openArchive(location: string, options: OpenOptions = {}): Promise<Archive> {
  if (isPostgresUrl(location)) {
    const { openPostgresArchive } = await import("./postgres/engine.js");
    return openPostgresArchive(location);
  }
  return openSqliteArchive({ path: location, readonly: options.readonly });
}
