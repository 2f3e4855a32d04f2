import { useEffect, useState } from "react";

/** What the browser shows for an error: its code, the sentence, and whether the query was at fault. */
export interface Shown {
  code: string;
  message: string;
  /** The user's query or filter was wrong (edit it), rather than the archive or the machine. */
  usage: boolean;
}

/**
 * Any thrown value as a code and one readable sentence, classified once by @news/app's
 * describeError. Loaded when the first error shows: @news/app brings the parsers along, and the
 * browser should not wait for them to start.
 */
export async function explain(error: unknown): Promise<Shown> {
  const { describeError } = await import("@news/app");
  const { code, message, kind } = describeError(error);
  return { code, message, usage: kind === "usage" };
}

/** An error as shown, once explained (null while there is none, or while it is being explained). */
export function useShown(error: unknown): Shown | null {
  const [shown, setShown] = useState<{ error: unknown; shown: Shown } | null>(null);
  useEffect(() => {
    if (!error) return;
    let live = true;
    explain(error).then((s) => {
      if (live) setShown({ error, shown: s });
    });
    return () => {
      live = false;
    };
  }, [error]);
  return error && shown?.error === error ? shown.shown : null;
}

/**
 * What to tell someone whose archive could not be opened or read, by error code: the screen's
 * title and what to do about it (the codes are @news/archive's).
 */
export const ARCHIVE_HELP: Record<string, { title: string; hint: string[] }> = {
  "no-archive": {
    title: "There is no archive here yet",
    hint: [
      "Ingest some pages first, then browse them:",
      "  news ingest <files|dirs|URLs> [--db PATH]",
      "  news browse [--db PATH]",
    ],
  },
  busy: {
    title: "The archive is locked by another process (an ingest?)",
    hint: ["Wait for it to finish, then press r to try again."],
  },
  "not-an-archive": {
    title: "This file is not a news archive",
    hint: ["Check the --db path (or $NEWS_DB): it should be a file written by news ingest."],
  },
  "foreign-database": {
    title: "This database belongs to something else",
    hint: ["Check the --db path (or $NEWS_DB, $NEWS_DATABASE_URL)."],
  },
  "newer-schema": {
    title: "This archive was written by a newer version of news",
    hint: ["Upgrade news to browse it; it was left untouched."],
  },
  "corrupt-archive": {
    title: "The archive is damaged",
    hint: ["Run news stats to see what can be read; re-ingest the pages into a new archive."],
  },
  "missing-driver": {
    title: "The database engine's package is not installed",
    hint: ["Install the package the message names (better-sqlite3 or pg) beside news."],
  },
  "connection-failed": {
    title: "The database could not be reached",
    hint: ["Check $NEWS_DATABASE_URL and that PostgreSQL is running, then press r to try again."],
  },
};
