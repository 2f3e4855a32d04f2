// Article pages as text: one story pasted or dumped by a text browser (lynx, w3m). Such a page
// has one run of prose paragraphs that holds most of its prose, under one headline, where a
// listing repeats headline/date/teaser blocks and spreads its prose over them. Decided once
// from the whole page: the listing reading's item headers cut the prose into runs, and when one
// run holds most of the page's prose the page is an article and that run its body.

import { type DateMatch, findDates } from "../dates/index.js";
import { END_HEADING } from "../html/body-labels.js";
import { BYLINE_WORDS, labelBefore, PUBLISHED_LABELS, UPDATE_LABELS } from "../lexicon/index.js";
import { isByline, isProse, isText, titleCased } from "../listing/lines.js";
import type { Span } from "../model/span.js";
import type { Draft } from "./assemble.js";
import { filterText, isFooter, isPagination, isReadMore } from "./chrome.js";
import { POST_OPENS, postLabel } from "./classify.js";
import { hasDate, headlineOf, pagination, readMore } from "./facts.js";
import type { LineTable } from "./lines.js";
import type { Header } from "./shape.js";
import { isPersonName, LOWER_START, lineSpan, nonEmpty, wordCount } from "./util.js";

/** The thresholds of the article reading, in one place. */
const ARTICLE = {
  /** a paragraph shorter than this is no prose ("Read more.", "All rights reserved.") */
  minParagraph: 40,
  /** lines of furniture (subheadings, list items, pictures, captions) a body may hold between two paragraphs */
  maxGap: 10,
  /** a run this many lines from the body, or nearer, with no item header between, is more of it */
  joinGap: 25,
  /** when it holds this many characters of prose */
  joinChars: 300,
  /** the body run holds at least this share of the page's prose */
  share: 0.5,
  /**
   * a body holding this share of the prose, in this many paragraphs per item of the list beside
   * it, is the page's story, headed or not (a share of 0.7 alone reads a dev listing page as an
   * article, and a personal page's long bio over its short news list needs the paragraphs)
   */
  dominant: { share: 0.8, paragraphsPerItem: 5 },
  /**
   * with no title-like line over the story's run, a headline inside it is looked for within this
   * share of its text
   */
  laterHeadlineShare: 0.34,
  /** and at least this many characters of prose */
  minChars: 400,
  /** or, for a headline's short post on a page that lists nothing, this many */
  minShortStory: 120,
  /** and at least this many paragraphs */
  minParagraphs: 2,
  /** how many lines above the body the headline may be (bylines, dates, pictures, share links between) */
  titleReach: 25,
  /** how many lines above the body a headline set apart over its byline or date may be, when
   * none is within `titleReach` */
  farReach: 300,
  /** a line with a date and at most this many other characters is a date line, no headline */
  dateLineRest: 19,
  /** how many lines the date or byline may be from the headline */
  metaReach: 6,
  /** how many of the run's first lines may be prose above the headline */
  headlineInRun: 20,
  /** an entry of a menu or a table beside the story, not a post's headline, has at most this many words */
  menuWords: 3,
  /** a heading over a box of other posts under the story is at most this long */
  boxHeading: 60,
  /**
   * which ends the body when it stands in the body's last share of characters this big (a box
   * inside the text stands further up: inline "Related article" boxes at a quarter and three
   * quarters of two WCXB stories)
   */
  boxTail: 0.15,
  /**
   * how many lines above the first listed item a heading over readers' comments may be (a reply
   * form, its notes and buttons between), and how long it may be ("59 Comments on “…”" names the
   * story)
   */
  commentsReach: 30,
  commentsHeading: 200,
  /** a date line in the body is at most this long */
  metaLine: 100,
  /** and holds at most this many characters besides the date (and a byline word) */
  metaRest: 45,
  /** how many lines a headline the layout sets apart may be above the body with no date or byline between */
  headlineGap: 3,
};

// a picture as text browsers print it ("[b4c6f-1f735kwc1.png?w=840]", "[IMG]"), a form button
const FURNITURE = /^(?:\[[^\]]*\]|\(BUTTON\).*|\(?IFRAME\)?:?.*|\[[^\]]*\]\s*\[[^\]]*\])$/u;
// menus and lists: a bullet opens the line (lynx prints `*`, `+`, `o`, `#` by depth)
const BULLETS = new Set([..."*+#•·▪►‣◦●○■□-–—"].map((c) => c.charCodeAt(0)));

// (a test of the first characters: regexes over every line of a page cost more than the rest of this pass)
function isBulleted(text: string): boolean {
  const c = text.charCodeAt(0);
  return BULLETS.has(c) || (c === 111 && (text.charCodeAt(1) === 32 || text.charCodeAt(1) === 9));
}

function isFurniture(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 91 || c === 40 || c === 73) && FURNITURE.test(text);
}
const LETTER = /\p{L}/u;
// a trail or a menu row, not a headline: an arrow between crumbs, a separator at the end, or two
// slashes or bars ("Home / Blog / …", "Asia | First Time Visitor Guides | Japan"); a headline may
// hold one " | " or " / " ("… of 2025 | The Best …")
const TRAIL_LINE = /\s[>»›]\s|\s[>»›/|]$|\s\/\s.*\s\/\s|\s\|\s.*\s\|\s/u;
// where a byline's name ends: a separator, or the date after it
// a lower-case letter, then a date's label with no space between
const GLUED_LABEL = /\p{Ll}(?:Updated|Published|Posted|Last updated|Modified)\b/u;
const NAME_END = /\s*(?:[|•·,;]|\s-\s|\s–\s|\s{2}|$)/u;
const BYLINE_WORD = new RegExp(`^(?:${BYLINE_WORDS.join("|")}|作者[:：]?)\\s+`, "iu");

/** What makes a line above the body its headline: points added to its headline shape (0.5-1). */
const TITLE_CUES = {
  /** a text browser prints headings left of the paragraphs */
  setApart: 2,
  /** a breadcrumb's last crumb, the page's <title> pasted above */
  printedTwice: 1,
  /** a byline or date line right under it */
  overMeta: 1.5,
  /** up to this much for its length in words, full from `fullWords` */
  words: 1,
  fullWords: 5,
  /** taken off per line between it and the body */
  perLine: 0.02,
  /** the least headline shape of a line set apart (a line beside the paragraphs needs 0.5) */
  apartShape: 0.25,
  /** a date line right over it (blogs print the day over the post's title); a little less than
   * over its date, the usual head: "… Trends: The Future of SEO" / "Last updated: Sep 4, 2025" /
   * "2025 AI & SEO Trends in short" is headline, date, first heading */
  underDate: 1.4,
  /** which holds at most this many characters besides the date ("Friday, ") */
  dateLineRest: 12,
  /** a centred line is indented at least this much */
  centredIndent: 10,
  /** and its margins differ by at most this much */
  centredSlack: 4,
  /** a headline found inside a longer line (a trail, the feeds' names) is at least this long */
  twiceWithin: 16,
  /** a copy this many lines away, or nearer, is the same link printed twice */
  nearCopy: 4,
  /** the run's first heading is the headline when the run's prose over it is shorter (a blurb) */
  blurbChars: 100,
  /** the headline the text under it restates whole ("… des Ta …" / "… des Tages…") */
  restated: 3,
  /** which is at least this long */
  restatedChars: 12,
  /** a headline flush with the text, over a longer paragraph, is at most this long */
  flushChars: 120,
  /** a line printed this many times is a menu's or a box's label, not the headline */
  menuRepeats: 3,
};

// headings of an article's parts and of the page's boxes, never its headline
// (a toggle's arrow may follow: "Table of Contents ▼")
const PART_HEADING =
  /^(?:table of contents?|contents|key takeaways?|in this (?:article|post|guide)|at a glance|summary|overview|introduction|explore more|related (?:posts|articles|content)|leave a (?:reply|comment)|share (?:this|on)\b.*|on this page|skip to .*|menu|search\b.*|reading time|full bio|cite this(?: \p{L}+)?|read more (?:in|about|on|from)\b.*|sommaire|inhalt|índice|indice)[\s▼▲▾▴►▸+−-]*$/iu;
// a page's field labels printed as headings ("Published" / "July 8, 2025", "Category"), and
// pictures' credits and descriptions ("corsair sabre v2 pro Image credit: Eurogamer",
// "Headshot of Ollie Simpson")
// (anchored at the start: the byline's search tries it on every line under a candidate; the
// credits, sought anywhere in the line, only on the candidates)
const FIELD_LABEL =
  /^(?:(?:categor(?:y|ies)|(?:published|posted)(?: (?:on|in|by))?|tags?|topics?|authors?|share|advertisement|sponsored|comments?|last updated)\s*:?$|(?:headshot|photo|picture|image|portrait) of\b)/iu;
// headings of a box of other posts the HTML reading's END_HEADING does not name ("Other Posts:",
// "Similar posts", "Related Post", "More buying guides")
const OTHER_POSTS =
  /^(?:related|similar|other|more|recent|latest|popular|recommended)\s+(?:[\p{L}-]+\s+)?(?:posts?|articles?|stories|guides?)\s*:?$/iu;
// a banner's, a form's or a sharing tool's words ("LinkedIn respects your privacy", "Thank you!
// Your message has been received!", "Print/Save as PDF", "Send via emailCopy link", "Learn about
// our editorial policies", a notice's sentence closed by its link, "All of our content is written
// by humans, not robots. Learn More", "Se ti è piaciuto dillo in giro!", "Add as a preferred source on Google",
// "Prefer the Guardian on Google", "This article is more than 3 months old")
const WIDGET_LINE =
  /\brespects? your privacy\b|\.\s+learn more$|\bwe use cookies\b|^thank you\b.{0,20}\byour (?:message|submission|request)\b|\bsave as pdf\b|\bcopy link$|\bsend via e-?mail\b|^learn (?:more )?about (?:our|us)\b|^popular (?:topics|posts|tags|articles)$|^add as a preferred source\b|^prefer (?:the )?\S+(?: \S+){0,3} on google$|^this article is more than .{1,20} old$|^(?:if you (?:liked?|enjoyed) (?:it|this)|se ti è piaciuto|wenn (?:es|dir der beitrag) dir gefallen hat|si (?:vous avez aimé|te ha gustado))\b.{0,30}!$/iu;
