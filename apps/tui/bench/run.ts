// The terminal browser's speed on a large archive: first frame, and key-to-frame latency for
// moving, paging, opening an item and searching (writes its section of docs/benchmarks.md).
//
//   pnpm --filter @news/tui bench            (pnpm bench runs it too)
//   TUI_BENCH_ITEMS=100000 pnpm --filter @news/tui bench     (a smaller archive; default 1,000,000)
//   TUI_BENCH_WRITE=0 …                      (print only)
//   TUI_BENCH_READERS=0 …                    (every query on the main thread; default 2 reader threads, as `news browse`)
//
// The archive is built once into the temp directory and reused. The browser runs in-process on
// ink-testing-library's stdout (every render is written as a frame, as a real terminal gets the
// first frame after an idle key); a frame is "the key's" when its text shows the key's effect.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readersReady, withReadPool } from "@news/app";
import { type Archive, openArchive } from "@news/archive";
import { Text, useInput } from "ink";
import { render } from "ink-testing-library";
import { createElement, useState } from "react";
import stripAnsi from "strip-ansi";
import { SEARCH_DEBOUNCE_MS } from "../src/app.js";
import { KEYS, renderApp } from "../src/testing/render.js";
import { benchArchive } from "./archive.js";
import { processFirstFrames } from "./process.js";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const count = Number(process.env.TUI_BENCH_ITEMS ?? 1_000_000);
const readers = Number(process.env.TUI_BENCH_READERS ?? 2);
const log = (line: string) => process.stderr.write(`${line}\n`);

const now = () => performance.now();
const tick = () => new Promise<void>((r) => setImmediate(r));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
const p50p99 = (values: number[]) => `${ms(percentile(values, 50))} / ${ms(percentile(values, 99))}`;

interface Frames {
  frames: string[];
}
/** Waits for a frame written after `seen` frames whose text passes the test; resolves to its time. */
async function frameWhere(h: Frames, seen: number, test: (text: string) => boolean, limitMs = 120_000) {
  const deadline = now() + limitMs;
  for (let i = seen; ; ) {
    while (i < h.frames.length) {
      if (test(stripAnsi(h.frames[i]!))) return now();
      i++;
    }
    if (now() > deadline) throw new Error(`no such frame; the last:\n${stripAnsi(h.frames.at(-1) ?? "")}`);
    await tick();
  }
}
const statusOf = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";
const position = (text: string) => /^ ([\d,]+)\//.exec(statusOf(text))?.[1];

/** The baseline's whole app: one counter, one key. */
function Counter() {
  const [n, setN] = useState(0);
  useInput(() => setN((x) => x + 1));
  return createElement(Text, null, `count ${n}`);
}

/** Baseline: a minimal Ink app (one counter) from key to frame, in the same process. */
async function inkBaseline(presses: number): Promise<number[]> {
  const h = render(createElement(Counter));
  await sleep(50);
  const out: number[] = [];
  for (let i = 1; i <= presses; i++) {
    const seen = h.frames.length;
    const t = now();
    h.stdin.write("j");
    out.push((await frameWhere(h, seen, (f) => f.includes(`count ${i}`))) - t);
  }
  h.unmount();
  return out;
}

// what the figures are made of (profiled with --cpu-prof on this bench's moving keys)
const ANALYSIS = `What limits these figures. The browser's archive here is opened as \`news browse\` opens it:
counts, pages read ahead (250 rows, 5 screens before the end) and searches run on two SQLite reader
threads (@news/app's read pool; better-sqlite3 holds the thread that asks), so no query holds a key;
a list's count is kept per query until \`r\`. A new screen of rows costs what Ink spends laying it out
and writing it: \`patches/ink@6.8.0.patch\` measures a line whose characters each take one column by
its length and cuts an unstyled one into shared cells (string-width's grapheme walk and the
tokenizer's garbage were most of a page before), and \`fit()\` does the same. Searching is the 60 ms
debounce, the archive's query on a thread (the baseline row above), and the frame; an abort cannot
cut a SQLite query short, it only drops its answer (its thread counts as busy until it ends).
\`TUI_BENCH_READERS=0\` runs every query on the main thread, for comparison.

The whole process (\`news browse\` in tmux) adds what a person waits for before the browser's first
render: Node's start, loading the CLI, then Ink and React. Importing Ink from its ~100 files and
CommonJS dependencies took ~300 ms of module resolution, compilation and CommonJS lexing; the
browser's build now bundles Ink, React and their dependencies into its own dist (~110 ms to load).
The threads start beside the first screen: its first page is read on the main connection, and the
list's count waits for a thread instead of holding the main thread before the rows' frame (a count
of 1,000,000 items is 35-100 ms). Rows with colours cost more than here (the tmux rows have them:
Ink's styled-cell output, cold JIT).`;

