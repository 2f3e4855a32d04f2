import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { NewsPage } from "../model/page.js";
import { documentBlocks } from "./blocks.js";
import {
  type AnyNode,
  clean,
  type Element,
  elements,
  isSpace,
  leadingSpace,
  limitDepth,
  parseHtmlDom,
  trailingSpace,
} from "./dom.js";
import { parseHtml } from "./index.js";
import { findListing } from "./listing.js";
import { readMeta } from "./meta.js";

const fixture = (name: string) => {
  const raw = readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url));
  return new Uint8Array(name.endsWith(".gz") ? gunzipSync(raw) : raw);
};

/** Items and chrome cover every character once, in order. */
function expectPartition(page: NewsPage) {
  const spans = [...page.items.map((i) => i.span), ...page.chrome.map((c) => c.span)].sort(
    (a, b) => a.start - b.start,
  );
  let at = 0;
  for (const s of spans) {
    expect(s.start).toBe(at);
    at = s.end;
  }
  expect(at).toBe(page.inputInfo.length);
}

const ARTICLE = `<!doctype html><html lang="en-GB"><head>
<title>Council approves new bridge | The Valley Times</title>
<meta property="og:title" content="Council approves new bridge">
<meta property="og:image" content="/img/bridge.jpg">
<link rel="canonical" href="https://valley.example/news/2024/03/05/bridge">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"The Valley Times"},
 {"@type":"NewsArticle","headline":"Council approves new bridge","datePublished":"2024-03-05T09:30:00+01:00",
  "dateModified":"2024-03-06T10:00:00+01:00","author":[{"@id":"#jane"}],"articleSection":"Local"},
 {"@type":"Person","@id":"#jane","name":"Jane Doe"}]}</script>
</head><body>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News, sport, weather and much more</a></li></ul></nav>
<article>
<h1>Council approves new bridge</h1>
<div class="byline">By Jane Doe</div>
<div class="entry-content">
<p>The town council voted on Tuesday to approve the construction of a new bridge over the river, ending a debate that has lasted for more than a decade.</p>
<h2>What happens next</h2>
<p>Work is expected to begin in the autumn, the mayor said, and the bridge should open to traffic in two years, provided the funding arrives on time.</p>
<ul><li>Phase one: foundations and the two river piers.</li><li>Phase two: the deck, the lighting and the approach roads.</li></ul>
<blockquote>It is a great day for the valley, and for everyone who crosses the river every morning.</blockquote>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</div>
<section class="comments"><p>First comment: this is great news, I cross that river every single day, finally.</p></section>
</article>
<aside class="sidebar"><h3>Most read</h3><p>Another story that people read a lot, with a long enough text to look like a paragraph.</p></aside>
<footer><p>© The Valley Times, all rights reserved, and a long footer sentence for good measure.</p></footer>
</body></html>`;

describe("parseHtml: articles", () => {
  const page = parseHtml(ARTICLE, { url: "https://valley.example/news?id=1" });
  const item = page.items[0];

  it("reconciles metadata from JSON-LD @graph, OpenGraph and the page", () => {
    expect(page.kind).toBe("article");
    expect(NewsPage.parse(page)).toBeTruthy();
    expect(item).toMatchObject({
      title: "Council approves new bridge",
      date: "2024-03-05T09:30:00+01:00",
      modified: "2024-03-06T10:00:00+01:00",
      authors: ["Jane Doe"],
      category: "Local",
      image: "https://valley.example/img/bridge.jpg",
      url: "https://valley.example/news/2024/03/05/bridge",
      lang: "en",
    });
    expect(page.url).toBe("https://valley.example/news/2024/03/05/bridge");
    expect(page.title).toBe("Council approves new bridge");
  });

  it("keeps the body as blocks and leaves menus, share bars, comments, sidebars and footers out", () => {
    expect(item?.paragraphs).toEqual([
      expect.stringMatching(/^The town council voted/),
      "What happens next",
      expect.stringMatching(/^Work is expected/),
      "Phase one: foundations and the two river piers.",
      "Phase two: the deck, the lighting and the approach roads.",
      expect.stringMatching(/^It is a great day/),
    ]);
    expect(item?.blocks).toEqual(["paragraph", "heading", "paragraph", "list-item", "list-item", "quote"]);
  });

  it("gives every field a span into the source, and items plus chrome partition the input", () => {
    const at = (s: { start: number; end: number } | null | undefined) =>
      s ? ARTICLE.slice(s.start, s.end) : null;
    expect(at(item?.spans.title)).toBe("Council approves new bridge");
    expect(at(item?.spans.date)).toBe("2024-03-05T09:30:00+01:00");
    expect(at(item?.spans.authors[0])).toBe("Jane Doe");
    expect(item?.spans.paragraphs.map(at)).toEqual(item?.paragraphs);
    expectPartition(page);
  });

  it("finds a visible date line and the author when the page declares neither", () => {
    const html = `<html><body><h1>Small town news</h1><p class="post-date">Posted on March 3, 2021</p>
      <span class="author">by Sam Smith</span><div><p>${"A sentence about the town, with some detail. ".repeat(8)}</p></div></body></html>`;
    const p = parseHtml(html).items[0];
    expect(p).toMatchObject({ title: "Small town news", date: "2021-03-03", authors: ["Sam Smith"] });
  });

  it("lets a declared date settle a visible numeric date that reads both ways", () => {
    const body = `<p>${"A sentence about the town, with some detail. ".repeat(8)}</p>`;
    const page = (meta: string) =>
      parseHtml(
        `<html><head>${meta}</head><body><h1>Small town news</h1><p>02-12-2025</p><div>${body}</div></body></html>`,
        {
          lang: "en",
        },
      ).items[0]?.date;
    expect(page('<meta property="article:published_time" content="2025-12-02T08:00:00Z">')).toBe(
      "2025-12-02",
    );
    expect(page('<meta property="article:published_time" content="2025-02-12T08:00:00Z">')).toBe(
      "2025-02-12",
    );
  });

  it("detects the language from the text when the page does not declare it", () => {
    const p = parseHtml(
      `<h1>Le conseil municipal approuve le nouveau pont</h1><p>${"Le conseil municipal a voté mardi la construction d'un nouveau pont sur la rivière. ".repeat(4)}</p>`,
    );
    expect(p.lang).toBe("fr");
    expect(p.items[0]?.lang).toBe("fr");
  });

  it("extracts a real blog article", () => {
    const p = parseHtml(fixture("article-blog.html.gz"));
    expect(p.kind).toBe("article");
    expect(p.items[0]?.title).toBe("Thoughts on Zig");
    expect(p.items[0]?.authors).toEqual(["Sam Bossley"]);
    expect(p.items[0]?.date?.slice(0, 10)).toBe("2025-08-29");
    expect(p.items[0]?.paragraphs.length).toBeGreaterThan(10);
    expectPartition(p);
  });
});