// (or the agency a picture is credited to, its logo, a sponsor's mark: "Tanja Ivanova//Getty
// Images", "MIT Sloan logo", "Help Net Security Sponsored")
const CREDIT =
  /\b(?:image|photo|picture|video) (?:credit|courtesy|source)\b|\bcredits?:|\bcr[ée]dits? photo\s*:|©|\b(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo)\b|\b(?:logo|sponsored)$/iu;
// reading times and bylines printed as headings ("3 min read · By ASU Online", "7 min", "Written by: …")
// (and the editors a page credits beside the writer: "Edited by …", "Fact Checked by: …")
const META_LINE =
  /\b(?:\d+|undefined)\s*(?:min(?:ute)?s?\.?)(?:\s+read)?\b|^(?:written|edited|fact[- ]checked|reported)\s+by\b|^updated\b|\bavatar$|^last (?:updated|modified)\b|^(?:posted|published|updated)\s*:|\b\d[\d,]*\s+words\b/iu;
// a button's label printed as a line ("View Products", "Get Started", "Download Now"): a verb of
// a call to action and at most two words more
// (or ending with a log-in link: "Español Log In")
const ACTION_LINE =
  /^(?:view|get|download|shop|learn|sign|subscribe|book|try|start|join|contact|request|buy|order|see|watch|listen|explore|discover|register|apply|claim|schedule)\b(?:\s+\S+){0,3}$|\b(?:log|sign) ?in$|^(?:log|sign) ?in\b|^back to (?:all |the )?(?:articles|posts|blog|news|top|home|list|overview|search|results|insights|resources|stories|press releases)$/iu;
// a text field of a form as lynx prints it, a row of underscores
const FORM_FIELD = "____";
// a time of day alone on its line, a list's bullet or a zone beside it ("• 5:50 am", "14:30 CET")
const TIME_LINE = /^(?:[•·*-]\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/iu;
const TIME_LINE_CHARS = 24;
// a numbered section of the story ("1. Introduction", "9. Google Data Studio"), never its headline
const NUMBERED_PART = /^\d{1,2}[.)]\s+\p{L}/u;
// a byline whose "By" is run into the name ("ByRhonda Krause Updated"), as HTML-to-text dumps join
// inline elements
const GLUED_BYLINE = /^By\p{Lu}\p{Ll}/u;
// a post's tags or labels ("Labels: customer development, lean startup", "Filed under: News")
const TAG_LINE = /^(?:tags?|labels?|categor(?:y|ies)|topics?|filed under)\s*:\s*\S/iu;

interface Run {
  first: number;
  last: number;
  chars: number;
  paragraphs: number;
  /** lines that are no paragraph between the previous run and this one (infinite across an item header) */
  gapBefore: number;
}

/**
 * The page's largest text: runs joined with the runs beside them that are parts of the same text
 * (a long article's sections are parted by tables, spec lists and pictures longer than a gap
 * within a run), the group holding the most prose chosen rather than the group of the longest
 * run: a buying guide's dozen sections outweigh one long FAQ set apart from them by a box of
 * related posts.
 */
function joinedLargest(runs: readonly Run[]): Run | null {
  // (the best group kept as the indices of its first and last runs and its sums, one object made
  // at the end: a listing's teasers are a run each, and pages may hold 10⁶ items)
  let bestFirst = -1;
  let bestLast = -1;
  let bestChars = -1;
  let bestParagraphs = 0;
  let first = 0;
  let chars = 0;
  let paragraphs = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as Run;
    // (every run ends the group it is in: the one before r is the group's last)
    if (i > 0 && joins(runs[i - 1] as Run) && joins(r) && r.gapBefore <= ARTICLE.joinGap) {
      chars += r.chars;
      paragraphs += r.paragraphs;
    } else {
      first = i;
      chars = r.chars;
      paragraphs = r.paragraphs;
    }
    if (chars > bestChars) {
      bestFirst = first;
      bestLast = i;
      bestChars = chars;
      bestParagraphs = paragraphs;
    }
  }
  if (bestFirst === -1) return null;
  const head = runs[bestFirst] as Run;
  return {
    first: head.first,
    last: (runs[bestLast] as Run).last,
    chars: bestChars,
    paragraphs: bestParagraphs,
    gapBefore: head.gapBefore,
  };
}

// a run long enough to be joined to its neighbours (a short one between is a caption, a box's blurb)
function joins(r: Run): boolean {
  return r.chars >= ARTICLE.joinChars;
}

/**
 * The page read as one article, or null when it is not one: the body is the page's largest run
 * of prose paragraphs (cut at the listing reading's item headers), when it holds most of the
 * page's prose; the headline is the most title-like line above it, the date and byline those
 * printed between the two.
 */
export function articleDraft(
  text: string,
  lines: LineTable,
  listed: readonly Draft[],
  /** 1 for each line that heads an item (the prose is parted there) */
  cuts: Uint8Array,
): Draft | null {
  const { runs, total } = proseRuns(lines, cuts, -1);
  // a list of readers' comments under the story, headed so ("59 Comments on “…”", "Leave a
  // Reply"): the story is read from the prose above that heading, the comments are no posts
  const comments = listed.length > 1 ? commentsHeading(lines, listed) : -1;
  if (comments !== -1) {
    // (the runs above the heading; else the heading parts the run it stands in: the first comment
    // may be as near the story's end as a gap between its paragraphs, "Visitor comments" / "USA &
    // IFRS??", and the runs are read again parted there)
    const story = storyAbove(runs, comments) ?? storyAbove(proseRuns(lines, cuts, comments).runs, comments);
    if (story) return assemble(lines, story).draft;
  }
  const best = joinedLargest(runs);
  // (a page that lists nothing may be a post of one long paragraph: its story, not zero items)
  if (!best) return null;
  if (!isBody(best, total, listed.length === 0 ? 1 : ARTICLE.minParagraphs)) {
    // a page that lists nothing may be one short post, a headline over a paragraph or two (a tag
    // archive of one post shows its teaser alone): its story where a headline heads it
    if (listed.length > 0 || best.chars < ARTICLE.minShortStory || best.chars < ARTICLE.share * total)
      return null;
    const short = assemble(lines, best);
    const title = short.draft.titleSpan;
    const first = short.draft.body[0];
    if (!title || first === undefined) return null;
    // (a headline the layout marks, or one its text restates: not any line over a paragraph, as
    // "commit: 937cc…" over a note's "path: …")
    const restated = restates(text.slice(title.start, title.end), lines.text(first));
    return short.headed || short.marked || restated ? short.draft : null;
  }
  const { draft: story, headed, marked } = assemble(lines, best);
  if (listed.length === 1) return withListedHead(text, lines, story, listed[0] as Draft, best.first, marked);
  if (listed.length > 1 && (contentsOf(text, lines, listed, best) || menuBeside(text, lines, listed, best)))
    return story;
  if (listed.length > 1) {
    // the story is headed like the list's items: one of them, in a list of posts (a story that
    // prints its date again at its foot is no list)
    // (unless the story shows a page's own head, its headline set apart and printed again, a
    // trail's last crumb or the page's title among the feeds, or over its byline or date: the
    // WCXB article pages with a dated box of related posts beside their story; or it holds nearly
    // all of the page's prose and the page heads the others as a box under it, "Related posts")
    const holder = listed.find((d) => d.from <= best.first && best.first <= d.to);
    const dominant =
      best.chars >= ARTICLE.dominant.share * total &&
      best.paragraphs >= ARTICLE.dominant.paragraphsPerItem * listed.length;
    if (
      !headed &&
      holder &&
      dateSpanOf(holder) !== null &&
      headsBody(lines, holder.header.first, best.first) &&
      listed.some(
        (d) =>
          d !== holder && sameForm(text, lines, d, holder) && (!sameDate(d, holder) || holdsProse(lines, d)),
      ) &&
      !(dominant && boxedUnder(lines, listed, holder, best.first))
    )
      return null;
    // beside a list, a story shows an article's head: its date or byline, or a headline the layout
    // sets apart (a text browser prints headings left of the paragraphs) right over the body or
    // printed twice (the page's title, a trail's last crumb)
    // (unless the body holds nearly all of the page's prose in many paragraphs: the list's items
    // are a box of links beside the story)
    if (
      story.header.date === null &&
      story.header.author === null &&
      !headed &&
      !setApart(lines, best.first) &&
      !dominant
    )
      return null;
  }
  return story;
}

/**
 * The page's runs of prose paragraphs, parted at the lines `cuts` marks (item headers) and after
 * line `partAt` (a comments heading; -1 for none), with the page's prose in characters.
 */
