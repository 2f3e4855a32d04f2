/**
 * The code the benches measure: the built package (`dist/`, what users install) when it is at
 * least as new as every source file, else the sources (with a note on stderr).
 *
 * Run under tsx, the sources pay for its transform: tsx keeps function names by wrapping every
 * function made at run time in a `__name` call, so a closure created per line or per item costs
 * a property definition that tsup's build does not emit. `BENCH_FROM=src` measures the sources
 * anyway (to profile them, or to compare with figures taken before this module).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

type Core = typeof import("../src/index.js");

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = join(here, "../dist/index.js");
const src = join(here, "../src");

// the newest modification time of a file under `dir`
function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

function pick(): "dist" | "src" {
  if (process.env.BENCH_FROM === "src") return "src";
  if (!existsSync(dist)) {
    process.stderr.write("bench: dist/ is absent (run `pnpm build`); measuring the sources under tsx\n");
    return "src";
  }
  if (statSync(dist).mtimeMs < newest(src)) {
    process.stderr.write(
      "bench: dist/ is older than src/ (run `pnpm build`); measuring the sources under tsx\n",
    );
    return "src";
  }
  return "dist";
}

/** Which build the benches measure: "dist" or "src". */
export const measured = pick();

/** `@news/core` as measured, with its language model loaded (as the apps load it before parsing). */
export const core: Core = measured === "dist" ? await import(dist) : await import("../src/index.js");
await core.loadLanguageModel();
