// `news browse` as a person starts it: the whole process (Node's start, loading the CLI, Ink and
// React, opening the archive, the first query, the first frame) in a real terminal (tmux), from
// the command's start to the first list rows on screen. Beside it, the same harness running a bare
// `node -e` that prints one such row: what the harness and Node's own start cost.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const ROW = /^[• ][★ ] \d{4}-\d{2}-\d{2} {2}/m;
const POLL_MS = 5;
const pause = new Int32Array(new SharedArrayBuffer(4));

// a tmux server of the bench's own (its socket, no user config), kept up by an idle session between
// the timed ones: a server that exits with its last session can refuse the next new-session
const SOCKET = ["-L", `news-tui-bench-${process.pid}`, "-f", "/dev/null"];

function tmux(...args: string[]): string {
  return execFileSync("tmux", [...SOCKET, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Milliseconds from starting `command` in a 120×40 tmux window to a list row on its screen. */
function timeToRows(command: string, session: string): number {
  const start = performance.now();
  tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", `${command}; sleep 30`);
  try {
    for (;;) {
      if (ROW.test(tmux("capture-pane", "-p", "-t", session))) return performance.now() - start;
      // polling without a pause would take a core from the process it times
      Atomics.wait(pause, 0, 0, POLL_MS);
      if (performance.now() - start > 20_000) throw new Error(`no list rows after 20 s: ${command}`);
    }
  } finally {
    tmux("kill-session", "-t", session);
  }
}

/**
 * Whole-process first frames of `news browse --db location` (`runs` starts, after one untimed
 * start that warms the file cache), and of the bare-node row; null when tmux or the built CLI is missing.
 */
export function processFirstFrames(
  cli: string,
  location: string,
  runs = 5,
): { browse: number[]; bare: number[] } | null {
  if (!existsSync(cli) || spawnSync("tmux", ["-V"]).status !== 0) return null;
  const session = `news-tui-bench-${process.pid}`;
  const browse = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} browse --db ${JSON.stringify(location)}`;
  const bare = `${JSON.stringify(process.execPath)} -e 'console.log("•  2026-01-01  row")'`;
  tmux("new-session", "-d", "-s", `${session}-keep`, "sleep 3600");
  try {
    timeToRows(browse, session);
    const times = { browse: [] as number[], bare: [] as number[] };
    for (let i = 0; i < runs; i++) {
      times.bare.push(timeToRows(bare, session));
      times.browse.push(timeToRows(browse, session));
    }
    return times;
  } finally {
    tmux("kill-server");
  }
}
