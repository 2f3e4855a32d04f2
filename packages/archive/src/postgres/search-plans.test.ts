import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ArchiveDriver, createArchive } from "../archive.js";
import { openArchive, openDriver } from "../open.js";
import type { SearchQuery } from "../search-query.js";
import { makePage } from "../testing/pages.js";
import { allPages, numberedItem, withoutFirstRankedPage } from "../testing/search.js";
import type { Archive } from "../types.js";
import { postgresDriver } from "./engine.js";
import { dropSchemas, freshSchemaUrl, pgSkip, pgUrl } from "./test-database.js";

/**
 * PostgreSQL finds a text query's newest matches and relevance's window from a bitmap of the
 * text index over a span of the newest items chosen from the planner's statistics. Whatever those
 * statistics say (none, fresh, stale), the results must be those of the plain walk: newest first
 * as SQLite gives them, relevance as the engine's own three-query path gives them.
 */
const WINDOW = 40;

/** Item i is dated i days after 2001-01-01: keys grow with i. */
function items(from: number, to: number) {
  return Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    const words = [`item${i}`];
    if (i % 2 === 0) words.push("common");
    if (i % 7 === 0) words.push("the united states said");
    if (i % 5 === 0) words.push("states were united");
    if (i % 11 === 0) words.push("middle");
    if (i % 3 === 0) words.push("other");
    if (i % 97 === 0) words.push("rarest");
    // a phrase whose rarer word ("year") is mostly elsewhere, and its reverse, rarer still
    // ("last year last" where both are pushed), of two common words
    if (i % 13 === 0) words.push("last year");
    if (i % 4 === 0) words.push("last filler");
    if (i % 6 === 0) words.push("filler year");
    // frequent in the oldest items only: an estimate from the whole archive is too high for the
    // newest, so a span chosen by it holds too few and must widen
    if (i < 300) words.push("oldword");
    words.push(i % 4 === 0 ? "prefixed" : "prefab");
    return numberedItem(i, words);
  });
}

const QUERIES: SearchQuery[] = [
  { q: "common" },
  { q: '"united states"' },
  { q: "middle other" },
  { q: "rarest" },
  { q: "oldword" },
  { q: "oldword common" },
  { q: "pref*" },
  { q: "common -other" },
  { q: "-common" },
  { q: "middle", site: "a.example.com" },
  { q: "title:common" },
  { q: "common", from: "2001-06-01", to: "2001-12-31" },
  // phrases: by their rarest word, with the words together as the last round
  { q: '"last year"' },
  { q: '"year last"' },
  { q: "united-stat*" },
  { q: '"last year" other' },
  { q: '"year last" OR rarest' },
  { q: 'title:"common title"' },
  { q: 'common -"last year"' },
  { q: '"last year"', site: "a.example.com" },
  { q: '"united states"', from: "2001-06-01", to: "2002-06-30" },
];

describe.skipIf(Boolean(pgSkip))("PostgreSQL search plans", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-pg-plans-"));
  let pgArchive: Archive;
  let walked: Archive;
  let sqlite: Archive;
  let driver: ArchiveDriver;
  const url = freshSchemaUrl("plans");
  const analyze = async () => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`analyze ${new URL(url).searchParams.get("schema")}.items`);
    await client.end();
  };
  const ingest = async (from: number, to: number) => {
    for (const a of [pgArchive, sqlite])
      await a.ingest([{ page: makePage(items(from, to)), source: `s${from}` }]);
  };

  beforeAll(async () => {
    driver = await openDriver(url);
    pgArchive = createArchive(driver, { rankWindow: WINDOW });
    // the same driver without its one-pass first page: the engine's three queries
    const plain = withoutFirstRankedPage(driver);
    walked = createArchive(plain, { rankWindow: WINDOW });
    sqlite = await openArchive(join(dir, "a.db"), { rankWindow: WINDOW });
  });

  afterAll(async () => {
    await pgArchive?.close();
    await sqlite?.close();
    rmSync(dir, { recursive: true, force: true });
    await dropSchemas();
  });

  const compare = async () => {
    // the same archive through a driver whose phrase rounds are free: on a few hundred items
    // phrases then take the spans of their rarest word and widen, as at a million; opened here
    // so that it reads the statistics as they are now
    const spans = createArchive(await postgresDriver(url, { phraseRoundCost: 0 }), { rankWindow: WINDOW });
    try {
      for (const query of QUERIES) {
        const newest = await allPages(pgArchive, { ...query, sort: "date" }, 15);
        expect(newest.out.length, JSON.stringify(query)).toBeGreaterThan(0);
        expect(newest, JSON.stringify(query)).toEqual(await allPages(sqlite, { ...query, sort: "date" }, 15));
        expect(await allPages(spans, { ...query, sort: "date" }, 15), JSON.stringify(query)).toEqual(newest);
        const ranked = await allPages(pgArchive, { ...query, sort: "relevance" }, 15);
        expect(ranked, JSON.stringify(query)).toEqual(
          await allPages(walked, { ...query, sort: "relevance" }, 15),
        );
        // with the key's statistics as they are now: in a table in key order the window's
        // statement then reads the text index's bitmap where the planner would walk
        expect(await allPages(spans, { ...query, sort: "relevance" }, 15), JSON.stringify(query)).toEqual(
          ranked,
        );
      }
    } finally {
      await spans.close();
    }
  };

  it("gives the walk's results without statistics", async () => {
    await ingest(0, 600);
    await compare();
  });

  it("gives the walk's results with fresh statistics", async () => {
    await analyze();
    await compare();
    // the window applied where more matched than it holds
    const r = await pgArchive.search({ q: "common", sort: "relevance" });
    expect(r.ranked?.matches).toBe(WINDOW);
  });

  it("gives the walk's results with statistics older than the newest items", async () => {
    await ingest(600, 900);
    await compare();
  });
});

