// Relevance timings on a persistent SQLite archive (bench/build-archive.ts): the archive bench's
// query kinds for common words, prefixes and a common word in 2010 (ROUNDS runs after 5), then
// page 1 and page 50 by cursor. DB=/tmp/a.db tsx bench/sqlite-relevance.ts
// With SQLITE_BENCH_BASELINE=/path/to/other/packages/archive/src/index.ts a baseline checkout of
// the package reads the same file beside this one, in alternating turns (so the machine's load
// hits both alike); every page of both must be equal (ids and scores). ROUNDS (default 25);
// SQLITE_BENCH_KINDS="common,prefix,range" runs the named kinds alone; SQLITE_BENCH_DEEP=0 no paging;
// SQLITE_BENCH_SORT=date times the kinds newest first instead.
import { deepStrictEqual } from "node:assert";
import Database from "better-sqlite3";
import { openArchive } from "../src/index.js";
import type { SearchQuery } from "../src/search-query.js";
import type { Archive, SearchResult } from "../src/types.js";

const path = process.env.DB as string;
const ROUNDS = Number(process.env.ROUNDS ?? 25);
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
console.log(common, kinds[1]?.[1], new Date().toISOString());

const sides: { name: string; archive: Archive }[] = [
  { name: "this", archive: await openArchive(path, { readonly: true }) },
];
const baselinePath = process.env.SQLITE_BENCH_BASELINE;
if (baselinePath) {
  const base = (await import(baselinePath)) as { openArchive: typeof openArchive };
  sides.unshift({ name: "baseline", archive: await base.openArchive(path, { readonly: true }) });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number).toFixed(1);
};
const shown = (r: { hits: { item: { id: string }; score: number | null }[] }) =>
  r.hits.map((h) => [h.item.id, h.score]);

async function timed(a: Archive, query: SearchQuery) {
  const s = performance.now();
  const r = await a.search(query);
  return { ms: performance.now() - s, r };
}

const only = process.env.SQLITE_BENCH_KINDS?.split(",");
const SORT = process.env.SQLITE_BENCH_SORT === "date" ? "date" : "relevance";
for (const [name, qs, from, to] of kinds.filter(([name]) => !only || only.includes(name))) {
  const t = sides.map(() => [] as number[]);
  for (let i = 0; i < 5 + ROUNDS; i++) {
    const query: SearchQuery = { q: qs[i % qs.length], sort: SORT, limit: 20, from, to };
    const results: SearchResult[] = [];
    // alternate which side goes first
    for (let j = 0; j < sides.length; j++) {
      const k = (i + j) % sides.length;
      const { ms, r } = await timed((sides[k] as (typeof sides)[number]).archive, query);
      if (i >= 5) t[k]?.push(ms);
      results[k] = r;
    }
    if (results.length > 1)
      deepStrictEqual(
        shown(results[1] as SearchResult),
        shown(results[0] as SearchResult),
        `${query.q} ${name}`,
      );
  }
  console.log(
    name.padEnd(8),
    sides.map((s, k) => `${s.name} p50 ${pct(t[k]!, 50)} p99 ${pct(t[k]!, 99)}`).join("  "),
  );
}

for (const q of process.env.SQLITE_BENCH_DEEP === "0"
  ? []
  : [common[0] as string, kinds[1]?.[1][0] as string]) {
  const p1 = sides.map(() => [] as number[]);
  const p50 = sides.map(() => [] as number[]);
  for (let r = 0; r < 6; r++) {
    const cursors: (string | undefined)[] = sides.map(() => undefined);
    for (let page = 1; page <= 50; page++) {
      const results: SearchResult[] = [];
      for (let j = 0; j < sides.length; j++) {
        const k = (r + page + j) % sides.length;
        const { ms, r: res } = await timed((sides[k] as (typeof sides)[number]).archive, {
          q,
          sort: "relevance",
          limit: 20,
          cursor: cursors[k],
        });
        if (page === 1) p1[k]?.push(ms);
        if (page === 50) p50[k]?.push(ms);
        cursors[k] = res.nextCursor ?? undefined;
        results[k] = res;
      }
      if (results.length > 1)
        deepStrictEqual(
          shown(results[1] as SearchResult),
          shown(results[0] as SearchResult),
          `${q} page ${page}`,
        );
      if (!cursors[0]) break;
    }
  }
  console.log(
    "deep",
    q,
    sides
      .map(
        (s, k) =>
          `${s.name} page1 p50 ${pct(p1[k]!, 50)} max ${pct(p1[k]!, 100)} page50 p50 ${pct(p50[k]!, 50)} max ${pct(p50[k]!, 100)}`,
      )
      .join("  "),
  );
}
for (const s of sides) await s.archive.close();
