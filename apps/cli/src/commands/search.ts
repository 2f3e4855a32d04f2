import { resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  type Archive,
  isArchiveError,
  isPostgresUrl,
  openArchive,
  resolveLocation,
  type SearchHit,
  SearchQuery,
  type StoredItem,
} from "@news/archive";
import { CSV_COLUMNS, csvLine, itemToCsvRow, toJsonLine } from "@news/core";
import { CliError, type Command, EXIT, type Io } from "../command.js";
import { openOutput } from "../output.js";

/** Options every archive command takes. */
export const DB_OPTION = { db: { type: "string" } } as const;

/** Search filters shared by `search` and `export`. */
export const FILTER_OPTIONS = {
  from: { type: "string" },
  to: { type: "string" },
  category: { type: "string" },
  site: { type: "string" },
  lang: { type: "string" },
  entity: { type: "string" },
} as const;

export const DB_HELP = `  --db PATH|URL          the archive: a SQLite file or a postgres:// URL (default: $NEWS_DATABASE_URL,
                         else $NEWS_DB, else $XDG_DATA_HOME/news/archive.db, i.e. ~/.local/share/news/archive.db)`;

export const FILTER_HELP = `  --from DATE, --to DATE items dated in this range: YYYY, YYYY-MM or YYYY-MM-DD, both inclusive,
                         a year or month meaning the whole period (--to 2017 includes 2017-12-31)
  --category NAME        items of this category (case-insensitive)
  --site HOST            items from this site (host name, www. ignored)
  --lang LANG            items in this language (e.g. en, fr)
  --entity ID|NAME       items mentioning this entity (needs enriched items)`;

/**
 * Parses a command's arguments with node's parseArgs and maps its errors to one usage line.
 */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig["options"]>>(
  name: string,
  args: string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split(". ")[0] as string) : String(error);
    throw new CliError("bad-option", `${message} (see news ${name} --help)`, EXIT.usage);
  }
}

/** Opens the archive named by `--db` or the environment, mapping archive errors to CLI errors. */
export async function openFor(db: string | undefined, io: Io, readonly = false): Promise<Archive> {
  try {
    const location = resolveLocation(db, io.env);
    return await openArchive(isPostgresUrl(location) ? location : resolve(io.cwd, location), { readonly });
  } catch (error) {
    throw toCliError(error);
  }
}

export function toCliError(error: unknown): unknown {
  if (isArchiveError(error)) {
    return new CliError(
      error.code,
      error.message,
      error.code === "invalid-option" || error.code === "invalid-cursor" ? EXIT.usage : EXIT.failed,
    );
  }
  return error;
}

/** The filters of `search` and `export`, checked by the archive's SearchQuery schema. */
export function filtersOf(values: Record<string, unknown>): SearchQuery {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(FILTER_OPTIONS)) if (values[key] !== undefined) raw[key] = values[key];
  return checkQuery(raw);
}

/**
 * Validates a search's flags with the SearchQuery schema the API uses too, so both refuse the
 * same input in the same words; a refusal is one usage line per flag (`--from: not a calendar date…`).
 */
function checkQuery(raw: Record<string, unknown>): SearchQuery {
  const checked = SearchQuery.safeParse(raw);
  if (checked.success) return checked.data;
  const message = checked.error.issues
    .map((issue) => {
      const field = String(issue.path[0] ?? "");
      const text = issue.message.startsWith(`${field}: `)
        ? issue.message.slice(field.length + 2)
        : issue.message;
      const given = raw[field];
      const flag = field === "q" ? "query" : `--${field}`;
      return `${flag}: ${text}${typeof given === "string" && given.length < 60 ? ` (got "${given}")` : ""}`;
    })
    .join("; ");
  throw new CliError("bad-option", message, EXIT.usage);
}

/**
 * Moves the query's words after a `--`, so `news search -sochi geneva` reads `-sochi` as the
 * documented NOT rather than as options: only the command's own options are read as options.
 */
function queryWordsLast(args: string[], options: Record<string, { type: string; short?: string }>): string[] {
  const flags: string[] = [];
  const words: string[] = [];
  const shorts = new Map(Object.values(options).flatMap((o) => (o.short ? [[`-${o.short}`, o]] : [])));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      words.push(...args.slice(i + 1));
      break;
    }
    const option = arg.startsWith("--") ? options[arg.slice(2)] : shorts.get(arg);
    if (arg.startsWith("--") || option) {
      flags.push(arg);
      if (option?.type === "string" && i + 1 < args.length) flags.push(args[++i] as string);
    } else {
      words.push(arg);
    }
  }
  return [...flags, "--", ...words];
}

const SEARCH_FORMATS = ["table", "json", "ndjson", "csv", "markdown"] as const;
type SearchFormat = (typeof SEARCH_FORMATS)[number];

const help = `Usage: news search <query> [options]

Search the archive. The query language:
  word               items containing the word (case and accents do not matter)
  "two words"        the phrase
  a b, a AND b       both;  a OR b  either;  -a, NOT a  without;  (a OR b) c  grouping
  pref*              words starting with pref
  title:word         the word in the headline
  site:HOST category:NAME lang:LANG from:DATE to:DATE entity:ID   filters, as the options below

Options:
${FILTER_HELP}
  --sort date|relevance  newest first (default) or best match first
  --limit N              results per page, 1 to 1000 (default 20)
  --cursor C             the next page: the cursor printed after the previous page
  --facets               also count results by category, site and month
  -f, --format FORMAT    table (default), json, ndjson, csv, markdown
${DB_HELP}

Exit codes: 0 ok (also with no results), 1 the archive could not be read, 2 usage error.

Examples:
  news search '"peace talks" geneva -sochi' --from 2017-01-01
  news search 'airstrike*' --site en.etilaf.org --format ndjson`;

