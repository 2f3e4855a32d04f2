import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { copyArchive, openArchive } from "../src/index.js";
import { makePage } from "../src/testing/pages.js";
import type { Archive } from "../src/types.js";
import { bareBatch, bareClient } from "./bare-postgres.js";
import { loadSentences, syntheticItem } from "./corpus.js";

// ARCHIVE_BENCH_ITEMS (default 100000) items per size; ARCHIVE_BENCH_SIZES="teaser,article";
// ARCHIVE_BENCH_PG=postgres://… (or NEWS_TEST_DATABASE_URL) adds PostgreSQL with ARCHIVE_BENCH_PG_ITEMS;
// ARCHIVE_BENCH_ENGINES="sqlite,postgres" (the default) runs one engine alone when it names one.
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const shared = resolve(repo, "../shared");
const N = Number(process.env.ARCHIVE_BENCH_ITEMS ?? 100_000);
const SIZES = (process.env.ARCHIVE_BENCH_SIZES ?? "teaser,article").split(",");
const PG = process.env.ARCHIVE_BENCH_PG ?? process.env.NEWS_TEST_DATABASE_URL;
const PG_N = Number(process.env.ARCHIVE_BENCH_PG_ITEMS ?? Math.min(N, 50_000));
const ENGINES = (process.env.ARCHIVE_BENCH_ENGINES ?? "sqlite,postgres").split(",");
const BATCH = 1000;
const RUNS = 25;

const WORDS: Record<string, number> = { teaser: 50, article: 250 };

export interface Kind {
  name: string;
  queries: string[];
  from?: string;
  to?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < 5; i++) await fn(); // warm the JIT and the page cache
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

/** Picks query terms from the archive's own vocabulary by document frequency. */
function chooseKinds(db: Database.Database, n: number): Kind[] {
  db.exec("create virtual table if not exists v using fts5vocab(fts, 'row')");
  const words = db
    .prepare("select term, doc from v where length(term) >= 5 and term glob '[a-z]*' order by doc desc")
    .all() as { term: string; doc: number }[];
  return kindsOf(words, n);
}

/** The bench's phrases: two-word phrases that occur, common words' most frequent neighbours. */
export const BENCH_PHRASES = ["united states", "prime minister", "last year"];

/**
 * The bench's query kinds from a vocabulary (words of five letters or more with their document
 * frequencies, most frequent first) of `n` items: the most common words, words near a share of
 * the items (5% for AND, 0.01% rare, 2% for prefixes), the phrases, a common word in 2010.
 */
export function kindsOf(
  words: readonly { term: string; doc: number }[],
  n: number,
  phrases = BENCH_PHRASES,
): Kind[] {
  const near = (fraction: number, k: number) => {
    const target = Math.max(3, fraction * n);
    return [...words]
      .sort((a, b) => Math.abs(Math.log(a.doc / target)) - Math.abs(Math.log(b.doc / target)))
      .slice(0, k)
      .map((w) => w.term);
  };
  const common = words.slice(0, 3).map((w) => w.term);
  const mid = near(0.05, 6);
  const rare = near(0.0001, 3);
  const prefixes = near(0.02, 3).map((t) => `${t.slice(0, 4)}*`);
  return [
    { name: "rare term", queries: rare },
    { name: "common term", queries: common },
    { name: "two-term AND", queries: [0, 2, 4].map((i) => `${mid[i]} ${mid[i + 1]}`) },
    { name: "two-word phrase", queries: phrases.map((p) => `"${p}"`) },
    { name: "prefix", queries: prefixes },
    { name: "term + date range", queries: common, from: "2010-01-01", to: "2010-12-31" },
  ];
}

function bareFts(q: string): string {
  // the same quoting the archive does, for a like-for-like MATCH
  if (q.startsWith('"')) return q;
  return q
    .split(" ")
    .map((t) => (t.endsWith("*") ? `"${t.slice(0, -1)}" *` : `"${t}"`))
    .join(" AND ");
}