function proseRuns(lines: LineTable, cuts: Uint8Array, partAt: number): { runs: Run[]; total: number } {
  const runs: Run[] = [];
  let run: Run | null = null;
  let gap = 0;
  let total = 0;
  let cut = true;
  for (let i = 0; i < lines.length; i++) {
    if (lines.blank(i)) continue;
    // an item's header line opens a new run (a teaser that opens with its date is prose of its
    // own), and so does the first line after `partAt`
    if (cuts[i] === 1 || (i > partAt && partAt !== -1 && (run?.last ?? partAt) < partAt)) {
      run = null;
      cut = true;
    }
    // a paragraph wrapped over several lines is read whole
    let last = i;
    let chars = lines.size(i);
    while (lines.wrapsInto(last) && cuts[last + 1] !== 1) {
      last++;
      chars += lines.size(last) + 1;
    }
    const prose = chars >= ARTICLE.minParagraph && isParagraph(lines, i, last, chars);
    if (!prose) {
      gap += last - i + 1;
      i = last;
      continue;
    }
    total += chars;
    if (run && gap <= ARTICLE.maxGap) {
      run.last = last;
      run.chars += chars;
      run.paragraphs++;
    } else {
      run = { first: i, last, chars, paragraphs: 1, gapBefore: cut ? Number.POSITIVE_INFINITY : gap };
      runs.push(run);
    }
    gap = 0;
    cut = false;
    i = last;
  }
  return { runs, total };
}

// the story of the runs above a comments heading, when they hold one, or null
function storyAbove(runs: readonly Run[], heading: number): Run | null {
  let above = 0;
  let prose = 0;
  while (above < runs.length && (runs[above] as Run).last < heading) prose += (runs[above++] as Run).chars;
  const story = joinedLargest(runs.slice(0, above));
  return story && isBody(story, prose) ? story : null;
}

/**
 * Whether the listed items are a menu's or a table's cells beside the story rather than posts: an
 * undated list, two thirds of its entries a word or three long, whose prose is less than a tenth of
 * the story's ("Sommelier" / "Food Delivery" / "Valet": a tipping guide's table; a college
 * site's menu). Undated posts have headlines (an organisation's "Latest News" beside its pages).
 */
function menuBeside(text: string, lines: LineTable, listed: readonly Draft[], run: Run): boolean {
  let chars = 0;
  let labels = 0;
  for (const d of listed) {
    if (d.header.date !== null) return false;
    // (its prose: a mega-menu's many short entries under "Company" / "Solutions" are no text)
    for (const j of d.body)
      if (lines.size(j) >= ARTICLE.minParagraph && isProse(lines.text(j))) chars += lines.size(j);
    // (a post has a headline; a menu's or a table's entry, a word or three)
    const title = d.titleSpan === null ? "" : text.slice(d.titleSpan.start, d.titleSpan.end);
    if (title.trim().split(/\s+/u).length <= ARTICLE.menuWords) labels++;
  }
  return (
    labels * 3 >= listed.length * 2 && chars * 10 < run.chars && run.paragraphs >= ARTICLE.minParagraphs * 5
  );
}

/**
 * Whether the listed items are the story's table of contents: two thirds of them or more are
 * titled with a line the story's text prints again as a heading of its own ("1" / "Average Home
 * Renovation Costs (By Type)" / "2" / … over the article that has those sections), and they hold
 * no text of their own beside it.
 */
function contentsOf(text: string, lines: LineTable, listed: readonly Draft[], run: Run): boolean {
  let titled = 0;
  for (const d of listed) {
    if (d.body.length > 1) return false;
    if (d.titleSpan !== null) titled++;
  }
  if (titled < (2 * listed.length) / 3) return false;
  const headings = new Set<string>();
  for (let j = run.first; j <= run.last; j++)
    if (!lines.blank(j) && lines.size(j) <= ARTICLE.boxHeading * 2) headings.add(lines.text(j).toLowerCase());
  let printed = 0;
  for (const d of listed) {
    if (d.titleSpan === null) continue;
    if (headings.has(text.slice(d.titleSpan.start, d.titleSpan.end).trim().toLowerCase())) printed++;
  }
  return printed >= (2 * listed.length) / 3;
}

/**
 * The body up to a heading of the page's furniture in its last lines ("Related posts", "You
 * might also like", "Leave a reply"): the box under the story, read on as the run's prose by the
 * length of its titles and blurbs. (Such a heading further up heads a box inside the text, an
 * inline "Related article" between two parts of it: the body goes on.)
 */
function untilBox(lines: LineTable, run: Run): Run {
  let chars = 0;
  for (let j = run.first; j <= run.last; j++) chars += lines.size(j);
  let above = 0;
  for (let j = run.first + 1; j <= run.last; j++) {
    above += lines.size(j - 1);
    if (above < (1 - ARTICLE.boxTail) * chars) continue;
    if (lines.blank(j) || lines.size(j) > ARTICLE.boxHeading || !isBoxHeading(lines.text(j))) continue;
    let last = j - 1;
    while (last > run.first && lines.blank(last)) last--;
    return { ...run, last };
  }
  return run;
}

/**
 * The run up to the post's footer, where a theme prints the publication on one long line after
 * the text ("Author  amyxzhangPosted on January 17, 2019January 17, 2019Categories …"): the
 * footer and what follows it (the author's bio) are no part of the story, the date is its.
 */
function untilFooter(lines: LineTable, run: Run): Run {
  for (let j = run.first + 1; j <= run.last; j++) {
    if (lines.blank(j) || lines.size(j) <= ARTICLE.metaLine || !labelledFooterDate(lines.text(j))) continue;
    let last = j - 1;
    while (last > run.first && lines.blank(last)) last--;
    return { ...run, last };
  }
  return run;
}

function isBoxHeading(text: string): boolean {
  return END_HEADING.test(text) || OTHER_POSTS.test(text);
}

// the page's largest text is its story's body when it holds enough of the prose and of its own
function isBody(run: Run, prose: number, minParagraphs = ARTICLE.minParagraphs): boolean {
  return (
    run.chars >= ARTICLE.minChars && run.paragraphs >= minParagraphs && run.chars >= ARTICLE.share * prose
  );
}

