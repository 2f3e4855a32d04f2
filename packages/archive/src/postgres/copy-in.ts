import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { isArchiveError } from "../errors.js";
import { loadOptional } from "../optional.js";
import type { Stemming } from "../query.js";
import { scanTsvector } from "./tsvector.js";

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
  try {
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
  } catch (error) {
    await abandon(stream, done, error);
  }
  stream.end(piece);
  await done;
}

/**
 * Ends a COPY whose rows could not all be made (a value that cannot be written, read from a row
 * as it is written): the server is told it failed (CopyFail), so the connection leaves COPY and
 * its transaction aborts, then the error is thrown. Left open, the COPY would hold the
 * connection, and every statement after it would wait forever.
 */
async function abandon(stream: NodeJS.WritableStream, done: Promise<void>, error: unknown): Promise<never> {
  (stream as unknown as { destroy(error: Error): void }).destroy(
    error instanceof Error ? error : new Error(String(error)),
  );
  await done.catch(() => {});
  throw error;
}

/** A column of a binary COPY: how its values are encoded. */
export type BinaryType = "text" | "int8" | "bool" | "tsvector";
/**
 * A tsvector column's value: the texts it is built from, as `setweight(to_tsvector('simple',
 * title), 'A') || setweight(to_tsvector('simple', body), 'B')` builds it from the archive's
 * tokens (see tsvector.ts), tokenized while the row is written.
 */
export interface TsvectorText {
  title: string | null;
  body: string;
  stemming: Stemming;
}
/** A value of a binary COPY column: tsvector columns take `TsvectorText`. */
export type BinaryValue = string | number | boolean | TsvectorText | null | undefined;

// COPY's binary format: a signature, flags and header extension length (both 0); then per row
// a field count and per field a length (-1 for null) and the type's binary form; then -1
const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
const TWO_32 = 2 ** 32;
const scratch = { count: new Int32Array(1024), grouped: new Uint16Array(4096) };

/**
 * Rows encoded in COPY's binary format, in pieces of about PIECE_CHARS bytes. The server reads
 * lengths and bytes instead of parsing text: no escapes to find, no numbers, booleans or tsvector
 * literals to parse (a tsvector's literal was a sixth of the server's work on a teaser).
 */
class BinaryPieces {
  private piece = Buffer.allocUnsafe(PIECE_CHARS);
  private at = 0;
  constructor(private readonly send: (piece: Buffer) => void) {
    this.reserve(SIGNATURE.length + 8);
    this.at += SIGNATURE.copy(this.piece, this.at);
    this.at = this.piece.writeInt32BE(0, this.at);
    this.at = this.piece.writeInt32BE(0, this.at);
  }

  /** Room for `bytes` more in the current piece: the full piece is sent first when needed. */
  private reserve(bytes: number): void {
    if (this.at + bytes <= this.piece.length) return;
    this.flush();
    if (bytes > this.piece.length) this.piece = Buffer.allocUnsafe(bytes);
  }

  /** Sends what the current piece holds, if anything, and starts a new one. */
  flush(): void {
    if (this.at === 0) return;
    this.send(this.piece.subarray(0, this.at));
    this.piece = Buffer.allocUnsafe(PIECE_CHARS);
    this.at = 0;
  }

