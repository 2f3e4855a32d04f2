import type { StoredItem } from "@news/archive";
import {
  CSV_COLUMNS,
  type CsvOptions,
  csvLine,
  type FeedFormat,
  type FeedWriter,
  feedWriter,
  itemToCsvRow,
  itemToMarkdown,
  safeUrl,
  toJsonLine,
} from "@news/core";
import { CliError, type Command, EXIT, type Io } from "../command.js";
import { openOutput } from "../output.js";
import {
  DB_HELP,
  DB_OPTION,
  FILTER_HELP,
  FILTER_OPTIONS,
  filtersOf,
  openFor,
  parseCommandArgs,
  toCliError,
} from "./search.js";

const FORMATS = ["json", "ndjson", "csv", "markdown", "rss", "atom", "jsonfeed"] as const;
type Format = (typeof FORMATS)[number];
const ALIASES: Record<string, Format> = { md: "markdown", jsonl: "ndjson", "json-feed": "jsonfeed" };
const FEEDS: Partial<Record<Format, FeedFormat>> = { rss: "rss", atom: "atom", jsonfeed: "json" };

const help = `Usage: news export [query] [options]

Write the archive's items (all, or those matching a query and filters), newest first.

Options:
  -f, --format FORMAT    ndjson (default; one item per line), json (one array), csv,
                         markdown (alias md), rss (RSS 2.0), atom (Atom 1.0),
                         jsonfeed (JSON Feed 1.1)
  -o, --out FILE         write to FILE atomically instead of stdout
  --title TEXT           the feed's title (default "news archive")
  --link URL             the site the feed is about (required for feeds)
  --self-url URL         where the feed will be served (written as rel="self")
  --author NAME          who publishes the feed (Atom entries without an author
                         take it; default the title)
  --raw-csv              write CSV cells as they are: by default a cell starting
                         with = + - @ gets a leading ' so spreadsheets show it
                         as text instead of running it as a formula
${FILTER_HELP}
${DB_HELP}

Examples:
  news export --format csv --out items.csv
  news export 'idlib OR aleppo' --from 2017-01 --format atom --link https://example.org/ > feed.xml`;

export const exportCommand: Command = {
  name: "export",
  summary: "export archived items as JSON, NDJSON, CSV, Markdown, RSS, Atom or JSON Feed",
  help,
  run,
};

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("export", args, {
    ...DB_OPTION,
    ...FILTER_OPTIONS,
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
    title: { type: "string" },
    link: { type: "string" },
    "self-url": { type: "string" },
    author: { type: "string" },
    "raw-csv": { type: "boolean" },
  });
  const requested = values.format ?? "ndjson";
  const format = ALIASES[requested] ?? requested;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(
      "bad-option",
      `unknown format "${requested}" (one of ${FORMATS.join(", ")})`,
      EXIT.usage,
    );
  }
  const writer =
    feedFormat(format as Format, values) ??
    itemWriter(format as Format, { neutralizeFormulas: !values["raw-csv"] });
  const filters = { ...filtersOf(values), q: positionals.join(" ") };
  const archive = await openFor(values.db, io, true);
  const output = await openOutput(values.out, io);
  try {
    await output.write(writer.head());
    for await (const item of archive.scan(filters)) await output.write(writer.entry(item));
    await output.write(writer.tail());
    await output.close();
  } catch (error) {
    await output.abort();
    throw toCliError(error);
  } finally {
    await archive.close();
  }
  return EXIT.ok;
}

function feedFormat(
  format: Format,
  values: { title?: string; link?: string; "self-url"?: string; author?: string },
): FeedWriter | null {
  const feed = FEEDS[format];
  if (!feed) return null;
  const link = values.link ? safeUrl(values.link) : null;
  if (!link) {
    throw new CliError(
      "bad-option",
      values.link
        ? `--link "${values.link}" is not an absolute http(s) URL`
        : `${format} needs --link URL: the site the feed is about`,
      EXIT.usage,
    );
  }
  const self = values["self-url"];
  if (self !== undefined && !safeUrl(self)) {
    throw new CliError("bad-option", `--self-url "${self}" is not an absolute http(s) URL`, EXIT.usage);
  }
  return feedWriter(feed, {
    title: values.title ?? "news archive",
    link,
    ...(self ? { selfUrl: self } : {}),
    ...(values.author ? { author: values.author } : {}),
  });
}

/** The formats that are not feeds, written the way feeds are: a head, one entry per item, a tail. */
function itemWriter(format: Format, csv: CsvOptions): FeedWriter {
  let n = 0;
  switch (format) {
    case "json":
      return {
        head: () => "[",
        entry: (item) => `${n++ === 0 ? "\n" : ",\n"}${JSON.stringify(item)}`,
        tail: () => "\n]\n",
      };
    case "csv":
      return {
        head: () => csvLine(["site", ...CSV_COLUMNS], csv),
        entry: (item) => itemToCsvRow(item, [(item as StoredItem).site], csv),
        tail: () => "",
      };
    case "markdown":
      return { head: () => "", entry: (item) => itemToMarkdown(item), tail: () => "" };
    default:
      return { head: () => "", entry: toJsonLine, tail: () => "" };
  }
}
