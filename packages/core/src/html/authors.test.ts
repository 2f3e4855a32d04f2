import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { splitNames } from "./bylines.js";
import { parseHtml } from "./index.js";

const fixture = (name: string) =>
  new Uint8Array(gunzipSync(readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url))));
const first = (name: string, url: string) => parseHtml(fixture(name), { url }).items[0];

// real WCXB dev pages (fixtures/html/README.md); none declares its author in JSON-LD or <meta name=author>
describe("authors a page shows without declaring them", () => {
  it("reads the name beside a link card's 'Written by' label (twitter:label1 / twitter:data1)", () => {
    const item = first(
      "article-card-label-author.html.gz",
      "https://www.soundguys.com/best-workout-earbuds-2719/",
    );
    expect(item?.authors).toEqual(["Chase Bernath"]);
  });

  it("reads no comment's author as the article's (a comment's 'Jiobal says', the form's 'Name *')", () => {
    const url = "https://smartbitchestrashybooks.com/2025/12/book-beat-gothic-romance-magical-realism-more";
    expect(first("article-comment-authors.html.gz", url)?.authors).toEqual(["Amanda"]);
  });

  it('reads no author from a JSON-LD Person named "undefined", a template\'s empty value', () => {
    const url = "https://binariks.com/blog/emerging-blockchain-technology-trends/";
    expect(first("article-undefined-author.html.gz", url)?.authors).toEqual([]);
  });

  it('reads the byline when the JSON-LD author is what a template left of one ("name": ", USA TODAY")', () => {
    const url =
      "https://www.usatoday.com/story/entertainment/movies/2025/12/19/new-movies-streaming-netflix-hulu-disney-hbo-max-amazon-peacock/87747702007/";
    expect(first("article-ld-author-fragment.html.gz", url)?.authors[0]).toMatch(/^Brian Truitt\b/);
  });

  it.each([
    // "Dec 17, 2025Julian K. Arni" in one box
    ["article-name-beside-date.html.gz", "https://garnix.io/blog/attested-nix-builds", "Julian K. Arni"],
    // "2025-12-17·" over a link "Trond Teigen"
    [
      "article-name-under-date.html.gz",
      "https://digitalpreservation.no/blog/2025-12-17-the-pilot-has-landed",
      "Trond Teigen",
    ],
  ])("reads the writer's name printed beside the date with no label (%s)", (name, url, author) => {
    expect(first(name, url)?.authors).toEqual([author]);
  });

  it("reads 'By' and the name in elements of their own, joined without a space", () => {
    const url = "https://www.nationalgeographic.com/health/article/intermittent-fasting-health-benefits";
    expect(first("article-glued-by.html.gz", url)?.authors).toEqual(["Daryl Austin"]);
  });

  it("reads a link to the author's page whose text is the name its address spells", () => {
    const item = first(
      "article-author-page-link.html.gz",
      "https://www.cherryservers.com/blog/top-private-cloud-providers",
    );
    expect(item?.authors).toEqual(["Emmanuel Oyibo"]);
    const html = new TextDecoder().decode(fixture("article-author-page-link.html.gz"));
    const span = parseHtml(html, { url: "https://www.cherryservers.com/blog/top-private-cloud-providers" })
      .items[0]?.spans.authors[0];
    expect(span && html.slice(span.start, span.end)).toContain("Emmanuel Oyibo");
  });

  it("reads a paper's whole author list from its citation_author tags, in order", () => {
    const item = first(
      "article-scholar-authors.html.gz",
      "https://pmc.ncbi.nlm.nih.gov/articles/PMC11298280/",
    );
    expect(item?.authors).toEqual([
      "Md Najmul Hossain",
      "Jaeeun Lee",
      "Hongseok Choi",
      "Yi-Sub Kwak",
      "Jongnam Kim",
    ]);
    // "Last, First" as Highwire writes it reads "First Last"
    expect(
      first("article-scholar-last-first.html.gz", "https://www.jefftk.com/p/backup-strategy")?.authors,
    ).toEqual(["Jeff T. Kaufman"]);
  });

  it("reads a 'Contributors:' label by the headline", () => {
    const item = first(
      "article-contributors-label.html.gz",
      "https://www.provenwinners.com/learn/houseplants/low-light",
    );
    expect(item?.authors).toEqual(["Janet Loughrey"]);
  });
});

