import { describe, expect, it } from "vitest";
import { loadOptional } from "./optional.js";

describe("engine packages loaded on demand", () => {
  it("names the package to install when an engine's client is missing", async () => {
    const missing = "news-archive-absent-driver";
    const error = await loadOptional(missing, "Test", () => import(/* @vite-ignore */ missing)).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ name: "ArchiveError", code: "missing-driver" });
    expect(error.message).toContain(`npm install ${missing}`);
  });

  it("passes other failures through unchanged", async () => {
    const boom = new Error("boom");
    await expect(loadOptional("pg", "PostgreSQL", () => Promise.reject(boom))).rejects.toBe(boom);
  });
});
