/**
 * Serialises parseText's output over the dev pages (../shared: corpus/listings and the seed), the
 * text fixtures, the bench's adversarial inputs and a few variants of each page (CRLF line ends,
 * bytes, halves, with a reference day and a language), one line per case: the case's name and a
 * hash of the output's JSON. A speed change must leave every line as it was:
 *
 *   pnpm --filter @news/core exec tsx scripts/text-snapshot.ts > /tmp/before.txt
 *   (change the parser)
 *   pnpm --filter @news/core exec tsx scripts/text-snapshot.ts > /tmp/after.txt
 *   diff /tmp/before.txt /tmp/after.txt
 *
 * `--full DIR` also writes each case's JSON to DIR, to see what changed.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ParseOptions } from "../src/options.js";
import { parseText } from "../src/text/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, "../../../../shared");
const fullAt = process.argv.indexOf("--full");
const fullDir = fullAt === -1 ? null : (process.argv[fullAt + 1] ?? null);
if (fullDir) mkdirSync(fullDir, { recursive: true });

const pages: [string, string][] = [];
const listings = join(shared, "corpus/listings");
if (existsSync(listings)) {
  for (const f of readdirSync(listings).sort()) {
    if (f.endsWith(".txt")) pages.push([`listings/${f}`, readFileSync(join(listings, f), "utf8")]);
  }
  const seed = join(shared, "seed");
  for (const f of readdirSync(seed).sort()) {
    if (f.endsWith(".txt")) pages.push([`seed/${f}`, readFileSync(join(seed, f), "utf8")]);
  }
}
const fixtures = resolve(here, "../fixtures/text");
for (const f of readdirSync(fixtures).sort()) {
  if (f.endsWith(".txt")) pages.push([`fixtures/${f}`, readFileSync(join(fixtures, f), "utf8")]);
}

// the adversarial inputs of bench/text.bench.ts, at a size that keeps this script quick
const adversarial: [string, (n: number) => string][] = [
  ["date-like", (n) => "05/01/13\nApr 14, 2015   Press Release\n".repeat(Math.ceil(n / 38)).slice(0, n)],
  ["digits-dots", (n) => "1.2.3.4.5.6.7.8.9.10.11.12.13\n".repeat(Math.ceil(n / 30)).slice(0, n)],
  ["month-names", (n) => "May 2013 Mar 9 12 May 2013 2 ago\n".repeat(Math.ceil(n / 33)).slice(0, n)],
  ["one-line", (n) => "12/05/2013-".repeat(Math.ceil(n / 11)).slice(0, n)],
  ["no-dates", (n) => "Home\nAbout us\n".repeat(Math.ceil(n / 14)).slice(0, n)],
];

function emit(name: string, input: string | Uint8Array, options: ParseOptions = {}): void {
  let json: string;
  try {
    json = JSON.stringify(parseText(input, options));
  } catch (e) {
    json = `threw ${String(e)}`;
  }
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 16);
  process.stdout.write(`${name}\t${hash}\t${json.length}\n`);
  if (fullDir) writeFileSync(join(fullDir, `${name.replace(/[^\w.-]+/g, "_")}.json`), json);
}

const reference = "2021-03-04T12:00:00Z";
for (const [name, text] of pages) {
  emit(name, text);
  emit(`${name} crlf`, text.replace(/\r?\n/g, "\r\n"));
  emit(`${name} bytes`, new TextEncoder().encode(text));
  emit(`${name} first-half`, text.slice(0, text.length >> 1));
  emit(`${name} second-half`, text.slice(text.length >> 1));
  emit(`${name} reference+lang`, text, { reference, lang: "en", url: "https://example.org/news/" });
}
// two pages after each other, as a dump of several pages would hold
for (let i = 0; i + 1 < pages.length; i += 3) {
  const [a, textA] = pages[i] as [string, string];
  const [b, textB] = pages[i + 1] as [string, string];
  emit(`${a} + ${b}`, `${textA}\n${textB}`);
}
for (const [name, make] of adversarial) {
  for (const n of [0, 1, 37, 1000, 50_000, 200_000]) emit(`adversarial/${name} ${n}`, make(n));
}
emit("empty", "");
emit("blank lines", "\n\n  \n\t\n");
emit("binary", new Uint8Array([0, 1, 2, 255, 254, 10, 13, 0, 200]));
