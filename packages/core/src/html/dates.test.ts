import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { dateFromUrl } from "../shared/pageDates.js";
import { parseHtml } from "./index.js";

const page = (head: string, body: string) =>
  `<html lang="en"><head>${head}</head><body><article><h1>Ten ways to fix a leaking tap at home</h1>${body}<p>${"A washer wears out over the years and the tap starts to drip, wasting water every day. ".repeat(4)}</p><p>${"Turn off the supply first, then take the handle off and look at the cartridge inside. ".repeat(4)}</p></article></body></html>`;
const dateOf = (html: string | Uint8Array, url?: string) =>
  parseHtml(html, url ? { url } : {}).items[0]?.date ?? null;

const fixture = (name: string) =>
  new Uint8Array(gunzipSync(readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url))));

// real WCXB dev pages (fixtures/html/README.md)
describe("article dates on real pages", () => {
  it("reads a <time> whose text shows another day by its datetime, as htmldate does", () => {
    // <time datetime="2024-12-20">August 28, 2024</time> under the headline
    const url = "https://apps.shopify.com/stories/merchant-tech-stack-klatch-coffee";
    const item = parseHtml(fixture("article-app-cards.html.gz"), { url }).items[0];
    expect(item?.date).toBe("2024-12-20");
    expect(item?.dateText).toBe("August 28, 2024");
  });

  it("dates a report by the month of its 'Date' field rather than by the page's last update", () => {
    // <h6>Date</h6><p>November 2003</p>; the page declares only article:modified_time 2025-09-17
    const url =
      "https://www.c2es.org/document/u-s-technology-and-innovation-policies-lessons-for-climate-change/";
    const item = parseHtml(fixture("article-month-date-field.html.gz"), { url }).items[0];
    expect([item?.date, item?.dateSource]).toEqual(["2003-11", "visible-line"]);
    expect(item?.modified?.slice(0, 10)).toBe("2025-09-17");
  });

  it("dates a magazine column by the month that opens its text", () => {
    const url =
      "https://www.soundstagexperience.com/index.php/features-menu/pulse-menu/686-the-five-best-noise-canceling-headphones-and-earphones-according-to-me";
    expect(parseHtml(fixture("article-month-first-line.html.gz"), { url }).items[0]?.date).toBe("2015-11");
  });

  // the same pages without their declared dates (JSON-LD, date <meta>s, microdata), as many older
  // pages come: the date the page shows must be found where the theme puts it
  it("reads the <time> of a post-meta line under the text (Elementor, Squarespace)", () => {
    const elementor = parseHtml(fixture("article-undeclared-post-info.html.gz"), {
      url: "https://advantagefitness.com/insights/top-fitness-equipment-trends-for-campus-recreation-in-2025/",
    }).items[0];
    // inside "elementor-widget" boxes, which are the page's own, not sidebar widgets
    expect([elementor?.date, elementor?.dateText]).toEqual(["2025-02-10", "February 10, 2025"]);
    const squarespace = parseHtml(fixture("article-undeclared-meta-line.html.gz"), {
      url: "https://www.omventure.com/blog/affordable-ethical-sustainable-clothing-brands",
    }).items[0];
    // under an <article class="… has-comments"> in a <body class="… tweak-related-products-…">
    expect([squarespace?.date, squarespace?.dateSource]).toEqual(["2024-03-11", "time-element"]);
  });

  it("reads the entry's meta line that the body runs past, and a WordPress 'postmetadata' line", () => {
    // Genesis: <footer class="entry-footer"><p class="entry-meta"><time>June 9, 2020</time> · 6 Comments,
    // then "Next Post: …", which the body takes in; the comments below date nothing
    const genesis = parseHtml(fixture("article-undeclared-entry-meta.html.gz"), {
      url: "https://www.midwestlifeandstyle.com/beginners-guide-to-refinishing-furniture/",
    }).items[0];
    expect([genesis?.date, genesis?.dateSource]).toEqual(["2020-06-09", "time-element"]);
    // <p class="postmetadata alt">Tags: … <small>Monday, August 11th, 2025 at 11:00 am | Categories: …
    const kubrick = parseHtml(fixture("article-undeclared-postmetadata.html.gz"), {
      url: "https://www.ambientairsolutions.com/blog/helena/how-much-money-can-i-save-with-a-smart-thermostat/",
    }).items[0];
    expect([kubrick?.date, kubrick?.dateSource]).toEqual(["2025-08-11T11:00:00", "date-class"]);
  });

  it("reads the byline's date inside a header that runs the deck, byline and date together", () => {
    const url =
      "https://www.restaurantbusinessonline.com/operations/paris-baguette-wants-be-americas-neighborhood-bakery";
    const item = parseHtml(fixture("article-undeclared-header-byline.html.gz"), { url }).items[0];
    expect([item?.date, item?.dateText, item?.dateSource]).toEqual([
      "2025-12-19",
      "Dec. 19, 2025",
      "visible-line",
    ]);
  });

  it("takes the date just above the headline over the bylines of story cards further below", () => {
    const url = "https://clevertap.com/blog/types-of-mobile-apps/";
    const item = parseHtml(fixture("article-undeclared-date-above-title.html.gz"), { url }).items[0];
    expect([item?.date, item?.dateText]).toEqual(["2025-01-16", "January 16, 2025"]);
  });

  it("takes a headline that links to a place on the page for the page's own, and dates by it", () => {
    // <div class="articleStats">October 08, 2024</div><div>Chart</div>
    // <h1 class="articleTitle"><a href="#">Digital Marketing Pricing Data: …</a></h1>: the headline
    // is no card's, so the date two blocks above it is by the headline (the body starts eleven below)
    const url = "https://marketingsherpa.com/article/chart/digital-marketing-pricing";
    const html = fixture("article-undeclared-self-link-headline.html.gz");
    const item = parseHtml(html, { url }).items[0];
    const headline = new TextDecoder().decode(html).indexOf('<h1 class="articleTitle">');
    expect(item?.spans.title?.start).toBeGreaterThan(headline);
    expect([item?.date, item?.dateText, item?.dateSource]).toEqual([
      "2024-10-08",
      "October 08, 2024",
      "visible-line",
    ]);
  });

  it("reads a relative date's day from its element's title", () => {
    // <span class="article-post-date" title="2025-12-18">Posted: 2 days ago</span>
    // <span class="article-modified-date" title="2025-12-18">Last Modified: 2 days ago</span>
    const url = "https://ikyle.me/blog/2025/swift-justhtml-porting-html5-parser-to-swift";
    const html = fixture("article-undeclared-titled-relative.html.gz");
    const item = parseHtml(html, { url }).items[0];
    expect([item?.date, item?.dateText, item?.dateSource]).toEqual([
      "2025-12-18",
      "Posted: 2 days ago",
      "visible-line",
    ]);
    // with a reference day the text's "2 days ago" could be read; the title says the day exactly
    expect(parseHtml(html, { url, reference: "2025-12-25T12:00:00Z" }).items[0]?.date).toBe("2025-12-18");
  });

  it("reads a <time> labelled as the update as the update, not the publication", () => {
    // Kadence: <span class="updated-on"><time class="entry-date published updated" …>12th February 2025</time>
    const kadence = parseHtml(fixture("article-undeclared-updated-on.html.gz"), {
      url: "https://the-shooting-star.com/travelling-to-japan-for-the-first-time/",
    }).items[0];
    expect([kadence?.date, kadence?.dateSource, kadence?.modified]).toEqual([
      "2025-02-12T13:28:34+05:30",
      "updated-line",
      "2025-02-12T13:28:34+05:30",
    ]);
    // NYT Wirecutter: <div>Updated <time dateTime="2026-02-12T12:07:55.000-05:00">February 12, 2026</time></div>
    // under the headline, the page's only date: it dates the page, and says it is an update
    const wirecutter = parseHtml(fixture("article-undeclared-updated-time.html.gz"), {
      url: "https://www.nytimes.com/wirecutter/reviews/best-wireless-earbuds/",
    }).items[0];
    expect([wirecutter?.dateText, wirecutter?.dateSource, wirecutter?.modified]).toEqual([
      "February 12, 2026",
      "updated-line",
      "2026-02-12T12:07:55-05:00",
    ]);
  });

  it("reads a date-classed 'Last updated on' box as the update", () => {
    // <div class="… wz-post-last-update"><p>Last updated on June 2, 2025</p></div>, the page's only date
    const item = parseHtml(fixture("article-undeclared-last-update-box.html.gz"), {
      url: "https://www.workzone.com/blog/how-much-does-project-management-software-cost/",
    }).items[0];
    expect([item?.date, item?.dateSource, item?.modified]).toEqual([
      "2025-06-02",
      "updated-line",
      "2025-06-02",
    ]);
  });

  it("never takes an editor's note opening the text for a dateline", () => {
    // "Updated: <time>Dec 19, 2025 1:06 PM EST</time>" by the headline, and the text opens with
    // "Editor's Note, December 19, 2025: We've added shoes from our winter guide…": both date the revision
    const item = parseHtml(fixture("article-undeclared-editors-note.html.gz"), {
      url: "https://www.runnersworld.com/gear/a19663621/best-running-shoes/",
    }).items[0];
    expect([item?.dateText, item?.dateSource]).toEqual(["Dec 19, 2025 1:06 PM EST", "updated-line"]);
  });

  it("dates a page by its URL's month or year rather than by an update of another year", () => {
    // /2015/07/…: the page shows only "Last Updated: March 11, 2019" by the headline (and comments
    // of July 2015 on): the URL's month is the publication's, the line the update's
    const month = parseHtml(fixture("article-undeclared-url-month.html.gz"), {
      url: "https://www.theprairiehomestead.com/2015/07/organic-pest-control-garden-spray.html",
    }).items[0];
    expect([month?.date, month?.dateSource, month?.modified]).toEqual(["2015-07", "url", "2019-03-11"]);
    // /2022/learn/…, no date shown: the URL's year, not the copyright line's "2025"
    const year = parseHtml(fixture("article-undeclared-url-year.html.gz"), {
      url: "https://www.primermagazine.com/2022/learn/different-wine-types",
    }).items[0];
    expect([year?.date, year?.dateSource]).toEqual(["2022", "url"]);
  });

  it("never dates a post by the cards of other posts under its text", () => {
    // Squarespace: a "More "5 Tips" Posts" summary (<time datetime="2024-06-11">Jun 11, 2024</time> over
    // "5 Landscape Photo Recipes in ON1 Effects", …) between the text and the post's own meta line
    // (<time class="Blog-meta-item--date" datetime="2017-04-10">April 10, 2017</time>)
    const item = parseHtml(fixture("article-undeclared-more-posts.html.gz"), {
      url: "https://scottdavenportphoto.com/blog/5-tips-for-landscape-composition",
    }).items[0];
    expect(item?.date).toBe("2017-04-10");
  });

  it("never dates a page by a date-classed element in its navigation", () => {
    // <nav class="top-menu-nav">…<div class="c-marathon-date">2.28.27</div>: the next race, in the menu
    const item = parseHtml(fixture("article-undeclared-nav-date.html.gz"), {
      url: "https://everywomansmarathon.com/beginner-plan/",
    }).items[0];
    expect(item?.date).toBeNull();
  });

  it("never dates a WordPress post by a card of another post under it", () => {
    // <body class="… single-post postid-32460 …">; the post is <div class="elementor … post-32460 …">, the
    // Elementor grid below it holds <article class="elementor-post … post-32605 post type-post"> cards
    // with <span class="elementor-post-date">January 23, 2025</span>: the page shows no date of its own
    const url = "https://fastarz.com/top-10-shoe-companies-in-the-world/";
    const item = parseHtml(fixture("article-undeclared-post-grid.html.gz"), { url }).items[0];
    expect([item?.date, item?.dateSource]).toEqual(["2025", "copyright"]);
  });

  it("reads the sign-off inside a template that wraps the post under another number (tagDiv)", () => {
    // tagDiv's Newspaper theme: <body class="single postid-57322"> and the whole single-post layout in
    // <article class="post-149 tdb_templates type-tdb_templates">; nothing carries post-57322
    const text = `<p>${"The harvest came in late this year after a wet spring and a dry summer. ".repeat(5)}</p>`;
    const html = `<html lang="en"><head><title>Late harvest</title></head><body class="single postid-57322"><article class="post-149 tdb_templates type-tdb_templates"><h1>Why the harvest came in late this year</h1>${text.repeat(12)}<div class="tdb-block-inner"><p>Posted on August 28, 2025</p></div></article></body></html>`;
    expect(dateOf(html)).toBe("2025-08-28");
  });

  it("never dates a paper by the line that dates its preprint", () => {
    // "Preprints (earlier versions) of this paper are available at …, first published 04.Apr.2019"
    const url = "https://mhealth.jmir.org/2019/6/e14273";
    const item = parseHtml(fixture("article-preprint-line.html.gz"), { url }).items[0];
    expect(item?.date?.slice(0, 10)).toBe("2019-06-25");
  });

  it("reads no month from a month that is neither labelled nor the first line of the text", () => {
    expect(
      dateOf(page("", `<p>${"Prices rose again in the spring. ".repeat(3)}</p><p>March 2019</p>`)),
    ).toBeNull();
  });
});

