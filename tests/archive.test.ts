import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isPostgresUrl, openArchive } from "@news/archive";
import { makeItem, makePage } from "@news/archive/testing";
import type { NewsItem, NewsPage } from "@news/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// the built `news` command killed with SIGKILL at random points, then resumed: nothing lost, nothing doubled
const root = fileURLToPath(new URL("..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");
const PAGES = 120;
const PER_PAGE = 25;
const STEP = 20; // consecutive pages share 5 items: sightings, not duplicates
const DISTINCT = (PAGES - 1) * STEP + PER_PAGE;
let dir: string;

function item(n: number): NewsItem {
  const date = `20${String(10 + (n % 10)).padStart(2, "0")}-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, "0")}`;
  const title = `Item ${n}: ${["Geneva talks", "Idlib shelling", "Sochi conference", "detainees file"][n % 4]}`;
  const body = `Paragraph of item ${n} about ${["peace", "airstrikes", "refugees", "elections"][n % 4]} and more words.`;
  return makeItem({
    date,
    title,
    paragraphs: [body, `Second paragraph ${n}.`],
    category: n % 2 ? "News" : "Statements",
    url: `https://example.org/item/${n}`,
  });
}

function page(p: number): NewsPage {
  return makePage(
    Array.from({ length: PER_PAGE }, (_, i) => item(p * STEP + i)),
    `https://example.org/list/${p}`,
  );
}

function ingest(db: string, batch = 25): ChildProcess {
  return spawn(
    process.execPath,
    [main, "ingest", join(dir, "pages"), "--db", db, "--batch", String(batch), "--quiet"],
    {
      stdio: "ignore",
    },
  );
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode);
    else child.on("exit", (code) => done(code));
  });
}

/** Resolves once the archive holds `pages` pages (or the child has exited): polled read-only. */
async function committed(db: string, pages: number, child: ChildProcess): Promise<void> {
  while (child.exitCode === null && child.signalCode === null) {
    if (exists(db)) {
      try {
        const archive = await openArchive(db, { readonly: true });
        const stats = await archive.stats();
        await archive.close();
        if (stats.pages >= pages) return;
      } catch {
        // created but not yet migrated: no archive yet
      }
    }
    await new Promise((done) => setTimeout(done, 5));
  }
}

beforeAll(async () => {
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (pnpm build)`);
  dir = await mkdtemp(join(tmpdir(), "news-archive-e2e-"));
  await mkdir(join(dir, "pages"));
  for (let p = 0; p < PAGES; p++) {
    await writeFile(join(dir, "pages", `${String(p).padStart(3, "0")}.json`), JSON.stringify(page(p)));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// PostgreSQL too when a test database is given (reported as skipped otherwise)
const pgUrl = process.env.NEWS_TEST_DATABASE_URL;
const schemas: string[] = [];
const exists = (db: string) => isPostgresUrl(db) || existsSync(db);

afterAll(async () => {
  if (!pgUrl || schemas.length === 0) return;
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  for (const s of schemas) await client.query(`drop schema if exists ${s} cascade`);
  await client.end();
});

function killedDb(engine: string): string {
  if (engine === "sqlite") return join(dir, "killed.db");
  const url = new URL(pgUrl as string);
  const schema = `e2e_kill_${Date.now().toString(36)}`;
  schemas.push(schema);
  url.searchParams.set("schema", schema);
  return url.toString();
}

// batches of 25 items are written by statements; of 200 (eight pages), by COPY on PostgreSQL
describe.each([
  ["sqlite", false, 25],
  ["postgres", !pgUrl, 25],
  ["postgres, bulk COPY", !pgUrl, 200],
] as const)("archive reliability under kill -9: %s", (engine, skip, batch) => {
  it.skipIf(skip)(
    "survives kill -9 at random points: resumed, every item is stored exactly once",
    async () => {
      const db = killedDb(engine);
      let random = 0x9e3779b9;
      const next = () => {
        random = (Math.imul(random ^ (random >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
        return random / 2 ** 32;
      };
      let pagesBefore = 0;
      let killed = 0;
      for (let run = 0; run < 20; run++) {
        // aimed by progress, not by time: under load a timed kill lands after the run has ended.
        // Each run is killed once it has committed a few more pages (0 to 4: some before its first
        // commit), far from the end, so every run is killed whatever the machine's load
        const target = Math.min(pagesBefore + Math.floor(next() * 5), PAGES - 20);
        const child = ingest(db, batch);
        await committed(db, target, child);
        if (child.kill("SIGKILL")) killed++;
        await exited(child);
        if (!exists(db)) continue;
        const archive = await openArchive(db, { readonly: true }).catch(() => null);
        if (!archive) continue; // killed before its schema was created
        const stats = await archive.stats();
        await archive.close();
        // what a killed run committed stays; a page is all there or not there
        expect(stats.pages).toBeGreaterThanOrEqual(pagesBefore);
        expect(stats.sightings).toBe(stats.pages * PER_PAGE);
        pagesBefore = stats.pages;
      }
      expect(killed).toBe(20);
      expect(await exited(ingest(db, batch))).toBe(0);
      const archive = await openArchive(db);
      const stats = await archive.stats();
      expect(stats).toMatchObject({ items: DISTINCT, pages: PAGES, sightings: PAGES * PER_PAGE });
      expect(await archive.check()).toEqual({ ok: true, problems: [] });
      const ids = new Set<string>();
      for await (const it of archive.scan()) ids.add(it.id);
      expect(ids.size).toBe(DISTINCT);
      const shared = await archive.sightings(item(STEP).id);
      expect(shared.map((s) => s.source).sort()).toEqual([
        join(dir, "pages/000.json"),
        join(dir, "pages/001.json"),
      ]);
      await archive.close();
    },
    240_000,
  );
});

describe("archive reliability", () => {
  it("reads beside a running ingest see whole pages only", async () => {
    const db = join(dir, "live.db");
    const child = ingest(db);
    const done = exited(child);
    let finished = false;
    void done.then(() => {
      finished = true;
    });
    let reads = 0;
    let lastItems = 0;
    while (!finished) {
      if (existsSync(db)) {
        try {
          const archive = await openArchive(db, { readonly: true });
          for (let i = 0; i < 20 && !finished; i++) {
            const stats = await archive.stats();
            expect(stats.sightings).toBe(stats.pages * PER_PAGE);
            expect(stats.items).toBeGreaterThanOrEqual(lastItems);
            lastItems = stats.items;
            const hits = await archive.search({ q: "geneva OR idlib", limit: 5 });
            expect(hits.hits.length).toBeLessThanOrEqual(5);
            reads++;
          }
          await archive.close();
        } catch (error) {
          // the file exists a moment before its schema does
          if ((error as { code?: string }).code !== "no-archive") throw error;
        }
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await done).toBe(0);
    expect(reads).toBeGreaterThan(0);
    const archive = await openArchive(db, { readonly: true });
    expect((await archive.stats()).items).toBe(DISTINCT);
    await archive.close();
  }, 120_000);
});