// a heading over readers' comments: WordPress's "59 Comments on “…”", "12 thoughts on “…”", "3
// Responses to “…”", a count or the word alone, the reply form's "Leave a Reply"
// (or named for its writers, with the count after it and the form's link beside it, as news sites of
// the 2010s print it: "Readers' Comments (718)", "Visitor comments Add your comment")
const COMMENTS_HEADING =
  /^(?:(?:\d+\s+)?(?:(?:readers?|visitors?|users?|members?)['’]?\s+)?(?:comments?|responses?|replies|thoughts)(?:\s*\(\d[\d,.]*\))?(?:\s+(?:on|to)\s+.{1,150})?(?:\s+(?:add|post|leave|write) (?:your|a) comment)?|leave a (?:reply|comment)(?:\s+cancel reply)?|join the discussion)\s*:?$/iu;

/**
 * The line of a heading over readers' comments right above the first listed item (all the
 * listed items are then under it), or -1.
 */
function commentsHeading(lines: LineTable, listed: readonly Draft[]): number {
  const over = commentsOver(lines, listed, 0);
  // (the story may be read as the list's first item, its date line heading it like a comment's:
  // the comments are then the items after it, "Visitor comments" / "Get Real" / "US GAAP & IFRS")
  return over !== -1 || listed.length < 3 ? over : commentsOver(lines, listed, 1);
}

// the line of a comments heading right above the listed items from the `from`th on, or -1
function commentsOver(lines: LineTable, listed: readonly Draft[], from: number): number {
  let first = lines.length;
  // (indexed: a for-of loop allocates an iterator result per item while this is not optimised)
  for (let k = from; k < listed.length; k++) {
    const d = listed[k] as Draft;
    first = Math.min(first, d.header.first, d.from);
  }
  let seen = 0;
  for (let j = first - 1; j >= 0 && seen < ARTICLE.commentsReach; j--) {
    if (lines.blank(j)) continue;
    seen++;
    if (lines.size(j) <= ARTICLE.commentsHeading && COMMENTS_HEADING.test(lines.text(j))) return j;
  }
  return -1;
}

/**
 * Whether the page heads every listed item but the story's own as a box under the story: a
 * heading of the page's furniture ("Related posts", "You might also like", "Other Posts:")
 * stands between the body's first line and the first of the others. (An item dated as the story
 * is the story's date printed again.)
 */
function boxedUnder(lines: LineTable, listed: readonly Draft[], holder: Draft, bodyFirst: number): boolean {
  let firstOther = lines.length;
  for (const d of listed) {
    // (the date line, not the item's start: a box's heading may be read as its first headline)
    if (d !== holder && !sameDate(d, holder)) firstOther = Math.min(firstOther, d.header.first);
  }
  if (firstOther <= bodyFirst) return false;
  for (let j = bodyFirst + 1; j < firstOther; j++) {
    if (lines.blank(j) || lines.size(j) > ARTICLE.boxHeading) continue;
    if (isBoxHeading(lines.text(j))) return true;
  }
  return false;
}

// printed alike: at the same indentation, the date written the same way ("Nov 18, 2025" and
// "Nov 11, 2025", not "November 21, 2023"): a story's own date line set apart from a box of others
function sameForm(text: string, lines: LineTable, a: Draft, b: Draft): boolean {
  const indent = (d: Draft) => lines.textStart(d.header.first) - lines.start(d.header.first);
  return indent(a) === indent(b) && dateForm(text, a) === dateForm(text, b);
}

// the item's date as printed: a day, or a month or an age on lists dated so
function dateSpanOf(d: Draft): Span | null {
  return d.header.date ?? d.header.dateSpan;
}

// an item with a paragraph of its own is a post, not the story's date printed again at its foot
function holdsProse(lines: LineTable, d: Draft): boolean {
  return d.body.some((j) => lines.size(j) >= ARTICLE.minParagraph && isProse(lines.text(j)));
}

function dateForm(text: string, d: Draft): string {
  const date = dateSpanOf(d);
  if (!date) return "";
  return text
    .slice(date.start, date.end)
    .replace(/\d+/gu, "0")
    .replace(/\p{L}+/gu, (w) => (w.length > 3 ? "A" : "a"));
}

function sameDate(a: Draft, b: Draft): boolean {
  const x = a.header.date;
  const y = b.header.date;
  return x !== null && y !== null && x.year === y.year && x.month === y.month && x.day === y.day;
}

// whether line `header` is among the few lines above the body: the body's own head

function headsBody(lines: LineTable, header: number, bodyFirst: number): boolean {
  if (header > bodyFirst) return false;
  let seen = 0;
  for (let j = bodyFirst - 1; j > header; j--) if (!lines.blank(j)) seen++;
  return seen < ARTICLE.metaReach;
}

// a heading the layout sets apart (less indented than the paragraphs) right over the body
function setApart(lines: LineTable, bodyFirst: number): boolean {
  const indent = lines.textStart(bodyFirst) - lines.start(bodyFirst);
  let seen = 0;
  for (let j = bodyFirst - 1; j >= 0 && seen <= ARTICLE.headlineGap; j--) {
    if (lines.blank(j)) continue;
    seen++;
    // (a bulleted line is a menu's or a box's entry, not a heading)
    if (
      lines.textStart(j) - lines.start(j) < indent &&
      headlineOf(lines, j) >= 0.5 &&
      !isBulleted(lines.text(j))
    )
      return true;
  }
  return false;
}

/**
 * The listed item's headline for the story: not when it is no headline (a part heading, a
 * reading time, a byline), nor when the story's own headline stands between it and the item's
 * date line (the list took a masthead further up).
 */
function listedTitle(text: string, lines: LineTable, story: Draft, item: Draft): Span | null {
  const over = overWriter(text, lines, item);
  const title = over ?? item.titleSpan;
  if (!title || !titleText(text.slice(title.start, title.end))) return null;
  // (a writer's name alone under the date is the byline the list took: "July 5, 2025" / "Madison
  // Green" / "Cleaning Services Costs In …"; over it, three title-cased words may be a headline,
  // "Nutritional Myths Debunked" / "Posted on November 25, 2024")
  if (
    !over &&
    bylineName(text.slice(title.start, title.end)) &&
    (title.start > lines.end(item.header.last) ||
      underBylineLabel(lines, lineAbove(lines, item.header.first, title.start)))
  )
    return null;
  const own = story.titleSpan;
  // (what the date line prints before the date may be its meta, not a headline: "Published Oct 10,
  // 2023 - [Updated", "Aaron Ricadela | Senior Writer", "Paramita (Guha) Ghosh Published")
  const date = dateSpanOf(item);
  if (
    own &&
    date &&
    title.start >= lines.start(item.header.first) &&
    title.end <= date.start &&
    metaBeforeDate(text.slice(title.start, title.end))
  )
    return null;
  if (own && own.start > title.end && own.start < lines.start(item.header.first)) return null;
  // (the story's headline right over the date, the list's under it: the text's first heading,
  // "2025 AI Search Trends: …" / "Last updated:Sep 4, 2025" / "2025 AI & SEO Trends in short")
  if (
    own &&
    title.start > lines.end(item.header.last) &&
    nonEmpty(lines, lineAbove(lines, item.header.first, own.start) + 1, item.header.first + 1, 1) ===
      item.header.first
  )
    return null;
  return title;
}

// whether line j's text is printed again within a few lines over or under it, above the body
function printedNear(lines: LineTable, j: number, bodyFirst: number): boolean {
  const text = lines.text(j);
  for (const step of [-1, 1] as const) {
    let seen = 0;
    for (let k = j + step; k >= 0 && k < bodyFirst && seen < ARTICLE.metaReach; k += step) {
      if (lines.blank(k)) continue;
      seen++;
      if (lines.text(k) === text) return true;
    }
  }
  return false;
}

// whether the line above is a byline's label alone ("By", "Written by", "Edited by:")
function underBylineLabel(lines: LineTable, j: number): boolean {
  const k = previousLine(lines, j);
  return k >= 0 && lines.size(k) <= BYLINE_LABEL_CHARS && BYLINE_LABEL_LINE.test(lines.text(k));
}

const BYLINE_LABEL_LINE = new RegExp(
  `^(?:${[...BYLINE_WORDS, "(?:written|edited|reviewed|fact[- ]checked|reported|posted|published)\\s+by", "authors?"].join("|")})\\s*:?$`,
  "iu",
);
const BYLINE_LABEL_CHARS = 24;

// a writer's name alone: two or three words a name's shape
function bylineName(text: string): boolean {
  return isPersonName(text) && wordCount(text) <= 3;
}

/**
 * Whether what a date line prints before its date is the date's meta: another date (the
 * publication before an update's), a label or a byline word at its end ("… Published", "… by"),
 * or fields parted by bars or dots ("Aaron Ricadela | Senior Writer", "30 min · 6279 words").
 */
function metaBeforeDate(prefix: string): boolean {
  return (
    META_FIELDS.test(prefix) ||
    PUBLISHED_LABEL.test(prefix) ||
    UPDATED_LABEL.test(prefix) ||
    BYLINE_AT_END.test(prefix) ||
    findDates(prefix).length > 0
  );
}

// fields a meta line parts with bars or middle dots
const META_FIELDS = /\s[|·]\s|\|$/u;
// a byline word ending the text before a date ("Limited Time Offer ~ Redeem by")
const BYLINE_AT_END = new RegExp(`(?<![\\p{L}])(?:${BYLINE_WORDS.join("|")})\\s*:?$`, "iu");

/**
 * The headline over the writer's name the list took for the item's headline ("The Ultimate Guide
 * to Meditation: …" / "Denise Everheart" / "August 23, 2023"), or null.
 */
function overWriter(text: string, lines: LineTable, item: Draft): Span | null {
  const title = item.titleSpan;
  if (!title || !isPersonName(text.slice(title.start, title.end))) return null;
  // (the name on a line of its own, not beside the date)
  const line = lineAbove(lines, item.header.first, title.start);
  let over = lines.textStart(line) === title.start ? nonEmpty(lines, line - 1, -1, -1) : -1;
  // (a byline's label between: "Remote work: 5 tips …" / "By" / "Tariqul Ayan")
  if (over !== -1 && underBylineLabel(lines, line)) over = nonEmpty(lines, over - 1, -1, -1);
  // (a headline runs longer than a name: three title-cased words may be either, "Reveal Main
  // Header" over "Nutritional Myths Debunked")
  const words = over === -1 ? 0 : wordCount(lines.text(over));
  if (
    over === -1 ||
    headlineOf(lines, over) < 0.5 ||
    words < TITLE_CUES.fullWords - 2 ||
    words < wordCount(text.slice(title.start, title.end)) + 2
  )
    return null;
  return lineSpan(lines, over);
}

// the line at or above `from` that holds offset `at`
function lineAbove(lines: LineTable, from: number, at: number): number {
  let j = from;
  while (j > 0 && lines.start(j) > at) j--;
  return j;
}

/**
 * The listing reading found one item, and the story is in it: the item's head (its headline and
 * date line) heads the story, and its text starts under that head.
 */
function withListedHead(
  text: string,
  lines: LineTable,
  story: Draft,
  item: Draft,
  bodyFirst: number,
  /** the story's headline is marked as one by the layout (set apart, printed again) */
  marked: boolean,
): Draft {
  // (a bare date line, a calendar's or a widget's, heads nothing)
  if (item.from > bodyFirst || item.body.length === 0) return story;
  // (a rule, "____", is no text)
  const opening = item.body.filter(
    (j) => j < bodyFirst && !isFurniture(lines.text(j)) && LETTER.test(lines.text(j)),
  );
  // the list took the line beside its date for the headline: the story's own, when the layout
  // marks it (the list may have taken a share link or a byline beside the date), else the
  // list's, when it is one (not a part heading, "Table of Contents", nor a reading time)
  const title = (marked ? story.titleSpan : null) ?? listedTitle(text, lines, story, item) ?? story.titleSpan;
  const from = Math.min(item.from, item.header.first);
  return {
    header: { ...item.header, author: item.header.author ?? story.header.author },
    // (the story's headline, or the one over the writer's name, may stand over the item's first line)
    from:
      title !== null && title.start < lines.start(from)
        ? Math.min(from, story.from, lineAbove(lines, from, title.start))
        : from,
    to: Math.max(story.to, item.header.last),
    titleSpan: title,
    categorySpan: item.categorySpan,
    lead: item.lead,
    body: [...opening, ...story.body],
  };
}

function isParagraph(lines: LineTable, first: number, last: number, chars: number): boolean {
  if (last > first) return true;
  const text = lines.text(first);
  // (the cheap test first: most lines of a page are no prose)
  if (!isProse(text)) return false;
  // a rule ("____", "-----") is as long as a paragraph, but no text
  if (!LETTER.test(text)) return false;
  // a menu entry or a link list's line is no paragraph unless it reads as one
  if (isBulleted(text) && chars < 120) return false;
  return !(isFooter(text) || isPagination(text) || isReadMore(text) || isFurniture(text));
}

/** The story's draft, and whether its headline is set apart by the layout and printed twice. */
function assemble(lines: LineTable, run: Run): { draft: Draft } & Omit<Headline, "line"> {
  // (a heading over the story's signature, its byline or date at the foot: see bodyUnderHeadline)
  const signature = { line: -1 };
  let body = untilFooter(lines, untilBox(lines, bodyUnderHeadline(lines, run, signature)));
  let headline = findTitle(lines, body.first);
  if (headline.line === -1) {
    // nothing title-like over the run: it may open with a banner or a promotion the story's
    // paragraphs joined, its headline further in, over its byline or date
    const later = bodyUnderLaterHeadline(lines, body);
    if (later !== null) {
      body = later;
      headline = findTitle(lines, body.first);
    }
  }
  const titleLine = headline.line;
  const top = titleLine === -1 ? body.first : titleLine;
  const meta = findMeta(lines, titleLine, body.first);
  // a standfirst between the headline and the byline opens the run: the date line is then in it
  const metaInBody = meta.date === null ? dateInBody(lines, body, meta) : -1;
  if (meta.date === null) dateOverBody(lines, body.first, meta);
  if (meta.date === null) dateUnderBody(lines, body.last, meta);
  if (signature.line > body.first && (meta.date === null || meta.author === null)) {
    // the byline or date signing the story under its last heading
    const foot = findMeta(lines, signature.line, lines.length);
    if (meta.date === null && foot.date !== null) {
      meta.date = foot.date;
      meta.dateLine = foot.dateLine;
    }
    meta.author ??= foot.author;
  }
  const from = Math.min(top, meta.dateLine === -1 ? top : meta.dateLine);
  const paragraphs: number[] = [];
  for (let j = body.first; j <= body.last; j++) {
    if (lines.blank(j) || readMore(lines, j) || pagination(lines, j) || isFurniture(lines.text(j))) continue;
    if (j === metaInBody) continue;
    paragraphs.push(j);
  }
  const at = meta.dateLine === -1 ? from : meta.dateLine;
  const match = meta.date;
  const header = {
    first: at,
    last: at,
    prefix: "",
    suffix: "",
    suffixStart: lines.textStart(at),
    prefixStart: lines.textStart(at),
    author: meta.author,
    updated: null,
    key: "article",
    kind: "date",
    date: match,
    dateSpan: null,
  } satisfies Header;
  const draft: Draft = {
    header,
    from,
    // (a date printed in the post's footer closes the item)
    to: Math.max(body.last, meta.dateLine),
    titleSpan: titleLine === -1 ? null : titleSpanOf(lines, titleLine),
    categorySpan: null,
    lead: null,
    body: paragraphs,
  };
  return { draft, headed: headline.headed, marked: headline.marked };
}

/**
 * The headline above the body: of the title-like lines within reach, the one a text browser set
 * apart as a heading (less indented than the paragraphs, or centred), the one the page prints
 * again (a breadcrumb's last crumb, the page's <title> or feed name in the links a text browser
 * lists first), the one over the byline or date or under the day's date; the nearest of equals.
 * A heading right over the winner is the headline and the winner its standfirst. -1 when no line
 * is title-like.
 */
function findTitle(lines: LineTable, bodyFirst: number): Headline {
  const indent = lines.textStart(bodyFirst) - lines.start(bodyFirst);
  const candidates: Candidate[] = [];
  let seen = 0;
  for (let j = bodyFirst - 1; j >= 0 && seen < ARTICLE.titleReach; j--) {
    if (lines.blank(j)) continue;
    seen++;
    let score = headlineOf(lines, j);
    const apart = lines.textStart(j) - lines.start(j) < indent || centred(lines, j);
    // (a listing's cut headline that the text under it opens with, "Η Ε.Ι.Ν.Α … του Γιώργου
    // Τζίφα," / "„Reichsbürgerwissen“ des Ta …": the excerpt restarts with the full title)
    const restated = seen === 1 && restates(lines.text(j), lines.text(bodyFirst));
    // (a heading may end as a sentence does: "Who's Reading Your Newsletter? Increasingly, Not a
    // Human."; the shape first, worked out once per line, then the title test, which finds dates)
    if (score < (apart || restated ? TITLE_CUES.apartShape : 0.5)) continue;
    const text = lines.text(j);
    if (!mayBeTitle(lines, j, text, apart) || overItsCredit(lines, j, text)) continue;
    // a writer's name under a byline's label, or under the date and printed again near it, is
    // the byline ("Written by" / "David Jackson"; "May 28, 2024" / "Mark Denney" / "Guide to …" /
    // "May 28, 2024" / "Mark Denney"; not "FEBRUARY 12, 2024" / "Packing Tips Guide" / "Post Tags")
    if (
      bylineName(text) &&
      (underBylineLabel(lines, j) || (underDate(lines, j) && printedNear(lines, j, bodyFirst)))
    )
      continue;
    if (apart) score += TITLE_CUES.setApart;
    if (restated) score += TITLE_CUES.restated;
    const meta = overMeta(lines, j, lines.length);
    // (a name's shape under the date, more lines under it before the text, is a byline or a
    // box's label: "Dec. 18, 2025" / "National Biotech Reporter" / "Elaine Chen", "Content Map")
    const dated =
      !meta &&
      (underDate(lines, j) || leadingDate(lines, j) > 0) &&
      !(bylineName(text) && nonEmpty(lines, j + 1, bodyFirst + 1, 1) !== bodyFirst);
    if (meta) score += TITLE_CUES.overMeta;
    else if (dated) score += TITLE_CUES.underDate;
    // headlines run to several words; section headings ("Background", "Design 101") to one or two
    score += TITLE_CUES.words * Math.min(1, text.split(/\s+/u).length / TITLE_CUES.fullWords);
    // nearer is likelier, by a little: a heading further up outranks a nearer plain line
    score -= seen * TITLE_CUES.perLine;
    candidates.push({ line: j, lower: text.toLowerCase(), score, apart, twice: false, meta, dated });
  }
  markPrintedTwice(lines, candidates, bodyFirst);
  let best: Candidate | null = null;
  for (const c of candidates) if (c.score > (best?.score ?? 0)) best = c;
  if (best?.apart) {
    // a heading right over a heading: the headline over its standfirst (a subtitle printed as a
    // heading, nearer the byline)
    const over = candidates.find((c) => c.line === previousLine(lines, (best as Candidate).line));
    // (not a section's name, a word or three, over a headline that is no sentence: "The Go Blog"
    // / "Defer, Panic, and Recover"; "The Edge-First Manifesto" / "Cloud as a coordination
    // layer. Edge as …" is a headline over its standfirst)
    const label = wordCount(over?.lower ?? "") <= ARTICLE.menuWords && !readsAsSentence(best.lower);
    if (over?.apart && best.meta && (over.twice || !best.twice) && !label) best = over;
  } else if (best && indent === 0) {
    // on a flush page, a headline right over one as good: the headline over its standfirst
    // ("These are the best major appliances of 2025" / "Here's what we're excited about this year")
    const over = candidates.find((c) => c.line === previousLine(lines, (best as Candidate).line));
    // (or under it a name alone, the byline: "The Ultimate Guide to Meditation: …" / "Denise
    // Everheart" / "August 23, 2023")
    const byline = best.meta && isPersonName(lines.text(best.line));
    if (
      over &&
      (byline || over.score >= best.score - 2 * TITLE_CUES.perLine) &&
      !best.twice &&
      wordCount(over.lower) >= TITLE_CUES.fullWords - 2 &&
      !TRAIL_MARKS.test(over.lower) &&
      // (a menu's words in lower case, a pager's arrows, a newsletter's call, a trail ending with
      // the headline: "home newsletter blog github", "← Previous Photo", "… to your inbox!")
      HEADLINE_OPENING.test(lines.text(over.line)) &&
      !over.lower.endsWith("!") &&
      !over.lower.includes(best.lower)
    )
      best = over;
  }
  if (best && wordCount(best.lower) <= ARTICLE.menuWords) {
    // a section's or the site's name, a word or three, right over a headline that reads as no
    // sentence: the headline ("USA TODAY" / "From 'One Battle After Another' to …")
    const under = candidates.find((c) => previousLine(lines, c.line) === (best as Candidate).line);
    if (
      under &&
      wordCount(under.lower) >= TITLE_CUES.fullWords &&
      !readsAsSentence(under.lower) &&
      // (not the post's meta line: "Godzone's desperate women" / "Posted by te2ataria on May 19, 2016")
      !BYLINE_WORD.test(under.lower) &&
      !POST_OPENS.test(under.lower) &&
      (under.apart || !best.apart)
    )
      best = under;
  }
  // (on a flush page nothing is set apart: a line within reach that the page dates or prints
  // twice stays, as "1. 2011.04.12 페이스북,국내 10위 …" over its post)
  const flushCued = indent === 0 && best !== null && (best.meta || best.dated || best.twice);
  if (!(best?.apart && (best.twice || best.meta)) && !flushCued) {
    // no line within reach is headed as a story: the body is a later part of it (its first parts
    // parted from it by a long list or table), under a headline further up
    const far = farHeadline(lines, bodyFirst, indent);
    if (far !== null) best = far;
  }
  return {
    line: best?.line ?? -1,
    // (a flush page sets nothing apart: printed again and over its byline or date, both, heads it)
    headed: best !== null && (best.apart ? best.twice || best.meta : indent === 0 && best.twice && best.meta),
    marked: best?.apart === true || best?.twice === true,
  };
}

/**
 * Whether the line is a picture's caption printed again under it with its credit run on ("Arnaud
 * Montebourg, ministre du Redressement productif" / "Arnaud Montebourg, ministre du Redressement
 * productif Crédits photo : Jean-Christophe MARMARA/Le Figaro"): printed twice, but no headline.
 */
function overItsCredit(lines: LineTable, j: number, text: string): boolean {
  const next = nonEmpty(lines, j + 1, lines.length, 1);
  if (next === -1) return false;
  const copy = lines.text(next);
  return copy.length > text.length && copy.startsWith(text) && CREDIT.test(copy.slice(text.length));
}

/**
 * The nearest line beyond reach over the body that is headed as a story: set apart, title-like,
 * and over a byline or date (printed again is not enough so far up: menus repeat their labels).
 * Null when none is.
 */
function farHeadline(lines: LineTable, bodyFirst: number, indent: number): Candidate | null {
  let seen = 0;
  for (let j = bodyFirst - 1; j >= 0 && seen < ARTICLE.farReach; j--) {
    if (lines.blank(j)) continue;
    seen++;
    // (set apart by its indent where the body is indented; a flush page sets nothing apart so)
    if (seen <= ARTICLE.titleReach || (indent > 0 && lines.textStart(j) - lines.start(j) >= indent)) continue;
    if (headlineOf(lines, j) < 0.5) continue;
    const text = lines.text(j);
    // (a flush page's menu labels stand over dates too: "Solutions", "Demo Videos")
    // (counted, not split: on a flush page every line within reach gets this far)
    if (indent === 0 && wordCount(text) < TITLE_CUES.fullWords - 2) continue;
    // (the meta under it first: the title test finds dates, the meta test reads them cached)
    if (!overMeta(lines, j, bodyFirst) || !mayBeTitle(lines, j, text, true)) continue;
    // (found so far up on a flush page, it is the likeliest line, not one the layout marks)
    const apart = indent > 0;
    return { line: j, lower: text.toLowerCase(), score: 0, apart, twice: false, meta: true, dated: false };
  }
  return null;
}

interface Headline {
  /** the headline's line, or -1 */
  line: number;
  /** set apart by the layout, and printed again or over the byline or date: an article's head */
  headed: boolean;
  /** set apart or printed again: more than the likeliest of the lines above the body */
  marked: boolean;
}

/** Whether a text opens with a headline, a cut headline's mark aside. */
function restates(headline: string, opening: string): boolean {
  const head = headline.replace(CUT_MARK, "");
  return head.length >= TITLE_CUES.restatedChars && opening.startsWith(head);
}

// what ends a headline a listing cut: an ellipsis, a comma where the sentence went on
const CUT_MARK = /\s*(?:…|\.{3}|,)$/u;

const HEADLINE_OPENING = /^[\p{Lu}\p{N}"“‘'«]/u;
// a trail's or a menu's separators ("Articles /Trends & Hacks / Air Travel")
const TRAIL_MARKS = /\s[/|›»>]|[/|›»>]\s|№/u;

function previousLine(lines: LineTable, j: number): number {
  let k = j - 1;
  while (k >= 0 && lines.blank(k)) k--;
  return k;
}

// centred on the page (a text browser centres a heading so styled): as far from the left margin
// as its end from the widest line's
function centred(lines: LineTable, j: number): boolean {
  const left = lines.textStart(j) - lines.start(j);
  if (left < TITLE_CUES.centredIndent) return false;
  const right = lines.widest() - (lines.textEnd(j) - lines.start(j));
  return Math.abs(left - right) <= TITLE_CUES.centredSlack;
}

interface Candidate {
  line: number;
  lower: string;
  score: number;
  /** less indented than the body */
  apart: boolean;
  /** printed again above */
  twice: boolean;
  /** over a byline or date line */
  meta: boolean;
  /** under a date line, or after the date on its own line */
  dated: boolean;
}

/**
 * Adds the cue of a headline the page prints again (the page's <title> pasted above, a trail's
 * last crumb, the feeds a text browser lists first: "#Site » Feed Site » <headline> Comments
 * Feed"), in one pass over the page: a line as long as a candidate that equals it, or a longer
 * one that holds it between word boundaries. A line the page prints three times or more is a
 * menu's or a box's label, and gets no cue.
 */
function markPrintedTwice(lines: LineTable, candidates: Candidate[], stop: number): void {
  if (candidates.length === 0) return;
  const sizes = new Set<number>();
  // (a longer line is only searched for a candidate long enough to be found inside one)
  let shortest = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    sizes.add(c.lower.length);
    if (c.lower.length >= TITLE_CUES.twiceWithin) shortest = Math.min(shortest, c.lower.length);
  }
  const equal = new Uint16Array(candidates.length);
  const within = new Uint8Array(candidates.length);
  for (let k = 0; k < stop; k++) {
    if (lines.blank(k)) continue;
    const size = lines.size(k);
    const same = sizes.has(size);
    if (!same && size <= shortest) continue;
    const printed = lines.text(k);
    const other = printed.toLowerCase();
    for (let n = 0; n < candidates.length; n++) {
      const c = candidates[n] as Candidate;
      if (c.line === k) continue;
      if (size === c.lower.length) {
        // (a copy a line or two away is one link printed twice, a logo's or an author's card)
        if (other === c.lower && Math.abs(k - c.line) > TITLE_CUES.nearCopy)
          equal[n] = (equal[n] as number) + 1;
      } else if (size > c.lower.length && within[n] === 0 && c.lower.length >= TITLE_CUES.twiceWithin) {
        if (holdsAsWords(other, printed, c.lower)) within[n] = 1;
      }
    }
  }
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n] as Candidate;
    const copies = (equal[n] as number) + 1;
    if (copies >= TITLE_CUES.menuRepeats || (copies === 1 && within[n] === 0)) continue;
    // (one word printed again is a section's name, in the menu and over the story: "Nutrition")
    if (wordCount(c.lower) < 2) continue;
    c.twice = true;
    c.score += TITLE_CUES.printedTwice;
  }
}

// `part` printed again in `whole` (lower-cased; `printed` as the page has it) as a trail's last
// crumb (after a separator, or after a word run into it: "NETGEAR BlogTechnologyWhat is Mesh
// WiFi?", links printed without a space) or between a separator and a word's end ("APNIC Blog »
// Is it really always the DNS? Comments Feed"); not a sentence ending in a site's name ("… as CEO
// of Creative Commons"), nor a site's name opening a longer line ("Help Net Security Sponsored")
function holdsAsWords(whole: string, printed: string, part: string): boolean {
  let at = whole.indexOf(part);
  while (at !== -1) {
    const end = at + part.length;
    const before = printed.slice(0, at);
    if (
      (end === whole.length && RUN_INTO.test(printed.slice(Math.max(0, at - 1), at + 1))) ||
      (AFTER_SEPARATOR.test(before) && (end === whole.length || !WORD_CHAR.test(whole.charAt(end))))
    )
      return true;
    at = whole.indexOf(part, at + 1);
  }
  return false;
}

// a link's text run into the next one's: a lower-case letter, then a capital
const RUN_INTO = /^\p{Ll}\p{Lu}$/u;
// a separator of trails and titles right before a headline: "» ", "> ", "| ", ": ", "/ ", "- "
// (not a list's marker: a table of contents lists the story's part headings)
const AFTER_SEPARATOR = /(?:^|\s)[»›>|/–—-]\s*$|:\s+$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function mayBeTitle(lines: LineTable, j: number, text: string, apart = false): boolean {
  return (
    !lines.wrapsInto(j) &&
    !lines.wrapsInto(j - 1) &&
    titleText(text, apart ? TITLE_CUES.dateLineRest : ARTICLE.dateLineRest)
  );
}

/** Whether a line's text may be a headline at all (not a control, a byline, a date line, a menu entry). */
function titleText(text: string, dateLineRest: number = ARTICLE.dateLineRest): boolean {
  if (text.length < 8 || TRAIL_LINE.test(text) || isByline(text)) return false;
  if (isReadMore(text) || isPagination(text) || isFooter(text)) return false;
  // (the page's filter heading, "Posts Tagged ‘…’", "Archive for …", names the list, not the post)
  if (!plainTitle(text) || filterText(text) !== null) return false;
  // a date line is the date, not the headline (a heading set apart may hold one: "Metasploit
  // Wrap-Up 12/19/2025")
  const dates = findDates(text);
  if (
    dates.length > 0 &&
    text.length - ((dates[0] as DateMatch).end - (dates[0] as DateMatch).start) <= dateLineRest
  )
    return false;
  return /\p{L}/u.test(text);
}

// not a part heading, a reading time, a picture or a control
function plainTitle(text: string): boolean {
  return !(
    PART_HEADING.test(text) ||
    META_LINE.test(text) ||
    ACTION_LINE.test(text) ||
    NUMBERED_PART.test(text) ||
    GLUED_BYLINE.test(text) ||
    TAG_LINE.test(text) ||
    FIELD_LABEL.test(text) ||
    CREDIT.test(text) ||
    WIDGET_LINE.test(text) ||
    isFurniture(text) ||
    isBulleted(text) ||
    text.includes("(BUTTON)") ||
    // (a form's text field, as lynx prints it: "____________________ Search")
    text.includes(FORM_FIELD) ||
    !/\p{L}/u.test(text)
  );
}

/**
 * The run from the article's headline on, when the headline is among its first lines: prose above
 * it (a site's blurb, a promotion) ran into the run, or the headline reads as a sentence itself
 * ("Enterprises pivot to smaller, measurable AI projects by 2026"). A headline there is told by
 * the byline or date line right under it or the day's date over it, or, opening the run, by
 * being set apart from the paragraph under it; the body starts at the first paragraph after it.
 */
function bodyUnderHeadline(lines: LineTable, run: Run, signature: { line: number }): Run {
  // (the run's first line, then as many again as `headlineInRun`)
  let seen = -1;
  let headingSeen = false;
  const indent = lines.textStart(run.last) - lines.start(run.last);
  // the run's prose above the line: a blurb or two of the menus, or the story's opening
  let proseAbove = 0;
  let leadingList = true;
  let listAbove = 0;
  for (let j = run.first; j <= run.last && seen < ARTICLE.headlineInRun; j++) {
    if (lines.blank(j)) continue;
    const text = lines.text(j);
    // (the entries of a list opening the run are no lines of it: a box of long
    // related headlines, bulleted, ran into the story, its headline further down than
    // `headlineInRun` lines of it; a list inside the story counts)
    // (a bullet and a space: lynx's "#Whatever » Feed …" line of the page's feeds is no entry)
    const bulleted = isBulleted(text) && text.charCodeAt(1) === 32;
    leadingList &&= bulleted || lines.size(j) < ARTICLE.minParagraph;
    const entry = leadingList && bulleted;
    if (!entry) seen++;
    const above = proseAbove;
    // (and the story's prose above, the list's entries aside: over most of it, a heading is a
    // last one)
    const storyAbove = proseAbove - listAbove;
    if (lines.size(j) >= ARTICLE.minParagraph) {
      proseAbove += lines.size(j);
      if (entry) listAbove += lines.size(j);
    }
    // (less indented than the paragraph under it, and than the body's last one)
    const apart = apartFromNext(lines, j, run.last) && lines.textStart(j) - lines.start(j) < indent;
    // (the cheap tests first: the shape is worked out once per line, the title test finds dates)
    if (headlineOf(lines, j) < (apart ? TITLE_CUES.apartShape : 0.5) || text.split(/\s+/u).length < 3)
      continue;
    if (!mayBeTitle(lines, j, text)) continue;
    // (set apart and printed again: the run's first heading only, later ones head its parts)
    const headline =
      (apart &&
        (j === run.first || (!headingSeen && (above < TITLE_CUES.blurbChars || printedAgain(lines, j))))) ||
      (storyAbove <= run.chars - above && overStory(lines, j, run)) ||
      (j === run.first && flushHeadline(lines, j, run.last));
    headingSeen ||= apart;
    // (over most of the run's prose, a byline or date is the story's signature, the line over it
    // a last heading: "Original Print Headline: More reasons" / "By World's Editorial Writers"
    // under an editorial; "How to Leverage AI" / … / "Published" / "August 30, 2024")
    if (!headline && signature.line === -1 && storyAbove > run.chars - above && overStory(lines, j, run))
      signature.line = j;
    if (!headline) continue;
    return fromParagraphAfter(lines, j, run) ?? run;
  }
  return run;
}

// over a byline or date line, or under the day's date: a story's head
function overStory(lines: LineTable, j: number, run: Run): boolean {
  return overMeta(lines, j, run.last + 1) || underDate(lines, j);
}

// the run from its first paragraph under line `j`, or null when none is
function fromParagraphAfter(lines: LineTable, j: number, run: Run): Run | null {
  for (let k = j + 1; k <= run.last; k++) {
    if (lines.blank(k)) continue;
    const size = lines.size(k);
    if (
      size >= ARTICLE.minParagraph &&
      isParagraph(lines, k, lines.wrapsInto(k) ? k + 1 : k, size) &&
      !isByline(lines.text(k))
    )
      return { ...run, first: k };
  }
  return null;
}

/**
 * The run from under a headline inside it, over its byline or date, in the run's first part (a
 * cookie notice or a promotion ran into the story: "LinkedIn and 3rd parties use essential …"
 * … "5 Trends from Nutrition 2025" / "Dylan Bailey, MS, RD, FAND" / "Published Jun 4, 2025"), or
 * null when there is none.
 */
function bodyUnderLaterHeadline(lines: LineTable, run: Run): Run | null {
  let chars = 0;
  for (let j = run.first; j <= run.last; j++) chars += lines.size(j);
  let above = 0;
  // (whether every line so far is a list's entry: a menu of described links ran into the story,
  // "• Guide to Computer Wargames: …", and the first title-like line after them heads it)
  let menu = isBulleted(lines.text(run.first));
  for (let j = run.first + 1; j <= run.last && above < ARTICLE.laterHeadlineShare * chars; j++) {
    above += lines.size(j - 1);
    if (lines.blank(j)) continue;
    const text = lines.text(j);
    const entry = isBulleted(text);
    if (headlineOf(lines, j) < 0.5 || entry || wordCount(text) < TITLE_CUES.fullWords - 2) {
      // (a paragraph of the page's own breaks the menu; its short labels do not: "Search")
      menu &&= entry || lines.size(j) < ARTICLE.minParagraph;
      continue;
    }
    if ((menu || overMeta(lines, j, run.last + 1)) && mayBeTitle(lines, j, text))
      return fromParagraphAfter(lines, j, run);
    menu = false;
  }
  return null;
}

// printed again above (a trail's last crumb: "Home >Marketing >7 Plumbing Industry Trends …")
function printedAgain(lines: LineTable, j: number): boolean {
  const text = lines.text(j);
  const candidate: Candidate = {
    line: j,
    lower: text.toLowerCase(),
    score: 0,
    apart: true,
    twice: false,
    meta: false,
    dated: false,
  };
  markPrintedTwice(lines, [candidate], j);
  return candidate.twice;
}

/**
 * A plain-text page's headline, flush with its text: the run's first line, short, with a blank
 * line under it and a longer paragraph after ("Jurnal de Spiel 2015 – Cum a fost, impresii,
 * poze", read as prose for its commas). A line that ends a sentence is no headline (the shape).
 */
function flushHeadline(lines: LineTable, j: number, last: number): boolean {
  if (lines.size(j) > TITLE_CUES.flushChars || !lines.blank(j + 1)) return false;
  let next = nonEmpty(lines, j + 1, last + 1, 1);
  // (a picture's credit between is no paragraph: "Guide to academic journal indexing: …" /
  // "Image Credit: Pexels" / the text)
  if (next !== -1 && lines.size(next) <= CREDIT_CHARS && CREDIT.test(lines.text(next)))
    next = nonEmpty(lines, next + 1, last + 1, 1);
  if (next === -1 || LOWER_START.test(lines.text(j))) return false;
  // (a title-cased line need only be shorter than the paragraph: "How Are Mobile Apps Created? A
  // Complete 2025 Guide to …" over its standfirst)
  if (lines.size(next) <= (titleCased(lines.text(j)) ? 1 : 2) * lines.size(j)) return false;
  // (under a sentence, it goes on from it: "… how do you stack up?" / "And on the other side …")
  const above = nonEmpty(lines, j - 1, -1, -1);
  return above === -1 || !SENTENCE_END.test(lines.text(above));
}

/** A picture's credit line is at most this long. */
const CREDIT_CHARS = 80;

// a sentence's end, inside a line or at its end
const SENTENCE_MARK = /[.?!…。？！]["'”’»)]?(?:\s|$)/u;
// initials and abbreviations of single letters ("U.S.", "D.C.", "a.m."), whose dots end no sentence
const INITIALS = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;

// whether a headline-like line holds a sentence's end, its initials aside ("… Relations With U.S."
// is no sentence)
function readsAsSentence(text: string): boolean {
  return SENTENCE_MARK.test(text) && SENTENCE_MARK.test(text.replace(INITIALS, ""));
}
const SENTENCE_END = /[.?!…。？！]["'”’»)]?$/u;

// less indented than the next line with text (a heading over its paragraph, as text browsers print it)
function apartFromNext(lines: LineTable, j: number, last: number): boolean {
  let k = j + 1;
  while (k <= last && lines.blank(k)) k++;
  return k <= last && lines.textStart(j) - lines.start(j) < lines.textStart(k) - lines.start(k);
}

// the headline's line without the date a blog prints before it ("Dec 18 2025 Preparing a transition in Debusine")
function titleSpanOf(lines: LineTable, j: number): Span {
  const span = lineSpan(lines, j);
  const lead = leadingDate(lines, j);
  // (the page's section or site after a bar, as a page's title prints it: "How meditation rewires
  // brains and improves physical health | Opinion")
  const text = lines.text(j);
  const bar = text.lastIndexOf(" | ");
  const end =
    bar > lead &&
    text.indexOf(" | ") === bar &&
    wordCount(text.slice(bar + 3)) <= SITE_WORDS &&
    wordCount(text.slice(lead, bar)) >= TITLE_CUES.fullWords - 2
      ? span.start + bar
      : span.end;
  return { start: span.start + lead, end };
}

/** Most words of a site's or section's name after a headline's bar. */
const SITE_WORDS = 3;

// how many characters a date and the separator after it take at the start of the line, or 0
function leadingDate(lines: LineTable, j: number): number {
  // (whether the line holds a date is worked out once per line)
  if (!hasDate(lines, j)) return 0;
  const text = lines.text(j);
  const date = findDates(text)[0];
  if (date?.start !== 0) return 0;
  return date.end + (DATE_SEPARATOR.exec(text.slice(date.end))?.[0].length ?? 0);
}

const DATE_SEPARATOR = /^[\s:|·•–—-]*/u;

// the day's date alone on the line right above (a blog's day heading over the post's title)
// (not a byline's date: "Posted by te2ataria on May 19, 2016" ends the post above)
function underDate(lines: LineTable, j: number): boolean {
  let k = previousLine(lines, j);
  // (the time printed on a line of its own under the day: "• September 4, 2025" / "• 5:50 am")
  if (k >= 0 && lines.size(k) <= TIME_LINE_CHARS && TIME_LINE.test(lines.text(k))) k = previousLine(lines, k);
  if (k < 0 || lines.size(k) > ARTICLE.metaLine / 2) return false;
  const date = hasDate(lines, k) ? findDates(lines.text(k))[0] : undefined;
  if (date === undefined) return false;
  const rest = lines.size(k) - (date.end - date.start);
  if (rest <= TITLE_CUES.dateLineRest) return true;
  // (or a post's meta line, its label before the date and the writer after: "Published August 7,
  // 2023 by Nicole Burke")
  const text = lines.text(k);
  const label = LABELLED.exec(text);
  return (
    label !== null &&
    label.index + label[0].length === date.start &&
    BYLINE_WORD.test(text.slice(date.end).trimStart()) &&
    rest <= ARTICLE.metaRest
  );
}

// a byline or a date line among the next three lines; a wrapped standfirst counts once, a field's
// label ("Posted By") not at all, and the date line may hold a byline ("03/01/2017 by Agatha
// Caleo, Candidate Representative to …") but is no sentence ("The campaign is valid November 26
// – December 3, 2025.")
function overMeta(lines: LineTable, j: number, stop: number): boolean {
  let seen = 0;
  for (let k = j + 1; k < stop && seen < 3; k++) {
    if (lines.blank(k) || lines.wrapsInto(k - 1)) continue;
    const text = lines.text(k);
    if (isByline(text) || (text.length <= ARTICLE.metaLine && hasDate(lines, k) && !isProse(text)))
      return true;
    // (a byline and the date on one line, the post's tags run on after it, as long as a paragraph
    // but ending as none: "By DAVID LIEBERMAN, Executive Editor | Friday June 7, 2013 @ 6:43pm
    // EDTTags: Amazon Prime, …")
    if (BYLINE_WORD.test(text) && !SENTENCE_END.test(text) && hasDate(lines, k)) return true;
    // (a field's label or the author's picture between does not push the byline out of reach)
    if (!FIELD_LABEL.test(text) && !isFurniture(text)) seen++;
  }
  return false;
}

interface Meta {
  date: DateMatch | null;
  dateLine: number;
  author: Span | null;
}

/** The date and byline printed between the headline and the body (or, without a headline, just above the body). */
function findMeta(lines: LineTable, titleLine: number, bodyFirst: number): Meta {
  const meta: Meta = { date: null, dateLine: -1, author: null };
  const from = titleLine === -1 ? Math.max(0, bodyFirst - ARTICLE.metaReach) : titleLine + 1;
  const to = Math.min(bodyFirst, from + 3 * ARTICLE.metaReach);
  let nameLine = -1;
  // (a revision's date, "Mis à jour le 06/04/2013", gives way to the publication's printed under
  // it, "Publié le 05/04/2013")
  let revision = false;
  for (let j = from; j < to; j++) {
    if (lines.blank(j) || lines.size(j) > 120) continue;
    const text = lines.text(j);
    if (meta.date === null || revision) {
      const found = findDates(text).find((m) => m.year !== null && m.day !== null);
      const updated = found !== undefined && UPDATED_LABEL.test(text.slice(0, found.start));
      if (found && !(revision && updated)) {
        setDate(meta, lines, j, found);
        revision = updated;
      }
    }
    if (meta.author === null) {
      const by = BYLINE_WORD.exec(text);
      if (by && isBylineText(text)) meta.author = nameSpan(lines, j, by[0].length);
      else if (isPersonName(text)) nameLine = j;
    }
  }
  // or printed over the headline ("Nutrition" / "March 1, 2024" / "Healthy Eating Tips")
  for (
    let j = titleLine - 1, seen = 0;
    meta.date === null && titleLine > 0 && j >= 0 && seen < ARTICLE.metaReach;
    j--
  ) {
    if (lines.blank(j)) continue;
    seen++;
    if (lines.size(j) > 80) continue;
    const found = findDates(lines.text(j)).find((m) => m.year !== null && m.day !== null);
    if (found) {
      setDate(meta, lines, j, found);
    }
  }
  // a bare name right beside the date line ("Kelia Losa Reinoso" / "August 25, 2025")
  if (
    meta.author === null &&
    nameLine !== -1 &&
    meta.dateLine !== -1 &&
    Math.abs(nameLine - meta.dateLine) <= 2
  )
    meta.author = lineSpan(lines, nameLine);
  return meta;
}

/**
 * A date line among the body's first lines ("By Daniel Renfrow April 12, 2024" under a
 * standfirst): short, and little else than the date and a byline. Sets `meta`; the line, or -1.
 */
function dateInBody(lines: LineTable, body: Run, meta: Meta): number {
  let seen = 0;
  for (let j = body.first; j <= body.last && seen < ARTICLE.metaReach; j++) {
    if (lines.blank(j)) continue;
    seen++;
    if (lines.size(j) > ARTICLE.metaLine) continue;
    const text = lines.text(j);
    const found = dateLineDate(text);
    if (!found) continue;
    const by = BYLINE_WORD.exec(text);
    setDate(meta, lines, j, found);
    if (meta.author === null && by && isBylineText(text)) meta.author = nameSpan(lines, j, by[0].length);
    return j;
  }
  return -1;
}

/**
 * The story's date line among the lines over its body when none stood by its headline (the
 * headline not found, or the date further off: a plain-text page prints the author's card, the
 * reading time and share links between). A date line is short and little else than the date, a
 * label and a byline ("Published Jun 4, 2025", "Posted by Peter Bell on August 21, 2019",
 * "Last updated:" over "December 3, 2025"). A line labelled as the publication's wins, then the
 * unlabelled line nearest the body, then an update, the only date the page shows. Sets `meta`.
 */
function dateOverBody(lines: LineTable, bodyFirst: number, meta: Meta): void {
  let best: { line: number; match: DateMatch; rank: number } | null = null;
  for (let j = bodyFirst - 1, seen = 0; j >= 0 && seen < ARTICLE.titleReach; j--) {
    if (lines.blank(j)) continue;
    seen++;
    if (lines.size(j) > ARTICLE.metaLine) continue;
    const text = lines.text(j);
    const found = dateLineDate(text);
    if (!found) continue;
    // the label may stand on the line over the date ("Published" / "Feb 2, 2023")
    const above = previousLine(lines, j);
    const label = `${above === -1 ? "" : lines.text(above)} ${text.slice(0, found.start)}`;
    const rank = UPDATED_LABEL.test(label) ? 1 : PUBLISHED_LABEL.test(label) ? 3 : 2;
    if (best === null || rank > best.rank) best = { line: j, match: found, rank };
  }
  if (best === null) return;
  setDate(meta, lines, best.line, best.match);
}

/**
 * The story's date line right under its body, as blog themes print it in the post's footer
 * ("Posted on March 30, 2011", "30 Marzo 2011"), when none stood above: within the first
 * FOOTER_DATE_LINES lines after the text, and not an update's.
 */
function dateUnderBody(lines: LineTable, bodyLast: number, meta: Meta): void {
  for (let j = bodyLast + 1, seen = 0; j < lines.length && seen < FOOTER_DATE_LINES; j++) {
    if (lines.blank(j)) continue;
    seen++;
    const text = lines.text(j);
    // (a theme's footer runs on: "Author  amyxzhangPosted on January 17, 2019January 17,
    // 2019Categories Uncategorized…", its date labelled as the publication's)
    const found = lines.size(j) > ARTICLE.metaLine ? labelledFooterDate(text) : dateLineDate(text);
    // (a box of other posts may follow the story: "Other Posts:", then a card whose author, then
    // date, is no footer of the story)
    if (!found) {
      if (isPersonName(text) || isBoxHeading(text)) return;
      continue;
    }
    // (and the footer closes the post: a date over more text, or over a headline and its
    // teaser, opens the next entry of a list, unless it is labelled as the publication's)
    const before = text.slice(0, found.start).trimEnd();
    if (UPDATED_LABEL.test(before)) return;
    if (postLabel(before) || !opensMore(lines, j)) setDate(meta, lines, j, found);
    return;
  }
}

// the first full date of a long footer line when a publication label stands right before it
function labelledFooterDate(text: string): DateMatch | null {
  const found = findDates(text).find((m) => m.year !== null && m.day !== null);
  return found && postLabel(text.slice(0, found.start).trimEnd()) ? found : null;
}

// whether prose, or a headline over prose, follows line `j`
function opensMore(lines: LineTable, j: number): boolean {
  const next = nonEmpty(lines, j + 1, lines.length, 1);
  if (next === -1) return false;
  if (isText(lines.text(next))) return true;
  const then = nonEmpty(lines, next + 1, lines.length, 1);
  return headlineOf(lines, next) >= 0.5 && then !== -1 && isText(lines.text(then));
}

/** How many lines under a story's text its footer's date line may be. */
const FOOTER_DATE_LINES = 2;

// a date's label, at the end of the text before it ("Published on", "Last updated:")
const PUBLISHED_LABEL = labelBefore(PUBLISHED_LABELS);
const UPDATED_LABEL = labelBefore(UPDATE_LABELS);
// a label opening a date line, not counted as the line's other text
const LABELLED = new RegExp(
  `^(?:${[...PUBLISHED_LABELS, ...UPDATE_LABELS].join("|")})(?:\\s+on)?\\s*:?\\s*`,
  "iu",
);

// the story's date, its span moved from the line's text to the input
function setDate(meta: Meta, lines: LineTable, line: number, found: DateMatch): void {
  const offset = lines.textStart(line);
  meta.date = Object.assign({}, found, { start: found.start + offset, end: found.end + offset });
  meta.dateLine = line;
}

/**
 * The date of a date line: a full date and little else, a label ("Published", "Updated:") and a
 * byline before or after it ("By Daniel Renfrow April 12, 2024", "Sep 17, 2014 by Ana") aside.
 */
function dateLineDate(text: string): DateMatch | null {
  const found = findDates(text).find((m) => m.year !== null && m.day !== null);
  if (!found) return null;
  const by = BYLINE_WORD.exec(text) ?? BYLINE_WORD.exec(text.slice(found.end).trimStart());
  const label = LABELLED.exec(text);
  const rest = text.length - (found.end - found.start) - (by ? by[0].length : (label?.[0].length ?? 0));
  return rest <= ARTICLE.metaRest || by ? found : null;
}

function isBylineText(text: string): boolean {
  return text.length <= 120 && !text.endsWith(".");
}

function nameSpan(lines: LineTable, j: number, skip: number): Span | null {
  const text = lines.text(j);
  const rest = text.slice(skip);
  const end = NAME_END.exec(rest);
  let name = rest.slice(0, end ? end.index : rest.length);
  // "By Jane Doe March 3, 2024": the date is not part of the name
  const date = findDates(name)[0];
  if (date) name = name.slice(0, date.start);
  // "By Amanda FurrerUpdated: Dec 19, 2025": a date's label run into the name (an HTML-to-text
  // converter that joins inline elements without a space)
  const label = GLUED_LABEL.exec(name);
  if (label) name = name.slice(0, label.index + 1);
  name = name.replace(/[\s,|–-]+$/u, "");
  if (name.length === 0 || name.length > 60) return null;
  const start = lines.textStart(j) + skip;
  return { start, end: start + name.length };
}