describe("article dates", () => {
  const declared = `<meta property="article:published_time" content="2021-05-03T11:01:35+00:00"><meta property="article:modified_time" content="2024-04-08T19:06:40+00:00">`;

  it("takes the declared publication over a visible 'Updated' line", () => {
    for (const line of [
      "Last Updated on April 8, 2024",
      "Updated: April 8, 2024",
      "Aktualisiert am 8. April 2024",
    ])
      expect(dateOf(page(declared, `<p class="meta">${line}</p>`))).toBe("2021-05-03T11:01:35Z");
  });

  it("keeps a visible date that is not labelled as an update", () => {
    expect(dateOf(page(declared, `<p class="meta">April 8, 2024</p>`))?.slice(0, 10)).toBe("2024-04-08");
  });

  it("prefers a visible original date to a visible 'Updated' one", () => {
    const body = `<p class="meta">Updated May 2, 2024</p><p class="meta">Published March 1, 2020</p>`;
    expect(dateOf(page("", body))).toBe("2020-03-01");
  });

  it("reads a labelled date line in the body however many tag links follow it", () => {
    const tags = ["artificial-intelligence", "create", "programming"].map(
      (t) => `<a href="/tags/${t}">${t}</a>`,
    );
    const line = `<p class="pt-3"><span>Essay - Published: December 17, 2025 | </span>${tags.join(" | ")} |</p>`;
    expect(dateOf(page("", line))).toBe("2025-12-17");
    // a paragraph that only mentions a day is no date line
    const prose = `<p>The council met on December 17, 2025 and decided to repair the pipes before the winter came.</p>`;
    expect(dateOf(page("", prose))).toBeNull();
  });

  it("keeps an 'Updated' line when the page gives no other date", () => {
    expect(dateOf(page("", `<p class="meta">Updated May 2, 2024</p>`))).toBe("2024-05-02");
  });

  it("survives empty, binary and truncated pages", () => {
    expect(dateOf("")).toBeNull();
    expect(dateOf(new Uint8Array([0, 255, 1, 254]))).toBeNull();
    // cut inside the body: the head still declares the date
    expect(dateOf(page(declared, `<p class="meta">Updated: April 8, 2024`).slice(0, 400))).toBe(
      "2021-05-03T11:01:35Z",
    );
  });
});

