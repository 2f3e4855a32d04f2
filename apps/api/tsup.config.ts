import { defineConfig } from "tsup";

export default defineConfig({
  entry: { main: "src/main.ts", index: "src/index.ts", worker: "src/worker.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: true,
  // workspace packages export TypeScript source: bundle them, keep npm dependencies external
  noExternal: [/^@news\//],
});
