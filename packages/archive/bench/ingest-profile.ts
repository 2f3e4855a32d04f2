// PostgreSQL ingest alone, for a CPU profile of node's side (issue 15):
//   NEWS_TEST_DATABASE_URL=postgres://… PROFILE_ITEMS=30000 node --cpu-prof --import tsx bench/ingest-profile.ts
// The items are made before the profiled part starts: the profile is the ingest's.

import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { openArchive } from "../src/index.js";
import { makePage } from "../src/testing/pages.js";
import { loadSentences, syntheticItem } from "./corpus.js";

const here = dirname(fileURLToPath(import.meta.url));
const sentences = loadSentences(resolve(here, "../../../../shared")) as string[];
const N = Number(process.env.PROFILE_ITEMS ?? 30_000);
const BATCH = 1000;
const PG = process.env.NEWS_TEST_DATABASE_URL as string;
const schema = `p_${Date.now().toString(36)}`;
const u = new URL(PG);
u.searchParams.set("schema", schema);
const batches = Array.from({ length: Math.ceil(N / BATCH) }, (_, b) =>
  Array.from({ length: Math.min(BATCH, N - b * BATCH) }, (_, j) =>
    syntheticItem(sentences, b * BATCH + j, 50),
  ),
);
const archive = await openArchive(u.toString());
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const cpu = process.cpuUsage();
const t = performance.now();
for (const [b, rows] of batches.entries()) await archive.ingest([{ page: makePage(rows), source: `p-${b}` }]);
const c = process.cpuUsage(cpu);
console.log(
  `${N} items: wall ${((performance.now() - t) / 1000).toFixed(1)} s, node cpu ${((c.user + c.system) / 1e6).toFixed(1)} s`,
);
const { profile } = await session.post("Profiler.stop");
writeFileSync(process.env.PROFILE_OUT ?? "/tmp/ingest.cpuprofile", JSON.stringify(profile));
await archive.close();
const admin = new pg.Client({ connectionString: PG });
await admin.connect();
await admin.query(`drop schema ${schema} cascade`);
await admin.end();
