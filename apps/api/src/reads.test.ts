import { gunzipSync } from "node:zlib";
import { type Archive, openArchive } from "@news/archive";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKey } from "./cache.js";
import { securityHeaders } from "./headers.js";
import { chooseEncoding } from "./reads.js";
import { type RunningServer, startServer } from "./server.js";
import { ENGINES } from "./testing.js";
import { ArchiveVersions } from "./versions.js";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const page = (day: number, words: string) => `${day} March 2018 In Test\n\n${words}\n`;

/** A version() that counts its calls and returns what `value` holds when asked. */
function countingArchive() {
  const state = { value: "1", calls: 0 };
  return {
    state,
    archive: {
      version: async () => {
        state.calls++;
        return state.value;
      },
    },
  };
}

describe("ArchiveVersions", () => {
  it("reads the version once per event-loop turn, and again in the next turn", async () => {
    const { state, archive } = countingArchive();
    const versions = new ArchiveVersions(archive);
    expect(versions.current()).toBeUndefined();
    const [a, b] = await Promise.all([versions.read(), versions.read()]);
    expect([a, b, versions.current()]).toEqual(["1", "1", "1"]);
    expect(state.calls).toBe(1);
    // another connection commits: the next turn's requests see it
    state.value = "2";
    await nextTurn();
    expect(versions.current()).toBeUndefined();
    expect(await versions.read()).toBe("2");
    expect(state.calls).toBe(2);
  });

  it("forgets the version on invalidate(), even within the turn and while a read runs", async () => {
    const { state, archive } = countingArchive();
    const versions = new ArchiveVersions(archive);
    expect(await versions.read()).toBe("1");
    state.value = "2";
    versions.invalidate();
    expect(versions.current()).toBeUndefined();
    expect(await versions.read()).toBe("2");
    // a read that an invalidation overtakes answers its caller but is not kept
    state.value = "3";
    versions.invalidate();
    const running = versions.read();
    versions.invalidate();
    expect(await running).toBe("3");
    expect(versions.current()).toBeUndefined();
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const versions = new ArchiveVersions({
      version: async () => {
        if (fail) throw new Error("locked");
        return "7";
      },
    });
    await expect(versions.read()).rejects.toThrow("locked");
    fail = false;
    expect(await versions.read()).toBe("7");
  });
});

describe("cacheKey", () => {
  it("is the same for parameters in another order, and keeps one name's values in their order", () => {
    expect(cacheKey("http://h/v1/items?q=x&limit=5", "json")).toBe(
      cacheKey("http://h/v1/items?limit=5&q=x", "json"),
    );
    expect(cacheKey("http://h/v1/items?site=a&site=b", "json")).not.toBe(
      cacheKey("http://h/v1/items?site=b&site=a", "json"),
    );
    expect(cacheKey("http://h/v1/items?%71=b&q=a", "json")).not.toBe(
      cacheKey("http://h/v1/items?q=a&%71=b", "json"),
    );
    // the host is part of it: feeds and Link headers name it
    expect(cacheKey("http://a/v1/items?q=x", "json")).not.toBe(cacheKey("http://b/v1/items?q=x", "json"));
    expect(cacheKey("http://h/v1/items?q=x", "json")).not.toBe(cacheKey("http://h/v1/items?q=x", "csv"));
  });
});

describe("chooseEncoding", () => {
  it("chooses as hono's compress() does", () => {
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding("gzip, deflate, br")).toBe("gzip");
    expect(chooseEncoding("deflate;q=1, gzip;q=0.5")).toBe("deflate");
    expect(chooseEncoding("gzip;q=0.2, deflate;q=0.8")).toBe("deflate");
    expect(chooseEncoding("br")).toBeUndefined();
    expect(chooseEncoding("*")).toBe("gzip");
    expect(chooseEncoding("gzip;q=0, *;q=0.5")).toBe("deflate");
    expect(chooseEncoding("identity")).toBeUndefined();
  });
});

describe("securityHeaders", () => {
  it("are the headers hono's secureHeaders() would set with this API's CSP", async () => {
    const probe = new Hono();
    probe.use(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
        crossOriginResourcePolicy: "same-origin",
      }),
    );
    probe.get("/", (c) => c.body(null, 204));
    const response = await probe.request("/");
    const fromHono = Object.fromEntries(response.headers);
    expect({ ...securityHeaders(false) }).toEqual(fromHono);
    expect(securityHeaders(true)["cross-origin-resource-policy"]).toBe("cross-origin");
  });
});