describe("article dates away from the headline", () => {
  it("reads a blog's sign-off line under the text", () => {
    const body = `<p>The end of the story, thanks for reading.</p><p>Posted on the 15/12/2025 at 19:00 by Jane</p>`;
    expect(dateOf(page("", body).replace('lang="en"', 'lang="fr"'))?.slice(0, 10)).toBe("2025-12-15");
  });

  it("takes a date in the URL path before a date-classed line elsewhere on the page", () => {
    const more = `<p>${"Then fit the new washer, put the handle back on and turn the water on again slowly. ".repeat(3)}</p>`;
    const html = page("", more.repeat(10)).replace(
      "</article>",
      `</article><div class="date">March 9, 2011</div>`,
    );
    expect(dateOf(html, "https://example.com/2024/02/07/fix-a-tap/")).toBe("2024-02-07");
  });
});

describe("dates in URLs and run-together date lines", () => {
  it("reads month names in URL paths", () => {
    expect(dateFromUrl("https://example.com/blog/2023/october/03/wine-types/")).toBe("2023-10-03");
    expect(dateFromUrl("https://example.com/2023/10/03/wine-types")).toBe("2023-10-03");
    expect(dateFromUrl("https://example.com/2023/foo/03/")).toBeNull();
    expect(dateFromUrl("https://example.com/2023/%E0%A4/03/")).toBeNull();
  });

  it("reads the day past a section between the year and the month (CNN, 2010-2013)", () => {
    expect(dateFromUrl("http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html")).toBe(
      "2010-08-13",
    );
    expect(dateFromUrl("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html")).toBe(
      "2013-08-03",
    );
    expect(dateFromUrl("https://example.com/2023/guides/12/")).toBeNull();
  });

  it("reads the day in URL paths of every shape htmldate reads, never in a longer number", () => {
    expect(dateFromUrl("https://example.de/politik/2019-08-16-bundestag-debatte")).toBe("2019-08-16");
    expect(dateFromUrl("https://example.cn/news/201908/t20190816_123456.html")).toBe("2019-08-16");
    expect(dateFromUrl("https://example.com/archive/2019_8_16.html")).toBe("2019-08-16");
    expect(dateFromUrl("https://example.com/2019/08/16?ref=home")).toBe("2019-08-16");
    expect(dateFromUrl("https://example.com/item/120190816/")).toBeNull();
    expect(dateFromUrl("https://example.com/p/2019081612/")).toBeNull();
    expect(dateFromUrl("https://20190816.example.com/page")).toBeNull();
  });

  it("dates by a shown day of the URL's month when the page gives no other date", () => {
    const more = `<p>${"Then fit the new washer, put the handle back on and turn the water on again slowly. ".repeat(3)}</p>`;
    const html = page("", more.repeat(10)).replace(
      "</article>",
      `<p>Filed in Plumbing on 12 July 2017</p></article><aside class="related"><p>June 3, 2017</p></aside>`,
    );
    expect(dateOf(html, "https://example.com/2017/07/fix-a-tap/")).toBe("2017-07-12");
    // no day of June shown outside the related box: the URL's month alone
    expect(dateOf(html, "https://example.com/2017/06/fix-a-tap/")).toBe("2017-06");
  });

  it("lets the URL's date settle a visible numeric date that reads both ways", () => {
    const html = page("", `<p class="blog-date">03/10/2023</p>`);
    expect(dateOf(html, "https://example.com/blog/2023/october/03/fix-a-tap/")).toBe("2023-10-03");
    expect(dateOf(html, "https://example.com/blog/fix-a-tap/")).toBe("2023-03-10");
  });

  it("keeps a dateline's parts apart when its elements run them together", () => {
    const line = `<div class="dateline"><a href="/c">Health</a><span>DECEMBER 22, 2022</span><span>Updated: JANUARY 02, 2026</span></div>`;
    expect(dateOf(page("", line))).toBe("2022-12-22");
  });
});