describe("parseHtml: the headline of a real WCXB page", () => {
  it("takes the declared title over a lone <h1> that is a box's lead-in ending with a colon", () => {
    // WCXB dev 0462: the page's one <h1> is "A message from John Furrier, co-founder of SiliconANGLE:"
    const item = parseHtml(fixture("article-promo-h1.html.gz"), {
      url: "https://siliconangle.com/2025/12/19/google-cloud-runs-ai-inference-real-world-scale-googlecloud",
    }).items[0];
    expect(item?.title).toBe("How Google Cloud runs AI inference at production scale");
  });

  it("takes the declared title over an <h1> that is one of its words among others", () => {
    // WCXB dev 0404, a GitHub gist: an <h1> "Discord" against "How we pwned X (Twitter), Vercel,
    // Cursor, Discord, and hundreds of companies …"
    const item = parseHtml(fixture("article-one-word-h1.html.gz"), {
      url: "https://gist.github.com/hackermondev/5e2cdc32849405fff6b46957747a2d28",
    }).items[0];
    expect(item?.title).toBe(
      "How we pwned X (Twitter), Vercel, Cursor, Discord, and hundreds of companies through a supply-chain attack",
    );
  });
});

describe("parseHtml: article body furniture (real WCXB pages)", () => {
  it("leaves the dateline and byline shown at the body's edges to the item's fields", () => {
    // the lines as WCXB dev pages 4126 and 4123 show them above their text
    const text =
      "<p>Sourdough needs a lively starter, flour, water and salt, and a day of patience, the baker said.</p>".repeat(
        5,
      );
    const html = `<html><body><article><h1>How to bake one loaf of sourdough</h1><p>By Lizzie Streit, MS, RDN, LD</p><p>Last Updated : 20 January 2025</p>${text}</article></body></html>`;
    const item = parseHtml(html).items[0];
    expect(item?.paragraphs.some((p) => /Lizzie|Updated/.test(p))).toBe(false);
    expect(item?.paragraphs.length).toBe(5);
    expect(item?.authors[0]).toMatch(/^Lizzie Streit/);
    expect(item?.date).toBe("2025-01-20");
  });

  it("ends the body before an author's bio under the text, but keeps a bio that a heading of the text opens", () => {
    // WCXB dev 0141: "Julia Gralberg is a freelance travel writer, editor of …" closes the post
    const bio = parseHtml(fixture("article-author-bio.html.gz"), {
      url: "https://ovolohotels.com/ovolo/blog/travel-hacks-make-hotel-stay/",
    }).items[0]?.paragraphs;
    expect(bio?.some((p) => p.startsWith("Julia Gralberg is a freelance travel writer"))).toBe(false);
    expect(bio?.at(-1)).toMatch(/^But, at Ovolo, we offer The Perks all day every day\./);
    // WCXB dev 4030: "Why Trust The Spruce Eats" / "Jesse Porter is a longtime beverage writer …" is text
    const trust = parseHtml(fixture("article-trust-section-bio.html.gz"), {
      url: "https://www.thespruceeats.com/best-gooseneck-kettles-4842831",
    }).items[0]?.paragraphs;
    expect(trust?.some((p) => p.startsWith("Jesse Porter is a longtime beverage writer"))).toBe(true);
  });

  it("ends the body before a bio box that opens with the page's declared author, and its related links", () => {
    // WCXB dev 0078, cut down: <meta name="author" content="Eduard Kovacs">, then under the text
    // "Eduard Kovacs (@EduardKovacs) is the managing editor at SecurityWeek. …" / "More from Eduard Kovacs"
    const page = parseHtml(fixture("article-author-box-named.html"), {
      url: "https://www.securityweek.com/cybersecurity-ma-roundup-45-deals-announced-in-october-2025/",
    });
    const body = page.items[0]?.paragraphs ?? [];
    expect(page.items[0]?.authors).toEqual(["Eduard Kovacs"]);
    expect(body.some((p) => p.includes("Eduard Kovacs"))).toBe(false);
    expect(body.at(-1)).toMatch(/^Data portability and resilience solutions provider Veeam Software/);
    expect(body[0]).toMatch(/^Forty-five cybersecurity merger and acquisition/);
  });

  it("keeps a list of links that the text introduces, not one that lists the site's other pages", () => {
    // WCXB dev 0215, cut down: "Here are some of the courses you can take on OpenLearn:", then the courses' links
    const courses =
      parseHtml(fixture("article-introduced-link-list.html"), {
        url: "https://www.classcentral.com/report/free-certificates/",
      }).items[0]?.paragraphs ?? [];
    const intro = courses.indexOf("Here are some of the courses you can take on OpenLearn:");
    expect(intro).toBeGreaterThan(0);
    expect(courses.slice(intro + 1, intro + 4)).toEqual([
      "Everyday English 1",
      "Information security",
      "The business of football",
    ]);
    // WCXB dev 0022, cut down: "More on Stanford GSB:", then links to the site's other guides
    const schools =
      parseHtml(fixture("article-other-pages-link-list.html"), {
        url: "https://menlocoaching.com/top-mba-programs/",
      }).items[0]?.paragraphs ?? [];
    expect(schools.some((p) => p.startsWith("Stanford is famous for its ties to Silicon Valley"))).toBe(true);
    expect(schools.some((p) => p.startsWith("Guide to the Stanford MBA Interview"))).toBe(false);
  });

  it("keeps a heading that is a link when the text under it is the article's", () => {
    // WCXB dev 0155, cut down: "<h3>1. <a>Google's SEO Starter Guide</a></h3>" over what the guide is
    const body =
      parseHtml(fixture("article-linked-headings.html"), {
        url: "https://agencyanalytics.com/blog/seo-tutorial",
      }).items[0]?.paragraphs ?? [];
    const moz = body.indexOf("2. Moz's Beginners Guide to SEO");
    expect(body).toContain("1. Google’s SEO Starter Guide");
    expect(moz).toBeGreaterThan(0);
    expect(body[moz + 1]).toMatch(/^Moz's Beginner's Guide to SEO is another good resource/);
  });

  it("reads an article printed three times (a theme's responsive copies) once", () => {
    // WCXB dev 0355, cut down: a Framer site's three "ssr-variant" copies of the text, two hidden by CSS
    const body =
      parseHtml(fixture("article-responsive-copies.html"), {
        url: "https://www.loona-construction.com/blog/how-much-does-a-home-remodel-cost-in-california",
      }).items[0]?.paragraphs ?? [];
    const copies = body.filter((p) =>
      p.startsWith("The cost of home remodeling in California varies widely based on the type of renovation"),
    );
    expect(copies).toHaveLength(1);
    expect(
      body.filter((p) => p.startsWith("Labor Costs: Skilled labor in California is expensive")),
    ).toHaveLength(1);
  });

  it("ends the body before headings left with nothing under them (a sidebar's lists of links)", () => {
    // WCXB dev 0080: "Featured news", "Resources", "Don't miss" over lists of links close the container
    const body =
      parseHtml(fixture("article-trailing-headings.html.gz"), {
        url: "https://www.helpnetsecurity.com/2025/11/24/black-friday-2025-cybersecurity-offers/",
      }).items[0]?.paragraphs ?? [];
    expect(body.some((p) => /^(Featured news|Resources|Don't miss)$/.test(p))).toBe(false);
    expect(body.at(-1)).toMatch(
      /^The Black Friday campaign offers 50% off on all hands-on application security/,
    );
  });

  it("leaves the cards of other stories that follow the text in its container out of the body", () => {
    // WCXB dev 0331: "All Reads on This Topic", then rows and a grid of the site's story cards
    const body =
      parseHtml(fixture("article-story-cards.html.gz"), {
        url: "https://www.globaltravelerusa.com/what-are-the-top-u-s-rental-car-companies-of-2025/",
      }).items[0]?.paragraphs ?? [];
    expect(body[0]).toMatch(/^American analytics and consumer intelligence company J\.D\. Power/);
    expect(body.at(-1)).toMatch(/^What are your thoughts on this report\?/);
    expect(body.some((p) => /^(Dec \d+, 2025|Hotel Casa Palmela Review)$/.test(p))).toBe(false);
    expect(body.some((p) => p.startsWith("Long in the shadow of Denver"))).toBe(false);
  });

  it("keeps a roundup of entries with linked headlines that the article's text goes on after", () => {
    // WCXB dev 4150: sewing machines, each a linked name and a description, then more of the post
    const body =
      parseHtml(fixture("article-roundup-cards.html.gz"), {
        url: "https://www.heatherhandmade.com/best-sewing-machine-for-making-clothes/",
      }).items[0]?.paragraphs ?? [];
    expect(body).toContain("Brother Sewing Machine XM2701");
    expect(body.some((p) => p.startsWith("This is the most inexpensive sewing machine on this list."))).toBe(
      true,
    );
  });

  it("leaves a newsletter signup box around an email field out of the body (Jetpack's subscribe block)", () => {
    const page = parseHtml(fixture("article-signup-box.html.gz"), {
      url: "https://tinyhousegiantjourney.com/2018/07/02/tiny-house-cons/",
    });
    const body = page.items[0]?.paragraphs ?? [];
    expect(body.join("\n")).toContain("My least favorite thing about living tiny is that");
    expect(body.some((p) => /Discover more from|Subscribe to get the latest posts/.test(p))).toBe(false);
    expect(body[body.length - 1]).toBe("What do you think about the cons of living small?");
  });

  it("leaves the feature image's caption, a rating widget and the blog's disclaimer out of the body", () => {
    // WCXB dev 0454: <div class="show-feature-image-description"> over the text, "Rate this
    // article" and "The views expressed by the authors of this blog are their own …" under it
    const body =
      parseHtml(fixture("article-feature-caption.html.gz"), {
        url: "https://blog.apnic.net/2025/12/19/is-it-really-always-the-dns",
      }).items[0]?.paragraphs ?? [];
    expect(body[0]).toMatch(/^In a beautifully typeset post, Paul Tagliamonte critiqued the meme/);
    expect(body.at(-1)).toBe("In effect, it’s not always the DNS, but it is often exposed through the DNS.");
  });

  it("leaves a promotion out of the body: a call to action set apart by its markup", () => {
    // WCXB dev 0034: the whole paragraph in bold italics, its action a link ("Download and subscribe")
    const body =
      parseHtml(fixture("article-app-promo.html.gz"), {
        url: "https://www.today.com/health/diet-fitness/fitness-trends-2025-rcna184567",
      }).items[0]?.paragraphs ?? [];
    expect(body.some((p) => p.startsWith("Download and subscribe to the brand new Start TODAY app"))).toBe(
      false,
    );
    expect(body[2]).toMatch(/^From Pilates continuing to lead as the fitness It Girl/);
    expect(body[3]).toBe("Pilates is the most-booked workout for the second year in a row");
  });

  it("leaves the calls to action that close a body out of it (sign up, start a free trial)", () => {
    // WCXB dev 0037: "Sign up now to explore SSW's features …", a heading, "Start your free trial of …"
    const body =
      parseHtml(fixture("article-trial-signoff.html.gz"), {
        url: "https://www.splashtop.com/blog/it-security-best-practices",
      }).items[0]?.paragraphs ?? [];
    expect(body.some((p) => /^(Sign up now to explore|Start your free trial of)/.test(p))).toBe(false);
    expect(body.at(-1)).toMatch(/^Additionally, Splashtop Secure Workspace \(SSW\) offers/);
  });

  it("keeps a paragraph that tells something before it sells (its call to action a link)", () => {
    // WCXB dev 0072: the last paragraph ends "Want to ensure …? Get a quote …", the link "Get a quote"
    const body =
      parseHtml(fixture("article-closing-pitch.html.gz"), {
        url: "https://www.atlasvanlines.com/blog/packing-tips-guide",
      }).items[0]?.paragraphs ?? [];
    expect(body.at(-2)).toBe("Let Atlas Take Care of the Packing");
    expect(body.at(-1)).toMatch(/^Atlas’s professional packing and unpacking services .* Get a quote/);
  });
});

describe("parseHtml: listings", () => {
  it("splits a table of dated press releases, with month group headings left out", () => {
    const page = parseHtml(fixture("listing-table.html.gz"), {
      url: "http://www.cowan.senate.gov/newsroom/press",
    });
    expect(page.kind).toBe("listing");
    expect(page.items).toHaveLength(15);
    expect(page.items[0]).toMatchObject({
      date: "2013-05-01",
      title: "$248,000 in FEMA Grants to Assist First Responders in Orleans, Sudbury and Winthrop",
      url: "http://www.cowan.senate.gov/newsroom/press/248000-in-fema-grants-to-assist-first-responders-in-orleans-sudbury-and-winthrop",
      paragraphs: [],
    });
    expect(NewsPage.parse(page)).toBeTruthy();
    expectPartition(page);
  });

  it("reads a listing's breadcrumbs and pager as page fields and chrome", () => {
    const page = parseHtml(fixture("listing-drupal-pager.html.gz"), {
      url: "http://walz.house.gov/media-center/press-releases",
    });
    expect(page.kind).toBe("listing");
    expect(page.items).toHaveLength(10);
    expect(page.breadcrumbs).toEqual(["Home", "Media Center"]);
    expect(page.pagination).toMatchObject({
      next: "http://walz.house.gov/media-center/press-releases?page=1",
      previous: null,
      page: 1,
    });
    expect(page.chrome.map((c) => c.kind)).toEqual(expect.arrayContaining(["breadcrumb", "pagination"]));
    expect(page.items[0]?.dateSource).toBe("entry-line");
    expect(NewsPage.parse(page)).toBeTruthy();
    expectPartition(page);
  });

  it("dates each entry of a day-grouped list by its day heading (Blogger's date-header)", () => {
    const post = (t: string) =>
      `<div class="post-outer"><div class="post hentry"><h3 class="post-title"><a href="https://garden.blogspot.com/p/${t.length}.html">${t}</a></h3><div class="post-body">A few words about ${t.toLowerCase()} and why it matters this spring.</div><div class="post-footer">Posted by Ann at 10:15 AM</div></div></div>`;
    const day = (d: string, ...ts: string[]) =>
      `<div class="date-outer"><h2 class="date-header"><span>${d}</span></h2><div class="date-posts">${ts.map(post).join("")}</div></div>`;
    const html = `<html><body><div class="blog-posts">${day("Friday, March 29, 2013", "Planting the early potatoes", "Seed swap at the village hall")}${day("Thursday, March 28, 2013", "Frost came back last night")}${day("Monday, March 25, 2013", "Building a new cold frame", "The first radishes are up")}</div></body></html>`;
    const page = parseHtml(html);
    expect(page.kind).toBe("listing");
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2013-03-29", "Planting the early potatoes"],
      ["2013-03-29", "Seed swap at the village hall"],
      ["2013-03-28", "Frost came back last night"],
      ["2013-03-25", "Building a new cold frame"],
      ["2013-03-25", "The first radishes are up"],
    ]);
    expect(page.items[1]?.dateSource).toBe("group-heading");
    const headings = page.chrome.filter((c) => c.kind === "group-heading");
    expect(headings.map((c) => html.slice(c.span.start, c.span.end))).toEqual([
      "Friday, March 29, 2013",
      "Monday, March 25, 2013",
    ]);
    expectPartition(page);
  });

  it("dates headline-only entries under plain day headings", () => {
    const list = (...ts: string[]) =>
      `<ul>${ts.map((t) => `<li><a href="/n/${t.length}">${t}</a></li>`).join("")}</ul>`;
    const html = `<html><body><div id="news"><h2>Friday, March 29, 2013</h2>${list("Council approves the harbour budget", "Ferry timetable changes from next week")}<h2>Thursday, March 28, 2013</h2>${list("New footbridge opens over the river", "Library extends its opening hours", "School roof repairs start in April")}</div></body></html>`;
    const page = parseHtml(html);
    expect(page.items.map((i) => i.date)).toEqual([
      "2013-03-29",
      "2013-03-29",
      "2013-03-28",
      "2013-03-28",
      "2013-03-28",
    ]);
  });

  it("reads a portal's boxes of headline-and-date rows as one listing, dates run into the headline", () => {
    // Chinese portal shape: <li><a>title</a><span>2020-07-04</span></li>, no space between them
    const box = (name: string, titles: string[]) =>
      `<div class="box"><h3>${name}</h3><ul>${titles.map((t, k) => `<li><a href="/${name}/${k}.html">${t}</a><span>2020-07-0${9 - k}</span></li>`).join("")}</ul></div>`;
    const html = `<html><body>${box("news", ["融通基金关于新增销售机构的公告", "融通基金关于旗下基金参加费率优惠的公告", "融通基金关于暂停申购业务的公告"])}${box("finance", ["融通基金二零二零年第二季度报告摘要", "融通基金关于调整最低申购金额的公告", "融通基金关于基金经理变更的公告"])}</body></html>`;
    const page = parseHtml(html);
    expect(page.kind).toBe("listing");
    expect(page.items.map((i) => i.date)).toEqual([
      "2020-07-09",
      "2020-07-08",
      "2020-07-07",
      "2020-07-09",
      "2020-07-08",
      "2020-07-07",
    ]);
    expect(page.items[0]?.title).toBe("融通基金关于新增销售机构的公告");
  });

  it("reads a calendar widget of empty day links beside an article as chrome, not a listing", () => {
    const days = Array.from(
      { length: 10 },
      (_, k) => `<li><a href="/2019/04/${10 + k}/">Saturday, April ${10 + k}</a></li>`,
    ).join("");
    const text =
      "<p>The water rose by two metres overnight and the old bridge was closed, the council said.</p>";
    const html = `<html><body><article><h1>The river rises again after a week of rain</h1>${text.repeat(6)}</article><div class="calendar"><ul>${days}</ul></div></body></html>`;
    const page = parseHtml(html);
    expect(page.kind).toBe("article");
    expect(page.items[0]?.paragraphs.join(" ")).not.toContain("April");
  });

  it("reads what an archive page is filtered to from its heading, else from its URL", () => {
    const entry = (day: number, t: string) =>
      `<article class="post"><h2 class="entry-title"><a href="/2013/03/${day}/${t.length}/">${t}</a></h2><div class="entry-meta">March ${day}, 2013</div><p>The council met again on the matter of ${t.toLowerCase()} and promised a vote.</p></article>`;
    const list = [
      entry(29, "Flood defences approved for the old harbour"),
      entry(22, "Ferry timetable changes from next week"),
      entry(15, "New footbridge opens over the river"),
      entry(8, "Library extends its opening hours in spring"),
    ].join("");
    const html = (h1: string) =>
      `<html><head><title>Archive | Town News</title></head><body><h1 class="page-title">${h1}</h1>${list}</body></html>`;
    const monthly = html("Monthly Archives: March 2013");
    const page = parseHtml(monthly);
    expect(page.kind).toBe("listing");
    expect(page.filter).toMatchObject({ kind: "month", date: "2013-03", text: "March 2013" });
    expect(monthly.slice(page.filter?.span?.start, page.filter?.span?.end)).toBe("March 2013");
    expect(parseHtml(html("Tag: floods")).filter).toMatchObject({ kind: "tag", text: "floods" });
    // the archive headings text dumps read, from the same lexicon table, in the themes' languages
    expect(parseHtml(html("Posturi etichetate floods")).filter).toMatchObject({
      kind: "tag",
      text: "floods",
    });
    expect(parseHtml(html("Category Archives: Harbour")).filter).toMatchObject({
      kind: "category",
      text: "Harbour",
    });
    const byUrl = (url: string) => parseHtml(html("Town news"), { url }).filter;
    expect(byUrl("https://town.example/?m=201303")).toMatchObject({ kind: "month", date: "2013-03" });
    expect(byUrl("https://town.example/category/local/harbour/")).toMatchObject({
      kind: "category",
      text: "harbour",
    });
    expect(byUrl("https://town.example/news/")).toBeNull();
    expect(NewsPage.parse(page)).toBeTruthy();
  });

  it("reads a home page's undated news block as a listing, entries dated by their links' paths", () => {
    const page = parseHtml(fixture("listing-home-undated.html.gz"));
    expect(page.kind).toBe("listing");
    expect(page.items.map((i) => i.title)).toEqual([
      "Anna Tumadóttir Appointed as CEO of Creative Commons",
      "CC Joins Civil Society Letter Urging U.S. to Support Openness and Transparency in AI",
      "Creative Commons joins the Digital Public Goods Alliance",
      "What Lies Ahead in 2024",
      "What are the Benefits of Open Culture? A new CC Publication",
    ]);
    expect(page.items[0]).toMatchObject({ date: "2024-04-10", dateSource: "url" });
    expectPartition(page);
  });

  it("reads a home page's news table of date cells beside untitled entries", () => {
    const page = parseHtml(fixture("listing-home-rows.html.gz"));
    expect(page.kind).toBe("listing");
    expect(page.items.map((i) => [i.date, i.title, i.dateSource])).toEqual([
      ["2024-02-01", null, "entry-line"],
      ["2023-12-12", null, "entry-line"],
      ["2023-06-15", null, "entry-line"],
    ]);
    expect(page.items[0]?.paragraphs[0]).toMatch(/^Excited to release our first set of artifacts/);
    expectPartition(page);
  });

  it("reads a personal site's root as its news table even when its theme declares an article", () => {
    // academic-pages theme: og:type article on every page, og:url with a doubled slash, a long bio
    const bio = `<p>${"I study how people use language models in health care and what they need from them. ".repeat(12)}</p>`;
    const row = (month: string, text: string) => `<tr><td width="15%">${month}</td><td>${text}</td></tr>`;
    const html = `<html><head><meta name="og:type" content="article"><meta name="og:url" content="https://jane.github.io//"></head><body><h1>Jane Doe</h1>${bio}${bio}<h2>News and Upcoming Talks</h2><table>${[
      row("June 2024", "Our work on guiding principles for maternal health care will be presented at FAccT"),
      row("May 2024", "Invited to give a keynote talk at the workshop on framing in Torino"),
      row("April 2024", "Invited to speak at the Department of Computer Science in Victoria"),
    ].join("")}</table></body></html>`;
    const page = parseHtml(html);
    expect(page.kind).toBe("listing");
    // month-only dates date nothing
    expect(page.items.map((i) => [i.date, i.paragraphs[0]?.slice(0, 20)])).toEqual([
      [null, "Our work on guiding "],
      [null, "Invited to give a ke"],
      [null, "Invited to speak at "],
    ]);
  });

  it("reads no list into an article's inline links and the menu of short labels under it", () => {
    const link = (t: string) => `<a href="/${t.length}">${t}</a>`;
    const para = (t: string) =>
      `<p>${"Mental health care has changed a lot in recent years, driven by new tools. ".repeat(4)}Read more on the ${link(t)} here. ${"Experts expect more change to come. ".repeat(3)}</p>`;
    const menu = [
      "Divorce Therapy",
      "Panic Disorder",
      "Holistic Therapy",
      "Eating Disorder",
      "Stress Management",
      "Virtual Therapy",
      "Bipolar Disorder",
      "Teletherapy Services",
      "Psychological Evaluation",
      "Psychiatric Assessment",
      "Social Anxiety",
      "Postpartum Depression",
      "Crisis Intervention",
      "Dual Diagnosis Treatment",
    ]
      .map((t) => `<p>${link(t)}</p>`)
      .join("");
    const html = `<html><head><meta property="og:type" content="website"></head><body><div class="post"><h1>Seven mental health trends to watch</h1>${[
      "future of therapy",
      "growing body of research",
      "mental health clinic in Las Vegas",
    ]
      .map(para)
      .join("")}<h2>Our services</h2>${menu}</div></body></html>`;
    const page = parseHtml(html, { url: "https://example.com/b/mental-health-trends" });
    expect(page.kind).toBe("article");
    expect(page.items[0]?.title).toBe("Seven mental health trends to watch");
  });

  it("reads a Chinese listing whose UTF-8 bytes still declare GB2312", () => {
    const page = parseHtml(fixture("listing-zh.html.gz"));
    expect(page.kind).toBe("listing");
    expect(page.items).toHaveLength(15);
    expect(page.items[0]?.title).toBe(
      "融通关于旗下部分开放式基金新增华瑞保险销售有限公司为销售机构并参加其费率优惠活动的公告",
    );
    expect(page.items.every((i) => i.date === "2020-07-09" || i.date?.startsWith("2020-0"))).toBe(true);
  });

  it("splits flat layouts where date, headline and teaser are siblings", () => {
    const entry = (d: string, t: string) =>
      `<hr><span class="date">${d}</span><h2 class="title"><a href="/news/${t.length}">${t}</a></h2><p class="summary">The senator said today that ${t.toLowerCase()} matters to the state.</p>`;
    const html = `<html><body><nav><a href="/a">A menu entry that is long</a></nav><div id="main">${[
      entry("05.19.15", "Senators introduce the cost cutters act"),
      entry("05.18.15", "Senator releases the third waste report"),
      entry("05.13.15", "Senator speaks on the floor about privacy"),
      entry("05.12.15", "Statement on the trade promotion bill"),
    ].join("")}<hr></div></body></html>`;
    const page = parseHtml(html, { url: "https://senate.example/news" });
    expect(page.kind).toBe("listing");
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      ["2015-05-19", "Senators introduce the cost cutters act"],
      ["2015-05-18", "Senator releases the third waste report"],
      ["2015-05-13", "Senator speaks on the floor about privacy"],
      ["2015-05-12", "Statement on the trade promotion bill"],
    ]);
    expect(page.items[1]?.paragraphs[0]).toMatch(/^The senator said today that senator releases/);
    expectPartition(page);
  });

  it.each([
    [
      "Joomla K2",
      (d: string, t: string, n: number) =>
        `<div class="catItemView groupLeading"><div class="catItemHeader"><span class="catItemDateCreated">${d}</span><h3 class="catItemTitle"><a href="/news/item/${n}">${t}</a></h3></div><div class="catItemBody"><div class="catItemIntroText"><p>Intro text of item ${n}, with a sentence or two.</p></div></div><div class="catItemCategory"><span>Published in</span> <a href="/news">Coalition News</a></div></div>`,
    ],
    [
      "WordPress",
      (d: string, t: string, n: number) =>
        `<article class="post-${n} post type-post hentry"><header class="entry-header"><h2 class="entry-title"><a href="/${n}/" rel="bookmark">${t}</a></h2><div class="entry-meta"><time class="entry-date published" datetime="2017-12-2${n}T10:00:00+00:00">${d}</time></div></header><div class="entry-summary"><p>Intro text of item ${n}, with a sentence or two.</p></div></article>`,
    ],
    [
      "WordPress blocks",
      (d: string, t: string, n: number) =>
        `<li class="wp-block-post post-${n}"><h2 class="wp-block-post-title"><a href="/${n}/">${t}</a></h2><div class="wp-block-post-date"><time datetime="2017-12-2${n}">${d}</time></div><div class="wp-block-post-excerpt"><p>Intro text of item ${n}, with a sentence or two.</p></div></li>`,
    ],
    [
      "Drupal Views",
      (d: string, t: string, n: number) =>
        `<div class="views-row views-row-${n} views-row-${n % 2 ? "odd" : "even"}"><div class="views-field views-field-title"><span class="field-content"><a href="/node/${n}">${t}</a></span></div><div class="views-field views-field-created"><span class="field-content">${d}</span></div><div class="views-field views-field-body"><div class="field-content"><p>Intro text of item ${n}, with a sentence or two.</p></div></div></div>`,
    ],
  ])("reads %s listings", (_, entry) => {
    const titles = [
      "Delegation meets the envoy in Geneva",
      "Coalition condemns the shelling of Ghouta",
      "President receives the ambassador today",
    ];
    const dates = ["Thursday, 21 December 2017", "Friday, 22 December 2017", "Saturday, 23 December 2017"];
    const list = titles.map((t, i) => entry(dates[i] as string, t, i + 1)).join("\n");
    const html = `<html><body><nav class="menu"><ul><li><a href="/a">About the coalition and its members</a></li></ul></nav><main><h1>Coalition News</h1><div class="list">${list}</div></main></body></html>`;
    const page = parseHtml(html, { url: "https://coalition.example/news" });
    expect(page.kind).toBe("listing");
    expect(page.section).toBe("Coalition News");
    expect(page.chrome.some((c) => c.kind === "section")).toBe(true);
    expect(page.items.map((i) => [i.date?.slice(0, 10), i.title])).toEqual([
      ["2017-12-21", titles[0]],
      ["2017-12-22", titles[1]],
      ["2017-12-23", titles[2]],
    ]);
    expect(page.items[0]?.url).toMatch(/^https:\/\/coalition\.example\//);
    expect(page.items[1]?.paragraphs[0]).toBe("Intro text of item 2, with a sentence or two.");
    if (_ === "Joomla K2")
      expect(page.items.map((i) => i.category)).toEqual([
        "Coalition News",
        "Coalition News",
        "Coalition News",
      ]);
    expect(page.items[1]?.paragraphs).toEqual(["Intro text of item 2, with a sentence or two."]);
    expectPartition(page);
  });

  it("warns when numeric dates fit both day/month orders and nothing settles them", () => {
    const list = (dates: string[]) =>
      `<ul>${dates.map((d, i) => `<li><span>${d}</span> <a href="/s/${i}">Story number ${i} of the day here</a></li>`).join("")}</ul>`;
    const open = parseHtml(list(["05/01/13", "05/01/13", "05/01/13"]));
    expect(open.warnings.map((w) => w.code)).toContain("ambiguous-date-order");
    const settled = parseHtml(list(["05/01/13", "04/30/13", "04/17/13"]));
    expect(settled.warnings.map((w) => w.code)).not.toContain("ambiguous-date-order");
    expect(settled.items.map((i) => i.date)).toEqual(["2013-05-01", "2013-04-30", "2013-04-17"]);
  });

  it("resolves relative dates against the caller's reference, never the clock", () => {
    const html = `<ul>${["5 hours ago", "2 days ago", "3 days ago"].map((d, i) => `<li><a href="/s/${i}">Story number ${i} of the day here</a> <span>${d}</span></li>`).join("")}</ul>`;
    expect(parseHtml(html).kind).toBe("article");
    const page = parseHtml(html, { reference: "2020-08-16T12:00:00Z" });
    expect(page.items.map((i) => i.date)).toEqual(["2020-08-16", "2020-08-14", "2020-08-13"]);
  });

  it("reads an article with a dated 'recent posts' menu as an article", () => {
    const recent = [1, 2, 3, 4, 5]
      .map(
        (n) =>
          `<li><a href="/p/${n}">Recent post number ${n} title here</a> <span>March ${n}, 2021</span></li>`,
      )
      .join("");
    const html = `<html><head><meta property="og:type" content="article"></head><body><article><h1>The story</h1>
      <p>${"Long article text with commas, clauses, and detail. ".repeat(20)}</p></article>
      <aside class="widget"><ul>${recent}</ul></aside></body></html>`;
    expect(parseHtml(html).kind).toBe("article");
  });
});

