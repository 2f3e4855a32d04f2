import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { openArchive } from "@news/archive";
import { makeItem, makePage } from "@news/archive/testing";
import { parseFeed } from "@news/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../command.js";
import { run } from "../main.js";

// an archive holding what a crafted NewsPage record, or an archive written before links were
// checked, can hold: script links, formulas and terminal escapes
let cwd: string;
let db: string;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "news-export-"));
  db = join(cwd, "a.db");
  const items = [
    makeItem({
      date: "2020-01-02",
      title: '=HYPERLINK("http://evil.example","click")',
      paragraphs: ["+cmd|' /C calc'!A0", "<script>alert(1)</script> [x](javascript:alert(1))"],
      url: "java\tscript:alert(1)",
      image: "vbscript:msgbox(1)",
    }),
    makeItem({
      date: "2020-01-01",
      title: "\u001b]0;owned\u0007Red \u001b[31malert\u001b[0m",
      paragraphs: ["@SUM(A1:A9)"],
      url: "file:///etc/passwd",
    }),
  ];
  const archive = await openArchive(db);
  await archive.ingest([{ page: makePage(items), source: "crafted.json" }]);
  await archive.close();
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function news(args: string[]) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (c) => chunks.push(String(c)));
  const io: Io = {
    stdin: Readable.from([]),
    stdout: out,
    stderr: new PassThrough(),
    cwd,
    env: { NEWS_DB: db },
  };
  const code = await run(args, io);
  return { code, stdout: chunks.join("") };
}

describe("news export of hostile stored items", () => {
  const link = ["--link", "https://example.org/"];

  it("writes no script or file link into RSS, Atom, JSON Feed or Markdown", async () => {
    for (const format of ["rss", "atom", "jsonfeed", "markdown"]) {
      const r = await news(["export", "-f", format, ...link]);
      expect(r.code, format).toBe(0);
      // as a link: RSS <link>, Atom href, JSON Feed url/image, a Markdown autolink or link (as
      // text, a paragraph may say "javascript:" like any other word)
      expect(r.stdout, format).not.toMatch(
        /<link>\s*(java\s*script|vbscript|file):|href="(java\s*script|vbscript|file):|"(url|image)":"(java\s*script|vbscript|file):|<(java\s*script|vbscript|file):/,
      );
      if (format === "markdown") expect(r.stdout).not.toMatch(/(?<!\\)\]\((java\s*script|vbscript)/);
      expect(r.stdout, format).not.toMatch(/file:\/\/\/|vbscript:msgbox|java\tscript/);
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    }
    const rss = parseFeed((await news(["export", "-f", "rss", ...link])).stdout);
    expect(rss.items.map((i) => i.url)).toEqual([null, null]);
    expect(rss.items[0]?.paragraphs[1]).toBe("<script>alert(1)</script> [x](javascript:alert(1))");
  });

  it("neutralises formulas in CSV unless --raw-csv", async () => {
    const csv = (await news(["export", "-f", "csv"])).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"'+cmd|' /C calc'!A0`);
    expect(csv).toContain(`,"'@SUM(A1:A9)"`);
    expect(csv).not.toMatch(/file:\/\/\/|java\tscript/);
    const raw = (await news(["export", "-f", "csv", "--raw-csv"])).stdout;
    expect(raw).toContain(`"=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(raw).toContain(",@SUM(A1:A9)");
  });
});