/**
 * Relevance for a phrase reads the rows that hold its words and checks the phrase on them. Items
 * that hold the words apart score higher than any phrase here (ts_rank counts the words either
 * way), so a check that let them through would put them first; and newest first they are
 * interleaved with the phrases, so counting them into the window would move its edge.
 */
describe.skipIf(Boolean(pgSkip))("PostgreSQL relevance for a phrase", () => {
  const ITEMS = 150;
  /** Item i: every third holds the phrase 1-4 times, the next the words apart, six times. */
  const phraseTimes = (i: number) => (i % 3 === 0 ? 1 + ((i / 3) % 4) : 0);
  const dayOf = (i: number) => new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString();
  let archive: Archive;
  let walked: Archive;

  beforeAll(async () => {
    const driver = await openDriver(freshSchemaUrl("phrase"));
    archive = createArchive(driver, { rankWindow: WINDOW });
    walked = createArchive(withoutFirstRankedPage(driver), { rankWindow: WINDOW });
    const rows = Array.from({ length: ITEMS }, (_, i) => {
      if (phraseTimes(i) > 0) return numberedItem(i, Array(phraseTimes(i)).fill("the united states said"));
      if (i % 3 === 1) return numberedItem(i, Array(6).fill("states were united and"));
      return numberedItem(i, ["united we stand"]);
    });
    await archive.ingest([{ page: makePage(rows), source: "phrases" }]);
  });

  afterAll(async () => {
    await archive?.close();
    await dropSchemas();
  });

  it("ranks the newest window of the phrase's matches alone, most occurrences first, then newest", async () => {
    const query: SearchQuery = { q: '"united states"', sort: "relevance" };
    const newestPhrases = Array.from({ length: ITEMS }, (_, k) => ITEMS - 1 - k)
      .filter((i) => phraseTimes(i) > 0)
      .slice(0, WINDOW);
    const hits: { i: number; score: number }[] = [];
    let page = await archive.search({ ...query, limit: 15 });
    expect(page.ranked).toEqual({ matches: WINDOW, since: dayOf(newestPhrases.at(-1) as number) });
    for (;;) {
      for (const h of page.hits) {
        const url = h.item.url ?? "";
        hits.push({ i: Number(url.slice(url.lastIndexOf("/") + 1)), score: h.score ?? Number.NaN });
      }
      if (!page.nextCursor) break;
      page = await archive.search({ ...query, limit: 15, cursor: page.nextCursor });
    }
    expect(hits.map((h) => h.i)).toEqual(
      [...newestPhrases].sort((a, b) => phraseTimes(b) - phraseTimes(a) || b - a),
    );
    // one score per number of occurrences, higher for more
    const scores = [4, 3, 2, 1].map((times) => [
      ...new Set(hits.filter((h) => phraseTimes(h.i) === times).map((h) => h.score)),
    ]);
    expect(scores.every((s) => s.length === 1)).toBe(true);
    expect(scores.flat()).toEqual([...scores.flat()].sort((a, b) => b - a));
    expect(new Set(scores.flat()).size).toBe(4);
    // the same ids, scores and window as the engine's plain statements
    expect(await allPages(archive, query, 15)).toEqual(await allPages(walked, query, 15));
  });
});
