import { readdirSync, readFileSync } from "node:fs";
import { parseText } from "@news/core";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openArchive } from "../open.js";
import { indexTokens } from "../query.js";
import { makeItem, makePage } from "../testing/pages.js";
import { copyBinary, copyField, copyRows } from "./copy-in.js";
import { dropSchemas, freshSchemaUrl, pgSkip, pgUrl } from "./test-database.js";
import { lexemesOf, tsvectorLiteral } from "./tsvector.js";

// the engine loads pg-copy-streams itself: a spy on its `from` tells which writes used COPY
vi.mock("pg-copy-streams", async (load) => {
  const actual = await load<typeof import("pg-copy-streams")>();
  const from = vi.fn(actual.from);
  return { ...actual, from, default: { ...actual, from } };
});

afterAll(dropSchemas);

const zh = parseText(readFileSync(new URL("../../fixtures/zh-netease-rolling.txt", import.meta.url), "utf8"));

/** Title and body pairs that reach PostgreSQL's limits: long texts, repeated words, huge words. */
const EDGE_TEXTS: [string, string][] = [
  ["Peace talks resume in Geneva", "The talks resumed on Monday after a pause of three weeks."],
  ["the the the", "the ".repeat(400)],
  ["a ".repeat(300), "a b ".repeat(9000)],
  [`${"x".repeat(3000)} ok`, `${"é".repeat(1100)} fine ${"漢".repeat(700)}`],
  ["w ".repeat(17_000), "w z"],
  ["", ""],
  ["Ολοι οι ΔΡΟΜΟΙ ΟΔΟΣ", "ﬁnal ½ Ⅻ ２０２４ Ünïcödé café’s “quotes”"],
  // a capital sigma is final or not by the letters beyond a full stop or an apostrophe
  ["ΟΔΟΣ.ΑΘΗΝΩΝ Σ'ΑΓΑΠΩ", "Η ΟΔΟΣ'Α και ΟΔΟΣ."],
  ...zh.items.slice(0, 20).map((i): [string, string] => [i.title ?? "", i.paragraphs.join("\n\n")]),
];

