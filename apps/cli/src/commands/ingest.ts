import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { IngestResult, PageInput } from "@news/archive";
import { isNewsError, NewsPage, type ParseOptions, parse } from "@news/core";
import { CliError, type Command, EXIT, type Io } from "../command.js";
import {
  bytesOf,
  DEFAULT_MAX_BYTES,
  expandInputs,
  fetchPage,
  type InputFailure,
  type InputRef,
  readInput,
} from "../inputs.js";
import { DB_HELP, DB_OPTION, openFor, parseCommandArgs, toCliError } from "./search.js";

type Parser = (input: string | Uint8Array, options?: ParseOptions) => NewsPage;

const help = `Usage: news ingest <file|dir|glob|.gz|-|http(s)://URL>... [options]

Parse news pages with @news/core and store their items in the archive. Idempotent: items keep
stable ids, so ingesting a page again changes nothing and an item seen on another page only
records where it was seen. Pages are committed in batches: after a crash or kill, run the same
command again; pages already stored are skipped and nothing is stored twice.
Files ending in .json/.ndjson/.jsonl are read as NewsPage records (\`news parse\` output).

Options:
${DB_HELP}
  --batch N              items per transaction (default 1000)
  --url URL              the page address for a single file or stdin (resolves relative links)
  --content-type TYPE    an HTTP Content-Type for every file input
  --encoding LABEL       decode bytes without a BOM with this charset
  --reference DATE       resolve relative dates against this ISO date
  --lang LANG            the pages' language when you know it better than they say
  --max-bytes N          refuse inputs (and downloads) larger than N bytes (k, M, G; default 100M)
  --timeout SECONDS      per URL, the whole download (default 30)
  --max-redirects N      per URL (default 5)
  --json                 print the summary as JSON
  -q, --quiet            no progress, only the summary and errors

Exit codes: 0 every input stored, 1 at least one input failed (the others were stored),
2 usage error, 70 internal error.

Examples:
  news ingest examples/
  news ingest 'crawl/**/*.html.gz' --db crawl.db
  news ingest https://example.org/news/ --reference 2024-05-01`;

/** One input of the command line after expansion. */
type Source = InputRef | InputFailure | { url: string };

