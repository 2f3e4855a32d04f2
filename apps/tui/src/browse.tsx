import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { render } from "ink";
import { App, type Effects } from "./app.js";
import { loadKeymap } from "./keys.js";
import type { BrowseQuery, BrowseSource } from "./source.js";
import { ColorContext } from "./theme.js";

export interface BrowseOptions {
  /** The search and filters to open with (as `news search` takes them). */
  query?: BrowseQuery;
  stdin?: Readable & { isTTY?: boolean };
  stdout?: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  stderr?: Writable;
  /** Reads NO_COLOR, BROWSER, XDG_CONFIG_HOME/HOME (keys.json). */
  env?: Record<string, string | undefined>;
  /** Where exports are written. */
  cwd?: string;
  /** How often to look for new items (ms); 0 turns it off. */
  pollMs?: number;
}

/** Why the browser did not start: a code and one sentence (the CLI prints them on one line). */
export class BrowseError extends Error {
  override readonly name = "BrowseError";
  constructor(
    readonly code: "not-a-terminal" | "bad-keys",
    message: string,
  ) {
    super(message);
  }
}

// the alternate screen: the browser draws on its own page and the shell's scrollback comes back intact
const ENTER_SCREEN = "\x1b[?1049h\x1b[H";
const LEAVE_SCREEN = "\x1b[?1049l";

/**
 * Opens the full-screen browser on an archive and resolves when the user quits. Pass the archive,
 * or a function that opens it (then a missing or locked archive shows as a screen with a retry).
 * Throws a BrowseError when stdin or stdout is not a terminal or keys.json is wrong.
 *
 * @example
 * import { openArchive } from "@news/archive";
 * import { browse } from "@news/tui";
 * await browse(await openArchive("news.db", { readonly: true }), { query: { q: "geneva" } });
 */
export async function browse(
  archive: BrowseSource | (() => Promise<BrowseSource>),
  options: BrowseOptions = {},
): Promise<void> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const env = options.env ?? process.env;
  if (!stdin.isTTY || !stdout.isTTY) {
    throw new BrowseError(
      "not-a-terminal",
      "news browse needs a terminal for its input and output; from a script or a pipe use news search <query>",
    );
  }
  let keymap: Awaited<ReturnType<typeof loadKeymap>>;
  try {
    keymap = await loadKeymap(env);
  } catch (error) {
    throw new BrowseError("bad-keys", (error as Error).message);
  }
  const color = !env.NO_COLOR;
  const cwd = options.cwd ?? process.cwd();
  const effects: Effects = {
    async openUrl(url) {
      const browser = env.BROWSER?.split(":")[0]?.trim();
      if (!browser) return `set $BROWSER to open links; the URL: ${url}`;
      const [command, ...args] = browser.split(/\s+/);
      const withUrl = args.some((a) => a.includes("%s"))
        ? args.map((a) => a.replace("%s", url))
        : [...args, url];
      await new Promise<void>((resolve, reject) => {
        const child = spawn(command!, withUrl, { detached: true, stdio: "ignore" });
        child.once("error", reject);
        child.once("spawn", () => {
          child.unref();
          resolve();
        });
      });
      return `opened with ${command}`;
    },
    copy(text) {
      // OSC 52: the terminal puts it on the clipboard, over ssh and in tmux (set-clipboard on) too
      stdout.write(`\x1b]52;c;${Buffer.from(text, "utf8").toString("base64")}\x07`);
      return "copied the URL";
    },
    async save(name, content) {
      const path = join(cwd, name);
      await writeFile(path, content, { flag: "wx" });
      return path;
    },
  };

  const leave = () => stdout.write(LEAVE_SCREEN);
  stdout.write(ENTER_SCREEN);
  // a crash or a signal still gives the terminal its screen back
  process.once("exit", leave);
  try {
    const instance = render(
      <ColorContext.Provider value={color}>
        <App open={archive} keymap={keymap} query={options.query} effects={effects} pollMs={options.pollMs} />
      </ColorContext.Provider>,
      {
        stdin: stdin as NodeJS.ReadStream,
        stdout: stdout as NodeJS.WriteStream,
        stderr: (options.stderr ?? process.stderr) as NodeJS.WriteStream,
        exitOnCtrlC: false,
        maxFps: 60,
        incrementalRendering: false,
      },
    );
    await instance.waitUntilExit();
  } finally {
    process.off("exit", leave);
    leave();
  }
}
