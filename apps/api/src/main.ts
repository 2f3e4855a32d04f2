#!/usr/bin/env node
// `node apps/api/dist/main.js [--port --host --db --allow-fetch]`: the API on its own, as `news serve`.
import { SERVE_HELP, ServeUsageError, serveCommand } from "./cli.js";

const args = process.argv.slice(2);
if (args.includes("-h") || args.includes("--help")) {
  process.stdout.write(`${SERVE_HELP}\n`);
} else {
  serveCommand(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const code = error instanceof ServeUsageError ? 2 : 1;
      const known = typeof error === "object" && error !== null && "code" in error;
      process.stderr.write(
        `news: ${known ? `${(error as { code: string }).code}: ` : ""}${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = code;
    },
  );
}
