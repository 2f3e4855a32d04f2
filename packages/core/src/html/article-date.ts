import { type DayOrder, findDates, toIso } from "../dates/index.js";
import { bylineLabel, labelBefore, PUBLISHED_LABELS, UPDATE_LABELS } from "../lexicon/index.js";
import type { DateSource } from "../model/page.js";
import { dateFromUrl, monthFromUrl, readDate, yearFromUrl } from "../shared/pageDates.js";
import { urlPath } from "../shared/url.js";
import type { Block } from "./blocks.js";
import { inCard, type Own } from "./cards.js";
import { classId, type Element, elements, textOf } from "./dom.js";
import { type Found, spacedText } from "./found.js";
import { inForeignBox, type PageMeta, updateTime } from "./meta.js";

type DateOptions = { lang: string | null; order?: DayOrder; reference?: Date | string };

/** An article's date, the text it was read from and where, and which kind of evidence gave it. */
export interface ArticleDate {
  iso: string;
  text: string;
  span: Found["span"];
  source: DateSource;
}

/**
 * The article's publication date, in htmldate's order of trust: the date shown by the headline
 * (unless it is labelled as an update and the page declares the publication), the declared
 * publication, the URL path, a date-classed element, a "Posted on" sign-off under the text; an
 * update date only when the page gives nothing else.
 */
