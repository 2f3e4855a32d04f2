// Test helpers: archives on both engines, a real server on an ephemeral loopback port.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Archive, openArchive } from "@news/archive";
import { type RunningServer, type ServerOptions, startServer } from "./server.js";

const pgUrl = process.env.NEWS_TEST_DATABASE_URL;
if (process.env.CI === "true" && !pgUrl) {
  throw new Error(
    "NEWS_TEST_DATABASE_URL is not set: CI must run the API tests on PostgreSQL too (.ci/postgres.sh start)",
  );
}

/** A fresh, empty archive location per call: a temp SQLite file, or a PostgreSQL schema of our own. */
export const ENGINES: [
  engine: string,
  location: () => { location: string; cleanup: () => Promise<void> | void },
][] = [
  [
    "sqlite",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "news-api-"));
      return {
        location: join(dir, "archive.db"),
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
];
if (pgUrl) {
  ENGINES.push([
    "postgres",
    () => {
      const url = new URL(pgUrl);
      const schema = `api_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      url.searchParams.set("schema", schema);
      return { location: url.toString(), cleanup: () => dropSchema(pgUrl, schema) };
    },
  ]);
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** A server over a new archive; `stop` closes both and removes the archive's files. */
export async function serverFor(
  makeLocation: () => { location: string; cleanup: () => Promise<void> | void },
  options: Omit<ServerOptions, "archive" | "port" | "host"> = {},
): Promise<RunningServer & { stop: () => Promise<void> }> {
  const { location, cleanup } = makeLocation();
  const archive: Archive = await openArchive(location);
  const server = await startServer({ rateLimit: false, ...options, archive, port: 0, host: "127.0.0.1" });
  return {
    ...server,
    stop: async () => {
      await server.close();
      await archive.close();
      await cleanup();
    },
  };
}
