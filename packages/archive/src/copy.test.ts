import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyArchive, copyBetween } from "./copy.js";
import { openArchive, openDriver } from "./open.js";
import { dropSchemas, freshSchemaUrl, pgSkip } from "./postgres/test-database.js";
import { makeItem, makePage } from "./testing/pages.js";

const dir = mkdtempSync(join(tmpdir(), "news-copy-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas();
});

let n = 0;
/** A fresh SQLite archive with items, sightings on two pages, flags and an enrichment. */
async function source(items = 30): Promise<string> {
  const path = join(dir, `source-${n++}.db`);
  const archive = await openArchive(path);
  const all = Array.from({ length: items }, (_, i) =>
    makeItem({
      date: i % 7 === 0 ? null : `2016-${String(1 + (i % 12)).padStart(2, "0")}-0${1 + (i % 9)}`,
      title: `Copied item ${i}`,
      paragraphs: [`Body of copied item ${i}, about geneva and more.`],
      url: `https://example.org/${i}`,
      ...(i === 3 ? { enrichment: { entities: [{ id: "org:copy", name: "Copy Org" }] } as never } : {}),
    }),
  );
  await archive.ingest([
    { page: makePage(all, "https://example.org/a"), source: "a.txt", contentHash: "ha" },
    { page: makePage(all.slice(0, 5), "https://example.org/b"), source: "b.txt", contentHash: "hb" },
  ]);
  await archive.setFlags(all[1]!.id, { read: true, starred: true });
  await archive.close();
  return path;
}

async function sameContents(a: string, b: string) {
  const [x, y] = [await openArchive(a, { readonly: true }), await openArchive(b)];
  const [sx, sy] = [await x.stats(), await y.stats()];
  expect({ items: sy.items, pages: sy.pages, sightings: sy.sightings }).toEqual({
    items: sx.items,
    pages: sx.pages,
    sightings: sx.sightings,
  });
  const listed = async (archive: typeof x) => (await archive.list({ limit: 1000 })).items;
  expect(await listed(y)).toEqual(await listed(x));
  expect((await y.search({ q: "geneva", sort: "relevance", limit: 5 })).hits.length).toBe(5);
  expect((await y.search({ entity: "org:copy" })).hits).toHaveLength(1);
  // the destination is an archive like any other: ingest skips pages it already holds
  expect(await y.ingest([{ page: makePage([]), source: "a.txt", contentHash: "ha" }])).toMatchObject({
    skippedPages: 1,
  });
  await x.close();
  await y.close();
}

describe("copyArchive", () => {
  it("copies every item, sighting, page and flag, and verifies the copy", async () => {
    const from = await source();
    const to = join(dir, "copy.db");
    const progress: number[] = [];
    const r = await copyArchive(from, to, { batchItems: 7, onProgress: (p) => progress.push(p.items) });
    expect(r).toMatchObject({ items: 30, pages: 2, sightings: 35, resumed: 0 });
    expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(progress).toEqual([7, 14, 21, 28, 30]);
    await sameContents(from, to);
  });

  it("resumes an interrupted copy where it stopped", async () => {
    const from = await source();
    const to = join(dir, "resumed.db");
    await expect(
      copyArchive(from, to, {
        batchItems: 10,
        onProgress: (p) => {
          if (p.items >= 20) throw new Error("interrupted");
        },
      }),
    ).rejects.toThrow("interrupted");
    const r = await copyArchive(from, to, { batchItems: 10 });
    expect(r).toMatchObject({ items: 30, resumed: 20 });
    await sameContents(from, to);
  });

  it("refuses a destination holding another archive", async () => {
    const to = join(dir, "other.db");
    const other = await openArchive(to);
    const mine = makeItem({ date: "2016-02-02", title: "Another archive's item", paragraphs: ["x"] });
    await other.ingest([{ page: makePage([mine]), source: "other.txt" }]);
    await other.close();
    await expect(copyArchive(await source(), to)).rejects.toMatchObject({ code: "invalid-option" });
  });

  it("notices a source changed during the copy: the copy no longer matches it", async () => {
    const from = await source();
    const writer = await openArchive(from);
    const [oldest] = (await writer.list({ limit: 100 })).items.slice(-1);
    const reader = await openDriver(from, { readonly: true });
    let reads = 0;
    // a reader stars an item already copied, in the source, while the copy runs
    const changing: typeof reader = Object.assign(Object.create(reader), {
      exportItems: async (afterKey: number, limit: number, docs?: boolean) => {
        if (++reads === 3) await writer.setFlags(oldest!.id, { starred: true });
        return reader.exportItems(afterKey, limit, docs);
      },
    });
    const destination = await openDriver(join(dir, "changed.db"));
    try {
      await expect(copyBetween(changing, destination, { batchItems: 10 })).rejects.toMatchObject({
        code: "copy-mismatch",
      });
    } finally {
      await destination.close();
      await reader.close();
      await writer.close();
    }
  });

  it.skipIf(Boolean(pgSkip))("copies batches large enough for COPY into PostgreSQL", async () => {
    const from = await source(260);
    const pg = freshSchemaUrl("copy_bulk");
    const r = await copyArchive(from, pg, { batchItems: 120 });
    expect(r).toMatchObject({ items: 260, pages: 2, sightings: 265, resumed: 0 });
    await sameContents(from, pg);
  });

  it.skipIf(Boolean(pgSkip))("moves SQLite to PostgreSQL and back with the same checksum", async () => {
    const from = await source();
    const pg = freshSchemaUrl("copy");
    const there = await copyArchive(from, pg, { batchItems: 8 });
    await sameContents(from, pg);
    const back = join(dir, "back.db");
    const again = await copyArchive(pg, back);
    expect(again.checksum).toBe(there.checksum);
    await sameContents(pg, back);
  });
});
