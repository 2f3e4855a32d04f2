import { z } from "zod";
import { Enrichment } from "./enrichment.js";
import { Span } from "./span.js";
import { Warning } from "./warning.js";

/**
 * How a block of an item's text was marked up. Text dumps only know paragraphs; HTML keeps
 * headings, list items, block quotes, code and tables apart.
 */
export const BlockKind = z.enum(["paragraph", "heading", "list-item", "quote", "code", "table"]);
export type BlockKind = z.infer<typeof BlockKind>;

/**
 * The span of every extracted field of an item, offsets into the decoded input.
 * A field the page did not have has a null span (arrays: empty).
 */
export const ItemSpans = z.object({
  date: Span.nullable().default(null),
  title: Span.nullable().default(null),
  category: Span.nullable().default(null),
  source: Span.nullable().default(null),
  url: Span.nullable().default(null),
  image: Span.nullable().default(null),
  authors: z.array(Span).default([]),
  paragraphs: z.array(Span).default([]),
});
export type ItemSpans = z.infer<typeof ItemSpans>;

/**
 * Where an item's `date` came from, strongest evidence first, so that users can keep only the
 * dates they trust. A page's declared dates: `json-ld`, `meta` (a `<meta>` tag), `microdata`
 * (`itemprop="datePublished"`), `time-element` (a `<time datetime>`). What the page shows:
 * `visible-line` (a date line by the headline), `signed-line` (a "Posted on … by" line under the
 * text), `date-class` (an element classed as a date elsewhere on the page). `url`: the date in the
 * URL path. `updated-line` and `modified`: the page gave only an update (a shown "Updated …" line,
 * a declared modification date), used as the date. `entry-line`: a listing entry's own date;
 * `group-heading`: the date heading above a group of entries; `relative`: an age ("3 hours ago")
 * read against the caller's reference date; `feed`: a feed entry's date element. `copyright`: the
 * weakest guess, a page that gives no date at all dated by the year of its copyright line ("© 2012-2019
 * Example Ltd"); `date` is then the year alone (`"2019"`), often the year the site was last built.
 */
export const DateSource = z
  .enum([
    "json-ld",
    "meta",
    "microdata",
    "time-element",
    "visible-line",
    "signed-line",
    "date-class",
    "url",
    "updated-line",
    "modified",
    "entry-line",
    "group-heading",
    "relative",
    "feed",
    "copyright",
  ])
  .describe(
    "Where the item's date came from: declared (json-ld, meta, microdata, time-element), shown (visible-line, signed-line, date-class), the URL path (url), an update only (updated-line, modified), a listing entry (entry-line, group-heading, relative), a feed entry (feed), or only the year of the page's copyright line (copyright; date is then YYYY).",
  );
export type DateSource = z.infer<typeof DateSource>;

/**
 * One news item: an entry of a listing, the article of an article page, or a feed entry.
 *
 * @example
 * const item = NewsItem.parse(json); // throws a ZodError when a field is missing or wrong
 * item.date; // "2017-12-21"
 */
export const NewsItem = z.object({
  /** Stable: the same item parsed from two pages gets the same id (derived from content, not offsets). */
  id: z.string().min(1),
  /**
   * ISO 8601: `YYYY-MM-DD` when only the day is known, a full timestamp when the time is; `YYYY-MM`
   * or `YYYY` when the page gives no more (`dateSource` says how weak).
   */
  date: z.string().nullable(),
  /** The date as written on the page. */
  dateText: z.string().nullable(),
  /** Where `date` came from; absent when there is no date or the parser does not tell. */
  dateSource: DateSource.optional(),
  /** Last modification, when the page says so (kept apart from the publication date). */
  modified: z.string().nullable().default(null),
  /** The headline as written; null when the page has none (never invented). */
  title: z.string().nullable(),
  category: z.string().nullable(),
  paragraphs: z.array(z.string()),
  /** How each paragraph was marked up, index for index; empty when all are plain paragraphs. */
  blocks: z.array(BlockKind).default([]),
  /** Who issued the item, e.g. "Syrian Coalition’s Media Department"; removed from the paragraph it closed. */
  source: z.string().nullable(),
  authors: z.array(z.string()).default([]),
  url: z.string().nullable(),
  image: z.string().nullable().default(null),
  /** BCP 47 primary language subtag ("en", "zh"), or null when unknown. */
  lang: z.string().nullable(),
  /** The whole item: header, title, body, attribution. */
  span: Span,
  spans: ItemSpans,
  /** What `enrich` (from `@news/core/enrich`) found in the item; absent on a page that was only parsed. */
  enrichment: Enrichment.optional(),
});
export type NewsItem = z.infer<typeof NewsItem>;

