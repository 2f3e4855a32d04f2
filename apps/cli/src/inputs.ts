import { open, readdir, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { Readable } from "node:stream";
import { gunzip } from "node:zlib";
import { CliError, EXIT } from "./command.js";

/** Why one input could not be read. The other inputs of the same command still run. */
export type InputErrorCode =
  | "not-found"
  | "permission-denied"
  | "not-a-file" // a socket, a device: nothing a page is kept in
  | "directory-loop" // a symlink back to a directory being walked
  | "symlink-loop" // a symlink chain that never ends (ELOOP)
  | "empty-directory" // a directory holding no page
  | "too-large" // over the byte limit (after decompression for .gz)
  | "bad-gzip"
  | "stdin-repeated" // `-` given twice: stdin can only be read once
  | "read-failed";

export interface InputError {
  code: InputErrorCode;
  message: string;
}

/** One input to read: `path` is null for stdin. `input` is the path as the user wrote it. */
export interface InputRef {
  input: string;
  path: string | null;
}

export type InputResult =
  | {
      ok: true;
      input: string;
      /** Raw bytes (decompressed when the file ends in .gz): decoding is core's job, not ours. */
      bytes: Uint8Array;
      /** A Content-Type guessed from the file name, or null (stdin, unknown extension). */
      contentType: string | null;
    }
  | { ok: false; input: string; error: InputError };

export type InputFailure = Extract<InputResult, { ok: false }>;

export interface InputOptions {
  /** What relative paths resolve against. */
  cwd: string;
  /** Read when an input is `-`. */
  stdin?: Readable;
  /** Refuse inputs larger than this, in bytes (decompressed size for .gz). */
  maxBytes?: number;
}

/** 100 MiB: comfortably above any real page, far below what would exhaust memory. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

// files a directory walk skips: assets and binaries, never news pages
const NOT_PAGES = new Set(
  (
    "png jpg jpeg gif webp avif svg ico bmp tif tiff heic psd " +
    "mp3 mp4 m4a m4v wav ogg oga ogv webm flac mov avi mkv " +
    "zip tar tgz bz2 xz zst 7z rar jar war " +
    "woff woff2 ttf otf eot " +
    "exe dll so dylib o a class wasm pyc bin dat db sqlite sqlite3 " +
    "pdf doc docx xls xlsx ppt pptx odt ods " +
    "css js mjs cjs ts map lock"
  ).split(" "),
);

const CONTENT_TYPES: Record<string, string> = {
  ".txt": "text/plain",
  ".text": "text/plain",
  ".md": "text/plain",
  ".html": "text/html",
  ".htm": "text/html",
  ".xhtml": "application/xhtml+xml",
  ".xml": "application/xml",
  ".rss": "application/rss+xml",
  ".atom": "application/atom+xml",
  ".json": "application/json",
};

/**
 * A Content-Type guessed from a file name (`.gz` looks through to the inner name), or null.
 *
 * @example
 * contentTypeFor("pages/001.html.gz"); // "text/html"
 */
export function contentTypeFor(path: string): string | null {
  const inner = path.toLowerCase().replace(/\.gz$/, "");
  return CONTENT_TYPES[extname(inner)] ?? null;
}

/** Whether a directory walk should read this file name (explicitly named files are always read). */
export function isPageName(name: string): boolean {
  if (name.startsWith(".")) return false;
  const ext = extname(name.toLowerCase().replace(/\.gz$/, "")).slice(1);
  return !NOT_PAGES.has(ext);
}

/**
 * Expands the command line's `<file|dir|->` arguments in order: directories recursively, each
 * sorted by name, skipping hidden entries and non-page files. Lazy, so a huge tree starts at once.
 *
 * @example
 * for await (const ref of expandInputs(["pages/", "-"], { cwd })) console.log(ref.input);
 */
export async function* expandInputs(
  args: readonly string[],
  options: Pick<InputOptions, "cwd">,
): AsyncGenerator<InputRef | InputFailure> {
  let stdinSeen = false;
  for (const arg of args) {
    if (arg === "-") {
      if (stdinSeen) yield failure(arg, "stdin-repeated", "stdin was already read by an earlier `-`");
      else yield { input: arg, path: null };
      stdinSeen = true;
      continue;
    }
    const path = resolve(options.cwd, arg);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield { ok: false, input: arg, error: inputError(error, arg) };
      continue;
    }
    if (!info.isDirectory()) {
      yield { input: arg, path };
      continue;
    }
    let found = false;
    for await (const ref of walk(arg, path, [key(info)])) {
      found = true;
      yield ref;
    }
    if (!found) yield failure(arg, "empty-directory", `${arg}: no page files in this directory`);
  }
}

