/**
 * Real feeds (packages/core/fixtures/feeds: the test data of feed parsers on the npm registry)
 * read by our parser and by an independent reference, node-feedparser (a sax-based parser; for
 * JSON Feed the reference is the document's own fields read with JSON.parse). Scores, per entry
 * the reference finds: entry count (per feed), title, link, day and author. Where the two disagree
 * and a person has read the feed, the verdict in REVIEWED says who is right; a reviewed
 * disagreement the reference gets wrong counts for us, one we get wrong against us.
 *
 *   pnpm --filter @news/core exec tsx scripts/eval-feeds.ts [--diff]
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import FeedParser from "feedparser";
import { parse } from "../src/parse.js";

const fixtures =
  process.env.FEEDS_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/feeds");
const showDiff = process.argv.includes("--diff");

type Field = "title" | "link" | "day" | "author";
const FIELDS: Field[] = ["title", "link", "day", "author"];

interface Entry {
  title: string | null;
  link: string | null;
  day: string | null;
  author: string | null;
}

/**
 * Disagreements read by a person: `feed` (path under fixtures/feeds), entry index (`*`: every
 * entry), field, who is right, and why. Keys are `${feed}#${index}.${field}`.
 */
const REVIEWED: Record<string, { right: "ours" | "reference"; why: string }> = {
  "rss-parser-3.4.0/craigslist.rss#*.title": {
    right: "ours",
    why: "the titles are CDATA holding &#x0024;: feed readers render RSS titles as HTML and show $",
  },
  "rss-parser-3.4.0/missing-fields.atom#count": {
    right: "ours",
    why: "its one entry has only an <id>: no title, link or text, so it is dropped with a warning (issue 13)",
  },
  "feed-reader-6.1.3/atom-feed-standard.xml#0.link": {
    right: "ours",
    why: "two alternate links (one without rel, which is alternate by RFC 4287 4.2.7.2): we keep the first",
  },
  "feed-reader-6.1.3/atom-multilinks.xml#0.link": {
    right: "ours",
    why: "four alternate links: we keep the first, the reference the last",
  },
  "htmlparser2-3.0.0/Atom_Example.xml#0.link": {
    right: "ours",
    why: "a link without rel (alternate by RFC 4287 4.2.7.2) before a rel=alternate one: we keep the first",
  },
  "feedsub-0.2.11/aninews.rss#11.title": {
    right: "ours",
    why: 'type="html" title written "G &amp;amp; H": the HTML is "G &amp; H", which a reader shows as "G & H"',
  },
  "rss-parser-3.7.6/uolNoticias.rss#*.title": {
    right: "ours",
    why: "no XML declaration and ISO-8859-1 bytes (simulações): the reference decodes them as UTF-8 and shows U+FFFD",
  },
  "rss-parser-3.7.6/uolNoticias.rss#*.day": {
    right: "ours",
    why: "Portuguese dates (Seg, 24 Set 2018 19:42:40 -0300): the reference reads none",
  },
  "rss-parser-3.4.0/customfields.rss#1.author": {
    right: "ours",
    why: "<author>Dr. Ananth Prabhu G</author>",
  },
  "rss-parser-3.4.0/customfields.rss#10.author": { right: "ours", why: "<author>Shodhan Prasad</author>" },
  ...Object.fromEntries(
    [
      "feed-reader-6.1.3/rss-feed-standard-realworld.xml",
      "feedparser-1.1.6/mediacontent-dupes.xml",
      "feedparser-1.1.6/rss2sample.xml",
      "feedparser-0.16.6/rss20_withPodcasts.xml",
      "feed-read-0.0.1/google-news.rss",
      "feed-reader-5.0.2/rss.xml",
      "rss-parser-3.4.0/heraldsun.rss",
      ...[
        "bc-sample-bad",
        "bc-sample-custom-tags",
        "bc-sample-new-feed-url",
        "bc-sample-order",
        "bc-sample",
      ].map((f) => `podcast-feed-parser-1.0.4/${f}.xml`),
    ].map((feed) => [
      `${feed}#*.author`,
      {
        right: "ours" as const,
        why: "the reference gives every item the channel's managingEditor/webMaster, a contact address, not a byline (podcasts: we keep itunes:author)",
      },
    ]),
  ),
};

/** Files in the fixture folders that are not feeds to score. */
const NOT_FEEDS = new Set(["LICENSE", "README.md", "notafeed.html"]);

async function reference(file: string, bytes: Buffer): Promise<Entry[]> {
  if (file.endsWith(".json")) {
    const doc = JSON.parse(bytes.toString("utf8")) as Record<string, unknown> & {
      items?: Record<string, unknown>[];
    };
    // top-level authors are every item's default (JSON Feed 1.1)
    const authorOf = (o: Record<string, unknown>) =>
      (o.author as { name?: string } | undefined)?.name ??
      ((o.authors as { name?: string }[] | undefined) ?? [])[0]?.name ??
      null;
    return (doc.items ?? []).map((it) => {
      const author = authorOf(it) ?? authorOf(doc);
      const date = typeof it.date_published === "string" ? new Date(it.date_published) : null;
      return {
        title: typeof it.title === "string" ? it.title : null,
        link: typeof it.url === "string" ? it.url : null,
        day: date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null,
        author,
      };
    });
  }
  const parser = new FeedParser({ normalize: true, addmeta: false });
  const items: Entry[] = [];
  await new Promise<void>((done, fail) => {
    parser.on("error", fail);
    parser.on("readable", function (this: FeedParser) {
      for (let it = this.read(); it; it = this.read()) {
        const date = it.pubdate ?? it.date;
        items.push({
          title: it.title || null,
          link: it.link || null,
          day: date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null,
          author: it.author || null,
        });
      }
    });
    parser.on("end", () => done());
    // sax reads strings: decode as the XML declaration says (feedparser leaves that to its caller)
    const declared = /^<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(
      bytes.subarray(0, 200).toString("latin1"),
    );
    let text: string;
    try {
      text = new TextDecoder(declared?.[1] ?? "utf-8").decode(bytes);
    } catch {
      text = bytes.toString("utf8");
    }
    Readable.from([text]).pipe(parser);
  });
  return items;
}