describe.skipIf(Boolean(pgSkip))("PostgreSQL bulk writes", () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
  });

  it("builds each tsvector in JavaScript exactly as to_tsvector builds it from the same words", async () => {
    for (const stemming of [null, "english"] as const) {
      for (const [title, body] of EDGE_TEXTS) {
        const tt = indexTokens(title, stemming);
        const bt = indexTokens(body, stemming);
        const { rows } = await client.query<{ ours: string; theirs: string }>(
          `select $1::tsvector::text as ours, (setweight(to_tsvector('simple', $2), 'A')
             || setweight(to_tsvector('simple', $3), 'B'))::text as theirs`,
          [tsvectorLiteral(tt, bt), tt.join(" "), bt.join(" ")],
        );
        expect(rows[0]?.ours, title.slice(0, 40)).toBe(rows[0]?.theirs);
      }
    }
  });

  it("sends the same tsvectors by binary COPY, words in any script, past every limit", async () => {
    for (const stemming of [null, "english"] as const) {
      await client.query("begin");
      try {
        await client.query("create temp table vectors (n int8, v tsvector) on commit drop");
        // the texts as they are: the COPY tokenizes them itself
        const texts = [...EDGE_TEXTS.entries()];
        await copyBinary(
          copyStreams.from as never,
          client,
          "vectors (n, v)",
          ["int8", "tsvector"],
          texts,
          ([n, [title, body]]) => [n, { title, body, stemming }],
        );
        const { rows } = await client.query<{ n: number; ours: string; theirs: string }>(
          `select n, v::text as ours, (setweight(to_tsvector('simple', ($1::text[])[n + 1]), 'A')
             || setweight(to_tsvector('simple', ($2::text[])[n + 1]), 'B'))::text as theirs from vectors order by n`,
          [
            EDGE_TEXTS.map(([title]) => indexTokens(title, stemming).join(" ")),
            EDGE_TEXTS.map(([, body]) => indexTokens(body, stemming).join(" ")),
          ],
        );
        expect(rows).toHaveLength(EDGE_TEXTS.length);
        for (const row of rows) expect(row.ours, EDGE_TEXTS[row.n]?.[0].slice(0, 40)).toBe(row.theirs);
      } finally {
        await client.query("rollback");
      }
    }
  });

  it("splits words like the archive's tokenizer on its shortcuts", () => {
    for (const [title, body] of EDGE_TEXTS) {
      for (const text of [title, body, "Plain ASCII, with CAPS and digits 2024!"]) {
        expect(lexemesOf(text, null)).toEqual(indexTokens(text, null));
        expect(lexemesOf(text, "english")).toEqual(indexTokens(text, "english"));
      }
    }
  });

  it("splits the words of real pages in every script like the archive's tokenizer, word by word", () => {
    const dir = new URL("../../../core/fixtures/text/", import.meta.url);
    const texts = readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => readFileSync(new URL(name, dir), "utf8"));
    expect(texts.length).toBeGreaterThan(20);
    let folded = 0;
    for (const text of texts) {
      for (const line of text.split("\n")) {
        if (!/[^\x00-\x7f]/.test(line)) continue;
        folded++;
        expect(lexemesOf(line, null), line).toEqual(indexTokens(line, null));
        expect(lexemesOf(line, "english"), line).toEqual(indexTokens(line, "english"));
      }
    }
    expect(folded).toBeGreaterThan(500);
  });

  it("streams any text through COPY unchanged: tabs, newlines, backslashes, nulls", async () => {
    await client.query("begin");
    try {
      await client.query("create temp table copied (n int, t text, b boolean) on commit drop");
      const values = [
        "a\tb",
        "line\nbreak\r\n",
        "back\\slash \\N",
        "\\",
        "",
        null,
        "漢字 🙂",
        "x".repeat(3_000_000),
      ];
      await copyRows(copyStreams.from as never, client, "copied (n, t, b)", values, (t) => [
        values.indexOf(t),
        t,
        t === null,
      ]);
      const { rows } = await client.query<{ n: number; t: string | null; b: boolean }>(
        "select n, t, b from copied order by n",
      );
      expect(rows.map((r) => r.t)).toEqual(values);
      expect(rows.map((r) => r.b)).toEqual(values.map((v) => v === null));
      // the same values in the binary format, with the largest key and negative numbers
      await client.query("create temp table binary_copied (n int8, t text, b boolean) on commit drop");
      const numbers = [0, 1, 2 ** 32, 2 ** 53 - 1, -1, -(2 ** 40)];
      await copyBinary(
        copyStreams.from as never,
        client,
        "binary_copied (n, t, b)",
        ["int8", "text", "bool"],
        values.map((t, i) => [numbers[i % numbers.length] as number, t, i] as const),
        ([n, t, i]) => [n + i * 2 ** 41, t, t === null ? null : i % 2 === 0],
      );
      const back = await client.query<{ n: string; t: string | null; b: boolean | null }>(
        "select n::text, t, b from binary_copied",
      );
      expect(back.rows.map((r) => r.t)).toEqual(values);
      expect(back.rows.map((r) => r.n)).toEqual(
        values.map((_, i) => String((numbers[i % numbers.length] as number) + i * 2 ** 41)),
      );
      expect(back.rows.map((r) => r.b)).toEqual(values.map((t, i) => (t === null ? null : i % 2 === 0)));
    } finally {
      await client.query("rollback");
    }
    expect(copyField(null)).toBe("\\N");
    expect(copyField(false)).toBe("f");
  });

  it("rejects a COPY the server refuses, leaving the transaction to roll back", async () => {
    await client.query("begin");
    try {
      await client.query("create temp table strict (n int not null) on commit drop");
      await expect(
        copyRows(copyStreams.from as never, client, "strict (n)", [1, null, 3], (n) => [n]),
      ).rejects.toThrow(/null value/);
    } finally {
      await client.query("rollback");
    }
  });

  it("ends a COPY whose row cannot be made, in either format, and the connection goes on", async () => {
    // rows are made as they are written: the failing one comes after pieces already sent
    const rows = Array.from({ length: 5000 }, (_, i) => i);
    const failing = (n: number) => {
      if (n === 4000) throw new Error("row 4000 cannot be written");
      return [n, "x".repeat(100)] as const;
    };
    for (const copy of [
      () => copyRows(copyStreams.from as never, client, "made (n, t)", rows, failing),
      () => copyBinary(copyStreams.from as never, client, "made (n, t)", ["int8", "text"], rows, failing),
    ]) {
      await client.query("begin");
      try {
        await client.query("create temp table made (n int8, t text) on commit drop");
        await expect(copy()).rejects.toThrow(/row 4000/);
      } finally {
        await client.query("rollback");
      }
      expect((await client.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
    }
  });

  it("writes a large batch by COPY, keeps merges and sightings, and finds the words", async () => {
    const spy = vi.mocked(copyStreams.from);
    spy.mockClear();
    const archive = await openArchive(freshSchemaUrl("bulk"), { bulkItems: 50 });
    try {
      const many = Array.from({ length: 120 }, (_, i) =>
        makeItem({
          date: `2019-0${1 + (i % 9)}-1${i % 10}`,
          title: `Bulk item ${i}\twith a tab`,
          paragraphs: [`Body of item ${i} about detainees\nand a back\\slash.`, "Second paragraph."],
          url: `https://example.org/bulk/${i}`,
        }),
      );
      const r = await archive.ingest([{ page: makePage(many), source: "bulk.json" }]);
      expect(r).toMatchObject({ new: 120, sightings: 120 });
      expect(spy.mock.calls.map(([sql]) => sql.replace(/ \([^)]*\)/, ""))).toEqual([
        "copy items from stdin with (format binary)",
        // the sightings of new items cannot be recorded yet: no staging table
        "copy sightings from stdin with (format binary)",
      ]);
      expect(await archive.get(many[7]!.id)).toMatchObject({
        title: many[7]!.title,
        paragraphs: many[7]!.paragraphs,
      });
      expect((await archive.search({ q: '"item 7 about detainees"' })).hits).toHaveLength(1);

      // the same items again with enrichment and a shorter (teaser) text: 120 updates through
      // the staging table; nothing stored is lost, every sighting is kept
      spy.mockClear();
      const teasers = many.map((item) => ({
        ...item,
        paragraphs: [`${item.paragraphs[0]!.slice(0, 20)}…`],
        enrichment: { entities: [{ id: "org:bulk", name: "Bulk Org" }] } as never,
      }));
      const again = await archive.ingest([{ page: makePage(teasers), source: "teasers.json" }]);
      expect(again).toMatchObject({ new: 0, updated: 120, sightings: 120 });
      expect(spy.mock.calls.map(([sql]) => sql)).toEqual([
        "copy news_stage_items from stdin with (format binary)",
        "copy news_stage_sightings from stdin with (format binary)",
      ]);
      const got = await archive.get(many[7]!.id);
      expect(got?.paragraphs).toEqual(many[7]!.paragraphs);
      expect((got as unknown as { enrichment: unknown }).enrichment).toEqual(teasers[7]!.enrichment);
      expect((await archive.sightings(many[7]!.id)).map((s) => s.source).sort()).toEqual([
        "bulk.json",
        "teasers.json",
      ]);
      expect(await archive.count({ entity: "org:bulk" })).toBe(120);
      expect(await archive.stats()).toMatchObject({ items: 120, sightings: 240 });
      expect(await archive.check()).toEqual({ ok: true, problems: [] });
    } finally {
      await archive.close();
    }
  });
});
