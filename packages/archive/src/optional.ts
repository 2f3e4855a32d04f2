import { ArchiveError } from "./errors.js";

/**
 * Loads an engine's client package on first use: `pg` and `better-sqlite3` are optional peer
 * dependencies, so a program that only uses one engine installs only that one. A missing package
 * is an ArchiveError naming what to install, not a module-resolution stack trace.
 *
 * @example
 * const pg = await loadOptional("pg", "PostgreSQL", () => import("pg"));
 */
export async function loadOptional<T>(name: string, engine: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = (error as Error | null)?.message ?? "";
    if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && message.includes(name)) {
      throw new ArchiveError(
        "missing-driver",
        `the ${engine} archive needs the "${name}" package: install it beside @news/archive (npm install ${name})`,
        { cause: error },
      );
    }
    throw error;
  }
}
