import { constants as bufferConstants } from "node:buffer";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { InputError } from "./errors.js";

/** 100 MiB: comfortably above any real page, far below what would exhaust memory. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** The largest buffer this Node can hold: a limit above it is held to it, with a message saying so. */
export const LARGEST_BUFFER = bufferConstants.MAX_LENGTH;

/** What a bounded read gives: the bytes, or why there are none. */
export type Bounded = { ok: true; bytes: Uint8Array } | { ok: false; error: InputError };

/**
 * The one bounded reader every input goes through (files, FIFOs, stdin, gzip, downloads, request
 * bodies): it stops reading, and destroys the source, as soon as the limit is passed, so an
 * endless or huge source never costs more than `max` bytes of memory.
 *
 * @example
 * const r = await readBounded(process.stdin, 1_000_000, "-");
 * if (!r.ok) console.error(r.error.message);
 */
export async function readBounded(
  source: AsyncIterable<Uint8Array | string> & { destroy?: (error?: Error) => void },
  max: number,
  shown: string,
): Promise<Bounded> {
  const limit = Math.min(max, LARGEST_BUFFER);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > limit) {
      source.destroy?.();
      return { ok: false, error: tooLarge(shown, max) };
    }
    chunks.push(bytes);
  }
  return { ok: true, bytes: concat(chunks, size) };
}

/**
 * Decompresses gzip through the bounded reader: the output is held to `max` (a gzip bomb stops
 * there), and so is the compressed input (an endless stream of empty gzip members too).
 *
 * @example
 * const r = await gunzipBounded(createReadStream("page.html.gz"), 1_000_000, "page.html.gz");
 */
export async function gunzipBounded(
  compressed: AsyncIterable<Uint8Array | string> & { destroy?: (error?: Error) => void },
  max: number,
  shown: string,
): Promise<Bounded> {
  const inputLimit = Math.min(Math.max(max, 1024), LARGEST_BUFFER);
  const gunzip = createGunzip();
  let inputTooLarge = false;
  // fed by hand rather than piped: the compressed side is counted, and a read error reaches gunzip
  const feed = (async () => {
    let size = 0;
    try {
      for await (const chunk of compressed) {
        size += chunk.length;
        if (size > inputLimit) {
          inputTooLarge = true;
          compressed.destroy?.();
          gunzip.destroy();
          return;
        }
        if (!gunzip.write(chunk))
          await new Promise((done) => {
            // a reader that stopped (over the limit) destroys gunzip: no drain comes then
            gunzip.once("drain", done);
            gunzip.once("close", done);
          });
        if (gunzip.destroyed) return;
      }
      gunzip.end();
    } catch (error) {
      gunzip.destroy(error as Error);
    }
  })();
  try {
    const result = await readBounded(gunzip, max, shown);
    if (!result.ok) compressed.destroy?.();
    await feed;
    return inputTooLarge ? { ok: false, error: tooLarge(shown, max) } : result;
  } catch (error) {
    compressed.destroy?.();
    await feed;
    if (inputTooLarge) return { ok: false, error: tooLarge(shown, max) };
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("Z_") || code === "ERR_PADDING_1")
      return {
        ok: false,
        error: { code: "bad-gzip", message: `${shown}: not valid gzip data (${(error as Error).message})` },
      };
    throw error;
  }
}

/**
 * Bytes already in memory (a request body) held to the same rules as a file: the limit, and gzip
 * decompressed when the name ends in `.gz`.
 *
 * @example
 * const r = await boundBytes(body, "upload.html.gz", 1_000_000);
 */
export function boundBytes(bytes: Uint8Array, name: string, max: number): Promise<Bounded> {
  if (name.toLowerCase().endsWith(".gz")) return gunzipBounded(Readable.from([bytes]), max, name);
  if (bytes.byteLength > Math.min(max, LARGEST_BUFFER))
    return Promise.resolve({ ok: false, error: tooLarge(name, max) });
  return Promise.resolve({ ok: true, bytes });
}

/** The one too-large failure, saying which limit was passed. */
export function tooLarge(shown: string, max: number): InputError {
  const message =
    max > LARGEST_BUFFER
      ? `${shown}: larger than ${LARGEST_BUFFER} bytes, the most one input can hold in memory here (--max-bytes ${max} is above it)`
      : `${shown}: larger than the limit of ${max} bytes (see --max-bytes)`;
  return { code: "too-large", message };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  // core takes plain Uint8Arrays; a Buffer is one, but a copy keeps Node's type out of the hand-over
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
