/**
 * Article extraction quality on the WCXB dev split: word-level F1 per page, averaged over the pages
 * whose gold has the field, for main_content, title, author; day accuracy for publish_date.
 * Ours (parseHtml) beside Readability.js + linkedom, on the same decoded strings.
 *
 *   pnpm --filter @news/core exec tsx scripts/eval-articles.ts [--limit N] [--worst field] [--only NNNN]
 *     [--date-misses] [--no-peer] [--subset dev|held] [--scores FILE] [--strip-declared]
 *
 * `--date-misses` lists every page whose publication day we miss, with the class of the miss (no
 * date, took the update, URL date ignored, day/month swapped, another date of the page, copyright
 * year), our date and its `dateSource`. `--no-peer` skips Readability.js (its column reads 0) for
 * a faster run while working on one field.
 * `--subset held` keeps the pages whose number is divisible by 4 (a held-out quarter, to confirm a
 * change decided on the others), `--subset dev` the other three quarters. `--scores FILE` writes
 * each page's main_content F1 as JSON, to diff two runs page by page. `--strip-declared` parses each
 * page with its declared dates taken out (JSON-LD, date `<meta>`s, `datePublished`/`dateModified`
 * microdata): publish_date then measures the dates the pages show, as older pages come.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeDocument } from "../src/decode/charset.js";
import { parseHtml } from "../src/html/index.js";
import type { NewsItem } from "../src/model/page.js";
import { dateFromUrl } from "../src/shared/pageDates.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";
import { f1 } from "./word-score.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const corpus = join(root, "../shared/corpus/wcxb-dev-articles");
if (!existsSync(corpus)) {
  process.stdout.write(`skipped: ${corpus} is absent\n`);
  process.exit(0);
}
const args = process.argv.slice(2);
const limit = Number(args[args.indexOf("--limit") + 1]) || Infinity;
const worst = args.includes("--worst") ? args[args.indexOf("--worst") + 1] : null;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const dateMisses = args.includes("--date-misses");
const withPeer = !args.includes("--no-peer");
const subset = args.includes("--subset") ? args[args.indexOf("--subset") + 1] : null;
if (subset && subset !== "dev" && subset !== "held") throw new Error("--subset takes dev or held");
const scoresFile = args.includes("--scores") ? args[args.indexOf("--scores") + 1] : null;
const stripDeclared = args.includes("--strip-declared");
const inSubset = (id: string) => !subset || (Number(id) % 4 === 0) === (subset === "held");

type Scores = Record<"main_content" | "title" | "author" | "publish_date", number[]>;
const empty = (): Scores => ({ main_content: [], title: [], author: [], publish_date: [] });
const ours = empty();
const theirs = empty();
const rows: { id: string; field: string; ours: number; theirs: number }[] = [];
const misses: { id: string; url: string; day: string; item: NewsItem | null }[] = [];

/** The page without the dates it declares (JSON-LD, date `<meta>`s, date microdata), in UTF-8. */
function withoutDeclaredDates(bytes: Uint8Array): Uint8Array {
  const html = decodeDocument(bytes, {})
    .text.replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<meta[^>]*(?:time|date)[^>]*>/gi, "")
    .replace(/\bdate(?:Published|Modified|Created)\b/g, "x");
  return new TextEncoder().encode(html.replace(/<meta[^>]*charset[^>]*>/gi, '<meta charset="utf-8">'));
}

/** Why a page's publication day was missed, in the issue's classes. */
function missClass(m: (typeof misses)[number]): string {
  const got = m.item?.date?.slice(0, 10) ?? null;
  if (!got) return "no-date";
  if (m.item?.modified?.slice(0, 10) === m.day || m.item?.dateSource === "modified") return "took-modified";
  const fromUrl = dateFromUrl(m.url);
  if (fromUrl === m.day || m.url.includes(`/${m.day.slice(0, 4)}/${m.day.slice(5, 7)}/`))
    return "url-ignored";
  if (m.item?.dateSource === "copyright") return "copyright-year";
  const [y, mo, d] = got.split("-");
  if (`${y}-${d}-${mo}` === m.day) return "day-month-swap";
  if (/-01-01$/.test(got) && m.item?.dateSource !== "json-ld") return "copyright-year?";
  return "other-date";
}

