/**
 * A workload for a CPU profile of parseHtml: the bytes of the WCXB dev pages (../shared), parsed
 * page by page for a few seconds (PROFILE_SECONDS, default 20); the pages are gunzipped before the
 * clock starts, so zlib stays out of the profile.
 *
 *   cd packages/core   (the pages are read from ../../../shared, relative to the working directory)
 *   esbuild bench/html-profile.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/prof-html.mjs \
 *     --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/prof-html.mjs
 *   pnpm exec tsx bench/profile-top.ts /tmp/prof/<file>.cpuprofile   # self time, top entries
 *
 * (esbuild is the one tsup installs: ../../node_modules/.pnpm/node_modules/.bin/esbuild.)
 * Not a *.bench.ts file: `pnpm bench` does not run it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseHtml } from "../src/html/index.js";
import { loadLanguageModel } from "../src/lang/model.js";

// called, not imported for its effect: the package is side-effect free, so a bundler drops bare imports
await loadLanguageModel();

// from packages/core (the bundle runs from /tmp, so not relative to this file)
const dir = resolve(process.cwd(), "../../../shared/corpus/wcxb-dev-articles/html");
const seconds = Number(process.env.PROFILE_SECONDS ?? 20);

if (!existsSync(dir)) {
  process.stdout.write("html profile: ../shared/corpus/wcxb-dev-articles not found, skipped\n");
} else {
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((f) => new Uint8Array(gunzipSync(readFileSync(join(dir, f)))));
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const page of pages) {
      parseHtml(page);
      n++;
    }
  }
  const s = (performance.now() - start) / 1000;
  process.stdout.write(`${n} pages in ${s.toFixed(1)} s: ${(n / s).toFixed(1)} pages/s\n`);
}
