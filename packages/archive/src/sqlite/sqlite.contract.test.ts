import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { testDriver } from "../driver-contract.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

testDriver("sqlite", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-archive-"));
  dirs.push(dir);
  return join(dir, "a.db");
});