describe("a date line with several dates", () => {
  it("takes the declared publication when the line shows it beside another date", () => {
    const head = `<meta property="article:published_time" content="2025-04-24T16:12:49+00:00">`;
    const line = `<p class="meta"><span class="modified">May 21, 2025</span> <span>April 24, 2025</span> by Ann</p>`;
    expect(dateOf(page(head, line))).toBe("2025-04-24T16:12:49Z");
  });
});

describe("bylines away from the headline", () => {
  const authorsOf = (html: string) => parseHtml(html).items[0]?.authors ?? [];
  const filler = `<p>${"Then fit the new washer, put the handle back on and turn the water on again slowly. ".repeat(3)}</p>`;

  it("finds 'Written by' above a name at the article's end", () => {
    const html = page("", filler.repeat(12)).replace(
      "</article>",
      `<p>Written by</p><p>Moses Kim</p></article>`,
    );
    expect(authorsOf(html)).toEqual(["Moses Kim"]);
  });

  it("finds the name after a date in a date line", () => {
    const html = page("", filler.repeat(12)).replace(
      "</article>",
      `<div class="node__meta">03/01/2017 by Agatha Caleo</div></article>`,
    );
    expect(authorsOf(html)).toEqual(["Agatha Caleo"]);
  });

  it("takes no single word or sentence for a name", () => {
    const html = page("", filler.repeat(12)).replace(
      "</article>",
      `<p>By the way, this was fun</p><p>by admin</p></article>`,
    );
    expect(authorsOf(html)).toEqual([]);
    const menu = page("", filler.repeat(12)).replace(
      "</article>",
      `<p>Shop by</p><p>CategoryBy Manufacturer</p><p>By: Apple Podcasts/Spotify</p></article>`,
    );
    expect(authorsOf(menu)).toEqual([]);
  });
});