function ours(bytes: Buffer): Entry[] {
  const page = parse(new Uint8Array(bytes));
  if (page.kind !== "feed") throw new Error(`read as ${page.kind}`);
  return page.items.map((item) => ({
    title: item.title,
    link: item.url,
    day: item.date
      ? new Date(item.date.length === 10 ? `${item.date}T00:00:00Z` : item.date).toISOString().slice(0, 10)
      : null,
    author: item.authors.join(", ") || null,
  }));
}

function same(field: Field, a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
  if (field === "link") return url(a) === url(b);
  if (field === "author") {
    // the reference keeps one author; ours lists them all
    const want = norm(b).replace(/^\S+@\S+\s*\((.*)\)$/, "$1");
    return want === "" ? norm(a) === "" : norm(a).split(", ").includes(want) || norm(a) === want;
  }
  return norm(a) === norm(b);
}

function url(value: string | null): string {
  if (!value) return "";
  try {
    return new URL(value.trim()).href;
  } catch {
    return value.trim();
  }
}

const files: string[] = [];
for (const dir of readdirSync(fixtures, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const f of readdirSync(join(fixtures, dir.name)).sort())
    if (!NOT_FEEDS.has(f)) files.push(`${dir.name}/${f}`);
}

let failures = 0;
let exactCount = 0;
const right: Record<Field, number> = { title: 0, link: 0, day: 0, author: 0 };
const agreed: Record<Field, number> = { title: 0, link: 0, day: 0, author: 0 };
let countAgreed = 0;
let compared = 0;
const rows = [
  "| feed | reference entries | ours | title | link | day | author |",
  "|---|---|---|---|---|---|---|",
];
const diffs: string[] = [];
for (const file of files) {
  const bytes = readFileSync(join(fixtures, file));
  let theirs: Entry[];
  try {
    theirs = await reference(file, bytes);
  } catch (error) {
    diffs.push(`${file}: reference failed (${(error as Error).message.split("\n")[0]}); not scored`);
    continue;
  }
  let mine: Entry[];
  try {
    mine = ours(bytes);
  } catch (error) {
    failures++;
    mine = [];
    diffs.push(`${file}: ours failed: ${(error as Error).message}`);
  }
  if (mine.length === theirs.length) countAgreed++;
  if (mine.length === theirs.length || REVIEWED[`${file}#count`]?.right === "ours") exactCount++;
  if (mine.length !== theirs.length)
    diffs.push(
      `${file}#count: ours ${mine.length} reference ${theirs.length}${REVIEWED[`${file}#count`] ? " [reviewed]" : ""}`,
    );
  const perFeed: Record<Field, number> = { title: 0, link: 0, day: 0, author: 0 };
  theirs.forEach((want, i) => {
    compared++;
    const got = mine[i] ?? { title: null, link: null, day: null, author: null };
    for (const field of FIELDS) {
      const agree = same(field, got[field], want[field]);
      const verdict = REVIEWED[`${file}#${i}.${field}`] ?? REVIEWED[`${file}#*.${field}`];
      const ok = agree || verdict?.right === "ours";
      if (agree) agreed[field]++;
      if (ok) {
        right[field]++;
        perFeed[field]++;
      }
      if (!agree)
        diffs.push(
          `${file}#${i}.${field}: ours ${JSON.stringify(got[field])} reference ${JSON.stringify(want[field])}${verdict ? ` [reviewed: ${verdict.right}, ${verdict.why}]` : ""}`,
        );
    }
  });
  const rate = (f: Field) => (theirs.length ? (perFeed[f] / theirs.length).toFixed(2) : "-");
  rows.push(
    `| ${file} | ${theirs.length} | ${mine.length} | ${rate("title")} | ${rate("link")} | ${rate("day")} | ${rate("author")} |`,
  );
}
const scored = files.length - diffs.filter((d) => d.includes("reference failed")).length;
const summary = [
  `feeds: ${files.length} (${scored} scored), entries compared: ${compared}, our failures: ${failures}`,
  `entry count exact: ${(exactCount / scored).toFixed(3)} (agrees with the reference before review: ${(countAgreed / scored).toFixed(3)})`,
  ...FIELDS.map(
    (f) => `${f}: ${(right[f] / compared).toFixed(3)} (before review: ${(agreed[f] / compared).toFixed(3)})`,
  ),
];
process.stdout.write(`${rows.join("\n")}\n\n${summary.join("\n")}\n`);
if (showDiff) process.stdout.write(`\n${diffs.join("\n")}\n`);
