import { copyFileSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { isArchiveError } from "../errors.js";
import { openArchive } from "../open.js";
import { makeItem, makePage } from "../testing/pages.js";

const dir = mkdtempSync(join(tmpdir(), "news-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "none";
  } catch (error) {
    return isArchiveError(error) ? error.code : `not an ArchiveError: ${String(error)}`;
  }
}

function bulkPage(n: number, offset = 0) {
  return makePage(
    Array.from({ length: n }, (_, i) =>
      makeItem({
        date: `2019-0${1 + (i % 9)}-1${i % 10}`,
        title: `Headline ${i + offset}`,
        paragraphs: [`Body ${i + offset} `.repeat(20)],
      }),
    ),
  );
}

describe("SQLite archive files", () => {
  it("creates its folder, applies the schema once and reopens", async () => {
    const path = join(dir, "deep/er/a.db");
    const a = await openArchive(path);
    await a.ingest([{ page: bulkPage(3), source: "x" }]);
    await a.close();
    const b = await openArchive(path);
    expect((await b.stats()).items).toBe(3);
    expect((await b.stats()).schemaVersion).toBe(2);
    await b.close();
  });

  it("refuses a file that is not SQLite with not-an-archive", async () => {
    const path = join(dir, "notes.txt");
    writeFileSync(path, "These are my notes. ".repeat(500));
    expect(await codeOf(openArchive(path))).toBe("not-an-archive");
  });

  it("refuses another program's SQLite database without touching it", async () => {
    const path = join(dir, "other.db");
    const db = new Database(path);
    db.exec("create table contacts (name text)");
    db.close();
    expect(await codeOf(openArchive(path))).toBe("foreign-database");
    const again = new Database(path);
    expect(again.prepare("select count(*) as n from sqlite_master").get()).toEqual({ n: 1 });
    again.close();
  });

  it("refuses an archive written by a newer version", async () => {
    const path = join(dir, "newer.db");
    await (await openArchive(path)).close();
    const db = new Database(path);
    db.pragma("user_version = 99");
    db.close();
    expect(await codeOf(openArchive(path))).toBe("newer-schema");
  });

  it("says there is no archive yet when reading a missing file", async () => {
    expect(await codeOf(openArchive(join(dir, "missing.db"), { readonly: true }))).toBe("no-archive");
  });

  it("takes an empty file as a new archive, and an empty in-memory one", async () => {
    const path = join(dir, "empty.db");
    writeFileSync(path, "");
    const a = await openArchive(path);
    expect((await a.stats()).items).toBe(0);
    await a.close();
    const m = await openArchive(":memory:");
    expect((await m.search({ q: "anything" })).hits).toEqual([]);
    await m.close();
  });

  it("reports a damaged archive with a code, from open, search or check", async () => {
    const path = join(dir, "good.db");
    const a = await openArchive(path);
    await a.ingest([{ page: bulkPage(400), source: "bulk" }]);
    await a.close();
    const damaged = join(dir, "damaged.db");
    copyFileSync(path, damaged);
    // garbage over the middle pages: b-tree and FTS pages alike
    const fd = openSync(damaged, "r+");
    writeSync(fd, Buffer.alloc(64 * 1024, 0x5a), 0, 64 * 1024, 16 * 1024);
    const outcomes: string[] = [];
    try {
      const b = await openArchive(damaged);
      outcomes.push(await codeOf(b.search({ q: "headline", limit: 1000 })));
      outcomes.push(await codeOf(b.search({ limit: 1000 }, { facets: true })));
      const check = await b.check().catch((e) => ({ ok: false, problems: [String(e.code)] }));
      expect(check.ok).toBe(false);
      await b.close();
    } catch (error) {
      outcomes.push(isArchiveError(error) ? error.code : String(error));
    }
    for (const o of outcomes) expect(["none", "corrupt-archive", "not-an-archive"]).toContain(o);
    expect(outcomes.some((o) => o !== "none")).toBe(true);
    const truncated = join(dir, "truncated.db");
    copyFileSync(path, truncated);
    writeFileSync(truncated, Buffer.from("SQLite format 3\u0000garbage"));
    expect(["corrupt-archive", "not-an-archive"]).toContain(await codeOf(openArchive(truncated)));
  });
});
