import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowseError, browse } from "./browse.js";
import { ACTIONS, defaultKeymap, KeyConfigError, keymapFrom, loadKeymap } from "./keys.js";
import { FakeArchive } from "./testing/fake.js";

describe("keymapFrom (keys.json)", () => {
  it("binds every action by default, each key to one action", () => {
    const keys = Object.values(defaultKeymap).flat();
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(defaultKeymap)).toEqual(Object.keys(ACTIONS));
  });

  it("remaps the actions given and keeps the others", () => {
    const keymap = keymapFrom({ down: ["j", "ctrl+n"], quit: "x" });
    expect(keymap.down).toEqual(["j", "ctrl+n"]);
    expect(keymap.quit).toEqual(["x"]);
    expect(keymap.up).toEqual(defaultKeymap.up);
  });

  it("refuses an unknown action, a bad key name, an empty list and a key bound twice, saying why", () => {
    expect(() => keymapFrom({ dwon: "j" })).toThrow(/unknown action "dwon" \(actions: down, up/);
    expect(() => keymapFrom({ down: "pgdn" })).toThrow(/down: not a key name/);
    expect(() => keymapFrom({ down: [] })).toThrow(KeyConfigError);
    expect(() => keymapFrom({ down: "q" })).toThrow(/"q" is bound to both down and quit/);
    expect(() => keymapFrom([1, 2])).toThrow(KeyConfigError);
    expect(() => keymapFrom(null)).toThrow(KeyConfigError);
  });
});

describe("loadKeymap", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "news-keys-"));
    await mkdir(join(dir, "news"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reads $XDG_CONFIG_HOME/news/keys.json; no file means the defaults", async () => {
    expect(await loadKeymap({ XDG_CONFIG_HOME: join(dir, "elsewhere") })).toEqual(defaultKeymap);
    await writeFile(join(dir, "news", "keys.json"), JSON.stringify({ top: ["g", "ctrl+a"] }));
    expect((await loadKeymap({ XDG_CONFIG_HOME: dir })).top).toEqual(["g", "ctrl+a"]);
  });

  it("names the file in the error for empty, truncated, binary or wrongly-shaped content", async () => {
    for (const bad of ["", '{"down": ["j"', "\u0000\u00ff\u0001binary", '"j"', '{"down": 5}']) {
      await writeFile(join(dir, "news", "keys.json"), bad);
      await expect(loadKeymap({ XDG_CONFIG_HOME: dir })).rejects.toThrow(
        new RegExp(`^${join(dir, "news", "keys.json").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `),
      );
    }
  });
});

describe("browse", () => {
  const notATerminal = () => Object.assign(new PassThrough(), { isTTY: false });

  it("refuses to start without a terminal, pointing to news search", async () => {
    const error = await browse(new FakeArchive([]), {
      stdin: notATerminal(),
      stdout: Object.assign(new PassThrough(), { isTTY: true }),
      env: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowseError);
    expect((error as BrowseError).code).toBe("not-a-terminal");
    expect((error as BrowseError).message).toContain("news search");
  });

  it("refuses a bad keys.json before drawing anything", async () => {
    const dir = await mkdtemp(join(tmpdir(), "news-keys-"));
    await mkdir(join(dir, "news"));
    await writeFile(join(dir, "news", "keys.json"), '{"quit": "j"}');
    const stdout = Object.assign(new PassThrough(), { isTTY: true });
    let written = "";
    stdout.on("data", (chunk: Buffer) => {
      written += chunk.toString();
    });
    const error = await browse(new FakeArchive([]), {
      stdin: Object.assign(new PassThrough(), { isTTY: true }),
      stdout,
      env: { XDG_CONFIG_HOME: dir },
    }).catch((e: unknown) => e);
    expect((error as BrowseError).code).toBe("bad-keys");
    expect((error as BrowseError).message).toContain('"j" is bound to both');
    expect(written).toBe("");
    await rm(dir, { recursive: true, force: true });
  });
});
