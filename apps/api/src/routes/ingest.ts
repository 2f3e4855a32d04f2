import { timingSafeEqual } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
import { describeError, ingestSources } from "@news/app";
import type { Archive } from "@news/archive";
import type { ApiApp } from "../app.js";
import { ApiProblem } from "../problem.js";
import { mediaTypeOf, PAGE_TYPES, problemResponses } from "../schemas.js";

// what an ingest body may be: a page (as /v1/parse takes it) or NewsPage JSON / NDJSON
const INGEST_TYPES = [...PAGE_TYPES, "application/json", "application/x-ndjson", "application/ndjson"];

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // compare in constant time so the key cannot be guessed byte by byte from response times
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `POST /v1/ingest`: store pages, behind the API key. */
export function registerIngest(
  app: ApiApp,
  archive: Archive,
  options: { apiKey?: string; maxBytes: number; onWrite?: () => void },
): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/ingest",
      tags: ["archive"],
      summary: "Store pages in the archive",
      description:
        "The body is a page (as for /v1/parse) or NewsPage JSON / NDJSON (what `news parse` writes). Needs `Authorization: Bearer $NEWS_API_KEY`; a server started without a key refuses every write.",
      security: [{ bearer: [] }],
      request: {
        body: {
          required: true,
          content: {
            "text/html": { schema: z.string() },
            "text/plain": { schema: z.string() },
            "application/x-ndjson": { schema: z.string().openapi({ description: "one NewsPage per line" }) },
          },
        },
      },
      responses: {
        200: {
          description: "what was stored",
          content: { "application/json": { schema: z.object({}).passthrough() } },
        },
        ...problemResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      if (!options.apiKey) {
        throw new ApiProblem(
          403,
          "writes-disabled",
          "this server takes no writes: start it with NEWS_API_KEY set",
        );
      }
      const auth = c.req.header("authorization") ?? "";
      const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
      if (!given || !sameKey(given, options.apiKey)) {
        throw new ApiProblem(401, "unauthorized", "send the API key as Authorization: Bearer <key>", {
          headers: { "www-authenticate": 'Bearer realm="news"' },
        });
      }
      const contentType = c.req.header("content-type") ?? "";
      const type = mediaTypeOf(contentType);
      if (!INGEST_TYPES.some((t) => type.startsWith(t))) {
        throw new ApiProblem(
          415,
          "unsupported-media-type",
          `send a page, NewsPage JSON or NDJSON; not ${type.slice(0, 80) || "a body without Content-Type"}`,
        );
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) throw new ApiProblem(400, "empty-body", "nothing to ingest: the body is empty");
      let summary: Awaited<ReturnType<typeof ingestSources>>;
      try {
        summary = await ingestSources(
          archive,
          [{ name: `request:${c.get("requestId")}`, bytes, contentType }],
          {
            signal: c.get("signal")(),
            maxBytes: options.maxBytes,
          },
        );
      } finally {
        // stored or not, the next read asks the archive for its version again
        options.onWrite?.();
      }
      const failed = summary.errors[0];
      // one body is one input: when it failed, nothing was stored and the request failed with its code
      if (failed) {
        const described = describeError({ code: failed.code, message: failed.message });
        if (described.kind === "internal")
          throw new Error(`ingest of the request body: ${failed.code}: ${failed.message}`);
        throw new ApiProblem(described.httpStatus, described.code, described.message);
      }
      return c.json(summary, 200);
    },
  );
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
}
