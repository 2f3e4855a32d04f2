// The browser bundle of @news/core's main entry: what a page that imports it downloads up front,
// and the language-model chunk it fetches only when loadLanguageModel() runs. Run after a build:
//   pnpm --filter @news/core build && node tests/scripts/bundle-size.mjs
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const core = fileURLToPath(new URL("../../packages/core/dist/index.js", import.meta.url));
const dir = await mkdtemp(join(tmpdir(), "news-bundle-"));
try {
  await writeFile(join(dir, "app.js"), `export * from ${JSON.stringify(core)};\n`);
  await build({
    entryPoints: [join(dir, "app.js")],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    minify: true,
    outdir: join(dir, "out"),
    logLevel: "error",
  });
  const rows = [];
  for (const name of (await readdir(join(dir, "out"))).sort()) {
    const code = await readFile(join(dir, "out", name));
    rows.push({
      chunk: name === "app.js" ? "main (loaded on import)" : `${name} (loaded on demand)`,
      bytes: code.length,
      gzip: gzipSync(code).length,
    });
  }
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  for (const r of rows)
    console.log(
      `${r.chunk.padEnd(44)} ${kb(r.bytes).padStart(8)} minified  ${kb(r.gzip).padStart(7)} gzipped`,
    );
} finally {
  await rm(dir, { recursive: true, force: true });
}
