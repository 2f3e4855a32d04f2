/**
 * The dev listing pages as other converters and servers print them: each page rewritten by one
 * variant (Windows line breaks, blank lines dropped or doubled, indentation, trailing spaces, tabs,
 * no-break spaces, a BOM, zero-width spaces, decomposed accents, fullwidth digits, the items' dates
 * written in another language's long form; for HTML: minified, pretty-printed, upper-case tags,
 * `&nbsp;`, single-quoted attributes, no scripts), then scored against the page's gold as
 * `eval-listings.ts` scores it. A variant that costs a page points at a rule that reads the
 * printing, not the page. Pages scoring under 0.95 are listed.
 *
 *   pnpm --filter @news/core exec tsx scripts/eval-listings-variants.ts [--html] [variant]
 *
 * `VARIANT_DUMP=dir` writes each page as the variant printed it to `dir/<page>.<variant>.txt`, to
 * read the page the parser got.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHtml } from "../src/html/index.js";
import { parseText } from "../src/text/index.js";
import { type GoldItem, microScore, scoreListing } from "./listing-score.js";
import { datesUnderText, firstPostOnly } from "./text-variants.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

const shared = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared");
const listings = join(shared, "corpus/listings");
if (!existsSync(listings)) {
  process.stdout.write(`skipped: ${listings} is absent\n`);
  process.exit(0);
}
const html = process.argv.includes("--html");
const only = process.argv.slice(2).find((a) => !a.startsWith("--"));

/** every tenth space of the text a no-break space, as pages print `&nbsp;` here and there */
function someSpaces(text: string, space: string, within: RegExp = / /g): string {
  let n = 0;
  return text.replace(within, (run) => run.replace(/ /g, () => (++n % 10 === 0 ? space : " ")));
}

const TEXT_VARIANTS: Record<string, (text: string) => string> = {
  "as written": (t) => t,
  "CRLF line breaks": (t) => t.replace(/\r?\n/g, "\r\n"),
  "no blank lines": (t) => t.replace(/\n[ \t]*(?=\n)/g, "").replace(/\n{2,}/g, "\n"),
  "blank line after every line": (t) => t.replace(/\n+/g, "\n\n"),
  "indented lines": (t) => t.replace(/^/gm, "  "),
  "trailing spaces": (t) => t.replace(/\n/g, "  \n"),
  "tabs for runs of spaces": (t) => t.replace(/ {2,}/g, "\t"),
  "runs of spaces squeezed": (t) => t.replace(/ {2,}/g, " "),
  "some no-break spaces": (t) => someSpaces(t, "\u00a0"),
  "byte order mark": (t) => `\ufeff${t}`,
  "zero-width space at line ends": (t) => t.replace(/\n/g, "\u200b\n"),
  "decomposed accents (NFD)": (t) => t.normalize("NFD"),
  "fullwidth digits": (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))),
};

// what a variant changed back, so that the gold's titles and openings still match
const asWritten = (s: string) =>
  s.normalize("NFC").replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));

const HTML_VARIANTS: Record<string, (html: string) => string> = {
  "as written": (h) => h,
  "CRLF line breaks": (h) => h.replace(/\r?\n/g, "\r\n"),
  minified: (h) => h.replace(/>\s+</g, "><").replace(/\n\s*/g, " "),
  "pretty-printed": (h) => h.replace(/></g, ">\n  <"),
  "upper-case tags": (h) =>
    h.replace(/<(\/?)([a-z][a-z0-9]*)/g, (_, slash, tag) => `<${slash}${tag.toUpperCase()}`),
  "some &nbsp;": (h) => someSpaces(h, "&nbsp;", />[^<]*/g),
  "single-quoted attributes": (h) => h.replace(/(\s[a-z-]+)="([^"']*)"/g, "$1='$2'"),
  "no scripts": (h) => h.replace(/<script[\s\S]*?<\/script>/gi, ""),
};

const pages = readdirSync(listings)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()
  .flatMap((file) => {
    const gold = JSON.parse(readFileSync(join(listings, file), "utf8")) as {
      file: string;
      items: GoldItem[];
    };
    const id = file.replace(/\.gold\.json$/, "");
    const path = html
      ? join(listings, `${id}.html`)
      : existsSync(join(listings, `${id}.txt`))
        ? join(listings, `${id}.txt`)
        : join(shared, "seed", gold.file);
    return existsSync(path) ? [{ id, text: readFileSync(path, "utf8"), gold: gold.items }] : [];
  });

// the items' dates as another language's long form writes them (CLDR, through Intl), each in place of
// the date the page printed: the languages the date module reads, on the shapes of the dev pages
const DATE_LOCALES = [
  "de",
  "fr",
  "es",
  "it",
  "pt",
  "nl",
  "pl",
  "ru",
  "uk",
  "bg",
  "cs",
  "sk",
  "hr",
  "sr",
].concat(["hu", "ro", "el", "tr", "fi", "sv", "da", "nb", "et", "id", "vi", "ar", "ja", "zh", "ko"]);
for (const locale of DATE_LOCALES) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  (html ? HTML_VARIANTS : TEXT_VARIANTS)[
    `dates in ${locale} (${format.format(new Date(Date.UTC(2016, 4, 9)))})`
  ] = (text) => rewriteDates(text, (date) => format.format(new Date(`${date.slice(0, 10)}T12:00:00Z`)));
}

