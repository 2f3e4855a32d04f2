/**
 * Publication dates of the WCXB article pages as other languages write them. The pages' declared
 * dates are taken out (as `eval-articles.ts --strip-declared` does); on each page still dated right
 * by a date it shows, that date is rewritten in a language's CLDR form (through Intl) wherever the
 * page prints it, with `<html lang>` set to the language, and the page parsed again. The rate is
 * the share of those pages still given the right day; the misses are listed.
 *
 *   pnpm --filter @news/core exec tsx scripts/eval-article-date-variants.ts [locales] [styles]
 *   (default: de,fr,es,it,pt,nl,pl,ru,tr,ja,zh long,medium)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeDocument } from "../src/decode/charset.js";
import { parseHtml } from "../src/html/index.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const corpus = join(root, "../shared/corpus/wcxb-dev-articles");
if (!existsSync(corpus)) {
  process.stdout.write(`skipped: ${corpus} is absent\n`);
  process.exit(0);
}
const [locales = "de,fr,es,it,pt,nl,pl,ru,tr,ja,zh", styles = "long,medium"] = process.argv.slice(2);
const SHOWN = new Set(["visible-line", "signed-line", "date-class", "time-element"]);

const withoutDeclared = (html: string) =>
  html
    .replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<meta[^>]*(?:time|date)[^>]*>/gi, "")
    .replace(/\bdate(?:Published|Modified|Created)\b/g, "x");

const pages: { id: string; html: string; day: string; shown: string; url: string }[] = [];
for (const file of readdirSync(join(corpus, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .sort()) {
  const id = file.slice(0, 4);
  const gold = JSON.parse(readFileSync(join(corpus, "ground-truth", `${id}.json`), "utf8"));
  const day = (gold.ground_truth.publish_date as string | null)?.slice(0, 10);
  if (!day) continue;
  const bytes = new Uint8Array(gunzipSync(readFileSync(join(corpus, "html", file))));
  const html = withoutDeclared(decodeDocument(bytes, {}).text);
  const item = parseHtml(html, { url: gold.url }).items[0];
  if (item?.date?.slice(0, 10) !== day || !item.dateText || !SHOWN.has(item.dateSource ?? "")) continue;
  pages.push({ id, html, day, shown: item.dateText, url: gold.url });
}

const rows = [
  `${pages.length} pages dated right by a date they show, declared dates taken out`,
  "| style | locale | 9 May 2016 written | right day | misses |",
  "|---|---|---|---|---|",
];
for (const style of styles.split(",") as ("long" | "medium" | "short" | "full")[]) {
  for (const locale of locales.split(",")) {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" });
    const misses: string[] = [];
    for (const page of pages) {
      const written = format.format(new Date(`${page.day}T12:00:00Z`));
      const html = page.html
        .split(page.shown)
        .join(written)
        .replace(/<html([^>]*?)\s+lang="[^"]*"/i, "<html$1")
        .replace(/<html/i, `<html lang="${locale}"`);
      const item = parseHtml(html, { url: page.url }).items[0];
      if (item?.date?.slice(0, 10) !== page.day) misses.push(`${page.id} ${item?.date?.slice(0, 10) ?? "-"}`);
    }
    const rate = 1 - misses.length / Math.max(1, pages.length);
    const example = format.format(new Date(Date.UTC(2016, 4, 9)));
    rows.push(`| ${style} | ${locale} | ${example} | ${rate.toFixed(3)} | ${misses.join(", ")} |`);
  }
}
process.stdout.write(`${rows.join("\n")}\n`);
