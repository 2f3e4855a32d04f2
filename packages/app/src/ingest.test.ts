import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { type Archive, openArchive } from "@news/archive";
import { parseDocument } from "@news/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type IngestEvent, type IngestOptions, ingestSources } from "./ingest.js";

let cwd: string;
let archive: Archive;

const listing = [
  "Coalition News",
  "21 December 2017 In Coalition News",
  "",
  "The delegation met a UN technical team in Astana to discuss the detainees file. (Source: Media Department)",
  "",
  "20 December 2017 In Coalition News",
  "",
  "The Coalition condemned the airstrikes on Idlib countryside that killed civilians. (Source: Media Department)",
].join("\n");

const feed = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "Feed",
  items: [
    {
      id: "1",
      url: "https://example.org/a",
      title: "From a JSON Feed",
      content_text: "Body text.",
      date_published: "2020-01-02T00:00:00Z",
    },
  ],
});

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "news-app-ingest-"));
  await mkdir(join(cwd, "pages"));
  await writeFile(join(cwd, "pages/listing.txt"), listing);
  archive = await openArchive(join(cwd, "a.db"));
});

afterAll(async () => {
  await archive.close();
  await rm(cwd, { recursive: true, force: true });
});

async function ingest(sources: Parameters<typeof ingestSources>[1], options: IngestOptions = {}) {
  const events: IngestEvent[] = [];
  const summary = await ingestSources(archive, sources, {
    cwd,
    onProgress: (e) => events.push(e),
    ...options,
  });
  return { summary, events };
}

describe("ingestSources", () => {
  it("stores files and reports progress events in order", async () => {
    const { summary, events } = await ingest(["pages"]);
    expect(summary).toMatchObject({ pages: 1, items: 2, new: 2, errors: [] });
    expect(events.map((e) => e.type)).toEqual(["start", "parsed", "committed"]);
    expect(events[1]).toMatchObject({ input: "pages/listing.txt", items: 2, done: 1, total: 1 });
  });

  it("ingests bytes in memory under the same rules (size limit, gzip)", async () => {
    const bytes = new TextEncoder().encode(listing.replace(/Astana/g, "Geneva"));
    const { summary } = await ingest(
      [
        { name: "upload.txt", bytes },
        { name: "big.txt", bytes },
      ],
      {
        maxBytes: bytes.byteLength,
      },
    );
    expect(summary.errors).toEqual([]);
    const { summary: tooBig } = await ingest([{ name: "body", bytes }], { maxBytes: 10 });
    expect(tooBig.errors.map((e) => e.code)).toEqual(["too-large"]);
  });

  it("takes empty, binary, truncated-gzip and wrongly-encoded bodies without throwing", async () => {
    const gz = gzipSync(Buffer.from(listing));
    const { summary } = await ingest([
      { name: "empty", bytes: new Uint8Array() },
      { name: "binary", bytes: Uint8Array.from([0, 1, 2, 255, 254, 0, 0, 7]) },
      { name: "cut.txt.gz", bytes: gz.subarray(0, gz.length - 10) },
      { name: "latin1.txt", bytes: Buffer.from(listing.replace(/Astana/g, "Astanà"), "latin1") },
      {
        name: "bad-charset",
        bytes: new TextEncoder().encode(listing),
        contentType: "text/plain; charset=x-nonsense",
      },
    ]);
    // an unknown charset in a Content-Type is a hint core ignores, not an error
    expect(summary.errors.map((e) => [e.input, e.code])).toEqual([["cut.txt.gz", "bad-gzip"]]);
    expect(summary.pages + summary.skippedPages).toBe(4);
  });

  it("recognises NewsPage NDJSON and a JSON Feed on stdin by content", async () => {
    const { page } = parseDocument(listing.replace(/Idlib/g, "Aleppo"));
    const ndjson = `${JSON.stringify({ input: "x.txt", ...page })}\n${JSON.stringify({ input: "y", error: { code: "not-found", message: "y" } })}\n`;
    const first = await ingest(["-"], { stdin: Readable.from([Buffer.from(ndjson)]) });
    expect(first.summary).toMatchObject({ pages: 1, items: 2, errors: [] });
    const second = await ingest([
      { name: "feed", bytes: new TextEncoder().encode(feed), contentType: "application/json" },
    ]);
    expect(second.summary).toMatchObject({ pages: 1, items: 1, errors: [] });
    const hits = await archive.search({ q: "json feed" });
    expect(hits.hits.map((h) => h.item.title)).toEqual(["From a JSON Feed"]);
  });

  it("reads a text page served as JSON as a page, and refuses broken JSON that claims to be JSON", async () => {
    const text = await ingest([
      { name: "served", bytes: new TextEncoder().encode(listing), contentType: "application/json" },
    ]);
    expect(text.summary.errors).toEqual([]);
    const broken = await ingest([{ name: "b.ndjson", bytes: new TextEncoder().encode('{"kind":\n{') }]);
    expect(broken.summary.errors.map((e) => e.code)).toEqual(["bad-json"]);
  });

  it("sniffs NDJSON in linear time: a brace, many newlines and junk take no time", async () => {
    const hostile = new TextEncoder().encode(`{}${"\n".repeat(320_000)}x`);
    const started = performance.now();
    const { summary } = await ingest([{ name: "hostile.json", bytes: hostile }]);
    expect(summary.errors.map((e) => e.code)).toEqual(["bad-json"]);
    // the old regex took 94 s on this; anything linear is far below a second
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("refuses a second - instead of storing an empty page", async () => {
    const { summary } = await ingest(["-", "-"], { stdin: Readable.from([Buffer.from(listing)]) });
    expect(summary.errors).toEqual([
      { input: "-", code: "stdin-repeated", message: "-: stdin was already read by an earlier `-`" },
    ]);
    expect(summary.pages + summary.skippedPages).toBe(1);
  });

  it("enriches on the way in when asked", async () => {
    const bytes = new TextEncoder().encode(listing.replace(/Astana/g, "Sochi"));
    await ingest([{ name: "enriched.txt", bytes }], { enrich: true });
    const { hits } = await archive.search({ q: "sochi" });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.item.enrichment?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});
