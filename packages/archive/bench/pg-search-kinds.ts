// The archive bench's PostgreSQL query kinds over an archive built before (bench/build-archive.ts),
// this checkout beside a baseline checkout of the package opened on the same schema, in
// alternating rounds so load on the shared machine hits both alike; their results must be equal.
// Usage: DB='postgres://…/news?schema=big' PG_BENCH_BASELINE=/path/to/other/src/index.ts \
//          pnpm --filter @news/archive exec tsx bench/pg-search-kinds.ts
// PG_BENCH_ROUNDS (default 10) rounds of every query of every kind on each side;
// PG_BENCH_KINDS="two-word phrase,…" runs the named kinds alone; PG_BENCH_SORTS="date,relevance";
// PG_BENCH_PHRASES="a b,c d" other phrases than the bench's three.
import { deepStrictEqual } from "node:assert";
import pg from "pg";
import { openArchive } from "../src/index.js";
import type { SearchQuery } from "../src/search-query.js";
import type { Archive } from "../src/types.js";
import { BENCH_PHRASES, type Kind, kindsOf } from "./archive.bench.js";

const DB = process.env.DB as string;
const ROUNDS = Number(process.env.PG_BENCH_ROUNDS ?? 10);
const SORTS = (process.env.PG_BENCH_SORTS ?? "date,relevance").split(",") as ("date" | "relevance")[];

/** The bench's kinds (archive.bench.ts chooseKinds), its words chosen by document frequency here. */
async function chooseKinds(): Promise<Kind[]> {
  const url = new URL(DB);
  const schema = url.searchParams.get("schema") ?? "public";
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const n = Number((await client.query(`select count(*)::int as n from ${schema}.items`)).rows[0].n);
  // every lexeme's document frequency: ts_stat reads every row once (a minute at 1M items)
  await client.query(`create table if not exists ${schema}.bench_vocab as
    select word as term, ndoc as doc from ts_stat('select tsv from ${schema}.items')`);
  const words = (
    await client.query<{ term: string; doc: number }>(
      `select term, doc from ${schema}.bench_vocab where length(term) >= 5 and term ~ '^[a-z]+$' order by doc desc, term`,
    )
  ).rows;
  await client.end();
  return kindsOf(words, n, process.env.PG_BENCH_PHRASES?.split(",") ?? BENCH_PHRASES);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${percentile(s, 50).toFixed(2)} / ${percentile(s, 99).toFixed(2)}`;
};

const only = process.env.PG_BENCH_KINDS?.split(",");
const kinds = (await chooseKinds()).filter((k) => !only || only.includes(k.name));
const archive = await openArchive(DB);
const baselinePath = process.env.PG_BENCH_BASELINE;
const baseline: Archive | null = baselinePath ? await (await import(baselinePath)).openArchive(DB) : null;

console.log(`${ROUNDS} rounds; ${new Date().toISOString()}`);
console.log(
  "| query (20 hits) | sort | baseline p50 / p99 ms | this p50 / p99 ms | per query p50 ms (baseline -> this) |",
);
console.log("| --- | --- | --- | --- | --- |");
for (const kind of kinds) {
  for (const sort of SORTS) {
    const ask = (q: string): SearchQuery => ({ q, sort, limit: 20, from: kind.from, to: kind.to });
    const times = { base: [] as number[], ours: [] as number[] };
    const perQuery = new Map<string, { base: number[]; ours: number[] }>();
    for (const q of kind.queries) {
      const ours = await archive.search(ask(q));
      if (baseline) {
        const base = await baseline.search(ask(q));
        deepStrictEqual(
          ours.hits.map((h) => [h.item.id, h.score]),
          base.hits.map((h) => [h.item.id, h.score]),
          `${q} (${sort}): results differ from the baseline`,
        );
      }
      perQuery.set(q, { base: [], ours: [] });
    }
    const run = async (a: Archive, side: "base" | "ours", q: string) => {
      const t = performance.now();
      await a.search(ask(q));
      const ms = performance.now() - t;
      times[side].push(ms);
      perQuery.get(q)?.[side].push(ms);
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of kind.queries) {
        // in turns, each side first every other round
        if (baseline && round % 2) await run(baseline, "base", q);
        await run(archive, "ours", q);
        if (baseline && !(round % 2)) await run(baseline, "base", q);
      }
    }
    const med = (xs: number[]) =>
      xs.length
        ? percentile(
            [...xs].sort((a, b) => a - b),
            50,
          ).toFixed(1)
        : "-";
    const each = [...perQuery].map(([q, t]) => `${q}: ${med(t.base)} -> ${med(t.ours)}`).join("; ");
    console.log(
      `| ${kind.name} (${kind.queries.join(", ")}) | ${sort === "date" ? "newest first" : "relevance"} | ${baseline ? fmt(times.base) : "-"} | ${fmt(times.ours)} | ${each} |`,
    );
  }
}
await archive.close();
await baseline?.close();