/** Each item's date, where the page wrote it, replaced by `write(date, item number)`. */
function rewriteDates(text: string, write: (date: string, k: number) => string): string {
  let out = text;
  let done = Number.POSITIVE_INFINITY; // (a day heading dates several items: replaced once)
  const items = (html ? parseHtml(text) : parseText(text)).items;
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k] as (typeof items)[number];
    const span = item.spans.date;
    // (HTML spans the date's element: the date is found in it as written; a date the page wrote
    // over several lines or elements, or in an attribute, stays)
    const at = span && item.dateText ? text.indexOf(item.dateText, span.start) : -1;
    if (!item.date || !span || at === -1 || at >= span.end || at + (item.dateText?.length ?? 0) > done)
      continue;
    if (item.dateText?.includes("\n")) continue;
    done = at;
    out = out.slice(0, at) + write(item.date, k) + out.slice(at + (item.dateText?.length ?? 0));
  }
  return out;
}

const UNDATED: Record<string, (date: string, k: number) => string> = {
  "dates removed": () => "",
  "dates as ages": (_, k) => `${(k % 11) + 2} hours ago`,
  // as rolling news prints the day's and the day before's stories: a day word and the time
  "dates as times": (_, k) => `${String(23 - (k % 14)).padStart(2, "0")}:${(k * 7) % 6}5`,
  "dates as day words": (_, k) => (k < 3 ? `Today, ${10 + k}:15` : `Yesterday at ${(k % 12) + 1}:30 pm`),
  "dates as months": (date) =>
    new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${date.slice(0, 10)}T12:00:00Z`),
    ),
};
for (const [name, write] of Object.entries(UNDATED))
  (html ? HTML_VARIANTS : TEXT_VARIANTS)[name] = (text) => rewriteDates(text, write);
const undated = new Set(Object.keys(UNDATED));

// the page as it would be with one post (a tag archive of one post), or with headlines alone
// (an index without teasers): the gold's first item, or its titled items, then stand
const SHAPES: Record<string, (text: string) => string> = {
  "first post only": (text) => (html ? text : firstPostOnly(text)),
  "teasers removed": (text) => {
    const items = parseText(text).items;
    let out = text;
    for (let k = items.length - 1; k >= 0; k--) {
      const item = items[k] as (typeof items)[number];
      if (item.title === null) continue;
      for (let p = item.spans.paragraphs.length - 1; p >= 0; p--) {
        const span = item.spans.paragraphs[p] as { start: number; end: number };
        out = out.slice(0, span.start) + out.slice(span.end);
      }
    }
    return out;
  },
};
if (!html) Object.assign(TEXT_VARIANTS, SHAPES);

// the same items with their date line moved under their text, as blog themes print the date in
// the post's footer (text pages; a date that shares its line with more stays where it is)
if (!html) TEXT_VARIANTS["dates under the text"] = datesUnderText;

const parse = (s: string) =>
  (html ? parseHtml(s) : parseText(s)).items.map((i) => ({
    date: i.date,
    title: i.title === null ? null : asWritten(i.title),
    paragraphs: i.paragraphs.map(asWritten),
  }));
const rows = ["| variant | micro F1 | macro F1 | pages under 0.95 |", "|---|---|---|---|"];
for (const [name, variant] of Object.entries(html ? HTML_VARIANTS : TEXT_VARIANTS)) {
  if (only && name !== only) continue;
  const gold = (p: (typeof pages)[number]) =>
    undated.has(name)
      ? p.gold.map((g) => ({ ...g, date: null }))
      : name === "first post only"
        ? p.gold.slice(0, 1)
        : name === "teasers removed"
          ? p.gold.map((g) => (g.title === null ? g : { ...g, first: null }))
          : p.gold;
  const dump = process.env.VARIANT_DUMP;
  if (dump) mkdirSync(dump, { recursive: true });
  const scores = pages.map((p) => {
    const text = variant(p.text);
    if (dump) writeFileSync(join(dump, `${p.id}.${name.replace(/[^\w]+/g, "-")}.txt`), text);
    return { id: p.id, score: scoreListing(parse(text), gold(p)) };
  });
  const micro = microScore(scores.map((s) => s.score)).f1;
  const macro = scores.reduce((sum, s) => sum + s.score.f1, 0) / Math.max(1, scores.length);
  const low = scores.filter((s) => s.score.f1 < 0.95).map((s) => `${s.id} ${s.score.f1.toFixed(2)}`);
  rows.push(`| ${name} | ${micro.toFixed(3)} | ${macro.toFixed(3)} | ${low.join(", ")} |`);
}
process.stdout.write(`${rows.join("\n")}\n`);
