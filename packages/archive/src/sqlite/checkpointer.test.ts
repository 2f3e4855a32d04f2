import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { startCheckpointer } from "./checkpointer.js";

const dir = mkdtempSync(join(tmpdir(), "news-checkpointer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("copies a writer's WAL into the database file from its own thread, then stops", async () => {
  const path = join(dir, "a.db");
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("wal_autocheckpoint = 0"); // the writer never checkpoints by itself
  db.exec("create table t (x text)");
  const insert = db.prepare("insert into t values (?)");
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${"x".repeat(200)}`);
  })();
  const before = statSync(path).size;
  expect(statSync(`${path}-wal`).size).toBeGreaterThan(400_000);
  const checkpointer = startCheckpointer(path, 20);
  expect(checkpointer).not.toBeNull();
  for (let i = 0; i < 100 && statSync(path).size === before; i++) await new Promise((r) => setTimeout(r, 20));
  await checkpointer?.stop();
  expect(statSync(path).size).toBeGreaterThan(before + 400_000);
  // the writer goes on, alone again
  insert.run("after");
  expect(db.prepare("select count(*) as n from t").get()).toEqual({ n: 2001 });
  db.close();
});
