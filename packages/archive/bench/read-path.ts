// The archive's read path in one process: `list` (the summary projection the API's item lists
// use), `search` and `get` over one SQLite archive of synthetic articles, this checkout against a
// baseline checkout of the package (another worktree's packages/archive/src/index.ts) opened on the
// same file, alternating so load on the machine hits both alike; their results must be equal.
// Usage: READ_BENCH_BASELINE=/work/main/packages/archive/src/index.ts \
//          pnpm --filter @news/archive exec tsx bench/read-path.ts [items]
// READ_BENCH_ARCHIVE=/path/archive.db reads an archive built before (the API bench's, say) instead
// of building one of [items] articles.
import { deepStrictEqual } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openArchive } from "../src/index.js";
import { makePage } from "../src/testing/pages.js";
import type { Archive } from "../src/types.js";
import { loadSentences, syntheticItem } from "./corpus.js";

const here = dirname(fileURLToPath(import.meta.url));
const N = Number(process.argv[2] ?? 30_000);
const ROUNDS = Number(process.env.READ_BENCH_ROUNDS ?? 10);
const QUERIES = ["government", "said", "police", "new", "health", "water", "the"];

const sentences = loadSentences(resolve(here, "../../../../shared"));
if (!sentences) throw new Error("the shared corpus is needed (../shared/corpus/wcxb-dev-articles)");
const dir = mkdtempSync(join(tmpdir(), "news-read-bench-"));
try {
  const path = process.env.READ_BENCH_ARCHIVE ?? join(dir, "archive.db");
  const writer = await openArchive(path, { readonly: Boolean(process.env.READ_BENCH_ARCHIVE) });
  if (!process.env.READ_BENCH_ARCHIVE) {
    for (let i = 0; i < N; i += 1000) {
      const items = Array.from({ length: Math.min(1000, N - i) }, (_, j) =>
        syntheticItem(sentences, i + j, 250),
      );
      await writer.ingest([{ page: makePage(items), source: `bench-${i}` }]);
    }
  }
  const ids = (await writer.list({ limit: 100 })).items.map((s) => s.id);
  await writer.close();
  // both sides read the same file through fresh read-only connections
  const archive = await openArchive(path, { readonly: true });

  const baselinePath = process.env.READ_BENCH_BASELINE;
  const baseline: Archive = baselinePath
    ? await (await import(baselinePath)).openArchive(path, { readonly: true })
    : archive;

  const time = async (fn: () => Promise<unknown>, reps: number) => {
    const t = performance.now();
    for (let r = 0; r < reps; r++) await fn();
    return (performance.now() - t) / reps;
  };
  const cases: [string, (a: Archive) => Promise<unknown>][] = [
    ["list, newest 20", (a) => a.list({ limit: 20 })],
    ["list ?q=, 20 hits (7 queries)", (a) => Promise.all(QUERIES.map((q) => a.list({ q, limit: 20 })))],
    ["search ?q=, 20 hits (7 queries)", (a) => Promise.all(QUERIES.map((q) => a.search({ q, limit: 20 })))],
    [
      "list ?q= with a date range (7 queries)",
      (a) => Promise.all(QUERIES.map((q) => a.list({ q, from: "2010", to: "2010", limit: 20 }))),
    ],
    ["count ?q= (7 queries)", (a) => Promise.all(QUERIES.map((q) => a.count({ q })))],
    ['list ?q="a phrase"', (a) => a.list({ q: '"united states"', limit: 20 })],
    ["get (100 items)", (a) => Promise.all(ids.map((id) => a.get(id)))],
  ];
  for (const [name, run] of cases) {
    deepStrictEqual(await run(archive), await run(baseline), `${name}: results differ from the baseline`);
    let b = 0;
    let a = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // in turns, each side first every other round
      if (round % 2) a += await time(() => run(archive), 20);
      b += await time(() => run(baseline), 20);
      if (!(round % 2)) a += await time(() => run(archive), 20);
    }
    console.log(
      `${name}: baseline ${(b / ROUNDS).toFixed(2)} ms, this ${(a / ROUNDS).toFixed(2)} ms, ${(b / a).toFixed(2)}x`,
    );
  }
  if (baseline !== archive) await baseline.close();
  await archive.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
