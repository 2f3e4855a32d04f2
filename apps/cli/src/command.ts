import type { Readable, Writable } from "node:stream";

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
  /** Resolves to the process exit code. Throws CliError for usage and input problems. */
  run(args: string[], io: Io): Promise<number>;
}

/** Exit codes, documented in the README: a script can act on them. */
export const EXIT = {
  ok: 0,
  /** at least one input failed (the others were still processed) */
  failed: 1,
  /** the command line itself is wrong */
  usage: 2,
  /** an unexpected internal error (a bug: run again with --debug and report it) */
  internal: 70,
} as const;

/** An error the CLI shows as one line: `news: <code>: <message>`. */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
  }
}
