import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { isArchiveError } from "../errors.js";
import { loadOptional } from "../optional.js";

/** A value of one COPY column: text, a number, a boolean or null. */
export type CopyValue = string | number | boolean | null | undefined;

/** pg-copy-streams' `from`: a COPY … FROM STDIN as a writable stream over one client's connection. */
export type CopyFrom = (sql: string) => NodeJS.WritableStream & pg.Submittable;

// COPY's text format: a backslash starts an escape, tab and newline end fields and rows
const SPECIAL = /[\\\n\r\t]/g;
const ESCAPE: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * One field in COPY's text format: `\N` for null, backslash escapes for the characters that
 * separate fields and rows.
 *
 * @example
 * copyField("a\tb"); // "a\\tb"
 * copyField(null); // "\\N"
 */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "string") return value.replace(SPECIAL, (c) => ESCAPE[c] as string);
  if (typeof value === "boolean") return value ? "t" : "f";
  return String(value);
}

// a COPY is sent in pieces of about this many characters: one huge string would double memory
// for a batch of long articles, and the server parses and indexes one piece while the next is
// built (64 KiB pieces made a teaser ingest ~10% faster than 1 MiB ones, whose first piece the
// server waited for and whose last one JavaScript waited on)
const PIECE_CHARS = 1 << 16;

/**
 * Streams rows into `COPY table (columns) FROM STDIN` on this client (inside its transaction,
 * when one is open): the rows are in the table when the promise resolves; a failure rejects it
 * and aborts the transaction like any failed statement.
 *
 * @example
 * await copyRows(copyFrom, client, "stage (key, id)", rows, (r) => [r.key, r.id]);
 */
export async function copyRows<T>(
  copyFrom: CopyFrom,
  client: pg.PoolClient | pg.Client,
  target: string,
  rows: readonly T[],
  fields: (row: T) => readonly CopyValue[],
): Promise<void> {
  const stream = client.query(copyFrom(`copy ${target} from stdin`)) as unknown as NodeJS.WritableStream;
  const done = finished(stream);
  let piece = "";
  for (const row of rows) {
    const values = fields(row);
    let line = "";
    for (let i = 0; i < values.length; i++) line += (i === 0 ? "" : "\t") + copyField(values[i]);
    piece += `${line}\n`;
    if (piece.length >= PIECE_CHARS) {
      // a server error ends the stream without a drain: wait for whichever comes first
      if (!stream.write(piece)) await Promise.race([once(stream as NodeJS.EventEmitter, "drain"), done]);
      piece = "";
    }
  }
  stream.end(piece);
  await done;
}

/** pg-copy-streams when it is installed (an optional peer beside pg), or null: COPY is then not used. */
export async function loadCopyFrom(): Promise<CopyFrom | null> {
  try {
    const mod = await loadOptional(
      "pg-copy-streams",
      "PostgreSQL bulk ingest",
      () => import("pg-copy-streams"),
    );
    const lib = ((mod as { default?: unknown }).default ?? mod) as { from: CopyFrom };
    return lib.from;
  } catch (error) {
    if (isArchiveError(error) && error.code === "missing-driver") return null;
    throw error;
  }
}
