import {
  AppError,
  DEFAULT_MAX_BYTES,
  type DocumentParser,
  type IngestEvent,
  type IngestOptions,
  type IngestSummary,
  ingestSources,
  parseByteSize,
} from "@news/app";
import { parseDocument } from "@news/core";
import { type Command, EXIT, type Io } from "../command.js";
import { DB_HELP, DB_OPTION, openFor, parseCommandArgs, toCliError } from "./search.js";

const help = `Usage: news ingest <file|dir|glob|.gz|-|http(s)://URL>... [options]

Parse news pages with @news/core and store their items in the archive. Idempotent: items keep
stable ids, so ingesting a page again changes nothing and an item seen on another page only
records where it was seen. Pages are committed in batches: after a crash or kill, run the same
command again; pages already stored are skipped and nothing is stored twice.
NewsPage records (\`news parse\` output: JSON, an array or NDJSON) are recognised by content, from
files, stdin and URLs alike; a JSON Feed is parsed as a feed. A page already stored with the same
bytes is skipped.

Options:
${DB_HELP}
  --batch N              items per transaction (default 1000)
  --stemming english|none  for a new archive: index English stems, so "detainee" finds "detainees"
                         (default none). Recorded in the archive when it is created; an existing
                         archive keeps its own, and asking it for another is an error
  --url URL              the page address for a single file or stdin (resolves relative links)
  --content-type TYPE    an HTTP Content-Type for every file input
  --encoding LABEL       decode bytes without a BOM with this charset
  --reference DATE       resolve relative dates against this ISO date
  --lang LANG            the pages' language when you know it better than they say
  --max-bytes N          refuse inputs (and downloads) larger than N bytes (k, M, G; default 100M)
  --timeout SECONDS      per URL, the whole download (default 30)
  --max-redirects N      per URL (default 5)
  --enrich               enrich each item on the way in (quotes, entities, near-duplicates)
  -f, --format FORMAT    the summary as text (default) or json (--json is the same as -f json)
  -q, --quiet            no progress, only the summary and errors

Exit codes: 0 every input stored, 1 at least one input failed (the others were stored),
2 usage error, 70 internal error.

Examples:
  news ingest examples/
  news ingest 'crawl/**/*.html.gz' --db crawl.db
  news ingest https://example.org/news/ --reference 2024-05-01`;

/**
 * Builds the `ingest` command around a parser (injectable so tests control what pages hold).
 *
 * @example
 * await createIngestCommand().run(["pages/", "--db", "news.db"], io);
 */
export function createIngestCommand(parser: DocumentParser = parseDocument): Command {
  return {
    name: "ingest",
    summary: "parse pages (files, directories, globs, URLs) and store their items in the archive",
    help,
    run: (args, io) => run(args, io, parser),
  };
}

export const ingestCommand = createIngestCommand();

