import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { decode, NewsError, NewsPage, type ParseOptions } from "@news/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../command.js";
import { run } from "../main.js";
import { createParseCommand, type Parser, parseCommand } from "./parse.js";

let cwd: string;
let server: Server;
let base: string;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "news-parse-"));
  await mkdir(join(cwd, "pages/sub"), { recursive: true });
  await writeFile(join(cwd, "pages/b.txt"), "Second page\nbody b");
  await writeFile(join(cwd, "pages/a.html"), "First page\nbody a");
  await writeFile(join(cwd, "pages/sub/c.txt"), "Third page\nbody c");
  await writeFile(join(cwd, "one.txt"), "Only page\nbody\nmore body");
  // a loopback server: the URL inputs never leave this machine
  server = createServer((req, res) => {
    if (req.url === "/moved") res.writeHead(302, { location: "/news/page" }).end();
    else if (req.url === "/news/page")
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("Served page\nbody");
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(cwd, { recursive: true, force: true });
});

// a stand-in parser: one item per page, its first line the title, so the tests see the CLI only
const calls: { text: string; options: ParseOptions | undefined }[] = [];
const fake: Parser = (input, options) => {
  const { text, encoding, warnings } = decode(input, options?.encoding ? { encoding: options.encoding } : {});
  calls.push({ text, options });
  if (text.startsWith("THROW")) throw new NewsError("unsupported-encoding", "no decoder for that");
  if (text.startsWith("BUG")) throw new TypeError("cannot read properties of undefined");
  const [title = "", ...rest] = text.split("\n");
  const page = NewsPage.parse({
    kind: "listing",
    section: null,
    breadcrumbs: [],
    filter: null,
    items: [
      {
        id: `n_${title.length}`,
        date: "2017-12-21",
        dateText: "21 December 2017",
        title,
        category: null,
        paragraphs: rest,
        source: null,
        url: null,
        lang: options?.lang ?? null,
        span: { start: 0, end: text.length },
        spans: {},
      },
    ],
    warnings,
    chrome: [],
    inputInfo: { format: "text", encoding, length: text.length },
  });
  return { page, text };
};

async function news(args: string[], stdin = "", parser: Parser = fake, tty = false, errTty = false) {
  const out = new PassThrough();
  const err = Object.assign(new PassThrough(), { isTTY: errTty });
  const chunks = { out: "", err: "" };
  out.on("data", (c) => {
    chunks.out += c;
  });
  err.on("data", (c) => {
    chunks.err += c;
  });
  const input = Object.assign(Readable.from([Buffer.from(stdin)]), { isTTY: tty });
  const io: Io = { stdin: input, stdout: out, stderr: err, cwd, env: {} };
  const command = createParseCommand(parser);
  let code: number;
  if (args[0] === "parse")
    code = await run(args, io); // through main: usage errors and their exit codes
  else code = await command.run(args, io);
  return { code, stdout: chunks.out, stderr: chunks.err };
}

const lines = (s: string) =>
  s
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));

