import { resolve } from "node:path";
import { copyArchive, isPostgresUrl, redact } from "@news/archive";
import type { Command, Io } from "../command.js";
import { CliError, EXIT } from "../command.js";
import { DB_HELP, DB_OPTION, openFor, parseCommandArgs, toCliError } from "./search.js";

const help = `Usage: news archive backup FILE [--db A]
       news archive copy --from A --to B

Maintain and move the archive.

  backup FILE            write a consistent copy of a SQLite archive to FILE while it is in use
                         (SQLite's online backup API: ingests and searches go on meanwhile; the
                         copy is checked, then renamed into place). PostgreSQL archives are backed
                         up with pg_dump (see docs/archive.md).
  copy --from A --to B   move an archive between engines (a SQLite file, a postgres:// URL), keeping
                         every item, sighting, page and read/starred flag. Streaming; resumable (run
                         it again after an interruption, it continues); verified at the end (counts
                         and a checksum of every item equal on both sides).

Options:
${DB_HELP}

Exit codes: 0 ok, 1 the archive could not be read or the copy not written, 2 usage error.

Examples:
  news archive backup ~/backups/news-$(date +%F).db
  news archive copy --from ~/.local/share/news/archive.db --to postgres://news@db.example/news`;

export const archiveCommand: Command = {
  name: "archive",
  summary: "maintain and move the archive (backup, copy between engines)",
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("archive", args, {
      ...DB_OPTION,
      from: { type: "string" },
      to: { type: "string" },
    });
    const [action, ...rest] = positionals;
    if (action === "copy") return copy(values.from, values.to, rest, io);
    if (action !== "backup") {
      throw new CliError(
        "bad-option",
        action === undefined
          ? "say what to do: news archive backup FILE, or news archive copy --from A --to B"
          : `unknown action "${action}" (backup, copy)`,
        EXIT.usage,
      );
    }
    if (rest.length !== 1) throw new CliError("bad-option", "backup takes one FILE to write", EXIT.usage);
    const destination = resolve(io.cwd, rest[0] as string);
    const archive = await openFor(values.db, io, true);
    try {
      const { items, bytes } = await archive.backup(destination);
      io.stderr.write(
        `backed up ${items} ${items === 1 ? "item" : "items"} to ${destination} (${(bytes / 1024 / 1024).toFixed(1)} MiB)\n`,
      );
      return EXIT.ok;
    } catch (error) {
      throw toCliError(error);
    } finally {
      await archive.close();
    }
  },
};

async function copy(
  from: string | undefined,
  to: string | undefined,
  rest: string[],
  io: Io,
): Promise<number> {
  if (!from || !to || rest.length > 0) {
    throw new CliError(
      "bad-option",
      "copy takes --from A --to B (a SQLite file or a postgres:// URL each)",
      EXIT.usage,
    );
  }
  const where = (location: string) => (isPostgresUrl(location) ? location : resolve(io.cwd, location));
  const tty = Boolean(io.stderr.isTTY);
  try {
    const result = await copyArchive(where(from), where(to), {
      onProgress: ({ items, total }) => {
        if (tty) io.stderr.write(`\rcopying: ${items} of ${total} items`);
      },
    });
    if (tty) io.stderr.write("\n");
    io.stderr.write(
      `copied ${plural(result.items, "item")}, ${plural(result.sightings, "sighting")}, ${plural(result.pages, "page")} to ${redact(to)}${
        result.resumed > 0 ? ` (resumed after ${plural(result.resumed, "item")})` : ""
      }; verified: checksum ${result.checksum.slice(0, 16)}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    throw toCliError(error);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
