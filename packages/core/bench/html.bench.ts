// HTML article throughput over the WCXB dev pages: parseHtml (decoding bytes included) beside
// Readability.js + linkedom (given the decoded string) in the same process, plus bad-input timings.
// Run: pnpm --filter @news/core exec tsx bench/html.bench.ts  (or `pnpm bench` at the root)
// Reads ../shared (relative to the repo root) and skips when it is absent. HTML_BENCH_PAGES limits pages,
// HTML_BENCH_ROUNDS repeats the timed pass (best round of each engine counts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { core, measured } from "./subject.js";

const { decodeDocument, parseHtml } = core;

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = join(root, "..", "shared", "corpus", "wcxb-dev-articles", "html");

function main() {
  if (!existsSync(dir)) {
    process.stdout.write("html bench: ../shared/corpus/wcxb-dev-articles not found, skipped\n");
    return;
  }
  const limit = Number(process.env.HTML_BENCH_PAGES ?? Infinity);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .slice(0, limit)
    .map((f) => new Uint8Array(gunzipSync(readFileSync(join(dir, f)))));
  const strings = pages.map((b) => decodeDocument(b, {}).text);
  const bytes = pages.reduce((n, b) => n + b.length, 0);

  const ours = (i: number) => parseHtml(pages[i] as Uint8Array);
  const readability = (i: number) => {
    try {
      const { document } = parseHTML(strings[i] as string);
      new Readability(document as unknown as Document).parse();
    } catch {
      // a page Readability cannot take still cost its time
    }
  };
  const clock = (f: () => unknown) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  // page by page, each engine right after the other: load from other processes falls on both alike
  for (let i = 0; i < Math.min(50, pages.length); i++) {
    ours(i); // JIT warm-up
    readability(i);
  }
  const rounds = Number(process.env.HTML_BENCH_ROUNDS ?? 1);
  let oursMs = Number.POSITIVE_INFINITY;
  let theirMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    let o = 0;
    let t = 0;
    for (let i = 0; i < pages.length; i++) {
      o += clock(() => ours(i));
      t += clock(() => readability(i));
    }
    oursMs = Math.min(oursMs, o);
    theirMs = Math.min(theirMs, t);
  }

  const rate = (ms: number) =>
    `${((pages.length / ms) * 1000).toFixed(1)} pages/s, ${((bytes / 1e6 / ms) * 1000).toFixed(2)} MB/s`;
  const para = "<p>A paragraph of the big page, with words, commas, and a full stop.</p>\n";
  const big = `<html><body><article>${para.repeat(Math.ceil(50e6 / para.length))}</article></body></html>`;
  const bigMs = clock(() => parseHtml(big));
  const deep = (n: number) => `<html><body>${"<div>".repeat(n)}<p>x</p>${"</div>".repeat(n)}</body></html>`;
  const deep25 = clock(() => parseHtml(deep(25_000)));
  const deep100 = clock(() => parseHtml(deep(100_000)));
  const script = `<html><body><script>${"var a = '<div><p>x</p></div>';\n".repeat(500_000)}</script></body></html>`;
  const scriptMs = clock(() => parseHtml(script));

  const lines = [
    `pages: ${pages.length} WCXB dev articles, ${(bytes / 1e6).toFixed(1)} MB`,
    `@news/core parseHtml (${measured}):   ${oursMs.toFixed(0)} ms, ${rate(oursMs)}`,
    `Readability.js 0.6 + linkedom: ${theirMs.toFixed(0)} ms, ${rate(theirMs)}`,
    `speed ratio (ours / Readability): ${(theirMs / oursMs).toFixed(2)}x`,
    `50 MB page: ${(bigMs / 1000).toFixed(1)} s (${((big.length / 1e6 / bigMs) * 1000).toFixed(1)} MB/s)`,
    `deep nesting: 25k levels ${deep25.toFixed(0)} ms, 100k levels ${deep100.toFixed(0)} ms (ratio ${(deep100 / deep25).toFixed(1)} for 4x input)`,
    `all-script page ${(script.length / 1e6).toFixed(0)} MB: ${scriptMs.toFixed(0)} ms`,
  ];
  process.stdout.write(`## html\n${lines.join("\n")}\n`);
}

main();
