// `pnpm --filter @news/api bench` (from `pnpm bench`): autocannon on loopback against the built
// server (`node dist/main.js`, its own process) over a synthetic archive, beside a bare Hono
// hello-world in the same run. Writes the <!-- bench:api --> section of docs/benchmarks.md.
//   API_BENCH_ITEMS (default 1,000,000), API_BENCH_SECONDS (default 30), API_BENCH_CONNECTIONS (50),
//   API_BENCH_ROUNDS (5: alternating item-read / hello-world runs of SECONDS/ROUNDS s each)
//   API_BENCH_PG=postgres://… also runs the archive routes on PostgreSQL (first API_BENCH_PG_ITEMS).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openArchive } from "@news/archive";
import { makePage } from "@news/archive/testing";
import autocannon from "autocannon";
// the archive bench's corpus: the same synthetic items (real WCXB sentences recombined, deterministic)
import { loadSentences, syntheticItem } from "../../../packages/archive/bench/corpus.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const shared = resolve(repo, "../shared");
const N = Number(process.env.API_BENCH_ITEMS ?? 1_000_000);
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.API_BENCH_CONNECTIONS ?? 50);
const KEY = "bench-key";
const WORDS = 50;

interface Figures {
  name: string;
  rps: number;
  /** Server CPU time (user + system, every thread) per request, in µs; null where /proc is missing. */
  cpuUs: number | null;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

async function buildArchive(location: string, count: number, sentences: string[]): Promise<void> {
  const archive = await openArchive(location);
  try {
    const have = (await archive.stats()).items;
    if (have >= count) return;
    const started = Date.now();
    const batch = 2000;
    for (let i = have; i < count; i += batch) {
      const items = Array.from({ length: Math.min(batch, count - i) }, (_, j) =>
        syntheticItem(sentences, i + j, WORDS),
      );
      await archive.ingest([{ page: makePage(items), source: `bench-${i}` }]);
      if ((i / batch) % 50 === 0)
        process.stderr.write(
          `api bench: ${i.toLocaleString("en")} items (${Math.round((Date.now() - started) / 1000)} s)\r`,
        );
    }
    process.stderr.write("\n");
  } finally {
    await archive.close();
  }
}

function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) resolvePromise({ child, url: m[1] as string });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${seen}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

