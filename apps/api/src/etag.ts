import type { Context } from "hono";

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
 */
export function archiveEtag(version: string, c: Context, format: string): string {
  return `W/"${fnv1a(version)}-${fnv1a(`${c.req.url}\n${format}`)}"`;
}

/**
 * Sets ETag and Cache-Control; true when the client's If-None-Match already holds this ETag, so
 * the route answers 304 without reading the archive.
 */
export function notModified(c: Context, etag: string): boolean {
  c.header("etag", etag);
  c.header("cache-control", "no-cache");
  c.header("vary", "Accept, Accept-Encoding");
  const match = c.req.header("if-none-match");
  if (!match) return false;
  return match.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t.replace(/^W\//, "") === etag.replace(/^W\//, "");
  });
}