// real WCXB dev pages that are articles, each with boxes of links that repeat like a listing's entries
describe("parseHtml: articles whose repeated link boxes are no listing", () => {
  const body = (page: NewsPage) => page.items[0]?.paragraphs.join("\n") ?? "";

  it("reads a story whose sections each end in an app card as an article (links under their teaser)", () => {
    const page = parseHtml(fixture("article-app-cards.html.gz"), {
      url: "https://apps.shopify.com/stories/merchant-tech-stack-klatch-coffee",
    });
    expect(page.kind).toBe("article");
    expect(body(page)).toContain("Klaviyo lets Klatch send timely custom emails and texts");
  });

  it("reads a brochure home page whose slides end in 'Explore the Brand' buttons as an article", () => {
    const page = parseHtml(fixture("article-home-slides.html.gz"), { url: "https://howertonwhite.com/" });
    expect(page.kind).toBe("article");
    expect(body(page)).toContain("Increasing attendance and awareness of a world-class space museum");
  });

  it("reads a calendar of events to come (dates running forward) as an article, not a news listing", () => {
    const page = parseHtml(fixture("article-event-calendar.html.gz"), {
      url: "https://www.cloudtango.net/events/us/",
    });
    expect(page.kind).toBe("article");
    expect(body(page)).toContain("FABCON is the largest conference dedicated to Microsoft Fabric");
  });

  it("keeps a site's own archive sorted oldest first a listing (only entries linking away make a calendar)", () => {
    const rows = [1, 2, 3, 4, 5]
      .map(
        (d) =>
          `<li><a href="/2020/07/0${d}/story-${d}">Council meets again on the harbour plan, day ${d}</a> <span>2020-07-0${d}</span></li>`,
      )
      .join("");
    const page = parseHtml(`<html><body><ul>${rows}</ul></body></html>`, {
      url: "https://example.org/archive/",
    });
    expect(page.kind).toBe("listing");
    expect(page.items.map((i) => i.date)).toEqual([
      "2020-07-01",
      "2020-07-02",
      "2020-07-03",
      "2020-07-04",
      "2020-07-05",
    ]);
  });

  it("reads a list of apps, most named by a short name, as an article, not a list of its few long names", () => {
    const page = parseHtml(fixture("article-product-list.html.gz"), {
      url: "https://alternativeto.net/software/notion/",
    });
    expect(page.kind).toBe("article");
    expect(body(page)).toContain("Privacy-oriented note-taking app for non-linear thinking");
  });
});

