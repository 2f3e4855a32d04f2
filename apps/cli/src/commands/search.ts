import { resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  type Archive,
  isArchiveError,
  isPostgresUrl,
  type OpenOptions,
  openArchive,
  resolveLocation,
  type SearchHit,
  SearchQuery,
  type StoredItem,
} from "@news/archive";
import { CSV_COLUMNS, csvLine, itemToCsvRow, shownDate, toJsonLine } from "@news/core";
import cliTruncate from "cli-truncate";
import stringWidth from "string-width";
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
export async function openFor(
  db: string | undefined,
  io: Io,
  readonly = false,
  options: OpenOptions = {},
): Promise<Archive> {
  try {
    const location = resolveLocation(db, io.env);
    return await openArchive(isPostgresUrl(location) ? location : resolve(io.cwd, location), {
      ...options,
      readonly,
    });
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
  --sort date|relevance  newest first (default) or best match first; relevance ranks the newest
                         20,000 matches (a note on stderr says when more matched)
  --rank-all             relevance ranks every match, however many (slower for common words)
  --limit N              results per page, 1 to 1000 (default 20)
  --cursor C             the next page: the cursor printed after the previous page
  --facets               also count results by category, site and month
  -f, --format FORMAT    table (default), json, ndjson, csv, markdown
  -q, --quiet            results only: no next-page hint on stderr
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
      "rank-all": { type: "boolean" },
      format: { type: "string", short: "f" },
      quiet: { type: "boolean", short: "q" },
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
    const style = tableStyle(io);
    const highlight: [string, string] =
      format === "table"
        ? [MARK_START, MARK_END] // placeholders: the table sanitizes text, then styles them
        : format === "markdown"
          ? ["**", "**"]
          : ["<mark>", "</mark>"];
    const archive = await openFor(values.db, io, true, values["rank-all"] ? { rankWindow: 0 } : {});
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
        await output.write(table(result.hits, style));
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
      if (result.ranked && !values.quiet && format !== "json") {
        const since = result.ranked.since ? `, from ${result.ranked.since.slice(0, 10)} on` : "";
        io.stderr.write(
          `ranked: the newest ${result.ranked.matches.toLocaleString("en")} matches${since} (--rank-all ranks every match)\n`,
        );
      }
      if (values.quiet) {
        // -q: results only, no hint on stderr
      } else if (result.nextCursor && (format === "table" || format === "markdown")) {
        io.stderr.write(`more: ${nextPageCommand(args, result.nextCursor)}\n`);
      } else if (result.nextCursor && format !== "json") {
        io.stderr.write(`next-cursor: ${result.nextCursor}\n`);
      }
      return EXIT.ok;
    } finally {
      await archive.close();
    }
  },
};

// private-use characters around highlighted words: no title or snippet can forge them once
// control characters are stripped, and each is one display column wide to the width library
const MARK_START = "\uE000";
const MARK_END = "\uE001";

interface TableStyle {
  /** Display columns to fit (the terminal's, else 100). */
  columns: number;
  /** Bold highlights (a terminal, no NO_COLOR, not TERM=dumb), else [brackets]. */
  color: boolean;
}

function tableStyle(io: Io): TableStyle {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
  return {
    columns: io.stdout.isTTY ? (io.stdout.columns ?? 80) : 100,
    color: Boolean(io.stdout.isTTY) && !noColor && io.env.TERM !== "dumb",
  };
}

/**
 * The results as a table for people: widths in display columns (CJK and emoji are two), cut by
 * cli-truncate (never inside an escape sequence), control characters from the archive removed.
 * Below 64 columns the site moves to the second line so the title keeps its room.
 */
export function table(hits: SearchHit[], style: TableStyle): string {
  if (hits.length === 0) return "no results\n";
  const width = Math.max(30, Math.min(style.columns, 160));
  const indent = "            ";
  return hits
    .map((h) => {
      const date = (h.item.date ?? "").slice(0, 10).padEnd(10);
      const site = clean(h.item.site ?? "");
      const siteOnFirstLine = width >= 64 && site !== "";
      const titleWidth = width - 12 - (siteOnFirstLine ? stringWidth(site) + 2 : 0);
      const title = fit(clean(h.item.title ?? h.item.paragraphs[0] ?? "(no title)"), titleWidth, style);
      const first = siteOnFirstLine
        ? `${date}  ${title}${" ".repeat(Math.max(0, titleWidth - stringWidth(title)))}  ${site}`
        : `${date}  ${title}`;
      const rest = [siteOnFirstLine ? "" : site, h.snippet ? clean(h.snippet) : ""]
        .filter(Boolean)
        .join(" · ");
      const second = rest ? `\n${indent}${fit(rest, width - indent.length, style)}` : "";
      return `${first.trimEnd()}${second}\n`;
    })
    .join("");
}

// one line of text: whitespace runs become one space, control characters (ESC, BEL, NUL…) go
function clean(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// truncated to display columns first (highlight placeholders count one column each, like the
// brackets they may become), then highlighted; a cut inside a highlight closes it
function fit(text: string, columns: number, style: TableStyle): string {
  let cut = cliTruncate(text, Math.max(1, columns), { position: "end" });
  // a cut at a double-width character can come out one column over: cut one narrower then
  for (let narrower = columns - 1; stringWidth(cut) > columns && narrower > 0; narrower--)
    cut = cliTruncate(text, narrower, { position: "end" });
  if (cut.lastIndexOf(MARK_START) > cut.lastIndexOf(MARK_END)) cut += MARK_END;
  const [open, close] = style.color ? ["\x1b[1m", "\x1b[22m"] : ["[", "]"];
  return cut.replaceAll(MARK_START, open).replaceAll(MARK_END, close);
}

/** The command for the next page, quoted so it can be pasted into a shell as it is. */
export function nextPageCommand(args: readonly string[], cursor: string): string {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--cursor") i++;
    else if (!args[i]!.startsWith("--cursor=")) kept.push(args[i]!);
  }
  return ["news", "search", ...kept, "--cursor", cursor].map(shellQuote).join(" ");
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * One item as a Markdown section (for `search` and `export`).
 */
export function itemMarkdown(item: StoredItem, snippet: string | null = null): string {
  const out = [`## ${oneLine(item.title ?? "(no title)")}`, ""];
  const meta = [shownDate(item), item.category, item.site, item.url ? `<${item.url}>` : null].filter(Boolean);
  if (meta.length > 0) out.push(`*${meta.join(" · ")}*`, "");
  if (snippet) out.push(`> ${oneLine(snippet)}`, "");
  else for (const p of item.paragraphs) out.push(oneLine(p), "");
  if (item.source) out.push(`— ${oneLine(item.source)}`, "");
  return `${out.join("\n")}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
