import { execFileSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contentTypeFor,
  expandInputs,
  type InputResult,
  inputError,
  isPageName,
  readInput,
  readInputs,
} from "./inputs.js";
import { tooLarge } from "./read.js";

let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "news-inputs-"));
  await mkdir(join(cwd, "pages/sub"), { recursive: true });
  await mkdir(join(cwd, "pages/.git"), { recursive: true });
  await mkdir(join(cwd, "empty"));
  await writeFile(join(cwd, "pages/b.txt"), "b page");
  await writeFile(join(cwd, "pages/a.html"), "<p>a</p>");
  await writeFile(join(cwd, "pages/sub/c.txt"), "c page");
  await writeFile(join(cwd, "pages/logo.png"), new Uint8Array([0x89, 0x50]));
  await writeFile(join(cwd, "pages/.hidden.txt"), "hidden");
  await writeFile(join(cwd, "pages/.git/HEAD"), "ref");
  await writeFile(join(cwd, "pages/d.txt.gz"), gzipSync("gzipped page"));
  await writeFile(join(cwd, "bad.txt.gz"), "not gzip at all");
  const gz = gzipSync("a page cut short in transfer ".repeat(100));
  await writeFile(join(cwd, "truncated.txt.gz"), gz.subarray(0, gz.length - 12));
  await writeFile(join(cwd, "bom.txt"), new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]));
  await writeFile(join(cwd, "empty.txt"), "");
  await mkdir(join(cwd, "loop/inner"), { recursive: true });
  await writeFile(join(cwd, "loop/inner/page.txt"), "x");
  await symlink(join(cwd, "loop"), join(cwd, "loop/inner/back"));
  await symlink(join(cwd, "self-a"), join(cwd, "self-b"));
  await symlink(join(cwd, "self-b"), join(cwd, "self-a"));
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function collect(args: string[], stdin?: Readable, maxBytes?: number): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(args, { cwd, stdin, maxBytes })) out.push(r);
  return out;
}

const text = (r: InputResult | undefined) => (r?.ok ? new TextDecoder().decode(r.bytes) : r?.error.code);

describe("expandInputs", () => {
  it("walks a directory recursively in name order, skipping hidden and non-page files", async () => {
    const results = await collect(["pages"]);
    expect(results.map((r) => r.input)).toEqual([
      "pages/a.html",
      "pages/b.txt",
      "pages/d.txt.gz",
      "pages/sub/c.txt",
    ]);
    expect(results.map(text)).toEqual(["<p>a</p>", "b page", "gzipped page", "c page"]);
  });

  it("keeps the path as given, including a trailing slash or ./", async () => {
    const results = await collect(["./pages/sub/", "pages/b.txt"]);
    expect(results.map((r) => r.input)).toEqual(["./pages/sub/c.txt", "pages/b.txt"]);
  });

  it("reads an explicitly named file even when a walk would skip it", async () => {
    const [r] = await collect(["pages/logo.png"]);
    expect(r?.ok).toBe(true);
  });

  it("reports a directory that links back to an ancestor and goes on", async () => {
    const results = await collect(["loop"]);
    expect(results.map((r) => [r.input, r.ok ? "ok" : r.error.code])).toEqual([
      ["loop/inner/back", "directory-loop"],
      ["loop/inner/page.txt", "ok"],
    ]);
  });

  it("turns missing files, symlink loops and empty directories into coded failures", async () => {
    const results = await collect(["missing.txt", "self-a", "empty", "pages/b.txt"]);
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual([
      "not-found",
      "symlink-loop",
      "empty-directory",
      "ok",
    ]);
    const first = results[0];
    expect(first && !first.ok && first.error.message).toBe("missing.txt: no such file or directory");
  });

  it("reads stdin once and refuses a second -", async () => {
    const results = await collect(["-", "-"], Readable.from([Buffer.from("from "), Buffer.from("stdin")]));
    expect(results.map(text)).toEqual(["from stdin", "stdin-repeated"]);
  });

  it("yields lazily: the first input comes before later ones are looked at", async () => {
    const it = expandInputs(["pages/b.txt", "missing"], { cwd });
    const first = await it.next();
    expect(first.value).toMatchObject({ input: "pages/b.txt" });
    await it.return(undefined);
  });
});

describe("readInputs", () => {
  it("yields in the order given while reading ahead, whichever read ends first", async () => {
    // a large gzip (slow to inflate) before small files and failures: read ahead, still in order
    await writeFile(join(cwd, "big.txt.gz"), gzipSync("a long page ".repeat(400_000)));
    const args = [
      "big.txt.gz",
      "pages/b.txt",
      "missing",
      "bad.txt.gz",
      "pages/sub/c.txt",
      "bom.txt",
      "empty.txt",
    ];
    const results = await collect(args);
    expect(results.map((r) => r.input)).toEqual(args);
    expect(results.map((r) => (r.ok ? r.bytes.length : r.error.code))).toEqual([
      4_800_000,
      6,
      "not-found",
      "bad-gzip",
      6,
      5,
      0,
    ]);
  });
});