describe("parseHtml: bad input", () => {
  it.each([
    ["empty", ""],
    ["whitespace", "  \n "],
    ["truncated", ARTICLE.slice(0, 1300)],
    ["all script", `<html><script>${"var x = '<p>not text</p>';".repeat(2000)}</script></html>`],
    ["unclosed tags", "<div><p><b><i>Hello <a href='x'>world"],
    ["bogus markup", "<<<>>><!--><![CDATA[<p>x</p>]]></></>"],
  ])("returns a valid page for %s input", (_, html) => {
    const page = parseHtml(html);
    expect(NewsPage.parse(page)).toBeTruthy();
    expectPartition(page);
  });

  it("warns about truncated HTML", () => {
    expect(parseHtml(ARTICLE.slice(0, 1200)).warnings.map((w) => w.code)).toContain("truncated-input");
  });

  it("parses 100k-deep nesting without a stack overflow", () => {
    const deep = `<html><body>${"<div>".repeat(100_000)}<p>deep text</p>${"</div>".repeat(100_000)}</body></html>`;
    const page = parseHtml(deep);
    expect(NewsPage.parse(page)).toBeTruthy();
    expect(page.inputInfo.length).toBe(deep.length);
  });

  it("blanks only the tags nested too deep, keeping every offset", () => {
    const deep = `${"<span>".repeat(1000)}x`;
    const limited = limitDepth(deep);
    expect(limited.length).toBe(deep.length);
    expect(limited.startsWith("<span>")).toBe(true);
    expect(limited.trimEnd().endsWith("x")).toBe(true);
    expect(limitDepth("<p>ok</p>")).toBe("<p>ok</p>");
  });

  it("hands the listing's arbiter ranges and a text bound that hold every entry it could keep", () => {
    // parseHtml skips reading the lists when the article outweighs anything within these ranges:
    // on real listings and an article, every entry of the listing found lies in a range, and its
    // text (headline and teasers, as articleOutweighs counts it) is within the bound
    const names = ["listing-table.html.gz", "listing-home-rows.html.gz", "listing-home-undated.html.gz"];
    let entries = 0;
    for (const name of [
      ...names,
      "listing-zh.html.gz",
      "listing-drupal-pager.html.gz",
      "article-blog.html.gz",
    ]) {
      const html = new TextDecoder().decode(fixture(name));
      const doc = parseHtmlDom(html);
      documentBlocks(doc);
      const meta = readMeta(doc, html, null);
      let seen: { spans: readonly { start: number; end: number }[]; maxText: number } | null = null;
      const listing = findListing(doc, html, meta, { baseUrl: null, lang: null }, (spans, maxText) => {
        seen = { spans, maxText: maxText() };
        return true;
      });
      if (names.includes(name)) expect(listing?.items.length ?? 0).toBeGreaterThan(2);
      if (!listing) continue;
      const asked = seen as unknown as { spans: readonly { start: number; end: number }[]; maxText: number };
      for (const item of listing.items) {
        entries++;
        expect(asked.spans).toContainEqual(item.span);
      }
      const text = listing.items.reduce(
        (n, i) => n + (i.title?.length ?? 0) + i.paragraphs.join(" ").length,
        0,
      );
      expect(text).toBeLessThanOrEqual(asked.maxText);
      // and a caller that says no listing there could win gets none
      expect(findListing(doc, html, meta, { baseUrl: null, lang: null }, () => false)).toBeNull();
    }
    expect(entries).toBeGreaterThan(20);
  });

  it("reads tag and attribute names as htmlparser2 does", () => {
    // real pages, and the spellings that take the parser's own path: upper case, SVG and MathML
    // names it adjusts, <image>, names outside ASCII, a name seen first in capitals
    const sources = ["article-blog.html.gz", "listing-zh.html.gz", "listing-drupal-pager.html.gz"].map((n) =>
      new TextDecoder().decode(fixture(n)),
    );
    sources.push(
      `<DIV CLASS="a" Data-X="1"><svg viewBox="0 0 1 1"><clipPath ID="c"></clipPath><foreignObject><P>x</P></foreignObject></svg>` +
        `<math><mi>x</mi></math><image src="i.png"><IMAGE SRC="j.png"><p ÄB="1" é="2">ü</p><Section data-NEW-name="3"></Section></DIV>`,
    );
    const names = (node: AnyNode, out: string[]): string[] => {
      if (node.type === "tag" || node.type === "script" || node.type === "style") {
        const el = node as Element;
        out.push(el.name, ...Object.keys(el.attribs));
      }
      if ("children" in node) for (const child of node.children) names(child as AnyNode, out);
      return out;
    };
    for (const html of sources) {
      const ours = names(parseHtmlDom(html) as unknown as AnyNode, []);
      const theirs = names(parseDocument(limitDepth(html)) as unknown as AnyNode, []);
      expect(ours.length).toBeGreaterThan(10);
      expect(ours).toEqual(theirs);
    }
  });

  it("measures white space by character as trim and \\s do", () => {
    // every UTF-16 code unit: the hand-written test agrees with the regular expression and trim
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpace(c) !== /\s/.test(ch) || isSpace(c) !== (ch.trim() === "")) disagree.push(c);
    }
    expect(disagree).toEqual([]);
    // the texts and class strings of real pages (tabs, newlines, no-break spaces, U+200B)
    const texts: string[] = [];
    for (const name of ["article-blog.html.gz", "listing-zh.html.gz", "listing-table.html.gz"]) {
      const doc = parseHtmlDom(new TextDecoder().decode(fixture(name)));
      for (const el of elements(doc)) {
        for (const child of el.children) if (child.type === "text") texts.push(child.data);
        if (el.attribs.class) texts.push(el.attribs.class);
      }
    }
    texts.push(" a", "a ", "a  b", "a\u200bb", "a\u00a0b", "", " ", "\u3000x\ufeff");
    expect(texts.length).toBeGreaterThan(1000);
    const differ = texts.filter(
      (text) =>
        clean(text) !== text.replace(/[\s\u00a0\u200b]+/g, " ").trim() ||
        leadingSpace(text) !== text.length - text.trimStart().length ||
        trailingSpace(text) !== text.length - text.trimEnd().length,
    );
    expect(differ).toEqual([]);
  });

  it("takes binary bytes labelled text/html", () => {
    const bytes = new Uint8Array(20_000).map((_, i) => (i * 2654435761) >>> 24);
    const page = parseHtml(bytes, { contentType: "text/html" });
    expect(NewsPage.parse(page)).toBeTruthy();
    expect(page.warnings.map((w) => w.code)).toContain("binary-input");
  });

  it("takes a big page", () => {
    const para = "<p>A paragraph of the big page, with words, commas, and a full stop.</p>\n";
    const big = `<html><body><article>${para.repeat(40_000)}</article></body></html>`;
    const page = parseHtml(big);
    expect(page.items[0]?.paragraphs).toHaveLength(40_000);
  });

  it.each([
    ["an unclosed tag repeated", "<a ".repeat(300_000)],
    ["unclosed scripts", "<script>".repeat(100_000)],
    ["one '>' at the very end", `${"<a ".repeat(100_000)}>`],
    [
      "20k dated links under one parent",
      `<div>${Array.from({ length: 20_000 }, (_, i) => `<a href="/n/${i}">Headline number ${i} here</a> <span>March 3, 2021</span>`).join("")}</div>`,
    ],
  ])("stays linear on %s", (_, html) => {
    expect(NewsPage.parse(parseHtml(html))).toBeTruthy();
  });

  it("survives random tag soup (seeded)", () => {
    const parts = [
      "<div>",
      "</div>",
      "<p>",
      "</p>",
      "<a href='/x'>",
      "</a>",
      "<h1>",
      "<li>",
      "<ul>",
      "<time datetime='2020-01-02'>",
      "<script>",
      "</script>",
      "<!--",
      "-->",
      "<![CDATA[",
      "]]>",
      "&amp;",
      "&#x1F600;",
      "&bogus;",
      "March 3, 2021",
      "Some words here, ",
      "By Jane Doe",
      "<meta property='og:title' content='T'>",
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@id":"#a"}',
      "}</script>",
      "<table><tr><td>",
      "<form>",
      "<nav>",
      "\u0000",
      "\uFFFD",
      "<",
      ">",
      "/",
      '"',
      "'",
    ];
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let run = 0; run < 200; run++) {
      const html = Array.from(
        { length: 5 + Math.floor(rand() * 200) },
        () => parts[Math.floor(rand() * parts.length)],
      ).join("");
      const page = parseHtml(html);
      expect(NewsPage.parse(page)).toBeTruthy();
      expectPartition(page);
    }
  });

  it("refuses what is not a string or bytes with a typed error", () => {
    expect(() => parseHtml(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid-input" }),
    );
  });
});
