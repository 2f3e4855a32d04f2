/**
 * HTML listing pages of the corpus against the same gold as their text versions, scored with the
 * text evaluation's scoring function (items found in page order, micro and macro F1).
 *
 *   pnpm --filter @news/core exec tsx scripts/eval-listings-html.ts [--items]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHtml } from "../src/html/index.js";
import { type GoldItem, microScore, type Score, scoreListing } from "./listing-score.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const corpus = join(root, "../shared/corpus/listings");
if (!existsSync(corpus)) {
  process.stdout.write(`skipped: ${corpus} is absent\n`);
  process.exit(0);
}
const showItems = process.argv.includes("--items");
const scores: Score[] = [];
const lines = ["| page | kind | gold | predicted | found | F1 |", "|---|---|---|---|---|---|"];
for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith(".html"))
  .sort()) {
  const id = file.slice(0, -5);
  const gold = JSON.parse(readFileSync(join(corpus, `${id}.gold.json`), "utf8")).items as GoldItem[];
  const page = parseHtml(new Uint8Array(readFileSync(join(corpus, file))));
  const score = scoreListing(page.items, gold);
  scores.push(score);
  lines.push(
    `| ${id} | ${page.kind} | ${score.gold} | ${score.predicted} | ${score.found} | ${score.f1.toFixed(3)} |`,
  );
  if (showItems)
    for (const i of page.items.slice(0, 5))
      lines.push(`    ${i.date} | ${i.title} | ${i.paragraphs[0]?.slice(0, 60) ?? ""}`);
}
const micro = microScore(scores);
lines.push(`| micro | | ${micro.gold} | ${micro.predicted} | ${micro.found} | ${micro.f1.toFixed(3)} |`);
// macro: every page counts once, so a page read as one item (or none) weighs as much as a long list
const macro = scores.reduce((sum, x) => sum + x.f1, 0) / Math.max(1, scores.length);
lines.push(`| macro | | | | | ${macro.toFixed(3)} |`);
process.stdout.write(`${lines.join("\n")}\n`);
