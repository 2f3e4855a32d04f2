import { defineConfig } from "tsup";

export default defineConfig({
  // ./testing: page and item builders for tests and benches of anything built on the archive
  entry: { index: "src/index.ts", testing: "src/testing/pages.ts" },
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
});
