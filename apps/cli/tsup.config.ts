import { defineConfig } from "tsup";

export default defineConfig({
  // the read pool's thread (from @news/app: `news serve`, `news browse`) beside the bundle, where the pool looks for it
  entry: { main: "src/main.ts", "archive-reader": "../../packages/app/src/archive-reader.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: true,
  // workspace packages export TypeScript source: bundle them, keep npm dependencies external;
  // @news/tui is built on its own (Ink, React) and loaded from its dist only by `news browse`
  noExternal: [/^@news\/(?!tui$)/],
  external: ["@news/tui"],
  banner: { js: "#!/usr/bin/env node" },
});
