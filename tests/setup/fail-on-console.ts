import { afterEach, beforeEach, vi } from "vitest";

// a stray console line breaks an Ink screen and hides real output: fail the test that printed it
const methods = ["log", "info", "warn", "error", "debug"] as const;
let printed: string[] = [];

beforeEach(() => {
  printed = [];
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      printed.push(`console.${m}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (printed.length > 0) throw new Error(`test printed to the console:\n${printed.join("\n")}`);
});
