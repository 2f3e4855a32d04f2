import { getEventListeners } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Archive, openArchive } from "@news/archive";
import { makeItem, makePage } from "@news/archive/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leastBusy, readersReady, withReadPool } from "./read-pool.js";

let dir: string;
let location: string;
let pooled: Archive;
let plain: Archive;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "news-read-pool-"));
  location = join(dir, "news.db");
  const writer = await openArchive(location);
  const items = Array.from({ length: 120 }, (_, i) =>
    makeItem({
      date: `2017-12-${String(1 + (i % 28)).padStart(2, "0")}`,
      title: `${i % 3 === 0 ? "Geneva talks" : "Astana meeting"} ${i}`,
      paragraphs: [`Paragraph of item ${i}.`],
      category: i % 2 === 0 ? "Politics" : "World",
    }),
  );
  await writer.ingest([{ page: makePage(items, "https://example.org/news"), source: "test" }]);
  pooled = withReadPool(writer, location, 2);
  await readersReady(pooled);
  plain = await openArchive(location, { readonly: true });
}, 60_000);

afterAll(async () => {
  await pooled?.close();
  await plain?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("withReadPool", () => {
  it("answers lists, counts and facets from its threads as the main connection does", async () => {
    for (const query of [{}, { q: "Geneva" }, { category: "World", limit: 7 }]) {
      expect(await pooled.list({ limit: 50, ...query })).toEqual(await plain.list({ limit: 50, ...query }));
      expect(await pooled.count(query)).toBe(await plain.count(query));
    }
    expect(await pooled.count({ q: "Geneva" })).toBe(40);
    expect(await pooled.facets({ q: "Astana" })).toEqual(await plain.facets({ q: "Astana" }));
    // the next page by the cursor a thread gave
    const first = await pooled.list({ limit: 100 });
    const next = await pooled.list({ limit: 100, cursor: first.nextCursor! });
    expect(next.items).toHaveLength(20);
    expect(new Set([...first.items, ...next.items].map((i) => i.id)).size).toBe(120);
  }, 60_000);

  it("sends an archive error back across the thread with its code", async () => {
    await expect(pooled.list({ cursor: "forged" })).rejects.toMatchObject({ code: "invalid-cursor" });
  }, 60_000);

  it("answers an aborted read at once as aborted, and the reads after it with their own answers", async () => {
    const controller = new AbortController();
    const stopped = pooled.count({}, { signal: controller.signal });
    controller.abort();
    await expect(stopped).rejects.toMatchObject({ code: "aborted" });
    await expect(pooled.count({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: "aborted",
    });
    // the dropped answer of the aborted count does not settle anything else
    const [geneva, all] = await Promise.all([pooled.count({ q: "Geneva" }), pooled.count({})]);
    expect([geneva, all]).toEqual([40, 120]);
  }, 60_000);

  it("leaves no listener on a signal that outlives its reads (a list and its pages share one)", async () => {
    const controller = new AbortController();
    for (let i = 0; i < 15; i++) await pooled.list({ limit: 5 }, { signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  }, 60_000);
});

describe("withReadPool before its threads are ready", () => {
  it("answers lists on the main connection at once, counts from a thread once it has opened", async () => {
    const writer = await openArchive(location, { readonly: true });
    const fresh = withReadPool(writer, location, 1);
    try {
      // the main connection answers a list while the thread is still loading its code
      const ready = readersReady(fresh);
      const first = fresh.list({ limit: 5 });
      const raced = await Promise.race([first.then(() => "list"), ready.then(() => "ready")]);
      expect(raced).toBe("list");
      expect((await first).items).toHaveLength(5);
      // a count (a walk over every match) waits for the thread rather than hold the main thread
      const count = fresh.count({});
      const waited = await Promise.race([count.then(() => "count"), ready.then(() => "ready")]);
      expect(waited).toBe("ready");
      expect(await count).toBe(120);
      // the thread answers an aborted read as aborted (the main connection would not see the abort)
      const controller = new AbortController();
      const stopped = fresh.count({}, { signal: controller.signal });
      controller.abort();
      await expect(stopped).rejects.toMatchObject({ code: "aborted" });
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it("answers a count waiting for a thread as aborted at once when its signal aborts", async () => {
    const writer = await openArchive(location, { readonly: true });
    const fresh = withReadPool(writer, location, 1);
    try {
      const controller = new AbortController();
      const waiting = fresh.count({}, { signal: controller.signal });
      controller.abort();
      const raced = await Promise.race([
        waiting.then(
          () => "answered",
          (error: { code?: string }) => error.code,
        ),
        readersReady(fresh).then(() => "ready"),
      ]);
      expect(raced).toBe("aborted");
      // the wait ended with it: the next count is answered
      expect(await fresh.count({ q: "Geneva" })).toBe(40);
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it("answers counts on the main connection when no thread can start", async () => {
    const writer = await openArchive(location, { readonly: true });
    const broken = withReadPool(writer, join(location, "not-a-file"), 1);
    try {
      expect(await broken.count({})).toBe(120);
    } finally {
      await broken.close();
    }
  }, 60_000);

  it("is ready at once without threads", async () => {
    const writer = await openArchive(location, { readonly: true });
    const none = withReadPool(writer, location, 0);
    await readersReady(none);
    await none.close();
  }, 60_000);
});

describe("leastBusy", () => {
  it("picks the live reader with the fewest reads in hand, the first of equals, none when all are gone", () => {
    const a = { busy: 1, dead: false };
    const b = { busy: 0, dead: false };
    const c = { busy: 0, dead: false };
    expect(leastBusy([a, b, c])).toBe(b);
    expect(leastBusy([a, { busy: 0, dead: true }])).toBe(a);
    expect(leastBusy([{ busy: 0, dead: true }])).toBeNull();
  });
});
