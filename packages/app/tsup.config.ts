import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "archive-reader": "src/archive-reader.ts" },
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
});