  row(types: readonly BinaryType[], values: readonly BinaryValue[]): void {
    this.reserve(2);
    this.at = this.piece.writeInt16BE(types.length, this.at);
    for (let i = 0; i < types.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) {
        this.reserve(4);
        this.at = this.piece.writeInt32BE(-1, this.at);
        continue;
      }
      switch (types[i]) {
        case "text": {
          const text = String(value);
          // UTF-8 takes at most three bytes per UTF-16 unit
          this.reserve(4 + 3 * text.length);
          const bytes = this.piece.write(text, this.at + 4);
          this.piece.writeInt32BE(bytes, this.at);
          this.at += 4 + bytes;
          break;
        }
        case "int8": {
          // keys stay below 2^53 (see key.ts): exact as two 32-bit halves
          const n = value as number;
          this.reserve(12);
          this.at = this.piece.writeInt32BE(8, this.at);
          this.at = this.piece.writeInt32BE(Math.floor(n / TWO_32), this.at);
          this.at = this.piece.writeUInt32BE(n >>> 0, this.at);
          break;
        }
        case "bool":
          this.reserve(5);
          this.at = this.piece.writeInt32BE(1, this.at);
          this.piece[this.at++] = value ? 1 : 0;
          break;
        case "tsvector":
          this.tsvector(value as TsvectorText);
          break;
      }
    }
  }

  /**
   * tsvector's binary form: the number of words, then per word its UTF-8 bytes, a zero byte, the
   * number of positions and each position (16 bits). The server sorts the words itself.
   */
  private tsvector({ title, body, stemming }: TsvectorText): void {
    const {
      words: n,
      wordStart,
      wordBytes,
      bytes,
      positions,
      wordOf,
      position,
    } = scanTsvector(title ?? "", body, stemming);
    let bound = 8 + 3 * n + 2 * positions;
    for (let i = 0; i < n; i++) bound += wordBytes[i] as number;
    this.reserve(bound);
    // positions grouped by word, still ascending within each (a counting sort in scratch arrays
    // kept between items: small typed arrays made per item cost more than the sort)
    if (scratch.count.length < n + 1) scratch.count = new Int32Array(2 * (n + 1));
    if (scratch.grouped.length < positions) scratch.grouped = new Uint16Array(2 * positions);
    const { count, grouped } = scratch;
    count.fill(0, 0, n + 1);
    // count[i + 1] is word i's count, then its end after the prefix sum: word i's positions are
    // grouped[count[i]] up to grouped[count[i + 1]]
    for (let k = 0; k < positions; k++) {
      const i = wordOf[k] as number;
      count[i + 1] = (count[i + 1] as number) + 1;
    }
    for (let i = 1; i <= n; i++) count[i] = (count[i] as number) + (count[i - 1] as number);
    for (let k = 0; k < positions; k++) {
      const i = wordOf[k] as number;
      grouped[count[i] as number] = position[k] as number;
      count[i] = (count[i] as number) + 1;
    }
    // count[i] is now word i's end, count[i - 1] (0 for the first) its start
    const piece = this.piece;
    const lengthAt = this.at;
    let at = piece.writeInt32BE(n, lengthAt + 4);
    for (let i = 0; i < n; i++) {
      // most words are short: copied by hand rather than through a view and a native copy
      const from = wordStart[i] as number;
      const length = wordBytes[i] as number;
      for (let b = 0; b < length; b++) piece[at + b] = bytes[from + b] as number;
      at += length;
      piece[at++] = 0;
      const first = i === 0 ? 0 : (count[i - 1] as number);
      const end = count[i] as number;
      piece[at++] = (end - first) >> 8;
      piece[at++] = (end - first) & 0xff;
      for (let k = first; k < end; k++) {
        const p = grouped[k] as number;
        piece[at++] = p >> 8;
        piece[at++] = p & 0xff;
      }
    }
    piece.writeInt32BE(at - lengthAt - 4, lengthAt);
    this.at = at;
  }

  end(): void {
    this.reserve(2);
    this.at = this.piece.writeInt16BE(-1, this.at);
    this.flush();
  }
}

/**
 * `copyRows` in COPY's binary format, each column of a declared type.
 *
 * @example
 * await copyBinary(copyFrom, client, "stage (key, id)", ["int8", "text"], rows, (r) => [r.key, r.id]);
 */
export async function copyBinary<T>(
  copyFrom: CopyFrom,
  client: pg.PoolClient | pg.Client,
  target: string,
  types: readonly BinaryType[],
  rows: readonly T[],
  fields: (row: T) => readonly BinaryValue[],
): Promise<void> {
  const stream = client.query(
    copyFrom(`copy ${target} from stdin with (format binary)`),
  ) as unknown as NodeJS.WritableStream;
  const done = finished(stream);
  let blocked = false;
  const pieces = new BinaryPieces((piece) => {
    if (!stream.write(piece)) blocked = true;
  });
  try {
    for (const row of rows) {
      pieces.row(types, fields(row));
      if (blocked) {
        // a server error ends the stream without a drain: wait for whichever comes first
        await Promise.race([once(stream as NodeJS.EventEmitter, "drain"), done]);
        blocked = false;
      }
    }
  } catch (error) {
    await abandon(stream, done, error);
  }
  pieces.end();
  stream.end();
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
