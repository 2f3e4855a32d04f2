import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { expandGlob } from "@news/app";
import { decode, NewsPage } from "@news/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../command.js";
import { run } from "../main.js";
import { createIngestCommand } from "./ingest.js";

let cwd: string;
let server: Server;
let base: string;

// a stand-in parser: each line "YYYY-MM-DD Title" is an item, so the tests see the command only
const fake = (input: Uint8Array, options?: { encoding?: string }) => {
  const { text, encoding } = decode(input, options?.encoding ? { encoding: options.encoding } : {});
  const items = text
    .split("\n")
    .filter((l) => /^\d{4}-\d{2}-\d{2} /.test(l))
    .map((l) => ({
      id: `n_${l.replace(/\W+/g, "_")}`,
      date: l.slice(0, 10),
      dateText: l.slice(0, 10),
      title: l.slice(11),
      category: null,
      paragraphs: [`Body of ${l.slice(11)}`],
      source: null,
      url: null,
      lang: "en",
      span: { start: 0, end: l.length },
      spans: {},
    }));
  const page = NewsPage.parse({
    kind: "listing",
    section: null,
    breadcrumbs: [],
    filter: null,
    items,
    warnings: [],
    chrome: [],
    inputInfo: { format: "text", encoding, length: text.length },
  });
  return { page, text };
};

async function news(args: string[], stdin = "", tty = false) {
  const out = new PassThrough();
  const err = Object.assign(new PassThrough(), { isTTY: tty });
  const chunks = { out: "", err: "" };
  out.on("data", (c) => {
    chunks.out += c;
  });
  err.on("data", (c) => {
    chunks.err += c;
  });
  const io: Io = {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: out,
    stderr: err,
    cwd,
    env: { HOME: cwd },
  };
  const code =
    args[0] === "ingest" ? await createIngestCommand(fake).run(args.slice(1), io) : await run(args, io);
  return { code, stdout: chunks.out, stderr: chunks.err };
}

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "news-ingest-"));
  await mkdir(join(cwd, "pages/sub"), { recursive: true });
  await writeFile(join(cwd, "pages/a.txt"), "2017-12-21 Geneva talks resume\n2017-12-20 Idlib airstrikes\n");
  await writeFile(join(cwd, "pages/sub/b.txt.gz"), gzipSync("2017-12-19 Sochi conference rejected\n"));
  await writeFile(join(cwd, "pages/sub/c.txt"), "2017-12-21 Geneva talks resume\n2016-01-01 Old news\n");
  await writeFile(join(cwd, "bad.json"), "{ not json");
  server = createServer((req, res) => {
    if (req.url === "/page") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end("2018-01-05 Served over HTTP\n");
    } else if (req.url === "/loop") {
      res.writeHead(302, { location: "/loop" });
      res.end();
    } else if (req.url === "/moved") {
      res.writeHead(301, { location: "/page" });
      res.end();
    } else if (req.url === "/big") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(5000));
    } else if (req.url === "/slow") {
      setTimeout(() => res.end("late"), 3000);
    } else if (req.url === "/ftp") {
      res.writeHead(302, { location: "ftp://127.0.0.1/x" });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(cwd, { recursive: true, force: true });
});