/**
 * Page furniture: everything of the input that is not an item. Items and chrome together cover
 * every character of the input exactly once.
 */
export const ChromeKind = z.enum([
  "section", // the page heading ("Coalition News")
  "breadcrumb",
  "filter", // "Items filtered by date: …"
  "pagination",
  "navigation", // menus, skip links, tabs
  "read-more",
  "group-heading", // "May 2013" above the items of that month
  "markup", // HTML tags, scripts, styles, comments
  "header",
  "footer",
  "whitespace",
  "other",
]);
export type ChromeKind = z.infer<typeof ChromeKind>;

export const Chrome = z.object({ kind: ChromeKind, span: Span });
export type Chrome = z.infer<typeof Chrome>;

/**
 * What the page is filtered to, when it says so: a day, a month, a year, a category, a tag, a search.
 *
 * @example
 * { kind: "date", date: "2017-12-21", text: "Thursday, 21 December 2017" }
 */
export const PageFilter = z.object({
  kind: z.enum(["date", "month", "year", "category", "tag", "search"]),
  /** ISO date, month (`YYYY-MM`) or year (`YYYY`) for date filters; null otherwise. */
  date: z.string().nullable(),
  /** The filter as written. */
  text: z.string(),
  span: Span.nullable().default(null),
});
export type PageFilter = z.infer<typeof PageFilter>;

/**
 * The links between the pages of a paginated listing, when the page shows them.
 *
 * @example
 * { next: "https://example.org/news?page=3", previous: "https://example.org/news?page=1", page: 2, span: null }
 */
export const Pagination = z
  .object({
    /** The next (older) page's URL, absolute when the page's URL is known. */
    next: z.string().nullable(),
    previous: z.string().nullable(),
    /** The number of this page (1-based), when the page says it. */
    page: z.number().int().positive().nullable(),
    span: Span.nullable().default(null),
  })
  .describe("Next and previous pages of a paginated listing and this page's number.");
export type Pagination = z.infer<typeof Pagination>;

/** What the input was and how it was decoded. */
export const InputInfo = z.object({
  format: z.enum(["text", "html", "feed"]),
  /** WHATWG encoding name used to decode bytes, or "string" when a string was given. */
  encoding: z.string(),
  /** Length of the decoded input in UTF-16 code units (what spans index into). */
  length: z.number().int().nonnegative(),
});
export type InputInfo = z.infer<typeof InputInfo>;

/**
 * A parsed page: its items, its furniture, and what the parser noticed on the way.
 *
 * @example
 * import { parseText, NewsPage } from "@news/core";
 * const page = parseText(text);
 * NewsPage.parse(page); // every page a parser returns passes its own schema
 * page.items.map((i) => i.date);
 */
export const NewsPage = z.object({
  kind: z.enum(["listing", "article", "feed"]),
  /** The page heading ("Coalition News"), or null. */
  section: z.string().nullable(),
  breadcrumbs: z.array(z.string()),
  filter: PageFilter.nullable(),
  /** Next/previous pages of a paginated listing; absent when the page has none or the parser does not tell. */
  pagination: Pagination.optional(),
  /** The page's own title (HTML `<title>`, feed title), or null. */
  title: z.string().nullable().default(null),
  /** Canonical URL of the page, when known. */
  url: z.string().nullable().default(null),
  lang: z.string().nullable().default(null),
  items: z.array(NewsItem),
  warnings: z.array(Warning),
  chrome: z.array(Chrome),
  spans: z
    .object({
      section: Span.nullable().default(null),
      breadcrumbs: z.array(Span).default([]),
    })
    .default({ section: null, breadcrumbs: [] }),
  inputInfo: InputInfo,
});
export type NewsPage = z.infer<typeof NewsPage>;
