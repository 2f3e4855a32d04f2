import { findDates } from "../dates/index.js";
import { UPDATE_LABELS } from "../lexicon/index.js";
import { type Block, documentBlocks, isBlockName, isContentHint } from "./blocks.js";
import {
  ACTION_LINK,
  AUTHOR_BIO,
  END_HEADING,
  isCallToAction,
  isCreditedCaption,
  isLabelLine,
  opensWithCallToAction,
} from "./body-labels.js";
import { classId, type Document, type Element, elements, type ParentNode, type Text, textOf } from "./dom.js";
import { signaturePart } from "./listing.js";

const PUNCT = /[,，、。.;:!?]/g;

function weight(b: Block): number {
  const len = b.text.length;
  if (len < 25 && b.kind !== "heading") return 0;
  const density = b.linkChars / len;
  if (density > 0.5) return 0;
  const commas = b.text.match(PUNCT)?.length ?? 0;
  return (1 + Math.min(len / 100, 3) + Math.min(commas, 10) * 0.5) * (1 - density);
}

/**
 * What findMainBlocks adds up per element: its score (blocks up to four levels below), the weight
 * of all its blocks, and their text and link characters. Kept on the element (no maps: every block
 * updates up to 60 ancestors), valid for the call whose `round` it carries.
 */
interface Tally {
  round: number;
  /** set once a block scored this element (its place in `scored` orders ties) */
  scored: boolean;
  score: number;
  /** set once a block below counted its text (else density is unknown) */
  counted: boolean;
  sum: number;
  len: number;
  link: number;
}

let round = 0;

function tallyOf(el: Element, current: number): Tally {
  const holder = el as Element & { tally?: Tally };
  let t = holder.tally;
  if (t === undefined || t.round !== current) {
    t = { round: current, scored: false, score: 0, counted: false, sum: 0, len: 0, link: 0 };
    holder.tally = t;
  }
  return t;
}

function peek(el: Element, current: number): Tally | null {
  const t = (el as Element & { tally?: Tally }).tally;
  return t !== undefined && t.round === current ? t : null;
}

/**
 * The element whose blocks are the article body, found by where well-written text concentrates.
 * `authors` are the page's declared authors: a box under the text that opens with one of them is
 * the author's bio, not the article.
 */