const GLOB = /[*?[]/;

/**
 * Builds the `ingest` command around a parser (injectable so tests control what pages hold).
 *
 * @example
 * await createIngestCommand(parseText).run(["pages/", "--db", "news.db"], io);
 */
export function createIngestCommand(parser: Parser = parse): Command {
  return {
    name: "ingest",
    summary: "parse pages (files, directories, globs, URLs) and store their items in the archive",
    help,
    run: (args, io) => run(args, io, parser),
  };
}

export const ingestCommand = createIngestCommand();

async function run(args: string[], io: Io, parser: Parser): Promise<number> {
  const { values, positionals } = parseCommandArgs("ingest", args, {
    ...DB_OPTION,
    batch: { type: "string" },
    url: { type: "string" },
    "content-type": { type: "string" },
    encoding: { type: "string" },
    reference: { type: "string" },
    lang: { type: "string" },
    "max-bytes": { type: "string" },
    timeout: { type: "string" },
    "max-redirects": { type: "string" },
    json: { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
  });
  if (positionals.length === 0)
    throw new CliError("no-input", "no input given (files, directories, globs, URLs or -)", EXIT.usage);
  const batch = intOption("batch", values.batch, 1000, 1, 1_000_000);
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : bytesOf(values["max-bytes"]);
  const timeoutMs = intOption("timeout", values.timeout, 30, 1, 3600) * 1000;
  const maxRedirects = intOption("max-redirects", values["max-redirects"], 5, 0, 20);
  const base: ParseOptions = { maxBytes };
  if (values.encoding) base.encoding = values.encoding;
  if (values.lang) base.lang = values.lang;
  if (values.reference) {
    if (Number.isNaN(Date.parse(values.reference))) {
      throw new CliError("bad-option", `--reference: not an ISO date: "${values.reference}"`, EXIT.usage);
    }
    base.reference = values.reference;
  }

  const sources: Source[] = [];
  for (const arg of positionals) {
    if (/^https?:\/\//i.test(arg)) sources.push({ url: arg });
    else if (GLOB.test(arg)) sources.push(...(await expandGlob(arg, io.cwd)));
    else for await (const ref of expandInputs([arg], io)) sources.push(ref);
  }

  const archive = await openFor(values.db, io);
  const progress = new Progress(io, sources.length, values.quiet === true);
  const totals: IngestResult = {
    pages: 0,
    skippedPages: 0,
    items: 0,
    new: 0,
    updated: 0,
    duplicate: 0,
    sightings: 0,
  };
  const errors: { input: string; code: string; message: string }[] = [];
  let pending: PageInput[] = [];
  let pendingItems = 0;
  const fail = (input: string, code: string, message: string) => {
    errors.push({ input, code, message });
    progress.clear();
    io.stderr.write(`news: ${code}: ${message}\n`);
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const r = await archive.ingest(pending).catch((e) => {
      throw toCliError(e);
    });
    for (const k of Object.keys(totals) as (keyof IngestResult)[]) totals[k] += r[k];
    pending = [];
    pendingItems = 0;
    progress.committed(totals);
  };

  try {
    for (const source of sources) {
      progress.tick();
      if ("ok" in source) {
        fail(source.input, source.error.code, source.error.message);
        continue;
      }
      let bytes: Uint8Array;
      let contentType: string | null;
      let shown: string;
      let where: string;
      let pageUrl = values.url;
      if ("url" in source) {
        shown = where = source.url;
        const got = await fetchPage(source.url, { timeoutMs, maxBytes, maxRedirects });
        if (!got.ok) {
          fail(source.url, got.code, `${source.url}: ${got.message}`);
          continue;
        }
        ({ bytes, contentType } = got);
        pageUrl = got.url;
      } else {
        const read = await readInput(source, { stdin: io.stdin, maxBytes });
        shown = source.input;
        where = source.path ?? "-";
        if (!read.ok) {
          fail(read.input, read.error.code, read.error.message);
          continue;
        }
        bytes = read.bytes;
        contentType = values["content-type"] ?? read.contentType;
      }
      const options: ParseOptions = { ...base };
      if (pageUrl) options.url = pageUrl;
      if (contentType) options.contentType = contentType;
      const hash = createHash("sha1").update(bytes).update(JSON.stringify(options)).digest("base64url");
      let pages: NewsPage[];
      try {
        if (isJson(shown, contentType)) pages = pagesFromJson(bytes, shown);
        else pages = [parser(bytes, options)];
      } catch (error) {
        const code = isNewsError(error)
          ? error.code
          : error instanceof CliError
            ? error.code
            : "parse-failed";
        fail(shown, code, `${shown}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      pages.forEach((page, i) => {
        // several records of one JSON file are several pages of one source
        pending.push({ page, source: pages.length > 1 ? `${where}#${i + 1}` : where, contentHash: hash });
        pendingItems += page.items.length;
      });
      progress.parsed(pages.reduce((n, p) => n + p.items.length, 0));
      if (pendingItems >= batch || pending.length >= 200) await flush();
    }
    await flush();
  } finally {
    progress.clear();
    await archive.close();
  }

  if (values.json) {
    io.stdout.write(`${JSON.stringify({ ...totals, errors }, null, 2)}\n`);
  } else {
    const lines = [
      `pages: ${totals.pages} stored, ${totals.skippedPages} unchanged`,
      `items: ${totals.items} (${totals.new} new, ${totals.updated} updated, ${totals.duplicate} duplicate), ${totals.sightings} new sightings`,
      `errors: ${errors.length}`,
      ...errors.map((e) => `  ${e.input}: ${e.code}`),
    ];
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return errors.length > 0 ? EXIT.failed : EXIT.ok;
}

function isJson(name: string, contentType: string | null): boolean {
  return /\.(json|ndjson|jsonl)(\.gz)?$/i.test(name) || /json/i.test(contentType ?? "");
}

/** NewsPage records from a JSON file: one page, an array, or NDJSON (`news parse` output). */
function pagesFromJson(bytes: Uint8Array, shown: string): NewsPage[] {
  const text = new TextDecoder().decode(bytes).trim();
  let records: unknown[];
  try {
    if (text.startsWith("[")) records = JSON.parse(text) as unknown[];
    else if (text.startsWith("{") && !/\}\s*\n\s*\{/.test(text)) records = [JSON.parse(text)];
    else
      records = text
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
  } catch (error) {
    throw new CliError("bad-json", `not JSON: ${(error as Error).message}`);
  }
  const pages: NewsPage[] = [];
  for (const record of records) {
    if (typeof record !== "object" || record === null || (record as { error?: unknown }).error) continue;
    // a `news parse` ndjson record is a NewsPage plus `input` (its path), which the schema drops
    const parsed = NewsPage.safeParse(record);
    if (!parsed.success) {
      throw new CliError(
        "invalid-page",
        `${shown}: a record is not a NewsPage (${parsed.error.issues[0]?.message ?? "invalid"})`,
      );
    }
    pages.push(parsed.data);
  }
  return pages;
}

/**
 * Expands a glob (`*`, `?`, `[…]`, `**`) against the file system, in name order. Node 20 has no
 * fs.glob; the shell usually expands globs, this covers quoted ones.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<Source[]> {
  const absolute = resolve(cwd, pattern);
  const parts = absolute.split(sep);
  const fixed = parts.findIndex((p) => GLOB.test(p));
  const root = parts.slice(0, fixed).join(sep) || sep;
  const matcher = globRegex(parts.slice(fixed).join("/"));
  const found: string[] = [];
  const walk = async (dir: string, depth: number) => {
    if (depth > 64) return;
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile() && matcher.test(relative(root, path).split(sep).join("/"))) found.push(path);
    }
  };
  await walk(root, 0);
  found.sort();
  if (found.length === 0) {
    return [
      { ok: false, input: pattern, error: { code: "not-found", message: `${pattern}: no file matches` } },
    ];
  }
  return found.map((path) => ({ input: relative(cwd, path) || path, path }));
}

function globRegex(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) re += "\\[";
      else {
        re += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** A progress bar on a terminal, a plain line per committed batch otherwise. */
class Progress {
  private done = 0;
  private items = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;
  constructor(
    private readonly io: Io,
    private readonly total: number,
    private readonly quiet: boolean,
  ) {}

  tick() {
    this.done++;
  }

  parsed(items: number) {
    this.items += items;
    if (this.quiet || !this.io.stderr.isTTY) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const elapsed = (now - this.started) / 1000;
    const rate = elapsed > 0 ? this.items / elapsed : 0;
    const eta = this.done > 0 ? (elapsed / this.done) * (this.total - this.done) : 0;
    const width = 24;
    const filled = Math.round((this.done / Math.max(1, this.total)) * width);
    this.io.stderr.write(
      `\r\x1b[K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.done}/${this.total} pages  ${this.items} items  ${Math.round(rate)} items/s  ETA ${clock(eta)}`,
    );
    this.drawn = true;
  }

  committed(totals: IngestResult) {
    if (this.quiet || this.io.stderr.isTTY) return;
    const elapsed = (Date.now() - this.started) / 1000;
    this.io.stderr.write(
      `ingest: ${this.done}/${this.total} inputs, ${totals.items} items stored (${totals.new} new), ${Math.round(totals.items / Math.max(elapsed, 0.001))} items/s\n`,
    );
  }

  clear() {
    if (this.drawn) this.io.stderr.write("\r\x1b[K");
    this.drawn = false;
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function intOption(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliError(
      "bad-option",
      `--${name}: a whole number from ${min} to ${max}, not "${value}"`,
      EXIT.usage,
    );
  }
  return n;
}
