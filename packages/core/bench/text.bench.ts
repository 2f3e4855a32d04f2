/**
 * Text-dump parser throughput (issue 2): parseText over ~100 MB built by repeating the dev listing
 * pages, beside a baseline in the same process (split lines + one regex test per line), and
 * linearity on adversarial input (size N and 2N).
 *
 *   pnpm --filter @news/core bench text          (BENCH_TEXT_MB=20 for a shorter run)
 *
 * `TEXT_BENCH_BASELINE=<another checkout>/packages/core` also runs that checkout's `parseText` (its
 * dist/, or its sources when this run measures sources) in the same process, alternating with this
 * one's, and prints the time ratio of the two on every input: a change beside the commit before it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { core, measured } from "./subject.js";

const { parseText } = core;
const other = process.env.TEXT_BENCH_BASELINE;
// (the same kind of code as this checkout's: its build beside a build, its sources beside sources)
const otherEntry = other && join(other, measured === "dist" ? "dist/index.js" : "src/index.ts");
if (otherEntry && !existsSync(otherEntry)) {
  process.stderr.write(`bench: ${otherEntry} is absent (build that checkout, or BENCH_FROM=src)\n`);
  process.exit(1);
}
const otherCore: Partial<typeof core> | null = otherEntry ? await import(otherEntry) : null;
// (with its own language model loaded, as this checkout's is: that checkout's modules are other
// instances, and without the model its parser skipped the n-gram reading this one pays for, which
// made the A/B lean 5% on the dev pages and 1.5x on long lists against this checkout)
await otherCore?.loadLanguageModel?.();
const otherParse: ((input: string) => { items: unknown[] }) | null = otherCore?.parseText ?? null;

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, "../../../../shared");
const target = Number(process.env.BENCH_TEXT_MB ?? 100) * 1e6;

function devPages(): { pages: string[]; from: string } {
  const listings = join(shared, "corpus/listings");
  if (existsSync(listings)) {
    const pages = readdirSync(listings)
      .filter((f) => /^\d+\.txt$/.test(f))
      .map((f) => readFileSync(join(listings, f), "utf8"));
    const seed = join(shared, "seed/coalition-news-2017-12-21.txt");
    if (existsSync(seed)) pages.push(readFileSync(seed, "utf8"));
    return { pages, from: "../shared dev pages (seed + corpus/listings)" };
  }
  const fixtures = resolve(here, "../fixtures/text");
  const pages = readdirSync(fixtures)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(fixtures, f), "utf8"));
  return { pages, from: "bundled fixtures (../shared is absent)" };
}

const DATE_LIKE =
  /\d{1,4}[-./]\d{1,2}[-./]\d{2,4}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}/;

function baseline(page: string): number {
  let n = 0;
  for (const line of page.split("\n")) if (DATE_LIKE.test(line)) n++;
  return n;
}

// the two are measured in alternating rounds (a tenth of the corpus each), so a burst of load
// from other processes falls on both and the ratio stays comparable between runs
function throughputs(
  pages: readonly string[],
  bytes: readonly number[],
  fns: readonly ((page: string) => unknown)[],
  rounds = 10,
): number[] {
  const seconds = fns.map(() => 0);
  let sink = 0;
  let i = 0;
  for (let round = 0; round < rounds; round++) {
    // (every other round in reverse order: whichever runs after another pays for the garbage the
    // other left, and two parsers compared would otherwise not share that cost evenly)
    let next = i;
    for (let n = 0; n < fns.length; n++) {
      const k = round % 2 === 0 ? n : fns.length - 1 - n;
      const fn = fns[k] as (page: string) => unknown;
      let done = 0;
      let at = i;
      const start = performance.now();
      while (done < target / rounds) {
        const out = fn(pages[at] as string);
        sink += typeof out === "number" ? out : 1;
        done += bytes[at] as number;
        at = (at + 1) % pages.length;
      }
      seconds[k] = (seconds[k] as number) + (performance.now() - start) / 1000;
      next = at;
    }
    i = next;
  }
  if (sink < 0) throw new Error("unreachable");
  return seconds.map((s) => target / 1e6 / s);
}

// milliseconds per call: repeated until 200 ms have passed, best of three rounds
function timeOf(fn: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    let calls = 0;
    const start = performance.now();
    do {
      fn();
      calls++;
    } while (performance.now() - start < 200);
    best = Math.min(best, (performance.now() - start) / calls);
  }
  return best;
}

const { pages, from } = devPages();
const bytes = pages.map((p) => new TextEncoder().encode(p).length);
for (let i = 0; i < 20; i++) for (const p of pages) parseText(p); // warm up both paths
for (let i = 0; i < 20; i++) for (const p of pages) baseline(p);

if (otherParse) for (let i = 0; i < 20; i++) for (const p of pages) otherParse(p);

const [base, parse, otherRate] = throughputs(pages, bytes, [
  baseline,
  (p) => parseText(p).items.length,
  ...(otherParse ? [(p: string) => otherParse(p).items.length] : []),
]) as [number, number, number | undefined];

// adversarial inputs: each at N and 2N characters; the time should at most double
const N = 1_000_000;
const adversarial: [string, (n: number) => string][] = [
  [
    "date-like header lines",
    (n) => "05/01/13\nApr 14, 2015   Press Release\n".repeat(Math.ceil(n / 38)).slice(0, n),
  ],
  [
    "short lines of digits and dots",
    (n) => "1.2.3.4.5.6.7.8.9.10.11.12.13\n".repeat(Math.ceil(n / 30)).slice(0, n),
  ],
  [
    "short lines of month names and numbers",
    (n) => "May 2013 Mar 9 12 May 2013 2 ago\n".repeat(Math.ceil(n / 33)).slice(0, n),
  ],
  ["one line of digits and separators", (n) => "12/05/2013-".repeat(Math.ceil(n / 11)).slice(0, n)],
  ["short lines, no dates", (n) => "Home\nAbout us\n".repeat(Math.ceil(n / 14)).slice(0, n)],
];
const linear = adversarial.map(([name, make]) => {
  const small = make(N);
  const big = make(2 * N);
  const a = timeOf(() => parseText(small));
  const b = timeOf(() => parseText(big));
  // (at N, alternating: the other checkout, this one again, the other again; each keeps its
  // better time, so neither gets more tries than the other)
  const o = otherParse ? timeOf(() => otherParse(small)) : null;
  const again = otherParse
    ? Math.min(
        a,
        timeOf(() => parseText(small)),
      )
    : a;
  const theirs =
    otherParse && o !== null
      ? Math.min(
          o,
          timeOf(() => otherParse(small)),
        )
      : null;
  return {
    name,
    a,
    b,
    ratio: b / a,
    versus:
      theirs === null
        ? ""
        : `; beside the baseline checkout ${(again / theirs).toFixed(2)}x its time (${(N / 1e3 / theirs).toFixed(1)} MB/s)`,
  };
});

const lines = [
  `text: parseText (${measured}) over ${(target / 1e6).toFixed(0)} MB of ${from}, page by page, in 10 rounds alternating with the baseline`,
  `  parseText ${parse.toFixed(1)} MB/s, baseline (split lines + one regex per line) ${base.toFixed(1)} MB/s, ratio ${(base / parse).toFixed(2)}x`,
  ...(otherRate === undefined
    ? []
    : [
        `  baseline checkout ${other}: ${otherRate.toFixed(1)} MB/s, ratio ${(base / otherRate).toFixed(2)}x; this one takes ${(otherRate / parse).toFixed(2)}x its time`,
      ]),
  `  linearity (N = ${N / 1e6} M characters; time(2N) / time(N)):`,
  ...linear.map(
    (l) =>
      `    ${l.name}: ${l.a.toFixed(0)} ms -> ${l.b.toFixed(0)} ms, ratio ${l.ratio.toFixed(2)}, ${(N / 1e3 / l.a).toFixed(1)} MB/s at N${l.versus}`,
  ),
];
process.stdout.write(`${lines.join("\n")}\n`);
