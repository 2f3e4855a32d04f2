import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { openArchive } from "@news/archive";
import { makeItem, makePage } from "@news/archive/testing";
import { type NewsItem, parseFeed } from "@news/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../command.js";
import { run } from "../main.js";

let cwd: string;
let db: string;

function item(date: string | null, title: string, body: string, extra: Partial<NewsItem> = {}): NewsItem {
  return makeItem({
    date,
    title,
    paragraphs: [body],
    category: "World",
    source: "Press office",
    url: `https://www.example.org/${encodeURIComponent(title)}`,
    ...extra,
  });
}

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "news-search-"));
  db = join(cwd, "a.db");
  const items = [
    item("2017-12-21", "Geneva talks resume", "Delegations met in Geneva for peace talks."),
    item("2017-12-20", 'Idlib <airstrikes> & "shelling"', "Airstrikes hit Idlib, killing 17 people."),
    item(
      "2017-11-02",
      "Sochi conference rejected",
      "The opposition rejected Sochi; talks, it said, belong in Geneva.",
    ),
    item(null, "Undated note", "A note, with a comma and\na newline."),
  ];
  const page = makePage(items);
  const archive = await openArchive(db);
  await archive.ingest([{ page, source: "list.txt" }]);
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

describe("news search", () => {
  it("prints a table newest first with highlighted snippets and a cursor hint", async () => {
    const r = await news(["search", "geneva", "--limit", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2017-12-21 {2}Geneva talks resume +example\.org\n\s+.*\[Geneva\]/);
    expect(r.stderr).toMatch(/^more: news search geneva --limit 1 --cursor \S+\n$/);
    const cursor = r.stderr.trim().split(" ").at(-1) as string;
    const next = await news(["search", "geneva", "--limit", "1", "--cursor", cursor]);
    expect(next.stdout).toContain("Sochi conference rejected");
    expect((await news(["search", "geneva", "--limit", "1", "-q"])).stderr).toBe("");
    expect(next.stderr).toBe("");
  });

  it("writes json, ndjson, csv and markdown, with facets", async () => {
    const json = JSON.parse((await news(["search", "talks", "--format", "json", "--facets"])).stdout);
    expect(json.hits).toHaveLength(2);
    expect(json.facets).toMatchObject({
      total: 2,
      month: [
        { value: "2017-11", count: 1 },
        { value: "2017-12", count: 1 },
      ],
    });
    const nd = (await news(["search", "talks", "-f", "ndjson", "--sort", "relevance"])).stdout
      .trim()
      .split("\n");
    expect(nd).toHaveLength(2);
    expect(JSON.parse(nd[0] as string)).toHaveProperty("score");
    // fewer matches than relevance's window: every match is ranked, no note on stderr
    const ranked = await news(["search", "talks", "--sort", "relevance"]);
    expect(ranked.stderr).not.toContain("ranked:");
    const all = await news(["search", "talks", "-f", "ndjson", "--sort", "relevance", "--rank-all"]);
    expect(all.stdout.trim().split("\n")).toEqual(nd);
    const csv = (await news(["search", "note", "-f", "csv"])).stdout;
    expect(csv.split("\r\n")[0]).toBe(
      "site,score,id,date,dateText,title,category,source,authors,url,lang,text",
    );
    expect(csv).toContain('"A note, with a comma and\na newline."');
    const md = (await news(["search", "idlib", "-f", "markdown"])).stdout;
    expect(md).toContain("**Idlib**");
  });

  it("filters by date and site, and says so when nothing matches", async () => {
    expect(
      (await news(["search", "--from", "2017-12", "--site", "example.org", "-f", "ndjson"])).stdout
        .trim()
        .split("\n"),
    ).toHaveLength(2);
    expect((await news(["search", "zzzz"])).stdout).toBe("no results\n");
  });

  it("reads -word as the query's NOT, not as an unknown option", async () => {
    const r = await news(["search", "talks", "-sochi", "--format", "ndjson"]);
    expect(r.code).toBe(0);
    const titles = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).title);
    expect(titles).toContain("Geneva talks resume");
    expect(titles).not.toContain("Sochi conference rejected");
  });

  it("turns bad options into usage errors with a code", async () => {
    for (const args of [
      ["search", "x", "--limit", "0"],
      ["search", "x", "--sort", "random"],
      ["search", "x", "--format", "xml"],
      ["search", "x", "--from", "yesterday"],
      ["search", "x", "--cursor", "forged"],
      ["search", "--bogus"],
    ]) {
      const r = await news(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^news: [a-z-]+: /);
    }
  });

  it("reads a year or month as the whole period and refuses dates not on the calendar", async () => {
    const nd = async (...args: string[]) =>
      (await news(["search", ...args, "-f", "ndjson"])).stdout.trim().split("\n").filter(Boolean);
    expect(await nd("--from", "2017", "--to", "2017")).toHaveLength(3);
    expect(await nd("--to", "2017-11")).toHaveLength(1);
    expect(await nd("from:2017 to:2017")).toHaveLength(3);
    for (const bad of ["2025-13", "2025-02-30", "2017-1-5"]) {
      const r = await news(["search", "x", "--from", bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toBe(
        `news: bad-option: --from: not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-12-21) (got "${bad}")\n`,
      );
    }
    const inQuery = await news(["search", "to:2025-02-30"]);
    expect(inQuery.code).toBe(2);
    expect(inQuery.stderr).toMatch(/^news: invalid-option: to: not a calendar date/);
  });

  it("reads -word as the documented NOT, not as an option", async () => {
    const r = await news(["search", "talks", "-sochi", "-f", "ndjson"]);
    expect(r.code).toBe(0);
    const titles = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).title);
    expect(titles).toEqual(["Geneva talks resume"]);
  });

  it("reports a missing archive with one coded line", async () => {
    const r = await news(["search", "x", "--db", join(cwd, "nope.db")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^news: no-archive: .*nope\.db/);
  });
});

