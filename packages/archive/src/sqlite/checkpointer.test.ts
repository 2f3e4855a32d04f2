import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
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

it("holds the process while it is stopped: the code after stop() runs", () => {
  const path = join(dir, "b.db");
  new Database(path).pragma("journal_mode = WAL");
  const child = join(dir, "child.mts");
  writeFileSync(
    child,
    `import { startCheckpointer } from ${JSON.stringify(join(import.meta.dirname, "checkpointer.ts"))};
     await startCheckpointer(${JSON.stringify(path)}, 20)?.stop();
     process.stdout.write("after stop");`,
  );
  const out = execFileSync(process.execPath, ["--import", "tsx", child], {
    encoding: "utf8",
    cwd: import.meta.dirname,
  });
  expect(out).toBe("after stop");
});