describe("where a date came from (dateSource)", () => {
  const itemOf = (html: string, url?: string) => parseHtml(html, url ? { url } : {}).items[0];
  const filler = `<p>${"Then fit the new washer, put the handle back on and turn the water on again slowly. ".repeat(3)}</p>`;

  it("calls a <time> that reads 'Last Updated' an update, whatever its class says", () => {
    // movebuddha.com's byline: <time datetime="2025-12-17" class="byline__pubdate">Last Updated: Dec 17, 2025</time>
    const time = `<div class="byline__meta"><time datetime="2025-12-17" class="byline__pubdate">Last Updated: Dec 17, 2025</time><span class="byline__length"> • 5 min read</span></div>`;
    const item = itemOf(page("", time));
    expect([item?.date?.slice(0, 10), item?.dateSource]).toEqual(["2025-12-17", "updated-line"]);
  });

  it("names the declaration, the shown line and the URL", () => {
    expect(
      itemOf(page(`<meta property="article:published_time" content="2021-05-03">`, ""))?.dateSource,
    ).toBe("meta");
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ten ways to fix a leaking tap at home","datePublished":"2021-05-03"}</script>`;
    expect(itemOf(page(ld, ""))?.dateSource).toBe("json-ld");
    expect(itemOf(page("", `<p class="meta">March 1, 2020</p>`))?.dateSource).toBe("visible-line");
    expect(itemOf(page("", ""), "https://example.com/2024/02/07/fix-a-tap/")?.dateSource).toBe("url");
    expect(itemOf(page("", ""))?.dateSource).toBeUndefined();
  });

  it("dates a page that states only an update by that update, and says so", () => {
    const item = itemOf(page(`<meta property="article:modified_time" content="2024-04-08T10:00:00Z">`, ""));
    expect(item?.date).toBe("2024-04-08T10:00:00Z");
    expect(item?.dateSource).toBe("modified");
    const shown = itemOf(page("", `<p class="meta">Updated May 2, 2024</p>`));
    expect(shown?.dateSource).toBe("updated-line");
  });

  it("reads update labels in other scripts and languages (a word boundary in any script)", () => {
    for (const line of [
      "Оновлено: 5 березня 2024",
      "Actualizat la 5 martie 2024",
      "Güncelleme: 5 Mart 2024",
    ]) {
      const item = itemOf(page("", `<p class="meta">${line}</p>`));
      expect([item?.date, item?.dateSource], line).toEqual(["2024-03-05", "updated-line"]);
    }
  });

  it("lets a URL date overrule a shown date that contradicts it, not a declared one", () => {
    const url = "https://example.com/2019/08/16/fix-a-tap/";
    const shown = itemOf(page("", `<p class="meta">March 1, 2020</p>`), url);
    expect([shown?.date, shown?.dateSource]).toEqual(["2019-08-16", "url"]);
    const declared = itemOf(page(`<meta property="article:published_time" content="2019-08-17">`, ""), url);
    expect(declared?.date).toBe("2019-08-17");
  });

  it("takes a declared date in the URL's month over a shown date outside it", () => {
    const head = `<meta property="article:modified_time" content="2025-12-20T08:00:00Z">`;
    const item = itemOf(
      page(head, `<p class="meta">June 17, 2025</p>`),
      "https://example.com/2025/12/fix-a-tap",
    );
    expect(item?.date?.slice(0, 10)).toBe("2025-12-20");
  });

  it("never dates the article by a <time> in comments or a related-posts box", () => {
    const comments = `<div class="comments"><p>Nice! <time datetime="2023-01-05">Jan 5</time></p></div>`;
    const related = `<div class="related-posts"><a href="/x">Other story</a> <time datetime="2022-02-02">Feb 2</time></div>`;
    const html = page("", filler.repeat(8)).replace("</article>", `</article>${comments}${related}`);
    expect(itemOf(html)?.date).toBeNull();
  });

  it("reads a bare date line under the byline at the article's end", () => {
    const html = page("", filler.repeat(12)).replace(
      "</article>",
      `<p>Written by Moses Kim and Kate Shokurova</p><p>April 8, 2024</p></article>`,
    );
    expect([itemOf(html)?.date, itemOf(html)?.dateSource]).toEqual(["2024-04-08", "signed-line"]);
  });
});

