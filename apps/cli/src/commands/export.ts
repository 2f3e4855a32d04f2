import type { StoredItem } from "@news/archive";
import { CSV_COLUMNS, csvLine, itemToCsvRow, toJsonLine } from "@news/core";
import { CliError, type Command, EXIT, type Io } from "../command.js";
import { openOutput } from "../output.js";
import {
  DB_HELP,
  DB_OPTION,
  FILTER_HELP,
  FILTER_OPTIONS,
  filtersOf,
  itemMarkdown,
  openFor,
  parseCommandArgs,
  toCliError,
} from "./search.js";

const FORMATS = ["json", "ndjson", "csv", "markdown", "rss", "atom"] as const;
type Format = (typeof FORMATS)[number];
const ALIASES: Record<string, Format> = { md: "markdown", jsonl: "ndjson" };

const help = `Usage: news export [query] [options]

Write the archive's items (all, or those matching a query and filters), newest first.

Options:
  -f, --format FORMAT    ndjson (default; one item per line), json (one array), csv,
                         markdown (alias md), rss (RSS 2.0), atom (Atom 1.0)
  -o, --out FILE         write to FILE atomically instead of stdout
  --title TEXT           the feed title for rss/atom (default "news archive")
${FILTER_HELP}
${DB_HELP}

Examples:
  news export --format csv --out items.csv
  news export 'idlib OR aleppo' --from 2017-01 --format atom > feed.xml`;

export const exportCommand: Command = {
  name: "export",
  summary: "export archived items as JSON, NDJSON, CSV, Markdown, RSS or Atom",
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
  const filters = { ...filtersOf(values), q: positionals.join(" ") };
  const archive = await openFor(values.db, io, true);
  const output = await openOutput(values.out, io);
  const title = values.title ?? "news archive";
  try {
    let n = 0;
    await output.write(head(format as Format, title));
    for await (const item of archive.scan(filters)) {
      await output.write(render(format as Format, item, n++));
    }
    await output.write(tail(format as Format));
    await output.close();
  } catch (error) {
    await output.abort();
    throw toCliError(error);
  } finally {
    await archive.close();
  }
  return EXIT.ok;
}

function head(format: Format, title: string): string {
  const now = new Date().toISOString();
  switch (format) {
    case "json":
      return "[";
    case "csv":
      return csvLine(["site", ...CSV_COLUMNS]);
    case "rss":
      return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>${xml(title)}</title>\n<link>https://example.invalid/</link>\n<description>${xml(title)}</description>\n<lastBuildDate>${new Date(now).toUTCString()}</lastBuildDate>\n`;
    case "atom":
      return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>${xml(title)}</title>\n<id>urn:news-archive:${xml(encodeURIComponent(title))}</id>\n<updated>${now}</updated>\n`;
    default:
      return "";
  }
}

function tail(format: Format): string {
  if (format === "json") return "\n]\n";
  if (format === "rss") return "</channel>\n</rss>\n";
  if (format === "atom") return "</feed>\n";
  return "";
}

function render(format: Format, item: StoredItem, n: number): string {
  switch (format) {
    case "json":
      return `${n === 0 ? "\n" : ",\n"}${JSON.stringify(item)}`;
    case "ndjson":
      return toJsonLine(item);
    case "csv":
      return itemToCsvRow(item, [item.site]);
    case "markdown":
      return itemMarkdown(item);
    case "rss": {
      const date = rfc822(item.date);
      return [
        "<item>",
        `<title>${xml(item.title ?? firstWords(item))}</title>`,
        item.url ? `<link>${xml(item.url)}</link>` : "",
        `<guid isPermaLink="false">${xml(item.id)}</guid>`,
        date ? `<pubDate>${date}</pubDate>` : "",
        item.category ? `<category>${xml(item.category)}</category>` : "",
        `<description>${xml(item.paragraphs.join("\n\n"))}</description>`,
        "</item>\n",
      ]
        .filter(Boolean)
        .join("\n");
    }
    case "atom": {
      const updated = isoTime(item.date) ?? item.firstSeen;
      return [
        "<entry>",
        `<title>${xml(item.title ?? firstWords(item))}</title>`,
        `<id>urn:news-item:${xml(item.id)}</id>`,
        `<updated>${xml(updated)}</updated>`,
        item.url ? `<link href="${xml(item.url)}"/>` : "",
        item.category ? `<category term="${xml(item.category)}"/>` : "",
        item.source || item.authors.length > 0
          ? `<author><name>${xml(item.authors.join(", ") || (item.source as string))}</name></author>`
          : "",
        `<content type="text">${xml(item.paragraphs.join("\n\n"))}</content>`,
        "</entry>\n",
      ]
        .filter(Boolean)
        .join("\n");
    }
  }
}

// XML 1.0 forbids most control characters even when escaped: drop them
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function isoTime(date: string | null): string | null {
  if (!date) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function rfc822(date: string | null): string | null {
  const iso = isoTime(date);
  return iso ? new Date(iso).toUTCString() : null;
}

function firstWords(item: StoredItem): string {
  const text = item.paragraphs.join(" ").replace(/\s+/g, " ").trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text || item.id;
}
