import { resolve } from "node:path";
import type { Command } from "../command.js";
import { CliError, EXIT } from "../command.js";
import { DB_HELP, DB_OPTION, openFor, parseCommandArgs, toCliError } from "./search.js";

const help = `Usage: news archive backup FILE [options]

Maintain the archive.

  backup FILE            write a consistent copy of a SQLite archive to FILE while it is in use
                         (SQLite's online backup API: ingests and searches go on meanwhile; the
                         copy is checked, then renamed into place). PostgreSQL archives are backed
                         up with pg_dump (see docs/archive.md).

Options:
${DB_HELP}

Exit codes: 0 ok, 1 the archive could not be read or the copy not written, 2 usage error.

Examples:
  news archive backup ~/backups/news-$(date +%F).db`;

export const archiveCommand: Command = {
  name: "archive",
  summary: "maintain the archive (backup)",
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("archive", args, { ...DB_OPTION });
    const [action, ...rest] = positionals;
    if (action !== "backup") {
      throw new CliError(
        "bad-option",
        action === undefined
          ? "say what to do: news archive backup FILE"
          : `unknown action "${action}" (backup)`,
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