export function findMainBlocks(
  doc: Document,
  title: string | null,
  authors: readonly string[] = [],
  pageUrl: string | null = null,
): { body: Block[]; all: Block[] } {
  const all = documentBlocks(doc);
  const current = ++round;
  const scored: Element[] = [];
  for (const b of all) {
    // flagged blocks still count a little: a mis-flagged wrapper must not hide the whole article
    const w = weight(b) * (b.boiler || b.furniture ? 0.15 : 1);
    let el: ParentNode | null = b.kind === "list-item" ? (b.el.parent?.parent ?? null) : b.el.parent;
    if (b.el.name === "div" || b.el.name === "section" || b.el.name === "article") el = b.el;
    for (let level = 1; el && level <= 4 && el.type !== "root"; level++, el = el.parent) {
      const t = tallyOf(el as Element, current);
      if (!t.scored) {
        t.scored = true;
        scored.push(el as Element);
      }
      t.score += w / (level === 1 ? 1 : level === 2 ? 2 : level * 3);
    }
    for (let e: ParentNode | null = b.el, d = 0; e && e.type !== "root" && d < 60; e = e.parent, d++) {
      const t = tallyOf(e as Element, current);
      t.sum += w;
      t.len += b.text.length;
      t.link += b.linkChars;
      t.counted = true;
    }
  }
  const sumOf = (el: Element) => peek(el, current)?.sum ?? 0;
  let top: Element | null = null;
  let topScore = 0;
  for (const el of scored) {
    const t = peek(el, current) as Tally;
    const density = t.counted && t.len > 0 ? t.link / t.len : 0;
    const score = t.score * (1 - density) * (isContentHint(el) ? 1.5 : 1);
    if (score > topScore) [top, topScore] = [el, score];
  }
  if (!top)
    return { body: all.filter((b) => !b.boiler && !b.furniture && b.linkChars / b.text.length < 0.5), all };
  const chosen = top;

  // the winner is the densest part; climb while the parent holds clearly more good text (long
  // articles split into sections, lists and figures)
  let up: ParentNode | null = top.parent;
  for (let d = 0; d < 10 && up && up.type !== "root"; d++, up = up.parent) {
    const el = up as Element;
    if (el.name === "body" || el.name === "html") break;
    if (sumOf(el) >= sumOf(top) * 1.5) top = el;
  }
  // a content hint just above the winner means the winner is one part of the body
  for (let e: ParentNode | null = top.parent, d = 0; e && e.type !== "root" && d < 10; e = e.parent, d++) {
    if (isContentHint(e as Element)) {
      top = e as Element;
      break;
    }
  }
  // siblings that score like the winner belong to the same body (articles split by ads or figures)
  const roots = new Set<Element>([top]);
  const parent = top.parent;
  if (parent && parent.type !== "root") {
    const threshold = Math.max(10, topScore * 0.2);
    for (const sib of parent.children) {
      if (sib === top || sib.type !== "tag") continue;
      const tally = peek(sib as Element, current);
      const s = tally?.scored ? tally.score : 0;
      const t = tally?.counted ? tally : null;
      const density = t && t.len > 0 ? t.link / t.len : 1;
      if (s >= threshold || (sib.name === "p" && t && t.len > 80 && density < 0.25))
        roots.add(sib as Element);
    }
  }
  const inside = all.filter((b) => within(b.el, roots));
  const signups = signupBoxes(doc);
  const cards = storyCards(inside, roots, pageUrl);
  const normTitle = title ? title.toLowerCase() : null;
  const introduced = new Map<Element, boolean>();
  const siteHost = hostOf(pageUrl);
  // only furniture below the chosen root is left out: a root inside a flagged wrapper is still the body
  const below = (flag: Element | null) => flag !== null && !within(chosen, new Set([flag]));
  const body = inside.filter((b, i) => {
    if (below(b.boiler) || below(b.furniture)) return false;
    // a link list is furniture (related posts, a menu), unless the text introduces it ("These
    // free courses come with a certificate:", then the courses' links); a heading that is a link
    // is one when text follows it ("1. Google's SEO Starter Guide", then what the guide is)
    if (
      b.linkChars / b.text.length > 0.6 &&
      b.text.length < 200 &&
      !introducedList(b, introduced, siteHost) &&
      !headsText(b, inside[i + 1])
    )
      return false;
    // captions and image credits are not the article's text
    if (b.el.name === "figcaption" || (b.el.parent && (b.el.parent as Element).name === "figure"))
      return false;
    if (b.text.length < 200 && /caption|credit/.test(classId(b.el))) return false;
    if (b.text.length <= CAPTION.text && (inCaptionBox(b.el, roots) || repeatsImageAlt(b))) return false;
    if (b.kind !== "heading" && isCreditedCaption(b.text)) return false;
    // a CMS field's label ("Episode Teaser Image:", Drupal's field-label / field__label)
    if (b.text.length <= FIELD_LABEL.text && FIELD_LABEL.words.test(classId(b.el))) return false;
    if (normTitle && b.kind === "heading" && b.text.toLowerCase() === normTitle) return false;
    // "Advertisement", "Table of contents", "Share this", "5 min read": furniture inside the
    // container (a heading that ends the body, "Related posts", stays to end it below)
    if (isLabelLine(b.text) && !(b.kind === "heading" && END_HEADING.test(b.text))) return false;
    if (signups.size > 0 && within(b.el, signups)) return false;
    if (isCallToAction(b.text) && promotedByMarkup(b, roots)) return false;
    if (cards.size > 0 && within(b.el, cards)) return false;
    return true;
  });
  dropRepeatedRuns(body);
  // a heading that opens page furniture ends the body ("About the author", "Related posts", "Leave a reply")
  const stop = body.findIndex((b, i) => i > 0 && b.kind === "heading" && END_HEADING.test(b.text));
  if (stop > 0) body.length = stop;
  // an author's bio box under the text ("Jane Doe is a writer at …", or any line that opens with
  // the page's author: "Jane Doe, a licensed CPA, specializes in …"), with its name and role lines
  const bio = body.findIndex(
    (b, i) =>
      i >= Math.max(EDGE.keep, body.length - BIO.within) &&
      b.text.length <= BIO.line &&
      (AUTHOR_BIO.test(b.text) || namesAuthor(b.text, authors)),
  );
  if (bio > 0 && body.slice(bio + 1).every((b) => b.text.length <= BIO.line)) {
    let from = bio;
    // "Jane Doe" / "SEO Writer" / "Last posted December, 2025" over the bio: short lines, no sentence;
    // under a heading of the text ("Why Trust The Spruce Eats") the bio is a section of the article
    let section = false;
    while (from > EDGE.keep && body.length - from < BIO.within + 4) {
      const prev = body[from - 1] as Block;
      if (prev.kind === "heading") section = true;
      if (section || prev.text.length >= BIO.label || /[.!?:]$/.test(prev.text)) break;
      from--;
    }
    if (!section) body.length = from;
  }
  // the article's metadata shown at the body's edges (a dateline, "By Jane Doe", "Updated on May 2,
  // 2024") is the item's own fields, not its text: a few blocks in from either end
  for (const k of [2, 1, 0, -3, -2, -1]) {
    const at = k < 0 ? body.length + k : k;
    const b = body[at];
    if (b && body.length > EDGE.keep && isMetaLine(b.text)) body.splice(at, 1);
  }
  // share/print/tag lines trail many bodies: short plain lines after the last sentence go; so
  // does a heading with nothing under it (its list of links or form was left out: "Download
  // Guide", "Social Media"), unless it asks the reader something ("What do you think?"); so does
  // a short line that opens with a call to action ("Start your free trial of …", CALL_LINE)
  while (body.length > 1) {
    const last = body[body.length - 1] as Block;
    if (
      body.length > EDGE.keep &&
      last.kind !== "heading" &&
      last.text.length <= CALL_LINE &&
      opensWithCallToAction(last.text)
    ) {
      body.pop();
      continue;
    }
    const sentence = /[.!?。]$/.test(last.text);
    const shortLine = last.kind === "paragraph" && last.text.length < 30;
    if (sentence || !(shortLine || last.kind === "heading")) break;
    body.pop();
  }
  return { body, all };
}

