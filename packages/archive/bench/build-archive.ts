// Builds a persistent archive of the bench's synthetic items (the same items and pages as archive.bench.ts)
// for query experiments at full size: DB=/tmp/a.db N=1000000 WORDS=250 tsx bench/build-archive.ts
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openArchive } from "../src/index.js";
import { makePage } from "../src/testing/pages.js";
import { loadSentences, syntheticItem } from "./corpus.js";

const N = Number(process.env.N ?? 300_000);
const WORDS = Number(process.env.WORDS ?? 250);
const shared = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared");
const sentences = loadSentences(shared) as string[];
const a = await openArchive(process.env.DB as string);
const t = performance.now();
for (let i = 0; i < N; i += 1000) {
  const rows = Array.from({ length: Math.min(1000, N - i) }, (_, j) =>
    syntheticItem(sentences, i + j, WORDS),
  );
  await a.ingest([{ page: makePage(rows), source: `bench-${i}` }]);
  if (i % 100000 === 0) console.log(i, ((performance.now() - t) / 1000).toFixed(0));
}
await a.close();
console.log("done", ((performance.now() - t) / 1000).toFixed(0));
