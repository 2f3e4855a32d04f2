import pg from "pg";

/**
 * The PostgreSQL test database (`NEWS_TEST_DATABASE_URL`, see .ci/postgres.sh), with a fresh
 * schema per archive and their removal. Without a database the tests are reported as skipped,
 * never left unregistered; CI must give one.
 */
export const pgUrl = process.env.NEWS_TEST_DATABASE_URL;
export const pgSkip = pgUrl ? false : "NEWS_TEST_DATABASE_URL is not set (.ci/postgres.sh start)";

if (process.env.CI === "true" && !pgUrl) {
  throw new Error(
    "NEWS_TEST_DATABASE_URL is not set: CI must run the PostgreSQL contract tests (.ci/postgres.sh start)",
  );
}

const schemas: string[] = [];

/** A URL of the test database with a schema of its own. */
export function freshSchemaUrl(prefix = "t"): string {
  const u = new URL(pgUrl ?? "postgres://localhost/none");
  const schema = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  schemas.push(schema);
  u.searchParams.set("schema", schema);
  return u.toString();
}

export async function dropSchemas(): Promise<void> {
  if (!pgUrl || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  for (const s of schemas.splice(0)) await client.query(`drop schema if exists ${s} cascade`);
  await client.end();
}