describe("the headline", () => {
  const url = "https://blog.engora.com/2025/12/small-adventures-with-small-language.html";
  it("is not the site's name in an <h1> that links to the home page", () => {
    expect(first("article-site-name-h1.html.gz", url)?.title).toBe(
      "Small adventures with small language models",
    );
    // without the page's address the link to the site's root is still known for the logo's
    expect(parseHtml(fixture("article-site-name-h1.html.gz")).items[0]?.title).toBe(
      "Small adventures with small language models",
    );
  });

  it("keeps an <h1> that links to the page itself", () => {
    const html = `<html><head><title>Storm closes the harbour road | Gazette</title></head><body><article><h1><a href="https://example.org/news/storm">Storm closes the harbour road</a></h1>${"<p>The harbour road stayed closed on Tuesday after waves broke over the sea wall overnight.</p>".repeat(4)}</article></body></html>`;
    expect(parseHtml(html, { url: "https://example.org/news/storm/" }).items[0]?.title).toBe(
      "Storm closes the harbour road",
    );
  });
});

// every author's span is the name as the source writes it, not the line, tag or script it was read
// from ("By <strong>Md Aynal Haque", a JSON-LD graph, "Matthew Frankel, CFP"); a name read in
// another order than written ("Kaufman, Jeff T.") keeps the span of what was written
describe("author spans", () => {
  const decoder = new TextDecoder();
  it.each([
    ["article-news-dateline.html.gz", ["Md Aynal Haque"]],
    ["article-commentary-rail.html.gz", ["Chris Radich"]],
    ["article-guide-author-box.html.gz", ["Sarah Rudell Beach"]],
    ["article-streamed.html.gz", ["Matthew Frankel, CFP"]],
    ["article-glued-by.html.gz", ["Daryl Austin"]],
    ["article-scholar-last-first.html.gz", ["Kaufman, Jeff T."]],
  ])("points at the name in the source (%s)", (name, written) => {
    const bytes = fixture(name);
    const html = decoder.decode(bytes);
    const item = parseHtml(bytes, {}).items[0];
    expect(item?.spans.authors.map((s) => html.slice(s.start, s.end))).toEqual(written);
  });
});

describe("splitNames", () => {
  it("keeps a writer's credentials with the name (WCXB dev 4578, 4503, 4174, 4594)", () => {
    expect(splitNames("Jillian Kubala, MS, RD")).toEqual(["Jillian Kubala, MS, RD"]);
    expect(splitNames("Matthew Frankel, CFP")).toEqual(["Matthew Frankel, CFP"]);
    expect(splitNames("Angela Holliday-Bell, MD*")).toEqual(["Angela Holliday-Bell, MD"]);
    expect(splitNames("Shelby Loos, DVM.")).toEqual(["Shelby Loos, DVM"]);
    expect(splitNames("Jane Doe, PhD, and John Smith")).toEqual(["Jane Doe, PhD", "John Smith"]);
  });

  it("reads the writers a byline adds in brackets, in French, German and Swedish too (Le Monde, 2015)", () => {
    expect(splitNames("Martin Untersinger (avec Damien Leloup et Morgane Tual)")).toEqual([
      "Martin Untersinger",
      "Damien Leloup",
      "Morgane Tual",
    ]);
    expect(splitNames("Anna Schmidt und Jonas Weber")).toEqual(["Anna Schmidt", "Jonas Weber"]);
    expect(splitNames("José Ortega y Gasset")).toEqual(["José Ortega y Gasset"]);
  });

  it("still splits a list of names", () => {
    expect(splitNames("Thomas Broderick, Nalea Ko, and ACO Rankings Team")).toEqual([
      "Thomas Broderick",
      "Nalea Ko",
      "ACO Rankings Team",
    ]);
  });
});
