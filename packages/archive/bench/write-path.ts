// PostgreSQL's write path alone, beside bare PostgreSQL in the same process (issue 15):
//   NEWS_TEST_DATABASE_URL=postgres://… WRITE_ITEMS=50000 tsx bench/write-path.ts [ingest|copy]...
// ingest: bare COPY and archive.ingest batch by batch in turn (the archive bench's comparison),
// with node's CPU time and, when WRITE_PG_DIR names a local server's directory, the server's;
// copy: a SQLite archive of the same items (not timed), then copyArchive into PostgreSQL, timed
// beside a bare COPY of the same items run right before it. Minutes at 50,000 teasers, where
// the full bench takes a quarter of an hour at 200,000.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { copyArchive, openArchive } from "../src/index.js";
import { makePage } from "../src/testing/pages.js";
import { bareBatch, bareClient } from "./bare-postgres.js";
import { loadSentences, syntheticItem } from "./corpus.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, "../../../../shared");
const N = Number(process.env.WRITE_ITEMS ?? 50_000);
const BATCH = 1000;
const PG = process.env.NEWS_TEST_DATABASE_URL as string;
const modes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["ingest", "copy"];
const sentences = loadSentences(shared) as string[];
const batchOf = (i: number) =>
  Array.from({ length: Math.min(BATCH, N - i) }, (_, j) => syntheticItem(sentences, i + j, 50));
const tag = Date.now().toString(36);
const url = (schema: string) => {
  const u = new URL(PG);
  u.searchParams.set("schema", schema);
  return u.toString();
};
const admin = new pg.Client({ connectionString: PG });
await admin.connect();
const schemas: string[] = [];

async function newBare(schema: string) {
  schemas.push(schema);
  return bareClient(PG, schema);
}

// CPU seconds of every process of the PostgreSQL server (children of the postmaster), when
// WRITE_PG_DIR names its directory (…/data/postmaster.pid): server work apart from node's
const postmaster = process.env.WRITE_PG_DIR
  ? Number(readFileSync(join(process.env.WRITE_PG_DIR, "data/postmaster.pid"), "utf8").split("\n")[0])
  : null;
function serverCpu(): number {
  if (postmaster === null) return 0;
  let ticks = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(f[1]) !== postmaster && Number(pid) !== postmaster) continue;
      ticks += Number(f[11]) + Number(f[12]);
    } catch {}
  }
  return ticks / 100;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

try {
  for (const mode of modes) {
    if (mode === "ingest") {
      // WRITE_BEFORE=dir: another tree's src (a copy made by hand, e.g. of main's, under this
      // package so it resolves the same dependencies) ingests beside this one, in turn
      const variants: [string, typeof openArchive][] = [["archive", openArchive]];
      if (process.env.WRITE_BEFORE) {
        const before = (await import(resolve(process.env.WRITE_BEFORE, "src/index.js"))) as {
          openArchive: typeof openArchive;
        };
        variants.unshift(["before", before.openArchive]);
      }
      const bare = await newBare(`w_bare_${tag}`);
      const runs = [] as {
        name: string;
        s: number;
        cpu: number;
        server: number;
        ingest: (rows: ReturnType<typeof batchOf>, i: number) => Promise<unknown>;
      }[];
      runs.push({ name: "bare", s: 0, cpu: 0, server: 0, ingest: (rows) => bareBatch(bare, rows) });
      const archives = [];
      for (const [name, open] of variants) {
        schemas.push(`w_${name}_${tag}`);
        const archive = await open(url(`w_${name}_${tag}`));
        archives.push(archive);
        runs.push({
          name,
          s: 0,
          cpu: 0,
          server: 0,
          ingest: (rows, i) => archive.ingest([{ page: makePage(rows), source: `bench-${i}` }]),
        });
      }
      for (let i = 0; i < N; i += BATCH) {
        const rows = batchOf(i);
        // each in turn, the order rotating: each sees the same load
        for (let r = 0; r < runs.length; r++) {
          const run = runs[(r + i / BATCH) % runs.length] as (typeof runs)[number];
          const cpu = process.cpuUsage();
          const server = serverCpu();
          const t = performance.now();
          await run.ingest(rows, i);
          run.server += serverCpu() - server;
          run.s += (performance.now() - t) / 1000;
          run.cpu += cpuSeconds(cpu);
        }
      }
      await bare.end();
      for (const a of archives) await a.close();
      const bareS = (runs[0] as (typeof runs)[number]).s;
      console.log(
        `ingest ${N}: ${runs.map((r) => `${r.name} ${Math.round(N / r.s)}/s (node cpu ${r.cpu.toFixed(1)} s + server ${r.server.toFixed(1)} s, wall ${r.s.toFixed(1)} s) ratio ${(bareS / r.s).toFixed(3)}`).join("; ")}`,
      );
    } else if (mode === "copy") {
      const dir = mkdtempSync(join(tmpdir(), "news-write-path-"));
      try {
        const sqlite = await openArchive(join(dir, "a.db"));
        for (let i = 0; i < N; i += BATCH)
          await sqlite.ingest([{ page: makePage(batchOf(i)), source: `bench-${i}` }]);
        await sqlite.close();
        const bare = await newBare(`w_cbare_${tag}`);
        const batches = Array.from({ length: Math.ceil(N / BATCH) }, (_, b) => batchOf(b * BATCH));
        let t = performance.now();
        for (const rows of batches) await bareBatch(bare, rows);
        const bareS = (performance.now() - t) / 1000;
        await bare.end();
        // with WRITE_BEFORE, the other tree's copy and this one's in turn: before, now, now, before
        const copies: [string, typeof copyArchive][] = [["now", copyArchive]];
        if (process.env.WRITE_BEFORE) {
          const before = (await import(resolve(process.env.WRITE_BEFORE, "src/index.js"))) as {
            copyArchive: typeof copyArchive;
          };
          copies.unshift(["before", before.copyArchive]);
          copies.push(["now", copyArchive], ["before", before.copyArchive]);
        }
        for (const [name, copy] of copies) {
          const schema = `w_copy_${schemas.length}_${tag}`;
          schemas.push(schema);
          // node's CPU only: the copy's server processes end with it, before they could be read
          const cpu = process.cpuUsage();
          t = performance.now();
          let wroteAt = 0;
          const copied = await copy(join(dir, "a.db"), url(schema), {
            onProgress: (p) => {
              if (p.items === p.total) wroteAt = performance.now();
            },
          });
          const s = (performance.now() - t) / 1000;
          console.log(
            `${name} copy ${copied.items}: ${Math.round(copied.items / s)} items/s in ${s.toFixed(1)} s (writing ${((wroteAt - t) / 1000).toFixed(1)} s, then pages and verification ${((performance.now() - wroteAt) / 1000).toFixed(1)} s; node cpu ${cpuSeconds(cpu).toFixed(1)} s); bare COPY of the same items ${Math.round(N / bareS)}/s`,
          );
          await admin.query(`drop schema ${schema} cascade`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
} finally {
  for (const schema of schemas) await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
}
