import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  AppError,
  DEFAULT_MAX_BYTES,
  expandGlob,
  fetchPage,
  type InputError,
  type InputResult,
  isGlob,
  jsonPieces,
  parseByteSize,
  parseWithLanguageModel,
  readInputs,
} from "@news/app";
import {
  CSV_COLUMNS,
  csvLine,
  isNewsError,
  itemToCsvRow,
  type NewsPage,
  type ParseOptions,
  pageToMarkdown,
  pageToText,
  parseDocument,
  toJsonLine,
} from "@news/core";
import { type Command, EXIT, type Io } from "../command.js";
import { openOutput, progressLine } from "../output.js";

/** A parser that also gives back the decoded text its spans index into (what `--enrich` needs). */
export type Parser = (input: string | Uint8Array, options?: ParseOptions) => { page: NewsPage; text: string };

const FORMATS = ["json", "ndjson", "markdown", "text", "csv"] as const;
type Format = (typeof FORMATS)[number];
const ALIASES: Record<string, Format> = { md: "markdown", jsonl: "ndjson", txt: "text" };

const help = `Usage: news parse <file|dir|-|http(s)://URL>... [options]

Parse news pages (text dumps of listing pages, HTML pages, feeds) into NewsPage records.
A directory is read recursively in name order, skipping hidden files and images, fonts,
archives and other non-page files; .gz files are decompressed; - reads stdin; a URL is
downloaded (http and https only, at most 5 redirects, within --timeout and --max-bytes).

Options:
  -f, --format FORMAT    json       one NewsPage object (one input; the default for one file)
                         ndjson     one page per line with an "input" field (the default for
                                    several inputs or a directory; json with several gives this)
                         markdown   readable pages, one section per item (alias: md)
                         text       plain text wrapped to the terminal (alias: txt)
                         csv        one row per item, first column the input
  -o, --out FILE         write to FILE atomically (all or nothing) instead of stdout
  --url URL              the page's address: resolves relative links, becomes the page URL
  --content-type TYPE    an HTTP Content-Type for every input (e.g. "text/html; charset=windows-1252");
                         by default it is guessed from each file's extension
  --encoding LABEL       decode bytes without a BOM with this charset, whatever the page declares
  --reference DATE       resolve relative dates ("yesterday", "5 hours ago") against this
                         ISO date or timestamp; without it they are left unresolved
  --lang LANG            the pages' language when you know it better than they say (e.g. fr)
  --max-bytes N          refuse inputs larger than N bytes (suffixes k, M, G; default 100M)
  --timeout SECONDS      per URL, the whole download (default 30)
  --enrich               add to each item its quotes and speakers, attribution, cited documents,
                         people, places and organisations, event figures and dates, and
                         near-duplicate links (slower; every value keeps its span)
  -q, --quiet            no progress counter or terminal notice, only results and errors
  -h, --help             show this help

Each ndjson record is a NewsPage plus "input", the path as given (how its bytes were
decoded is the page's "inputInfo"). A bad input does not stop the others:
in ndjson it becomes a record
  {"input":"…","error":{"code":"not-found","message":"…"}}
and every failure is also reported on stderr as one line: news: <code>: <message>.
With several inputs and stderr on a terminal, a running count is shown there.
Input error codes: not-found, permission-denied, not-a-file, directory-loop, symlink-loop,
empty-directory, too-large, bad-gzip, stdin-repeated, read-failed; for URLs bad-url,
http-error, too-many-redirects, timeout, fetch-failed; parser codes such as
unsupported-encoding and input-too-large.

Exit codes: 0 every input parsed, 1 at least one input failed, 2 usage error,
70 internal error (a parser bug on some input; the others were still parsed).

Examples:
  news parse page.txt
  news parse pages/ --out pages.ndjson
  news parse https://example.org/news --format markdown
  curl -s https://example.org/news | news parse - --url https://example.org/news`;

/**
 * Builds the `parse` command around a parser (injectable so tests can make it fail on purpose).
 *
 * @example
 * const command = createParseCommand((input, options) => ({ page: parseText(input, options), text: String(input) }));
 * await command.run(["page.txt"], io);
 */
