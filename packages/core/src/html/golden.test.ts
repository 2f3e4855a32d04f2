import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseHtml } from "./index.js";

const fixtures = new URL("../../fixtures/html/", import.meta.url);
const page = (name: string) => new Uint8Array(gunzipSync(readFileSync(new URL(name, fixtures))));
const golden = (name: string) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));

/**
 * Real pages beside their expected parse, each reviewed by reading (as Readability.js keeps its
 * test pages); fixtures/html/README.md says where each page comes from and what was checked.
 * `article-<shape>.html.gz` is parsed at `url` and compared with `article-<shape>.golden.json`.
 */
const GOLDEN_ARTICLES = [
  { shape: "blog", url: "https://sam.bossley.com/thoughts/25/08/thoughts-on-zig" },
  { shape: "news-dateline", url: "https://www.bssnews.net/district/343604" },
  { shape: "guide-author-box", url: "https://leftbrainbuddha.com/starting-a-meditation-practice/" },
  {
    shape: "howto-tables",
    url: "https://owain.bearblog.dev/turning-a-tinybox-green-v2-into-a-private-ai-home-server",
  },
  {
    shape: "substack-subscribe",
    url: "https://infinitefaculty.substack.com/p/why-isnt-modern-ai-built-around-principles",
  },
  {
    shape: "commentary-rail",
    url: "https://www.nextgov.com/ideas/2025/12/making-agentic-government-work-7-principles-safer-smarter-ai-adoption/410242",
  },
] as const;

describe("golden HTML articles", () => {
  it.each(GOLDEN_ARTICLES)("parses article-$shape exactly as reviewed", ({ shape, url }) => {
    const got = parseHtml(page(`article-${shape}.html.gz`), { url });
    expect({ kind: got.kind, title: got.title, url: got.url, lang: got.lang, item: got.items[0] }).toEqual(
      golden(`article-${shape}.golden.json`),
    );
  });
});
