/**
 * Quality floor of the text-dump parser over the dev listing pages (issue 2): per-page and micro
 * precision, recall and F1; exits 1 under 0.95 micro F1. Reads ../shared beside the repository
 * and skips (exit 0) when it is absent.
 *
 *   pnpm --filter @news/core exec tsx scripts/eval-listings.ts [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseText } from "../src/text/index.js";
import { type GoldItem, isMatch, microScore, type Score, scoreListing } from "./listing-score.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

const FLOOR = 0.95;
const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, "../../../../shared");
const listings = join(shared, "corpus/listings");
const verbose = process.argv.includes("--verbose");

if (!existsSync(listings)) {
  process.stdout.write(`skipped: ${listings} is absent\n`);
  process.exit(0);
}

const pages: { name: string; text: string; gold: GoldItem[] }[] = [];
for (const file of readdirSync(listings)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(listings, file), "utf8")) as { file: string; items: GoldItem[] };
  const name = file.replace(/\.gold\.json$/, ".txt");
  const path = existsSync(join(listings, name)) ? join(listings, name) : join(shared, "seed", gold.file);
  if (!existsSync(path)) continue;
  pages.push({
    name: name === "seed.txt" ? gold.file : name,
    text: readFileSync(path, "utf8"),
    gold: gold.items,
  });
}

const scores: Score[] = [];
const rows = [["page", "gold", "pred", "found", "P", "R", "F1"]];
for (const page of pages) {
  const items = parseText(page.text).items;
  const score = scoreListing(items, page.gold);
  scores.push(score);
  rows.push([page.name, ...figures(score)]);
  if (verbose && score.f1 < 1) {
    for (const g of page.gold) {
      if (!items.some((p) => isMatch(p, g)))
        process.stdout.write(`  ${page.name} missed ${JSON.stringify(g)}\n`);
    }
    for (const p of items) {
      if (!page.gold.some((g) => isMatch(p, g))) {
        const text = JSON.stringify({
          date: p.date,
          title: p.title,
          text: p.paragraphs.join(" ").slice(0, 60),
        });
        process.stdout.write(`  ${page.name} extra ${text}\n`);
      }
    }
  }
}
const micro = microScore(scores);
rows.push(["micro", ...figures(micro)]);
const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
for (const r of rows) process.stdout.write(`${r.map((v, c) => v.padEnd(widths[c] ?? 0)).join("  ")}\n`);
// macro: every page weighs the same, so a page of 400 items cannot hide ten pages at 0
const macro = scores.reduce((sum, s) => sum + s.f1, 0) / Math.max(1, scores.length);
process.stdout.write(`micro F1 ${micro.f1.toFixed(4)} (floor ${FLOOR}), macro F1 ${macro.toFixed(4)}\n`);
process.exit(micro.f1 >= FLOOR ? 0 : 1);

function figures(s: Score): string[] {
  return [
    String(s.gold),
    String(s.predicted),
    String(s.found),
    s.precision.toFixed(3),
    s.recall.toFixed(3),
    s.f1.toFixed(3),
  ];
}
