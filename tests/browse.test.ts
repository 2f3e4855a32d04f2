import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `news browse` as a person runs it: the built command in a real terminal (tmux), driven by keys
const root = fileURLToPath(new URL("..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");
// real pages: the seed, walz.house.gov press releases (as in examples/), and dfa66.com company
// announcements in Chinese (shared corpus listing 103, from Gerapy/GerapyAutoExtractor
// samples/list/dfa66_announcement.html) for wide characters in the list
// the seed and the walz.house.gov listing are the bundled examples; the Chinese page is ours
const pages = [join(root, "examples"), join(root, "tests/fixtures/browse")];
const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
if (!hasTmux && process.env.CI)
  throw new Error("tmux is missing: .ci/run installs it (apt-get install tmux)");

const socket = `news-e2e-${process.pid}`;
const tmux = (...args: string[]) =>
  execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
const screen = () => tmux("capture-pane", "-p", "-t", "news");
const keys = (...k: string[]) => tmux("send-keys", "-t", "news", ...k);
const paneFlag = (name: string) => tmux("display-message", "-p", "-t", "news", `#{${name}}`).trim();

async function waitFor(test: (text: string) => boolean, what: string, ms = 15_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const text = screen();
    if (test(text)) return text;
    if (Date.now() > deadline) throw new Error(`waited for ${what}; the screen:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const shows = (needle: string) => waitFor((t) => t.includes(needle), JSON.stringify(needle));
const statusLine = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";

describe.skipIf(!hasTmux)(
  `news browse in tmux${hasTmux ? "" : " (skipped: tmux is not installed; apt-get install tmux)"}`,
  () => {
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "news-browse-"));
      const db = join(dir, "archive.db");
      execFileSync(process.execPath, [main, "ingest", ...pages, "--db", db], { stdio: "ignore" });
      // Ink renders only the last frame when CI is set: the browser runs without it, as on a desk
      const command = `env -u CI NO_COLOR=1 XDG_CONFIG_HOME=${dir} ${process.execPath} ${main} browse --db ${db}; echo "__exit__$?"; sleep 60`;
      tmux("new-session", "-d", "-s", "news", "-x", "100", "-y", "40", "-c", dir, command);
    });

    afterAll(async () => {
      try {
        tmux("kill-server");
      } catch {
        // already gone
      }
      await rm(dir, { recursive: true, force: true });
    });

    it("shows the list, reads the seed item, searches, filters, helps, reflows and quits cleanly", async () => {
      // the list: day headings, newest first; wide (Chinese) headlines keep the columns
      const list = await shows("Thursday, 21 December 2017");
      expect(paneFlag("alternate_on")).toBe("1");
      expect(list).toMatch(/^• {2}2017-12-21 {2}Coalition News +The delegation of the Syrian/m);
      expect(statusLine(list)).toMatch(/^ 1\/\d+ /);

      // search as you type with the archive's query language, then read the item
      keys("/");
      for (const ch of "Astana") keys(ch);
      await waitFor((t) => /^ 1\/1 +\/Astana/m.test(statusLine(t)), "one hit for Astana");
      keys("Enter", "Enter");
      const reading = await shows("(Source: Syrian Coalition’s Media Department)");
      expect(reading).toContain("2017-12-21 · Coalition News · en");
      expect(reading).toContain("The delegation of the Syrian armed opposition on Thursday held a meeting");
      expect(reading.split("\n").every((line) => line.length <= 100)).toBe(true);
      keys("Escape");
      await shows("Thursday, 21 December 2017");
      keys("Escape");
      const all = await waitFor(
        (t) => !statusLine(t).includes("/Astana") && /^ 1\/\d{2,} /.test(statusLine(t)),
        "the search cleared",
      );

      // filter by a site picked from the facets
      keys("f", "j", "Enter");
      await shows("Filter by site");
      // the first value is "(any)"; the next the site with the most items
      keys("j", "Enter");
      const filtered = await waitFor(
        (t) => statusLine(t).includes("site:") && !statusLine(t).includes("loading"),
        "a site filter",
      );
      const site = /site:(\S+)/.exec(statusLine(filtered))![1]!;
      expect(Number(/\/(\d+)/.exec(statusLine(filtered))![1])).toBeLessThan(
        Number(/\/(\d+)/.exec(statusLine(all))![1]),
      );
      expect(site.length).toBeGreaterThan(3);

      // help
      keys("?");
      const help = await shows("Keys (any key closes this help)");
      expect(help).toMatch(/j ↓ +next item/);
      keys("x");
      await waitFor((t) => !t.includes("Keys (any key"), "the help closed");

      // resize: reflowed to 60 columns, the status line on the new last row
      tmux("resize-window", "-t", "news", "-x", "60", "-y", "20");
      const small = await waitFor(
        (t) => t.split("\n").length <= 21 && statusLine(t).length <= 60 && statusLine(t).includes("site:"),
        "the reflow",
      );
      expect(small.split("\n").every((line) => line.length <= 60)).toBe(true);

      // quit: the shell's screen comes back as it was, with the cursor
      keys("q");
      const after = await shows("__exit__0");
      expect(after).not.toContain("December 2017");
      expect(paneFlag("alternate_on")).toBe("0");
      expect(paneFlag("cursor_flag")).toBe("1");
    });
  },
);
