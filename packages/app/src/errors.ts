/**
 * Codes of the errors @news/app raises or reports per input. Every one is classified once, with
 * the codes of @news/core and @news/archive, in `describeError`.
 */
export type AppErrorCode =
  // the command line or request itself
  | "bad-option" // an option value out of its range or of the wrong shape
  | "no-input" // nothing to read was given
  | "unknown-command"
  | "bad-pattern" // a glob that cannot be matched (an inverted range, a stray bracket)
  | "stdin-repeated" // `-` given twice: stdin can only be read once
  // one input (a file, a directory, stdin, a request body)
  | "not-found"
  | "permission-denied"
  | "not-a-file" // a socket, a device, a directory given as a file
  | "directory-loop" // a symlink back to a directory being walked
  | "symlink-loop" // a symlink chain that never ends (ELOOP)
  | "empty-directory" // a directory holding no page
  | "too-large" // over the byte limit (after decompression for .gz)
  | "bad-gzip"
  | "bad-json" // a .json input or JSON content type that is not JSON
  | "read-failed" // the system failed to read what exists (EIO and the like)
  // one URL
  | "bad-url" // not a URL, or not http/https
  | "blocked-address" // a private, loopback, link-local or metadata address (blockPrivateNetworks)
  | "http-error" // the server answered with an error status
  | "too-many-redirects"
  | "timeout"
  | "fetch-failed" // DNS, connection, TLS
  // where results go
  | "cannot-write" // the output file could not be created or replaced
  | "disk-full" // no space left (ENOSPC, EDQUOT, SQLITE_FULL)
  | "write-failed" // a write to a file or stdout failed for another reason
  // ours
  | "parse-failed"; // a parser threw something that is not a NewsError: a bug

/**
 * The one error class of @news/app: a `code` a program can switch on and a sentence a person can
 * read. Every app maps it through `describeError` (exit code, HTTP status, error screen).
 *
 * @example
 * throw new AppError("bad-option", '--limit: a whole number from 1 to 1000, not "x"');
 */
export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: AppErrorCode,
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
 * Narrows an unknown thrown value to an AppError (also a copy from another bundle).
 *
 * @example
 * if (isAppError(e) && e.code === "too-large") console.error(e.message);
 */
export function isAppError(value: unknown): value is AppError {
  return (
    value instanceof AppError ||
    (typeof value === "object" &&
      value !== null &&
      (value as { name?: unknown }).name === "AppError" &&
      typeof (value as { code?: unknown }).code === "string")
  );
}

/** Why one input could not be read or fetched: the others of the same run still go on. */
export interface InputError {
  code: AppErrorCode;
  message: string;
}