async function main() {
  log(`tui bench: ${count.toLocaleString("en-US")} items`);
  const built = await benchArchive(count, log);
  log(`archive: ${built.path}${built.built ? " (built now)" : " (reused)"}`);

  const openStart = now();
  const archive: Archive = await openArchive(built.path, { readonly: true });
  const openMs = now() - openStart;

  // baselines: the archive's own first page, and Ink's own key-to-frame
  const listTimes: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = now();
    await archive.list({ limit: 200 });
    listTimes.push(now() - t);
  }
  // the archive's own time for the searches the browser makes below (first page, date order)
  const searchWords = [
    "ceasefire",
    "harvest",
    "satellite",
    "museum",
    "tariff",
    "vaccine",
    "wildfire",
    "summit",
  ];
  const archiveSearch: number[] = [];
  for (const word of searchWords) {
    const t = now();
    await archive.list({ q: word, limit: 200 });
    archiveSearch.push(now() - t);
  }
  const countStart = now();
  await archive.count({});
  const countMs = now() - countStart;
  const ink = await inkBaseline(200);

  // the browser's archive as `news browse` opens it: slow reads on reader threads
  const browsed: Archive =
    readers > 0
      ? withReadPool(await openArchive(built.path, { readonly: true }), built.path, readers)
      : archive;
  // every thread has started and opened its connection before the first render (until then reads go
  // to the main connection), and has run one read; the first frame below is the archive's, not a
  // thread's start (`news browse` itself answers its first screen on the main connection meanwhile)
  await readersReady(browsed);
  await Promise.all(Array.from({ length: readers }, () => browsed.list({ limit: 200 })));

  // first frame: render -> the first frame with list rows (5 fresh renders)
  const firstFrames: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = now();
    const h = renderApp(
      { open: browsed, pollMs: 0, debounceMs: SEARCH_DEBOUNCE_MS },
      { columns: 120, rows: 40 },
    );
    firstFrames.push((await frameWhere(h, 0, (f) => /^[• ][★ ] \d{4}-\d{2}-\d{2} {2}/m.test(f))) - t);
    h.unmount();
  }

  const h = renderApp(
    { open: browsed, pollMs: 0, debounceMs: SEARCH_DEBOUNCE_MS },
    { columns: 120, rows: 40 },
  );
  await frameWhere(h, 0, (f) => /^[• ][★ ] \d{4}-\d{2}-\d{2} {2}/m.test(f));
  await sleep(200);

  async function press(key: string, done: (text: string, before: string) => boolean): Promise<number> {
    const before = stripAnsi(h.frames.at(-1) ?? "");
    const seen = h.frames.length;
    const t = now();
    h.stdin.write(key);
    return (await frameWhere(h, seen, (f) => done(f, before))) - t;
  }
  const moved = (f: string, before: string) => position(f) !== position(before);

  const moving: number[] = [];
  for (let i = 0; i < 300; i++) moving.push(await press(i % 100 < 50 ? "j" : "k", moved));
  const paging: number[] = [];
  for (let i = 0; i < 200; i++) paging.push(await press(i < 150 ? KEYS.pageDown : KEYS.pageUp, moved));
  const deepest = position(stripAnsi(h.frames.at(-1) ?? ""));

  const opening: number[] = [];
  for (let i = 0; i < 40; i++) {
    // Enter -> the reading view with the item's text (not "Loading…"), then back
    opening.push(await press(KEYS.enter, (f) => f.includes("Seen on") && !f.includes("Loading…")));
    await press(KEYS.escape, (f) => /^ [\d,]+\/[\d,]+/.test(statusOf(f)) && !f.includes("Seen on"));
    await press("j", moved);
  }

  // searching: typed at 40 ms a key; from the last key to the frame with that query's results
  const searching: number[] = [];
  for (const word of searchWords) {
    await press("/", (f) => f.includes("Enter: keep"));
    for (const ch of word.slice(0, -1)) {
      h.stdin.write(ch);
      await sleep(40);
    }
    const last = word.at(-1)!;
    searching.push(
      await press(
        last,
        (f) =>
          statusOf(f).includes(`/${word}`) &&
          !statusOf(f).includes("loading") &&
          /^[• ][★ ] \d{4}-\d{2}-\d{2} {2}/m.test(f),
      ),
    );
    await press(KEYS.escape, (f) => !f.includes("Enter: keep") && !statusOf(f).includes("loading"));
  }
  h.unmount();
  if (browsed !== archive) await browsed.close();
  await archive.close();

  // the whole process in a real terminal, as a person starts it (needs tmux and the built CLI)
  const whole = processFirstFrames(join(repo, "apps/cli/dist/main.js"), built.path);
  if (!whole)
    log("tui bench: no tmux or no built CLI (pnpm build): the whole-process first frame is left out");

  const table = [
    "| what | p50 / p99 ms | target |",
    "| --- | --- | --- |",
    `| first frame (render to the first list rows; 5 renders, p50 / max) | ${ms(percentile(firstFrames, 50))} / ${ms(Math.max(...firstFrames))} | ≤ 500 |`,
    ...(whole
      ? [
          `| first frame of \`news browse\`, whole process (the command started in a 120×40 tmux window to its first list rows; 5 starts, p50 / max) | ${ms(percentile(whole.browse, 50))} / ${ms(Math.max(...whole.browse))} | ≤ 500 |`,
          `| baseline: the same harness running \`node -e\` that prints one row (Node's start and the polling) | ${ms(percentile(whole.bare, 50))} / ${ms(Math.max(...whole.bare))} | |`,
        ]
      : []),
    `| moving (j/k, 300 keys) | ${p50p99(moving)} | p99 ≤ 16 |`,
    `| paging (PgDn/PgUp, 200 keys, down to item ${deepest}) | ${p50p99(paging)} | p99 ≤ 16 |`,
    `| opening an item (Enter to its text; 40 items) | ${p50p99(opening)} | |`,
    `| searching (last key to the results; 8 words typed at 40 ms a key, ${SEARCH_DEBOUNCE_MS} ms debounce) | ${p50p99(searching)} | ≤ 100 |`,
    `| baseline: a one-counter Ink app, key to frame (200 keys) | ${p50p99(ink)} | |`,
    `| baseline: archive.list({ limit: 200 }), the first page (7 calls) | ${p50p99(listTimes)} | |`,
    `| baseline: archive.list({ q: word, limit: 200 }) for the same 8 words | ${p50p99(archiveSearch)} | |`,
  ].join("\n");
  const ratio = (values: number[]) => (percentile(values, 99) / percentile(ink, 99)).toFixed(1);
  const text = `
Command: \`pnpm --filter @news/tui bench\` (from \`pnpm bench\`; \`TUI_BENCH_ITEMS\` sets the size).
Archive: ${count.toLocaleString("en-US")} synthetic items (SQLite, built once into the temp directory; opened in
${ms(openMs)} ms, \`count()\` of everything ${ms(countMs)} ms). The browser runs in-process on
ink-testing-library's stdout, 120×40; each figure is from the key written to stdin to the first frame
that shows its effect. Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on the shared 2-core machine
(load average ${(await import("node:os")).loadavg()[0]!.toFixed(1)}): compare the ratios to the Ink baseline more than the milliseconds.

${table}

p99 against the one-counter Ink app's p99: moving ${ratio(moving)}x, paging ${ratio(paging)}x.

${ANALYSIS}
`;
  process.stdout.write(`${text}\n`);
  if (process.env.TUI_BENCH_WRITE !== "0") {
    const doc = join(repo, "docs/benchmarks.md");
    const fresh = readFileSync(doc, "utf8");
    const open = "<!-- bench:tui -->";
    const close = "<!-- /bench:tui -->";
    const s = fresh.indexOf(open);
    const e = fresh.indexOf(close);
    const section = `${open}\n## Terminal browser (\`news browse\`, apps/tui)\n${text}${close}`;
    writeFileSync(
      doc,
      s !== -1 && e !== -1
        ? `${fresh.slice(0, s)}${section}${fresh.slice(e + close.length)}`
        : `${fresh.trimEnd()}\n\n${section}\n`,
    );
  }
}

await main();