describe("date lines the headline's neighbours hide or fake", () => {
  const itemOf = (html: string, url?: string) => parseHtml(html, url ? { url } : {}).items[0];

  it("reaches a date line below a row of share buttons and author links", () => {
    // energysage-like: headline, dek, five share links, "Written by:" and two author links, then the date
    const share = ["LinkedIn", "Facebook", "Threads", "Bluesky", "Email"]
      .map((s) => `<li><a href="/share/${s}">Share to ${s}</a></li>`)
      .join("");
    const header = `<p>Your step-by-step guide from research to power.</p><ul>${share}</ul><div>Written by:</div><ul><li><a href="/a/1">Emily Walker</a></li><li><a href="/a/2">Casey Mc</a></li></ul><div>Edited by: Kristina Z</div><div>Updated Feb 11, 2026</div>`;
    const item = itemOf(page("", header));
    expect([item?.date, item?.dateSource]).toEqual(["2026-02-11", "updated-line"]);
  });

  it("reads no deadline of a promotion bar as the article's date", () => {
    const head = `<meta name="parsely-pub-date" content="2020-02-10T16:48:12Z">`;
    const bar = `<div class="promo">Limited Time Offer ~ Redeem by 12.31.23</div>`;
    expect(dateOf(page(head, bar))).toBe("2020-02-10T16:48:12Z");
  });

  it("takes the line that shows the declared publication over a story's date in a sidebar", () => {
    // clevertap-like: the date sits above the headline, a "Most popular" box follows it
    const html = page(
      `<meta property="article:published_time" content="2025-01-16T00:00:27+00:00">`,
      `<h4>Most Popular</h4><div class="bloglist__title"><a href="/x">Mobile App Marketing Guide: 25 Proven Strategies</a></div><div>Subharun M | July 15, 2025</div>`,
    ).replace("<h1>", `<ul><li>January 16, 2025</li><li>11 min read</li></ul><h1>`);
    expect(dateOf(html)?.slice(0, 10)).toBe("2025-01-16");
  });

  it("reads an ambiguous date the way the page writes the same day elsewhere", () => {
    const html = page(
      "",
      `<ul><li>Bence K</li><li><time datetime="02-12-2025">02-12-2025</time></li></ul>`,
    ).replace(
      "</article>",
      `</article><aside><h4><a href="/p1">Reflections on a UI pipeline</a></h4><time datetime="2025-12-02">December 02, 2025</time></aside>`,
    );
    expect(dateOf(html)?.slice(0, 10)).toBe("2025-12-02");
  });

  it("trusts a line that says when the article was originally published", () => {
    const note = `<p><em>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.</em></p>`;
    const html = page("", `<p>Chris Carroll 30 Sep 2022, 11:07am</p>${note}`);
    expect(itemOf(html)?.date?.slice(0, 10)).toBe("2019-09-26");
  });

  it("dates a page that gives nothing else by its footer's 'Last updated' line", () => {
    const webcams = ["Yosemite Falls", "Half Dome", "El Capitan", "Glacier Point", "Tuolumne"]
      .map(
        (c) =>
          `<h2>${c}</h2><p>${"This webcam image is provided courtesy of the Conservancy. ".repeat(3)}</p>`,
      )
      .join("");
    const html = page("", webcams).replace(
      "</body>",
      `<footer><p>Last updated: November 13, 2025</p></footer></body>`,
    );
    const item = itemOf(html);
    expect([item?.date, item?.dateSource]).toEqual(["2025-11-13", "updated-line"]);
  });

  it("takes no publish-like key whose date follows the declared modification", () => {
    // sap.com-like keys: "published-time" stamps the last build
    const head = `<meta name="published-time" content="2026-03-09T08:45:32.183Z"><meta name="modified-date" content="2024-07-30"><meta name="published-date" content="2021-02-16">`;
    expect(dateOf(page(head, ""))).toBe("2021-02-16");
  });
  it("dates by og:updated_time only when the page shows no date of its own", () => {
    const head = `<meta property="og:updated_time" content="2026-03-14T17:32:53+00:00">`;
    const signOff = `<div class="post-date">Posted On: January 14 2026</div>`;
    const long = `<p>${"Then fit the new washer and turn the water on again slowly. ".repeat(3)}</p>`.repeat(
      10,
    );
    const html = page(head, long).replace("</article>", `</article>${signOff}`);
    expect([itemOf(html)?.date, itemOf(html)?.dateSource]).toEqual(["2026-01-14", "date-class"]);
    expect(itemOf(page(head, ""))?.dateSource).toBe("modified");
  });

  it("takes a shown 'Published' line over declared dates that are both the last save", () => {
    const head = `<meta property="article:published_time" content="2025-11-29T12:28:31-05:00"><meta property="article:modified_time" content="2025-11-29T12:28:31-05:00">`;
    const line = `<div class="article-body__published">Published <time datetime="2025-08-13">August 13, 2025</time></div>`;
    const long = `<p>${"Then fit the new washer and turn the water on again slowly. ".repeat(3)}</p>`.repeat(
      10,
    );
    const html = page(head, long).replace("</article>", `${line}</article>`);
    expect([itemOf(html)?.date, itemOf(html)?.dateSource]).toEqual(["2025-08-13", "signed-line"]);
    // with a modification of its own, the declared publication stands
    const apart = html.replace('modified_time" content="2025-11-29', 'modified_time" content="2025-12-01');
    expect(itemOf(apart)?.date?.slice(0, 10)).toBe("2025-11-29");
  });

  it("dates a product page by its update unless it shows a publication line", () => {
    const head = `<script type="application/ld+json">{"@type":"WebPage","dateModified":"2025-09-17T17:00:45Z"}</script>`;
    expect(itemOf(page(head, ""))?.dateSource).toBe("modified");
    const shown = itemOf(page(head, "").replace("</article>", `<p>Published on March 3, 2003</p></article>`));
    expect(shown?.date?.slice(0, 10)).not.toBe("2025-09-17");
  });
  it("dates a page that gives no date at all by its copyright year alone, and says it is that weak", () => {
    const footer = `<footer><p>Copyright © 2012–2019 Example Plumbing Ltd. All rights reserved.</p></footer>`;
    const item = itemOf(page("", "").replace("</body>", `${footer}</body>`));
    expect([item?.date, item?.dateSource]).toEqual(["2019", "copyright"]);
    // any other date comes first
    const dated = itemOf(
      page("", `<p class="meta">March 1, 2020</p>`).replace("</body>", `${footer}</body>`),
    );
    expect(dated?.dateSource).toBe("visible-line");
    const year = (line: string) =>
      itemOf(page("", "").replace("</body>", `<footer><p>${line}</p></footer></body>`))?.date ?? null;
    expect(year("© Example Verlag GmbH 2018")).toBe("2018");
    expect(year("Copyright 2017 Example")).toBe("2017");
    expect(year("Copyright notice")).toBeNull();
    expect(year("copyrighted 2019")).toBeNull();
  });
});

