import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandGlob, isGlob } from "./glob.js";

let cwd: string;
const long = "a".repeat(200);

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "news-glob-"));
  await mkdir(join(cwd, "in/sub"), { recursive: true });
  await writeFile(join(cwd, "in/a.txt"), "a");
  await writeFile(join(cwd, "in/b.html"), "b");
  await writeFile(join(cwd, "in/sub/c.txt"), "c");
  await writeFile(join(cwd, "in", long), "long");
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const inputs = (refs: Awaited<ReturnType<typeof expandGlob>>) =>
  refs.map((r) => ("ok" in r ? r.error.code : r.input));

describe("expandGlob", () => {
  it("expands *, ?, [..] and ** in name order", async () => {
    expect(inputs(await expandGlob("in/*.txt", cwd))).toEqual(["in/a.txt"]);
    expect(inputs(await expandGlob("in/**/*.txt", cwd))).toEqual(["in/a.txt", "in/sub/c.txt"]);
    expect(inputs(await expandGlob("in/[ab].*", cwd))).toEqual(["in/a.txt", "in/b.html"]);
    expect(inputs(await expandGlob("in/?.html", cwd))).toEqual(["in/b.html"]);
    expect(inputs(await expandGlob("none/*.txt", cwd))).toEqual(["not-found"]);
  });

  it("matches in linear time: *a repeated 14 times then b against a 200-character name", async () => {
    const started = performance.now();
    expect(inputs(await expandGlob(`in/${"*a".repeat(14)}b`, cwd))).toEqual(["not-found"]);
    expect(inputs(await expandGlob(`in/${"*a".repeat(14)}`, cwd))).toEqual([`in/${long}`]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses a pattern that cannot match with a clear usage error", async () => {
    await expect(expandGlob("in/[z-a].txt", cwd)).rejects.toMatchObject({
      name: "AppError",
      code: "bad-pattern",
      message: "in/[z-a].txt: not a valid glob pattern (invalid character class range: `z-a`)",
    });
  });

  it("knows a glob from a path", () => {
    expect(["a/*.txt", "p?.html", "[ab].txt", "plain/file.txt"].map(isGlob)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