export function articleDate(
  meta: PageMeta,
  all: Block[],
  body: Block[],
  title: Found | null,
  url: string | null,
  dateOptions: DateOptions,
): ArticleDate | null {
  // an `og:updated_time` standing in for a publication the page does not declare is an update: it
  // dates the page only when nothing else does (below)
  const published = meta.published?.source === "modified" ? null : meta.published;
  // a home page, an institutional or product page that declares no publication is dated by its last
  // update; a page that shows "Posted on …" is an article whatever type its theme declares
  if (!isArticlePage(meta) && !published && meta.modified && !publicationLine(all, dateOptions)) {
    const d = readDate(meta.modified.value, dateOptions);
    if (d && d.iso.length >= 10)
      return { iso: d.iso, text: d.text, span: meta.modified.span, source: "modified" };
  }
  // "This article was originally published on 26 Sep 2019": the page says it in so many words
  const original = originallyPublished(all, dateOptions);
  if (original) return checkedAgainstUrl(original, url, meta, all, dateOptions);
  let date: ArticleDate | null = null;
  if (published) {
    const d = readDate(published.value, dateOptions);
    if (d) date = { iso: d.iso, text: d.text, span: published.span, source: published.source };
    // a CMS that writes its last save into both declared dates: an earlier "Published …" line the
    // page shows is the publication
    const modified = meta.modified ? readDate(meta.modified.value, dateOptions) : null;
    if (date && modified?.iso === date.iso) {
      const line = publicationLine(all, dateOptions);
      if (line && line.iso.slice(0, 10) < date.iso.slice(0, 10)) date = line;
    }
  }
  // the page's visible date wins: it is what readers (and editors) call the article's date
  const shown = visibleDate(all, body, title, date?.iso.slice(0, 10) ?? null, dateOptions);
  if (shown) {
    // 02-12-2025 read either way: the declared dates say which (when they are not as ambiguous:
    // a <time datetime="02-12-2025"> says nothing more than its text)
    const declared = [meta.published, meta.modified].map((f) => {
      const d = f ? readDate(f.value, dateOptions) : null;
      return d && !d.alt ? d.iso.slice(0, 10) : null;
    });
    declared.push(dateFromUrl(url));
    // …or the same day written unambiguously elsewhere on the page ("December 02, 2025" in a post list)
    const swap =
      shown.alt &&
      !declared.includes(shown.iso.slice(0, 10)) &&
      (declared.includes(shown.alt) || settlesOrder(all, shown, dateOptions));
    // a line that says "Updated May 2" dates the revision: the declared publication is the date
    // a line showing the declared publication among other dates shows it as the date
    const alsoShown =
      declared[0] &&
      ![shown.iso.slice(0, 10), shown.alt].includes(declared[0]) &&
      shown.days.includes(declared[0]);
    if (!date || !(shown.updated || alsoShown)) {
      const source: DateSource = shown.updated ? "updated-line" : "visible-line";
      date = {
        iso: swap ? (shown.alt as string) : shown.iso,
        text: shown.text,
        span: shown.span,
        source,
      };
    }
  }
  // what a card of another story is told from: the page's own address and headline
  const own: Own = { path: url ? urlPath(url) : null, title: title?.value.trim() ?? null };
  // an "Updated" line by the headline dates the page only when it shows no publication elsewhere
  const update = date?.source === "updated-line" ? date : null;
  if (update) date = null;
  // a date in the URL path is the publication's, and surer than a date-classed line anywhere
  if (!date && url) {
    const iso = dateFromUrl(url);
    if (iso) date = { iso, text: iso, span: { start: 0, end: 0 }, source: "url" };
  }
  // (a sign-off or a dateline names the publication; a date-classed element anywhere is weaker
  // than the update line by the headline)
  date ??= update
    ? (signedDate(all, body, own, dateOptions) ?? datelineDate(body, dateOptions) ?? update)
    : (classedDate(all, own, dateOptions) ??
      signedDate(all, body, own, dateOptions) ??
      datelineDate(body, dateOptions));
  date = checkedAgainstUrl(date, url, meta, all, dateOptions);
  // a report or a magazine piece dated by its month alone ("Date: November 2003"): the month
  // is the publication's, surer than the page's last update
  date ??= monthLine(all, body);
  // the URL's month or year (`/2015/07/slug`, `/2022/slug`) is the publication's: an update of
  // another month or year does not date the page
  const period = url ? (monthFromUrl(url) ?? yearFromUrl(url)) : null;
  const inPeriod = (d: ArticleDate | null) => (d && period && !d.iso.startsWith(period) ? null : d);
  // a page that states only when it was updated is dated by that update, and says so
  if (!date && meta.modified) {
    const d = readDate(meta.modified.value, dateOptions);
    if (d && d.iso.length >= 10)
      date = inPeriod({ iso: d.iso, text: d.text, span: meta.modified.span, source: "modified" });
  }
  // last: a "Last updated: …" / "Stand: …" line anywhere, the page's footer included, or a
  // `<time>` the page labels as its update
  date ??= inPeriod(updateLine(all, dateOptions)) ?? inPeriod(shownUpdate(meta, dateOptions));
  // a URL that names the month (`/2017/07/slug`): a date of that month the page shows
  const month = url && !date ? monthFromUrl(url) : null;
  date ??= month ? shownInMonth(all, month, dateOptions) : null;
  // …else the URL's month or year itself (`date` `YYYY-MM` or `YYYY`), surer than a copyright line
  date ??= period ? { iso: period, text: period, span: { start: 0, end: 0 }, source: "url" } : null;
  // the very last resort, htmldate's too: the year of the copyright line, the year alone
  return date ?? copyrightYear(all);
}

// the label of a date field on a line of its own or before the date ("Date", "Publication date:")
const DATE_LABEL =
  /^(?:date|published|publication date|date published|posted|issue|datum|veröffentlicht|erschienen|fecha|publicado|date de publication|publié le|data)\s*:?\s*/iu;

/**
 * A month and year alone, on a line of its own that is labelled as the date ("Date" / "November
 * 2003", "Published: March 2019") or opens the article's text ("November 2015" over a column):
 * the page's publication month (`date` `YYYY-MM`).
 */
function monthLine(all: Block[], body: Block[]): ArticleDate | null {
  for (const [k, b] of all.entries()) {
    if (b.text.length > 50 || inForeignBox(b.el)) continue;
    const label = DATE_LABEL.exec(b.text)?.[0] ?? "";
    const rest = b.text.slice(label.length);
    const m = findDates(rest)[0];
    if (!m || m.day !== null || m.month === null || m.year === null) continue;
    if (m.end - m.start < rest.trim().length - 1) continue;
    const previous = all[k - 1];
    const labelled =
      label !== "" ||
      (previous !== undefined &&
        previous.text.length <= 30 &&
        DATE_LABEL.exec(previous.text)?.[0].length === previous.text.length) ||
      b === body[0];
    if (!labelled) continue;
    const iso = `${m.year}-${String(m.month).padStart(2, "0")}`;
    return { iso, text: m.text, span: { start: b.start, end: b.end }, source: "visible-line" };
  }
  return null;
}