async function run(args: string[], io: Io, parser: DocumentParser): Promise<number> {
  const { values, positionals } = parseCommandArgs("ingest", args, {
    ...DB_OPTION,
    batch: { type: "string" },
    stemming: { type: "string" },
    url: { type: "string" },
    "content-type": { type: "string" },
    encoding: { type: "string" },
    reference: { type: "string" },
    lang: { type: "string" },
    "max-bytes": { type: "string" },
    timeout: { type: "string" },
    "max-redirects": { type: "string" },
    enrich: { type: "boolean" },
    format: { type: "string", short: "f" },
    json: { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
  });
  if (positionals.length === 0)
    throw new AppError("no-input", "no input given (files, directories, globs, URLs or -)");
  const format = values.json ? "json" : (values.format ?? "text");
  if (format !== "json" && format !== "text")
    throw new AppError("bad-option", `unknown format "${format}" (one of text, json)`);
  const batch = intOption("batch", values.batch, 1000, 1, 1_000_000);
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values["max-bytes"]);
  const timeoutMs = intOption("timeout", values.timeout, 30, 1, 3600) * 1000;
  const maxRedirects = intOption("max-redirects", values["max-redirects"], 5, 0, 20);
  const parseOptions: IngestOptions["parseOptions"] = {};
  if (values.encoding) parseOptions.encoding = values.encoding;
  if (values.lang) parseOptions.lang = values.lang;
  if (values.url) parseOptions.url = values.url;
  if (values.reference) {
    if (Number.isNaN(Date.parse(values.reference))) {
      throw new AppError("bad-option", `--reference: not an ISO date: "${values.reference}"`);
    }
    parseOptions.reference = values.reference;
  }

  const stemming = stemmingOption(values.stemming);
  const archive = await openFor(values.db, io, false, stemming === undefined ? {} : { stemming });
  if (stemming !== undefined) {
    // stemming is chosen once, when the archive is created: a different wish is refused, not ignored
    const recorded = await archive
      .stats()
      .then((s) => s.stemming)
      .catch(async (e) => {
        await archive.close();
        throw toCliError(e);
      });
    if (recorded !== stemming) {
      await archive.close();
      throw new AppError(
        "bad-option",
        `--stemming ${stemming ?? "none"}: this archive was created ${recorded ? `with ${recorded} stemming` : "without stemming"}, which cannot change (stemming is chosen when an archive is created)`,
      );
    }
  }
  const progress = new Progress(io, values.quiet === true);
  let summary: IngestSummary;
  try {
    summary = await ingestSources(archive, positionals, {
      cwd: io.cwd,
      stdin: io.stdin,
      parseOptions,
      ...(values["content-type"] ? { contentType: values["content-type"] } : {}),
      batch,
      maxBytes,
      timeoutMs,
      maxRedirects,
      enrich: values.enrich === true,
      parser,
      onProgress: (event) => progress.on(event),
    }).catch((e) => {
      throw toCliError(e);
    });
  } finally {
    progress.clear();
    await archive.close();
  }

  const { errors, ...totals } = summary;
  if (format === "json") {
    io.stdout.write(`${JSON.stringify({ ...totals, errors }, null, 2)}\n`);
  } else {
    const lines = [
      `pages: ${totals.pages} stored, ${totals.skippedPages} unchanged`,
      `items: ${totals.items} (${totals.new} new, ${totals.updated} updated, ${totals.duplicate} duplicate), ${plural(totals.sightings, "new sighting")}`,
      `errors: ${errors.length}`,
      ...errors.map((e) => `  ${e.input}: ${e.code}`),
    ];
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return errors.length > 0 ? EXIT.failed : EXIT.ok;
}

/** Draws the pipeline's progress events: a bar on a terminal, a plain line per committed batch otherwise. */
class Progress {
  private items = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;
  constructor(
    private readonly io: Io,
    private readonly quiet: boolean,
  ) {}

  on(event: IngestEvent) {
    if (event.type === "failed") {
      // errors always show, on their own line (the bar is redrawn after)
      this.clear();
      this.io.stderr.write(`news: ${event.code}: ${event.message}\n`);
    } else if (event.type === "parsed") {
      this.items += event.items;
      this.draw(event.done, event.total);
    } else if (event.type === "unchanged") {
      this.draw(event.done, event.total);
    } else if (event.type === "committed" && !this.quiet && !this.io.stderr.isTTY) {
      const elapsed = (Date.now() - this.started) / 1000;
      this.io.stderr.write(
        `ingest: ${event.done}/${event.total} inputs, ${plural(event.totals.items, "item")} stored (${event.totals.new} new), ${Math.round(event.totals.items / Math.max(elapsed, 0.001))} items/s\n`,
      );
    }
  }

  private draw(done: number, total: number) {
    if (this.quiet || !this.io.stderr.isTTY) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < total) return;
    this.lastDraw = now;
    const elapsed = (now - this.started) / 1000;
    const rate = elapsed > 0 ? this.items / elapsed : 0;
    const eta = done > 0 ? (elapsed / done) * (total - done) : 0;
    const width = 24;
    const filled = Math.round((done / Math.max(1, total)) * width);
    this.io.stderr.write(
      `\r\x1b[K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} pages  ${plural(this.items, "item")}  ${Math.round(rate)} items/s  ETA ${clock(eta)}`,
    );
    this.drawn = true;
  }

  clear() {
    if (this.drawn) this.io.stderr.write("\r\x1b[K");
    this.drawn = false;
  }
}

/** "1 item", "2 items". */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** `--stemming`: "english", "none" (null), or undefined when not given. */
function stemmingOption(value: string | undefined): "english" | null | undefined {
  if (value === undefined) return undefined;
  if (value === "english") return "english";
  if (value === "none") return null;
  throw new AppError("bad-option", `--stemming: english or none, not "${value}"`);
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
    throw new AppError("bad-option", `--${name}: a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}
