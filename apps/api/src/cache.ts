import type { Context } from "hono";
import { requestHeader } from "./headers.js";

/** A response body as it was sent, with the headers that go with it. */
export interface CachedResponse {
  body: string;
  headers: Record<string, string>;
  /** The body compressed, by encoding: made on the first request that accepts it, then kept. */
  encoded?: Partial<Record<"gzip" | "deflate", Uint8Array>>;
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
 * The cache key of a read: format, the URL up to its query (scheme and host included: feeds and
 * `Link` headers name them), and the query's `name=value` pairs sorted, so `?a=1&b=2` and
 * `?b=2&a=1` share an entry; a name given twice keeps its values' order (the first may be the one
 * used). The pairs are kept as sent, undecoded: two spellings of one value (`%20` and `+`) are
 * two entries, never one entry for two different queries.
 *
 * @example
 * cacheKey("http://h/v1/items?q=x&limit=5", "json"); // "json\nhttp://h/v1/items\nlimit=5&q=x"
 */
export function cacheKey(url: string, format: string): string {
  const mark = url.indexOf("?");
  if (mark < 0) return `${format}\n${url}\n`;
  const query = url.slice(mark + 1);
  const pairs = query.includes("&") ? query.split("&").sort(byName).join("&") : query;
  return `${format}\n${url.slice(0, mark)}\n${pairs}`;
}

// by the parameter's name, decoded (`%71` is `q`); stable, so one name's values keep their order
function byName(a: string, b: string): number {
  const x = nameOf(a);
  const y = nameOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function nameOf(pair: string): string {
  const end = pair.indexOf("=");
  const name = end < 0 ? pair : pair.slice(0, end);
  if (!/[%+]/.test(name)) return name;
  try {
    return decodeURIComponent(name.replaceAll("+", " "));
  } catch {
    return name;
  }
}

/** A request that asks not to be served from a cache (`Cache-Control: no-cache` or `no-store`). */
export function bypassesCache(c: Context): boolean {
  const control = requestHeader(c, "cache-control");
  return control !== undefined && /\bno-(cache|store)\b/i.test(control);
}
