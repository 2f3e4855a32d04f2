import type { Command } from "../command.js";

/** A command as `news --help` lists it; its code is loaded only when it runs (fast start). */
export interface CommandEntry {
  name: string;
  /** One line for `news --help` (the same as the command's own `summary`). */
  summary: string;
  load(): Promise<Command>;
}

/** Every `news` command, in the order `news --help` lists them. */
export const commands: CommandEntry[] = [
  {
    name: "parse",
    summary: "parse news pages into NewsPage JSON, NDJSON, Markdown, text or CSV",
    load: async () => (await import("./parse.js")).parseCommand,
  },
  {
    name: "ingest",
    summary: "parse pages (files, directories, globs, URLs) and store their items in the archive",
    load: async () => (await import("./ingest.js")).ingestCommand,
  },
  {
    name: "search",
    summary: "search the archive (phrases, AND/OR/NOT, prefixes, filters, facets)",
    load: async () => (await import("./search.js")).searchCommand,
  },
  {
    name: "export",
    summary: "export archived items as JSON, NDJSON, CSV, Markdown, RSS or Atom",
    load: async () => (await import("./export.js")).exportCommand,
  },
  {
    name: "stats",
    summary: "show what the archive holds (and check its integrity)",
    load: async () => (await import("./stats.js")).statsCommand,
  },
  {
    name: "archive",
    summary: "maintain and move the archive (backup, copy between engines)",
    load: async () => (await import("./archive.js")).archiveCommand,
  },
  {
    name: "serve",
    summary: "serve the archive over HTTP (search, items, feeds, parse; docs at /docs)",
    load: async () => (await import("./serve.js")).serveCommand,
  },
  {
    name: "browse",
    summary: "browse the archive in the terminal (list, reading view, search, filters)",
    load: async () => (await import("./browse.js")).browseCommand,
  },
];
