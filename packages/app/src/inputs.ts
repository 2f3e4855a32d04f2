import { open, readdir, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { Readable } from "node:stream";
import type { InputError } from "./errors.js";
import { DEFAULT_MAX_BYTES, gunzipBounded, readBounded, tooLarge } from "./read.js";

export type { InputError } from "./errors.js";
export { DEFAULT_MAX_BYTES } from "./read.js";

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
  ".ndjson": "application/x-ndjson",
  ".jsonl": "application/x-ndjson",
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

/**
 * Whether a directory walk should read this file name (explicitly named files are always read).
 *
 * @example
 * isPageName("logo.png"); // false
 */
export function isPageName(name: string): boolean {
  if (name.startsWith(".")) return false;
  const ext = extname(name.toLowerCase().replace(/\.gz$/, "")).slice(1);
  return !NOT_PAGES.has(ext);
}

/**
 * Expands `<file|dir|->` arguments in order: directories recursively, each sorted by name,
 * skipping hidden entries and non-page files, and visiting each real directory (device and inode)
 * once, so symlink loops and diamonds cost one visit each. Lazy, so a huge tree starts at once.
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
      if (stdinSeen) yield failure(arg, "stdin-repeated", "-: stdin was already read by an earlier `-`");
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
    const visited = new Set([key(info)]);
    for await (const ref of walk(arg, path, [key(info)], visited)) {
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
  visited: Set<string>,
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
      const id = key(info);
      if (ancestors.includes(id)) {
        yield failure(childShown, "directory-loop", `${childShown}: links back to a directory above it`);
        continue;
      }
      // a second way into a directory already read (two symlinks to it): its pages are in already
      if (visited.has(id)) continue;
      visited.add(id);
      yield* walk(childShown, childPath, [...ancestors, id], visited);
    } else if (info.isFile()) {
      yield { input: childShown, path: childPath };
    }
    // sockets, fifos and devices inside a directory are not pages: skipped silently like hidden files
  }
}

/**
 * Reads one expanded input as bytes through the bounded reader. Never throws: a problem becomes a
 * failure value with a code.
 *
 * @example
 * const result = await readInput({ input: "a.txt", path: "/abs/a.txt" }, { maxBytes: 1e6 });
 * if (result.ok) parse(result.bytes);
 */
export async function readInput(ref: InputRef, options: Omit<InputOptions, "cwd">): Promise<InputResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (ref.path === null) {
      if (!options.stdin) return failure(ref.input, "read-failed", "-: stdin is not available");
      const read = await readBounded(options.stdin, max, ref.input);
      return read.ok
        ? { ok: true, input: ref.input, bytes: read.bytes, contentType: null }
        : { ok: false, input: ref.input, error: read.error };
    }
    const read = await readFileBounded(ref.path, ref.input, max);
    return read.ok
      ? { ok: true, input: ref.input, bytes: read.bytes, contentType: contentTypeFor(ref.path) }
      : { ok: false, input: ref.input, error: read.error };
  } catch (error) {
    return { ok: false, input: ref.input, error: inputError(error, ref.input) };
  }
}

/** Inputs read ahead of the one being used: the reads' waits overlap the caller's parsing. */
export const READ_AHEAD = 2;

/**
 * `load` of each value, in order, with the next `depth` values already loading while the caller
 * works on one (so at most `depth + 1` loads are held at once). A load that fails throws where its
 * value is reached, as a plain loop would; one left behind when the caller stops early is dropped.
 *
 * @example
 * for await (const page of readAhead(paths, (p) => readFile(p))) parse(page);
 */
export async function* readAhead<T, R>(
  values: AsyncIterable<T> | Iterable<T>,
  load: (value: T) => R | Promise<R>,
  depth: number = READ_AHEAD,
): AsyncGenerator<R> {
  const ahead: Promise<R>[] = [];
  for await (const value of values) {
    const loading = Promise.resolve().then(() => load(value));
    // left behind by a caller that stopped, it must not become an unhandled rejection
    loading.catch(() => {});
    ahead.push(loading);
    if (ahead.length > depth) yield await (ahead.shift() as Promise<R>);
  }
  while (ahead.length > 0) yield await (ahead.shift() as Promise<R>);
}

/**
 * `expandInputs` then `readInput`, in order, the next `READ_AHEAD` read while the caller works on
 * one: a file's open, stat, read and close each wait for libuv's thread pool, and one at a time
 * those waits left `news parse` over a directory of pages idle for a sixth of its time.
 *
 * @example
 * for await (const r of readInputs(args, { cwd, stdin: process.stdin })) {
 *   if (!r.ok) console.error(`${r.input}: ${r.error.code}`);
 * }
 */
export function readInputs(args: readonly string[], options: InputOptions): AsyncGenerator<InputResult> {
  return readAhead(expandInputs(args, options), (ref) => ("ok" in ref ? ref : readInput(ref, options)));
}

async function readFileBounded(path: string, shown: string, max: number) {
  const handle = await open(path, "r");
  try {
    // fstat the open handle: the file cannot be swapped between the check and the read
    const info = await handle.stat();
    if (info.isDirectory()) return failedWith("not-a-file", `${shown}: is a directory`);
    if (!info.isFile() && !info.isFIFO()) return failedWith("not-a-file", `${shown}: not a regular file`);
    const compressed = path.toLowerCase().endsWith(".gz");
    if (!compressed && info.isFile() && info.size > max)
      return { ok: false as const, error: tooLarge(shown, max) };
    // a FIFO (`<(…)`) reports size 0 and may never end: only the bounded read decides
    const stream = handle.createReadStream({ autoClose: false, highWaterMark: 64 * 1024 });
    return compressed ? await gunzipBounded(stream, max, shown) : await readBounded(stream, max, shown);
  } finally {
    await handle.close();
  }
}

function failedWith(code: InputError["code"], message: string) {
  return { ok: false as const, error: { code, message } };
}

function key(info: { dev: number | bigint; ino: number | bigint }): string {
  return `${info.dev}:${info.ino}`;
}

function failure(input: string, code: InputError["code"], message: string): InputFailure {
  return { ok: false, input, error: { code, message } };
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
