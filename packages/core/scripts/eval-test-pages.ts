import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseHtml } from "../src/html/index.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";
import { goosePages, readabilityPages } from "./test-pages.js";
import { f1 } from "./word-score.js";

const list = process.argv.includes("--list");

/** Readability.js's text and title of a page. */
function peer(html: string): { text: string; title: string } {
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as Document).parse();
    return { text: r?.textContent ?? "", title: r?.title ?? "" };
  } catch {
    return { text: "", title: "" };
  }
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Does `text` start at the expected opening (its first 8 words, at most 4 characters in) and hold its last 6 words? */
function opensRight(text: string, expected: string): boolean {
  const got = words(text);
  const want = words(expected).split(" ");
  const at = got.indexOf(want.slice(0, 8).join(" "));
  return at >= 0 && at < 5 && got.includes(want.slice(-6).join(" "));
}

// goose's pages: openings
const goose = goosePages();
let pages = 0;
let ours = 0;
let theirs = 0;
for (const file of readdirSync(goose).filter((f) => f.endsWith(".json"))) {
  const htmlFile = join(goose, file.replace(/\.json$/, ".html"));
  if (!existsSync(htmlFile)) continue;
  const gold = JSON.parse(readFileSync(join(goose, file), "utf8")) as {
    url?: string;
    expected?: { cleaned_text?: string };
  };
  const expected = gold.expected?.cleaned_text;
  if (!expected) continue;
  const html = readFileSync(htmlFile, "utf8");
  const item = parseHtml(html, gold.url ? { url: gold.url } : {}).items[0];
  const mine = opensRight(item ? item.paragraphs.join("\n") : "", expected);
  const peers = opensRight(peer(html).text, expected);
  pages++;
  if (mine) ours++;
  if (peers) theirs++;
  if (list)
    process.stdout.write(
      `goose ${file.padEnd(32)} ours ${mine ? "ok" : "--"} readability ${peers ? "ok" : "--"}\n`,
    );
}
const openings = { pages, ours, theirs };

// Readability.js's pages: text F1 and title
const readability = readabilityPages();
let n = 0;
let f1Ours = 0;
let f1Theirs = 0;
let titled = 0;
let titleOurs = 0;
let titleTheirs = 0;
for (const name of readdirSync(readability).sort()) {
  const dir = join(readability, name);
  if (!existsSync(join(dir, "expected.html"))) continue;
  const html = readFileSync(join(dir, "source.html"), "utf8");
  const expected =
    parseHTML(`<html><body>${readFileSync(join(dir, "expected.html"), "utf8")}</body></html>`).document.body
      .textContent ?? "";
  const meta = existsSync(join(dir, "expected-metadata.json"))
    ? (JSON.parse(readFileSync(join(dir, "expected-metadata.json"), "utf8")) as { title?: string })
    : {};
  const item = parseHtml(html, { url: `http://fakehost/test/${name}/` }).items[0];
  const other = peer(html);
  const mine = f1(item ? item.paragraphs.join("\n") : "", expected);
  const peers = f1(other.text, expected);
  n++;
  f1Ours += mine;
  f1Theirs += peers;
  if (meta.title) {
    titled++;
    if (item?.title === meta.title) titleOurs++;
    if (other.title === meta.title) titleTheirs++;
  }
  if (list)
    process.stdout.write(
      `readability ${name.padEnd(30)} F1 ours ${mine.toFixed(3)} readability ${peers.toFixed(3)} title ${item?.title === meta.title ? "ok" : "--"}\n`,
    );
}

const rows = [
  "| measure | pages | ours | Readability.js |",
  "|---|---|---|---|",
  `| goose's pages: text starts at the article's opening and holds its end | ${openings.pages} | ${openings.ours} | ${openings.theirs} |`,
  `| Readability.js's pages: word F1 against its expected text (2015) | ${n} | ${(f1Ours / n).toFixed(3)} | ${(f1Theirs / n).toFixed(3)} |`,
  `| Readability.js's pages: title exact | ${titled} | ${titleOurs} | ${titleTheirs} |`,
];
process.stdout.write(`${rows.join("\n")}\n`);
