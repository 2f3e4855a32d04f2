import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
// only what --version and --help need is loaded up front: each command's code (core, the archive,
// better-sqlite3) is imported when that command runs
import manifest from "../package.json" with { type: "json" };
import type { Io } from "./command.js";
import { commands } from "./commands/index.js";

const { version } = manifest;

// the exit codes of describeError's kinds, for the two cases decided here without loading it
const EXIT_OK = 0;
const EXIT_USAGE = 2;

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "news: turn news pages into validated news items",
    "",
    "Usage: news <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also: news <command> --help)",
    "  -v, --version  print the version",
    "  --debug        print stack traces of unexpected errors",
    "",
    "Exit codes: 0 ok, 1 an input failed, 2 usage error, 70 internal error.",
  ].join("\n");
}

/** Runs the command line; resolves to the exit code and never throws. */
export async function run(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  try {
    if (name === undefined || name === "-h" || name === "--help" || name === "help") {
      io.stdout.write(`${mainHelp()}\n`);
      return name === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (name === "-v" || name === "--version") {
      io.stdout.write(`${version}\n`);
      return EXIT_OK;
    }
    const entry = commands.find((c) => c.name === name);
    if (!entry) {
      io.stderr.write(`news: unknown-command: unknown command "${name}" (see news --help)\n`);
      return EXIT_USAGE;
    }
    const command = await entry.load();
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout.write(`${command.help}\n`);
      return EXIT_OK;
    }
    return await command.run(rest, { ...io, debug });
  } catch (error) {
    return await report(error, io, debug);
  }
}

/** One line for any error, its exit code from the one classification every app shares. */
async function report(error: unknown, io: Io, debug: boolean): Promise<number> {
  const { describeError } = await import("@news/app");
  const described = describeError(error);
  if (described.kind !== "internal") {
    io.stderr.write(`news: ${described.code}: ${described.message}\n`);
    return described.exitCode;
  }
  io.stderr.write(`news: internal: ${described.message}${debug ? "" : " (run with --debug for details)"}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return described.exitCode;
}

/** Whether this file is the program node runs: also through a symlink (npm link, node_modules/.bin). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint() || process.env.NEWS_CLI_MAIN === "1") {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    // a closed pipe (news parse … | head) is not an error
    if (e.code === "EPIPE") process.exit(0);
    // a full disk behind `> file` is the environment's fault, not a bug: a coded line, exit 1
    const code = e.code === "ENOSPC" || e.code === "EDQUOT" ? "disk-full" : "write-failed";
    process.stderr.write(`news: ${code}: stdout: ${e.message}\n`);
    process.exit(1);
  });
  run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}
