import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import type { Archive, IngestResult, PageInput } from "@news/archive";
import { isNewsError, type NewsPage, type ParseOptions, parseDocument } from "@news/core";
import type { AppErrorCode, InputError } from "./errors.js";
import { fetchPage } from "./fetch.js";
import { expandGlob, isGlob } from "./glob.js";
import {
  DEFAULT_MAX_BYTES,
  expandInputs,
  type InputFailure,
  type InputRef,
  readAhead,
  readInput,
} from "./inputs.js";
import { pagesFromJson } from "./json.js";
import { type DocumentParser, parseWithLanguageModel } from "./parse.js";
import { boundBytes } from "./read.js";

/** Bytes already in memory (an API request body), ingested under the same rules as a file. */
export interface MemoryInput {
  /** What the input is called in errors and as the page's source (a file name, `request`). */
  name: string;
  bytes: Uint8Array;
  contentType?: string | null;
}

/** One source: a path, directory, glob, `-` (stdin), an http(s) URL, or bytes in memory. */
export type IngestSource = string | MemoryInput;

/** What the pipeline reports while it runs: the CLI draws it, the API and TUI may stream it. */
export type IngestEvent =
  /** every source is expanded: `total` inputs will be read */
  | { type: "start"; total: number }
  /** one input parsed into pages holding `items` items */
  | { type: "parsed"; input: string; items: number; done: number; total: number }
  /** one input already stored with the same content: not parsed again */
  | { type: "unchanged"; input: string; done: number; total: number }
  /** one input failed; the others go on */
  | { type: "failed"; input: string; code: string; message: string; done: number; total: number }
  /** a batch was committed: the totals so far */
  | { type: "committed"; totals: IngestResult; done: number; total: number };

/** An archive as the pipeline needs it; `knowsPage` (when the engine has it) skips parsing unchanged pages. */
export type IngestArchive = Pick<Archive, "ingest"> & {
  knowsPage?(source: string, contentHash: string): Promise<boolean>;
};

export interface IngestOptions {
  /** What relative paths and globs resolve against (default: the process's). */
  cwd?: string;
  /** Read for a `-` source. */
  stdin?: Readable;
  /** Options for every page (url, encoding, reference, lang); `maxBytes` is set from below. */
  parseOptions?: Omit<ParseOptions, "maxBytes" | "contentType">;
  /** A Content-Type for every file and memory input, over what names and bodies suggest. */
  contentType?: string;
  /** Items per transaction (default 1000); a batch also closes after 200 pages. */
  batch?: number;
  /** Refuse inputs and downloads larger than this (default 100 MiB). */
  maxBytes?: number;
  /** Per URL, the whole download, in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Per URL (default 5). */
  maxRedirects?: number;
  /** Refuse URLs that resolve to private networks (for servers; see fetchPage). */
  blockPrivateNetworks?: boolean;
  /** Add each item's enrichment (quotes, entities, near-duplicates) before storing it. */
  enrich?: boolean;
  /** Stops between inputs (and aborts a running download). */
  signal?: AbortSignal;
  onProgress?: (event: IngestEvent) => void;
  /** The parser (tests inject one to see the pipeline alone). */
  parser?: DocumentParser;
}

/** What a run did: the archive's totals plus every input that failed, with its code. */
export interface IngestSummary extends IngestResult {
  errors: { input: string; code: string; message: string }[];
}

type Expanded = InputRef | InputFailure | { url: string } | { memory: MemoryInput };

/**
 * The ingest pipeline every app shares: expands sources (directories, globs, stdin, URLs, bytes),
 * reads each through the bounded reader, skips a page already stored with the same content before
 * parsing it, parses, optionally enriches, and stores in batches (a killed run resumes where it
 * stopped). A bad input is reported and the others go on; it never throws for one input.
 *
 * @example
 * const summary = await ingestSources(archive, ["pages/", "https://example.org/news"], {
 *   onProgress: (e) => e.type === "failed" && console.error(e.message),
 * });
 */
