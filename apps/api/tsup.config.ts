import { defineConfig } from "tsup";

export default defineConfig({
  // the read pool's thread (from @news/app) is built beside the bundle, where the pool looks for it
  entry: {
    main: "src/main.ts",
    index: "src/index.ts",
    "archive-reader": "../../packages/app/src/archive-reader.ts",
  },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: true,
  // workspace packages export TypeScript source: bundle them, keep npm dependencies external
  noExternal: [/^@news\//],
});