/**
 * An author bio: among the body's last `within` blocks, at most `line` characters; the name and
 * role lines over it, under `label`; the author's name within its first `nameWithin` characters
 * of a line of `sentence` characters at least.
 */
const BIO = { within: 6, line: 700, label: 60, nameWithin: 80, sentence: 60 };

/**
 * Does this line speak of one of the page's authors, as a bio does? The full name (two to four
 * words: "Staff" or a site's one-word name would match too much) opening the line or just after a
 * comma, then lower-case words: "Jane Doe is …", "*Jane Doe, MD, is …", "(Jane Doe is an attorney
 * …)", "Jane Doe (@jdoe) covers …", "A New York transplant, Jane Doe has …"; or the first name
 * alone opening a sentence about her ("Jane founded the studio in 2014"). A line that only names
 * the author ("Written by Jane Doe", "Contact Jane Doe Agency today") is no bio.
 */
function namesAuthor(text: string, authors: readonly string[]): boolean {
  if (text.length < BIO.sentence) return false;
  for (const author of authors) {
    const name = author.replace(/[*,]+$/u, "").trim();
    const words = name.split(/\s+/u);
    if (words.length < 2 || words.length > 4) continue;
    const at = text.indexOf(name);
    if (at !== -1 && at <= BIO.nameWithin) {
      const before = text.slice(0, at);
      const after = text.slice(at + name.length);
      if ((/^[*(]?$/u.test(before) || /,\s$/u.test(before)) && BIO_AFTER_NAME.test(after)) return true;
    }
    const first = words[0] as string;
    if (first.length > 1 && text.startsWith(`${first} `) && /^\p{Ll}/u.test(text.slice(first.length + 1)))
      return true;
  }
  return false;
}

// after the name in a bio: a degree (", MD"), a comma or a handle in brackets, then a lower-case
// word ("is", "covers", "a writer")
const BIO_AFTER_NAME = /^(?:,\s+\p{Lu}[\p{Lu}.]{1,5})?,?\s+(?:\(@?[^)\s]{1,40}\)\s+)?\p{Ll}/u;