export async function ingestSources(
  archive: IngestArchive,
  sources: readonly IngestSource[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const batch = options.batch ?? 1000;
  const parser = options.parser ?? parseDocument;
  const emit = options.onProgress ?? (() => {});
  const enrich = options.enrich ? (await import("@news/core/enrich")).enrich : null;

  const expanded = await expandSources(sources, cwd);
  const total = expanded.length;
  emit({ type: "start", total });

  const totals: IngestResult = {
    pages: 0,
    skippedPages: 0,
    items: 0,
    new: 0,
    updated: 0,
    duplicate: 0,
    sightings: 0,
  };
  const errors: IngestSummary["errors"] = [];
  let pending: PageInput[] = [];
  let pendingItems = 0;
  let done = 0;
  const fail = (input: string, error: InputError | { code: string; message: string }) => {
    errors.push({ input, code: error.code, message: error.message });
    emit({ type: "failed", input, code: error.code, message: error.message, done, total });
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const result = await archive.ingest(pending);
    for (const k of Object.keys(totals) as (keyof IngestResult)[]) totals[k] += result[k];
    pending = [];
    pendingItems = 0;
    emit({ type: "committed", totals: { ...totals }, done, total });
  };

  // the next sources load (files read, URLs fetched) while this one is parsed and stored
  // (a source that failed to expand is its own failure)
  const loaded = readAhead(expanded, (source) =>
    "ok" in source ? source : load(source, { ...options, maxBytes }),
  );
  for await (const got of loaded) {
    if (options.signal?.aborted) break;
    done++;
    if (!got.ok) {
      fail(got.input, got.error);
      continue;
    }
    const parseOptions: ParseOptions = { ...options.parseOptions, maxBytes };
    if (got.url && options.parseOptions?.url === undefined) parseOptions.url = got.url;
    if (got.contentType) parseOptions.contentType = got.contentType;
    const hash = createHash("sha1")
      .update(got.bytes)
      .update(JSON.stringify(parseOptions))
      .update(enrich ? "+enrich" : "")
      .digest("base64url");
    if (archive.knowsPage && (await archive.knowsPage(got.where, hash))) {
      totals.skippedPages++;
      emit({ type: "unchanged", input: got.input, done, total });
      continue;
    }
    let pages: NewsPage[];
    try {
      const records = pagesFromJson(got.bytes, got.input, got.contentType);
      if (records) pages = records;
      else {
        const { page, text } = await parseWithLanguageModel(parser, got.bytes, parseOptions);
        pages = [enrich ? enrich(page, { input: text }) : page];
      }
    } catch (error) {
      fail(got.input, parseFailure(error, got.input));
      continue;
    }
    pages.forEach((page, i) => {
      // several records of one JSON file are several pages of one source
      pending.push({
        page,
        source: pages.length > 1 ? `${got.where}#${i + 1}` : got.where,
        contentHash: hash,
      });
      pendingItems += page.items.length;
    });
    emit({
      type: "parsed",
      input: got.input,
      items: pages.reduce((n, p) => n + p.items.length, 0),
      done,
      total,
    });
    if (pendingItems >= batch || pending.length >= 200) await flush();
  }
  await flush();
  return { ...totals, errors };
}

type Loaded =
  | { ok: true; input: string; where: string; bytes: Uint8Array; contentType: string | null; url?: string }
  | { ok: false; input: string; error: InputError };

async function load(
  source: Exclude<Expanded, InputFailure>,
  options: IngestOptions & { maxBytes: number },
): Promise<Loaded> {
  if ("url" in source) {
    const got = await fetchPage(source.url, {
      timeoutMs: options.timeoutMs ?? 30_000,
      maxBytes: options.maxBytes,
      maxRedirects: options.maxRedirects ?? 5,
      blockPrivateNetworks: options.blockPrivateNetworks === true,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!got.ok)
      return {
        ok: false,
        input: source.url,
        error: { code: got.code, message: `${source.url}: ${got.message}` },
      };
    return {
      ok: true,
      input: source.url,
      where: source.url,
      bytes: got.bytes,
      contentType: got.contentType,
      url: got.url,
    };
  }
  if ("memory" in source) {
    const { name, bytes, contentType } = source.memory;
    const read = await boundBytes(bytes, name, options.maxBytes);
    if (!read.ok) return { ok: false, input: name, error: read.error };
    return {
      ok: true,
      input: name,
      where: name,
      bytes: read.bytes,
      contentType: options.contentType ?? contentType ?? null,
    };
  }
  const read = await readInput(source, { stdin: options.stdin, maxBytes: options.maxBytes });
  if (!read.ok) return read;
  return {
    ok: true,
    input: source.input,
    where: source.path ?? "-",
    bytes: read.bytes,
    contentType: options.contentType ?? read.contentType,
  };
}

/** Every source expanded up front (so progress has a total), in the order given. */
async function expandSources(sources: readonly IngestSource[], cwd: string): Promise<Expanded[]> {
  const out: Expanded[] = [];
  let stdinSeen = false;
  for (const source of sources) {
    if (typeof source !== "string") out.push({ memory: source });
    else if (/^https?:\/\//i.test(source)) out.push({ url: source });
    else if (source === "-") {
      out.push(
        stdinSeen
          ? {
              ok: false,
              input: "-",
              error: { code: "stdin-repeated", message: "-: stdin was already read by an earlier `-`" },
            }
          : { input: "-", path: null },
      );
      stdinSeen = true;
    } else if (isGlob(source)) out.push(...(await expandGlob(source, cwd)));
    else for await (const ref of expandInputs([source], { cwd })) out.push(ref);
  }
  return out;
}

function parseFailure(error: unknown, input: string): { code: AppErrorCode | string; message: string } {
  const code = isNewsError(error) || isCoded(error) ? (error as { code: string }).code : "parse-failed";
  const message = error instanceof Error ? error.message : String(error);
  return { code, message: message.startsWith(`${input}: `) ? message : `${input}: ${message}` };
}

function isCoded(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === "AppError";
}