async function* walk(
  shown: string,
  path: string,
  ancestors: string[],
): AsyncGenerator<InputRef | InputFailure> {
  let names: string[];
  try {
    names = (await readdir(path)).filter(isPageName).sort();
  } catch (error) {
    yield { ok: false, input: shown, error: inputError(error, shown) };
    return;
  }
  const prefix = shown.endsWith("/") ? shown : `${shown}/`;
  for (const name of names) {
    const childShown = prefix + name;
    const childPath = resolve(path, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(childPath);
    } catch (error) {
      yield { ok: false, input: childShown, error: inputError(error, childShown) };
      continue;
    }
    if (info.isDirectory()) {
      if (ancestors.includes(key(info))) {
        yield failure(childShown, "directory-loop", `${childShown}: links back to a directory above it`);
        continue;
      }
      yield* walk(childShown, childPath, [...ancestors, key(info)]);
    } else if (info.isFile()) {
      yield { input: childShown, path: childPath };
    }
    // sockets, fifos and devices inside a directory are not pages: skipped silently like hidden files
  }
}

/**
 * Reads one expanded input as bytes, within the byte limit. Never throws: a problem becomes a
 * failure value with a code.
 *
 * @example
 * const result = await readInput({ input: "a.txt", path: "/abs/a.txt" }, { cwd });
 * if (result.ok) parse(result.bytes);
 */
export async function readInput(ref: InputRef, options: Omit<InputOptions, "cwd">): Promise<InputResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (ref.path === null) {
      if (!options.stdin) return failure(ref.input, "read-failed", "stdin is not available");
      const bytes = await readStream(options.stdin, max);
      if (!bytes) return tooLarge(ref.input, max);
      return { ok: true, input: ref.input, bytes, contentType: null };
    }
    const compressed = ref.path.toLowerCase().endsWith(".gz");
    const raw = await readFileLimited(ref.path, ref.input, compressed ? Math.max(max, 1024) : max);
    if (!(raw instanceof Uint8Array)) return raw;
    const bytes = compressed ? await gunzipLimited(raw, ref.input, max) : raw;
    if (!(bytes instanceof Uint8Array)) return bytes;
    return { ok: true, input: ref.input, bytes, contentType: contentTypeFor(ref.path) };
  } catch (error) {
    return { ok: false, input: ref.input, error: inputError(error, ref.input) };
  }
}

/**
 * `expandInputs` then `readInput`, one input at a time (only one file is in memory at once).
 *
 * @example
 * for await (const r of readInputs(args, { cwd, stdin: process.stdin })) {
 *   if (!r.ok) console.error(`${r.input}: ${r.error.code}`);
 * }
 */
export async function* readInputs(
  args: readonly string[],
  options: InputOptions,
): AsyncGenerator<InputResult> {
  for await (const ref of expandInputs(args, options)) {
    yield "ok" in ref ? ref : await readInput(ref, options);
  }
}

async function readFileLimited(path: string, shown: string, max: number): Promise<Uint8Array | InputFailure> {
  const handle = await open(path, "r");
  try {
    // fstat the open handle: the file cannot be swapped between the check and the read
    const info = await handle.stat();
    if (info.isDirectory()) return failure(shown, "not-a-file", `${shown}: is a directory`);
    if (!info.isFile() && !info.isFIFO()) return failure(shown, "not-a-file", `${shown}: not a regular file`);
    if (info.size > max) return tooLarge(shown, max);
    const bytes = await handle.readFile();
    // a file that grew after the stat is still held to the limit
    return bytes.byteLength > max ? tooLarge(shown, max) : toUint8(bytes);
  } finally {
    await handle.close();
  }
}