export const searchCommand: Command = {
  name: "search",
  summary: "search the archive (phrases, AND/OR/NOT, prefixes, filters, facets)",
  help,
  async run(args, io) {
    const options = {
      ...DB_OPTION,
      ...FILTER_OPTIONS,
      sort: { type: "string" },
      limit: { type: "string" },
      cursor: { type: "string" },
      facets: { type: "boolean" },
      format: { type: "string", short: "f" },
    } as const;
    const { values, positionals } = parseCommandArgs("search", queryWordsLast(args, options), options);
    const format = (values.format ?? "table") as SearchFormat;
    if (!SEARCH_FORMATS.includes(format)) {
      throw new CliError(
        "bad-option",
        `unknown format "${values.format}" (one of ${SEARCH_FORMATS.join(", ")})`,
        EXIT.usage,
      );
    }
    const query = checkQuery({
      q: positionals.join(" "),
      ...filtersOf(values),
      sort: values.sort,
      limit: values.limit,
      cursor: values.cursor,
    });
    const tty = Boolean(io.stdout.isTTY);
    const highlight: [string, string] =
      format === "table"
        ? tty
          ? ["\x1b[1m", "\x1b[22m"]
          : ["[", "]"]
        : format === "markdown"
          ? ["**", "**"]
          : ["<mark>", "</mark>"];
    const archive = await openFor(values.db, io, true);
    try {
      const result = await archive.search(query, { facets: values.facets === true, highlight }).catch((e) => {
        throw toCliError(e);
      });
      const output = await openOutput(undefined, io);
      if (format === "json") {
        await output.write(`${JSON.stringify(result, null, 2)}\n`);
      } else if (format === "ndjson") {
        for (const hit of result.hits)
          await output.write(toJsonLine({ ...hit.item, score: hit.score, snippet: hit.snippet }));
        if (result.facets) await output.write(toJsonLine({ facets: result.facets }));
      } else if (format === "csv") {
        await output.write(csvLine(["site", "score", ...CSV_COLUMNS]));
        for (const hit of result.hits)
          await output.write(
            itemToCsvRow(hit.item, [hit.item.site, hit.score === null ? null : hit.score.toFixed(4)]),
          );
      } else if (format === "markdown") {
        for (const hit of result.hits) await output.write(itemMarkdown(hit.item, hit.snippet));
      } else {
        await output.write(table(result.hits, io.stdout.columns ?? 100));
        if (result.facets) {
          for (const [name, counts] of Object.entries({
            category: result.facets.category,
            site: result.facets.site,
            month: result.facets.month,
          })) {
            await output.write(
              `${name}: ${
                counts
                  .slice(0, 8)
                  .map((c) => `${c.value} (${c.count})`)
                  .join(", ") || "-"
              }\n`,
            );
          }
          await output.write(`total: ${result.facets.total}\n`);
        }
      }
      // on stderr, so a pipe gets only results; tables are for people, who want the hint
      if (result.nextCursor && (format === "table" || format === "markdown")) {
        io.stderr.write(`more: news search … --cursor ${result.nextCursor}\n`);
      } else if (result.nextCursor && format !== "json") {
        io.stderr.write(`next-cursor: ${result.nextCursor}\n`);
      }
      return EXIT.ok;
    } finally {
      await archive.close();
    }
  },
};

function table(hits: SearchHit[], columns: number): string {
  if (hits.length === 0) return "no results\n";
  const width = Math.max(40, Math.min(columns, 160));
  return hits
    .map((h) => {
      const date = (h.item.date ?? "").slice(0, 10).padEnd(10);
      const site = h.item.site ?? "";
      const title = clip(h.item.title ?? h.item.paragraphs[0] ?? "(no title)", width - 14 - site.length);
      const snippet = h.snippet
        ? `\n            ${clip(h.snippet.replace(/\s+/g, " "), width - 12 + markerLength(h.snippet))}`
        : "";
      return `${date}  ${title}  ${site}${snippet}\n`;
    })
    .join("");
}

function markerLength(s: string): number {
  return (s.match(/\x1b\[\d+m/g) ?? []).join("").length;
}

function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, Math.max(1, max - 1))}…` : one;
}

/**
 * One item as a Markdown section (for `search` and `export`).
 */
export function itemMarkdown(item: StoredItem, snippet: string | null = null): string {
  const out = [`## ${oneLine(item.title ?? "(no title)")}`, ""];
  const meta = [item.date, item.category, item.site, item.url ? `<${item.url}>` : null].filter(Boolean);
  if (meta.length > 0) out.push(`*${meta.join(" · ")}*`, "");
  if (snippet) out.push(`> ${oneLine(snippet)}`, "");
  else for (const p of item.paragraphs) out.push(oneLine(p), "");
  if (item.source) out.push(`— ${oneLine(item.source)}`, "");
  return `${out.join("\n")}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
