import { AppError, describeError } from "@news/app";
import { type Command, EXIT, type Io } from "./command.js";
import { commands } from "./commands/index.js";

const version = "0.1.0";

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
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === "-v" || name === "--version") {
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    const command: Command | undefined = commands.find((c) => c.name === name);
    if (!command) throw new AppError("unknown-command", `unknown command "${name}" (see news --help)`);
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(rest, { ...io, debug });
  } catch (error) {
    return report(error, io, debug);
  }
}

/** One line for any error, its exit code from the one classification every app shares. */
function report(error: unknown, io: Io, debug: boolean): number {
  const described = describeError(error);
  if (described.kind !== "internal") {
    io.stderr.write(`news: ${described.code}: ${described.message}\n`);
    return described.exitCode;
  }
  io.stderr.write(`news: internal: ${described.message}${debug ? "" : " (run with --debug for details)"}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return described.exitCode;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain || process.env.NEWS_CLI_MAIN === "1") {
  // a closed pipe (news parse … | head) is not an error
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
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
