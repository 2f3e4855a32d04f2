/**
 * A workload for a CPU profile of parseText: the dev pages (../shared, or the bundled fixtures),
 * then each adversarial input of text.bench.ts at 1 M characters, each for a few seconds.
 *
 *   cd packages/core
 *   esbuild bench/text-profile.ts --bundle --platform=node --format=esm \
 *     --outfile=bench/.prof-bundle.mjs \
 *     --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/.prof-bundle.mjs [dev|adv|advK|all]
 *
 * (esbuild is the one tsup installs: node_modules/.pnpm/node_modules/.bin/esbuild. Under
 * `--import tsx` the frames work too, but all carry line 1.)
 *
 * Not a *.bench.ts file: `pnpm bench` does not run it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadLanguageModel } from "../src/lang/model.js";
import { parseText } from "../src/text/index.js";

// the n-gram language model, as the bench and the apps parse with it: called, not imported for its
// effect (the package is side-effect free, so esbuild dropped `import "../src/lang/ready.js"` from
// the bundle, and profiles made so ran without the model: a page its function words do not settle
// got no language, and each of its items was then read for one)
await loadLanguageModel();

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, "../../../../shared");
const which = process.argv[2] ?? "all";
const seconds = Number(process.env.PROFILE_SECONDS ?? 4);

function devPages(): string[] {
  const listings = join(shared, "corpus/listings");
  if (!existsSync(listings)) {
    const fixtures = resolve(here, "../fixtures/text");
    return readdirSync(fixtures)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(fixtures, f), "utf8"));
  }
  const pages = readdirSync(listings)
    .filter((f) => /^\d+\.txt$/.test(f))
    .map((f) => readFileSync(join(listings, f), "utf8"));
  pages.push(readFileSync(join(shared, "seed/coalition-news-2017-12-21.txt"), "utf8"));
  return pages;
}

const N = 1_000_000;
const adversarial: [string, string][] = [
  [
    "date-like header lines",
    "05/01/13\nApr 14, 2015   Press Release\n".repeat(Math.ceil(N / 38)).slice(0, N),
  ],
  ["short lines of digits and dots", "1.2.3.4.5.6.7.8.9.10.11.12.13\n".repeat(Math.ceil(N / 30)).slice(0, N)],
  [
    "short lines of month names and numbers",
    "May 2013 Mar 9 12 May 2013 2 ago\n".repeat(Math.ceil(N / 33)).slice(0, N),
  ],
  ["one line of digits and separators", "12/05/2013-".repeat(Math.ceil(N / 11)).slice(0, N)],
  ["short lines, no dates", "Home\nAbout us\n".repeat(Math.ceil(N / 14)).slice(0, N)],
];

function run(name: string, inputs: readonly string[]): void {
  let bytes = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const input of inputs) {
      parseText(input);
      bytes += input.length;
    }
  }
  const mbs = bytes / 1e6 / ((performance.now() - start) / 1000);
  process.stdout.write(`${name}: ${mbs.toFixed(1)} M chars/s\n`);
}

if (which === "dev" || which === "all") run("dev pages", devPages());
// "adv" runs every adversarial input, "adv2" only the third (0-based) of the list
for (const [k, [name, input]] of adversarial.entries()) {
  if (which === "all" || which === "adv" || which === `adv${k}`) run(name, [input]);
}
