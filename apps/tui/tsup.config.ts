import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: true,
  // apps/cli type-checks `news browse` against the built declarations (it does not compile JSX)
  dts: true,
  // workspace packages export TypeScript source: bundle them, keep npm dependencies (ink, react) external
  noExternal: [/^@news\//],
});
