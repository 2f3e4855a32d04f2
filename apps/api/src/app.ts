import { OpenAPIHono } from "@hono/zod-openapi";
import type { Archive } from "@news/archive";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { cors } from "hono/cors";
import { ResponseCache } from "./cache.js";
import { securityHeaders } from "./headers.js";
import { type ApiEnv, accessLog, deadline, rateLimit, responseDefaults } from "./middleware.js";
import { type ApiOptions, DEFAULTS } from "./options.js";
import { ApiProblem, invalidRequest, problemBody, problemResponse, toProblem } from "./problem.js";
import { cachedReads, ReadResponder } from "./reads.js";
import { registerIngest } from "./routes/ingest.js";
import { registerMeta } from "./routes/meta.js";
import { registerParse } from "./routes/parse.js";
import { READ_ROUTES, registerRead } from "./routes/read.js";
import { ArchiveVersions } from "./versions.js";

export type ApiApp = OpenAPIHono<ApiEnv>;

/**
 * The @news HTTP API as a Hono app over an open archive: mount it in your own server, or run it
 * with `startServer`. The archive stays yours to close.
 *
 * @example
 * import { serve } from "@hono/node-server";
 * import { openArchive } from "@news/archive";
 * import { createApp } from "@news/api";
 * const archive = await openArchive("news.db");
 * serve({ fetch: createApp(archive, { apiKey: process.env.NEWS_API_KEY }).fetch, port: 8080 });
 */
export function createApp(archive: Archive, options: ApiOptions = {}): ApiApp {
  const logError =
    options.logError ??
    ((error: unknown, id: string) => console.error(`[${id}]`, error instanceof Error ? error.stack : error));
  const app: ApiApp = new OpenAPIHono<ApiEnv>({
    // every validation failure of the declared schemas: 400 problem+json naming each parameter
    defaultHook: (result, c) => {
      if (!result.success)
        return problemResponse(invalidRequest(result.target, result.error.issues, c.get("requestId")));
    },
  });

  // one middleware for the request id and the headers every response carries (security headers
  // as one precomputed table): each middleware is an async frame on every request
  const security = securityHeaders(options.corsOrigins !== undefined);
  app.use(responseDefaults(security));
  if (options.accessLog) app.use(accessLog(options.accessLog));
  if (options.corsOrigins) {
    app.use(
      cors({
        origin: options.corsOrigins,
        allowHeaders: ["Authorization", "Content-Type", "If-None-Match"],
        exposeHeaders: ["ETag", "Link", "Retry-After", "X-Request-Id"],
        maxAge: 600,
      }),
    );
  }
  const limit = options.rateLimit === undefined ? DEFAULTS.rateLimit : options.rateLimit;
  if (limit) app.use(rateLimit(limit));
  // the version() the reads and their ETags use: once per event-loop turn, dropped on our own writes
  const versions = new ArchiveVersions(archive);
  const cache = options.responseCache === false ? null : new ResponseCache(options.responseCache);
  const responder = new ReadResponder(security);
  // a read the cache holds is answered here, before routing and validation (see cachedReads)
  if (cache) app.use(cachedReads(cache, versions, responder, READ_ROUTES));
  app.use(deadline(options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      // the rest of the body is not read: the connection cannot carry another request
      throw new ApiProblem(
        413,
        "body-too-large",
        `the request body is over the limit of ${maxBodyBytes} bytes`,
        {
          headers: { connection: "close" },
        },
      );
    },
  });
  // a GET or HEAD has no body to limit, and asking the request for one (`c.req.raw.body`) makes
  // @hono/node-server build a whole fetch Request: about 40% of the server CPU of a cached read
  app.use((c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next)));
  // the reads compress their own bodies (once per cached entry, none under 1 KB): compress() is for the rest
  const compressRest = compress();
  const noop = async () => {};
  app.use(async (c, next) => {
    await next();
    if (!c.get("complete")) await compressRest(c, noop);
  });

  registerMeta(app, archive, options);
  registerRead(app, archive, cache, versions, responder);
  registerParse(app, { allowFetch: options.allowFetch ?? false, maxBytes: maxBodyBytes });
  registerIngest(app, archive, {
    apiKey: options.apiKey,
    maxBytes: maxBodyBytes,
    onWrite: () => versions.invalidate(),
  });

  app.notFound((c) =>
    problemResponse(
      problemBody(404, "not-found", `no route ${c.req.method} ${c.req.path}`, c.get("requestId")),
    ),
  );
  app.onError((thrown, c) => {
    // past its deadline a request is answered 503 `timeout`: the stopped query's own error,
    // arriving before or after that answer, gets the same answer rather than replacing it
    const error = c.get("timedOut") ?? thrown;
    const id = c.get("requestId") ?? "-";
    const { problem, internal, headers } = toProblem(error, id);
    // after a timeout or a client that went away, the stopped query's own error is expected noise
    if (internal && !c.get("stopped")?.()) logError(error, id);
    return problemResponse(problem, headers);
  });
  return app;
}
