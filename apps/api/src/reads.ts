import { promisify } from "node:util";
import { deflate, gzip } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from "hono/compress";
import { bypassesCache, type CachedResponse, cacheKey, type ResponseCache } from "./cache.js";
import { archiveEtag, etagMatches, REVALIDATE_HEADERS } from "./etag.js";
import { type Format, negotiate } from "./formats.js";
import { requestHeader } from "./headers.js";
import type { ApiEnv } from "./middleware.js";
import type { ArchiveVersions } from "./versions.js";

/** Bodies smaller than this go uncompressed: under ~1 KB gzip saves a few bytes for its CPU. */
export const COMPRESS_MIN_BYTES = 1024;
// what hono's compress() offers, in its order of preference
const ENCODINGS = ["gzip", "deflate"] as const;
type Encoding = (typeof ENCODINGS)[number];
const COMPRESSORS: Record<Encoding, (body: string) => Promise<Uint8Array>> = {
  // zlib's callback forms run on libuv's thread pool: a large body never holds the event loop
  gzip: promisify(gzip),
  deflate: promisify(deflate),
};

/** The formats of each cacheable read route, by path: the first is the default. */
export interface ReadRoutes {
  list: readonly Format[];
  item: readonly Format[];
}

/**
 * The encoding a response gets for an `Accept-Encoding` header, as hono's compress() chooses it:
 * gzip or deflate by their q (gzip on a tie), `*` standing for both, none when neither is accepted.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const q: Record<string, number> = {};
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.split(";");
    const qParam = params.find((p) => p.trim().startsWith("q="));
    const value = qParam ? Number(qParam.trim().slice(2)) : 1;
    q[name.trim().toLowerCase()] = Number.isFinite(value) ? value : 0;
  }
  let best: { encoding: Encoding; q: number } | undefined;
  for (const encoding of ENCODINGS) {
    const weight = q[encoding] ?? q["*"] ?? 0;
    if (weight === 1) return encoding;
    if (weight > 0 && (!best || weight > best.q)) best = { encoding, q: weight };
  }
  return best?.encoding;
}

/**
 * Sends read responses whole: the body (compressed when the client accepts it and it is worth
 * it, once per cached entry), its ETag, and every header the middleware would add, as one plain
 * object. @hono/node-server writes such a Response straight to the socket; no middleware after
 * this builds a fetch Headers object for it.
 */
export class ReadResponder {
  constructor(private readonly security: Readonly<Record<string, string>>) {}

  /** A 200 with `response`'s body, or a 304 when the client's If-None-Match holds `etag`. */
  async send(c: Context<ApiEnv>, response: CachedResponse, etag: string): Promise<Response> {
    if (etagMatches(requestHeader(c, "if-none-match"), etag)) return this.notModified(c, etag);
    const headers: Record<string, string> = {
      ...this.security,
      ...c.get("responseHeaders"),
      ...response.headers,
      ...REVALIDATE_HEADERS,
      etag,
    };
    c.set("complete", true);
    const encoding = this.encodingFor(c, response);
    if (!encoding) return new Response(response.body, { status: 200, headers });
    const body = response.encoded?.[encoding] ?? (await COMPRESSORS[encoding](response.body));
    response.encoded = { ...response.encoded, [encoding]: body };
    headers["content-encoding"] = encoding;
    // a Node Buffer: @hono/node-server writes it to the socket as it is
    return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
  }

  /** The 304 for a client that holds the current representation. */
  notModified(c: Context<ApiEnv>, etag: string): Response {
    c.set("complete", true);
    return new Response(null, {
      status: 304,
      headers: { ...this.security, ...c.get("responseHeaders"), ...REVALIDATE_HEADERS, etag },
    });
  }

  private encodingFor(c: Context<ApiEnv>, response: CachedResponse): Encoding | undefined {
    if (response.body.length < COMPRESS_MIN_BYTES / 3) return undefined;
    const encoding = chooseEncoding(requestHeader(c, "accept-encoding"));
    if (!encoding || response.encoded?.[encoding]) return encoding;
    const type = response.headers["content-type"] ?? "";
    if (!COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return undefined;
    return Buffer.byteLength(response.body) >= COMPRESS_MIN_BYTES ? encoding : undefined;
  }
}

/**
 * Answers a read that the response cache already holds at the archive's current version before
 * routing, validation and the rest of the middleware: a cached entry exists only for a request
 * the route answered 200 (same URL, same format, same version), so what the route would do again
 * is known. Anything else (a miss, `Cache-Control: no-cache`, HEAD, a format it cannot settle)
 * goes on to the route.
 */
export function cachedReads(
  cache: ResponseCache,
  versions: ArchiveVersions,
  responder: ReadResponder,
  routes: ReadRoutes,
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const format = readFormat(c, routes);
    if (!format || bypassesCache(c)) return next();
    const version = versions.current() ?? (await versions.read());
    const url = c.req.url;
    const hit = cache.get(version, cacheKey(url, format));
    if (!hit) return next();
    return responder.send(c, hit, archiveEtag(version, url, format));
  };
}

// the format the read route would answer in; undefined when it is not a cacheable read or the
// route would refuse it (the route then says why)
function readFormat(c: Context<ApiEnv>, routes: ReadRoutes): Format | undefined {
  const path = c.req.path;
  let offered: readonly Format[];
  if (path === "/v1/facets") return "json";
  if (path === "/v1/items") offered = routes.list;
  else if (path.startsWith("/v1/items/") && path.indexOf("/", 10) < 0 && path.length > 10)
    offered = routes.item;
  else return undefined;
  try {
    return negotiate(formatParam(c.req.url), requestHeader(c, "accept"), offered);
  } catch {
    return undefined;
  }
}

// the raw `format` query parameter, decoded; a spelling this misreads only costs a cache miss,
// since the key holds the whole query as sent
function formatParam(url: string): string | undefined {
  const m = /[?&]format=([^&]*)/.exec(url);
  if (!m) return undefined;
  try {
    return decodeURIComponent((m[1] as string).replaceAll("+", " "));
  } catch {
    return undefined;
  }
}
