import { describe, expect, it } from "vitest";
import { NewsPage } from "../model/page.js";
import { oneLine, stripControls } from "./clean.js";
import { CSV_COLUMNS, csvLine, itemToCsvRow, pageToCsv } from "./csv.js";
import { shownDate } from "./date.js";
import { pageToJsonLines, toJsonLine } from "./jsonl.js";
import { itemToMarkdown, pageToMarkdown } from "./markdown.js";
import { pageToText } from "./text.js";

const span = { start: 0, end: 1 };
const item = (over: Record<string, unknown> = {}) => ({
  id: "n_1",
  date: "2017-12-21",
  dateText: "21 December 2017",
  title: null,
  category: "Coalition News",
  paragraphs: ["The delegation met.", "It said so."],
  source: "Syrian Coalition’s Media Department",
  url: null,
  lang: "en",
  span,
  spans: {},
  ...over,
});
const page = (over: Record<string, unknown> = {}) =>
  NewsPage.parse({
    kind: "listing",
    section: "Coalition News",
    breadcrumbs: ["Home", "Media Center", "Coalition News"],
    filter: { kind: "date", date: "2017-12-21", text: "Thursday, 21 December 2017" },
    items: [item(), item({ id: "n_2", title: "A *headline*", authors: ["Ann"], url: "https://x.org/a" })],
    warnings: [],
    chrome: [],
    inputInfo: { format: "text", encoding: "utf-8", length: 10 },
    ...over,
  });
const empty = () =>
  page({
    section: null,
    breadcrumbs: [],
    filter: null,
    items: [],
    warnings: [{ code: "no-items", message: "none" }],
  });