// "© 2019 Example", "Copyright (c) 2012-2019", "© Example Verlag GmbH 2019": the last year of the line
const COPYRIGHT =
  /(?:©|\(c\)|\bcopyright\b)\s*(?:(?:©|\(c\)|copyright)\s*)?[^\d©]{0,40}?(?:(?:19|20)\d\d\s*[-–—/]\s*)?((?:19|20)\d\d)(?!\d)/i;

/** The year of the page's copyright line, its footer's usually (`dateSource: "copyright"`, `date` `"YYYY"`). */
function copyrightYear(all: Block[]): ArticleDate | null {
  for (let k = all.length - 1; k >= 0; k--) {
    const b = all[k] as Block;
    if (b.text.length > 300) continue;
    const m = COPYRIGHT.exec(b.text);
    if (m?.[1]) return { iso: m[1], text: m[0], span: { start: b.start, end: b.end }, source: "copyright" };
  }
  return null;
}

// "originally published on", "first posted", "ursprünglich veröffentlicht am", "publié initialement le".
// No `u` flag: it runs on every short block of the page, and V8 scans an /iu alternation ~8x slower
// than an /i one (Latin-1 letters fold the same either way).
const ORIGINALLY =
  /\b(?:originally|first)\s+(?:published|posted|appeared|ran)\b|\bursprünglich\s+(?:veröffentlicht|erschienen)\b|\bpublié\s+(?:initialement|à l'origine)\b|\bpublicado\s+originalmente\b/i;

// "Preprints (earlier versions) of this paper are available at …, first published 04.Apr.2019": the
// line dates another version of the text, not this one
const OTHER_VERSION = /\bpre-?prints?\b|\b(?:earlier|previous|prior) versions?\b/i;

/** A line that states when the article first came out, anywhere in the page but comments and sidebars. */
function originallyPublished(all: Block[], dateOptions: DateOptions): ArticleDate | null {
  for (const b of all) {
    if (b.text.length > 600) continue;
    const m = ORIGINALLY.exec(b.text);
    if (!m || inForeignBox(b.el) || OTHER_VERSION.test(b.text)) continue;
    // the date follows the phrase closely ("… on 26 Sep 2019 at 4:12pm but has been updated")
    const after = b.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const d = readDate(after, dateOptions);
    if (d && d.iso.length >= 10 && d.start <= 12)
      return { iso: d.iso, text: d.text, span: { start: b.start, end: b.end }, source: "signed-line" };
  }
  return null;
}

/** Does the page write the other reading of an ambiguous date, and never this one, unambiguously? */
function settlesOrder(all: Block[], shown: { iso: string; alt?: string }, dateOptions: DateOptions): boolean {
  const days = new Set<string>();
  const opts = findOptions(dateOptions);
  for (const b of all) {
    if (b.text.length > 200) continue;
    for (const m of findDates(b.text, opts)) {
      const iso = m.ambiguous ? null : toIso({ year: m.year, month: m.month, day: m.day });
      if (iso) days.add(iso);
    }
  }
  return shown.alt !== undefined && days.has(shown.alt) && !days.has(shown.iso.slice(0, 10));
}

// the label right before a date that makes it the publication's ("Posted On: January 14 2026")
const PUBLISHED_BEFORE = labelBefore(PUBLISHED_LABELS);
// a label starts a word in any script (\\b knows only ASCII words: "Publié", "Оновлено")
const LABEL_START = "(?<![\\p{L}\\p{N}])";

/** A line that shows a date labelled as the publication's, anywhere but comments and sidebars. */
function publicationLine(all: Block[], dateOptions: DateOptions): ArticleDate | null {
  for (const b of all) {
    if (b.text.length > 150 || !SIGNED.test(b.text) || inForeignBox(b.el)) continue;
    const d = readDate(b.text, dateOptions);
    if (d && d.iso.length >= 10 && PUBLISHED_BEFORE.test(b.text.slice(0, d.start)))
      return { iso: d.iso, text: d.text, span: { start: b.start, end: b.end }, source: "signed-line" };
  }
  return null;
}

/** A page that gives no other date is dated by a "Last updated" line wherever it sits (htmldate's last resort but one). */
function updateLine(all: Block[], dateOptions: DateOptions): ArticleDate | null {
  for (const b of all) {
    if (b.text.length > 150 || inForeignBox(b.el)) continue;
    const d = readDate(b.text, dateOptions);
    if (d && d.iso.length >= 10 && UPDATED.test(b.text.slice(0, d.start)))
      return { iso: d.iso, text: d.text, span: { start: b.start, end: b.end }, source: "updated-line" };
  }
  return null;
}

/**
 * The last update the page shows (for the item's `modified` when the page declares none): an
 * "Updated …" line by the headline, else a `<time>` the page labels as its update.
 */
export function articleUpdate(
  meta: PageMeta,
  all: Block[],
  body: Block[],
  title: Found | null,
  dateOptions: DateOptions,
): string | null {
  const line = visibleDate(all, body, title, null, dateOptions, true);
  return line?.iso ?? shownUpdate(meta, dateOptions)?.iso ?? null;
}

/** The `<time>` the page labels as its last update (`dateSource: "updated-line"`). */
function shownUpdate(meta: PageMeta, dateOptions: DateOptions): ArticleDate | null {
  const f = meta.shownUpdate;
  const d = f ? readDate(f.value, dateOptions) : null;
  return f && d && d.iso.length >= 10
    ? { iso: d.iso, text: d.text, span: f.span, source: "updated-line" }
    : null;
}

/** Declared types of pages that are not articles: their date is their last update. */
const NOT_ARTICLE_TYPES =
  /^(website|webpage|collectionpage|searchresultspage|aboutpage|contactpage|profilepage|product|organization|place|itempage)$/;

function isArticlePage(meta: PageMeta): boolean {
  if (meta.types.length === 0) return true;
  return !meta.types.every((t) => NOT_ARTICLE_TYPES.test(t));
}

/** Sources a date in the URL path outranks: the URL is written once, when the article is published. */
const WEAKER_THAN_URL: ReadonlySet<DateSource> = new Set([
  "visible-line",
  "updated-line",
  "date-class",
  "signed-line",
  "modified",
  "time-element",
]);

/**
 * A date in the URL (`/2019/08/16/`, or `/2019/08/` for the month) is strong evidence: a date that
 * contradicts it is kept only when the page declares it (JSON-LD, `<meta>`, microdata); else the
 * URL's day wins, or, for a month-only URL, a declared date within that month.
 */
function checkedAgainstUrl(
  date: ArticleDate | null,
  url: string | null,
  meta: PageMeta,
  all: Block[],
  dateOptions: DateOptions,
): ArticleDate | null {
  if (!date || !url) return date;
  const day = dateFromUrl(url);
  if (day) {
    if (date.iso.slice(0, 10) === day || !WEAKER_THAN_URL.has(date.source)) return date;
    return { iso: day, text: day, span: { start: 0, end: 0 }, source: "url" };
  }
  const month = monthFromUrl(url);
  if (!month || date.iso.slice(0, 7) === month) return date;
  for (const f of [meta.published, meta.modified]) {
    const d = f ? readDate(f.value, dateOptions) : null;
    if (f && d && d.iso.slice(0, 7) === month)
      return {
        iso: d.iso,
        text: d.text,
        span: f.span,
        source: f === meta.published ? meta.published.source : "modified",
      };
  }
  return WEAKER_THAN_URL.has(date.source) ? shownInMonth(all, month, dateOptions) : date;
}

/**
 * The first date of the URL's month (`2017-07`) the page shows on a line of its own, comments and
 * sidebars aside: the URL says when the article came out, the line which day.
 */
function shownInMonth(all: Block[], month: string, dateOptions: DateOptions): ArticleDate | null {
  const opts = findOptions(dateOptions);
  for (const b of all) {
    if (b.text.length > 150 || b.text.indexOf(month.slice(0, 4)) === -1 || inForeignBox(b.el)) continue;
    for (const m of findDates(b.text, opts)) {
      const iso = m.day === null ? null : toIso({ year: m.year, month: m.month, day: m.day });
      if (iso?.slice(0, 7) === month)
        return { iso, text: m.text, span: { start: b.start, end: b.end }, source: "visible-line" };
    }
  }
  return null;
}

/**
 * The date the page shows by its headline ("March 3, 2024", "Updated 2024-03-03", a `<time>`):
 * short blocks just above the title or between it and the body, nearest first.
 */
function visibleDate(
  all: Block[],
  body: Block[],
  title: Found | null,
  published: string | null,
  dateOptions: DateOptions,
  revisionOnly = false,
): {
  iso: string;
  text: string;
  span: Found["span"];
  alt?: string;
  updated: boolean;
  /** every day the line shows ("May 21, 2025 April 24, 2025": modified and published side by side) */
  days: string[];
} | null {
  const titleAt = title ? all.findIndex((b) => b.start >= title.span.start && b.start < title.span.end) : -1;
  const bodyAt = body[0] ? all.indexOf(body[0]) : -1;
  const anchor = titleAt !== -1 ? titleAt : bodyAt;
  if (anchor === -1) return null;
  const after: Block[] = [];
  for (let k = anchor + 1, counted = 0; k < all.length && counted < NEAR_TITLE.after; k++) {
    const b = all[k] as Block;
    after.push(b);
    // share buttons, author and category links between the headline and the date line do not push
    // it out of reach (the headlines of other stories, longer links, do)
    if (b.linkChars < b.text.length * 0.5 || b.text.length >= NEAR_TITLE.shortLink) counted++;
  }
  const before = all.slice(Math.max(0, anchor - NEAR_TITLE.before), anchor).reverse();
  let revision: ReturnType<typeof visibleDate> = null;
  let other: ReturnType<typeof visibleDate> = null;
  // nearest the headline first, below it before above it at the same distance
  const nearest = [...after.map((b, k) => ({ b, d: k + 1 })), ...before.map((b, k) => ({ b, d: k + 1.5 }))]
    .sort((x, y) => x.d - y.d)
    .map((x) => x.b);
  for (const b of nearest) {
    const text =
      b.text.length > 150 || (body.includes(b) && b.text.length > 80 && !labelledDate(b.text))
        ? datedPart(b)
        : datelineText(b);
    if (text === null) continue;
    let d = readDate(text, dateOptions);
    // "Posted: 2 days ago" shown, the day itself in the element's title (`<span title="2025-12-18">`)
    const titled = fullDate(d, text, dateOptions) ? null : titledDate(b, dateOptions);
    if (titled) d = titled;
    if (d && d.iso.length >= 10 && (titled || !DEADLINE.test(text.slice(0, d.start)))) {
      const time = timeIn(b);
      const machine = time ? readDate(time.datetime, dateOptions) : null;
      // the machine form of the same day (a time zone can move it across midnight: the text's day
      // stays); a <time> whose text shows another day altogether is read by its datetime, as
      // htmldate reads it (the text is a template's, the attribute the CMS's field)
      const sameDay = machine?.iso.slice(0, 10) === d.iso.slice(0, 10);
      const otherDay =
        machine !== null &&
        machine.iso.length >= 10 &&
        time?.text.includes(d.text) === true &&
        Math.abs(dayNumber(machine.iso) - dayNumber(d.iso)) > 1;
      const iso = machine && (sameDay || otherDay) ? machine.iso : d.iso;
      // (a `<time>` the page labels as its update, by a label or its wrapper's class, is one too)
      const updated = titled
        ? titled.updated
        : UPDATED.test(text.slice(0, d.start)) || (time !== null && sameDay && updateTime(time.el));
      const found = {
        iso,
        text: d.text,
        span: { start: b.start, end: b.end },
        updated,
        days: findDates(text, findOptions(dateOptions)).map(
          (m) => toIso({ year: m.year, month: m.month, day: m.day }) ?? "",
        ),
        ...(d.alt ? { alt: d.alt } : {}),
      };
      if (revisionOnly) {
        if (updated) return found;
        continue;
      }
      // the line that shows the declared publication, when one does (another may date a sidebar's story)
      if (!updated && (found.iso.slice(0, 10) === published || !published)) return found;
      // an "Updated" line is kept only when no line nearby gives the original date
      if (!updated) other ??= found;
      else revision ??= found;
    }
  }
  return other ?? revision;
}

/** Does the line show a whole date of its own (a relative one, "2 days ago", only with a reference day)? */
function fullDate(d: ReturnType<typeof readDate>, text: string, dateOptions: DateOptions): boolean {
  if (!d || d.iso.length < 10) return false;
  if (!dateOptions.reference) return true;
  const absolute = readDate(text, findOptions(dateOptions));
  return absolute !== null && absolute.iso.length >= 10;
}

/**
 * A relative or partial date whose element holds the whole one in its `title` (`<time title=…>`,
 * `<abbr title=…>`, a date-classed `<span title="2025-12-18">Posted: 2 days ago</span>`): the
 * first such element of the block that dates the publication, else the first that dates a revision
 * (a "modified"/"updated" class, or an update label before it).
 */
function titledDate(
  b: Block,
  dateOptions: DateOptions,
): { iso: string; text: string; start: number; end: number; updated: boolean } | null {
  let revision: ReturnType<typeof titledDate> = null;
  for (const el of [b.el, ...elements(b.el)]) {
    const title = el.attribs?.title;
    if (!title || title.length > 80 || !/\d/.test(title)) continue;
    const shown = textOf(el).trim();
    if (shown.length === 0 || shown.length > 60) continue;
    const d = readDate(title, findOptions(dateOptions));
    // the title is the date, not a sentence about it
    if (!d || d.iso.length < 10 || title.trim().length - d.text.length > 30) continue;
    const digit = shown.search(/\d/);
    const updated = REVISION_CLASS.test(classId(el)) || (digit > 0 && UPDATED.test(shown.slice(0, digit)));
    const found = { iso: d.iso, text: shown, start: 0, end: shown.length, updated };
    if (!updated) return found;
    revision ??= found;
  }
  return revision;
}

/** How far from the headline a date line may sit, in blocks that are not mostly links. */
const NEAR_TITLE = { after: 9, before: 6, shortLink: 30 };

// the words right before a date that make it a deadline ("Redeem by 12.31.23", "valid until"), not a dateline
const DEADLINE =
  /\b(by|until|till|before|through|thru|ends?|expires?|valid|deadline|bis|jusqu'au|hasta|entro|fino al)\s*:?\s*$/iu;

/**
 * A long block by the headline (a header that runs the deck, the byline and the date together, a
 * meta line full of tags) shows its date in an element of its own: a `<time>` or a date- or
 * byline-classed element with a short text.
 */
function datedPart(b: Block, timeOnly = false): string | null {
  for (const el of elements(b.el)) {
    const classes = classId(el);
    if (el.name !== "time" && (timeOnly || !DATE_PART_CLASS.test(classes))) continue;
    if (REVISION_CLASS.test(classes) || (el.name === "time" && updateTime(el))) continue;
    const text = textOf(el).trim();
    if (text.length >= 6 && text.length <= 150 && /\d/.test(text)) return text;
  }
  return null;
}

/**
 * A line in the body that opens with its labelled date ("Essay - Published: December 17, 2025 |
 * tags…"): a meta line however many tag links follow, not a paragraph that mentions a date.
 */
function labelledDate(text: string): boolean {
  const m = findDates(text.slice(0, LABELLED_DATE_WITHIN + 30))[0];
  if (!m || m.start > LABELLED_DATE_WITHIN) return false;
  const before = text.slice(0, m.start);
  return PUBLISHED_BEFORE.test(before) || UPDATED.test(before);
}

/** How far into a body line its labelled date may start ("Essay - Published: "). */
const LABELLED_DATE_WITHIN = 40;

// "Health<span>DECEMBER 22, 2022</span><span>Updated: …" runs words into dates without the spaces
function datelineText(b: Block): string {
  const spaced = spacedText(b.el);
  return spaced.length <= b.text.length + 20 ? spaced : b.text;
}

// the label right before a date that makes it the revision's date, not the publication's
const UPDATED = labelBefore(UPDATE_LABELS);

/** Classes of an element (or its parent) that hold a date, and of the boxes whose dates are not the article's. */
const DATE_CLASS = /date|time|posted|published|dateline|byline|meta/;
const FOREIGN_DATE_CLASS = /comment|related|footer|copyright/;
/** Classes of a post's own meta line (date, author, tags, categories) in WordPress and other themes. */
const META_LINE_CLASS = /postmetadata|entry-meta|post-meta|entry-footer|post-info|article-meta/;
/** Classes of an element inside a long block by the headline that holds the article's date. */
const DATE_PART_CLASS = /date|time|posted|published|dateline|byline/;
/** …and of one that holds the last revision's ("updated", "date-modified"). */
const REVISION_CLASS = /updat|modif/;

/** Last resort: a short block whose element (or its parent) is classed as a date, anywhere on the page. */
function classedDate(all: Block[], own: Own, dateOptions: DateOptions): ArticleDate | null {
  for (const b of all) {
    if (b.text.length > 80 || b.boiler?.name === "footer" || b.furniture?.name === "footer") continue;
    const classes = `${classId(b.el)} ${b.el.parent && b.el.parent.type !== "root" ? classId(b.el.parent as Block["el"]) : ""}`;
    if (!DATE_CLASS.test(classes) || FOREIGN_DATE_CLASS.test(classes) || inForeignBox(b.el)) continue;
    if (inCard(b.el, own)) continue;
    const d = readDate(b.text, dateOptions);
    if (!d || d.iso.length < 10) continue;
    // "Last updated on June 2, 2025" in a date-classed box, a box classed "updated": the revision's
    // ("author-credit__updated-published-date" says both: read as the publication)
    const updated =
      UPDATED.test(b.text.slice(0, d.start)) || (REVISION_CLASS.test(classes) && !/publish/.test(classes));
    const source = updated ? "updated-line" : "date-class";
    return { iso: d.iso, text: d.text, span: { start: b.start, end: b.end }, source };
  }
  return null;
}

const BYLINE = bylineLabel();
const SIGNED = new RegExp(`${LABEL_START}(${PUBLISHED_LABELS.join("|")})(?![\\p{L}\\p{N}])`, "iu");

/** Blogs sign off below the text: "Posted on 15/12/2025 at 19:00 by Jane". */
// what may stand before a dateline's date: an agency in brackets, a place ("BERLIN", "New York",
// "Frankfurt am Main") and a comma; after it a dash, a bar, a colon or a full stop and the text
const DATELINE_HEAD =
  /^(?:\([\p{L}\p{N} /.-]{1,24}\)\s*)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3}\s*,\s*)?$/u;
