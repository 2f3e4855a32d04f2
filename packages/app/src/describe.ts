import type { ArchiveErrorCode } from "@news/archive";
import type { NewsErrorCode } from "@news/core";
import type { AppErrorCode } from "./errors.js";

/**
 * Whose fault an error is: `usage` (the command line or request is wrong), `input` (the data given
 * cannot be taken), `environment` (disk, network, database, a remote server) or `internal` (a bug
 * of ours).
 */
export type ErrorKind = "usage" | "input" | "environment" | "internal";

/** An error as every app shows it: the CLI's exit code, the API's status, the TUI's screen. */
export interface ErrorDescription {
  code: string;
  message: string;
  kind: ErrorKind;
  exitCode: number;
  httpStatus: number;
}

/** Exit codes of the `news` command, one per kind (documented in the README). */
export const EXIT_CODES: Record<ErrorKind, number> = { usage: 2, input: 1, environment: 1, internal: 70 };

/** Why the terminal browser (`news browse`, apps/tui) would not start. */
type BrowseErrorCode = "not-a-terminal" | "bad-keys";

type KnownCode = AppErrorCode | NewsErrorCode | ArchiveErrorCode | BrowseErrorCode | "internal";

/**
 * Every error code of @news/core, @news/archive and @news/app, classified once. The HTTP status is
 * what the API answers for it (problem+json); the exit code follows from the kind.
 */
export const ERROR_CLASSES: Record<KnownCode, { kind: ErrorKind; httpStatus: number }> = {
  // @news/core
  "invalid-input": { kind: "input", httpStatus: 400 },
  "unsupported-encoding": { kind: "input", httpStatus: 422 },
  "input-too-large": { kind: "input", httpStatus: 413 },
  "unsafe-xml": { kind: "input", httpStatus: 422 },
  "malformed-feed": { kind: "input", httpStatus: 422 },
  "invalid-page": { kind: "input", httpStatus: 422 },
  // @news/archive
  "no-archive": { kind: "environment", httpStatus: 503 },
  "not-an-archive": { kind: "environment", httpStatus: 503 },
  "foreign-database": { kind: "environment", httpStatus: 503 },
  "newer-schema": { kind: "environment", httpStatus: 503 },
  "corrupt-archive": { kind: "environment", httpStatus: 500 },
  busy: { kind: "environment", httpStatus: 503 },
  "connection-failed": { kind: "environment", httpStatus: 503 },
  "invalid-cursor": { kind: "usage", httpStatus: 400 },
  "invalid-option": { kind: "usage", httpStatus: 400 },
  // a write to an archive that can only be read (a read-only file, folder or connection)
  "read-only": { kind: "environment", httpStatus: 503 },
  // the engine's client package (pg, better-sqlite3) is not installed: the deployment's fault
  "missing-driver": { kind: "environment", httpStatus: 500 },
  // a copied archive that does not verify against its source (it changed meanwhile, or a bug)
  "copy-mismatch": { kind: "environment", httpStatus: 500 },
  // the caller went away (a stale search-as-you-type request): nginx's "client closed request"
  aborted: { kind: "usage", httpStatus: 499 },
  // apps/tui: `news browse` without a terminal, or a keys.json it cannot use
  "not-a-terminal": { kind: "usage", httpStatus: 400 },
  "bad-keys": { kind: "usage", httpStatus: 400 },
  // @news/app: the command line or request
  "bad-option": { kind: "usage", httpStatus: 400 },
  "no-input": { kind: "usage", httpStatus: 400 },
  "unknown-command": { kind: "usage", httpStatus: 404 },
  "bad-pattern": { kind: "usage", httpStatus: 400 },
  "stdin-repeated": { kind: "usage", httpStatus: 400 },
  // @news/app: one input
  "not-found": { kind: "input", httpStatus: 404 },
  "permission-denied": { kind: "input", httpStatus: 403 },
  "not-a-file": { kind: "input", httpStatus: 422 },
  "directory-loop": { kind: "input", httpStatus: 422 },
  "symlink-loop": { kind: "input", httpStatus: 422 },
  "empty-directory": { kind: "input", httpStatus: 422 },
  "too-large": { kind: "input", httpStatus: 413 },
  "bad-gzip": { kind: "input", httpStatus: 422 },
  "bad-json": { kind: "input", httpStatus: 422 },
  "read-failed": { kind: "environment", httpStatus: 500 },
  // @news/app: one URL (the caller's URL, or the remote server's answer)
  "bad-url": { kind: "input", httpStatus: 400 },
  "blocked-address": { kind: "input", httpStatus: 403 },
  "http-error": { kind: "environment", httpStatus: 502 },
  "too-many-redirects": { kind: "environment", httpStatus: 502 },
  timeout: { kind: "environment", httpStatus: 504 },
  "fetch-failed": { kind: "environment", httpStatus: 502 },
  // @news/app: where results go
  "cannot-write": { kind: "environment", httpStatus: 500 },
  "disk-full": { kind: "environment", httpStatus: 507 },
  "write-failed": { kind: "environment", httpStatus: 500 },
  // ours
  "parse-failed": { kind: "internal", httpStatus: 500 },
  internal: { kind: "internal", httpStatus: 500 },
};

// system error codes that are the environment's doing, whoever threw them (fs, streams, SQLite)
const SYSTEM_CODES: Record<string, { code: KnownCode; message: string }> = {
  ENOSPC: { code: "disk-full", message: "no space left on the device" },
  EDQUOT: { code: "disk-full", message: "the disk quota is exhausted" },
  SQLITE_FULL: { code: "disk-full", message: "no space left on the device (the database could not grow)" },
  EIO: { code: "write-failed", message: "an input/output error on the device" },
  EPIPE: { code: "write-failed", message: "the reader of the output went away" },
  EROFS: { code: "cannot-write", message: "the file system is read-only" },
  EACCES: { code: "permission-denied", message: "permission denied" },
  EPERM: { code: "permission-denied", message: "operation not permitted" },
};

const ERROR_NAMES = new Set(["NewsError", "ArchiveError", "AppError", "CliError"]);

/**
 * Classifies anything thrown into the one shape every app shows: a known code keeps its message;
 * a system error (disk full, broken pipe) becomes its typed code; anything else is `internal`.
 *
 * @example
 * const d = describeError(new AppError("bad-option", "--limit: 0"));
 * // { code: "bad-option", message: "--limit: 0", kind: "usage", exitCode: 2, httpStatus: 400 }
 */
export function describeError(error: unknown): ErrorDescription {
  const code = (error as { code?: unknown } | null)?.code;
  const name = (error as { name?: unknown } | null)?.name;
  const message =
    error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  if (
    typeof code === "string" &&
    code in ERROR_CLASSES &&
    (ERROR_NAMES.has(String(name)) || !(error instanceof Error))
  ) {
    return described(code as KnownCode, message);
  }
  if (typeof code === "string" && code in SYSTEM_CODES) {
    const system = SYSTEM_CODES[code]!;
    return described(system.code, `${system.message} (${message})`);
  }
  return described("internal", message);
}

function described(code: KnownCode, message: string): ErrorDescription {
  const { kind, httpStatus } = ERROR_CLASSES[code];
  return { code, message, kind, exitCode: EXIT_CODES[kind], httpStatus };
}
