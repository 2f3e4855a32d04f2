import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { openArchive } from "@news/archive";
import { makeItem, makePage } from "@news/archive/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../command.js";
import { run } from "../main.js";

let cwd: string;
let db: string;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "news-archive-cmd-"));
  db = join(cwd, "a.db");
  const archive = await openArchive(db);
  const items = Array.from({ length: 12 }, (_, i) =>
    makeItem({
      date: `2018-03-${String(i + 1).padStart(2, "0")}`,
      title: `Backup item ${i}`,
      paragraphs: [`Text ${i}`],
    }),
  );
  await archive.ingest([{ page: makePage(items), source: "list.txt" }]);
  await archive.close();
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function news(args: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: "", err: "" };
  out.on("data", (c) => {
    chunks.out += c;
  });
  err.on("data", (c) => {
    chunks.err += c;
  });
  const io: Io = { stdin: Readable.from([]), stdout: out, stderr: err, cwd, env: { NEWS_DB: db } };
  const code = await run(args, io);
  return { code, stdout: chunks.out, stderr: chunks.err };
}

describe("news archive backup", () => {
  it("writes a checked copy that opens as the same archive", async () => {
    const r = await news(["archive", "backup", "copy.db"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^backed up 12 items to .*copy\.db \(\d+\.\d MiB\)\n$/);
    const copy = await openArchive(join(cwd, "copy.db"), { readonly: true });
    expect((await copy.stats()).items).toBe(12);
    expect((await copy.search({ q: "backup" })).hits).toHaveLength(12);
    await copy.close();
  });

  it("refuses a missing FILE, an unknown action and a device with usage or input errors", async () => {
    expect((await news(["archive", "backup"])).code).toBe(2);
    expect((await news(["archive", "restore", "x.db"])).code).toBe(2);
    expect((await news(["archive"])).code).toBe(2);
    const device = await news(["archive", "backup", "/dev/null"]);
    expect(device.code).toBe(2);
    expect(device.stderr).toMatch(/^news: invalid-option: \/dev\/null: not a regular file/);
  });
});

describe("news archive copy", () => {
  it("copies an archive to another location and says it verified the copy", async () => {
    const r = await news(["archive", "copy", "--from", db, "--to", "moved.db"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^copied 12 items, 12 sightings, 1 page to .*moved\.db; verified: checksum [0-9a-f]{16}\n$/,
    );
    const moved = await openArchive(join(cwd, "moved.db"), { readonly: true });
    expect((await moved.stats()).items).toBe(12);
    await moved.close();
  });

  it("asks for both ends", async () => {
    expect((await news(["archive", "copy", "--from", db])).code).toBe(2);
    expect((await news(["archive", "copy", "--to", "x.db"])).code).toBe(2);
  });
});
