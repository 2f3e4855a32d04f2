// Article pages as a text browser dumps them (issue 12): WCXB dev articles through lynx, kept in
// fixtures/text as aNNNN.lynx.txt (see its README). One story, with related-post lists or sidebars
// the listing reading took for items, must come out as one item.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectLossless } from "../../scripts/expect-lossless.js";
import { parseText } from "./parse.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), "utf8");

describe("article pages as text", () => {
  it("reads a table of one-word entries beside the story as the story's, not as a list (a0061, plain text)", () => {
    const input = fixture("a0061.plain.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const body = page.items[0]?.paragraphs ?? [];
    expect(body.length).toBeGreaterThan(30);
    expect(body.some((p) => p.startsWith("As a customer, having a grasp of tipping etiquette"))).toBe(true);
  });

  it("reads a table of contents over the story as the story's, not as a list of empty items (a0354, plain text)", () => {
    const input = fixture("a0354.plain.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const body = page.items[0]?.paragraphs ?? [];
    expect(body.length).toBeGreaterThan(40);
    expect(body).toContain("Roof replacement depending on size/material");
  });

  it("reads a blog post with a dated head as one article item, sidebar left out (a0495)", () => {
    const input = fixture("a0495.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect([item?.title, item?.date, page.title]).toEqual([
      "Backup Strategy",
      "2019-01-22",
      "Backup Strategy",
    ]);
    expect(item?.paragraphs[0]).toMatch(/^After reading a post from someone who nearly lost all their data/);
    expect(item?.paragraphs).toContain(
      "Update 2019-01-26: the day after posting this I spilled water on my laptop, but it was actually fine.",
    );
    // the site's menu above the headline is chrome
    const before = page.chrome.filter(
      (c) => c.span.end <= (item?.span.start ?? 0) && c.kind !== "whitespace",
    );
    expect(before.length).toBeGreaterThan(0);
  });

  it("takes the headline, byline and date over the body, not the related posts' (a0105)", () => {
    const input = fixture("a0105.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect([item?.title, item?.date, item?.authors]).toEqual([
      "Introduction to Data Analysis: Understanding the Basics",
      "2024-07-18",
      ["Kaavya Shah"],
    ]);
    const text = item?.paragraphs.join("\n") ?? "";
    expect(text).toContain(
      "such as Microsoft Power BI, SAS, R, or Python, is crucial to achieving these goals.",
    );
    // every paragraph is the text of its span
    item?.paragraphs.forEach((p, k) => {
      const span = item.spans.paragraphs[k];
      expect(span && input.slice(span.start, span.end)).toBe(p);
    });
  });

  it("finds the byline and date under a standfirst, and the headline over both (a4628)", () => {
    const input = fixture("a4628.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect([item?.title, item?.date, item?.authors]).toEqual([
      "The Best Trails and Neighborhoods in Houston for Biking",
      "2024-04-12",
      ["Daniel Renfrow"],
    ]);
    // the standfirst opens the text; the byline and date line between it and the body are no paragraph
    expect(item?.paragraphs[0]).toMatch(/^Despite what you might have heard/);
    expect(item?.paragraphs).not.toContain("By Daniel Renfrow April 12, 2024");
    expect(item?.paragraphs).toContain(
      "Cycling is increasingly becoming one of the best ways to explore Houston.",
    );
  });

  it.each([
    [
      "a0116.plain.txt",
      "5 Platforms to Find a Financial Planning Business for Sale",
      "Edited by Marie White, CEPF®",
    ],
    ["a0128.plain.txt", "Keeping Your Home Spotless: Top Cleaning Trends", "Table of Contents ▼"],
    ["a0255.plain.txt", "Choosing Plumbing Material: What's the Difference?", "Print/Save as PDF"],
  ])(
    "takes the headline over an editor's credit, a contents toggle or a sharing tool (%s)",
    (name, title, chrome) => {
      const input = fixture(name);
      expect(input).toContain(`\n${chrome}\n`);
      const page = parseText(input);
      expectLossless(page, input);
      expect(page.items.map((i) => i.title)).toEqual([title]);
    },
  );

  it("takes the headline over a byline over each date of a box of stories (a0428.plain.txt, its second half)", () => {
    // "String Theory Inspires a Brilliant, Baffling New Math Proof" / "By Joseph Howlett" / "December
    // 12, 2025": the byline between the headline and the date is not the headline
    const full = fixture("a0428.plain.txt");
    const input = full.slice(full.length >> 1);
    const page = parseText(input);
    expect(page.items.map((i) => i.title)).toContain(
      "String Theory Inspires a Brilliant, Baffling New Math Proof",
    );
    expect(page.items.some((i) => i.title?.startsWith("By "))).toBe(false);
    expectLossless(page, input);
  });

  it.each([
    // "Average Cost of Online College" / "Last Updated: 2025-02-22" / "Cite this Webpage" / "By
    // Melanie Hanson", then lists and tables: the body's first run is 30 lines down, a nearer
    // heading ("When Online College Costs Less") one of its parts
    ["a0020.plain.txt", "2025-02-22", "Average Cost of Online College"],
    // "…: What Should You Really Pay?" / "06.18.2025" / "The Real Cost of Digital Marketing …"
    ["a0328.plain.txt", "2025-06-18", "Digital Marketing Costs Demystified: What Should You Really Pay?"],
    // the headline over its standfirst ("From Microsoft to Adobe and AutoCAD, …"), both over the date
    ["a0030.plain.txt", "2025-02-11", "The best certificate programs and certifications in NYC"],
    // the writer's name alone under the headline, over the reading time and the day
    ["a4433.plain.txt", "2025-12-01", "Forbidden Career Advice for Software Developers"],
    // "By: Paul Fenaroli" under the date is the byline
    ["a0297.plain.txt", "2023-11-03", "Managing Legal Issues in the Health and Fitness Industry"],
    // the company's name as the byline ("ServiceTitan"), a word the page prints in its menus too:
    // printed again, a single word is a name or a section's, not the headline over it
    ["a0069.plain.txt", "2024-11-26", "39 Best Electrician Tools for Your Tool Belt & Your Business in 2025"],
    // the writer's name alone between the headline and the day, on a page whose story starts far
    // under them: the name is not the headline ("Defer, Panic, and Recover" / "Andrew Gerrand")
    ["a2862.plain.txt", "2010-08-04", "Defer, Panic, and Recover"],
    // a promotion's paragraph ran into the story's: nothing title-like over it, the headline
    // further in over "By" / "Sara Brown" / "Apr 21, 2021"
    ["a0094.plain.txt", "2021-04-21", "Machine learning, explained"],
    // the date line's writer and role before the date are its meta, not a headline over the
    // story's own ("Aaron Ricadela | Senior Writer | July 2, 2025")
    ["a4082.plain.txt", "2025-07-02", "How AI Is Transforming Healthcare"],
    // a mega-menu's sections over the story ("Mesh WiFi", "Smart Cameras", "Omada", each over a
    // column of short entries): a word or three each, their entries no prose, no list of posts
    ["a4235.plain.txt", null, "What is Mesh WiFi?"],
    // the headline right over the date, the writer's name under it: the list's reading of the
    // date line took the name, the story's headline stays ("Mission accomplished!" printed twice /
    // "2025-12-17·" / "Trond Teigen")
    ["a0447.plain.txt", "2025-12-17", "Mission accomplished!"],
    // the line over the date is two buttons ("Log In Get Started Free"), the headline under it
    ["a4665.plain.txt", "2025-06-04", "Podcast Equipment Guide: What I Recommend After 500 Episodes"],
    // "Back to blog" over the date is the page's way back, not the headline
    ["a4416.plain.txt", "2023-12-08", "Best Practices for Query Optimization on PostgreSQL"],
    // the page's section after a bar is no part of the headline ("… physical health | Opinion")
    ["a0120.plain.txt", null, "How meditation rewires brains and improves physical health"],
    // a menu of described links ran into the story ("• Guide to Computer Wargames: …This guide
    // will be useful …"): the first title-like line after them heads it
    ["a4682.plain.txt", null, "The Best Strategy Games Of 2025 So Far"],
    // the reporter's beat under the date, her name and address under it before the text: a
    // byline's, not the headline ("Dec. 18, 2025" / "National Biotech Reporter" / "Elaine Chen")
    [
      "a0221.plain.txt",
      "2025-12-18",
      "Employers drop coverage for weight loss drugs as pharma’s direct-to-consumer programs grow",
    ],
    // printed twice and over its byline and date: the story's head on a flush page, its box of
    // other dated stories under it no list
    ["a0428.plain.txt", "2025-12-18", "The Year in Mathematics"],
    // a writer's name under a byline's label is the byline, not the headline ("2025 Software
    // Development Price Guide …" / "Written by" / "David Jackson" / "Last updated on:")
    ["a0183.plain.txt", "2025-10-01", "2025 Software Development Price Guide & Hourly Rate Comparison"],
    // a writer's name under the date, printed again under the headline, is the byline ("July 5,
    // 2025" / "Madison Green" / "Cleaning Services Costs …" / "July 5, 2025" / "Madison Green")
    ["a0159.plain.txt", "2025-07-05", "Cleaning Services Costs In The City Of San Diego In California"],
    // a picture's credit between the headline and the text ("Guide to academic journal indexing:
    // …" / "Image Credit: Pexels" / the text)
    ["a2381.plain.txt", null, "Guide to academic journal indexing: Where, when, and how to get indexed"],
    // a long title-cased headline over a standfirst not twice its length
    [
      "a0233.plain.txt",
      null,
      "How Are Mobile Apps Created? A Complete 2025 Guide to Mobile Apps Development, Design, and Launch",
    ],
  ])("takes the headline of an article printed flush, as plain text (%s)", (name, date, title) => {
    const input = fixture(name);
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items.map((i) => [i.title, i.date?.slice(0, 10) ?? null])).toEqual([[title, date]]);
  });

  it("reads a sharing prompt over a post's month as no headline (111, its date as a month)", () => {
    // "Se ti è piaciuto dillo in giro!" / "March 2011" / "Lo SPAM e gli indirizzi in CCN"
    const input = fixture("111.txt").replace("30 Marzo 2011", "March 2011");
    expect(input).toContain("Se ti è piaciuto dillo in giro!\nMarch 2011\n");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items.map((i) => i.title)).toEqual(["Lo SPAM e gli indirizzi in CCN"]);
  });

  it("takes the headline under the day and the time printed on lines of their own, not the author over them (a0001)", () => {
    const input = fixture("a0001.plain.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items.map((i) => [i.date, i.title])).toEqual([
      [
        "2025-09-04",
        "Top Nutrition Trends for Fall 2025: What Fitness Experts Are Eating (and How Scratch Makes It Easy)",
      ],
    ]);
  });

  it("reads a buying guide whose sections are parted by spec lists as one article, not the related posts under it (a4674)", () => {
    const input = fixture("a4674.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect(item?.title).toBe("The Best Electric Scooters for Commuting in 2025");
    const text = item?.paragraphs.join("\n") ?? "";
    // the first section and the last, a dozen spec lists apart
    expect(text).toContain("I’ve been commuting on electric scooters since 2019");
    expect(text).toContain("The VMax VX4 GT is for commuters who need to go far.");
    // the related posts under the story are no item of their own
    expect(page.items.some((i) => i.title === "The Best Electric Scooters for Heavy Adults in 2026")).toBe(
      false,
    );
  });

  it('reads a story dated like the posts of a box the page heads "Other Posts:" as one article (a0453)', () => {
    const input = fixture("a0453.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect([item?.title, item?.date]).toEqual(["Hardware-Attested Nix Builds", "2025-12-17"]);
    expect(item?.paragraphs.join("\n")).toContain(
      "A big benefit of this approach is that using the attestations",
    );
  });

  it('reads a story dated like the posts of a box the page heads "Related posts" as one article (a4416)', () => {
    const input = fixture("a4416.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const text = page.items[0]?.paragraphs.join("\n") ?? "";
    expect(text).toContain("Optimizing your queries in PostgreSQL doesn’t have to be a daunting task.");
  });

  it("ends the story's text at the heading of the box of posts under it (a4416)", () => {
    const input = fixture("a4416.lynx.txt");
    const item = parseText(input).items[0];
    expect(item?.paragraphs.at(-1)).toBe("Written by Paulinho Giovannini");
    expect(item?.paragraphs).not.toContain("Related posts");
    expect(item?.paragraphs.join("\n")).not.toContain("SkipScan in TimescaleDB");
  });

  it("reads a post over its readers' comments as one article, the comments under their heading left out (a0479)", () => {
    const input = fixture("a0479.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect([item?.title, item?.date]).toEqual([
      "The December Comfort Watches 2025, Day Eighteen: Starship Troopers",
      "2025-12-18",
    ]);
    expect(item?.paragraphs.at(-1)).toBe(
      "Also, wait until I tell you about the remarkable coincidence that happened with I, Robot.",
    );
  });

  it('reads a post over comments headed "Comments", each dated under its author, as one article (a4449)', () => {
    const input = fixture("a4449.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items.map((i) => i.title)).toEqual(["10 Easy DIY Wood Projects to Make"]);
    expect(page.items[0]?.paragraphs.join("\n")).not.toContain("Thanks for sharing at To Grandma’s House");
  });

  it("takes the headline under its meta line over the text's first heading (a0145)", () => {
    // "Published August 7, 2023 by Nicole Burke" / "Gardenary Planting vs. Ordinary Planting" /
    // tags and sharing / "What Is Gardenary Planting?" / the text
    const input = fixture("a0145.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items.map((i) => [i.title, i.date])).toEqual([
      ["Gardenary Planting vs. Ordinary Planting", "2023-08-07"],
    ]);
  });

  it.each([
    ["a2862.lynx.txt", "Defer, Panic, and Recover"],
    ["a4560.lynx.txt", "Daily meditation may work as well as a popular drug to calm anxiety, study finds"],
    // the site's name printed twice, the second time right over the headline, flush as it is
    ["a0106.lynx.txt", "From 'One Battle After Another' to 'Knives Out,' 10 movies to stream now"],
    // the column's name over the headline on a flush page ("M&A Tracker" / "Cybersecurity M&A …")
    ["a0078.plain.txt", "Cybersecurity M&A Roundup: 45 Deals Announced in October 2025"],
  ])("takes the headline under its section's name, not the name (%s)", (name, title) => {
    // "The Go Blog" / "Defer, Panic, and Recover" / the byline; "Your Health" / the headline / the dates
    const input = fixture(name);
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items[0]?.title).toBe(title);
  });

  it("keeps a listing whose posts are as long as an article a listing (105.lynx)", () => {
    const page = parseText(fixture("105.lynx.txt"));
    expect(page.kind).toBe("listing");
    expect(page.items.length).toBeGreaterThan(1);
  });
  it("keeps a personal page's news list as the listing when a long bio above it holds most of the prose (109, first half)", () => {
    const whole = fixture("109.txt");
    const input = whole.slice(0, Math.floor(whole.length / 2));
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("listing");
    expect(page.items.length).toBeGreaterThanOrEqual(10);
    expect(page.items.every((item) => item.paragraphs.join(" ").length < 300)).toBe(true);
  });
});

