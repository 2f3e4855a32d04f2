import { describe, expect, it } from "vitest";
import { parseHtmlDom } from "./dom.js";
import { cleanByline, cutSiteName, readMeta } from "./meta.js";

describe("cleanByline", () => {
  it.each([
    ["By Jane Doe", "Jane Doe"],
    ["BySummer Swann-June 12, 2025", "Summer Swann"],
    ["Written By:Cazzy Magennis Last Updated:August 1, 2025", "Cazzy Magennis"],
    ["Authors: Aniruddha Roy", "Aniruddha Roy"],
    ["Supermove February 8, 2022", "Supermove"],
    ["BeauHD on", "BeauHD"],
    ['"David Kim"', "David Kim"],
    ["Jane Doe | Staff writer", "Jane Doe"],
    ["August 28, 2025", ""],
    ["262588213843476", ""],
    ["The Author", ""],
    // a site menu's link in a box classed "sprite_authors" (Engadget, 2010)
    ["Authors", ""],
    ["Editors", ""],
    ["Keith Barry Senior Autos Reporter", "Keith Barry"],
    ["Justin C. Meserole, Trial Attorney at Morgan & Morgan,", "Justin C. Meserole"],
    ["Brett Cruz, Privacy and Digital Security Expert", "Brett Cruz"],
    // roles in other languages (Libération's "Envoyés spéciaux à Toulouse")
    ["Jean Dupont Envoyé spécial à Kiev", "Jean Dupont"],
    ["Anna Schmidt Korrespondentin in Paris", "Anna Schmidt"],
    ["Jane Doe and John Roe, Staff Writers", "Jane Doe and John Roe"],
    ["Matthew Richardson ⋅ Review Editor ⋅", "Matthew Richardson"],
    ["Guide by Will Judd Former Deputy Tech Editor", "Will Judd"],
    ["Recipe by PJ Hamel", "PJ Hamel"],
    ["This post was written by Danielle Padula", "Danielle Padula"],
    ["Brian Becker 7 min read", "Brian Becker"],
    ["NB Nicole Burke", "Nicole Burke"],
    ["Paramita (Guha) Ghosh", "Paramita (Guha) Ghosh"],
    ["page.head.extra.author", ""],
    ["Written By", ""],
    ["Lauren Paige Richeson", "Lauren Paige Richeson"],
    // the lexicon's labels of other languages, in their scripts
    ["Автор: Олена Петренко", "Олена Петренко"],
    ["Yazar: Ayşe Yılmaz", "Ayşe Yılmaz"],
    ["Tekijä: Matti Virtanen", "Matti Virtanen"],
    ["Escrito por Ana Ruiz", "Ana Ruiz"],
    ["Oleh Sukhov", "Oleh Sukhov"],
    // a footer's copyright line in a byline-classed box (WCXB dev 0139)
    ["The Pennsylvania State University © 2025", ""],
  ])("%s -> %s", (input, output) => {
    expect(cleanByline(input)).toBe(output);
  });
});

describe("cutSiteName", () => {
  it("keeps the headline part of a <title>", () => {
    expect(cutSiteName("Best Cloud Computing Stocks of 2025 | The Motley Fool")).toBe(
      "Best Cloud Computing Stocks of 2025",
    );
    expect(cutSiteName("Short - Site")).toBe("Short - Site");
  });

  it("keeps a Chinese headline that opens the <title>, not a section's name before the site's", () => {
    // tech.sina.com.cn, 2014 (readability-js's test page); listing 103 of the dev corpus
    expect(
      cutSiteName("谷歌两年花170亿美元并购 超五大公司总和|苹果|谷歌|科技公司_业界_新浪科技_新浪网"),
    ).toBe("谷歌两年花170亿美元并购 超五大公司总和");
    expect(cutSiteName("公司公告 - 东方阿尔法基金管理有限公司")).toBe(
      "公司公告 - 东方阿尔法基金管理有限公司",
    );
  });
});

describe("readMeta", () => {
  it("keeps names joined by 'and' together unless each part is a name, and puts people before organisations", () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Article","author":[{"@type":"Organization","name":"ACME &amp; Co"},{"@type":"Person","name":"Jane Doe"}]}</script>
      <meta name="author" content="Center for Drug Evaluation and Research"></head><body></body></html>`;
    const meta = readMeta(parseHtmlDom(html), html, null);
    expect(meta.authors.map((a) => a.value)).toEqual(["Jane Doe"]);
    const orgOnly = `<html><head><meta name="author" content="Center for Drug Evaluation and Research"></head></html>`;
    expect(readMeta(parseHtmlDom(orgOnly), orgOnly, null).authors.map((a) => a.value)).toEqual([
      "Center for Drug Evaluation and Research",
    ]);
    const pair = `<html><head><meta name="author" content="Jared Newman and Sam Singleton"></head></html>`;
    expect(readMeta(parseHtmlDom(pair), pair, null).authors.map((a) => a.value)).toEqual([
      "Jared Newman",
      "Sam Singleton",
    ]);
  });

  it("survives broken JSON-LD", () => {
    const html = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A
headline with a raw newline", }</script><script type="application/ld+json">{not json</script>`;
    expect(readMeta(parseHtmlDom(html), html, null).title?.value).toBe("A headline with a raw newline");
  });
});

describe("readMeta: JSON-LD escaped inside a string", () => {
  const read = (html: string) => readMeta(parseHtmlDom(html), html, null);

  it("reads the date and a person from app-state JSON", () => {
    const html = `<html><head><script>self.__next_f.push([1,"{\\"@type\\":\\"BlogPosting\\",\\"author\\":[{\\"@type\\":\\"Person\\",\\"name\\":\\"Spencer McIntyre\\"}],\\"datePublished\\":\\"2025-12-19T14:00:00Z\\"}"])</script></head><body></body></html>`;
    const meta = read(html);
    expect(meta.published?.value).toBe("2025-12-19T14:00:00Z");
    expect(meta.authors.map((a) => a.value)).toEqual(["Spencer McIntyre"]);
    expect(html.slice(meta.published?.span.start, meta.published?.span.end)).toBe("2025-12-19T14:00:00Z");
  });

  it("reads it from an attribute, and takes no organisation for an author", () => {
    const html = `<div data-ld="{&quot;author&quot;:{&quot;@type&quot;:&quot;Organization&quot;,&quot;name&quot;:&quot;Bold.org&quot;},&quot;datePublished&quot;:&quot;2023-04-07&quot;}"></div>`;
    const meta = read(html);
    expect(meta.published?.value).toBe("2023-04-07");
    expect(meta.authors).toEqual([]);
  });

  it("takes no organisation whose type follows its name", () => {
    const html = `<meta name="x" content="{&quot;author&quot;:{&quot;name&quot;:&quot;Recharged&quot;,&quot;@type&quot;:&quot;Organization&quot;}}">`;
    expect(read(html).authors).toEqual([]);
  });

  it("reads no byline from a page wrapper classed 'single-author'", () => {
    const html = `<html><body class="single single-author"><a href="#c">Skip to main content</a>${"<p>Senior editors write long pages about many things.</p>".repeat(20)}</body></html>`;
    expect(read(html).authors).toEqual([]);
  });

  it("finds nothing in a truncated or unterminated string", () => {
    expect(read(`<script>x="{\\"datePublished\\":\\"20`).published).toBeNull();
    expect(read(`<script>x="{\\"author\\":{\\"name\\":`).authors).toEqual([]);
  });
});
