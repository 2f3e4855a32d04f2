import { createRoute, z } from "@hono/zod-openapi";
import { type Archive, ItemSummary, SearchQuery } from "@news/archive";
import { csvLine, itemsToAtom, itemsToJsonFeed, itemsToRss, itemToMarkdown, toJsonLine } from "@news/core";
import type { Context } from "hono";
import { stream } from "hono/streaming";
import type { ApiApp } from "../app.js";
import { bypassesCache, type CachedResponse, cacheKey, type ResponseCache } from "../cache.js";
import { archiveEtag, etagMatches, notModified } from "../etag.js";
import { type Format, MEDIA_TYPES, negotiate } from "../formats.js";
import { requestHeader } from "../headers.js";
import type { ApiEnv } from "../middleware.js";
import { ApiProblem } from "../problem.js";
import { ReadResponder, type ReadRoutes } from "../reads.js";
import { Flag, isOn, problemResponses } from "../schemas.js";
import { ArchiveVersions } from "../versions.js";

export const LIST_FORMATS = [
  "json",
  "ndjson",
  "csv",
  "atom",
  "rss",
  "jsonfeed",
] as const satisfies readonly Format[];
export const ITEM_FORMATS = ["json", "markdown"] as const satisfies readonly Format[];
/** The formats of the cacheable read routes, for the cache's fast path (reads.ts). */
export const READ_ROUTES: ReadRoutes = { list: LIST_FORMATS, item: ITEM_FORMATS };
const SUMMARY_COLUMNS = [
  "id",
  "date",
  "title",
  "site",
  "category",
  "lang",
  "snippet",
  "opening",
  "read",
  "starred",
] as const;

const ItemsQuery = SearchQuery.extend({
  count: Flag.openapi({ description: "1: also count every match (`total`)" }),
  format: z.enum(LIST_FORMATS).optional().openapi({ description: "overrides Accept" }),
});

const ItemList = z
  .object({
    items: z.array(ItemSummary),
    nextCursor: z.string().nullable(),
    total: z.number().int().optional(),
    ranked: z.object({ matches: z.number().int(), since: z.string().nullable() }).optional().openapi({
      description:
        "sort=relevance ranked only the newest `matches` matches (more matched), from `since` on; absent when every match was ranked",
    }),
  })
  .openapi("ItemList");

const FacetCounts = z.array(z.object({ value: z.string(), count: z.number().int() }));
const Facets = z
  .object({
    total: z.number().int(),
    category: FacetCounts,
    site: FacetCounts,
    month: FacetCounts,
    lang: FacetCounts,
  })
  .openapi("Facets");

const feedContent = {
  [MEDIA_TYPES.ndjson]: { schema: z.string().openapi({ description: "one ItemSummary per line" }) },
  [MEDIA_TYPES.csv]: { schema: z.string() },
  [MEDIA_TYPES.atom]: { schema: z.string().openapi({ description: "an Atom feed of the matching items" }) },
  [MEDIA_TYPES.rss]: { schema: z.string().openapi({ description: "an RSS 2.0 feed of the matching items" }) },
  [MEDIA_TYPES.jsonfeed]: {
    schema: z.string().openapi({ description: "a JSON Feed 1.1 of the matching items" }),
  },
};

/**
 * The archive's read routes: search, one item, facets, stats. With a cache, a read answered once
 * is answered again from memory until the archive's version() changes (see ResponseCache).
 */
