import type { Context } from "hono";

/** A response body as it was sent, with the headers that go with it. */
export interface CachedResponse {
  body: string;
  headers: Record<string, string>;
}

/** How much the response cache may hold. */
export interface ResponseCacheOptions {
  /** Most responses kept (default 2,000). */
  entries?: number;
  /** Most bytes of bodies kept, counted as UTF-16 code units (default 64 MiB). */
  bytes?: number;
  /** Bodies larger than this are not kept (default 1 MiB). */
  largest?: number;
}

/**
 * The archive's read responses, each kept under the archive `version()` it was computed at. An
 * archive changes only on ingest or a flag change, and each bumps `version()`: a request is only
 * ever answered from an entry of the version it read, and the first request that sees a new
 * version empties the cache. Keyed by the route, its format and
 * its query parameters in a normal order; the least recently used entry goes first.
 *
 * @example
 * const cache = new ResponseCache();
 * const hit = cache.get(await archive.version(), cacheKey(c, "json"));
 */
export class ResponseCache {
  private version: string | null = null;
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly largest: number;

  constructor(options: ResponseCacheOptions = {}) {
    this.maxEntries = options.entries ?? 2_000;
    this.maxBytes = options.bytes ?? 64 * 1024 * 1024;
    this.largest = options.largest ?? 1024 * 1024;
  }

  /** The response kept for `key` at this archive version, if any. */
  get(version: string, key: string): CachedResponse | undefined {
    this.forgetOlder(version);
    const versioned = `${version}\n${key}`;
    const hit = this.entries.get(versioned);
    if (hit) {
      // most recently used last: eviction takes the first
      this.entries.delete(versioned);
      this.entries.set(versioned, hit);
    }
    return hit;
  }

  /** Keeps a response computed at this archive version (unless it is too large to keep). */
  set(version: string, key: string, response: CachedResponse): void {
    this.forgetOlder(version);
    if (response.body.length > this.largest) return;
    const versioned = `${version}\n${key}`;
    const old = this.entries.get(versioned);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(versioned);
    }
    this.entries.set(versioned, response);
    this.bytes += response.body.length;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [first, value] = this.entries.entries().next().value as [string, CachedResponse];
      this.entries.delete(first);
      this.bytes -= value.body.length;
    }
  }

  /** How many responses are kept now. */
  get size(): number {
    return this.entries.size;
  }

  private forgetOlder(version: string): void {
    if (version === this.version) return;
    // every key holds its version, so an entry is only ever served for the version it was
    // computed at; a change of version (an ingest) drops the rest. Requests still in flight
    // from before it may flip it back once: that costs misses, never a stale answer
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }
}

/**
 * The cache key of a read: path, format, and the query parameters sorted (so `?a=1&b=2` and
 * `?b=2&a=1` share an entry), each name and value exactly as sent.
 */
export function cacheKey(c: Context, format: string): string {
  const url = new URL(c.req.url);
  const params = [...url.searchParams].sort(([a, x], [b, y]) =>
    a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0,
  );
  return `${format}\n${url.pathname}\n${JSON.stringify(params)}`;
}

/** A request that asks not to be served from a cache (`Cache-Control: no-cache` or `no-store`). */
export function bypassesCache(c: Context): boolean {
  const control = c.req.header("cache-control");
  return control !== undefined && /\bno-(cache|store)\b/i.test(control);
}
