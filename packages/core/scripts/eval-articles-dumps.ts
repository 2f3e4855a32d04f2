/**
 * The text-dump parser on article pages as a text browser dumps them: the WCXB dev articles
 * (../shared/corpus/wcxb-dev-articles, real pages with gold title and main text), each decoded,
 * run through `lynx -dump -nolist -width=200` and parsed with `parseText`. An article pasted as text
 * should come out as one item with its headline and its text; this counts the pages read as no
 * item, one, or several (a listing), the exact titles of the first item, and the word F1 of all
 * items' text against the gold main text (the measure of scripts/eval-articles.ts), and the
 * publication day of the first item where the gold has one. Titles are compared lower-cased, and
 * also with typographic quotes folded to straight ones (the gold writes `'` where most pages
 * print `’`). Skips without lynx (`apt-get install lynx`).
 *
 * `--plain` reads each page as plain text instead (scripts/plain-text.ts: one block per line, no
 * layout, the shape of the Common Crawl text dumps among the listing pages); no lynx needed.
 * `--every N --offset K` reads every Nth page from the Kth (develop on one sample, check on another).
 *
 *   pnpm --filter @news/core exec tsx scripts/eval-articles-dumps.ts [--plain] [--every N [--offset K]] [--pages]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeDocument } from "../src/decode/charset.js";
import { parseText } from "../src/text/index.js";
import { plainText } from "./plain-text.js";
import { f1 } from "./word-score.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const corpus = join(root, "../shared/corpus/wcxb-dev-articles");
if (!existsSync(corpus)) {
  process.stdout.write(`skipped: ${corpus} is absent\n`);
  process.exit(0);
}
const plain = process.argv.includes("--plain");
if (!plain && spawnSync("lynx", ["-version"]).status !== 0) {
  process.stdout.write("skipped: lynx is not installed\n");
  process.exit(0);
}
const args = process.argv.slice(2);
const every = Number(args[args.indexOf("--every") + 1]) || 1;
const offset = args.includes("--offset") ? Number(args[args.indexOf("--offset") + 1]) % every : 0;
const showPages = args.includes("--pages");
const LYNX = ["-stdin", "-dump", "-nolist", "-width=200", "-assume_charset=utf-8", "-display_charset=utf-8"];

const ids = readdirSync(join(corpus, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .map((f) => f.slice(0, -".html.gz".length))
  .sort()
  .filter((_, k) => k % every === offset);
const counts = { none: 0, one: 0, several: 0 };
let titles = 0;
let folded = 0;
let bodies = 0;
let dated = 0;
let days = 0;
const fold = (s: string) => s.trim().toLowerCase().replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"');
for (const id of ids) {
  const bytes = new Uint8Array(gunzipSync(readFileSync(join(corpus, "html", `${id}.html.gz`))));
  // decoded here, so lynx reads UTF-8 whatever the page declared
  const html = decodeDocument(bytes, {}).text.replace(/<meta[^>]+charset[^>]*>/giu, "");
  const text = plain
    ? plainText(html)
    : execFileSync("lynx", LYNX, { input: html, encoding: "utf8", maxBuffer: 1 << 28 });
  const gold = JSON.parse(readFileSync(join(corpus, "ground-truth", `${id}.json`), "utf8")).ground_truth as {
    title?: string | null;
    main_content?: string | null;
    publish_date?: string | null;
  };
  const { items } = parseText(text);
  counts[items.length === 0 ? "none" : items.length === 1 ? "one" : "several"]++;
  const title = items[0]?.title ?? null;
  const titled = gold.title != null && title?.trim().toLowerCase() === gold.title.trim().toLowerCase();
  if (titled) titles++;
  if (gold.title != null && title != null && fold(title) === fold(gold.title)) folded++;
  const day = items[0]?.date?.slice(0, 10) ?? null;
  const dayMark = !gold.publish_date ? "" : day === gold.publish_date.slice(0, 10) ? "=" : "≠";
  if (gold.publish_date) {
    dated++;
    if (dayMark === "=") days++;
  }
  const body = f1(items.map((i) => i.paragraphs.join("\n")).join("\n"), gold.main_content);
  bodies += body;
  if (showPages)
    process.stdout.write(
      `${id}  items ${items.length}  body F1 ${body.toFixed(2)}  title ${titled ? "=" : "≠"} ${JSON.stringify(title?.slice(0, 60) ?? null)}  day ${dayMark || "-"} ${day}\n`,
    );
}
const n = ids.length;
process.stdout.write(
  `${n} pages ${plain ? "as plain text" : "as lynx dumps them"}: no item ${counts.none}, one item ${counts.one}, several ${counts.several}; ` +
    `first item's title exact ${(titles / n).toFixed(3)} (quotes folded ${(folded / n).toFixed(3)}); ` +
    `text word F1 ${(bodies / n).toFixed(3)}; publication day ${(days / Math.max(1, dated)).toFixed(3)} of ${dated}\n`,
);