describe("readInput", () => {
  it("hands over bytes untouched: a BOM stays for core to see", async () => {
    const r = await readInput({ input: "bom.txt", path: join(cwd, "bom.txt") }, {});
    expect(r.ok && [...r.bytes]).toEqual([0xef, 0xbb, 0xbf, 0x68, 0x69]);
    expect(r.ok && r.bytes.constructor).toBe(Uint8Array);
  });

  it("reads an empty file as zero bytes, not an error", async () => {
    const r = await readInput({ input: "empty.txt", path: join(cwd, "empty.txt") }, {});
    expect(r.ok && r.bytes.byteLength).toBe(0);
  });

  it("enforces the byte limit on files, decompressed gzip and stdin", async () => {
    const big = await collect(["pages/b.txt", "pages/d.txt.gz", "-"], Readable.from([Buffer.alloc(10)]), 5);
    expect(big.map(text)).toEqual(["too-large", "too-large", "too-large"]);
    const first = big[0];
    expect(first && !first.ok && first.error.message).toMatch(/limit of 5 bytes/);
  });

  it("stops a gzip bomb at the limit instead of inflating it", async () => {
    await writeFile(join(cwd, "bomb.txt.gz"), gzipSync(Buffer.alloc(20 * 1024 * 1024)));
    const [r] = await collect(["bomb.txt.gz"], undefined, 1024 * 1024);
    expect(text(r)).toBe("too-large");
  });

  it("reports corrupt or truncated gzip and a directory given as a file", async () => {
    const r = await readInput({ input: "bad.txt.gz", path: join(cwd, "bad.txt.gz") }, {});
    expect(text(r)).toBe("bad-gzip");
    const cut = await readInput({ input: "truncated.txt.gz", path: join(cwd, "truncated.txt.gz") }, {});
    expect(cut.ok ? "ok" : cut.error.message).toMatch(
      /^truncated\.txt\.gz: not valid gzip data \(unexpected end of file\)$/,
    );
    const d = await readInput({ input: "pages", path: join(cwd, "pages") }, {});
    expect(text(d)).toBe("not-a-file");
  });

  it("reports stdin as unavailable when there is none", async () => {
    expect(text(await readInput({ input: "-", path: null }, {}))).toBe("read-failed");
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable file as permission-denied", async () => {
    await writeFile(join(cwd, "secret.txt"), "x");
    await chmod(join(cwd, "secret.txt"), 0o000);
    const [r] = await collect(["secret.txt"]);
    expect(text(r)).toBe("permission-denied");
  });
});

describe("helpers", () => {
  it("maps file-system error codes to input error codes", () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(inputError(err("EACCES"), "f").code).toBe("permission-denied");
    expect(inputError(err("EPERM"), "f").code).toBe("permission-denied");
    expect(inputError(err("ENOENT"), "f").code).toBe("not-found");
    expect(inputError(err("EIO"), "f")).toEqual({ code: "read-failed", message: "f: EIO" });
    expect(inputError("odd", "f").code).toBe("read-failed");
  });

  it("guesses content types from names, looking through .gz", () => {
    expect(contentTypeFor("a/B.HTML")).toBe("text/html");
    expect(contentTypeFor("feed.rss.gz")).toBe("application/rss+xml");
    expect(contentTypeFor("noext")).toBeNull();
  });

  it("tells page names from assets", () => {
    expect(["a.txt", "b.html", "c", "d.xml.gz"].map(isPageName)).toEqual([true, true, true, true]);
    expect([".x.txt", "a.png", "b.woff2", "c.zip", "d.jpg.gz"].map(isPageName)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("hostile inputs", () => {
  it.skipIf(process.platform === "win32")("holds a FIFO that never ends to the byte limit", async () => {
    const fifo = join(cwd, "endless.fifo");
    execFileSync("mkfifo", [fifo]);
    // a writer that would go on forever (cat /dev/zero): only the reader's limit stops it
    const writer = createWriteStream(fifo);
    writer.on("error", () => {}); // EPIPE once the reader has stopped
    const chunk = Buffer.alloc(64 * 1024);
    const pump = () => {
      while (!writer.destroyed && writer.write(chunk));
      if (!writer.destroyed) writer.once("drain", pump);
    };
    pump();
    const r = await readInput({ input: "endless.fifo", path: fifo }, { maxBytes: 1024 * 1024 });
    writer.destroy();
    expect(text(r)).toBe("too-large");
  });

  it("visits each real directory once: a symlink diamond 16 levels deep is 16 visits, not 65,536", async () => {
    const root = join(cwd, "diamond");
    await mkdir(join(root, "l0"), { recursive: true });
    for (let level = 0; level < 16; level++) {
      const next = join(root, `l${level + 1}`);
      await mkdir(next);
      await writeFile(join(next, "page.txt"), `level ${level + 1}`);
      // two ways down from every level to the next one
      await symlink(next, join(root, `l${level}`, "a"));
      await symlink(next, join(root, `l${level}`, "b"));
    }
    const started = performance.now();
    const results = await collect(["diamond/l0"]);
    expect(results.filter((r) => r.ok)).toHaveLength(16);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("reads .gz with a limit above what one buffer can hold, and says so clearly when it is passed", async () => {
    const r = await readInput(
      { input: "pages/d.txt.gz", path: join(cwd, "pages/d.txt.gz") },
      { maxBytes: 10 * 1024 ** 3 },
    );
    expect(text(r)).toBe("gzipped page");
    expect(tooLarge("x.gz", 10 * 1024 ** 3).message).toMatch(/the most one input can hold in memory/);
  });
});
