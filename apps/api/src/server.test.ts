import { readFileSync } from "node:fs";
import { parse } from "@news/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccessRecord } from "./middleware.js";
import { ENGINES, serverFor } from "./testing.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
// the bundled examples (the seed and a real press-release listing), read where the repository keeps them
const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url));
const SEED = example("coalition-news-2017-12-21.txt");
const HTML = example("press-releases-walz-house-gov-2015.html");
const RSS = fixture("rss2.xml");
const KEY = "test-key-0123456789";

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as {
    status: number;
    code: string;
    detail: string;
    type: string;
    invalidParams?: { name: string }[];
  };
  expect(body.status).toBe(response.status);
  expect(body.type).toBe(`urn:news:problem:${body.code}`);
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}

describe.each(ENGINES)("the API over HTTP on %s", (_engine, makeLocation) => {
  let server: Awaited<ReturnType<typeof serverFor>>;
  const log: AccessRecord[] = [];
  const api = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
  const ingest = (body: BodyInit, type: string, key = KEY) =>
    api("/v1/ingest", {
      method: "POST",
      body,
      headers: { "content-type": type, authorization: `Bearer ${key}` },
    });

  beforeAll(async () => {
    server = await serverFor(makeLocation, {
      apiKey: KEY,
      maxBodyBytes: 1024 * 1024,
      accessLog: (r) => log.push(r),
    });
    expect((await ingest(SEED, "text/plain; charset=utf-8")).status).toBe(200);
    expect((await ingest(HTML, "text/html")).status).toBe(200);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers /healthz, /version and an access-log line per request with its request id", async () => {
    const health = await api("/healthz", { headers: { "x-request-id": "probe-1" } });
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
    expect(health.headers.get("x-request-id")).toBe("probe-1");
    expect(log.find((r) => r.requestId === "probe-1")).toMatchObject({
      method: "GET",
      path: "/healthz",
      status: 200,
    });
    const version = (await (await api("/version")).json()) as { archiveVersion: string };
    expect(typeof version.archiveVersion).toBe("string");
  });

  it("sets secure headers on every response", async () => {
    const response = await api("/v1/stats");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("searches with the query language and filters, in the light projection", async () => {
    const response = await api("/v1/items?q=Astana&count=1");
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      items: Record<string, unknown>[];
      total: number;
      nextCursor: string | null;
    };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.total).toBe(body.items.length);
    expect(Object.keys(body.items[0]!).sort()).toEqual(
      ["category", "date", "id", "lang", "opening", "read", "site", "snippet", "starred", "title"].sort(),
    );
    const ranged = (await (await api("/v1/items?from=2017-12&to=2017-12-31&limit=1000")).json()) as {
      items: { date: string }[];
    };
    expect(ranged.items.length).toBeGreaterThan(0);
    for (const item of ranged.items) expect(item.date.slice(0, 7)).toBe("2017-12");
    const none = (await (await api("/v1/items?q=%22no%20such%20phrase%20anywhere%22")).json()) as {
      items: unknown[];
    };
    expect(none.items).toEqual([]);
  });

  it("pages with cursors (body and Link header) and refuses a cursor from another query", async () => {
    const first = await api("/v1/items?limit=2");
    const page = (await first.json()) as { items: { id: string }[]; nextCursor: string };
    expect(page.items).toHaveLength(2);
    expect(first.headers.get("link")).toContain('rel="next"');
    const next = new URL(/<([^>]+)>/.exec(first.headers.get("link")!)![1]!);
    expect(next.searchParams.get("cursor")).toBe(page.nextCursor);
    const second = (await (await fetch(next)).json()) as { items: { id: string }[] };
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.map((i) => i.id)).not.toContain(page.items[0]!.id);
    const foreign = await api(`/v1/items?q=Astana&limit=2&cursor=${encodeURIComponent(page.nextCursor)}`);
    expect(foreign.status).toBe(400);
    expect((await problemOf(foreign)).code).toBe("invalid-cursor");
  });

  it("refuses bad and hostile query strings with 400 problem+json naming the parameter", async () => {
    const cases: [string, string][] = [
      ["limit=abc", "limit"],
      ["limit=0", "limit"],
      ["limit=1001", "limit"],
      ["from=2017-13", "from"],
      ["to=2017-02-30", "to"],
      ["sort=random", "sort"],
      ["q=a&q=b", "q"],
      [`q=${"x".repeat(10_001)}`, "q"],
      ["count=maybe", "count"],
    ];
    for (const [query, name] of cases) {
      const response = await api(`/v1/items?${query}`);
      const label = query.slice(0, 40);
      expect(response.status, label).toBe(400);
      const problem = await problemOf(response);
      expect(problem.code).toBe("invalid-parameter");
      expect(
        problem.invalidParams?.map((p) => p.name),
        label,
      ).toContain(name);
    }
    for (const q of ['"unclosed', "((a", "AND OR NOT", "*", "title:", "\u0000\u0001", "%ZZ", "🙂 -"]) {
      const response = await api(`/v1/items?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBeLessThan(500);
      if (response.status !== 200) await problemOf(response);
    }
    const cursor = await api("/v1/items?cursor=not-a-cursor");
    expect((await problemOf(cursor)).code).toBe("invalid-cursor");
  });

  it("gives every list format by ?format= and by Accept", async () => {
    const ndjson = await api("/v1/items?q=Astana&format=ndjson");
    expect(ndjson.headers.get("content-type")).toBe("application/x-ndjson");
    const lines = (await ndjson.text()).trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty("id");
    const csv = await (await api("/v1/items?q=Astana", { headers: { accept: "text/csv" } })).text();
    expect(csv.split("\r\n")[0]).toBe("id,date,title,site,category,lang,snippet,opening,read,starred");
    const atom = await api("/v1/items?q=Astana", { headers: { accept: "application/atom+xml" } });
    expect(atom.headers.get("content-type")).toContain("application/atom+xml");
    const atomText = await atom.text();
    expect(atomText).toContain("<feed");
    expect(atomText).toContain("Astana");
    const rss = await (await api("/v1/items?q=Astana&format=rss")).text();
    expect(rss).toContain("<rss");
    expect(rss).toContain("<item>");
    // a feed reader gets back what it subscribed to: our own parser reads the feed as items
    expect(parse(rss, { contentType: "application/rss+xml" }).items.length).toBeGreaterThan(0);
    const feed = (await (await api("/v1/items?q=Astana&format=jsonfeed")).json()) as { items: unknown[] };
    expect(feed.items.length).toBeGreaterThan(0);
    const weighted = await api("/v1/items?q=Astana", {
      headers: { accept: "text/csv;q=0.5, application/rss+xml" },
    });
    expect(weighted.headers.get("content-type")).toContain("rss");
    expect((await problemOf(await api("/v1/items", { headers: { accept: "image/png" } }))).code).toBe(
      "not-acceptable",
    );
    expect((await problemOf(await api("/v1/items?format=xml"))).code).toBe("invalid-parameter");
  });

  it("reads one item whole, with sightings, as JSON and Markdown; 404 as problem+json", async () => {
    const { items } = (await (await api("/v1/items?q=Astana&limit=1")).json()) as { items: { id: string }[] };
    const id = items[0]!.id;
    const item = (await (await api(`/v1/items/${encodeURIComponent(id)}`)).json()) as {
      id: string;
      paragraphs: string[];
      spans: unknown;
      sightings: unknown[];
    };
    expect(item.id).toBe(id);
    expect(item.paragraphs.join(" ")).toContain("Astana");
    expect(item.spans).toBeTruthy();
    expect(item.sightings.length).toBeGreaterThan(0);
    const markdown = await api(`/v1/items/${encodeURIComponent(id)}?format=markdown`);
    expect(markdown.headers.get("content-type")).toContain("text/markdown");
    expect(await markdown.text()).toContain("Astana");
    const missing = await api("/v1/items/no-such-item");
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).code).toBe("not-found");
  });

  it("revalidates item reads and searches with ETags, and changes them on ingest", async () => {
    for (const path of ["/v1/items?q=Astana", "/v1/facets", "/v1/stats"]) {
      const first = await api(path);
      const etag = first.headers.get("etag");
      expect(etag, path).toBeTruthy();
      const again = await api(path, { headers: { "if-none-match": etag! } });
      expect(again.status, path).toBe(304);
    }
    const before = (await api("/v1/items?q=bridge")).headers.get("etag")!;
    expect((await ingest(RSS, "application/rss+xml")).status).toBe(200);
    const after = await api("/v1/items?q=bridge", { headers: { "if-none-match": before } });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it("answers a repeated read from its cache until an ingest changes the archive", async () => {
    const path = "/v1/items?q=Kremlin&count=1";
    const first = await api(path);
    const body = await first.text();
    // the same query with its parameters in another order is the same entry
    const again = await api("/v1/items?count=1&q=Kremlin");
    expect(await again.text()).toBe(body);
    expect(again.headers.get("content-type")).toBe(first.headers.get("content-type"));
    // a changed archive answers anew: the cache follows version(), never serves what it replaced
    const page = "21 March 2018 In Test\n\nKremlin statement on the cache test.\n";
    expect((await ingest(page, "text/plain")).status).toBe(200);
    const fresh = (await (await api(path)).json()) as { total: number };
    expect(fresh.total).toBe((JSON.parse(body) as { total: number }).total + 1);
    // an item read is cached as well, Markdown apart from JSON
    const id = (fresh as unknown as { items: { id: string }[] }).items[0]!.id;
    const json = await (await api(`/v1/items/${id}`)).text();
    const markdown = await (await api(`/v1/items/${id}?format=markdown`)).text();
    expect(JSON.parse(json).id).toBe(id);
    expect(markdown).not.toBe(json);
    expect(await (await api(`/v1/items/${id}`)).text()).toBe(json);
  });

  it("runs the query again for Cache-Control: no-cache, and once for simultaneous askers", async () => {
    let lists = 0;
    const list = server.archive.list.bind(server.archive);
    server.archive.list = (...args) => {
      lists++;
      return list(...args);
    };
    try {
      await api("/v1/items?q=Idlib");
      await api("/v1/items?q=Idlib");
      expect(lists).toBe(1);
      await api("/v1/items?q=Idlib", { headers: { "cache-control": "no-cache" } });
      expect(lists).toBe(2);
      // the same read asked by several clients at once runs once
      const answers = await Promise.all(Array.from({ length: 5 }, () => api("/v1/items?q=Idlib&limit=3")));
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(new Set(await Promise.all(answers.map((r) => r.text()))).size).toBe(1);
      expect(lists).toBe(3);
    } finally {
      server.archive.list = list;
    }
  });

  it("counts facets and shows stats without the archive's location", async () => {
    const facets = (await (await api("/v1/facets?q=Astana")).json()) as {
      total: number;
      category: { value: string }[];
    };
    expect(facets.total).toBeGreaterThan(0);
    expect(facets.category.map((c) => c.value)).toContain("Coalition News");
    const stats = (await (await api("/v1/stats")).json()) as Record<string, unknown>;
    expect(stats.items).toBeGreaterThan(0);
    expect(stats).not.toHaveProperty("location");
  });

  it("compresses large responses for clients that accept it", async () => {
    const response = await api("/v1/items?limit=100", { headers: { "accept-encoding": "gzip" } });
    // fetch decodes transparently; the header says what was sent
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(((await response.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it("guards ingest: no key, wrong key, wrong type, empty and oversized bodies", async () => {
    const noAuth = await api("/v1/ingest", {
      method: "POST",
      body: SEED,
      headers: { "content-type": "text/plain" },
    });
    expect(noAuth.status).toBe(401);
    expect(noAuth.headers.get("www-authenticate")).toContain("Bearer");
    expect((await problemOf(noAuth)).code).toBe("unauthorized");
    expect((await ingest(SEED, "text/plain", "wrong-key")).status).toBe(401);
    expect((await problemOf(await ingest(new Uint8Array([1, 2, 3]), "image/png"))).code).toBe(
      "unsupported-media-type",
    );
    expect((await problemOf(await ingest("", "text/plain"))).code).toBe("empty-body");
    const big = await ingest("a".repeat(1024 * 1024 + 1), "text/plain");
    expect(big.status).toBe(413);
    expect((await problemOf(big)).code).toBe("body-too-large");
  });

  it("ingests NewsPage NDJSON as `news parse` writes it", async () => {
    const feed = parse(RSS, { url: "https://valley.example/feed", contentType: "application/rss+xml" });
    const listing = parse("3 March 2024 In Valley\n\nThe ferry timetable changes in April.\n", {
      url: "https://valley.example/",
    });
    const response = await ingest(
      `${JSON.stringify(feed)}\n${JSON.stringify(listing)}\n`,
      "application/x-ndjson",
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ pages: 2 });
    const found = (await (await api("/v1/items?q=ferry")).json()) as { items: unknown[] };
    expect(found.items).toHaveLength(1);
    const notPages = await ingest('{"kind":"poem"}\n', "application/x-ndjson");
    expect(notPages.status).toBe(422);
    expect((await problemOf(notPages)).code).toBe("invalid-page");
  });

  it("serves searches while pages are being ingested", async () => {
    const results = await Promise.all([
      ...Array.from({ length: 4 }, (_, i) =>
        ingest(`${i + 1} January 2018 In Test\n\nConcurrent item ${i} about Astana talks.\n`, "text/plain"),
      ),
      ...Array.from({ length: 12 }, () => api("/v1/items?q=Astana&count=1")),
    ]);
    for (const r of results) expect(r.status).toBe(200);
    const after = (await (await api("/v1/items?q=concurrent&count=1")).json()) as { total: number };
    expect(after.total).toBe(4);
  });
});

describe.each(ENGINES)("POST /v1/parse on %s", (_engine, makeLocation) => {
  let server: Awaited<ReturnType<typeof serverFor>>;
  const parseApi = (body: BodyInit, type: string, query = "") =>
    fetch(`${server.url}/v1/parse${query}`, { method: "POST", body, headers: { "content-type": type } });

  beforeAll(async () => {
    server = await serverFor(makeLocation, { maxBodyBytes: 256 * 1024 });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("parses text, HTML, feeds and JSON { content } into a NewsPage", async () => {
    const text = (await (await parseApi(SEED, "text/plain")).json()) as {
      kind: string;
      items: { date: string }[];
    };
    expect(text.items.length).toBeGreaterThanOrEqual(3);
    expect(text.items[0]!.date).toBe("2017-12-21");
    const html = (await (
      await parseApi(HTML, "text/html", "?url=https%3A%2F%2Fwalz.house.gov%2F")
    ).json()) as {
      kind: string;
      items: unknown[];
    };
    expect(html.kind).toBe("listing");
    expect(html.items.length).toBeGreaterThan(3);
    const rss = (await (await parseApi(RSS, "application/rss+xml")).json()) as {
      kind: string;
      items: { title: string }[];
    };
    expect(rss.kind).toBe("feed");
    expect(rss.items[0]!.title).toBe("Council approves new bridge");
    const json = (await (
      await parseApi(
        JSON.stringify({ content: SEED.toString("utf8"), url: "https://en.etilaf.org/" }),
        "application/json",
      )
    ).json()) as { items: unknown[] };
    expect(json.items).toHaveLength(text.items.length);
  });

  it("decodes any charset: a windows-1252 page declared only in its meta tag", async () => {
    const page = (await (await parseApi(fixture("charset-windows-1252.html"), "text/html")).json()) as {
      inputInfo: { encoding: string };
    };
    expect(page.inputInfo.encoding).toBe("windows-1252");
  });

  it("enriches on ?enrich=1 and renders every format", async () => {
    const page = (await (await parseApi(SEED, "text/plain", "?enrich=1")).json()) as {
      items: { enrichment?: unknown }[];
    };
    expect(page.items[0]!.enrichment).toBeTruthy();
    const markdown = await (await parseApi(SEED, "text/plain", "?format=markdown")).text();
    expect(markdown).toContain("# Coalition News");
    const csv = await (await parseApi(SEED, "text/plain", "?format=csv")).text();
    expect(csv.split("\r\n")[0]).toContain("title");
    const ndjson = (await (await parseApi(SEED, "text/plain", "?format=ndjson")).text()).trim().split("\n");
    expect(ndjson).toHaveLength(page.items.length);
    for (const line of ndjson) expect(JSON.parse(line)).toHaveProperty("paragraphs");
    const atom = await (await parseApi(SEED, "text/plain", "?format=atom")).text();
    expect(atom).toContain("<feed");
  });

  it("takes binary, truncated and huge input without a 500", async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    const asBinary = await parseApi(binary, "application/octet-stream");
    expect(asBinary.status).toBeLessThan(500);
    const truncated = await parseApi(HTML.subarray(0, 5000), "text/html");
    expect(truncated.status).toBe(200);
    const gzipMagic = await parseApi(new Uint8Array([0x1f, 0x8b, 8, 0]), "text/plain");
    expect(gzipMagic.status).toBeLessThan(500);
    const huge = await parseApi("x".repeat(256 * 1024 + 1), "text/plain");
    expect(huge.status).toBe(413);
    expect((await problemOf(huge)).code).toBe("body-too-large");
  });

  it("refuses bad bodies with problem+json", async () => {
    expect((await problemOf(await parseApi("", "text/plain"))).code).toBe("empty-body");
    const badJson = await parseApi("{ content: nope", "application/json");
    expect(badJson.status).toBe(400);
    expect((await problemOf(badJson)).code).toBe("invalid-json");
    const wrongShape = await parseApi(JSON.stringify({ content: 42 }), "application/json");
    expect((await problemOf(wrongShape)).code).toBe("invalid-body");
    const extra = await parseApi(JSON.stringify({ content: "x", evil: true }), "application/json");
    expect(extra.status).toBe(400);
    expect((await problemOf(await parseApi("x", "image/png"))).code).toBe("unsupported-media-type");
    const noType = await fetch(`${server.url}/v1/parse`, { method: "POST", body: new Blob([SEED]) });
    expect(noType.status).toBe(415);
    const fetchOff = await parseApi(JSON.stringify({ url: "https://example.org/" }), "application/json");
    expect(fetchOff.status).toBe(403);
    expect((await problemOf(fetchOff)).code).toBe("fetch-disabled");
  });

  it("answers unknown routes with 404 problem+json", async () => {
    const response = await fetch(`${server.url}/v2/nothing`);
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe("not-found");
  });
});
