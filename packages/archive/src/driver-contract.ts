import { readFileSync } from "node:fs";
import { parseText } from "@news/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenOptions, openArchive } from "./open.js";
import { ItemSummary } from "./search-query.js";
import { makeItem, makePage } from "./testing/pages.js";
import type { Archive } from "./types.js";

const items = [
  makeItem({
    date: "2017-12-21",
    title: "Coalition delegation meets UN envoy in Geneva",
    category: "Coalition News",
    url: "https://en.etilaf.org/news/1",
    paragraphs: ["The delegation discussed the peace talks and the political transition in Syria."],
  }),
  makeItem({
    date: "2017-12-20",
    title: "Airstrikes on Idlib kill civilians",
    category: "Human Rights",
    url: "https://en.etilaf.org/news/2",
    paragraphs: ["Russian airstrikes killed 17 people in Idlib, the Civil Defense said."],
    enrichment: { entities: [{ id: "place:SY:idlib", name: "Idlib" }] } as never,
  }),
  makeItem({
    date: "2017-11-02T09:30:00Z",
    title: "Sochi conference rejected",
    category: "Coalition News",
    url: "https://www.example.org/a",
    paragraphs: ["The Coalition rejected the Sochi conference, calling for talks in Geneva instead."],
  }),
  makeItem({
    date: "2016-05-01",
    title: "Élysée reçoit la délégation",
    category: "Actualités",
    url: "https://fr.example.org/b",
    lang: "fr",
    paragraphs: ["Le président a reçu la délégation au palais de l'Élysée pour des pourparlers de paix."],
  }),
  makeItem({
    date: null,
    title: "Undated statement on detainees",
    category: null,
    paragraphs: ["A statement about the detainees file and the peace process."],
  }),
];

/**
 * The contract every driver keeps, run once per driver (like unstorage's `testDriver`): what
 * one engine answers, every engine answers. `location` gives a fresh, empty archive each call.
 *
 * @example
 * testDriver("sqlite", () => join(mkdtempSync(join(tmpdir(), "a-")), "a.db"));
 * testDriver("postgres, COPY for every write", pgUrl, { open: { bulkItems: 1 } });
 */