const DATELINE_TAIL = /^\s*(?:[–—|:-]|\.\s)/u;
const EDITORS_NOTE = /\b(?:editor|note|update)/i;
const DATELINE_SHORT = 40;

/**
 * A press release's or an agency story's dateline opening the text ("BERLIN, 12.03.2015 – Die
 * Bundesregierung…", "(dpa) Hamburg, 3. Mai 2019:"): the date the story was filed.
 */
function datelineDate(body: Block[], dateOptions: DateOptions): ArticleDate | null {
  // (the text's first two blocks; when both are short lines, a section's name or a tool bar's
  // label left above the text, the first two paragraphs under them)
  const opening = body.slice(0, 2);
  if (opening.every((b) => b.text.length < DATELINE_SHORT))
    opening.push(
      ...body
        .slice(2, 6)
        .filter((b) => b.text.length >= DATELINE_SHORT)
        .slice(0, 2),
    );
  for (const b of opening) {
    const head = b.text.slice(0, 80);
    const d = readDate(head, dateOptions);
    if (!d || d.iso.length < 10) continue;
    // ("Editor's Note, December 19, 2025: We've added…" dates a revision, not the story)
    const place = head.slice(0, d.start);
    if (DATELINE_HEAD.test(place) && !EDITORS_NOTE.test(place) && DATELINE_TAIL.test(head.slice(d.end)))
      return {
        iso: d.iso,
        text: d.text,
        span: { start: b.start + d.start, end: b.start + d.end },
        source: "visible-line",
      };
  }
  return null;
}

