import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArchive } from "../archive.js";
import { openDriver } from "../open.js";
import type { SearchQuery } from "../search-query.js";
import { makePage } from "../testing/pages.js";
import { allPages, numberedItem, withoutFirstRankedPage } from "../testing/search.js";
import type { Archive } from "../types.js";

/**
 * SQLite ranks a prefix's first relevance page in one statement, and reads later pages of a
 * window down from its top. Both must give what the plain statements give: the same driver
 * without its one-pass first page, page by page through the cursors.
 */
const WINDOW = 30;

function items(from: number, to: number) {
  return Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    const words = [`item${i}`, i % 2 === 0 ? "common" : "other", i % 4 === 0 ? "prefixed" : "prefab"];
    if (i % 5 === 0) words.push("common common");
    // "edg*": 40 matches; the one just older than a 30-match window (item 90) scores highest
    if (i % 10 === 0) words.push(i === 90 ? "edgeword edgeword edgeword edgeword edgeword" : "edgeword");
    return numberedItem(i, words);
  });
}

const QUERIES: SearchQuery[] = [
  { q: "common" },
  { q: "pref*" },
  { q: "edg*" },
  { q: "common", from: "2001-03-01", to: "2001-09-30" },
  { q: "pref*", from: "2001-02-01", to: "2001-12-31" },
  { q: "common", from: "2001-03-01", to: "2001-03-20" },
  { q: "common", site: "a.example.com", from: "2001-01-01", to: "2001-12-31" },
];

describe("SQLite search plans", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-sqlite-plans-"));
  let archive: Archive;
  let plain: Archive;

  beforeAll(async () => {
    const driver = await openDriver(join(dir, "a.db"));
    archive = createArchive(driver, { rankWindow: WINDOW });
    plain = createArchive(withoutFirstRankedPage(driver), {
      rankWindow: WINDOW,
    });
    await archive.ingest([{ page: makePage(items(0, 400)), source: "s" }]);
  });

  afterAll(async () => {
    await archive?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("ranks a prefix's window in one statement as the plain statements do", async () => {
    for (const query of QUERIES) {
      const one = await allPages(archive, { ...query, sort: "relevance" }, 7);
      expect(one.out.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(one, JSON.stringify(query)).toEqual(await allPages(plain, { ...query, sort: "relevance" }, 7));
    }
    // the window applied where more matched than it holds
    expect(
      (await archive.search({ q: "common", sort: "relevance", from: "2001-01-01", to: "2001-12-31" })).ranked
        ?.matches,
    ).toBe(WINDOW);
  });

  it("bounds the full-text index's rowids with integers, which FTS5 seeks instead of walking to", async () => {
    // FTS5 takes a rowid bound only when its value is an INTEGER; a JS number is bound as a REAL,
    // and the statement then walks the doclist from its end (same rows, found 25x slower at 1M)
    const probe = new Database(":memory:");
    const statement = Object.getPrototypeOf(probe.prepare("select 1")) as Record<string, unknown>;
    probe.close();
    const seen: { sql: string; keys: unknown[] }[] = [];
    const originals = new Map<string, unknown>();
    for (const method of ["all", "get", "iterate"]) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      originals.set(method, original);
      statement[method] = function (this: { source: string }, ...args: unknown[]) {
        // dated keys are minutes since 1800 times 2^24: far above any limit, offset or score
        if (/items_fts match/.test(this.source)) {
          seen.push({ sql: this.source, keys: args.filter((a) => Number(a) >= 2 ** 40) });
        }
        return original.apply(this, args);
      };
    }
    try {
      const queries: SearchQuery[] = [
        ...QUERIES.map((q) => ({ ...q, sort: "relevance" as const })),
        ...QUERIES.map((q) => ({ ...q, sort: "date" as const })),
        { q: "-common", from: "2001-03-01", to: "2001-09-30", sort: "date" },
      ];
      for (const query of queries) {
        await allPages(archive, query, 7);
        await archive.count(query);
        await archive.facets(query);
      }
    } finally {
      for (const [method, original] of originals) statement[method] = original;
    }
    const keys = seen.flatMap((s) => s.keys.map((key) => ({ sql: s.sql, key })));
    // date ranges, windows and cursors all bound keys
    expect(new Set(keys.map((k) => k.sql)).size).toBeGreaterThan(5);
    for (const { sql, key } of keys) expect(typeof key, sql).toBe("bigint");
  });
});
