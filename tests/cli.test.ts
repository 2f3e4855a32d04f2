import { execFileSync, spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { NewsPage } from "@news/core/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// the built `news` command run as a real process on real files, as a user runs it
const root = fileURLToPath(new URL("..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");
const fixtures = join(root, "tests/fixtures");
const seedName = "coalition-news-2017-12-21.txt";
const seed = join(fixtures, seedName);
let dir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function news(args: string[], options: { stdin?: Uint8Array | string; cwd?: string } = {}): Promise<Run> {
  return exec(process.execPath, [main, ...args], options);
}

function exec(
  file: string,
  args: string[],
  options: { stdin?: Uint8Array | string; cwd?: string },
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(file, args, { cwd: options.cwd ?? dir, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

const page = (json: string) => NewsPage.parse(JSON.parse(json));
const records = (ndjson: string) =>
  ndjson
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));

/** The reviewed expectation for the seed (issue 2), whatever bytes it arrived as. */
function expectSeed(p: NewsPage) {
  expect(p.kind).toBe("listing");
  expect(p.section).toBe("Coalition News");
  expect(p.breadcrumbs).toEqual(["Home", "Media Center", "Coalition News"]);
  expect(p.filter).toMatchObject({ kind: "date", date: "2017-12-21" });
  expect(p.items.map((i) => [i.date, i.title, i.category, i.paragraphs.length])).toEqual([
    ["2017-12-21", null, "Coalition News", 6],
    ["2017-12-21", null, "Coalition News", 5],
    ["2017-12-21", null, "Coalition News", 4],
  ]);
  expect(new Set(p.items.map((i) => i.source))).toEqual(new Set(["Syrian Coalition’s Media Department"]));
}

/** Whether any source the bundle is built from is newer than the bundle (or there is none). */
async function stale(): Promise<boolean> {
  const built = await stat(main).catch(() => null);
  if (!built) return true;
  const roots = [join(root, "apps/cli/src"), join(root, "apps/cli/tsup.config.ts")];
  for (const name of await readdir(join(root, "packages"))) roots.push(join(root, "packages", name, "src"));
  for (const at of roots) {
    const info = await stat(at).catch(() => null);
    if (!info) continue;
    const files = info.isDirectory()
      ? (await readdir(at, { recursive: true })).map((f) => join(at, f))
      : [at];
    for (const file of files) {
      // a file another engineer just removed is simply not newer
      if (((await stat(file).catch(() => null))?.mtimeMs ?? 0) > built.mtimeMs) return true;
    }
  }
  return false;
}

beforeAll(async () => {
  // rebuild only a stale bundle: other end-to-end files run the same dist/main.js in parallel, and
  // a rebuild (tsup cleans dist first) under them would pull it away; `pnpm test` builds beforehand
  if (await stale()) execFileSync("pnpm", ["--filter", "@news/cli", "build"], { cwd: root, stdio: "ignore" });
  dir = await mkdtemp(join(tmpdir(), "news-cli-"));
  const bytes = await readFile(seed);
  const text = bytes.toString("utf8");
  await copyFile(seed, join(dir, seedName));
  await writeFile(join(dir, "empty.txt"), "");
  await writeFile(
    join(dir, "binary.bin"),
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
  );
  await writeFile(
    join(dir, "utf16.txt"),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
  );
  // the seed in windows-1252: its 14 curly quotes (0x91-0x94) are each an invalid byte in UTF-8
  const cp1252 = text.replace(/[‘’“”]/g, (q) => String.fromCharCode(0x91 + "‘’“”".indexOf(q)));
  await writeFile(join(dir, "cp1252.txt"), Buffer.from(cp1252, "latin1"));
  await writeFile(join(dir, "long-line.txt"), "word ".repeat(2_000_000)); // 10 MB, no line break
  await writeFile(
    join(dir, "cut.html"),
    "<!doctype html><html><head><title>T</title></head><body><article><h1>Headline</h1><p>Text that is cu",
  );
  const gz = gzipSync(bytes);
  await writeFile(join(dir, "cut.txt.gz"), gz.subarray(0, gz.length >> 1));
  await mkdir(join(dir, "tree/nested"), { recursive: true });
  await copyFile(seed, join(dir, "tree", seedName));
  await copyFile(join(fixtures, "pages/press-releases.txt"), join(dir, "tree/nested/press-releases.txt"));
  await writeFile(join(dir, "tree/nested/page.txt.gz"), gzipSync(bytes));
  await writeFile(join(dir, "tree/.hidden.txt"), "not read");
  await writeFile(join(dir, "tree/logo.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("news (process)", () => {
  it("runs through a symlink (npm link, node_modules/.bin) and prints its package's version", async () => {
    const link = join(dir, "news-link");
    await symlink(main, link);
    const version = execFileSync(process.execPath, [link, "--version"], { encoding: "utf8" }).trim();
    const manifest = JSON.parse(await readFile(join(root, "apps/cli/package.json"), "utf8"));
    expect(version).toBe(manifest.version);
  });

  it("has --help for itself and for every command it lists", async () => {
    const top = await news(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("Exit codes");
    const listed = top.stdout
      .split("Commands:\n")[1]!
      .split("\n\n")[0]!
      .split("\n")
      .map((line) => line.trim().split(/\s+/)[0]!);
    expect(listed).toContain("parse");
    for (const name of listed) {
      const r = await news([name, "--help"]);
      expect({ name, code: r.code, stderr: r.stderr }).toEqual({ name, code: 0, stderr: "" });
      expect(r.stdout.length).toBeGreaterThan(40);
    }
  });

  it("exits 2 with one coded line for no command or an unknown one", async () => {
    expect((await news([])).code).toBe(2);
    const r = await news(["frobnicate"]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe('news: unknown-command: unknown command "frobnicate" (see news --help)\n');
  });

  it("parses the seed into the reviewed page", async () => {
    const r = await news(["parse", seedName]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectSeed(page(r.stdout));
  });

  it("parses the same page from stdin", async () => {
    const r = await news(["parse", "-"], { stdin: await readFile(seed) });
    expect(r.code).toBe(0);
    expectSeed(page(r.stdout));
  });

  it("walks a directory into NDJSON, one page per line with the input as given", async () => {
    const r = await news(["parse", "tree"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = records(r.stdout);
    expect(lines.map((l) => l.input)).toEqual([
      `tree/${seedName}`,
      "tree/nested/page.txt.gz",
      "tree/nested/press-releases.txt",
    ]);
    for (const line of lines) NewsPage.parse(line);
    expectSeed(NewsPage.parse(lines[1]));
  });

  it("reports a missing file as an error record and exits 1 while the others still run", async () => {
    const r = await news(["parse", "missing.txt", seedName]);
    expect(r.code).toBe(1);
    const [bad, good] = records(r.stdout);
    expect(bad).toEqual({
      input: "missing.txt",
      error: { code: "not-found", message: "missing.txt: no such file or directory" },
    });
    expect(good.items).toHaveLength(3);
    expect(r.stderr).toBe("news: not-found: missing.txt: no such file or directory\n");
  });

  it("gives an empty file a page with no items", async () => {
    const r = await news(["parse", "empty.txt"]);
    expect(r.code).toBe(0);
    expect(page(r.stdout).items).toEqual([]);
  });

  it("gives a binary file a page that says it looks binary, without crashing", async () => {
    const r = await news(["parse", "binary.bin"]);
    expect(r.code).toBe(0);
    expect(page(r.stdout).warnings.map((w) => w.code)).toContain("binary-input");
  });

  it("gives a 10 MB single-line file a page and a warning", async () => {
    const r = await news(["parse", "long-line.txt"]);
    expect(r.code).toBe(0);
    expect(page(r.stdout).warnings.map((w) => w.code)).toContain("long-line-skipped");
  });

  it("parses a truncated HTML page and says it was cut; a truncated .gz is an input error", async () => {
    const html = await news(["parse", "cut.html"]);
    expect(html.code).toBe(0);
    expect(page(html.stdout).warnings.map((w) => w.code)).toContain("truncated-input");
    const gz = await news(["parse", "cut.txt.gz", seedName]);
    expect(gz.code).toBe(1);
    expect(records(gz.stdout).map((l) => l.error?.code ?? l.items.length)).toEqual(["bad-gzip", 3]);
    expect(gz.stderr).toMatch(
      /^news: bad-gzip: cut\.txt\.gz: not valid gzip data \(unexpected end of file\)\n$/,
    );
  });

  it("decodes UTF-16 with a BOM to the same items", async () => {
    const r = await news(["parse", "utf16.txt"]);
    expect(r.code).toBe(0);
    const p = page(r.stdout);
    expect(p.inputInfo.encoding).toBe("utf-16le");
    expectSeed(p);
  });

  it("decodes bytes that are not UTF-8 as windows-1252, says so, and gets the same page", async () => {
    const sniffed = page((await news(["parse", "cp1252.txt"])).stdout);
    expect(sniffed.inputInfo.encoding).toBe("windows-1252");
    expect(sniffed.warnings.map((w) => w.code)).toContain("charset-mismatch");
    expectSeed(sniffed);
    const told = page((await news(["parse", "cp1252.txt", "--encoding", "windows-1252"])).stdout);
    expect(told.warnings).toEqual([]);
    expectSeed(told);
  });

  it("counts wrongly-encoded bytes in a warning when told they are UTF-8", async () => {
    const r = await news(["parse", "cp1252.txt", "--encoding", "utf-8"]);
    expect(r.code).toBe(0);
    const wrong = page(r.stdout);
    expect(wrong.warnings.find((w) => w.code === "invalid-bytes")?.count).toBe(14);
    expect(wrong.items.map((i) => i.source)).toEqual(
      Array(3).fill("Syrian Coalition\ufffds Media Department"),
    );
  });

  it("writes --out atomically and prints nothing", async () => {
    const r = await news(["parse", seedName, "tree", "--out", "all.ndjson"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(records(await readFile(join(dir, "all.ndjson"), "utf8"))).toHaveLength(4);
  });

  it("renders markdown a person can read", async () => {
    const r = await news(["parse", seedName, "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Coalition News\n\nHome › Media Center › Coalition News {2}\n/);
    expect(r.stdout).toContain("## 1. 2017-12-21 (21 December 2017) · Coalition News");
    expect(r.stdout).toContain("— Syrian Coalition’s Media Department");
  });

  it("exits 2 on a bad option, in one line and without a stack trace", async () => {
    const r = await news(["parse", seedName, "--format", "yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^news: bad-option: unknown format "yaml" \(one of json, ndjson, markdown, text, csv\)\n$/,
    );
  });

  it("runs from the repository root as `pnpm --silent news parse FILE --format json`", async () => {
    const r = await exec(
      "pnpm",
      ["--silent", "news", "parse", `tests/fixtures/${seedName}`, "--format", "json"],
      {
        cwd: root,
      },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectSeed(page(r.stdout));
  });
});