function signedDate(all: Block[], body: Block[], own: Own, dateOptions: DateOptions): ArticleDate | null {
  const last = body[body.length - 1];
  let end = last ? all.indexOf(last) : -1;
  if (end === -1) return null;
  // the cards of other stories under the text (a "More posts" box: a linked headline, a date) are
  // passed over, and do not count in the reach of the sign-off
  const cards = new Set<Block>();
  let reach = end + 5;
  for (let k = end + 1; k < Math.min(all.length, reach); k++) {
    const b = all[k] as Block;
    if (b.text.length <= 150 && inCard(b.el, own)) {
      cards.add(b);
      if (reach < end + 5 + SKIPPED_CARDS) reach++;
    }
  }
  end = reach - 5;
  // the sign-off is often the body's own last line
  const tail = all.slice(Math.max(0, end - 1), end + 5).filter((b) => !cards.has(b));
  for (const [k, b] of tail.entries()) {
    if (b.text.length > 150 || inForeignBox(b.el)) continue;
    // a labelled line, or a bare date right under a byline ("Written by Jane Doe" / "April 8, 2024")
    const labelled = SIGNED.test(b.text) || (k > 0 && BYLINE.test(tail[k - 1]?.text ?? ""));
    if (!labelled) continue;
    const d = readDate(b.text, dateOptions);
    // ("Written by Jane Doe — Updated on March 7, 2025": the date is the revision's)
    if (d && UPDATED.test(b.text.slice(0, d.start))) continue;
    if (d && d.iso.length >= 10 && (SIGNED.test(b.text) || b.text.length - d.text.length <= 3))
      return { iso: d.iso, text: d.text, span: { start: b.start, end: b.end }, source: "signed-line" };
  }
  // a theme that puts the post's meta line under the text ("extreme minimalism Kristen March 11,
  // 2024 tags…"): its `<time>` (a date-classed <span> there as often dates a box of other posts)
  // (a meta line the body runs past, under a "Next Post" link it took in, counts too)
  const first = body[0] ? all.indexOf(body[0]) : end;
  const inBody = new Set(body);
  const lines = all
    .slice(first, end + 5)
    .filter(
      (b) =>
        (!inBody.has(b) && b.text.length <= 150) ||
        (b.text.length <= 400 && META_LINE_CLASS.test(classId(b.el))),
    );
  for (const b of lines) {
    if (cards.has(b) || inForeignBox(b.el)) continue;
    const part = datedPart(b, true);
    const d = part ? readDate(part, dateOptions) : null;
    if (d && d.iso.length >= 10 && part && part.length - d.text.length <= 3)
      return { iso: d.iso, text: d.text, span: { start: b.start, end: b.end }, source: "time-element" };
    // WordPress themes' "postmetadata" / "entry-meta" line: "Tags: … Monday, August 11th, 2025 at 11:00 am | Categories: …"
    if (!META_LINE_CLASS.test(classId(b.el))) continue;
    const line = readDate(b.text, dateOptions);
    if (line && line.iso.length >= 10 && !UPDATED.test(b.text.slice(0, line.start)))
      return { iso: line.iso, text: line.text, span: { start: b.start, end: b.end }, source: "date-class" };
  }
  return null;
}

/** How many blocks of other stories' cards under the text the sign-off may lie beyond. */
const SKIPPED_CARDS = 30;

// a <time datetime> inside the block gives the machine-readable form of what it shows
function timeIn(b: Block): { datetime: string; text: string; el: Element } | null {
  for (const el of elements(b.el)) {
    if (el.name !== "time") continue;
    const dt = el.attribs.datetime;
    if (dt && /^\d{4}-\d\d-\d\d/.test(dt)) return { datetime: dt.trim(), text: textOf(el), el };
  }
  return null;
}

/** Days since 1970 of an ISO date's day, to tell a time zone's shift (one day) from another day. */
function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** What findDates takes of the page's date options: its language and the locale's day order. */
function findOptions({ lang, order }: DateOptions): { lang?: string; order?: DayOrder } {
  return { ...(lang ? { lang } : {}), ...(order ? { order } : {}) };
}
