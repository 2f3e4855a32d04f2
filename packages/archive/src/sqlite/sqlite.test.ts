import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createArchive } from "../archive.js";
import { isArchiveError } from "../errors.js";
import { openArchive, openDriver } from "../open.js";
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

  it("refuses device paths before opening them: no journal is left beside /dev/null", async () => {
    expect(existsSync("/dev/null-journal")).toBe(false);
    for (const readonly of [false, true]) {
      expect(await codeOf(openArchive("/dev/null", { readonly }))).toBe("not-an-archive");
    }
    expect(await codeOf(openArchive(dir))).toBe("not-an-archive");
    expect(existsSync("/dev/null-journal")).toBe(false);
  });

  it("reads a 0-byte file as no archive yet, consistently, when opened for reading", async () => {
    const path = join(dir, "zero.db");
    writeFileSync(path, "");
    expect(await codeOf(openArchive(path, { readonly: true }))).toBe("no-archive");
    expect(readFileSync(path).length).toBe(0);
  });

  it("checks an archive opened read-only, and refuses writes to it with read-only", async () => {
    const path = join(dir, "checked.db");
    const a = await openArchive(path);
    await a.ingest([{ page: bulkPage(20), source: "x" }]);
    await a.close();
    const ro = await openArchive(path, { readonly: true });
    expect(await ro.check()).toEqual({ ok: true, problems: [] });
    expect((await ro.search({ q: "headline" })).hits.length).toBeGreaterThan(0);
    expect(await codeOf(ro.ingest([{ page: bulkPage(1), source: "y" }]))).toBe("read-only");
    expect(await codeOf(ro.setFlags("n_x", { read: true }))).toBe("read-only");
    await ro.close();
  });

  it("leaves a closed archive in rollback-journal mode, readable from a read-only folder", async () => {
    const path = join(dir, "closed.db");
    const a = await openArchive(path);
    await a.ingest([{ page: bulkPage(5), source: "x" }]);
    // bytes 18-19 of the header: 2 while in WAL mode, 1 in rollback-journal mode
    expect([...readFileSync(path).subarray(18, 20)]).toEqual([2, 2]);
    await a.close();
    expect([...readFileSync(path).subarray(18, 20)]).toEqual([1, 1]);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it("waits for another connection's write lock with a bounded back-off, then says busy", async () => {
    const path = join(dir, "locked.db");
    const holder = createArchive(await openDriver(path));
    const holderDriver = await openDriver(path);
    let release = () => {};
    const held = holderDriver.write(() => new Promise<void>((done) => (release = done)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const patient = await openArchive(path, { lockWaitMs: 10_000 });
    const impatient = await openArchive(path, { lockWaitMs: 150 });
    const waiting = patient.ingest([{ page: bulkPage(3), source: "patient" }]);
    const started = Date.now();
    expect(await codeOf(impatient.ingest([{ page: bulkPage(3), source: "impatient" }]))).toBe("busy");
    expect(Date.now() - started).toBeLessThan(5_000);
    release();
    await held;
    expect(await waiting).toMatchObject({ new: 3 });
    for (const a of [holder, patient, impatient]) await a.close();
    await holderDriver.close();
  });

  it("backs up a consistent copy while another connection ingests", async () => {
    const path = join(dir, "live.db");
    const a = await openArchive(path);
    await a.ingest([{ page: bulkPage(400), source: "first" }]);
    const writer = await openArchive(path);
    let writing = true;
    const ingests = (async () => {
      for (let n = 0; writing && n < 200; n++) {
        await writer.ingest([{ page: bulkPage(20, 1000 + n * 20), source: `more-${n}` }]);
      }
    })();
    const copy = join(dir, "backup.db");
    const result = await a.backup(copy);
    writing = false;
    await ingests;
    const b = await openArchive(copy, { readonly: true });
    const stats = await b.stats();
    expect(result.items).toBe(stats.items);
    expect(stats.items).toBeGreaterThanOrEqual(400);
    // a snapshot: every page it holds is whole
    expect(stats.sightings).toBe(stats.items);
    expect(stats.pages).toBe(1 + (stats.items - 400) / 20);
    expect(await b.check()).toEqual({ ok: true, problems: [] });
    await b.close();
    expect(await codeOf(a.backup(path))).toBe("invalid-option");
    expect(await codeOf(a.backup(dir))).toBe("invalid-option");
    for (const x of [a, writer]) await x.close();
  });
});
