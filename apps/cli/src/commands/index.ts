import type { Command } from "../command.js";
import { parseCommand } from "./parse.js";

/** Every `news` command, in the order `news --help` lists them. */
export const commands: Command[] = [parseCommand];
