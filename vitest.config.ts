import { defineConfig } from "vitest/config";

// each package keeps its own config; the root only lists them
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "apps/*/vitest.config.ts", "tests/vitest.config.ts"],
  },
});
