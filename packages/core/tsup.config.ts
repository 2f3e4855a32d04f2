import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defineConfig } from "tsup";

/**
 * tsup turns the CommonJS chunks of a split build into require() calls (sucrase), import() too,
 * after every user plugin has run. eld is ESM-only and exports only an `import` condition, so
 * require() cannot load it: once the build is written, the import() is put back (CommonJS can
 * import() ESM in every Node we support).
 */
async function keepDynamicImport(specifier: string) {
  const required = `Promise.resolve().then(() => _interopRequireWildcard(require("${specifier}")))`;
  for (const name of await readdir("dist")) {
    if (!name.endsWith(".cjs")) continue;
    const code = await readFile(join("dist", name), "utf8");
    if (code.includes(required))
      await writeFile(join("dist", name), code.split(required).join(`import("${specifier}")`));
  }
}

export default defineConfig({
  entry: { index: "src/index.ts", schema: "src/model/index.ts", enrich: "src/enrich/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  // shared chunks in the CommonJS build too: require("@news/core").NewsError is the same class as
  // require("@news/core/schema").NewsError (without splitting each entry had its own copy)
  splitting: true,
  // ESM-only dependencies are bundled so `require` works everywhere; they are devDependencies,
  // never installed twice. eld stays external: its model is import()ed on demand
  // (loadLanguageModel), so bundlers put it in a chunk of its own that only detection loads.
  onSuccess: () => keepDynamicImport("eld/extrasmall"),
  // keep non-ASCII as written: escaped identifiers (`se\u00F1ora: …`) break sucrase, which tsup
  // runs over the CommonJS chunks of a split build
  esbuildOptions(options) {
    options.charset = "utf8";
  },
  noExternal: ["htmlparser2", "domhandler", "domutils", "domelementtype", "entities", "dom-serializer"],
});
