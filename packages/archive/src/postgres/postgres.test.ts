import { afterAll, describe, expect, it } from "vitest";
import { isArchiveError } from "../errors.js";
import { openArchive } from "../open.js";
import { dropSchemas, freshSchemaUrl, pgSkip } from "./test-database.js";

afterAll(dropSchemas);

describe.skipIf(Boolean(pgSkip))("PostgreSQL connections", () => {
  it("reports sslmode=require against a server without SSL as connection-failed, without pg's warning", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on("warning", onWarning);
    try {
      const url = new URL(freshSchemaUrl("ssl"));
      url.searchParams.set("sslmode", "require");
      const error = await openArchive(url.toString()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isArchiveError(error) && error.code).toBe("connection-failed");
      expect(String((error as Error).message)).toMatch(/SSL/);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});