export function createParseCommand(parser: Parser = parseDocument): Command {
  return {
    name: "parse",
    summary: "parse news pages into NewsPage JSON, NDJSON, Markdown, text or CSV",
    help,
    run: (args, io) => run(args, io, parser),
  };
}

export const parseCommand = createParseCommand();

interface Outcome {
  input: string;
  page?: NewsPage;
  error?: InputError | { code: string; message: string };
}

async function run(args: string[], io: Io, parser: Parser): Promise<number> {
  const { values, positionals } = parseOptions(args);
  if (positionals.length === 0)
    throw new AppError("no-input", "no input given (a file, a directory, - or a URL)");
  const only = positionals.length === 1 ? positionals[0]! : undefined;
  const single =
    only !== undefined &&
    !(await isDirectory(only, io.cwd)) &&
    !(isGlob(only) && !(await exists(resolve(io.cwd, only))));
  const requested = values.format === undefined ? undefined : formatOf(values.format);
  const format: Format =
    requested === "json" && !single ? "ndjson" : (requested ?? (single ? "json" : "ndjson"));
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values["max-bytes"]);
  const timeoutMs = values.timeout === undefined ? 30_000 : secondsOf(values.timeout) * 1000;
  const base: ParseOptions = { maxBytes };
  if (values.url !== undefined) base.url = values.url;
  if (values.encoding !== undefined) base.encoding = values.encoding;
  if (values.lang !== undefined) base.lang = values.lang;
  if (values.reference !== undefined) base.reference = referenceOf(values.reference);

  // loaded only when asked for: enrichment brings NLP code and a gazetteer that parsing never needs
  const enrichPage = values.enrich ? (await import("@news/core/enrich")).enrich : undefined;
  const output = await openOutput(values.out, io);
  if (positionals.includes("-") && io.stdin.isTTY && !values.quiet)
    io.stderr.write("news: reading the page from the terminal (end with Ctrl-D)\n");
  const width = values.out === undefined && io.stdout.isTTY ? Math.min(io.stdout.columns ?? 80, 100) : 80;
  // a counter only while results go somewhere else than the terminal it would be drawn on
  const progress = progressLine(
    io.stderr,
    !values.quiet && !single && (values.out !== undefined || !io.stdout.isTTY),
  );
  let failed = 0;
  let internal = false;
  let count = 0;
  try {
    for await (const input of sources(positionals, io, { maxBytes, timeoutMs })) {
      let record: Outcome;
      if (!input.ok) record = { input: input.input, error: input.error };
      else {
        const contentType = values["content-type"] ?? input.contentType;
        const options = { ...base };
        if (contentType) options.contentType = contentType;
        // a downloaded page resolves its links against where it ended up, unless --url says otherwise
        if (input.url && values.url === undefined) options.url = input.url;
        try {
          const { page, text } = await parseWithLanguageModel(parser, input.bytes, options);
          record = { input: input.input, page: enrichPage ? enrichPage(page, { input: text }) : page };
        } catch (error) {
          if (!isNewsError(error)) {
            // a parser bug on one page: report it, keep going with the others
            internal = true;
            if (io.debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
          }
          const code = isNewsError(error) ? error.code : "internal";
          const message = error instanceof Error ? error.message : String(error);
          record = { input: input.input, error: { code, message: `${input.input}: ${message}` } };
        }
      }
      if (record.error) {
        failed++;
        progress.clear();
        io.stderr.write(`news: ${record.error.code}: ${record.error.message}\n`);
      }
      for (const piece of render(record, format, { first: count === 0, single, width }))
        await output.write(piece);
      count++;
      progress.update(`news: ${count} parsed${failed ? `, ${failed} failed` : ""}`);
    }
    progress.clear();
    if (single && failed) await output.abort();
    else await output.close();
  } catch (error) {
    progress.clear();
    await output.abort();
    throw error;
  }
  return internal ? EXIT.internal : failed ? EXIT.failed : EXIT.ok;
}