/**
 * The longest last line of a body that its call to action alone, with no markup saying so, makes
 * a promotion ("Start your free trial of Splashtop Secure Workspace"): one sentence or two. A
 * longer closing paragraph that opens with a call still tells something.
 */
const CALL_LINE = 160;

/** How far in from the body's ends a metadata line is looked for, and the blocks a body keeps at least. */
const EDGE = { keep: 3 };

const DATELINE = 40;
const BYLINE_LINE = /^(?:by|posted by|written by|on behalf of|von|par|por)\s+\S/iu;
const DATED_LABEL =
  /^(?:updated|last updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado)(?:\s+(?:on|am|le|el))?\s*:?\s*/iu;

/** A dateline ("March 3, 2024"), a byline ("By Jane Doe") or a dated "Updated on …" line. */
function isMetaLine(text: string): boolean {
  if (text.length > 120) return false;
  if (BYLINE_LINE.test(text)) return true;
  const m = findDates(text)[0];
  if (!m || m.day === null) return false;
  if (text.length <= DATELINE && m.end - m.start >= text.trim().length - 2) return true;
  const label = DATED_LABEL.exec(text);
  if (label !== null && m.start <= label[0].length + 4 && text.length <= 80) return true;
  // the date with the time of its update, "27 octobre 2012 à 18:27 (Mis à jour: 19:56)", or with
  // the agency it came from, "2015.08.15 10:28MTI", "2015. augusztus 20., 11:16 forrás: MTI"
  if (m.start > 2 || text.length > 80) return false;
  const rest = text.slice(m.end);
  return UPDATE_TIME.test(rest) || SOURCE_TAIL.test(rest);
}
const SOURCE_TAIL =
  /^\s*[,|·–-]?\s*(?:(?:source|forrás|quelle|fuente|źródło|fonte|источник|източник)\s*:\s*\p{L}|\p{Lu}{2,})[\p{L}./ -]{0,20}$/u;
const UPDATE_TIME = new RegExp(
  `^\\s*[(|·,–-]?\\s*(?:${UPDATE_LABELS.join("|")})\\s*:?\\s*(?:à|at|um|a las)?\\s*\\d{1,2}[:h.]\\d{2}\\s*(?:am|pm)?\\s*\\)?\\s*$`,
  "iu",
);

/**
 * A caption's box: how far above the block it is looked for, the longest block it holds, and its
 * class or id words ("photo-caption", "image-caption-wrapper", "c-media__caption",
 * "show-feature-image-description", French "legende", Spanish "leyenda", Italian "didascalia",
 * German "bildunterschrift"), or a `<figcaption>` holding the block's `<p>`; a modifier such as "has-caption" names the figure, not the box,
 * and a "Credits" section of contributors is the page's).
 */
const CAPTION = {
  levels: 3,
  text: 400,
  words:
    /(?:^|\s|__|[-_](?<!\b(?:has|with|no)[-_]))(?:caption|captions|credit|legende|leyenda|didascalia|bildunterschrift|(?:image|img|photo|picture|figure)[-_](?:description|desc))(?=$|\s|[-_])/,
};

/** A CMS field's label: its class words, the longest label. */
const FIELD_LABEL = { words: /(?:^|\s)field(?:-label|__label)(?=$|\s)/, text: 60 };

