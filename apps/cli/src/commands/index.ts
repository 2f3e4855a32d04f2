import type { Command } from "../command.js";

/** Every `news` command, in the order `news --help` lists them. */
export const commands: Command[] = [];