const files = readdirSync(join(corpus, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .sort()
  .filter((f) => !only || f.startsWith(only))
  .filter((f) => inSubset(f.slice(0, 4)))
  .slice(0, limit);
for (const file of files) {
  const id = file.slice(0, 4);
  const gold = JSON.parse(readFileSync(join(corpus, "ground-truth", `${id}.json`), "utf8"));
  const gt = gold.ground_truth as Record<string, string | null>;
  const raw = new Uint8Array(gunzipSync(readFileSync(join(corpus, "html", file))));
  const bytes = stripDeclared ? withoutDeclaredDates(raw) : raw;
  const url = gold.url as string;
  const page = parseHtml(bytes, { url });
  const item = page.items[0];
  const ourBody =
    page.kind === "article"
      ? item?.paragraphs.join("\n")
      : page.items.map((i) => [i.title, ...i.paragraphs].join("\n")).join("\n");
  let r: {
    title?: string | null;
    byline?: string | null;
    textContent?: string | null;
    publishedTime?: string | null;
  } | null = null;
  if (withPeer) {
    try {
      const { document } = parseHTML(decodeDocument(bytes, {}).text);
      r = new Readability(document as unknown as Document).parse();
    } catch {
      r = null;
    }
  }
  const score = (field: keyof Scores, o: number, t: number) => {
    ours[field].push(o);
    theirs[field].push(t);
    rows.push({ id, field, ours: o, theirs: t });
  };
  if (gt.main_content)
    score("main_content", f1(ourBody, gt.main_content), f1(r?.textContent, gt.main_content));
  if (gt.title) score("title", f1(item?.title, gt.title), f1(r?.title, gt.title));
  if (gt.author) score("author", f1(item?.authors.join(", "), gt.author), f1(r?.byline, gt.author));
  if (gt.publish_date) {
    const day = gt.publish_date.slice(0, 10);
    if (item?.date?.slice(0, 10) !== day) misses.push({ id, url, day, item: item ?? null });
    score(
      "publish_date",
      item?.date?.slice(0, 10) === day ? 1 : 0,
      r?.publishedTime?.slice(0, 10) === day ? 1 : 0,
    );
  }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const out = [`pages: ${files.length}`, "| field | pages | ours | Readability.js |", "|---|---|---|---|"];
for (const field of Object.keys(ours) as (keyof Scores)[]) {
  out.push(
    `| ${field} | ${ours[field].length} | ${mean(ours[field]).toFixed(3)} | ${mean(theirs[field]).toFixed(3)} |`,
  );
}
process.stdout.write(`${out.join("\n")}\n`);
if (scoresFile) {
  const byPage = Object.fromEntries(
    rows.filter((r) => r.field === "main_content").map((r) => [r.id, r.ours]),
  );
  writeFileSync(scoresFile, `${JSON.stringify(byPage, null, 1)}\n`);
}
if (dateMisses) {
  const byClass = new Map<string, number>();
  for (const m of misses) {
    const c = missClass(m);
    byClass.set(c, (byClass.get(c) ?? 0) + 1);
    process.stdout.write(
      `${m.id} ${c.padEnd(15)} gold=${m.day} ours=${m.item?.date?.slice(0, 10) ?? "-"} (${m.item?.dateSource ?? "-"}, ${JSON.stringify(m.item?.dateText ?? null)}) modified=${m.item?.modified?.slice(0, 10) ?? "-"} ${m.url}\n`,
    );
  }
  process.stdout.write(`${[...byClass].map(([c, n]) => `${c}: ${n}`).join(", ")}\n`);
}
if (worst) {
  const list = rows.filter((r) => r.field === worst).sort((a, b) => a.ours - a.theirs - (b.ours - b.theirs));
  for (const r of list.slice(0, 25))
    process.stdout.write(`${r.id} ours=${r.ours.toFixed(2)} readability=${r.theirs.toFixed(2)}\n`);
}