describe("news export", () => {
  it("exports ndjson by default and json, csv, markdown", async () => {
    expect((await news(["export"])).stdout.trim().split("\n")).toHaveLength(4);
    const all = JSON.parse((await news(["export", "-f", "json"])).stdout);
    expect(all.map((i: NewsItem) => i.date)).toEqual(["2017-12-21", "2017-12-20", "2017-11-02", null]);
    expect((await news(["export", "-f", "csv", "geneva"])).stdout.split("\r\n").filter(Boolean)).toHaveLength(
      3,
    );
    expect((await news(["export", "-f", "md", "idlib"])).stdout).toContain("## Idlib \\<airstrikes>");
  });

  it("writes RSS, Atom and JSON Feed through the core writers, with the given title and link", async () => {
    const link = ["--link", "https://example.org/news/"];
    const rss = (
      await news([
        "export",
        "-f",
        "rss",
        "--title",
        "A & B",
        ...link,
        "--self-url",
        "https://example.org/rss",
      ])
    ).stdout;
    expect(rss).toContain("<title>A &amp; B</title>");
    expect(rss).toContain("<link>https://example.org/news/</link>");
    expect(rss).toContain(
      '<atom:link href="https://example.org/rss" rel="self" type="application/rss+xml"/>',
    );
    expect(rss).toContain("<pubDate>Thu, 21 Dec 2017 00:00:00 GMT</pubDate>");
    expect(rss.match(/<item>/g)).toHaveLength(4);
    expect(parseFeed(rss).items.map((i) => i.title)).toContain('Idlib <airstrikes> & "shelling"');
    const atom = (await news(["export", "-f", "atom", "--to", "2017-11-30", ...link])).stdout;
    expect(atom).toMatch(/^<\?xml[\s\S]*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">[\s\S]*<\/feed>\n$/);
    expect(parseFeed(atom).items).toHaveLength(1);
    const json = JSON.parse((await news(["export", "-f", "jsonfeed", ...link])).stdout);
    expect(json.home_page_url).toBe("https://example.org/news/");
    expect(json.items).toHaveLength(4);
  });

  it("writes CSV cells as they are with --raw-csv", async () => {
    const safe = (await news(["export", "-f", "csv", "geneva"])).stdout;
    const raw = (await news(["export", "-f", "csv", "--raw-csv", "geneva"])).stdout;
    expect(raw.split("\r\n")[0]).toBe(safe.split("\r\n")[0]);
    expect(raw.split("\r\n").filter(Boolean)).toHaveLength(3);
  });

  it("refuses a feed export without an http(s) --link", async () => {
    for (const args of [
      ["-f", "rss"],
      ["-f", "atom", "--link", "javascript:alert(1)"],
    ]) {
      const r = await news(["export", ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^news: bad-option: .*--link/);
    }
  });

  it("writes a file atomically with --out", async () => {
    const r = await news(["export", "-o", "out.ndjson"]);
    expect(r.code).toBe(0);
    expect((await readFile(join(cwd, "out.ndjson"), "utf8")).trim().split("\n")).toHaveLength(4);
  });
});

describe("news stats", () => {
  it("shows counts and checks integrity", async () => {
    const r = await news(["stats", "--check"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/items: {5}4 \(1 undated\)/);
    expect(r.stdout).toContain("check:     ok");
    const json = JSON.parse((await news(["stats", "--json"])).stdout);
    expect(json).toMatchObject({
      engine: "sqlite",
      items: 4,
      firstDate: "2017-11-02",
      lastDate: "2017-12-21",
    });
  });
});