describe("news parse", () => {
  it("prints one NewsPage object for one file", async () => {
    const r = await news(["one.txt"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const page = NewsPage.parse(JSON.parse(r.stdout));
    expect(page.items[0]?.title).toBe("Only page");
    expect(page.items[0]?.paragraphs).toEqual(["body", "more body"]);
    expect(page.inputInfo).toEqual({ format: "text", encoding: "utf-8", length: 24 });
  });

  it("expands a quoted glob as ingest does, into NDJSON, and refuses a bad pattern as a usage error", async () => {
    const r = await news(["pages/**/*.txt"]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((x) => x.input)).toEqual(["pages/b.txt", "pages/sub/c.txt"]);
    const bad = await news(["parse", "pages/[z-a].txt"]);
    expect([bad.code, bad.stderr.split(":")[1]?.trim()]).toEqual([2, "bad-pattern"]);
  });

  it("prints NDJSON with the input as given for a directory, recursively and sorted", async () => {
    const r = await news(["pages/"]);
    expect(r.code).toBe(0);
    const records = lines(r.stdout);
    expect(records.map((x) => x.input)).toEqual(["pages/a.html", "pages/b.txt", "pages/sub/c.txt"]);
    expect(records.map((x) => x.items[0].title)).toEqual(["First page", "Second page", "Third page"]);
    expect(Object.keys(records[0])[0]).toBe("input");
    expect(records[0].inputInfo).toEqual({ format: "text", encoding: "utf-8", length: 17 });
  });

  it("gives a bad file an error record, runs the rest and exits 1", async () => {
    const r = await news(["missing.txt", "one.txt"]);
    expect(r.code).toBe(1);
    const [bad, good] = lines(r.stdout);
    expect(bad).toEqual({
      input: "missing.txt",
      error: { code: "not-found", message: "missing.txt: no such file or directory" },
    });
    expect(good.input).toBe("one.txt");
    expect(r.stderr).toBe("news: not-found: missing.txt: no such file or directory\n");
  });

  it("prints nothing on stdout and one error line when the only input fails", async () => {
    const r = await news(["missing.txt"]);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr: "news: not-found: missing.txt: no such file or directory\n",
    });
  });

  it("turns a parser's NewsError into an error record with its code", async () => {
    await writeFile(join(cwd, "throw.txt"), "THROW");
    const r = await news(["throw.txt", "one.txt"]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[0].error.code).toBe("unsupported-encoding");
  });

  it("keeps going after a parser bug on one page but exits 70", async () => {
    await writeFile(join(cwd, "bug.txt"), "BUG");
    const r = await news(["bug.txt", "one.txt"]);
    expect(r.code).toBe(70);
    const [bug, good] = lines(r.stdout);
    expect(bug.error).toEqual({ code: "internal", message: "bug.txt: cannot read properties of undefined" });
    expect(good.items).toHaveLength(1);
    expect(r.stderr).not.toContain("    at ");
  });

  it("reads stdin for -", async () => {
    const r = await news(["-", "--format", "ndjson"], "From stdin\nbody");
    expect(lines(r.stdout)).toMatchObject([{ input: "-", items: [{ title: "From stdin" }] }]);
  });

  it("downloads URLs in order among files, following redirects, and resolves against the final URL", async () => {
    calls.length = 0;
    const r = await news(["one.txt", `${base}/moved`, `${base}/gone`, "-"], "From stdin\nbody");
    expect(r.code).toBe(1);
    const records = lines(r.stdout);
    expect(records.map((x) => x.input)).toEqual(["one.txt", `${base}/moved`, `${base}/gone`, "-"]);
    expect(records[1].items[0].title).toBe("Served page");
    expect(records[2].error).toEqual({ code: "http-error", message: `${base}/gone: HTTP 404 Not Found` });
    expect(calls[1]?.options).toMatchObject({
      url: `${base}/news/page`,
      contentType: "text/plain; charset=utf-8",
    });
    expect(r.stderr).toBe(`news: http-error: ${base}/gone: HTTP 404 Not Found\n`);
  });

  it("keeps --url over the downloaded address and refuses a second - even after a URL", async () => {
    calls.length = 0;
    const r = await news(["-", `${base}/news/page`, "-", "--url", "https://x.org/"], "Typed\nbody");
    expect(calls.map((c) => c.options?.url)).toEqual(["https://x.org/", "https://x.org/"]);
    expect(lines(r.stdout).map((x) => x.error?.code ?? "ok")).toEqual(["ok", "ok", "stdin-repeated"]);
  });

  it("says how to end input typed at a terminal", async () => {
    const r = await news(["-"], "Typed\nbody", fake, true);
    expect(r.stderr).toBe("news: reading the page from the terminal (end with Ctrl-D)\n");
    expect(JSON.parse(r.stdout).items[0].title).toBe("Typed");
  });

  it("draws a progress counter on a terminal's stderr and clears it before an error line", async () => {
    const r = await news(["one.txt", "missing.txt", "pages/"], "", fake, false, true);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith("\r\u001b[2Knews: 1 parsed\r\u001b[2Knews: not-found:")).toBe(true);
    // whatever was drawn last is wiped: the terminal is left on a clean line
    expect(r.stderr).toMatch(/(\n|\r\u001b\[2K)$/);
    expect(r.stderr).not.toMatch(/parsed[^\r]*$/);
    expect(lines(r.stdout)).toHaveLength(5);
    const piped = await news(["one.txt", "pages/"]);
    expect(piped.stderr).toBe("");
  });

  it("gives ndjson even with --format json when there are several inputs", async () => {
    const r = await news(["one.txt", "pages/b.txt", "--format", "json"]);
    expect(lines(r.stdout).map((x) => x.input)).toEqual(["one.txt", "pages/b.txt"]);
  });

  it("passes --url, --content-type, --encoding, --reference, --lang and --max-bytes to the parser", async () => {
    calls.length = 0;
    await news(["pages/a.html", "one.txt"]);
    expect(calls.map((c) => c.options?.contentType)).toEqual(["text/html", "text/plain"]);
    calls.length = 0;
    const flags = ["--url", "https://x.org/n", "--content-type", "text/html", "--encoding", "latin1"];
    const more = ["--reference", "2020-01-02", "--lang", "fr", "--max-bytes", "2k"];
    await news(["one.txt", ...flags, ...more]);
    expect(calls[0]?.options).toEqual({
      url: "https://x.org/n",
      contentType: "text/html",
      encoding: "latin1",
      reference: "2020-01-02",
      lang: "fr",
      maxBytes: 2048,
    });
  });

  it("reports an input over --max-bytes as too-large", async () => {
    const r = await news(["one.txt", "--max-bytes", "4"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^news: too-large: one\.txt: larger than the limit of 4 bytes/);
  });

  it("renders markdown and text with one heading per input when there are several", async () => {
    const md = await news(["pages/b.txt", "one.txt", "--format", "md"]);
    expect(md.stdout).toContain("# pages/b.txt\n\n1 item\n\n### 1. Second page");
    expect(md.stdout).toContain("\n# one.txt\n");
    const text = await news(["one.txt", "-f", "text"]);
    expect(text.stdout).toBe("1 item\n\n[1] 2017-12-21\n    Only page\n\n    body\n\n    more body\n");
  });

  it("renders CSV with the input in the first column and one header", async () => {
    const r = await news(["pages/", "--format", "csv"]);
    const rows = r.stdout.trimEnd().split("\r\n");
    expect(rows[0]).toBe("input,id,date,dateText,title,category,source,authors,url,lang,text");
    expect(rows.slice(1).map((row) => row.split(",")[0])).toEqual([
      "pages/a.html",
      "pages/b.txt",
      "pages/sub/c.txt",
    ]);
  });

  it("writes --out atomically and leaves no temporary file behind", async () => {
    const r = await news(["pages/", "--out", "out.ndjson"]);
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(lines(await readFile(join(cwd, "out.ndjson"), "utf8"))).toHaveLength(3);
    expect((await readdir(cwd)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves an existing --out file untouched when the only input fails", async () => {
    await writeFile(join(cwd, "keep.json"), "previous");
    const r = await news(["missing.txt", "-o", "keep.json"]);
    expect(r.code).toBe(1);
    expect(await readFile(join(cwd, "keep.json"), "utf8")).toBe("previous");
    expect((await readdir(cwd)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses an --out it cannot write before reading any input", async () => {
    calls.length = 0;
    await expect(news(["one.txt", "--out", "no/such/dir/out.json"])).rejects.toMatchObject({
      code: "cannot-write",
      message: "no/such/dir/out.json: the folder does not exist",
    });
    expect(calls).toEqual([]);
  });

  it.each([
    [["parse"], "news: no-input: no input given (a file, a directory, - or a URL)\n"],
    [
      ["parse", "one.txt", "--bogus"],
      /^news: bad-option: Unknown option '--bogus' \(see news parse --help\)\n$/,
    ],
    [["parse", "one.txt", "--format", "yaml"], /^news: bad-option: unknown format "yaml"/],
    [["parse", "one.txt", "--reference", "tomorrow"], /^news: bad-option: --reference: not an ISO date/],
    [["parse", "one.txt", "--max-bytes", "lots"], /^news: bad-option: --max-bytes: not a size/],
    [["parse", "one.txt", "--timeout", "soon"], /^news: bad-option: --timeout: not a number of seconds/],
    [["parse", "one.txt", "--out"], /^news: bad-option: Option '-o, --out <value>' argument missing/],
  ])("exits 2 with one line for the usage error %j", async (args, message) => {
    const r = await news(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("has help that documents formats, options and exit codes", async () => {
    const r = await news(["parse", "--help"]);
    expect(r.code).toBe(0);
    for (const word of ["--format", "ndjson", "markdown", "--out", "--url", "--reference", "Exit codes"]) {
      expect(r.stdout).toContain(word);
    }
  });

  it("is registered with @news/core's parse, which detects the kind of page", async () => {
    expect(parseCommand.name).toBe("parse");
    const listing = "Coalition News\n21 December 2017 In Coalition News\n\nThe delegation met.\n";
    await writeFile(join(cwd, "real.txt"), listing);
    await writeFile(
      join(cwd, "real.html"),
      `<!doctype html><title>T</title><article><h1>Head</h1><p>Body text.</p></article>`,
    );
    const r = await news(["parse", "real.txt", "real.html"]);
    expect(r.stderr).toBe("");
    const [text, html] = lines(r.stdout);
    expect(text.items.map((i: { date: string }) => i.date)).toEqual(["2017-12-21"]);
    expect([text.inputInfo.format, html.inputInfo.format]).toEqual(["text", "html"]);
  });

  it("--enrich adds each item's enrichment, with spans into the decoded input", async () => {
    const page = [
      "Coalition News",
      "21 December 2017 In Coalition News",
      "",
      'Khalid Al-Mahamid, Deputy Head of the Committee, said: "The aim of the meetings is to discuss all the issues."',
      "",
    ].join("\n");
    // a BOM: spans index the decoded text, which the command must hand to enrich
    await writeFile(join(cwd, "enrich.txt"), `\uFEFF${page}`);
    const plain = JSON.parse((await news(["parse", "enrich.txt"])).stdout);
    expect(plain.items[0].enrichment).toBeUndefined();
    const r = await news(["parse", "enrich.txt", "--enrich"]);
    expect(r.code).toBe(0);
    const [quote] = JSON.parse(r.stdout).items[0].enrichment.quotes;
    expect(quote.speaker.text).toBe("Khalid Al-Mahamid");
    expect(page.slice(quote.speaker.span.start, quote.speaker.span.end)).toBe("Khalid Al-Mahamid");
  });
});
