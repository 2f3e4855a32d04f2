import { createRoute, z } from "@hono/zod-openapi";
import { describeError } from "@news/app";
import type { Archive } from "@news/archive";
import type { ApiApp } from "../app.js";
import { DOCS_CSS, DOCS_HTML, DOCS_JS } from "../docs/assets.js";
import type { ApiOptions } from "../options.js";
import { ApiProblem } from "../problem.js";
import { problemResponses } from "../schemas.js";

/** Health, version, the OpenAPI description and the docs page that reads it. */
export function registerMeta(app: ApiApp, archive: Archive, options: ApiOptions): void {
  const version = options.version ?? "0.0.0";
  app.openapi(
    createRoute({
      method: "get",
      path: "/healthz",
      tags: ["service"],
      summary: "Whether the archive answers",
      responses: {
        200: {
          description: "ok",
          content: {
            "application/json": { schema: z.object({ status: z.literal("ok"), engine: z.string() }) },
          },
        },
        ...problemResponses(503),
      },
    }),
    async (c) => {
      try {
        await archive.version();
      } catch (error) {
        throw new ApiProblem(
          503,
          "archive-unavailable",
          `the archive does not answer (${describeError(error).code})`,
        );
      }
      c.header("cache-control", "no-store");
      return c.json({ status: "ok" as const, engine: archive.engine }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/version",
      tags: ["service"],
      summary: "The API's version and the archive's",
      responses: {
        200: {
          description: "versions",
          content: {
            "application/json": {
              schema: z.object({ api: z.string(), engine: z.string(), archiveVersion: z.string() }),
            },
          },
        },
      },
    }),
    async (c) =>
      c.json({ api: version, engine: archive.engine, archiveVersion: await archive.version() }, 200),
  );
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "@news API",
      version,
      description:
        "Search, read and parse news pages. Errors are RFC 9457 problem+json with a stable `code`.",
    },
  });
  const asset = (body: string, type: string) => () =>
    new Response(body, { headers: { "content-type": type, "cache-control": "public, max-age=300" } });
  app.get("/docs", asset(DOCS_HTML, "text/html; charset=utf-8"));
  app.get("/docs/app.js", asset(DOCS_JS, "text/javascript; charset=utf-8"));
  app.get("/docs/style.css", asset(DOCS_CSS, "text/css; charset=utf-8"));
}
