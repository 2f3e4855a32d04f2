import type { Context } from "hono";
import { requestHeader } from "./headers.js";

// FNV-1a: a short, stable digest of what varies a response besides the archive's version
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * A weak ETag for a read of the archive: its `version()` (which changes on every ingest and flag
 * change) plus the request's URL and format. Lets a reader revalidate without the query running.
 *
 * @example
 * archiveEtag("42", "http://127.0.0.1:8080/v1/items?q=geneva", "json"); // 'W/"16-…"'
 */
export function archiveEtag(version: string, url: string, format: string): string {
  return `W/"${fnv1a(version)}-${fnv1a(`${url}\n${format}`)}"`;
}

/** What every read answered with an ETag says about caching: revalidate each time, per format. */
export const REVALIDATE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "cache-control": "no-cache",
  vary: "Accept, Accept-Encoding",
});

/** True when an If-None-Match header holds `etag` (weak comparison, as for GET) or `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t.replace(/^W\//, "") === opaque;
  });
}

/**
 * Sets ETag and Cache-Control; true when the client's If-None-Match already holds this ETag, so
 * the route answers 304 without reading the archive.
 */
export function notModified(c: Context, etag: string): boolean {
  c.header("etag", etag);
  for (const [name, value] of Object.entries(REVALIDATE_HEADERS)) c.header(name, value);
  return etagMatches(requestHeader(c, "if-none-match"), etag);
}
