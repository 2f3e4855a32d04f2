import { type ParseArgsConfig, parseArgs } from "node:util";
import { isPostgresUrl, redact, resolveLocation } from "@news/archive";
import type { AccessRecord } from "./middleware.js";
import { startServer } from "./server.js";

export { SERVE_HELP } from "./help.js";

/** What the command needs from its process: passed in so it runs in tests and inside the CLI. */
export interface ServeIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  cwd?: string;
}

/** A command-line mistake: the CLI prints it as one line and exits 2. */
export class ServeUsageError extends Error {
  override readonly name = "ServeUsageError";
  readonly code = "bad-option";
}

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  db: { type: "string" },
  "allow-fetch": { type: "boolean" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/**
 * `news serve`: starts the server and resolves with the exit code once it has stopped on SIGTERM
 * or SIGINT. Throws ServeUsageError for bad arguments, and archive errors as they are.
 *
 * @example
 * process.exitCode = await serveCommand(process.argv.slice(2), process);
 */
export async function serveCommand(args: string[], io: ServeIo): Promise<number> {
  let values: { port?: string; host?: string; db?: string; "allow-fetch"?: boolean };
  try {
    values = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ServeUsageError(
      `${error instanceof Error ? error.message.split(". ")[0] : error} (see news serve --help)`,
    );
  }
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ServeUsageError(`--port: a whole number from 0 to 65535, not "${values.port}"`);
  }
  const rate = io.env.NEWS_API_RATE_LIMIT === undefined ? 600 : Number(io.env.NEWS_API_RATE_LIMIT);
  if (!Number.isInteger(rate) || rate < 0) {
    throw new ServeUsageError(
      `NEWS_API_RATE_LIMIT: a whole number of requests per minute, not "${io.env.NEWS_API_RATE_LIMIT}"`,
    );
  }
  const readers = io.env.NEWS_API_READERS === undefined ? 2 : Number(io.env.NEWS_API_READERS);
  if (!Number.isInteger(readers) || readers < 0 || readers > 64) {
    throw new ServeUsageError(
      `NEWS_API_READERS: a whole number of reader threads from 0 to 64, not "${io.env.NEWS_API_READERS}"`,
    );
  }
  const cors = io.env.NEWS_API_CORS?.trim();
  let location = resolveLocation(values.db, io.env);
  if (!isPostgresUrl(location) && io.cwd) location = (await import("node:path")).resolve(io.cwd, location);
  const server = await startServer({
    archive: location,
    port,
    host: values.host ?? "127.0.0.1",
    allowFetch: values["allow-fetch"] === true,
    readers,
    apiKey: io.env.NEWS_API_KEY || undefined,
    corsOrigins: cors ? (cors === "*" ? "*" : cors.split(",").map((o) => o.trim())) : undefined,
    rateLimit: rate === 0 ? false : { limit: rate, windowMs: 60_000 },
    responseCache: io.env.NEWS_API_CACHE === "0" ? false : undefined,
    accessLog:
      io.env.NEWS_API_ACCESS_LOG === "0"
        ? undefined
        : (record: AccessRecord) => io.stdout.write(`${JSON.stringify(record)}\n`),
    logError: (error, id) =>
      io.stderr.write(
        `news: internal error in request ${id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      ),
  });
  io.stderr.write(
    `news: serving ${redact(location)} on ${server.url} (docs: ${server.url}/docs; writes ${io.env.NEWS_API_KEY ? "on" : "off"})\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      io.stderr.write(`news: ${signal}: finishing in-flight requests\n`);
      process.off("SIGTERM", onTerm);
      process.off("SIGINT", onInt);
      server.close().then(resolve, resolve);
    };
    const onTerm = () => stop("SIGTERM");
    const onInt = () => stop("SIGINT");
    process.once("SIGTERM", onTerm);
    process.once("SIGINT", onInt);
  });
  return 0;
}
