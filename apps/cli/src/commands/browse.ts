import { resolve } from "node:path";
import { withReadPool } from "@news/app";
import { type Archive, isPostgresUrl, openArchive, resolveLocation } from "@news/archive";
import { CliError, type Command, EXIT } from "../command.js";
import { DB_HELP, DB_OPTION, FILTER_HELP, FILTER_OPTIONS, filtersOf, parseCommandArgs } from "./search.js";

const help = `Usage: news browse [query] [options]

Browse the archive full-screen in the terminal: the items newest first under day headings, the
reading view, search as you type (/), filters (f), help (?). The query and options open the
browser on a search, as news search takes them.

Options:
${FILTER_HELP}
${DB_HELP}

Keys can be remapped in $XDG_CONFIG_HOME/news/keys.json (~/.config/news/keys.json), e.g.
  { "down": ["j", "down", "ctrl+n"], "quit": "x" }
NO_COLOR turns colours off; $BROWSER opens links (o).

Needs a terminal: from a script or a pipe, use news search.`;

/** Reader threads of `news browse` on SQLite. */
const BROWSE_READERS = 2;

export const browseCommand: Command = {
  name: "browse",
  summary: "browse the archive in the terminal (list, reading view, search, filters)",
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("browse", args, { ...DB_OPTION, ...FILTER_OPTIONS });
    const query = { ...filtersOf(values), ...(positionals.length > 0 ? { q: positionals.join(" ") } : {}) };
    // Ink and React load only when the browser runs: every other command starts without them;
    // React's production build (its development build takes several times longer per frame)
    process.env.NODE_ENV ??= "production";
    const { browse } = await import("@news/tui");
    let archive: Archive | null = null;
    try {
      // opened inside the browser, so that a missing or locked archive is a screen with a retry
      await browse(
        async () => {
          await archive?.close();
          const given = resolveLocation(values.db, io.env);
          const location = isPostgresUrl(given) ? given : resolve(io.cwd, given);
          // read-only first: a missing file is "no archive yet", not a new empty one; then for
          // writing, since read and starred marks are kept in the archive
          const reader = await openArchive(location, { readonly: true });
          try {
            archive = await openArchive(location);
            await reader.close();
          } catch (error) {
            // a file or connection that can only be read: browse it, without saving marks
            if ((error as { code?: unknown }).code !== "read-only") {
              await reader.close();
              throw error;
            }
            archive = reader;
          }
          // SQLite answers on the thread that asks: the browser's slow reads (the count of a list,
          // pages fetched ahead, searches) run on reader threads so that keys are never held by
          // them; two, so that a count or a stale search still running leaves one free
          if (archive.engine === "sqlite") archive = withReadPool(archive, location, BROWSE_READERS);
          return archive;
        },
        { query, stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, env: io.env, cwd: io.cwd },
      );
      return EXIT.ok;
    } catch (error) {
      if ((error as { name?: unknown }).name === "BrowseError") {
        const { code, message } = error as { code: string; message: string };
        throw new CliError(code, message, EXIT.usage);
      }
      throw error;
    } finally {
      await (archive as Archive | null)?.close();
    }
  },
};
