import { defineConfig } from "tsup";

export default defineConfig({
  entry: { main: "src/main.ts" },
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
