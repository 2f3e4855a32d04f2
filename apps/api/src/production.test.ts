import type { Archive } from "@news/archive";
import { afterEach, describe, expect, it } from "vitest";
import { ENGINES, serverFor } from "./testing.js";

// the HTTP concerns do not depend on the engine: SQLite only
const sqlite = ENGINES[0]![1];
const running: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function start(options: Parameters<typeof serverFor>[1] = {}) {
  const server = await serverFor(sqlite, options);
  running.push(server);
  return server;
}

/** The archive with one method replaced (a slow or failing query). */
function patched(archive: Archive, method: keyof Archive, impl: (...args: never[]) => unknown): void {
  (archive as unknown as Record<string, unknown>)[method] = impl;
}

describe("production defaults", () => {
  it("rate-limits a client with 429 and Retry-After", async () => {
    const server = await start({ rateLimit: { limit: 3, windowMs: 60_000 } });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await fetch(`${server.url}/healthz`);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.headers.get("content-type")).toBe("application/problem+json");
    expect(((await last!.json()) as { code: string }).code).toBe("rate-limited");
  });

  it("stops a request past the timeout with 503 and aborts its archive query", async () => {
    const server = await start({ requestTimeoutMs: 200 });
    let aborted = false;
    patched(
      server.archive,
      "list",
      (_query: never, opts: { signal?: AbortSignal } = {}) =>
        new Promise((_resolve, reject) => {
          opts.signal?.addEventListener("abort", () => {
            aborted = true;
            reject(new Error("aborted"));
          });
        }),
    );
    const response = await fetch(`${server.url}/v1/items?q=slow`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { code: string }).code).toBe("timeout");
    expect(aborted).toBe(true);
  });

  it("answers an unexpected error with 500 and no internals, logged under the request id", async () => {
    const logged: [unknown, string][] = [];
    const server = await start({ logError: (error, id) => logged.push([error, id]) });
    patched(server.archive, "facets", async () => {
      throw new Error("secret table name in /var/lib/news");
    });
    const response = await fetch(`${server.url}/v1/facets`, { headers: { "x-request-id": "req-42" } });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text)).toMatchObject({ code: "internal", instance: "urn:news:request:req-42" });
    expect(logged).toHaveLength(1);
    expect(logged[0]![1]).toBe("req-42");
  });

  it("turns writes off without an API key", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/v1/ingest`, {
      method: "POST",
      body: "x",
      headers: { "content-type": "text/plain", authorization: "Bearer anything" },
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe("writes-disabled");
  });

  it("allows the configured CORS origins only", async () => {
    const server = await start({ corsOrigins: ["https://reader.example"] });
    const allowed = await fetch(`${server.url}/healthz`, { headers: { origin: "https://reader.example" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://reader.example");
    const other = await fetch(`${server.url}/healthz`, { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${server.url}/v1/ingest`, {
      method: "OPTIONS",
      headers: { origin: "https://reader.example", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
  });

  it("with --allow-fetch, never fetches from loopback or private addresses", async () => {
    const server = await start({ allowFetch: true });
    for (const url of [
      `${server.url}/healthz`,
      "http://10.0.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
    ]) {
      const response = await fetch(`${server.url}/v1/parse`, {
        method: "POST",
        body: JSON.stringify({ url }),
        headers: { "content-type": "application/json" },
      });
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(response.status, url).toBeLessThan(500);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("finishes in-flight requests on shutdown and refuses new ones", async () => {
    const server = await serverFor(sqlite);
    const realStats = server.archive.stats.bind(server.archive);
    let entered!: () => void;
    const handling = new Promise<void>((resolve) => {
      entered = resolve;
    });
    patched(server.archive, "stats", async () => {
      entered();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return realStats();
    });
    const inFlight = fetch(`${server.url}/v1/stats`);
    await handling;
    const closed = server.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    await closed;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it("documents every route from the shared schemas in OpenAPI 3.1", async () => {
    const server = await start();
    const spec = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths).sort()).toEqual(
      [
        "/healthz",
        "/version",
        "/v1/facets",
        "/v1/ingest",
        "/v1/items",
        "/v1/items/{id}",
        "/v1/parse",
        "/v1/stats",
      ].sort(),
    );
    const params = spec.paths["/v1/items"]!.get!.parameters!.map((p) => p.name);
    for (const name of [
      "q",
      "from",
      "to",
      "category",
      "site",
      "lang",
      "entity",
      "sort",
      "limit",
      "cursor",
      "count",
      "format",
    ]) {
      expect(params).toContain(name);
    }
    const docs = await fetch(`${server.url}/docs`);
    expect(docs.headers.get("content-type")).toContain("text/html");
    const html = await docs.text();
    // everything the page loads comes from this server
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe("the read pool (SQLite reads on worker threads)", () => {
  it("answers reads from reader threads like the main connection, errors and writes included", async () => {
    const { location, cleanup } = sqlite();
    const { startServer } = await import("./server.js");
    const server = await startServer({
      archive: location,
      readers: 2,
      apiKey: "k",
      rateLimit: false,
      port: 0,
    });
    try {
      const ingest = await fetch(`${server.url}/v1/ingest`, {
        method: "POST",
        body: "21 December 2017 In Coalition News\n\nThe delegation met in Astana.\n\n20 December 2017 In Coalition News\n\nTalks resumed in Geneva.\n",
        headers: { "content-type": "text/plain", authorization: "Bearer k" },
      });
      expect(ingest.status).toBe(200);
      const page = (await (await fetch(`${server.url}/v1/items?q=Astana&count=1`)).json()) as {
        items: { id: string }[];
        total: number;
      };
      expect(page.total).toBe(1);
      const item = (await (await fetch(`${server.url}/v1/items/${page.items[0]!.id}`)).json()) as {
        sightings: unknown[];
      };
      expect(item.sightings).toHaveLength(1);
      const facets = (await (await fetch(`${server.url}/v1/facets`)).json()) as { total: number };
      expect(facets.total).toBe(2);
      // an archive error crosses the thread with its code: still a 400, not a 500
      const cursor = await fetch(`${server.url}/v1/items?cursor=forged`);
      expect(((await cursor.json()) as { code: string }).code).toBe("invalid-cursor");
      const reads = await Promise.all(
        Array.from({ length: 20 }, () => fetch(`${server.url}/v1/items?q=Geneva`)),
      );
      for (const r of reads) expect(r.status).toBe(200);
    } finally {
      await server.close();
      await cleanup();
    }
  });
});
