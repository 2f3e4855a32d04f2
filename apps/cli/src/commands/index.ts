import type { Command } from "../command.js";
import { browseCommand } from "./browse.js";
import { exportCommand } from "./export.js";
import { ingestCommand } from "./ingest.js";
import { parseCommand } from "./parse.js";
import { searchCommand } from "./search.js";
import { statsCommand } from "./stats.js";

/** Every `news` command, in the order `news --help` lists them. */
export const commands: Command[] = [
  parseCommand,
  ingestCommand,
  searchCommand,
  exportCommand,
  statsCommand,
  browseCommand,
];