/** Is this block inside a box classed as a caption (below the body's roots)? */
function inCaptionBox(el: Element, roots: Set<Element>): boolean {
  for (
    let e: ParentNode | null = el, d = 0;
    e && e.type !== "root" && d <= CAPTION.levels;
    e = e.parent, d++
  ) {
    if (roots.has(e as Element)) return false;
    if ((e as Element).name === "figcaption" || CAPTION.words.test(classId(e as Element))) return true;
  }
  return false;
}

/**
 * Is this block, not a heading, an image's caption: it follows the image and opens with its
 * alternative text, adding little? Older pages print the caption as a plain `<p>` under the
 * `<img>` ("<img alt="Izaskun Lesaka."><p>Izaskun Lesaka.</p>"), repeating the alt, often with
 * a credit added.
 */
function repeatsImageAlt(b: Block): boolean {
  if (b.kind === "heading") return false;
  let previous = b.el.prev;
  while (previous && previous.type === "text" && (previous as Text).data.trim() === "")
    previous = previous.prev;
  if (previous?.type !== "tag") return false;
  const image = (previous as Element).name === "img" ? (previous as Element) : onlyImage(previous as Element);
  const alt = image?.attribs.alt?.trim();
  if (!alt || alt.length < CAPTION_ALT.least || b.text.length > alt.length + CAPTION_ALT.added) return false;
  return b.text.trimStart().toLowerCase().startsWith(alt.toLowerCase());
}
/**
 * A caption matched on an image's alt: the shortest alt (a name: "Izaskun Lesaka."), and the most
 * a caption adds to it (a credit, a place and day); a longer text opening with the alt is the
 * text's own paragraph after a logo ("<img alt="TurboGears"><p>TurboGears is an open-source …").
 */
const CAPTION_ALT = { least: 8, added: 80 };

/** The one image an element holds with no text beside it (`<a><img></a>`, `<picture>`), if any. */
function onlyImage(el: Element): Element | null {
  let image: Element | null = null;
  for (const e of elements(el)) {
    if (e.name !== "img") continue;
    if (image) return null;
    image = e;
  }
  return image && textOf(el).trim() === "" ? image : null;
}

/** Class or id words of a box that promotes rather than tells (a call-to-action banner, a paywall's breaker). */
const PROMO_CLASS = /(?:^|[\s_-])(?:cta|promo|promotion|banner|upsell|paywall|optin|restricted)(?=$|[\s_-])/;
/** The least share of a block's letters set in bold or italics that makes the whole block emphasized. */
const EMPHASIZED = 0.9;
const EMPHASIS = new Set(["b", "strong", "em", "i"]);

/**
 * Does the markup of this call to action say it is a promotion, not a line of the text? Its action
 * is a link of its own ("<a>Sign up now</a>", "<a>Book a FREE demo</a>"), the whole block is set in
 * bold or italics as an editor's insert is, or a box between it and the body's root is classed as
 * one (cta, promo, banner, paywall).
 */
function promotedByMarkup(b: Block, roots: Set<Element>): boolean {
  for (const a of elements(b.el))
    if (a.name === "a" && isActionLink(a) && ownedBy(a, b.el) && opensWithCallToAction(b.text)) return true;
  for (let e: ParentNode | null = b.el, d = 0; e && e.type !== "root" && d < 12; e = e.parent, d++) {
    if (roots.has(e as Element)) break;
    if (PROMO_CLASS.test(classId(e as Element))) return true;
  }
  return emphasizedShare(b.el) >= EMPHASIZED;
}

/** The longest link text that is an action (a button's label, a short imperative). */
const ACTION_LINK_TEXT = 80;

function isActionLink(a: Element): boolean {
  const text = textOf(a).trim();
  return text.length <= ACTION_LINK_TEXT && ACTION_LINK.test(text);
}