describe.each(ENGINES)("cached reads over HTTP on %s", (_engine, makeLocation) => {
  const open: { server?: RunningServer; archives: Archive[]; cleanup?: () => unknown } = { archives: [] };
  afterEach(async () => {
    await open.server?.close();
    await Promise.all(open.archives.splice(0).map((a) => a.close()));
    await open.cleanup?.();
    open.server = undefined;
  });

  async function start(options: Parameters<typeof startServer>[0] = {}) {
    const { location, cleanup } = makeLocation();
    open.cleanup = cleanup;
    const archive = await openArchive(location);
    open.archives.push(archive);
    await archive.ingest([
      { page: (await import("@news/core")).parse(page(1, "Geneva talks resume.")), source: "a" },
    ]);
    open.server = await startServer({ rateLimit: false, ...options, archive, port: 0, host: "127.0.0.1" });
    return { url: open.server.url, location };
  }

  it("shows a write from another connection in the next request: new body, new ETag", async () => {
    const { url, location } = await start();
    const path = `${url}/v1/items?q=geneva&count=1`;
    const first = await fetch(path);
    const etag = first.headers.get("etag")!;
    expect(((await first.json()) as { total: number }).total).toBe(1);
    // answered from the cache: same ETag, and a 304 for a client that holds it
    const again = await fetch(path);
    expect(again.headers.get("etag")).toBe(etag);
    await again.arrayBuffer();
    expect((await fetch(path, { headers: { "if-none-match": etag } })).status).toBe(304);
    // another process (here: another connection) stores a matching page
    const other = await openArchive(location);
    open.archives.push(other);
    const { parse } = await import("@news/core");
    await other.ingest([{ page: parse(page(2, "Geneva talks end.")), source: "b" }]);
    const after = await fetch(path, { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(((await after.json()) as { total: number }).total).toBe(2);
  });

  it("answers a cached read with the headers, body and 304s of the first answer", async () => {
    const { url } = await start({ rateLimit: { limit: 100, windowMs: 60_000 } });
    const path = `${url}/v1/items?q=geneva`;
    const first = await fetch(path, { headers: { "x-request-id": "first-1" } });
    const hit = await fetch(path, { headers: { "x-request-id": "second-2" } });
    expect(await hit.text()).toBe(await first.text());
    const headersOf = (r: Response) => {
      const h = Object.fromEntries(r.headers);
      for (const name of ["date", "x-request-id", "ratelimit-remaining", "content-length"]) delete h[name];
      return h;
    };
    expect(headersOf(hit)).toEqual(headersOf(first));
    expect(hit.headers.get("x-request-id")).toBe("second-2");
    expect(hit.headers.get("x-content-type-options")).toBe("nosniff");
    expect(hit.headers.get("ratelimit-limit")).toBe("100");
    expect(Number(hit.headers.get("ratelimit-remaining"))).toBe(
      Number(first.headers.get("ratelimit-remaining")) - 1,
    );
    const notModified = await fetch(path, { headers: { "if-none-match": hit.headers.get("etag")! } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    // a format the route refuses is refused on a cached path too
    expect((await fetch(path, { headers: { accept: "image/png" } })).status).toBe(406);
  });

  it("aborts a running query when its client goes away", async () => {
    // the connection of the client that went away can hold close() for seconds: cut it sooner
    const { url } = await start({ shutdownGraceMs: 200 });
    const archive = open.archives[0]!;
    let entered!: () => void;
    const running = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const stopped = new Promise<unknown>((resolve) => {
      archive.list = (_query, options) => {
        entered();
        return new Promise((_, reject) => {
          options?.signal?.addEventListener("abort", () => {
            resolve(options.signal?.reason);
            reject(Object.assign(new Error("stopped"), { name: "ArchiveError", code: "aborted" }));
          });
        });
      };
    });
    const client = new AbortController();
    const request = fetch(`${url}/v1/items?q=slow`, { signal: client.signal }).catch(() => "gone");
    await running;
    client.abort();
    expect(await request).toBe("gone");
    expect(await stopped).toBeDefined();
  });

  it("answers cached reads through CORS and the access log like any other", async () => {
    const log: { requestId: string; status: number; path: string }[] = [];
    const { url } = await start({ corsOrigins: ["https://reader.example"], accessLog: (r) => log.push(r) });
    const path = `${url}/v1/items?q=geneva`;
    const origin = { origin: "https://reader.example" };
    await (await fetch(path, { headers: origin })).arrayBuffer();
    const hit = await fetch(path, { headers: { ...origin, "x-request-id": "cors-hit" } });
    expect(hit.status).toBe(200);
    expect(hit.headers.get("access-control-allow-origin")).toBe("https://reader.example");
    expect(hit.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(log.find((r) => r.requestId === "cors-hit")).toMatchObject({ status: 200, path: "/v1/items" });
  });

  it("compresses bodies of 1 KB and more for clients that accept it, cached or not, and no smaller ones", async () => {
    const { url } = await start();
    const { parse } = await import("@news/core");
    const archive = open.archives[0]!;
    const pages = Array.from({ length: 20 }, (_, i) =>
      page((i % 28) + 1, `Geneva item ${i} with a sentence long enough to fill a response.`),
    );
    await archive.ingest(pages.map((p, i) => ({ page: parse(p), source: `p${i}` })));
    const path = `${url}/v1/items?q=geneva&limit=20`;
    const plain = await (await fetch(path, { headers: { "cache-control": "no-cache" } })).text();
    expect(plain.length).toBeGreaterThan(1024);
    for (const attempt of ["miss", "hit"]) {
      // fetch() would decode gzip itself: read the raw bytes through node:http
      const raw = await rawGet(path, { "accept-encoding": "gzip" });
      expect(raw.headers["content-encoding"], attempt).toBe("gzip");
      expect(gunzipSync(raw.body).toString(), attempt).toBe(plain);
    }
    const id = (JSON.parse(plain) as { items: { id: string }[] }).items[0]!.id;
    const small = await rawGet(`${url}/v1/items/${id}?format=markdown`, { "accept-encoding": "gzip" });
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers["content-encoding"]).toBeUndefined();
  });
});

async function rawGet(url: string, headers: Record<string, string>) {
  const http = await import("node:http");
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(url, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    },
  );
}
