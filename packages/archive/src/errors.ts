/** Codes of the errors an archive raises; apps map them once (CLI: one line, API: problem+json). */
export type ArchiveErrorCode =
  | "no-archive" // opened for reading where no archive exists yet
  | "not-an-archive" // the file is not a SQLite database at all, or is damaged beyond opening
  | "foreign-database" // a SQLite/PostgreSQL database that belongs to something else
  | "newer-schema" // written by a newer @news/archive: refuse rather than corrupt it
  | "corrupt-archive" // the database reported corruption while in use
  | "busy" // another process held the write lock for too long
  | "read-only" // a write to an archive opened read-only, or whose file or folder is read-only
  | "connection-failed" // PostgreSQL could not be reached
  | "invalid-cursor" // a cursor that this archive did not hand out
  | "invalid-option" // a search or open option out of its range
  | "aborted" // the caller aborted the search (its AbortSignal)
  | "copy-mismatch" // an archive copy differs from its source when verified
  | "missing-driver"; // the engine's client package (pg, better-sqlite3) is not installed

/**
 * The one error class of @news/archive, with a `code` a program can switch on.
 *
 * @example
 * try { await openArchive({ path: "notes.txt" }) } catch (e) {
 *   if (isArchiveError(e) && e.code === "not-an-archive") console.error(e.message);
 * }
 */
export class ArchiveError extends Error {
  override readonly name = "ArchiveError";
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
  toJSON() {
    return { name: this.name, code: this.code, message: this.message };
  }
}

/**
 * Narrows an unknown thrown value to an ArchiveError (works across duplicated package copies).
 *
 * @example
 * if (isArchiveError(err)) process.exitCode = 1;
 */
export function isArchiveError(value: unknown): value is ArchiveError {
  return (
    value instanceof ArchiveError ||
    (typeof value === "object" &&
      value !== null &&
      (value as { name?: unknown }).name === "ArchiveError" &&
      typeof (value as { code?: unknown }).code === "string")
  );
}
