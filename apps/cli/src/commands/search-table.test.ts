import type { SearchHit } from "@news/archive";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { nextPageCommand, table } from "./search.js";

const hit = (title: string, site: string, snippet: string | null = null) =>
  ({
    item: { date: "2017-12-21", title, site, paragraphs: [] },
    score: null,
    snippet,
  }) as unknown as SearchHit;

const lines = (text: string) => text.trimEnd().split("\n");

describe("the search table", () => {
  it("keeps titles readable on a 44-column terminal: the site moves to the second line", () => {
    const out = table([hit("Delegations meet in Geneva for a new round of peace talks", "en.etilaf.org")], {
      columns: 44,
      color: false,
    });
    const [first, second] = lines(out);
    expect(first).toMatch(/^2017-12-21 {2}Delegations meet in Geneva for ?…$/);
    expect(second?.trim()).toBe("en.etilaf.org");
    for (const line of lines(out)) expect(stringWidth(line)).toBeLessThanOrEqual(44);
  });

  it("measures display columns: CJK and emoji take two, and lines never pass the width", () => {
    const out = table(
      [
        hit(
          "融通关于旗下部分开放式基金新增华瑞保险销售有限公司为销售机构的公告 🎉🎉",
          "example.cn",
          "新增华瑞保险 🎉",
        ),
      ],
      {
        columns: 80,
        color: false,
      },
    );
    for (const line of lines(out)) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(lines(out)[0]).toContain("…");
  });

  it("sends no escape sequences without colour, and never cuts inside one with colour", () => {
    const snippet = `talks in \uE000Geneva\uE001 ${"and more words ".repeat(20)}`;
    const plain = table([hit("Geneva talks", "example.org", snippet)], { columns: 60, color: false });
    expect(plain).not.toContain("\x1b");
    expect(plain).toContain("[Geneva]");
    const bold = table(
      [hit("Geneva talks", "example.org", `${"x".repeat(40)} \uE000Geneva resumes today\uE001`)],
      {
        columns: 60,
        color: true,
      },
    );
    // every bold is closed, and the cut is outside any sequence
    expect(bold.match(/\x1b\[1m/g)?.length).toBe(bold.match(/\x1b\[22m/g)?.length);
    expect(bold.replace(/\x1b\[(?:1|22)m/g, "")).not.toContain("\x1b");
  });

  it("strips ESC, BEL and NUL that a hostile title carries", () => {
    const out = table([hit("Evil\x1b]0;owned\x07 title\x00 here", "example.org")], {
      columns: 100,
      color: true,
    });
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f]/);
    expect(out).not.toContain("\x1b]");
  });

  it("prints a next-page command that pastes into a shell as it is", () => {
    expect(
      nextPageCommand(['"peace talks" -sochi', "--site", "en.etilaf.org", "--cursor", "old"], "abc_123"),
    ).toBe(`news search '"peace talks" -sochi' --site en.etilaf.org --cursor abc_123`);
    expect(nextPageCommand(["it's"], "c")).toBe(`news search 'it'\\''s' --cursor c`);
  });
});

describe("colour", () => {
  it("follows NO_COLOR and TERM=dumb on a terminal", async () => {
    const { PassThrough, Readable } = await import("node:stream");
    const { mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { openArchive } = await import("@news/archive");
    const { makeItem, makePage } = await import("@news/archive/testing");
    const { run } = await import("../main.js");
    const cwd = await mkdtemp(join(tmpdir(), "news-color-"));
    const db = join(cwd, "a.db");
    const archive = await openArchive(db);
    await archive.ingest([
      { page: makePage([makeItem({ title: "Geneva talks", paragraphs: ["In Geneva."] })]), source: "x" },
    ]);
    await archive.close();
    const search = async (env: Record<string, string>) => {
      const out = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
      let text = "";
      out.on("data", (c) => {
        text += c;
      });
      await run(["search", "geneva"], {
        stdin: Readable.from([]),
        stdout: out,
        stderr: new PassThrough(),
        cwd,
        env: { NEWS_DB: db, ...env },
      });
      return text;
    };
    try {
      expect(await search({})).toContain("\x1b[1m");
      expect(await search({ NO_COLOR: "1" })).not.toContain("\x1b");
      expect(await search({ TERM: "dumb" })).not.toContain("\x1b");
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
