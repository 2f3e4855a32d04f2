/**
 * @news/api: the HTTP endpoint over a @news archive (Hono). `createApp` gives the Hono app to
 * mount in your own server; `startServer` runs it on Node; `serveCommand` is `news serve`.
 *
 * @example
 * import { openArchive } from "@news/archive";
 * import { startServer } from "@news/api";
 * const server = await startServer({ archive: await openArchive("news.db"), port: 8080 });
 */
export { type ApiApp, createApp } from "./app.js";
export { SERVE_HELP, type ServeIo, ServeUsageError, serveCommand } from "./cli.js";
export { negotiate } from "./formats.js";
export type { AccessRecord, RateLimitOptions } from "./middleware.js";
export { type ApiOptions, DEFAULTS } from "./options.js";
export { ApiProblem, Problem, problemBody } from "./problem.js";
export { type RunningServer, type ServerOptions, startServer } from "./server.js";
