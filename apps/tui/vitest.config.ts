import { defineProject, mergeConfig } from "vitest/config";
import { project } from "../../vitest.shared.ts";

// FORCE_COLOR: Ink's styles (inverse for the selection, colours unless NO_COLOR) show in test frames
export default mergeConfig(
  project("tui", { include: ["src/**/*.test.ts", "src/**/*.test.tsx"] }),
  defineProject({ test: { env: { FORCE_COLOR: "1" } } }),
);
