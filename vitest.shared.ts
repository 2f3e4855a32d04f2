import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

const failOnConsole = fileURLToPath(new URL("./tests/setup/fail-on-console.ts", import.meta.url));

/** One project config shape for every package: tests print nothing on success. */
export function project(
  name: string,
  extra: { testTimeout?: number; include?: string[]; setupFiles?: string[] } = {},
) {
  return defineProject({
    test: {
      name,
      include: extra.include ?? ["src/**/*.test.ts"],
      setupFiles: [failOnConsole, ...(extra.setupFiles ?? [])],
      testTimeout: extra.testTimeout ?? 20_000,
    },
  });
}