/** Is this element's text part of the block of `el`, not of a block nested in it? */
function ownedBy(node: Element, el: Element): boolean {
  for (let e: ParentNode | null = node.parent; e && e !== el && e.type !== "root"; e = e.parent)
    if (isBlockName((e as Element).name)) return false;
  return true;
}

/** The share of an element's visible letters inside b, strong, em or i (nested blocks not counted). */
function emphasizedShare(el: Element): number {
  let total = 0;
  let emphasized = 0;
  const walk = (node: ParentNode, inEmphasis: boolean) => {
    for (const child of node.children) {
      if (child.type === "text") {
        const letters = child.data.replace(/\s+/g, "").length;
        total += letters;
        if (inEmphasis) emphasized += letters;
      } else if (child.type === "tag") {
        const e = child as Element;
        if (e.name === "script" || e.name === "style" || (e !== el && isBlockName(e.name))) continue;
        walk(e, inEmphasis || EMPHASIS.has(e.name));
      }
    }
  };
  walk(el, EMPHASIS.has(el.name));
  return total === 0 ? 0 : emphasized / total;
}

/** The longest text of a box around an email field that is still the field's box, not the article's. */
const SIGNUP_BOX_TEXT = 600;

/**
 * Boxes around an email field (newsletter signups, "get the deals texted to you", lead forms):
 * the largest ancestor of the field whose text stays short. Their pitch, labels and consent lines
 * sit outside the `<form>` as often as inside it.
 */
function signupBoxes(doc: Document): Set<Element> {
  const boxes = new Set<Element>();
  for (const el of elements(doc)) {
    if (el.name !== "input" || !isEmailField(el)) continue;
    let box: Element | null = null;
    for (let e: ParentNode | null = el.parent, d = 0; e && e.type !== "root" && d < 12; e = e.parent, d++) {
      const x = e as Element;
      if (x.name === "body" || x.name === "main" || x.name === "article") break;
      if (textOf(x).length > SIGNUP_BOX_TEXT) break;
      box = x;
    }
    if (box) boxes.add(box);
  }
  return boxes;
}

function isEmailField(input: Element): boolean {
  const a = input.attribs;
  const type = (a.type ?? "").toLowerCase();
  if (type === "email") return true;
  if (type === "hidden") return false;
  return /e-?mail/i.test(`${a.name ?? ""} ${a.id ?? ""} ${a.placeholder ?? ""} ${a.autocomplete ?? ""}`);
}

/** The shortest block that dropRepeatedRuns compares: short lines ("Pros", "Share") repeat by design. */
const REPEATED_BLOCK = 60;

/**
 * Themes that print the article twice (a desktop and a mobile copy, one hidden by a stylesheet
 * we do not read) repeat whole runs of blocks: a block of REPEATED_BLOCK+ characters whose text
 * and whose neighbour's (another) text both repeat an earlier pair of the body goes. A line
 * repeated alone (a webcam's stock description, a pull quote) stays.
 */
function dropRepeatedRuns(body: Block[]): void {
  const first = new Map<string, number>();
  for (let i = 0; i < body.length; i++) {
    const text = (body[i] as Block).text;
    if (!first.has(text)) first.set(text, i);
  }
  if (first.size === body.length) return;
  const textAt = (i: number) => body[i]?.text;
  const kept = body.filter((b, i) => {
    const j = first.get(b.text) as number;
    if (j === i || b.text.length < REPEATED_BLOCK) return true;
    // the neighbour differs from the block: one line printed many times in a row is no copy of a run
    const next = textAt(i + 1);
    const previous = textAt(i - 1);
    const nextRepeats = j + 1 !== i && next !== undefined && next !== b.text && next === textAt(j + 1);
    const previousRepeats = j > 0 && previous !== b.text && previous === textAt(j - 1);
    return !(nextRepeats || previousRepeats);
  });
  body.length = 0;
  body.push(...kept);
}

