import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseHtml } from "./index.js";

const fixtures = new URL("../../fixtures/html/", import.meta.url);
const page = (name: string) => new Uint8Array(gunzipSync(readFileSync(new URL(name, fixtures))));
const golden = (name: string) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));

// a real page beside its expected parse, reviewed by reading (as Readability.js keeps its test pages)
describe("golden HTML articles", () => {
  it("parses a real blog article exactly as reviewed", () => {
    const got = parseHtml(page("article-blog.html.gz"), {
      url: "https://sam.bossley.com/thoughts/25/08/thoughts-on-zig",
    });
    expect({ kind: got.kind, title: got.title, url: got.url, lang: got.lang, item: got.items[0] }).toEqual(
      golden("article-blog.golden.json"),
    );
  });
});