export function registerRead(
  app: ApiApp,
  archive: Archive,
  cache: ResponseCache | null = null,
  versions: ArchiveVersions = new ArchiveVersions(archive),
  responder: ReadResponder = new ReadResponder({}),
): void {
  /** The archive's version as this request sees it (shared within one turn of the event loop). */
  const versionNow = () => versions.current() ?? versions.read();
  /**
   * The response of a read: from the cache when this version already answered it, else `make`'s
   * (kept for the next time). The ETag was checked before: a 304 never gets here.
   */
  // reads being computed, by version and key: the same read asked again meanwhile (a burst of
  // clients on one feed or one item) waits for that answer instead of running its own query
  const computing = new Map<string, Promise<CachedResponse>>();

  async function cached(
    c: Context<ApiEnv>,
    version: string,
    format: string,
    make: () => Promise<CachedResponse>,
  ): Promise<Response> {
    const etag = archiveEtag(version, c.req.url, format);
    const key = cache && !bypassesCache(c) ? cacheKey(c.req.url, format) : null;
    if (!cache || !key) return responder.send(c, await make(), etag);
    const hit = cache.get(version, key);
    if (hit) return responder.send(c, hit, etag);
    const running = `${version}\n${key}`;
    const first = computing.get(running);
    if (first) {
      try {
        return responder.send(c, await first, etag);
      } catch (error) {
        // the first asker's query stopped because that client went away or timed out: this one
        // runs its own; any other failure (a 404, a bad cursor) is this request's answer too
        if ((error as { code?: string }).code !== "aborted" || c.get("stopped")()) throw error;
        return cached(c, version, format, make);
      }
    }
    const made = make();
    computing.set(running, made);
    try {
      const response = await made;
      cache.set(version, key, response);
      return responder.send(c, response, etag);
    } finally {
      computing.delete(running);
    }
  }

  /** The 304 for a client whose If-None-Match already holds this read's ETag, checked before any query. */
  function unchanged(c: Context<ApiEnv>, version: string, format: string): Response | undefined {
    const etag = archiveEtag(version, c.req.url, format);
    if (etagMatches(requestHeader(c, "if-none-match"), etag)) return responder.notModified(c, etag);
    return undefined;
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/items",
      tags: ["archive"],
      summary: "Search the archive",
      description:
        "The query language of `news search` in `q`, plus filters. Pages on with `cursor` (also in the `Link: rel=next` header). As Atom or RSS, a search is a feed a reader can subscribe to.",
      request: { query: ItemsQuery },
      responses: {
        200: {
          description: "a page of matching items",
          content: { "application/json": { schema: ItemList }, ...feedContent },
        },
        304: { description: "not modified since the ETag given in If-None-Match" },
        ...problemResponses(400, 406, 429, 503),
      },
    }),
    async (c) => {
      const { count, format: formatParam, ...query } = c.req.valid("query");
      const format = negotiate(formatParam, requestHeader(c, "accept"), LIST_FORMATS);
      const version = await versionNow();
      if (format === "ndjson") {
        if (notModified(c, archiveEtag(version, c.req.url, format))) return c.body(null, 304);
        const result = await archive.list(query, { signal: c.get("signal")(), count: isOn(count) });
        if (result.nextCursor) c.header("link", `<${withParam(c, "cursor", result.nextCursor)}>; rel="next"`);
        c.header("content-type", MEDIA_TYPES[format]);
        // streamed: a client reading line by line starts before the last item is serialized
        return stream(c, async (out) => {
          for (const item of result.items) await out.write(toJsonLine(item));
        }) as never;
      }
      const same = unchanged(c, version, format);
      if (same) return same as never;
      return cached(c, version, format, async () => {
        const result = await archive.list(query, { signal: c.get("signal")(), count: isOn(count) });
        const headers: Record<string, string> = {
          "content-type": format === "json" ? "application/json" : MEDIA_TYPES[format],
        };
        if (result.nextCursor) headers.link = `<${withParam(c, "cursor", result.nextCursor)}>; rel="next"`;
        if (format === "json") return { body: JSON.stringify(result), headers };
        if (format === "csv") {
          const lines = [
            csvLine(SUMMARY_COLUMNS),
            ...result.items.map((i) => csvLine(SUMMARY_COLUMNS.map((k) => i[k]))),
          ];
          return { body: lines.join(""), headers };
        }
        const items = await archive.getMany(result.items.map((i) => i.id));
        const feedOptions = {
          title: query.q ? `news: ${query.q}` : "news: latest items",
          link: withParam(c, "format", "json"),
          selfUrl: c.req.url,
          description: "items of a @news archive search",
        };
        const writer = format === "atom" ? itemsToAtom : format === "rss" ? itemsToRss : itemsToJsonFeed;
        return { body: writer(items, feedOptions), headers };
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/items/{id}",
      tags: ["archive"],
      summary: "One stored item",
      description:
        "The whole stored item (spans, enrichment, read/starred flags) with its sightings, as JSON or Markdown.",
      request: {
        params: z.object({
          id: z
            .string()
            .min(1)
            .max(200)
            .openapi({ param: { name: "id", in: "path" } }),
        }),
        query: z.object({
          format: z.enum(ITEM_FORMATS).optional().openapi({ description: "overrides Accept" }),
        }),
      },
      responses: {
        200: {
          description: "the item",
          content: {
            "application/json": {
              schema: z.object({}).passthrough().openapi({ description: "a StoredItem plus `sightings`" }),
            },
            [MEDIA_TYPES.markdown]: { schema: z.string() },
          },
        },
        304: { description: "not modified" },
        ...problemResponses(400, 404, 406),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const format = negotiate(c.req.valid("query").format, requestHeader(c, "accept"), ITEM_FORMATS);
      const version = await versionNow();
      const same = unchanged(c, version, format);
      if (same) return same as never;
      return cached(c, version, format, async () => {
        const item = await archive.get(id);
        if (!item)
          throw new ApiProblem(404, "not-found", `no item with id "${id.slice(0, 200)}" in this archive`);
        if (format === "markdown") {
          return {
            body: itemToMarkdown(item, { headingLevel: 1 }),
            headers: { "content-type": MEDIA_TYPES.markdown },
          };
        }
        const body = JSON.stringify({ ...item, sightings: await archive.sightings(id) });
        return { body, headers: { "content-type": "application/json" } };
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/facets",
      tags: ["archive"],
      summary: "Count matches by category, site, month and language",
      request: { query: SearchQuery.omit({ cursor: true, limit: true, sort: true }) },
      responses: {
        200: { description: "counts", content: { "application/json": { schema: Facets } } },
        304: { description: "not modified" },
        ...problemResponses(400, 503),
      },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const version = await versionNow();
      const same = unchanged(c, version, "json");
      if (same) return same as never;
      return cached(c, version, "json", async () => ({
        body: JSON.stringify(await archive.facets(query, { signal: c.get("signal")() })),
        headers: { "content-type": "application/json" },
      })) as never;
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/stats",
      tags: ["archive"],
      summary: "What the archive holds",
      responses: {
        200: {
          description: "counts and date range (the archive's location is not shown)",
          content: { "application/json": { schema: z.object({}).passthrough() } },
        },
        304: { description: "not modified" },
      },
    }),
    async (c) => {
      if (notModified(c, archiveEtag(await versionNow(), c.req.url, "json"))) return c.body(null, 304);
      // the file path or database URL is the operator's business, not the client's
      const { location: _location, ...stats } = await archive.stats();
      return c.json(stats, 200);
    },
  );
}

/** The request's own URL with one query parameter set: next pages and feed links keep every filter. */
function withParam(c: Context, name: string, value: string): string {
  const url = new URL(c.req.url);
  url.searchParams.set(name, value);
  return url.toString();
}
