/**
 * The text-dump parser on the corpus's HTML listing pages as other tools dump them. The `.txt`
 * beside each page was made by one small converter; people paste what a browser, lynx, w3m, links
 * or elinks gives, whose lines differ (one row per item with the date and headline side by side, bullets,
 * indentation, image alts in brackets). Each page is decoded (our charset reading), dumped by each
 * converter installed here, parsed with `parseText` and scored against the same gold (items found
 * in page order, micro and macro F1). Converters missing on this machine are skipped
 * (`apt-get install lynx w3m links elinks`). links and elinks lay a table row's cells side by side
 * and centre a short cell in its row (a date beside the middle line of its paragraph): 108's rows
 * are read so (a row's text may start above its date), 022's two columns with headlines wrapped
 * in them are not, as from w3m.
 *
 *   pnpm --filter @news/core exec tsx scripts/eval-listings-dumps.ts [--items PAGE.TOOL] [--dump DIR] [--width N]
 *
 * `--dump DIR` writes each dump as DIR/PAGE.TOOL.txt, to read what the parser was given.
 * `--width N` dumps at N columns rather than 200 (80 is every tool's default: headlines and
 * teasers then wrap over several lines).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeDocument } from "../src/decode/charset.js";
import { parseText } from "../src/text/index.js";
import { type GoldItem, isMatch, microScore, type Score, scoreListing } from "./listing-score.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const corpus = join(root, "../shared/corpus/listings");
if (!existsSync(corpus)) {
  process.stdout.write(`skipped: ${corpus} is absent\n`);
  process.exit(0);
}
const optionValue = (name: string): string | undefined =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const showItems = optionValue("--items");
const dumpDir = optionValue("--dump");
const width = optionValue("--width") ?? "200";
if (dumpDir) mkdirSync(dumpDir, { recursive: true });

// each tool reads UTF-8 HTML on stdin, or from the file named where `{file}` stands (the page's own
// charset declaration removed, as the bytes are decoded already) and writes UTF-8 text, lines up to
// `width` columns
const TOOLS: Record<string, string[]> = {
  lynx: [
    "lynx",
    "-stdin",
    "-dump",
    "-nolist",
    `-width=${width}`,
    "-assume_charset=utf-8",
    "-display_charset=utf-8",
  ],
  w3m: ["w3m", "-dump", "-cols", width, "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
  links: ["links", "-dump", "-width", width, "-codepage", "utf-8", "{file}"],
  elinks: [
    "elinks",
    "-dump",
    "-dump-width",
    width,
    "-no-references",
    "-no-numbering",
    "-dump-charset",
    "utf-8",
    "-force-html",
    "{file}",
  ],
};
const installed = Object.entries(TOOLS).filter(
  ([, [bin]]) => spawnSync(bin as string, ["-version"]).status === 0,
);
if (installed.length === 0) {
  process.stdout.write("skipped: no text browser (lynx, w3m, links, elinks) is installed\n");
  process.exit(0);
}

const pageFile = join(mkdtempSync(join(tmpdir(), "news-dumps-")), "page.html");
const lines = [
  `| page | ${installed.map(([t]) => t).join(" | ")} |`,
  `|---|${installed.map(() => "---|").join("")}`,
];
const scores = new Map<string, Score[]>(installed.map(([t]) => [t, []]));
for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith(".html"))
  .sort()) {
  const id = file.slice(0, -5);
  const gold = JSON.parse(readFileSync(join(corpus, `${id}.gold.json`), "utf8")).items as GoldItem[];
  const html = decodeDocument(new Uint8Array(readFileSync(join(corpus, file))), {}).text.replace(
    /<meta[^>]+charset[^>]*>/giu,
    "",
  );
  const row: string[] = [];
  for (const [tool, [bin, ...args]] of installed) {
    const fromFile = args.includes("{file}");
    if (fromFile) writeFileSync(pageFile, html);
    const text = execFileSync(
      bin as string,
      args.map((a) => (a === "{file}" ? pageFile : a)),
      { input: fromFile ? "" : html, encoding: "utf8", maxBuffer: 1 << 28 },
    );
    if (dumpDir) writeFileSync(join(dumpDir, `${id}.${tool}.txt`), text);
    const items = parseText(text).items;
    const score = scoreListing(items, gold);
    scores.get(tool)?.push(score);
    row.push(`${score.found}/${score.gold} of ${score.predicted}, F1 ${score.f1.toFixed(3)}`);
    if (showItems === `${id}.${tool}`) {
      for (const g of gold)
        if (!items.some((p) => isMatch(p, g))) lines.push(`    missed ${JSON.stringify(g)}`);
      for (const p of items)
        if (!gold.some((g) => isMatch(p, g)))
          lines.push(
            `    extra ${JSON.stringify({ date: p.date, title: p.title, text: p.paragraphs.join(" ").slice(0, 80) })}`,
          );
    }
  }
  lines.push(`| ${id} | ${row.join(" | ")} |`);
}
const totals = installed.map(([tool]) => {
  const s = scores.get(tool) ?? [];
  const macro = s.reduce((sum, x) => sum + x.f1, 0) / Math.max(1, s.length);
  return `micro ${microScore(s).f1.toFixed(3)}, macro ${macro.toFixed(3)}`;
});
lines.push(`| all | ${totals.join(" | ")} |`);
process.stdout.write(`${lines.join("\n")}\n`);