async function benchSize(sentences: string[], size: string, lines: string[]) {
  const words = WORDS[size] ?? 50;
  const dir = mkdtempSync(join(tmpdir(), "news-archive-bench-"));
  try {
    // build the items once; both engines store the very same rows
    // generated batch by batch (a million articles do not fit in memory at once), the same
    // items for both engines since generation is deterministic; generation time is not counted
    const batchOf = (i: number) =>
      Array.from({ length: Math.min(BATCH, N - i) }, (_, j) => syntheticItem(sentences, i + j, words));
    let mb = 0;

    // bare better-sqlite3 + FTS5, as usually written: a table, an external-content FTS5 index
    // kept by triggers, an index on date; same pragmas and batch size as the archive
    const barePath = join(dir, "bare.db");
    const bare = new Database(barePath);
    bare.pragma("journal_mode = WAL");
    bare.pragma("synchronous = NORMAL");
    bare.pragma("cache_size = -65536");
    bare.exec(`create table items (id text primary key, date text, title text, body text, doc text);
      create index items_date on items (date);
      create virtual table fts using fts5 (title, body, content = 'items', tokenize = 'unicode61 remove_diacritics 2');
      create trigger items_ai after insert on items begin insert into fts (rowid, title, body) values (new.rowid, new.title, new.body); end;`);
    const kindsOnly = !ENGINES.includes("sqlite");
    const count = kindsOnly ? Math.min(N, 20_000) : N;
    const insert = bare.prepare("insert into items (id, date, title, body, doc) values (?, ?, ?, ?, ?)");
    const insertMany = bare.transaction((rows: ReturnType<typeof batchOf>) => {
      for (const it of rows)
        insert.run(it.id, it.date, it.title, it.paragraphs.join("\n\n"), JSON.stringify(it));
    });
    const ourPath = join(dir, "archive.db");
    const archive = kindsOnly ? null : await openArchive(ourPath);
    // batch by batch, bare then archive: both see the same load on this shared machine
    let bareSeconds = 0;
    let ourSeconds = 0;
    let bareCpu = 0;
    let ourCpu = 0;
    for (let i = 0; i < count; i += BATCH) {
      const rows = batchOf(i);
      for (const it of rows) mb += Buffer.byteLength((it.title ?? "") + it.paragraphs.join("\n\n")) / 1e6;
      let cpu = process.cpuUsage();
      let t = performance.now();
      insertMany(rows);
      bareSeconds += (performance.now() - t) / 1000;
      cpu = process.cpuUsage(cpu);
      bareCpu += (cpu.user + cpu.system) / 1e6;
      if (!archive) continue;
      const page = makePage(rows);
      cpu = process.cpuUsage();
      t = performance.now();
      await archive.ingest([{ page, source: `bench-${i}` }]);
      ourSeconds += (performance.now() - t) / 1000;
      cpu = process.cpuUsage(cpu);
      ourCpu += (cpu.user + cpu.system) / 1e6;
    }
    bare.pragma("wal_checkpoint(TRUNCATE)");
    const kinds = chooseKinds(bare, count);
    if (!archive) {
      bare.close();
      if (PG) await benchPostgres(batchOf, Math.min(PG_N, N), kinds, lines, words, null);
      return;
    }
    await archive.close();
    const ckpt = new Database(ourPath);
    ckpt.pragma("wal_checkpoint(TRUNCATE)");
    ckpt.close();
    const reopened = await openArchive(ourPath);

    const size = (p: string) =>
      statSync(p).size + (statSync(`${p}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    lines.push(
      `#### ${words === 50 ? "Listing teasers" : "Full articles"} (~${words} words), ${N.toLocaleString("en")} items, ${mb.toFixed(0)} MB of text`,
      "",
    );
    lines.push(
      "| | bare better-sqlite3 + FTS5 | @news/archive (SQLite) | ratio |",
      "| --- | --- | --- | --- |",
    );
    lines.push(
      `| ingest items/s | ${Math.round(N / bareSeconds)} | ${Math.round(N / ourSeconds)} | ${(bareSeconds / ourSeconds).toFixed(2)} |`,
      `| ingest CPU seconds (this process) | ${bareCpu.toFixed(1)} | ${ourCpu.toFixed(1)} | ${(bareCpu / ourCpu).toFixed(2)} |`,
      `| ingest MB/s | ${(mb / bareSeconds).toFixed(1)} | ${(mb / ourSeconds).toFixed(1)} | |`,
      `| bytes per item | ${Math.round(size(barePath) / N)} | ${Math.round(size(ourPath) / N)} | ${(size(ourPath) / size(barePath)).toFixed(2)} |`,
      "",
    );
    progress(lines);

    lines.push(
      "| query (20 hits) | sort | bare p50 / p99 ms | archive p50 / p99 ms | archive/bare p99 |",
      "| --- | --- | --- | --- | --- |",
    );
    const newest = bare.prepare(
      "select i.id, i.title from fts f join items i on i.rowid = f.rowid where fts match ? and (? is null or i.date between ? and ?) order by i.date desc limit 20",
    );
    const ranked = bare.prepare(
      "select i.id, i.title from fts f join items i on i.rowid = f.rowid where fts match ? and (? is null or i.date between ? and ?) order by f.rank limit 20",
    );
    for (const kind of kinds) {
      for (const sort of ["date", "relevance"] as const) {
        let qi = 0;
        const stmt = sort === "date" ? newest : ranked;
        const b = await time(() => {
          const q = kind.queries[qi++ % kind.queries.length] as string;
          return stmt.all(bareFts(q), kind.from ?? null, kind.from ?? null, kind.to ?? null);
        });
        qi = 0;
        const o = await time(() =>
          reopened.search({
            q: kind.queries[qi++ % kind.queries.length],
            sort,
            limit: 20,
            from: kind.from,
            to: kind.to,
          }),
        );
        lines.push(
          `| ${kind.name} (${kind.queries.slice(0, 2).join(", ")}) | ${sort === "date" ? "newest first" : "relevance"} | ${fmt(b)} | ${fmt(o)} | ${(percentile(o, 99) / percentile(b, 99)).toFixed(2)} |`,
        );
      }
    }
    lines.push("");
    await pageCost(reopened, kinds, lines);
    progress(lines);
    await reopened.close();
    bare.close();
    if (PG && ENGINES.includes("postgres"))
      await benchPostgres(batchOf, Math.min(PG_N, N), kinds, lines, words, ourPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * PostgreSQL beside bare PostgreSQL as usually written for bulk loads (COPY into a table whose
 * tsvector is a generated column over title and body, a GIN index, an index on date, no archive
 * logic), batch by batch in turn; then the queries, and the copy of the SQLite archive (when one
 * was built) into PostgreSQL.
 */
async function benchPostgres(
  batchOf: (i: number) => ReturnType<typeof syntheticItem>[],
  count: number,
  kinds: Kind[],
  lines: string[],
  words: number,
  sqlitePath: string | null,
) {
  const tag = `${words}_${Date.now().toString(36)}`;
  const schemas = [`bench_${tag}`, `bench_bare_${tag}`, `bench_copy_${tag}`];
  const url = (schema: string) => {
    const u = new URL(PG as string);
    u.searchParams.set("schema", schema);
    return u.toString();
  };
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  const archive: Archive = await openArchive(url(schemas[0] as string));
  try {
    const bare = await bareClient(PG as string, schemas[1] as string);
    let seconds = 0;
    let bareSeconds = 0;
    for (let i = 0; i < count; i += BATCH) {
      const rows = batchOf(i).slice(0, count - i);
      let t = performance.now();
      await bareBatch(bare, rows);
      bareSeconds += (performance.now() - t) / 1000;
      const page = makePage(rows);
      t = performance.now();
      await archive.ingest([{ page, source: `bench-${i}` }]);
      seconds += (performance.now() - t) / 1000;
    }
    const bareBytes = Number(
      (await bare.query("select pg_total_relation_size('items')::float8 as n")).rows[0]?.n ?? 0,
    );
    await bare.end();
    const stats = await archive.stats();
    // what a DBA runs after a bulk load (autovacuum would, a minute later)
    await admin.query(`analyze ${schemas[0]}.items`);
    lines.push(
      `PostgreSQL, the first ${count.toLocaleString("en")} of these items, beside bare PostgreSQL (COPY into a table with a generated tsvector, GIN and date indexes) batch by batch in the same run:`,
      "",
      "| | bare PostgreSQL | @news/archive (PostgreSQL) | ratio |",
      "| --- | --- | --- | --- |",
      `| ingest items/s | ${Math.round(count / bareSeconds)} | ${Math.round(count / seconds)} | ${(bareSeconds / seconds).toFixed(2)} |`,
      `| bytes per item (tables + indexes) | ${Math.round(bareBytes / count)} | ${Math.round((stats.sizeBytes ?? 0) / count)} | |`,
      "",
    );
    progress(lines);
    lines.push("| query (20 hits) | sort | PostgreSQL p50 / p99 ms |", "| --- | --- | --- |");
    for (const kind of kinds) {
      for (const sort of ["date", "relevance"] as const) {
        let qi = 0;
        const o = await time(() =>
          archive.search({
            q: kind.queries[qi++ % kind.queries.length],
            sort,
            limit: 20,
            from: kind.from,
            to: kind.to,
          }),
        );
        lines.push(`| ${kind.name} | ${sort === "date" ? "newest first" : "relevance"} | ${fmt(o)} |`);
      }
    }
    lines.push("");
    await pageCost(archive, kinds, lines);
    if (sqlitePath) {
      // `news archive copy`: the SQLite archive built above into an empty PostgreSQL schema,
      // streamed, then verified (counts and a checksum of every item on both sides)
      const t = performance.now();
      const copied = await copyArchive(sqlitePath, url(schemas[2] as string));
      const s = (performance.now() - t) / 1000;
      lines.push(
        `Copy of the SQLite archive into an empty PostgreSQL schema (\`copyArchive\`, what \`news archive copy\` runs): ${copied.items.toLocaleString("en")} items and ${copied.sightings.toLocaleString("en")} sightings in ${s.toFixed(0)} s, ${Math.round(copied.items / s)} items/s including the verification (checksum ${copied.checksum.slice(0, 12)}… equal on both sides).`,
        "",
      );
    }
  } finally {
    await archive.close();
    for (const schema of schemas) await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

/**
 * What a deep page costs beside the first: both sorts continue from a keyset cursor (the last
 * key, or the last score and key), so page 50 should cost what page 1 costs.
 */
async function pageCost(archive: Archive, kinds: Kind[], lines: string[]) {
  const rows: string[] = [];
  for (const kind of kinds.filter((k) => k.name === "common term" || k.name === "prefix")) {
    for (const sort of ["date", "relevance"] as const) {
      const q = kind.queries[0] as string;
      let cursor: string | undefined;
      for (let page = 1; page < 50; page++) {
        cursor = (await archive.search({ q, sort, limit: 20, cursor })).nextCursor ?? undefined;
        if (!cursor) break;
      }
      if (!cursor) continue;
      const first = await time(() => archive.search({ q, sort, limit: 20 }));
      const deep = await time(() => archive.search({ q, sort, limit: 20, cursor }));
      rows.push(
        `| ${kind.name} (${q}) | ${sort === "date" ? "newest first" : "relevance"} | ${fmt(first)} | ${fmt(deep)} | ${(percentile(deep, 99) / percentile(first, 99)).toFixed(2)} |`,
      );
    }
  }
  if (rows.length === 0) return;
  lines.push(
    "| deep paging (20 hits) | sort | page 1 p50 / p99 ms | page 50 p50 / p99 ms | page 50 / page 1 p99 |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  );
}

// what was printed so far: figures appear as each part ends, so a long run cut short keeps them
let printed = 0;
function progress(lines: string[]) {
  process.stdout.write(`${lines.slice(printed).join("\n")}\n`);
  printed = lines.length;
}

function fmt(sorted: number[]): string {
  return `${percentile(sorted, 50).toFixed(2)} / ${percentile(sorted, 99).toFixed(2)}`;
}

export async function benchArchive(): Promise<void> {
  const sentences = loadSentences(shared);
  if (!sentences) {
    process.stdout.write(`archive bench: skipped (no corpus at ${shared})\n`);
    return;
  }
  const lines: string[] = [
    "",
    "Command: `pnpm --filter @news/archive bench` (from `pnpm bench`); item count from `ARCHIVE_BENCH_ITEMS`",
    `(this run: ${N.toLocaleString("en")} items per size), PostgreSQL figures when \`ARCHIVE_BENCH_PG\` or`,
    "`NEWS_TEST_DATABASE_URL` names a database. Items are real WCXB sentences recombined",
    "deterministically. Latencies are per `search()` call (20 hits, snippets and JSON documents included) beside",
    "the bare engine's query in the same process; 25 runs per kind after 5 warm-up runs, cycling over the kind's terms.",
    "",
  ];
  for (const size of SIZES) {
    const started = performance.now();
    await benchSize(sentences, size, lines);
    process.stdout.write(
      `archive bench: ${size} done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
    );
  }
  const text = lines.join("\n");
  progress(lines);
  if (process.env.ARCHIVE_BENCH_WRITE !== "0") {
    const doc = join(repo, "docs/benchmarks.md");
    const current = readFileSync(doc, "utf8");
    const start = current.indexOf("<!-- bench:archive -->");
    const end = current.indexOf("<!-- /bench:archive -->");
    if (start !== -1 && end !== -1) {
      // re-read right before writing: other benches write their own sections of the same file
      const fresh = readFileSync(doc, "utf8");
      const s = fresh.indexOf("<!-- bench:archive -->") + "<!-- bench:archive -->".length;
      const e = fresh.indexOf("<!-- /bench:archive -->");
      // the million-item runs take half an hour: a default run keeps them below its own figures
      const keep = fresh.indexOf("<!-- archive:full-size", s);
      const kept = keep !== -1 && keep < e ? fresh.slice(keep, e) : "";
      writeFileSync(
        doc,
        `${fresh.slice(0, s)}\n## Archive (@news/archive)\n${text}\n${kept}${fresh.slice(e)}`,
      );
    }
  }
}