/** One record's output, in pieces: JSON is written item by item, so no page is too large for it. */
function* render(
  record: Outcome,
  format: Format,
  at: { first: boolean; single: boolean; width: number },
): Generator<string> {
  const { input, page, error } = record;
  if (format === "ndjson" || format === "json") {
    if (error) {
      if (format === "ndjson")
        yield toJsonLine({ input, error: { code: error.code, message: error.message } });
      return;
    }
    // a NewsPage (plus `input`, the path as given, in ndjson), exactly JSON.stringify's text
    const value = format === "json" ? page! : { input, ...page! };
    yield* jsonPieces(value, { indent: format === "json" ? 2 : 0, stream: ["items"] });
    yield "\n";
    return;
  }
  yield renderText(record, format, at);
}

function renderText(
  record: Outcome,
  format: Exclude<Format, "json" | "ndjson">,
  at: { first: boolean; single: boolean; width: number },
): string {
  const { input, page } = record;
  if (format === "csv") {
    const header = at.first ? csvLine(["input", ...CSV_COLUMNS]) : "";
    return header + (page ? page.items.map((item) => itemToCsvRow(item, [input])).join("") : "");
  }
  if (!page) return "";
  const heading = at.single ? undefined : input;
  const gap = at.first ? "" : "\n";
  return (
    gap +
    (format === "markdown"
      ? pageToMarkdown(page, { heading })
      : pageToText(page, { width: at.width, heading }))
  );
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        url: { type: "string" },
        "content-type": { type: "string" },
        encoding: { type: "string" },
        reference: { type: "string" },
        lang: { type: "string" },
        "max-bytes": { type: "string" },
        timeout: { type: "string" },
        enrich: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
      },
    });
  } catch (error) {
    // node's messages are long and mention internals; keep the first sentence
    const message = error instanceof Error ? error.message.split(". ")[0]! : String(error);
    throw new AppError("bad-option", `${message} (see news parse --help)`);
  }
}

type Source = InputResult & { url?: string };

/**
 * Files, directories and stdin through readInputs; http(s) URLs downloaded by fetchPage
 * (capped redirects, one timeout, the byte limit), all in the order given.
 */
async function* sources(
  args: string[],
  io: Io,
  limits: { maxBytes: number; timeoutMs: number },
): AsyncGenerator<Source> {
  const files: string[] = [];
  const flush = () =>
    readInputs(files.splice(0), { cwd: io.cwd, stdin: io.stdin, maxBytes: limits.maxBytes });
  let stdin = false;
  for (const arg of args) {
    if (arg === "-" && stdin) {
      // readInputs sees one group at a time: a second - after a URL must still be refused
      yield* flush();
      yield failure(arg, "stdin-repeated", "stdin was already read by an earlier `-`");
      continue;
    }
    stdin ||= arg === "-";
    if (!/^https?:\/\//i.test(arg)) {
      // a quoted glob is expanded as ingest expands it (a file literally named so is read as itself)
      if (isGlob(arg) && !(await exists(resolve(io.cwd, arg)))) {
        for (const ref of await expandGlob(arg, io.cwd)) {
          if ("ok" in ref) {
            yield* flush();
            yield ref;
          } else files.push(ref.input);
        }
      } else files.push(arg);
      continue;
    }
    yield* flush();
    const got = await fetchPage(arg, { ...limits, maxRedirects: 5 });
    yield got.ok
      ? { ok: true, input: arg, bytes: got.bytes, contentType: got.contentType, url: got.url }
      : failure(arg, got.code, `${arg}: ${got.message}`);
  }
  yield* flush();
}

function failure(input: string, code: string, message: string): Source {
  return { ok: false, input, error: { code, message } as InputError };
}

function secondsOf(value: string): number {
  const seconds = Number(value);
  if (!(seconds > 0)) throw new AppError("bad-option", `--timeout: not a number of seconds: "${value}"`);
  return seconds;
}

function formatOf(value: string): Format {
  const format = ALIASES[value] ?? value;
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  throw new AppError("bad-option", `unknown format "${value}" (one of ${FORMATS.join(", ")})`);
}

function referenceOf(value: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw new AppError("bad-option", `--reference: not an ISO date or timestamp: "${value}"`);
  return value;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function isDirectory(arg: string, cwd: string): Promise<boolean> {
  if (arg === "-") return false;
  try {
    return (await stat(resolve(cwd, arg))).isDirectory();
  } catch {
    return false; // a missing path is reported when it is read
  }
}
