import { readFileSync } from "node:fs";
import { makeItem } from "@news/archive/testing";
import { parseText } from "@news/core";
import { enrich } from "@news/core/enrich";
import { afterEach, describe, expect, it } from "vitest";
import { keymapFrom } from "./keys.js";
import { FakeArchive, manyItems } from "./testing/fake.js";
import { type Harness, KEYS, renderApp } from "./testing/render.js";
import { width } from "./text.js";

const seedText = readFileSync(new URL("../fixtures/coalition-news-2017-12-21.txt", import.meta.url), "utf8");
/** The seed page (three items without headlines), enriched, as the archive stores it. */
const seedItems = () =>
  enrich(parseText(seedText, { url: "https://en.etilaf.org/all-news/news/coalition-news" })).items.map(
    (item) => ({
      ...item,
      site: "en.etilaf.org",
      firstSeen: "2026-01-01T00:00:00Z",
    }),
  );

let app: Harness | null = null;
const open = (...args: Parameters<typeof renderApp>) => {
  app = renderApp(...args);
  return app;
};
afterEach(() => {
  app?.unmount();
  app = null;
});

const status = (h: Harness) => h.plain().split("\n").at(-1) ?? "";

describe("list view", () => {
  it("groups items under day headings, newest first, with date, category and headline or opening words", async () => {
    const h = open({ open: new FakeArchive(seedItems()) });
    const screen = await h.waitFor("Thursday, 21 December 2017");
    const rows = screen.split("\n").filter((line) => line.includes("2017-12-21"));
    expect(rows).toHaveLength(3);
    // the seed's items have no headline: their opening words stand in
    expect(rows[0]).toContain("The delegation of the Syrian armed opposition");
    expect(rows[0]).toContain("Coalition News");
    // all unread
    expect(rows.every((row) => row.startsWith("•"))).toBe(true);
    expect(status(h)).toMatch(/^ 1\/3 /);
  });

  it("moves with j/k and the arrows, pages with PgDn/PgUp, jumps with g/G", async () => {
    const h = open({ open: new FakeArchive(manyItems(60)) }, { rows: 12 });
    await h.waitFor("Headline number 0");
    expect(h.selectedRow()).toContain("Headline number 0");
    await h.press("j", "j", KEYS.down);
    expect(h.selectedRow()).toContain("Headline number 3");
    await h.press("k", KEYS.up);
    expect(h.selectedRow()).toContain("Headline number 1");
    await h.press(KEYS.pageDown);
    expect(status(h)).toMatch(/^ 11\/60 /);
    await h.press(KEYS.pageUp);
    expect(status(h)).toMatch(/^ 2\/60 /);
    await h.press("G");
    expect(status(h)).toMatch(/^ 60\/60 /);
    // the 60th item has no headline: its opening words show
    expect(h.selectedRow()).toContain("Body of item 59");
    await h.press("g");
    expect(status(h)).toMatch(/^ 1\/60 /);
  });

  it("renders only the rows that fit and pages through the archive with cursors", async () => {
    const archive = new FakeArchive(manyItems(1500));
    const h = open({ open: archive }, { rows: 10 });
    await h.waitFor("Headline number 0");
    expect(h.plain().split("\n").length).toBeLessThanOrEqual(9);
    expect(h.plain()).not.toContain("Headline number 20");
    const first = archive.calls.find((c) => c.method === "list");
    expect(first?.query?.cursor).toBeUndefined();
    expect(first?.query?.limit).toBe(200);
    // the total comes from count(), the rows from the first page only
    await h.waitFor("1/1,500");
    // PgDn moves 7 rows here; the next page is fetched two screens before the end of the loaded ones
    for (let i = 0; i < 28; i++) await h.press(KEYS.pageDown);
    await h.waitFor(/ \d+\/1,500/);
    const paged = archive.calls.filter((c) => c.method === "list" && c.query?.cursor);
    expect(paged.length).toBeGreaterThan(0);
    expect(paged[0]?.query?.cursor).toBe("200");
    expect(status(h)).toMatch(/^ 197\/1,500 /);
  });

  it("starts a new query with one page, and a refresh with as many rows as were loaded", async () => {
    const archive = new FakeArchive(manyItems(1500));
    const h = open({ open: archive }, { rows: 10 });
    await h.waitFor("Headline number 0");
    for (let i = 0; i < 28; i++) await h.press(KEYS.pageDown);
    await h.waitFor(/ 197\/1,500/);
    await h.press("r");
    await h.waitFor(/ 197\/1,500/);
    expect(archive.calls.filter((c) => c.method === "list").at(-1)?.query?.limit).toBeGreaterThan(200);
    await h.press("/", "G", "e", "n", "e", "v", "a", KEYS.enter);
    await h.waitFor(/ 1\/750 +\/Geneva/);
    // every search typed (a slow machine may also send "Genev") asked for one page
    const searches = archive.calls.filter((c) => c.method === "list" && c.query?.q);
    expect(searches.map((c) => c.query?.q)).toContain("Geneva");
    for (const c of searches) expect(c.query?.limit).toBe(200);
  });

  it("a PgDn past the rows loaded so far stops at the last one and completes when the next page arrives", async () => {
    const archive = new FakeArchive(manyItems(1500));
    const h = open({ open: archive }, { rows: 10 });
    await h.waitFor("1/1,500");
    // the pages read ahead now take a while (a slow query on a reader thread)
    archive.delayMs = 1000;
    for (let i = 0; i < 30; i++) await h.press(KEYS.pageDown);
    // 30 pages of 7 rows: row 211 of the list, past the 200 loaded
    expect(status(h)).toMatch(/^ 200\/1,500 /);
    await h.waitFor(/^ 211\/1,500 /m);
    expect(h.selectedRow()).toContain("Headline number 210");
    // the next key goes on from there
    await h.press("j");
    expect(status(h)).toMatch(/^ 212\/1,500 /);
  });

  it("counts a list once: coming back to it (Esc from a search) reuses its count, r counts again", async () => {
    const archive = new FakeArchive(manyItems(1500));
    const counted: string[] = [];
    const count = archive.count.bind(archive);
    archive.count = (query) => {
      counted.push(JSON.stringify(query));
      return count(query);
    };
    const h = open({ open: archive }, { rows: 10 });
    await h.waitFor("1/1,500");
    await h.press("/", "G", "e", "n", "e", "v", "a", KEYS.enter);
    await h.waitFor(/ 1\/750 +\/Geneva/);
    await h.press(KEYS.escape);
    await h.waitFor(/^ 1\/1,500 /m);
    expect(counted.filter((q) => q === "{}")).toHaveLength(1);
    await h.press("r");
    await h.waitFor(/^ 1\/1,500 /m);
    await new Promise((r) => setTimeout(r, 50));
    expect(counted.filter((q) => q === "{}")).toHaveLength(2);
  });

  it("G loads the next page when more items are left and says so", async () => {
    const archive = new FakeArchive(manyItems(700));
    const h = open({ open: archive }, { rows: 10 });
    await h.waitFor("Headline number 0");
    await h.press("G");
    expect(h.plain()).toContain("more items are loading");
    await h.waitFor(/ 200\/700/);
    await h.press("G");
    await h.waitFor(/ 700\/700/);
  });

  it("keeps wide (CJK) and right-to-left text in its columns", async () => {
    const items = [
      makeItem({
        date: "2017-12-21",
        title: "日本語の見出しです",
        category: "国際ニュース",
        paragraphs: ["a"],
      }),
      makeItem({ date: "2017-12-21", title: "عنوان الخبر بالعربية", category: "أَخْبَار", paragraphs: ["b"] }),
      makeItem({ date: "2017-12-21", title: "כותרת בעברית", category: "חדשות", paragraphs: ["c"] }),
      makeItem({ date: "2017-12-21", title: "Latin headline", category: "World", paragraphs: ["d"] }),
    ];
    const h = open({ open: new FakeArchive(items) });
    await h.waitFor("Latin headline");
    const rows = h
      .plain()
      .split("\n")
      .filter((line) => line.includes("2017-12-21"));
    const titles = ["日本語の見出しです", "عنوان الخبر بالعربية", "כותרת בעברית", "Latin headline"];
    const starts = rows.map((row, i) => width(row.slice(0, row.indexOf(titles[i]!))));
    expect(new Set(starts).size).toBe(1);
    expect(rows.every((row) => width(row) <= 100)).toBe(true);
  });

  it("uses colours, and none under NO_COLOR (bold and inverse stay)", async () => {
    const colored = renderApp({ open: new FakeArchive(manyItems(3)) }, { color: true });
    await colored.waitFor("Headline number 0");
    expect(colored.screen()).toMatch(/\u001B\[3\dm/);
    colored.unmount();
    const plain = open({ open: new FakeArchive(manyItems(3)) }, { color: false });
    await plain.waitFor("Headline number 0");
    expect(plain.screen()).not.toMatch(/\u001B\[3\dm/);
    expect(plain.screen()).toContain("\u001B[7m");
  });
});

describe("reading view", () => {
  it("opens with Enter: wrapped paragraphs, date, source line, URL, enrichment, sightings; Esc goes back", async () => {
    const archive = new FakeArchive(seedItems());
    const h = open({ open: archive }, { rows: 80, columns: 80 });
    await h.waitFor("Thursday");
    await h.press(KEYS.enter);
    const screen = await h.waitFor("(Source: Syrian Coalition’s Media Department)");
    expect(screen).toContain("2017-12-21 · Coalition News · en.etilaf.org");
    expect(screen).toContain("The delegation of the Syrian armed opposition on Thursday held a meeting");
    expect(screen.split("\n").every((line) => width(line) <= 80)).toBe(true);
    expect(screen).toContain("Places");
    expect(screen).toContain("Astana, KZ");
    expect(screen).toContain("Documents");
    expect(screen).toContain("UNSCR 2254");
    expect(screen).toContain("Seen on");
    // opening marks the item read, in the archive
    expect(archive.flags.get(archive.items[0]!.id)?.read).toBe(true);
    await h.press(KEYS.escape);
    await h.waitFor("Thursday, 21 December 2017");
    expect(h.selectedRow()?.startsWith(" ")).toBe(true);
  });

  it("l opens, h goes back, n/N move between items, j/k/PgDn/g/G scroll", async () => {
    const items = manyItems(3).map((item, i) => ({
      ...item,
      authors: ["Jane Doe"],
      paragraphs: Array.from({ length: 30 }, (_, p) => `Paragraph ${p} of item ${i}.`),
    }));
    const h = open({ open: new FakeArchive(items) }, { rows: 12 });
    await h.waitFor("Headline number 0");
    await h.press("l");
    await h.waitFor("By Jane Doe");
    expect(h.plain()).toContain("https://example.org/news/0");
    await h.press("j", "j");
    expect(h.plain()).not.toContain("Headline number 0");
    await h.press("G");
    await h.waitFor("Paragraph 29 of item 0.");
    await h.press("g");
    await h.waitFor("Headline number 0");
    await h.press(KEYS.pageDown);
    expect(h.plain()).not.toContain("Headline number 0");
    await h.press("n");
    await h.waitFor("Headline number 1");
    expect(status(h)).toMatch(/^ item 2\/3/);
    await h.press("N");
    await h.waitFor("Headline number 0");
    await h.press("N");
    expect(h.plain()).toContain("this is the first item");
    await h.press("h");
    await h.waitFor(/^Sunday, 31 December 2017/);
  });
});

describe("search and filters", () => {
  it("/ searches as you type, cancels stale requests, Enter keeps and Esc restores", async () => {
    const archive = new FakeArchive(manyItems(30));
    const h = open({ open: archive });
    await h.waitFor("Headline number 0");
    archive.delayMs = 30;
    await h.press("/", "G", "e", "n", "e", "v", "a");
    await h.waitFor("/Geneva");
    await h.waitFor("1/15");
    expect(h.plain()).not.toContain("Astana");
    const lists = archive.calls.filter((c) => c.method === "list");
    // a request overtaken by a newer one was aborted
    expect(lists.slice(0, -1).some((c) => c.aborted?.())).toBe(true);
    expect(lists.at(-1)?.aborted?.()).toBe(false);
    await h.press(KEYS.enter);
    expect(status(h)).toContain("/Geneva");
    await h.press("/", KEYS.backspace, KEYS.backspace, "x", "x");
    await h.waitFor("No items match /Genexx");
    await h.press(KEYS.escape);
    await h.waitFor("1/15");
    expect(status(h)).toContain("/Geneva");
    // Esc in the list clears the search
    await h.press(KEYS.escape);
    await h.waitFor("1/30");
  });

  it("f filters by a category picked from the facets, by month, by entity, and (any) clears", async () => {
    const items = seedItems().concat(
      manyItems(4).map((item) => ({ ...item, site: "example.org", firstSeen: "2026-01-01T00:00:00Z" })),
    );
    const archive = new FakeArchive(items).sort();
    const h = open({ open: archive });
    await h.waitFor("1/7");
    await h.press("f");
    await h.waitFor("Filter by");
    await h.press(KEYS.enter);
    const values = await h.waitFor("Filter by category");
    expect(values).toContain("Coalition News");
    expect(values).toContain("(any)");
    await h.press("j");
    const picked = h
      .selectedRow()!
      .trim()
      .split(/\s{2,}/);
    await h.press(KEYS.enter);
    await h.waitFor(`category:${picked[0]}`);
    expect(status(h)).toMatch(new RegExp(`^ 1/${picked[1]} `));
    // month
    await h.press("f", "j", "j", "j", KEYS.enter);
    await h.waitFor("Filter by date (month)");
    await h.press("j", KEYS.enter);
    await h.waitFor("month:2017-12");
    // (any) clears the category
    await h.press("f", KEYS.enter, KEYS.enter);
    await h.waitFor(/ 1\/\d+ +month:2017-12/);
    expect(status(h)).not.toContain("category:");
    // entity: typed
    await h.press("f", "G", KEYS.enter);
    await h.waitFor("entity:");
    for (const ch of "Astana") await h.press(ch);
    await h.press(KEYS.enter);
    await h.waitFor("entity:Astana");
    await h.waitFor(/ 1\/\d+ /);
  });

  it("shows a screen for a query the archive refuses, and Esc clears it", async () => {
    const archive = new FakeArchive(manyItems(3));
    const h = open({ open: archive });
    await h.waitFor("Headline number 0");
    archive.failWith = Object.assign(new Error("from:2017-13 is not a date (e.g. 2017-12-21)"), {
      name: "ArchiveError",
      code: "invalid-option",
    });
    await h.press("/", "x");
    const screen = await h.waitFor("This search cannot be run");
    expect(screen).toContain("from:2017-13 is not a date");
    archive.failWith = null;
    await h.press(KEYS.enter, KEYS.escape);
    await h.waitFor("Headline number 0");
  });
});

describe("actions", () => {
  it("s stars and u marks unread, kept in the archive", async () => {
    const archive = new FakeArchive(manyItems(3));
    const h = open({ open: archive });
    await h.waitFor("Headline number 0");
    await h.press("s");
    expect(h.selectedRow()).toMatch(/^•★/);
    expect(archive.flags.get(archive.items[0]!.id)?.starred).toBe(true);
    await h.press("u");
    expect(h.selectedRow()).toMatch(/^ ★/);
    expect(archive.flags.get(archive.items[0]!.id)).toEqual({ read: true, starred: true });
    await h.press("s");
    expect(archive.flags.get(archive.items[0]!.id)?.starred).toBe(false);
  });

  it("o opens the URL, y copies it, in the list and the reading view", async () => {
    const h = open({ open: new FakeArchive(manyItems(3)) });
    await h.waitFor("Headline number 0");
    await h.press("o");
    await h.waitFor("opened https://example.org/news/0");
    await h.press("j", KEYS.enter);
    await h.waitFor("https://example.org/news/1");
    await h.press("y");
    await h.waitFor("copied the URL");
    expect(h.effects.opened).toEqual(["https://example.org/news/0"]);
    expect(h.effects.copied).toEqual(["https://example.org/news/1"]);
  });

  it("e exports the current view as Markdown, CSV or Atom", async () => {
    const h = open({ open: new FakeArchive(seedItems()) });
    await h.waitFor("Thursday");
    await h.press("e");
    await h.waitFor("Export the 3 items of this view as");
    await h.press(KEYS.enter);
    await h.waitFor("exported 3 items to /tmp/news-");
    const markdown = h.effects.saved[0]!;
    expect(markdown.name).toMatch(/^news-\d{8}-\d{6}\.md$/);
    expect(markdown.content).toContain("— Syrian Coalition’s Media Department");
    await h.press("e", "j", KEYS.enter);
    await h.waitFor(/exported 3 items to \/tmp\/news-.*\.csv/);
    expect(h.effects.saved[1]!.content.split("\n")[0]).toContain("date");
    await h.press(KEYS.enter, "e", "j", "j", KEYS.enter);
    await h.waitFor(/exported 1 item to \/tmp\/news-.*\.atom/);
    expect(h.effects.saved[2]!.content).toContain("<feed");
    expect(h.effects.saved[2]!.content.match(/<entry>/g)).toHaveLength(1);
  });

  it("r refreshes: new items from an ingest are noticed through version(), the selection stays", async () => {
    const archive = new FakeArchive(manyItems(10));
    const h = open({ open: archive, pollMs: 20 });
    await h.waitFor("Headline number 0");
    await h.press("j", "j");
    expect(h.selectedRow()).toContain("Headline number 2");
    // our own marks change the version too: they are not new items
    await h.press("s", KEYS.enter, KEYS.escape);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.plain()).not.toContain("new items");
    archive.add([makeItem({ date: "2018-01-05", title: "Fresh from an ingest", paragraphs: ["new"] })]);
    await h.waitFor("new items: r to refresh");
    await h.press("r");
    await h.waitFor("Fresh from an ingest");
    expect(h.selectedRow()).toContain("Headline number 2");
    expect(status(h)).toMatch(/^ 4\/11 /);
    expect(h.plain()).not.toContain("new items");
  });

  it("? shows every action with its keys (remapped ones too); any key closes it", async () => {
    const keymap = keymapFrom({ down: ["j", "down", "ctrl+n"], quit: "x" });
    const h = open({ open: new FakeArchive(manyItems(3)), keymap }, { rows: 30 });
    await h.waitFor("Headline number 0");
    await h.press("?");
    const help = await h.waitFor("Keys");
    for (const text of ["j ↓ Ctrl-n", "PgDn", "Enter l →", "Esc h ←", "/", "? ", "x   "])
      expect(help).toContain(text);
    expect(
      help
        .split("\n")
        .find((line) => line.endsWith("quit"))
        ?.trim(),
    ).toMatch(/^x +quit$/);
    await h.press("j");
    await h.waitFor("Headline number 0");
    expect(status(h)).toMatch(/^ 1\/3/);
  });

  it("takes several characters arriving in one read as one key each (fast typing, paste)", async () => {
    const h = open({ open: new FakeArchive(manyItems(30)) });
    await h.waitFor("Headline number 0");
    await h.press("jj");
    expect(status(h)).toMatch(/^ 3\/30 /);
    await h.press("/Geneva\r");
    await h.waitFor(/ 1\/15 +\/Geneva/);
    await h.press("j\r");
    await h.waitFor("Body of item 3 about Geneva");
  });

  it("q quits", async () => {
    let quit = 0;
    const h = open({ open: new FakeArchive(manyItems(3)), onQuit: () => quit++ });
    await h.waitFor("Headline number 0");
    await h.press("q");
    expect(quit).toBe(1);
  });
});

describe("resize", () => {
  it("reflows to the new size and keeps the selection on screen", async () => {
    const h = open({ open: new FakeArchive(manyItems(100)) }, { rows: 30, columns: 100 });
    await h.waitFor("Headline number 0");
    for (let i = 0; i < 20; i++) await h.press("j");
    expect(h.selectedRow()).toContain("Headline number 20");
    await h.resize(60, 10);
    expect(h.selectedRow()).toContain("Headline number 20");
    expect(h.plain().split("\n").length).toBeLessThanOrEqual(9);
    expect(
      h
        .plain()
        .split("\n")
        .every((line) => width(line) <= 60),
    ).toBe(true);
    await h.resize(120, 40);
    expect(h.selectedRow()).toContain("Headline number 20");
    expect(status(h)).toMatch(/^ 21\/100 /);
  });
});

describe("screens instead of crashes", () => {
  const archiveError = (code: string, message: string) =>
    Object.assign(new Error(message), { name: "ArchiveError", code });

  it("a missing archive says how to create one", async () => {
    const h = open({
      open: () => Promise.reject(archiveError("no-archive", "no archive at /tmp/x.db")),
    });
    const screen = await h.waitFor("There is no archive here yet");
    expect(screen).toContain("news ingest");
    expect(screen).toContain("no archive at /tmp/x.db");
  });

  it("a locked archive can be retried with r", async () => {
    let attempts = 0;
    const h = open({
      open: async () => {
        attempts++;
        if (attempts === 1) throw archiveError("busy", "the archive is locked by another process");
        return new FakeArchive(manyItems(2));
      },
    });
    await h.waitFor("The archive is locked by another process (an ingest?)");
    await h.press("r");
    await h.waitFor("Headline number 0");
    expect(attempts).toBe(2);
  });

  it("an empty archive says how to fill it", async () => {
    const h = open({ open: new FakeArchive([]) });
    const screen = await h.waitFor("The archive is empty");
    expect(screen).toContain("news ingest");
  });

  it("a query without hits says what to try", async () => {
    const h = open({ open: new FakeArchive(manyItems(3)), query: { q: "nothing-like-this" } });
    const screen = await h.waitFor("No items match /nothing-like-this");
    expect(screen).toContain("Try fewer words");
  });

  it("an archive that fails while listing shows the error with a retry", async () => {
    const archive = new FakeArchive(manyItems(2));
    archive.failWith = archiveError("corrupt-archive", "database disk image is malformed");
    const h = open({ open: archive });
    await h.waitFor("The archive is damaged");
    archive.failWith = null;
    await h.press("r");
    await h.waitFor("Headline number 0");
  });
});
