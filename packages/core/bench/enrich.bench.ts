// Enrichment throughput over the dev corpus, beside parsing alone, in one process.
// Run: pnpm --filter @news/core exec tsx bench/enrich.bench.ts  (or `pnpm bench` at the root)
// Reads ../shared (relative to the repo root) and skips when it is absent.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { NewsPage } from "../src/model/page.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const shared = join(root, "..", "shared");
const limit = Number(process.env.ENRICH_BENCH_ARTICLES ?? 300);

async function main() {
  if (!existsSync(join(shared, "corpus"))) {
    process.stdout.write("enrich bench: ../shared/corpus not found, skipped\n");
    return;
  }
  const { parse } = await import("../src/parse.js");
  const inputs: Uint8Array[] = [];
  const listings = join(shared, "corpus", "listings");
  for (const f of readdirSync(listings).sort())
    if (/^\d+\.(txt|html)$/.test(f)) inputs.push(readFileSync(join(listings, f)));
  inputs.push(readFileSync(join(shared, "seed", "coalition-news-2017-12-21.txt")));
  const articles = join(shared, "corpus", "wcxb-dev-articles", "html");
  for (const f of readdirSync(articles).sort().slice(0, limit))
    inputs.push(gunzipSync(readFileSync(join(articles, f))));

  // parsing alone is the baseline, measured before enrichment code is even loaded
  const parseRun = () => {
    const t = performance.now();
    const pages: NewsPage[] = [];
    for (const bytes of inputs) {
      try {
        pages.push(parse(bytes));
      } catch {
        // a page a parser refuses is not this benchmark's business
      }
    }
    return { pages, ms: performance.now() - t };
  };
  parseRun();
  const parsed = parseRun();
  const items = parsed.pages.reduce((n, p) => n + p.items.length, 0);
  const chars = parsed.pages.reduce(
    (n, p) => n + p.items.reduce((m, i) => m + i.paragraphs.join("").length, 0),
    0,
  );

  const loadStart = performance.now();
  const { enrich } = await import("../src/enrich/index.js");
  const loadMs = performance.now() - loadStart;
  const firstStart = performance.now();
  enrich(parsed.pages[0] as NewsPage);
  const firstMs = performance.now() - firstStart;
  const enrichRun = () => {
    const t = performance.now();
    for (const p of parsed.pages) enrich(p);
    return performance.now() - t;
  };
  // the first pass is what new text costs; later passes over the same text hit the name cache
  const coldMs = enrichRun();
  const enrichMs = Math.min(enrichRun(), enrichRun());

  const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
  const lines = [
    `inputs: ${inputs.length} (${readdirSync(listings).filter((f) => /^\d+\.(txt|html)$/.test(f)).length} listing files, the seed, ${Math.min(limit, readdirSync(articles).length)} wcxb articles), ${items} items, ${(chars / 1e6).toFixed(2)} M chars of paragraphs`,
    `parse only:       ${parsed.ms.toFixed(0)} ms, ${rate(items, parsed.ms)} items/s`,
    `enrich, new text: ${coldMs.toFixed(0)} ms, ${rate(items, coldMs)} items/s, ${(((chars / coldMs) * 1000) / 1e6).toFixed(2)} M chars/s`,
    `enrich, repeated: ${enrichMs.toFixed(0)} ms, ${rate(items, enrichMs)} items/s (names already tagged)`,
    `enrich (new text) / parse time ratio: ${(coldMs / parsed.ms).toFixed(2)}`,
    `loading @news/core/enrich (compromise, gazetteer module): ${loadMs.toFixed(0)} ms; first enrich (gazetteer index built): ${firstMs.toFixed(0)} ms`,
  ];
  process.stdout.write(`## enrich\n${lines.join("\n")}\n`);
}

await main();