describe("pageToMarkdown", () => {
  it("renders the page header and each item with its date, category, paragraphs and source", () => {
    expect(pageToMarkdown(page())).toBe(
      [
        "# Coalition News",
        "",
        "Home › Media Center › Coalition News  \nFiltered by date: Thursday, 21 December 2017  \n2 items",
        "",
        "## 1. 2017-12-21 (21 December 2017) · Coalition News",
        "",
        "The delegation met.",
        "",
        "It said so.",
        "",
        "— Syrian Coalition’s Media Department",
        "",
        "## 2. A \\*headline\\*",
        "",
        "*2017-12-21 (21 December 2017) · Coalition News · by Ann*",
        "",
        "The delegation met.",
        "",
        "It said so.",
        "",
        "— Syrian Coalition’s Media Department",
        "",
        "<https://x.org/a>",
        "",
      ].join("\n"),
    );
  });

  it("neutralises markup, block markers and terminal escapes coming from the page", () => {
    const md = pageToMarkdown(
      page({
        items: [item({ title: "Line\none <b>", paragraphs: ["# not a heading", "\u001b[31mred\u0007"] })],
      }),
    );
    expect(md).toContain("## 1. Line one \\<b>");
    expect(md).toContain("\\# not a heading");
    expect(md).toContain("\n\nred\n\n");
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it("keeps a paragraph that starts with a number and a dot as text, escaping the dot (CommonMark escapes only punctuation)", () => {
    // WCXB 0332: "1. Budget - Our top pick…" as a bold sub-heading and as a paragraph
    const md = pageToMarkdown(
      page({
        items: [
          item({
            paragraphs: ["1. Budget - Our top pick", "2) Hertz", "2024 was a year"],
            blocks: ["heading", "paragraph", "paragraph"],
          }),
        ],
      }),
    );
    expect(md).toContain("**1\\. Budget - Our top pick**");
    expect(md).toContain("\n\n2\\) Hertz\n\n2024 was a year\n");
    expect(md).not.toContain("\\1");
  });

  it("renders headings, list items, quotes and code as their kind of block", () => {
    const blocks = item({
      paragraphs: ["Background", "first point", "second point", "We will not stop.", "a = `b`\n  c"],
      blocks: ["heading", "list-item", "list-item", "quote", "code"],
      source: null,
    });
    const md = pageToMarkdown(page({ items: [blocks] }));
    expect(md).toContain(
      "**Background**\n\n- first point\n\n- second point\n\n> We will not stop.\n\n```\na = `b`\n  c\n```\n",
    );
    const text = pageToText(page({ items: [blocks] }), { width: 30 });
    expect(text).toContain(
      "    Background\n\n    • first point\n    • second point\n\n    | We will not stop.\n\n      a = `b`\n        c\n",
    );
  });

  it("renders an empty page with its warnings, and a heading when asked", () => {
    expect(pageToMarkdown(empty(), { heading: "a.txt" })).toBe(
      "# a.txt\n\n0 items\n\n> **warning** `no-items`: none\n",
    );
  });
});

describe("pageToText", () => {
  it("numbers items and wraps paragraphs at the width", () => {
    const text = pageToText(
      page({ items: [item({ paragraphs: ["one two three four five six seven eight nine ten"] })] }),
      { width: 24 },
    );
    expect(text).toBe(
      [
        "Coalition News",
        "Home > Media Center > Coalition News",
        "Filtered by date: Thursday, 21 December 2017",
        "1 item",
        "",
        "[1] 2017-12-21 · Coalition News",
        "",
        "    one two three four",
        "    five six seven eight",
        "    nine ten",
        "",
        "    (Source: Syrian",
        "    Coalition’s Media",
        "    Department)",
        "",
      ].join("\n"),
    );
  });

  it("keeps words longer than the line, leaves lines whole at width 0, and survives odd text", () => {
    const long = "x".repeat(100);
    const odd = item({
      date: null,
      dateText: null,
      category: null,
      paragraphs: [long, "", "مرحبا\r\nبالعالم"],
    });
    const text = pageToText(page({ items: [odd] }), { width: 20 });
    expect(text).toContain(`    ${long}\n`);
    expect(text).toContain("[1] undated");
    expect(text).toContain("    مرحبا\n    بالعالم");
    expect(pageToText(page(), { width: 0 })).toContain("    The delegation met.");
    expect(pageToText(empty(), { heading: "-" })).toBe("==> - <==\n0 items\n\nwarning no-items: none\n");
  });
});

describe("csv", () => {
  it("quotes only what needs quoting and doubles quotes", () => {
    expect(csvLine(["a", 'say "hi"', null, 3, " pad", "x,y", "l1\nl2"])).toBe(
      'a,"say ""hi""",,3," pad","x,y","l1\nl2"\r\n',
    );
  });

  it("writes a header and one line per item, in CSV_COLUMNS order", () => {
    const csv = pageToCsv(page());
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines[1]).toBe(
      'n_1,2017-12-21,21 December 2017,,Coalition News,Syrian Coalition’s Media Department,,,en,"The delegation met.\n\nIt said so."',
    );
    expect(pageToCsv(empty(), { header: false })).toBe("");
    expect(itemToCsvRow(page().items[1]!, ["a.txt"])).toMatch(/^a\.txt,n_2,.*,Ann,https:\/\/x\.org\/a,en,/);
  });
});

describe("json lines", () => {
  it("writes one record per line whatever the strings hold", () => {
    const line = toJsonLine({ text: "a\nb\u2028c\u0000" });
    expect(line.split("\n")).toHaveLength(2);
    expect(JSON.parse(line)).toEqual({ text: "a\nb\u2028c\u0000" });
  });

  it("writes a page's items with extra fields first", () => {
    const lines = pageToJsonLines(page(), { input: "a.txt" }).trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(["n_1", "n_2"]);
    expect(Object.keys(JSON.parse(lines[0]!))[0]).toBe("input");
    expect(pageToJsonLines(empty())).toBe("");
  });
});

describe("output safety", () => {
  it("neutralises cells a spreadsheet would run as formulas, unless told not to (OWASP)", () => {
    const cells = [
      '=HYPERLINK("http://x","y")',
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1)",
      "\tx",
      "\rx",
      "a=b",
      3,
      -3,
    ];
    expect(csvLine(cells)).toBe(
      '"\'=HYPERLINK(""http://x"",""y"")","\'+cmd|\' /C calc\'!A0","\'-2+3","\'@SUM(A1)","\'\tx","\'\rx",a=b,3,-3\r\n',
    );
    expect(csvLine(["=1+1", "@x"], { neutralizeFormulas: false })).toBe("=1+1,@x\r\n");
    const hostile = page({ items: [item({ title: "=cmd()", url: "java\tscript:alert(1)" })] });
    const row = pageToCsv(hostile).split("\r\n")[1];
    expect(row).toContain(',"\'=cmd()",');
    expect(row).not.toContain("script");
    expect(pageToCsv(hostile, { neutralizeFormulas: false }).split("\r\n")[1]).toContain(",=cmd(),");
  });

  it("strips terminal escapes whole and every control character but tab and newline", () => {
    expect(stripControls("\u001b[31mred\u001b[0m\u0007 \u0000a\u0008b\u009b2Jc\r\nd\re\u2028f\tg")).toBe(
      "red ab" + "c\nd\ne\nf\tg",
    );
    expect(stripControls("\u001b]0;owned title\u0007after \u001b]8;;http://x\u001b\\link")).toBe(
      "after link",
    );
    expect(stripControls("\u001b")).toBe("");
    // unterminated sequences, many of them: linear, and nothing of them left
    expect(stripControls(`${"\u001b[".repeat(200_000)}\nx`)).toBe("\nx");
    expect(stripControls(`a${"\u001b]".repeat(100_000)}`)).toBe("a");
    expect(stripControls("")).toBe("");
    expect(oneLine(" a\n\u001b[2Kb\t ")).toBe("a b");
  });

  it("renders HTML and links from the page as text in Markdown; only http(s) URLs become links", () => {
    const one = (over: Record<string, unknown>) => page({ items: [item(over)] }).items[0]!;
    const md = itemToMarkdown(
      one({
        title: "<script>alert(1)</script> [x](javascript:alert(1))",
        paragraphs: ["<img src=x onerror=alert(1)> and [y](vbscript:z)"],
        url: "javascript:alert(1)",
      }),
    );
    expect(md).toContain("## \\<script>alert(1)\\</script> \\[x\\](javascript:alert(1))");
    expect(md).toContain("\\<img src=x onerror=alert(1)> and \\[y\\](vbscript:z)");
    expect(md).not.toMatch(/(?<!\\)<(?:javascript|script|img)|(?<!\\)\[/);
    expect(itemToMarkdown(one({ url: "https://x.org/a" }), { number: 2, headingLevel: 3 })).toMatch(
      /^### 2\. 2017-12-21[\s\S]*\n\n<https:\/\/x\.org\/a>\n\n$/,
    );
  });
});

describe("dates a page did not state as its publication's", () => {
  const weak = page({
    items: [
      item({
        title: "Tap guide",
        date: "2024-03-19",
        dateText: "March 19, 2024",
        dateSource: "updated-line",
      }),
      item({ id: "n_2", title: "Mesh wifi", date: "2026", dateText: "© 2026", dateSource: "copyright" }),
      item({ id: "n_3", title: "Talks", dateSource: "json-ld" }),
    ],
  });

  it("say so in Markdown and text, beside the page's wording", () => {
    const md = pageToMarkdown(weak);
    expect(md).toContain("*2024-03-19 (March 19, 2024; updated) · Coalition News*");
    expect(md).toContain("*2026 (© 2026; copyright year) · Coalition News*");
    expect(md).toContain("*2017-12-21 (21 December 2017) · Coalition News*");
    const text = pageToText(weak);
    expect(text).toContain("[1] 2024-03-19 (updated) · Coalition News");
    expect(text).toContain("[2] 2026 (copyright year) · Coalition News");
    expect(text).toContain("[3] 2017-12-21 · Coalition News");
  });

  it("are shown with their note by shownDate, which the apps use", () => {
    expect(shownDate({ date: "2024-03-19", dateSource: "modified" })).toBe("2024-03-19 (updated)");
    expect(shownDate({ date: "2017-12-21", dateSource: "url" })).toBe("2017-12-21");
    expect(shownDate({ date: null, dateSource: "copyright" })).toBeNull();
  });
});