/**
 * CPU seconds (user + system, all threads) a process has used, from /proc (Linux); null elsewhere.
 * Steadier than requests/s on a shared machine: it counts the server's work, not its waiting.
 */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (USER_HZ, 100 on Linux)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function load(name: string, options: autocannon.Options, server?: ChildProcess): Promise<Figures> {
  const before = cpuSeconds(server?.pid);
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const after = cpuSeconds(server?.pid);
  const figures = {
    name,
    rps: Math.round(result.requests.average),
    cpuUs:
      before === null || after === null || result.requests.total === 0
        ? null
        : Math.round(((after - before) * 1e6) / result.requests.total),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
  process.stderr.write(
    `api bench: ${name}: ${figures.rps} req/s, ${figures.cpuUs ?? "?"} µs server CPU/request, p50 ${figures.p50} ms, p99 ${figures.p99} ms, errors ${figures.errors}, non-2xx ${figures.non2xx}\n`,
  );
  return figures;
}

/** Ingests small pages through the API until stopped: the concurrent writer of the mixed run. */
function ingestLoop(url: string): { stop: () => Promise<number> } {
  let running = true;
  let pages = 0;
  const loop = (async () => {
    while (running) {
      const n = 10_000_000 + pages;
      const body = `${(n % 28) + 1} January 2019 In Bench\n\nBench ingest page ${n} while readers search the archive.\n`;
      const r = await fetch(`${url}/v1/ingest`, {
        method: "POST",
        body,
        headers: { "content-type": "text/plain", authorization: `Bearer ${KEY}` },
      });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`ingest: ${r.status}`);
      pages++;
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return pages;
    },
  };
}

/** Item reads under load while one client asks for a slow facet count over and over. */
async function readsBesideFacets(
  url: string,
  id: string,
  label: string,
  server: ChildProcess,
): Promise<Figures> {
  const deadline = Date.now() + SECONDS * 1000;
  const facets = (async () => {
    const times: number[] = [];
    while (Date.now() < deadline) {
      const t = performance.now();
      // no-cache: each count runs (the response cache would answer all but the first)
      await (
        await fetch(`${url}/v1/facets?q=their`, { headers: { "cache-control": "no-cache" } })
      ).arrayBuffer();
      times.push(performance.now() - t);
    }
    return times;
  })();
  const reads = await load(
    `GET /v1/items/{id} while /v1/facets?q=their runs, ${label}`,
    { url: `${url}/v1/items/${id}` },
    server,
  );
  const times = (await facets).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  reads.name += ` (${times.length} facet counts, median ${Math.round(median)} ms)`;
  return reads;
}

interface Ceiling {
  url: string;
  child: ChildProcess;
}

/** Item reads and the hello-world in alternating short runs: ratios per round, load changes apart. */
interface Interleaved {
  seconds: number;
  rpsRatios: number[];
  cpuRatios: number[];
}

const ROUNDS = Number(process.env.API_BENCH_ROUNDS ?? 5);

async function benchEngine(
  engine: string,
  location: string,
  hello: Ceiling,
): Promise<{ rows: Figures[]; interleaved: Interleaved }> {
  const { child, url } = await startProcess(
    process.execPath,
    [join(here, "../dist/main.js"), "--port", "0", "--db", location],
    {
      NEWS_API_RATE_LIMIT: "0",
      NEWS_API_ACCESS_LOG: "0",
      NEWS_API_KEY: KEY,
    },
  );
  const rows: Figures[] = [];
  try {
    const seed = readFileSync(join(repo, "examples/coalition-news-2017-12-21.txt"));
    // an item from the middle of the archive's dates
    const middle = await (await fetch(`${url}/v1/items?to=2012-06&limit=1`)).json();
    const id = (middle as { items: { id: string }[] }).items[0]?.id;
    if (!id) throw new Error(`no item dated up to 2012-06 in ${location}`);
    // warm the page cache and check every route answers before timing
    for (const path of ["/v1/items?q=their", `/v1/items/${id}`]) {
      const r = await fetch(url + path);
      if (r.status !== 200) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    }
    const searches: [string, string][] = [
      ["GET /v1/items?q= rare term (aarch64)", "/v1/items?q=aarch64"],
      ["GET /v1/items?q= common term (their)", "/v1/items?q=their"],
      ['GET /v1/items?q= phrase ("united states")', "/v1/items?q=%22united%20states%22"],
      ["GET /v1/items?q= term + date range (their, 2010)", "/v1/items?q=their&from=2010&to=2010"],
    ];
    // a few seconds of untimed load first, so the first row is not the one that pays for V8
    // compiling the request path (a cold server made the first cached search ~1.5x the CPU of the next)
    await autocannon({
      connections: CONNECTIONS,
      duration: Math.min(3, SECONDS),
      requests: searches.map(([, path]) => ({ method: "GET", path })),
      url,
    });
    for (const [name, path] of searches) rows.push(await load(name, { url: url + path }, child));
    // the same searches with the response cache skipped: what each query costs when it runs
    for (const [name, path] of searches) {
      rows.push(
        await load(
          `${name}, uncached (Cache-Control: no-cache)`,
          { url: url + path, headers: { "cache-control": "no-cache" } },
          child,
        ),
      );
    }
    rows.push(
      await load(
        "GET /v1/items?q= common term (their), gzip (Accept-Encoding: gzip)",
        { url: `${url}/v1/items?q=their`, headers: { "accept-encoding": "gzip" } },
        child,
      ),
    );
    rows.push(await load("GET /v1/items/{id}", { url: `${url}/v1/items/${id}` }, child));
    // the item-read target once more, as alternating short runs beside the hello-world: on a
    // shared machine a 30 s row and a ceiling run minutes apart can see very different loads
    const seconds = Math.max(1, Math.round(SECONDS / ROUNDS));
    const interleaved: Interleaved = { seconds, rpsRatios: [], cpuRatios: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const ceiling = await load(
        "hello-world (interleaved)",
        { url: `${hello.url}/`, duration: seconds },
        hello.child,
      );
      const reads = await load(
        "GET /v1/items/{id} (interleaved)",
        { url: `${url}/v1/items/${id}`, duration: seconds },
        child,
      );
      interleaved.rpsRatios.push(reads.rps / ceiling.rps);
      if (reads.cpuUs !== null && ceiling.cpuUs) interleaved.cpuRatios.push(reads.cpuUs / ceiling.cpuUs);
    }
    // the item read when it is not cached yet: SQLite lookups, JSON, validation, every middleware
    rows.push(
      await load(
        "GET /v1/items/{id}, uncached (Cache-Control: no-cache)",
        { url: `${url}/v1/items/${id}`, headers: { "cache-control": "no-cache" } },
        child,
      ),
    );
    rows.push(
      await load(
        "POST /v1/parse (the seed, 8 KB)",
        { url: `${url}/v1/parse`, method: "POST", body: seed, headers: { "content-type": "text/plain" } },
        child,
      ),
    );
    // a slow query beside fast reads: does one facet count stall everyone? (reader threads vs none)
    rows.push(await readsBesideFacets(url, id, "2 reader threads (the default)", child));
    if (engine === "SQLite") {
      const bare = await startProcess(
        process.execPath,
        [join(here, "../dist/main.js"), "--port", "0", "--db", location],
        {
          NEWS_API_RATE_LIMIT: "0",
          NEWS_API_ACCESS_LOG: "0",
          NEWS_API_READERS: "0",
        },
      );
      try {
        rows.push(
          await readsBesideFacets(bare.url, id, "no reader threads (NEWS_API_READERS=0)", bare.child),
        );
      } finally {
        await stop(bare.child);
      }
    }
    const writer = ingestLoop(url);
    const mix = await load(
      "mix (rare, common, phrase, range, item, parse) under concurrent ingest",
      {
        url,
        requests: [
          { method: "GET", path: "/v1/items?q=aarch64" },
          { method: "GET", path: "/v1/items?q=their" },
          { method: "GET", path: "/v1/items?q=%22united%20states%22" },
          { method: "GET", path: "/v1/items?q=their&from=2010&to=2010" },
          { method: "GET", path: `/v1/items/${id}` },
          { method: "POST", path: "/v1/parse", body: seed, headers: { "content-type": "text/plain" } },
        ],
      },
      child,
    );
    const ingested = await writer.stop();
    mix.name += ` (${ingested} pages ingested meanwhile)`;
    rows.push(mix);
    return { rows, interleaved };
  } finally {
    await stop(child);
  }
}

/**
 * One engine's table: each row beside the hello-world ceiling, as req/s and as server CPU per
 * request (the steadier of the two on a shared machine).
 */
function table(
  engine: string,
  count: number,
  rows: Figures[],
  hellos: Figures[],
  interleaved: Interleaved,
): string[] {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const helloRps = mean(hellos.map((h) => h.rps));
  const helloCpu = hellos.every((h) => h.cpuUs !== null) ? mean(hellos.map((h) => h.cpuUs as number)) : null;
  const vsRps = (r: Figures) => (r.rps / helloRps).toFixed(2);
  const vsCpu = (r: Figures) => (helloCpu && r.cpuUs !== null ? (r.cpuUs / helloCpu).toFixed(2) : "");
  const out = [
    `#### ${engine}, ${count.toLocaleString("en")} items`,
    "",
    "| route | req/s | p50 ms | p99 ms | errors | non-2xx | server CPU µs/request | vs hello-world req/s | vs hello-world CPU/request |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  const item = rows.find((r) => r.name === "GET /v1/items/{id}");
  const searches = rows.filter((r) => /^GET \/v1\/items\?q=[^,]*\)$/.test(r.name));
  const uncached = rows.filter((r) => r.name.startsWith("GET /v1/items?q=") && r.name.includes("uncached"));
  const targets = [
    item
      ? `item reads at ${vsRps(item)} of the hello-world rate (target >= 0.50), ${vsCpu(item) || "?"}x its server CPU per request`
      : null,
    `searches at ${Math.min(...searches.map((r) => r.rps))}-${Math.max(...searches.map((r) => r.rps))} req/s, p99 up to ${Math.max(...searches.map((r) => r.p99))} ms (target >= 5,000 req/s at p99 <= 50 ms)`,
    `the same searches uncached at ${Math.min(...uncached.map((r) => r.rps))}-${Math.max(...uncached.map((r) => r.rps))} req/s, p99 up to ${Math.max(...uncached.map((r) => r.p99))} ms`,
    `${rows.reduce((n, r) => n + r.errors + r.non2xx, 0)} errors and non-2xx in all (target 0; timeouts count as errors)`,
  ].filter(Boolean);
  hellos.forEach((h, i) => {
    const when = i === 0 ? "before the API rows" : "after them";
    out.push(
      `| bare Hono hello-world (ceiling), ${when} | ${h.rps} | ${h.p50} | ${h.p99} | ${h.errors} | ${h.non2xx} | ${h.cpuUs ?? ""} | ${vsRps(h)} | ${vsCpu(h)} |`,
    );
  });
  for (const r of rows) {
    out.push(
      `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.cpuUs ?? ""} | ${vsRps(r)} | ${vsCpu(r)} |`,
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const spread = (values: number[]) =>
    values.length === 0
      ? "?"
      : `${(median(values) as number).toFixed(2)} (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;
  return [
    ...out,
    "",
    "The ceiling is the mean of the two hello-world runs. " +
      `Against the issue's targets: ${targets.join("; ")}.`,
    "",
    `Item reads and the hello-world interleaved (${interleaved.rpsRatios.length} rounds of ${interleaved.seconds} s each, ` +
      `median and range of the per-round ratios): ${spread(interleaved.rpsRatios)} of the hello-world's req/s, ` +
      `${spread(interleaved.cpuRatios)}x its server CPU per request.`,
    "",
  ];
}

/** The bare Hono hello-world, in its own process, for the whole run. */
async function startHelloWorld(): Promise<Ceiling> {
  return startProcess(process.execPath, [join(here, "hello.mjs")], {});
}

async function main(): Promise<void> {
  const sentences = loadSentences(shared);
  if (!sentences) {
    process.stdout.write(`api bench: skipped (no corpus at ${shared})\n`);
    return;
  }
  if (!existsSync(join(here, "../dist/main.js")))
    throw new Error("build first: pnpm --filter @news/api build");
  const dir = join(tmpdir(), "news-api-bench");
  mkdirSync(dir, { recursive: true });
  // kept between runs: building a million-item archive takes minutes
  const location = join(dir, `archive-${N}.db`);
  const partial = `${location}.building`;
  if (!existsSync(location)) {
    await buildArchive(partial, N, sentences);
    renameSync(partial, location);
    for (const ext of ["-wal", "-shm"])
      if (existsSync(partial + ext)) renameSync(partial + ext, location + ext);
  }
  // the ceiling is run before and after the API rows: on a shared machine the load changes
  const hello = await startHelloWorld();
  const ceiling = () => load("bare Hono hello-world", { url: `${hello.url}/` }, hello.child);
  const before = await ceiling();
  const engines: { engine: string; count: number; run: Awaited<ReturnType<typeof benchEngine>> }[] = [
    { engine: "SQLite", count: N, run: await benchEngine("SQLite", location, hello) },
  ];
  const pg = process.env.API_BENCH_PG;
  if (pg) {
    const pgCount = Number(process.env.API_BENCH_PG_ITEMS ?? N);
    const url = new URL(pg);
    url.searchParams.set("schema", `api_bench_${pgCount}`);
    await buildArchive(url.toString(), pgCount, sentences);
    engines.push({
      engine: "PostgreSQL",
      count: pgCount,
      run: await benchEngine("PostgreSQL", url.toString(), hello),
    });
  }
  const after = await ceiling();
  await stop(hello.child);
  const sections = engines.flatMap((e) =>
    table(e.engine, e.count, e.run.rows, [before, after], e.run.interleaved),
  );
  const section = [
    "<!-- bench:api -->",
    "## HTTP API (apps/api)",
    "",
    `Command: \`pnpm --filter @news/api bench\` (from \`pnpm bench\`; builds first). autocannon ${autocannonVersion()} on loopback,`,
    `${SECONDS} s and ${CONNECTIONS} connections per row, against \`node apps/api/dist/main.js\` in its own process`,
    "(rate limit and access log off; the response cache, compression, ETags and every other default on) over the archive",
    "bench's synthetic items (real WCXB sentences recombined, ~50 words each); the hello-world is a bare",
    `Hono app on @hono/node-server run just before and just after, on the same machine (${navigatorInfo()}).`,
    "Server CPU per request is the server process's user + system time (all threads, from /proc) over the",
    "requests it answered: on a machine shared with other work it moves far less than req/s.",
    "What the figures mean and what was chosen for SQLite's synchronous queries: [api.md](api.md).",
    "",
    ...sections,
    "<!-- /bench:api -->",
  ].join("\n");
  const docs = join(repo, "docs/benchmarks.md");
  const text = readFileSync(docs, "utf8");
  const replaced = /<!-- bench:api -->[\s\S]*<!-- \/bench:api -->/.test(text)
    ? text.replace(/<!-- bench:api -->[\s\S]*<!-- \/bench:api -->/, section)
    : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(docs, replaced);
  process.stdout.write(`${section}\n`);
}

function autocannonVersion(): string {
  return JSON.parse(readFileSync(join(here, "../node_modules/autocannon/package.json"), "utf8")).version;
}

function navigatorInfo(): string {
  return `Node ${process.version}, ${availableParallelism()} CPUs shared with other work`;
}

await main();