/**
 * Story cards: how many sibling entries of one shape make a run of them; the most text, and the
 * most link lines, one card holds (a headline, a "Read more"); how far above its headline a card's
 * element is looked for; a headline's least share of link characters and least length; the
 * shortest line of prose that, after a run, makes the run part of the article; the least text of
 * the article before the first card.
 */
const CARD = {
  entries: 3,
  text: 1200,
  links: 2,
  levels: 5,
  linkShare: 0.6,
  headline: 12,
  prose: 150,
  article: 500,
};

/**
 * Cards of other stories inside the body's container ("All reads on this topic", a grid of the
 * blog's latest posts): CARD.entries or more sibling elements of one tag and classes, every
 * sibling of that shape holding a headline that links to another page of the site and, besides
 * it, a line of its own (a teaser, a date, a category). They follow the article: a run with the
 * article's prose after it is part of it (a roundup of recipes), and cards that open the body
 * are the page's own (a page of courses).
 */
function storyCards(inside: readonly Block[], roots: Set<Element>, pageUrl: string | null): Set<Element> {
  const host = hostOf(pageUrl);
  const runs = new Map<ParentNode, Map<string, Set<Element>>>();
  for (const b of inside) {
    if (b.text.length < CARD.headline || b.linkChars / b.text.length < CARD.linkShare) continue;
    if (!linksToSite(b.el, host)) continue;
    let e = b.el;
    for (let level = 0; level < CARD.levels && !roots.has(e); level++) {
      const parent = e.parent;
      if (!parent || parent.type === "root") break;
      let byShape = runs.get(parent);
      if (!byShape) {
        byShape = new Map();
        runs.set(parent, byShape);
      }
      const shape = signaturePart(e);
      let entries = byShape.get(shape);
      if (!entries) {
        entries = new Set();
        byShape.set(shape, entries);
      }
      entries.add(e);
      e = parent as Element;
    }
  }
  const lines = linesOf(inside, runs);
  // a card holds its headline (perhaps a "Read more") and a line that is no link; a box of many
  // links is a directory or a menu
  const isCard = (e: Element) => {
    const count = lines.get(e);
    return (
      count !== undefined &&
      count.plain > 0 &&
      count.links <= CARD.links &&
      textOf(e).trim().length <= CARD.text
    );
  };
  const candidates: Set<Element>[] = [];
  for (const [parent, byShape] of runs)
    for (const [shape, entries] of byShape) {
      if (entries.size < CARD.entries || ![...entries].every(isCard)) continue;
      // a page of entries only some of which link to the site (webcams of the park and of its
      // hotels) is the page's own list
      const alike = parent.children.filter((c) => c.type === "tag" && signaturePart(c as Element) === shape);
      if (alike.length === entries.size) candidates.push(entries);
    }
  if (candidates.length === 0) return new Set();
  const inRun = new Set(candidates.flatMap((run) => [...run]));
  const cards = new Set<Element>();
  for (const run of candidates) {
    const first = inside.findIndex((b) => within(b.el, run));
    const proseAfter = inside
      .slice(first + 1)
      .some((b) => b.text.length >= CARD.prose && b.linkChars / b.text.length < 0.3 && !within(b.el, inRun));
    if (first !== -1 && !proseAfter) for (const e of run) cards.add(e);
  }
  // the article comes first: cards that open the body, with little text over them, are the page's own
  let articleText = 0;
  for (const b of inside) {
    if (within(b.el, cards)) break;
    if (b.linkChars / b.text.length < 0.5) articleText += b.text.length;
  }
  return articleText >= CARD.article ? cards : new Set();
}

