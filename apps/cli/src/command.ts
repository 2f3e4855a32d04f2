import type { Readable, Writable } from "node:stream";
import { AppError, type AppErrorCode, EXIT_CODES } from "@news/app";

/** What a command may touch: passed in so tests run commands in-process without a real terminal. */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  /** `--debug` was given: print stack traces of unexpected errors. */
  debug?: boolean;
}

export interface Command {
  name: string;
  /** One line for `news --help`. */
  summary: string;
  /** The full `news <name> --help` text. */
  help: string;
  /** Resolves to the process exit code. Throws AppError (or any coded error) for usage and input problems. */
  run(args: string[], io: Io): Promise<number>;
}

/** Exit codes, documented in the README: a script can act on them (one per kind of error, see describeError). */
export const EXIT = {
  ok: 0,
  /** at least one input failed (the others were still processed), or the environment did (disk, network) */
  failed: EXIT_CODES.input,
  /** the command line itself is wrong */
  usage: EXIT_CODES.usage,
  /** an unexpected internal error (a bug: run again with --debug and report it) */
  internal: EXIT_CODES.internal,
} as const;

/**
 * The CLI's name for @news/app's AppError, kept for the commands that still throw it: the exit
 * code follows from the code (describeError), so a third argument is ignored.
 */
export class CliError extends AppError {
  constructor(code: string, message: string, _exitCode?: number) {
    // archive codes pass through here too (toCliError): describeError knows every one of them
    super(code as AppErrorCode, message);
  }
}