describe("news ingest", () => {
  it("stores directories, .gz and stdin; a second run changes nothing", async () => {
    const first = await news(["ingest", "pages", "-", "--db", "a.db", "--json"], "2015-05-05 From stdin\n");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ pages: 4, items: 6, new: 5, duplicate: 1, errors: [] });
    expect(first.stderr).toMatch(/^ingest: 4\/4 inputs, 6 items stored/m);
    const again = await news(["ingest", "pages", "--db", "a.db", "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ pages: 0, skippedPages: 3, new: 0 });
    const stats = await news(["stats", "--db", join(cwd, "a.db"), "--json", "--check"]);
    expect(JSON.parse(stats.stdout)).toMatchObject({ items: 5, sightings: 6, check: { ok: true } });
  });

  it("creates a stemming archive with --stemming english, and refuses to change an archive's stemming", async () => {
    const created = await news(["ingest", "pages", "--db", "stem.db", "--stemming", "english", "-q"]);
    expect(created.code).toBe(0);
    const stats = await news(["stats", "--db", join(cwd, "stem.db"), "--json"]);
    expect(JSON.parse(stats.stdout)).toMatchObject({ stemming: "english" });
    // the fake parser's items are "Body of <title>": "resumes" finds "resume" only when stemmed
    const found = await news(["search", "talk resumes", "--db", join(cwd, "stem.db"), "-f", "json"]);
    expect(found.stdout).toContain("Geneva talks resume");
    const again = await news(["ingest", "pages", "--db", "stem.db", "--stemming", "english", "-q"]);
    expect(again.code).toBe(0);
    await expect(news(["ingest", "pages", "--db", "stem.db", "--stemming", "none"])).rejects.toMatchObject({
      code: "bad-option",
      message: expect.stringMatching(/created with english stemming/),
    });
    const plain = await news(["ingest", "pages", "--db", "plain.db", "-q"]);
    expect(plain.code).toBe(0);
    await expect(
      news(["ingest", "pages", "--db", "plain.db", "--stemming", "english"]),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/created without stemming/),
    });
    expect(await run(["ingest", "pages", "--db", "x.db", "--stemming", "french"], ioFor())).toBe(2);
  });

  it("expands quoted globs, ** included", async () => {
    const refs = await expandGlob("pages/**/*.txt*", cwd);
    expect(refs.map((r) => ("input" in r ? r.input : ""))).toEqual([
      "pages/a.txt",
      "pages/sub/b.txt.gz",
      "pages/sub/c.txt",
    ]);
    const none = await expandGlob("nothing/*.txt", cwd);
    expect(none[0]).toMatchObject({ ok: false, error: { code: "not-found" } });
    const r = await news(["ingest", "pages/*.txt", "--db", "glob.db", "--json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ pages: 1, items: 2 });
  });

  it("fetches URLs over HTTP with redirects, and gives each bad URL its own code", async () => {
    const r = await news([
      "ingest",
      `${base}/moved`,
      `${base}/loop`,
      `${base}/missing`,
      `${base}/ftp`,
      "--db",
      "http.db",
      "--json",
      "--max-redirects",
      "3",
    ]);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ pages: 1, new: 1 });
    expect(summary.errors.map((e: { code: string }) => e.code)).toEqual([
      "too-many-redirects",
      "http-error",
      "bad-url",
    ]);
    expect(r.stderr).toContain("news: too-many-redirects:");
    const s = await news(["search", "served", "--db", join(cwd, "http.db"), "--format", "json"]);
    expect(JSON.parse(s.stdout).hits).toHaveLength(1);
  });

  it("reads NewsPage JSON and reports a bad JSON file, a missing file, and empty or binary input", async () => {
    await writeFile(
      join(cwd, "page.json"),
      JSON.stringify(fake(new TextEncoder().encode("2014-02-02 From JSON\n")).page),
    );
    await writeFile(join(cwd, "empty.txt"), "");
    await writeFile(join(cwd, "binary.bin"), Buffer.from([0, 1, 2, 255, 254, 0, 0]));
    const r = await news([
      "ingest",
      "page.json",
      "bad.json",
      "missing.txt",
      "empty.txt",
      "binary.bin",
      "--db",
      "j.db",
      "--json",
    ]);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ pages: 3, items: 1 });
    expect(summary.errors.map((e: { code: string }) => e.code)).toEqual(["bad-json", "not-found"]);
  });

  it("reports inputs over the size limit, truncated gzip and an unknown encoding, and stores the rest", async () => {
    await writeFile(join(cwd, "big.txt"), `2013-03-03 Big page\n${"x".repeat(5000)}`);
    await writeFile(join(cwd, "cut.txt.gz"), gzipSync("2012-02-02 Cut short\n").subarray(0, 12));
    const r = await news([
      "ingest",
      "big.txt",
      "cut.txt.gz",
      "pages/a.txt",
      "--max-bytes",
      "1k",
      "--db",
      "bad.db",
      "--json",
    ]);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.errors.map((e: { code: string }) => e.code)).toEqual(["too-large", "bad-gzip"]);
    expect(summary).toMatchObject({ pages: 1, items: 2 });
    const enc = await news([
      "ingest",
      "pages/a.txt",
      "--encoding",
      "no-such-charset",
      "--db",
      "enc.db",
      "--json",
    ]);
    expect(JSON.parse(enc.stdout).errors[0]).toMatchObject({ code: "unsupported-encoding" });
  });

  it("draws a progress bar on a terminal and says nothing with --quiet", async () => {
    const tty = await news(["ingest", "pages", "--db", "tty.db"], "", true);
    expect(tty.stderr).toContain("items/s");
    expect(tty.stderr).toContain("ETA");
    const quiet = await news(["ingest", "pages", "--db", "q.db", "--quiet"]);
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toMatch(/^pages: 3 stored/);
  });

  it("takes --format json and -q like every command, says 1 item, and names a failed path once", async () => {
    await writeFile(join(cwd, "one.txt"), "2019-03-03 Single item here\n");
    const r = await news(["ingest", "one.txt", "missing.txt", "--db", "fmt.db", "-f", "json", "-q"]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      pages: 1,
      items: 1,
      errors: [{ input: "missing.txt", code: "not-found" }],
    });
    expect(r.stderr).toBe("news: not-found: missing.txt: no such file or directory\n");
    const text = await news(["ingest", "one.txt", "--db", "fmt2.db"]);
    expect(text.stderr).toMatch(/ingest: 1\/1 inputs, 1 item stored/);
    const stats = await news(["stats", "--db", join(cwd, "fmt.db"), "-f", "json", "-q"]);
    expect(JSON.parse(stats.stdout)).toMatchObject({ items: 1 });
  });

  it("rejects bad options and a foreign database with one coded line", async () => {
    expect(await run(["ingest"], ioFor())).toBe(2);
    const batch = await run(["ingest", "pages", "--batch", "0"], ioFor());
    expect(batch).toBe(2);
    await writeFile(join(cwd, "notes.db"), "these are notes, not a database".repeat(100));
    await expect(news(["ingest", "pages", "--db", "notes.db"])).rejects.toMatchObject({
      code: "not-an-archive",
    });
    const err = new PassThrough();
    let text = "";
    err.on("data", (c) => {
      text += c;
    });
    const code = await run(["stats", "--db", "notes.db"], { ...ioFor(), stderr: err });
    expect(code).toBe(1);
    expect(text).toMatch(/^news: not-an-archive: .*notes\.db: not a news archive/);
    expect(text.trim().split("\n")).toHaveLength(1);
  });
});

function ioFor(): Io {
  return {
    stdin: Readable.from([]),
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    cwd,
    env: { HOME: cwd },
  };
}