describe("day order of English numeric dates", () => {
  const story = (lang: string) =>
    `<!doctype html><html lang="${lang}"><head><title>Council approves new cycle lanes</title></head><body>
    <article><h1>Council approves new cycle lanes</h1><p class="date">09/10/2024</p>
    <p>${"The council voted on Tuesday to approve a network of protected cycle lanes across the city centre, after a consultation that drew four thousand responses. ".repeat(4)}</p>
    <p>${"Work on the first section is expected to begin in the spring, with the whole network finished within three years. ".repeat(3)}</p></article></body></html>`;

  it("follows the locale's region: day first in British, Australian, Indian English; month first in US or plain English", () => {
    expect(dateOf(story("en-GB"))).toBe("2024-10-09");
    expect(dateOf(story("en_AU"))).toBe("2024-10-09");
    expect(dateOf(story("en-IN"))).toBe("2024-10-09");
    expect(dateOf(story("en-US"))).toBe("2024-09-10");
    expect(dateOf(story("en"))).toBe("2024-09-10");
  });
});

describe("a dateline opening the text", () => {
  const release = (first: string) =>
    `<!doctype html><html lang="de"><head><title>Bundesregierung beschließt Klimapaket</title></head><body>
    <article><h1>Bundesregierung beschließt Klimapaket</h1>
    <p>${first} Die Bundesregierung hat am Mittwoch ein Paket zum Klimaschutz beschlossen, das einen Preis für Kohlendioxid vorsieht.</p>
    <p>${"Die Maßnahmen sollen schrittweise eingeführt werden und bis 2030 wirken, teilte das Ministerium mit. ".repeat(4)}</p>
    </article><footer>© 2024 Ministerium</footer></body></html>`;

  it("dates a press release or agency story that declares nothing else", () => {
    expect(dateOf(release("BERLIN, 12.03.2015 –"))).toBe("2015-03-12");
    expect(dateOf(release("(dpa) Berlin, 12.03.2015 -"))).toBe("2015-03-12");
    expect(dateOf(release("Frankfurt am Main, 3. Mai 2019:"))).toBe("2019-05-03");
    expect(dateOf(release("12.03.2015 |"))).toBe("2015-03-12");
  });

  it("is no date a sentence mentions", () => {
    expect(dateOf(release("Am 12.03.2015 hat"))).toBe("2024");
    expect(dateOf(release("Seit dem 12.03.2015 –"))).toBe("2024");
  });
});
