import { AppError } from "@news/app";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { DB_HELP, DB_OPTION, openFor, parseCommandArgs, toCliError } from "./search.js";

const help = `Usage: news stats [options]

Show what the archive holds: items, pages, sightings, date range, languages, sites, size.

Options:
  -f, --format FORMAT    text (default) or json (--json is the same as -f json)
  -q, --quiet            accepted by every command; stats prints only its figures anyway
  --check                also run an integrity check (exit 1 when it finds a problem)
${DB_HELP}`;

export const statsCommand: Command = {
  name: "stats",
  summary: "show what the archive holds (and check its integrity)",
  help,
  async run(args, io) {
    const { values } = parseCommandArgs("stats", args, {
      ...DB_OPTION,
      json: { type: "boolean" },
      format: { type: "string", short: "f" },
      quiet: { type: "boolean", short: "q" },
      check: { type: "boolean" },
    });
    const format = values.json ? "json" : (values.format ?? "text");
    if (format !== "json" && format !== "text")
      throw new AppError("bad-option", `unknown format "${format}" (one of text, json)`);
    // read-only, --check too: a read-only archive is checkable, and a 0-byte file is no archive
    const archive = await openFor(values.db, io, true);
    try {
      const stats = await archive.stats();
      const check = values.check ? await archive.check() : null;
      if (format === "json") {
        io.stdout.write(`${JSON.stringify(check ? { ...stats, check } : stats, null, 2)}\n`);
      } else {
        const list = (counts: { value: string; count: number }[]) =>
          counts.map((c) => `${c.value} ${c.count}`).join(", ") || "-";
        const lines = [
          `archive:   ${stats.location} (${stats.engine}, schema ${stats.schemaVersion})`,
          `items:     ${stats.items} (${stats.undated} undated)`,
          `dates:     ${stats.firstDate ?? "-"} .. ${stats.lastDate ?? "-"}`,
          `pages:     ${stats.pages}`,
          `sightings: ${stats.sightings}`,
          `languages: ${list(stats.byLang)}`,
          `sites:     ${list(stats.bySite.slice(0, 10))}`,
          `size:      ${stats.sizeBytes === null ? "-" : `${(stats.sizeBytes / 1024 / 1024).toFixed(1)} MiB`}`,
        ];
        if (check) lines.push(`check:     ${check.ok ? "ok" : check.problems.join("; ")}`);
        io.stdout.write(`${lines.join("\n")}\n`);
      }
      return check && !check.ok ? EXIT.failed : EXIT.ok;
    } catch (error) {
      throw toCliError(error);
    } finally {
      await archive.close();
    }
  },
};
