// Relevance timings on a persistent SQLite archive (bench/build-archive.ts): the archive bench's
// query kinds for common words, prefixes and a common word in 2010 (25 runs after 5), then page 1
// and page 50 by cursor. DB=/tmp/a.db tsx bench/sqlite-relevance.ts
import Database from "better-sqlite3";
import { openArchive } from "../src/index.js";

const path = process.env.DB as string;
const db = new Database(path, { readonly: true });
db.exec("create virtual table temp.v using fts5vocab(main, items_fts, row)");
const n = (db.prepare("select count(*) as n from items").get() as { n: number }).n;
const words = db
  .prepare("select term, doc from temp.v where length(term) >= 5 and term glob '[a-z]*' order by doc desc")
  .all() as { term: string; doc: number }[];
db.close();
const near = (f: number, k: number) =>
  [...words]
    .sort((a, b) => Math.abs(Math.log(a.doc / (f * n))) - Math.abs(Math.log(b.doc / (f * n))))
    .slice(0, k)
    .map((w) => w.term);
const common = words.slice(0, 3).map((w) => w.term);
const kinds: [string, string[], string?, string?][] = [
  ["common", common],
  ["prefix", near(0.02, 3).map((t) => `${t.slice(0, 4)}*`)],
  ["range", common, "2010-01-01", "2010-12-31"],
];
console.log(common, kinds[1]![1]);
const a = await openArchive(path, { readonly: true });
for (const [name, qs, from, to] of kinds) {
  const t: number[] = [];
  for (let i = 0; i < 5 + 25; i++) {
    const s = performance.now();
    await a.search({ q: qs[i % qs.length], sort: "relevance", limit: 20, from, to });
    if (i >= 5) t.push(performance.now() - s);
  }
  t.sort((x, y) => x - y);
  console.log(name.padEnd(8), "p50", t[12]!.toFixed(1), "p99", t[24]!.toFixed(1));
}
await a.close();
const b = await openArchive(path, { readonly: true });
for (const q of [common[0]!, kinds[1]![1][0]!]) {
  const p1: number[] = [];
  const p50: number[] = [];
  for (let r = 0; r < 6; r++) {
    let cursor: string | undefined;
    for (let page = 1; page <= 50; page++) {
      const s = performance.now();
      const res = await b.search({ q, sort: "relevance", limit: 20, cursor });
      const ms = performance.now() - s;
      if (page === 1) p1.push(ms);
      if (page === 50) p50.push(ms);
      cursor = res.nextCursor ?? undefined;
      if (!cursor) break;
    }
  }
  p1.sort((x, y) => x - y);
  p50.sort((x, y) => x - y);
  console.log(
    "deep",
    q,
    "page1 p50",
    p1[3]?.toFixed(1),
    "max",
    p1[5]?.toFixed(1),
    "page50 p50",
    p50[3]?.toFixed(1),
    "max",
    p50[5]?.toFixed(1),
  );
}
await b.close();