export function testDriver(
  name: string,
  location: () => string,
  options: { skip?: string | false; open?: OpenOptions } = {},
): void {
  const open = (where: string, extra: OpenOptions = {}) => openArchive(where, { ...options.open, ...extra });
  describe.skipIf(Boolean(options.skip))(
    `Archive contract: ${name}${options.skip ? ` (skipped: ${options.skip})` : ""}`,
    () => {
      let archive: Archive;
      beforeAll(async () => {
        archive = await open(location());
        const r = await archive.ingest([
          { page: makePage(items, "https://en.etilaf.org/list"), source: "list.txt", contentHash: "h1" },
        ]);
        expect(r).toMatchObject({ pages: 1, items: 5, new: 5, updated: 0, duplicate: 0, sightings: 5 });
      });
      afterAll(async () => {
        await archive?.close();
      });

      it("stores every field, spans and enrichment included, and reads it back by id", async () => {
        const got = await archive.get(items[1]!.id);
        expect(got).toMatchObject({ ...items[1], site: "en.etilaf.org" });
        expect(got?.spans).toEqual(items[1]!.spans);
        expect(await archive.get("n_missing")).toBeNull();
      });

      it("is idempotent: the same page again changes nothing, a skipped page is counted", async () => {
        const again = await archive.ingest([
          { page: makePage(items), source: "list.txt", contentHash: "h1" },
        ]);
        expect(again).toMatchObject({ pages: 0, skippedPages: 1, new: 0, sightings: 0 });
        const noHash = await archive.ingest([
          { page: makePage(items, "https://en.etilaf.org/list"), source: "list.txt" },
        ]);
        expect(noHash).toMatchObject({ pages: 1, new: 0, updated: 0, duplicate: 5, sightings: 0 });
        expect((await archive.stats()).items).toBe(5);
      });

      it("knows a stored page by source and content hash before anything is parsed", async () => {
        expect(await archive.knowsPage("list.txt", "h1")).toBe(true);
        expect(await archive.knowsPage("list.txt", "h2")).toBe(false);
        expect(await archive.knowsPage("other.txt", "h1")).toBe(false);
      });

      it("records an item seen on another page as a sighting, not a duplicate", async () => {
        const r = await archive.ingest([
          { page: makePage([items[0]!], "https://en.etilaf.org/cat"), source: "cat.txt" },
        ]);
        expect(r).toMatchObject({ new: 0, duplicate: 1, sightings: 1 });
        const seen = await archive.sightings(items[0]!.id);
        expect(seen.map((s) => s.source).sort()).toEqual(["cat.txt", "list.txt"]);
        expect((await archive.stats()).items).toBe(5);
      });

      it("updates an item whose content changed under the same id", async () => {
        const changed = {
          ...items[2]!,
          paragraphs: ["The Coalition rejected the Sochi conference outright."],
        };
        const r = await archive.ingest([{ page: makePage([changed]), source: "fix.txt" }]);
        expect(r).toMatchObject({ updated: 1, new: 0 });
        expect((await archive.get(changed.id))?.paragraphs).toEqual(changed.paragraphs);
        expect((await archive.search({ q: "outright" })).hits).toHaveLength(1);
        expect((await archive.search({ q: "instead" })).hits).toHaveLength(0);
      });

      const ids = async (query: string, extra: object = {}) =>
        (await archive.search({ q: query, ...extra })).hits.map((h) => h.item.title);

      it("answers terms, phrases, AND/OR/NOT and prefixes alike on every engine", async () => {
        expect(await ids("geneva")).toEqual(["Coalition delegation meets UN envoy in Geneva"]);
        expect(await ids("delegation")).toEqual([
          "Coalition delegation meets UN envoy in Geneva",
          "Élysée reçoit la délégation",
        ]);
        expect(await ids('"peace talks"')).toEqual(["Coalition delegation meets UN envoy in Geneva"]);
        expect(await ids("idlib OR sochi")).toEqual([
          "Airstrikes on Idlib kill civilians",
          "Sochi conference rejected",
        ]);
        expect(await ids("coalition AND sochi")).toEqual(["Sochi conference rejected"]);
        expect(await ids("coalition -sochi")).toEqual(["Coalition delegation meets UN envoy in Geneva"]);
        expect(await ids("coalition NOT sochi")).toEqual(["Coalition delegation meets UN envoy in Geneva"]);
        expect(await ids("airstrike*")).toEqual(["Airstrikes on Idlib kill civilians"]);
        expect(await ids("title:statement")).toEqual(["Undated statement on detainees"]);
        expect(await ids("(idlib OR sochi) coalition")).toEqual(["Sochi conference rejected"]);
      });

      it("folds case and diacritics on both sides", async () => {
        expect(await ids("ELYSEE")).toEqual(["Élysée reçoit la délégation"]);
        expect(await ids("élysée recoit")).toEqual(["Élysée reçoit la délégation"]);
      });

      it("lists everything newest first, undated last, and a query of negations only", async () => {
        const all = await ids("");
        expect(all).toHaveLength(5);
        expect(all[0]).toBe("Coalition delegation meets UN envoy in Geneva");
        expect(all.at(-1)).toBe("Undated statement on detainees");
        expect(await ids("-coalition -peace")).toEqual([
          "Airstrikes on Idlib kill civilians",
          "Élysée reçoit la délégation",
        ]);
      });

      it("filters by date range, category, site, language and entity", async () => {
        expect(await ids("", { from: "2017-12-20", to: "2017-12-20" })).toEqual([
          "Airstrikes on Idlib kill civilians",
        ]);
        expect(await ids("", { from: "2017-11-01", to: "2017-11" })).toEqual(["Sochi conference rejected"]);
        expect(await ids("", { category: "coalition news" })).toHaveLength(2);
        expect(await ids("", { site: "www.example.org" })).toEqual(["Sochi conference rejected"]);
        expect(await ids("site:en.etilaf.org")).toHaveLength(3);
        expect(await ids("", { lang: "FR" })).toEqual(["Élysée reçoit la délégation"]);
        expect(await ids("", { entity: "place:SY:idlib" })).toEqual(["Airstrikes on Idlib kill civilians"]);
        expect(await ids("peace", { from: "2017-01-01" })).toEqual([
          "Coalition delegation meets UN envoy in Geneva",
        ]);
      });

      it("pages with a stable cursor and never repeats or skips an item", async () => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const r = await archive.search({ limit: 2, cursor });
          seen.push(...r.hits.map((h) => h.item.id));
          cursor = r.nextCursor ?? undefined;
        } while (cursor);
        expect(seen).toHaveLength(5);
        expect(new Set(seen).size).toBe(5);
        const first = await archive.search({
          q: "delegation OR peace OR coalition",
          sort: "relevance",
          limit: 2,
        });
        const second = await archive.search({
          q: "delegation OR peace OR coalition",
          sort: "relevance",
          limit: 2,
          cursor: first.nextCursor ?? "",
        });
        const both = [...first.hits, ...second.hits].map((h) => h.item.id);
        expect(new Set(both).size).toBe(both.length);
        expect(first.hits[0]!.score).toBeGreaterThanOrEqual(first.hits[1]!.score!);
      });

      it("ranks by relevance and highlights matches in snippets", async () => {
        const r = await archive.search({ q: "delegation", sort: "relevance" });
        expect(r.hits).toHaveLength(2);
        expect(r.hits.every((h) => typeof h.score === "number")).toBe(true);
        const d = await archive.search({ q: "airstrikes" }, { highlight: ["[", "]"] });
        // cut by the archive, not the engine: the same snippet on both
        expect(d.hits[0]!.snippet).toBe(
          "Russian [airstrikes] killed 17 people in Idlib, the Civil Defense said.",
        );
        const folded = await archive.search({ q: "elysee" }, { highlight: ["[", "]"] });
        expect(folded.hits[0]!.snippet).toContain("[Élysée]");
      });

      it("counts facets by category, site and month", async () => {
        const r = await archive.search({ q: "", limit: 1 }, { facets: true });
        expect(r.facets?.total).toBe(5);
        expect(r.facets?.category).toContainEqual({ value: "Coalition News", count: 2 });
        expect(r.facets?.site).toContainEqual({ value: "en.etilaf.org", count: 3 });
        expect(r.facets?.month).toContainEqual({ value: "2017-12", count: 2 });
        const q = await archive.search({ q: "coalition" }, { facets: true });
        expect(q.facets?.total).toBe(2);
      });

      it("survives hostile queries: quotes, FTS syntax, SQL, control characters", async () => {
        const hostile = [
          '"',
          '"""',
          "'; drop table items; --",
          "NEAR(a b)",
          "title: : :",
          "*",
          "a OR OR OR",
          "NOT",
          "(((((",
          ")))",
          "-",
          "\u0000\u0001",
          "col:value {title}:x ^start",
          "a AND",
          "\\' \\\" %",
          `${"(".repeat(500)}x`,
          "x".repeat(5000),
          "🙂 漢字",
        ];
        for (const q of hostile) {
          const r = await archive.search({ q }, { facets: true });
          expect(Array.isArray(r.hits)).toBe(true);
          await archive.search({ q: q, sort: "relevance" });
        }
        expect((await archive.stats()).items).toBe(5);
      });

      it("refuses a forged cursor and an out-of-range limit with codes", async () => {
        await expect(archive.search({ cursor: "garbage" })).rejects.toMatchObject({ code: "invalid-cursor" });
        await expect(archive.search({ limit: 0 })).rejects.toMatchObject({ code: "invalid-option" });
      });

      it("exports everything with scan and reports stats", async () => {
        const all: string[] = [];
        for await (const item of archive.scan({})) all.push(item.id);
        expect(all).toHaveLength(5);
        const stats = await archive.stats();
        expect(stats).toMatchObject({ items: 5, undated: 1, firstDate: "2016-05-01" });
        expect(stats.pages).toBeGreaterThanOrEqual(3);
        expect(stats.schemaVersion).toBeGreaterThanOrEqual(2);
        expect((await archive.check()).ok).toBe(true);
      });

      it("reads a year or a month as the whole period, in options and in the query language", async () => {
        expect(await ids("", { to: "2017" })).toHaveLength(4);
        expect(await ids("", { from: "2017", to: "2017" })).toHaveLength(3);
        expect(await ids("from:2017 to:2017")).toHaveLength(3);
        expect(await ids("to:2017-11")).toEqual(["Sochi conference rejected", "Élysée reçoit la délégation"]);
        for (const bad of [
          { from: "2025-13" },
          { to: "2025-02-30" },
          { q: "from:2017-1-5" },
          { q: "to:2025-00" },
        ]) {
          await expect(archive.search(bad)).rejects.toMatchObject({ code: "invalid-option" });
        }
      });

      it("pages by relevance with a deterministic order: score, then key, every item once", async () => {
        const query = { q: "delegation OR peace OR coalition OR the", sort: "relevance" as const };
        const all = (await archive.search({ ...query, limit: 100 })).hits.map((h) => h.item.id);
        const paged: string[] = [];
        let cursor: string | undefined;
        do {
          const r = await archive.search({ ...query, limit: 1, cursor });
          paged.push(...r.hits.map((h) => h.item.id));
          cursor = r.nextCursor ?? undefined;
        } while (cursor);
        expect(paged).toEqual(all);
        expect(all.length).toBeGreaterThan(2);
      });

      it("ranks the newest rankWindow matches, one window for every page of a search", async () => {
        const windowed = await open(location(), { rankWindow: 2 });
        try {
          await windowed.ingest([{ page: makePage(items), source: "list.txt" }]);
          const query = { q: "delegation OR peace OR coalition OR geneva", sort: "relevance" as const };
          const newest = (await windowed.search({ q: query.q, limit: 2 })).hits.map((h) => h.item);
          expect(newest.map((i) => i.date)).toEqual(["2017-12-21", "2017-11-02T09:30:00Z"]);
          const first = await windowed.search({ ...query, limit: 1 });
          expect(first.ranked).toEqual({ matches: 2, since: "2017-11-02T09:30:00.000Z" });
          // a newer match arriving between two pages does not enter the search's window
          await windowed.ingest([
            {
              page: makePage([
                makeItem({ date: "2020-01-01", title: "Geneva peace delegation", paragraphs: ["Peace."] }),
              ]),
              source: "later.txt",
            },
          ]);
          const second = await windowed.search({ ...query, limit: 5, cursor: first.nextCursor ?? "" });
          expect(second.ranked).toEqual(first.ranked);
          expect(first.hits).toHaveLength(1);
          expect(second.hits.map((h) => h.item.title)).not.toContain("Geneva peace delegation");
          expect(newest.map((i) => i.id)).toEqual(expect.arrayContaining(second.hits.map((h) => h.item.id)));
          // a fresh search has a fresh window, with the new item in it
          const again = await windowed.list({ ...query, limit: 5 });
          expect(again.items.map((i) => i.title)).toContain("Geneva peace delegation");
          expect(again.items).toHaveLength(2);
          // fewer matches than the window: every match ranked, nothing said
          expect((await windowed.search({ q: "airstrikes", sort: "relevance" })).ranked).toBeUndefined();
          expect((await windowed.search({ q: query.q })).ranked).toBeUndefined();
        } finally {
          await windowed.close();
        }
        const all = await open(location(), { rankWindow: 0 });
        try {
          await all.ingest([{ page: makePage(items), source: "list.txt" }]);
          const r = await all.search({ q: "delegation OR peace OR coalition OR geneva", sort: "relevance" });
          expect(r.ranked).toBeUndefined();
          expect(r.hits.length).toBeGreaterThan(2);
        } finally {
          await all.close();
        }
      });

      it("refuses a cursor handed out for another query or filters", async () => {
        const first = await archive.search({ q: "coalition", limit: 1 });
        expect(first.nextCursor).not.toBeNull();
        const cursor = first.nextCursor ?? "";
        expect((await archive.search({ q: "coalition", limit: 5, cursor })).hits).toHaveLength(1);
        await expect(archive.search({ q: "peace", limit: 1, cursor })).rejects.toMatchObject({
          code: "invalid-cursor",
        });
        await expect(archive.search({ q: "coalition", site: "example.org", cursor })).rejects.toMatchObject({
          code: "invalid-cursor",
        });
        await expect(archive.search({ q: "coalition", sort: "relevance", cursor })).rejects.toMatchObject({
          code: "invalid-cursor",
        });
      });

      it("lists light summaries, counts and facets without rows", async () => {
        const r = await archive.list({ q: "airstrikes" }, { count: true });
        expect(r.total).toBe(1);
        expect(r.items).toEqual([
          {
            id: items[1]!.id,
            date: "2017-12-20",
            title: "Airstrikes on Idlib kill civilians",
            site: "en.etilaf.org",
            category: "Human Rights",
            lang: "en",
            snippet: "Russian airstrikes killed 17 people in Idlib, the Civil Defense said.",
            opening: "Russian airstrikes killed 17 people in Idlib, the Civil Defense said.",
            read: false,
            starred: false,
          },
        ]);
        expect(ItemSummary.safeParse(r.items[0]).success).toBe(true);
        const listed = await archive.list({ limit: 2 });
        expect(listed.items).toHaveLength(2);
        expect(listed.total).toBeUndefined();
        expect(listed.items[0]!.snippet).toBeNull();
        expect(await archive.count({})).toBe(5);
        expect(await archive.count({ q: "coalition" })).toBe(2);
        const facets = await archive.facets({ q: "delegation" });
        expect(facets.total).toBe(2);
        expect(facets.lang).toEqual([
          { value: "en", count: 1 },
          { value: "fr", count: 1 },
        ]);
      });

      it("reads many items in the order asked, leaving out unknown ids", async () => {
        const got = await archive.getMany([items[3]!.id, "n_missing", items[0]!.id, items[3]!.id]);
        expect(got.map((i) => i.id)).toEqual([items[3]!.id, items[0]!.id, items[3]!.id]);
        expect(await archive.getMany([])).toEqual([]);
      });

      it("keeps read and starred flags across ingests and changes its version on each write", async () => {
        const v0 = await archive.version();
        expect(await archive.version()).toBe(v0);
        expect(await archive.setFlags(items[0]!.id, { read: true, starred: true })).toBe(true);
        const v1 = await archive.version();
        expect(v1).not.toBe(v0);
        expect(await archive.setFlags("n_missing", { read: true })).toBe(false);
        expect(await archive.get(items[0]!.id)).toMatchObject({ read: true, starred: true });
        await archive.setFlags(items[0]!.id, { starred: false });
        expect(await archive.get(items[0]!.id)).toMatchObject({ read: true, starred: false });
        const changed = { ...items[0]!, paragraphs: ["A corrected text about the delegation."] };
        await archive.ingest([{ page: makePage([changed]), source: "flags.txt" }]);
        expect(await archive.version()).not.toBe(v1);
        expect(await archive.get(items[0]!.id)).toMatchObject({ read: true, starred: false });
        const [summary] = (await archive.list({ q: "corrected" })).items;
        expect(summary).toMatchObject({ read: true, starred: false });
      });

      it("rejects an aborted search with the code aborted", async () => {
        const controller = new AbortController();
        controller.abort();
        await expect(archive.search({ q: "geneva" }, { signal: controller.signal })).rejects.toMatchObject({
          code: "aborted",
        });
        await expect(archive.list({}, { signal: controller.signal })).rejects.toMatchObject({
          code: "aborted",
        });
      });

      it("never loses stored enrichment or text: an update merges, keeping the richer record", async () => {
        const plain = makeItem({
          date: "2015-03-01",
          title: "Merge check headline",
          paragraphs: ["Full article text about the merge check, second sentence here."],
          url: "https://example.org/merge",
        });
        const enriched = {
          ...plain,
          enrichment: { entities: [{ id: "org:merge", name: "Merge Org" }] } as never,
        };
        await archive.ingest([{ page: makePage([enriched]), source: "enriched.json" }]);
        // the same page parsed again without --enrich: nothing to update, nothing lost
        const again = await archive.ingest([{ page: makePage([plain]), source: "plain.json" }]);
        expect(again).toMatchObject({ updated: 0, duplicate: 1, sightings: 1 });
        expect((await archive.get(plain.id)) as unknown).toMatchObject({ enrichment: enriched.enrichment });
        expect(await ids("", { entity: "org:merge" })).toEqual(["Merge check headline"]);
        // a teaser of the stored article with a new author: the author is added, the text kept
        const teaser = {
          ...plain,
          authors: ["A. Writer"],
          paragraphs: ["Full article text about the merge check…"],
          spans: { ...plain.spans, authors: [{ start: 1, end: 2 }] },
        };
        const r = await archive.ingest([{ page: makePage([teaser]), source: "teaser.json" }]);
        expect(r).toMatchObject({ updated: 1 });
        const got = await archive.get(plain.id);
        expect(got?.authors).toEqual(["A. Writer"]);
        expect(got?.paragraphs).toEqual(plain.paragraphs);
        expect((got as unknown as { enrichment: unknown }).enrichment).toEqual(enriched.enrichment);
        expect((await archive.sightings(plain.id)).map((s) => s.source).sort()).toEqual([
          "enriched.json",
          "plain.json",
          "teaser.json",
        ]);
      });

      it("recomputes a record's ids from its content: a forged id overwrites nothing", async () => {
        const victim = items[0]!;
        const forged = makeItem({
          id: victim.id,
          date: "2001-01-01",
          title: "Forged record",
          paragraphs: ["Text the attacker wants under another item's id."],
        });
        const r = await archive.ingest([{ page: makePage([forged]), source: "forged.json" }]);
        expect(r).toMatchObject({ new: 1, updated: 0 });
        expect((await archive.get(victim.id))?.title).toBe(victim.title);
        const stored = await archive.list({ q: "attacker" });
        expect(stored.items).toHaveLength(1);
        expect(stored.items[0]!.id).not.toBe(victim.id);
        expect(stored.items[0]!.id).toBe(makeItem({ ...forged, id: undefined }).id);
        // found by its own date, not by the one of the id it claimed
        expect(await ids("attacker", { from: "2001", to: "2001" })).toEqual(["Forged record"]);
      });

      it("moves an item's date key with its stored date", async () => {
        const day = makeItem({
          date: "2014-06-01",
          title: "Key follows date",
          paragraphs: ["Dated by day first."],
          enrichment: { entities: [{ id: "org:follows", name: "Follows Org" }] } as never,
        });
        await archive.ingest([{ page: makePage([day]), source: "day.json" }]);
        const timed = { ...day, date: "2014-06-01T18:30:00Z", dateText: "1 June 2014 18:30" };
        expect(await archive.ingest([{ page: makePage([timed]), source: "time.json" }])).toMatchObject({
          updated: 1,
        });
        expect(await ids("follows", { from: "2014-06-01T18:00:00Z" })).toEqual(["Key follows date"]);
        expect(await ids("follows", { to: "2014-06-01T12:00:00Z" })).toEqual([]);
        expect((await archive.sightings(day.id)).map((s) => s.source).sort()).toEqual([
          "day.json",
          "time.json",
        ]);
        // its entities moved with it: found under the new key, none left under the old one
        expect(await ids("follows", { entity: "org:follows" })).toEqual(["Key follows date"]);
        expect(await archive.check()).toEqual({ ok: true, problems: [] });
      });

      it("writes a page larger than a transaction in parts, resumable after a failure", async () => {
        const parts = await open(location(), { transactionItems: 10, yieldMs: 0 });
        try {
          const many = Array.from({ length: 25 }, (_, i) =>
            makeItem({
              date: `2013-01-${String(1 + i).padStart(2, "0")}`,
              title: `Part ${i}`,
              paragraphs: [`Body ${i}`],
            }),
          );
          // an item that cannot be stored (not JSON-serialisable) half-way through the page
          const broken = many.map((item, i) =>
            i === 15 ? ({ ...item, bad: 1n } as unknown as typeof item) : item,
          );
          await expect(
            parts.ingest([{ page: makePage(broken), source: "big.json", contentHash: "big" }]),
          ).rejects.toThrow();
          // the first transaction's 10 items stayed; the page is not marked done
          expect((await parts.stats()).items).toBe(10);
          expect((await parts.stats()).pages).toBe(0);
          const r = await parts.ingest([{ page: makePage(many), source: "big.json", contentHash: "big" }]);
          expect(r).toMatchObject({ pages: 1, items: 25, new: 15, duplicate: 10, sightings: 15 });
          expect(await parts.stats()).toMatchObject({ items: 25, pages: 1, sightings: 25 });
          const skipped = await parts.ingest([
            { page: makePage(many), source: "big.json", contentHash: "big" },
          ]);
          expect(skipped).toMatchObject({ pages: 0, skippedPages: 1 });
        } finally {
          await parts.close();
        }
      });

      it("stems English when created with stemming, records it, and highlights the stemmed words", async () => {
        const where = location();
        const stemmed = await open(where, { stemming: "english" });
        const plain = await open(location());
        try {
          const page = makePage([
            makeItem({
              date: "2012-05-05",
              title: "Detainees released",
              paragraphs: ["Three detainees were released on Monday."],
            }),
            makeItem({
              date: "2012-05-06",
              title: "Talks resume",
              paragraphs: ["The talks resumed after a pause."],
            }),
          ]);
          for (const a of [stemmed, plain]) await a.ingest([{ page, source: "stem.txt" }]);
          const found = await stemmed.search({ q: "detainee" }, { highlight: ["[", "]"] });
          expect(found.hits.map((h) => h.item.title)).toEqual(["Detainees released"]);
          expect(found.hits[0]!.snippet).toBe("Three [detainees] were released on Monday.");
          expect((await stemmed.search({ q: '"talk resumed"' })).hits).toHaveLength(1);
          expect((await stemmed.search({ q: "detain*" })).hits).toHaveLength(1);
          expect((await plain.search({ q: "detainee" })).hits).toHaveLength(0);
          expect((await stemmed.stats()).stemming).toBe("english");
          expect((await plain.stats()).stemming).toBeNull();
        } finally {
          await stemmed.close();
          await plain.close();
        }
        // recorded in the schema: reopened without the option, it still stems
        const again = await open(where);
        try {
          expect((await again.search({ q: "detainee" })).hits).toHaveLength(1);
        } finally {
          await again.close();
        }
      });

      it("finds Chinese words inside text written without spaces (segmented alike at ingest and query)", async () => {
        const zh = await open(location());
        try {
          const page = parseText(
            readFileSync(new URL("../fixtures/zh-netease-rolling.txt", import.meta.url), "utf8"),
          );
          await zh.ingest([{ page, source: "zh-netease-rolling.txt" }]);
          for (const word of ["特朗普", "暴雨", "深圳"]) {
            const expected = page.items.filter((i) => (i.title ?? "").includes(word)).map((i) => i.id);
            expect(expected.length, word).toBeGreaterThan(0);
            const found = await zh.search({ q: word, limit: 100 }, { highlight: ["[", "]"] });
            expect(found.hits.map((h) => h.item.id).sort(), word).toEqual([...expected].sort());
            const ranked = await zh.search({ q: word, sort: "relevance", limit: 100 });
            expect(ranked.hits).toHaveLength(expected.length);
          }
          // a phrase of two words, as a reader types it
          const rain = await zh.search({ q: "临沂暴雨" });
          const withPhrase = page.items.filter((i) => (i.title ?? "").includes("临沂暴雨"));
          expect(rain.hits.map((h) => h.item.id).sort()).toEqual(withPhrase.map((i) => i.id).sort());
        } finally {
          await zh.close();
        }
      });

      it("ingests an empty page and an empty batch without error", async () => {
        expect(await archive.ingest([])).toMatchObject({ pages: 0, items: 0 });
        expect(await archive.ingest([{ page: makePage([]), source: "empty.txt" }])).toMatchObject({
          pages: 1,
          items: 0,
        });
      });
    },
  );
}
