import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Where the archive lives: an explicit `--db` value, else `NEWS_DATABASE_URL` (PostgreSQL), else
 * `NEWS_DB`, else `$XDG_DATA_HOME/news/archive.db` (`~/.local/share/news/archive.db`).
 *
 * @example
 * resolveLocation(undefined, { NEWS_DB: "/tmp/a.db" }); // "/tmp/a.db"
 */
export function resolveLocation(flag: string | undefined, env: Record<string, string | undefined>): string {
  if (flag) return flag;
  if (env.NEWS_DATABASE_URL) return env.NEWS_DATABASE_URL;
  if (env.NEWS_DB) return env.NEWS_DB;
  const data = env.XDG_DATA_HOME || join(env.HOME || homedir(), ".local", "share");
  return join(data, "news", "archive.db");
}

/** Whether a location names a PostgreSQL database rather than a file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A URL with its password hidden, fit for messages and `stats`. */
export function redact(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}
