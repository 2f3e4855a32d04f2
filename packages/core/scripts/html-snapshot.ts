/**
 * Serialises parseHtml's output over the WCXB dev pages, the HTML listing pages (../shared), the
 * HTML fixtures, the bundled example and a few hostile inputs, one line per case: the case's name
 * and a hash of the output's JSON. A speed change must leave every line as it was:
 *
 *   pnpm --filter @news/core exec tsx scripts/html-snapshot.ts > /tmp/before.txt
 *   (change the extractor)
 *   pnpm --filter @news/core exec tsx scripts/html-snapshot.ts > /tmp/after.txt
 *   diff /tmp/before.txt /tmp/after.txt
 *
 * `--full DIR` also writes each case's JSON to DIR, to see what changed. Listing pages are parsed
 * twice, without and with a page URL and reference day (the URL changes links and dates).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { parseHtml } from "../src/html/index.js";
import type { ParseOptions } from "../src/options.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, "../../../../shared");
const fullAt = process.argv.indexOf("--full");
const fullDir = fullAt === -1 ? null : (process.argv[fullAt + 1] ?? null);
if (fullDir) mkdirSync(fullDir, { recursive: true });

const read = (path: string): Uint8Array =>
  new Uint8Array(path.endsWith(".gz") ? gunzipSync(readFileSync(path)) : readFileSync(path));

function htmlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.html(\.gz)?$/.test(f))
        .sort()
    : [];
}

function emit(name: string, input: string | Uint8Array, options: ParseOptions = {}): void {
  let json: string;
  try {
    json = JSON.stringify(parseHtml(input, options));
  } catch (e) {
    json = `threw ${String(e)}`;
  }
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 16);
  process.stdout.write(`${name}\t${hash}\t${json.length}\n`);
  if (fullDir) writeFileSync(join(fullDir, `${name.replace(/[^\w.-]+/g, "_")}.json`), json);
}

const articles = join(shared, "corpus/wcxb-dev-articles/html");
for (const f of htmlFiles(articles)) emit(`wcxb/${f}`, read(join(articles, f)));

const listings = join(shared, "corpus/listings");
const withUrl: ParseOptions = { url: "https://example.org/news/", reference: "2021-03-04T12:00:00Z" };
for (const f of htmlFiles(listings)) {
  const bytes = read(join(listings, f));
  emit(`listings/${f}`, bytes);
  emit(`listings/${f} url+reference`, bytes, withUrl);
}

const fixtures = resolve(here, "../fixtures/html");
for (const f of htmlFiles(fixtures)) emit(`fixtures/${f}`, read(join(fixtures, f)));
const examples = resolve(here, "../../../examples");
for (const f of htmlFiles(examples)) emit(`examples/${f}`, read(join(examples, f)), withUrl);

// shapes the bench times: deep nesting, raw text, unclosed tags, nothing at all
const deep = (n: number) => `<html><body>${"<div>".repeat(n)}<p>x</p>${"</div>".repeat(n)}</body></html>`;
emit("deep 1000", deep(1000));
emit(
  "script",
  `<html><body><script>${"var a = '<div><p>x</p></div>';\n".repeat(2000)}</script></body></html>`,
);
emit("unclosed", `<html><body><article><h1>Title of it</h1>${"<p>Words, words, and words.".repeat(50)}`);
emit("empty", "");
emit("binary", new Uint8Array([0, 1, 2, 255, 254, 10, 13, 0, 200]));