function gunzipLimited(raw: Uint8Array, shown: string, max: number): Promise<Uint8Array | InputFailure> {
  return new Promise((done) => {
    // maxOutputLength stops a gzip bomb before it fills memory
    gunzip(raw, { maxOutputLength: max }, (error, out) => {
      if (!error) done(toUint8(out));
      else if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") done(tooLarge(shown, max));
      else done(failure(shown, "bad-gzip", `${shown}: not valid gzip data (${error.message})`));
    });
  });
}

async function readStream(stream: Readable, max: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    size += bytes.byteLength;
    if (size > max) {
      stream.destroy();
      return null;
    }
    chunks.push(bytes);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

// core takes plain Uint8Arrays; a Buffer is one, but a view keeps Node's type out of the hand-over
function toUint8(buffer: Uint8Array): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function key(info: { dev: number | bigint; ino: number | bigint }): string {
  return `${info.dev}:${info.ino}`;
}

function failure(input: string, code: InputErrorCode, message: string): InputFailure {
  return { ok: false, input, error: { code, message } };
}

function tooLarge(input: string, max: number): InputFailure {
  return failure(input, "too-large", `${input}: larger than the limit of ${max} bytes (see --max-bytes)`);
}

/**
 * Maps a Node file-system error to an input error with a code and a one-line message.
 *
 * @example
 * inputError(Object.assign(new Error(), { code: "ENOENT" }), "a.txt"); // { code: "not-found", … }
 */
export function inputError(error: unknown, shown: string): InputError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return { code: "not-found", message: `${shown}: no such file or directory` };
    case "EACCES":
    case "EPERM":
      return { code: "permission-denied", message: `${shown}: permission denied` };
    case "ELOOP":
      return { code: "symlink-loop", message: `${shown}: too many levels of symbolic links` };
    case "EISDIR":
      return { code: "not-a-file", message: `${shown}: is a directory` };
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return { code: "read-failed", message: `${shown}: ${detail}` };
    }
  }
}

/** "500k", "20M", "1G" or a plain number of bytes (the `--max-bytes` of every command). */
export function bytesOf(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match)
    throw new CliError("bad-option", `--max-bytes: not a size: "${value}" (e.g. 500k, 20M)`, EXIT.usage);
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[
    match[2]!.toLowerCase() as "" | "k" | "m" | "g"
  ];
  return Math.floor(Number(match[1]) * unit);
}

export type Fetched =
  | { ok: true; bytes: Uint8Array; contentType: string | null; url: string }
  | { ok: false; code: string; message: string };

/**
 * Downloads one page: http(s) only, redirects followed by hand (capped, and never to another
 * scheme), the whole exchange under one timeout, the body cut off past `maxBytes`.
 */
export async function fetchPage(
  url: string,
  limits: { timeoutMs: number; maxBytes: number; maxRedirects: number },
): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return { ok: false, code: "bad-url", message: "not a valid URL" };
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
        return {
          ok: false,
          code: "bad-url",
          message: `only http and https are fetched, not ${parsed.protocol}`,
        };
      }
      const response = await fetch(parsed, {
        redirect: "manual",
        signal,
        headers: { "user-agent": "news-cli (+@news/archive)" },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.get("location")) {
        await response.body?.cancel();
        if (hop >= limits.maxRedirects) {
          return {
            ok: false,
            code: "too-many-redirects",
            message: `more than ${limits.maxRedirects} redirects`,
          };
        }
        current = new URL(response.headers.get("location") as string, parsed).toString();
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return {
          ok: false,
          code: "http-error",
          message: `HTTP ${response.status} ${response.statusText}`.trim(),
        };
      }
      const declared = Number(response.headers.get("content-length") ?? "NaN");
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        return { ok: false, code: "too-large", message: `larger than the limit of ${limits.maxBytes} bytes` };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > limits.maxBytes) {
          return {
            ok: false,
            code: "too-large",
            message: `larger than the limit of ${limits.maxBytes} bytes`,
          };
        }
        chunks.push(chunk);
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.byteLength;
      }
      const contentType = response.headers.get("content-type") ?? contentTypeFor(parsed.pathname);
      return { ok: true, bytes, contentType, url: current };
    }
  } catch (error) {
    if (signal.aborted)
      return {
        ok: false,
        code: "timeout",
        message: `no complete answer within ${limits.timeoutMs / 1000} s`,
      };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      code: "fetch-failed",
      message: cause?.code ?? cause?.message ?? (error as Error).message,
    };
  }
}