/** Each entry's count of link lines and of other lines, over the blocks below it. */
function linesOf(
  inside: readonly Block[],
  runs: Map<ParentNode, Map<string, Set<Element>>>,
): Map<Element, { links: number; plain: number }> {
  const counts = new Map<Element, { links: number; plain: number }>();
  for (const byShape of runs.values())
    for (const entries of byShape.values())
      if (entries.size >= CARD.entries) for (const e of entries) counts.set(e, { links: 0, plain: 0 });
  if (counts.size === 0) return counts;
  for (const b of inside) {
    const link = b.linkChars / b.text.length >= CARD.linkShare;
    for (let e: ParentNode | null = b.el, d = 0; e && e.type !== "root" && d < 60; e = e.parent, d++) {
      const count = counts.get(e as Element);
      if (count) link ? count.links++ : count.plain++;
    }
  }
  return counts;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/**
 * Does this block hold a link to another page of the site (a relative link, or one to the page's
 * host; any web link when the page's address is unknown)? Not a jump within the page ("#faq-2")
 * nor a script, as accordions and tabs have.
 */
function linksToSite(el: Element, host: string | null): boolean {
  const links = elements(el).filter((e) => e.name === "a");
  // a card wrapped whole in its link: the link is above the headline
  for (
    let e: ParentNode | null = el.parent, d = 0;
    e && e.type !== "root" && d < CARD.levels;
    e = e.parent, d++
  )
    if ((e as Element).name === "a") links.push(e as Element);
  for (const a of links) {
    const href = (a.attribs.href ?? "").trim();
    if (!href || href.startsWith("#") || /^(?:javascript|mailto|tel):/i.test(href)) continue;
    if (!/^(?:https?:)?\/\//i.test(href)) return true;
    if (host === null) return true;
    try {
      if (new URL(href, "https://x/").hostname.replace(/^www\./, "") === host) return true;
    } catch {}
  }
  return false;
}

/** The shortest paragraph under a linked heading that makes the heading a part of the text. */
const HEADED_TEXT = 40;

/**
 * Is this heading (a link: "2. Moz's Beginners Guide to SEO", "Step 1 - Backing up your data")
 * over text of its own, a paragraph of few links, rather than over the next link?
 */
function headsText(b: Block, next: Block | undefined): boolean {
  if (b.kind !== "heading" || b.el.name === "h1" || !next || next.kind === "heading") return false;
  return next.text.length >= HEADED_TEXT && next.linkChars / next.text.length < 0.3;
}

/** The shortest line that introduces a list of links as the text's own ("Here are the courses:"). */
const LIST_INTRO = 20;

/**
 * Is this list item's list introduced by the paragraph or heading just before it, ending with a
 * colon, and not as a list of the site's other pages? Asked once per list (`seen`).
 */
function introducedList(b: Block, seen: Map<Element, boolean>, host: string | null): boolean {
  if (b.kind !== "list-item" || b.el.name !== "li") return false;
  const list = b.el.parent as Element | null;
  if (!list || (list.name !== "ul" && list.name !== "ol")) return false;
  const known = seen.get(list);
  if (known !== undefined) return known;
  let prev = list.prev;
  while (prev && prev.type === "text" && BLANK_TEXT.test(prev.data)) prev = prev.prev;
  let answer = false;
  if (prev && prev.type === "tag" && LIST_INTRO_TAGS.has((prev as Element).name)) {
    const line = textOf(prev as Element).trim();
    // "Other apps that you may find helpful:" over links to the apps' own sites is the text's list
    answer =
      line.length >= LIST_INTRO &&
      line.endsWith(":") &&
      !(OTHER_PAGES_INTRO.test(line) && linksToSite(list, host));
  }
  seen.set(list, answer);
  return answer;
}

const LIST_INTRO_TAGS = new Set(["p", "h2", "h3", "h4", "h5", "h6"]);
// a list of the site's other pages, introduced as such ("More on Stanford GSB:", "Related articles
// and links:", "If you liked this post you might also like:", "Other people … found these helpful:")
const OTHER_PAGES_INTRO =
  /^(?:more|related|other|similar|learn more|further reading|see also|if you (?:liked|enjoyed)|you (?:may|might) also)\b/iu;
const BLANK_TEXT = /^\s*$/;

function within(el: Element, roots: Set<Element>): boolean {
  for (let e: ParentNode | null = el, d = 0; e && d < 500; e = e.parent, d++)
    if (roots.has(e as Element)) return true;
  return false;
}