// Older news pages (2010-2013) from python-goose's test pages, as lynx dumps them (fixtures/text
// README): more chrome around the story than the WCXB pages, comment threads under it.
describe("older news pages as lynx dumps them", () => {
  it("reads a comment thread under its heading as no items, the story above it as the one (politico)", () => {
    const input = fixture("goose-politico.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.kind).toBe("article");
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect(item?.title).toBe("2012 map takes unfamiliar shape");
    expect(item?.paragraphs.some((p) => p.startsWith("Back then, he won 68 percent"))).toBe(true);
    // "Readers' Comments (718)" heads the replies: none is an item or the story's text
    expect(item?.paragraphs.some((p) => p.startsWith("People are fleeing the blue states"))).toBe(false);
  });

  it("parts the story from the first comment its heading stands between (issue25)", () => {
    const input = fixture("goose-issue25.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    expect([item?.title, item?.date, item?.authors]).toEqual([
      "Institutes get behind IFRS big bang",
      "2011-09-26",
      ["Rose Orlik"],
    ]);
    // the first comment ("Visitor comments Add your comment" / "USA & IFRS??") came within a
    // paragraph gap of the story's end
    const text = item?.paragraphs.join("\n") ?? "";
    expect(text).toContain("UK INSTITUTES have thrown their weight behind rapid adoption");
    expect(text).not.toContain("Last time I checked, there was NO decision");
  });

  it("takes the headline under a box of long bulleted headlines and a search field (tags_deadline)", () => {
    const input = fixture("goose-tags_deadline.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    // not "____________________ Search" (the search form's field), nor the site's name
    expect(item?.title).toBe("Deadline Big Media With David Lieberman, Episode 38");
    // the box's headlines are not the story's text
    expect(item?.paragraphs.some((p) => p.startsWith("Listen to (and share) episode 38"))).toBe(true);
    expect(item?.paragraphs.join("\n")).not.toContain("Scott Foley Sets Directorial Debut");
  });

  it("reads a headline ending with initials as no sentence under its section's name (foxNews)", () => {
    const input = fixture("goose-foxNews.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items).toHaveLength(1);
    // "Executive Branch" (the section, printed in its menu too) over the headline, whose "U.S."
    // ends no sentence
    expect(page.items[0]?.title).toBe(
      "Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.",
    );
  });

  it("takes a caption printed again with its credit for no headline, and the published date over the updated one (lefigaro)", () => {
    const input = fixture("goose-lefigaro.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    // not "Arnaud Montebourg, ministre du Redressement productif" (the picture's caption); "Mis à
    // jour le 06/04/2013 à 10:37" over "Publié le 05/04/2013 à 17:08"
    expect([item?.title, item?.date]).toEqual([
      "Montebourg envisage des privatisations partielles",
      "2013-04-05T17:08:00",
    ]);
  });
});

describe("a notice closed by its link", () => {
  it("is no headline over the byline (a4893)", () => {
    const input = fixture("a4893.lynx.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items).toHaveLength(1);
    // "All of our content is written by humans, not robots. Learn More" stands over the byline
    expect(page.items[0]?.title).toBe("Best Identity Theft Protection Services of 2026");
  });
});

describe("a last heading over the story's signature", () => {
  it("is no headline: the story is read from its top, dated by its foot (a4079, plain text)", () => {
    const input = fixture("a4079.plain.txt");
    const page = parseText(input);
    expectLossless(page, input);
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    // "How to Leverage AI" / … / "Published" / "August 30, 2024" closes the story
    expect([item?.title, item?.date]).toEqual([
      "The Benefits of the Latest AI Technologies for Patients and Clinicians",
      "2024-08-30",
    ]);
    expect(item?.paragraphs[0]).toMatch(/^Today, artificial intelligence \(AI\) is changing/);
  });
});
