import type { BlockKind } from "../model/page.js";
import {
  type AnyNode,
  type Cached,
  classId,
  clean,
  type Document,
  type Element,
  elements,
  isElement,
  leadingSpace,
  MAX_DEPTH,
  type ParentNode,
  trailingSpace,
  visibleStart,
} from "./dom.js";

/** A run of text the page shows as one block (a paragraph, a heading, a list item...). */
export interface Block {
  /** the element that made the block (the one whose start/end break the text flow) */
  el: Element;
  kind: BlockKind;
  text: string;
  /** characters inside links */
  linkChars: number;
  /** source range from the first to the last text character */
  start: number;
  end: number;
  /** the nearest element whose class/id says navigation, comments, share bars... */
  boiler: Element | null;
  /** the nearest nav/aside/footer/header/menu */
  furniture: Element | null;
  index: number;
}

const BLOCK = new Set(
  "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul caption".split(
    " ",
  ),
);
/** Does an element of this name start a block of its own (a paragraph, a heading, a box)? */
export function isBlockName(name: string): boolean {
  return BLOCK.has(name);
}
const SKIP = new Set(
  "script style noscript template svg iframe button select option input textarea head object embed canvas video audio map math title".split(
    " ",
  ),
);
const FURNITURE = new Set(["nav", "aside", "footer", "header", "menu", "dialog", "form"]);

// boilerplate words: STRONG ones count as the first or last part of a class token ("post-comments",
// "share-bar"), WEAK ones only as a whole token ("hidden", "widget"), since layout classes reuse them
const STRONG =
  "comment|comments|comment-list|respond|disqus|facebook|share|sharing|sharedaddy|social|sociable|related|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|advert|advertisement|adsbygoogle|ad-slot|sponsor|sponsored|promo|breadcrumb|breadcrumbs|pagination|pager|navbar|navigation|nav|menu|footer|masthead|popup|modal|author-bio|author-box|about-author|author-description|author-desc|author_desc|authorbox|saboxplugin|cta|cta-box|donate|donation|support-us|mailing-list|byline|post-meta|entry-meta|article-meta|printfriendly|jp-relatedposts|yarpp|skip-link|screen-reader-text|sr-only|visually-hidden|outbrain|taboola|newsletter-signup|more-stories|trending|most-read|tagcloud|tag-list|tags|table-of-contents|reactions|rating";
const WEAK =
  "toc|hidden|widget|sidebar|meta|ads|ad|print|banner|overlay|popular|recommended|share-buttons|noprint";
// some whitespace-separated token of a class/id string is a word, opens with a STRONG word and
// "-" or "_", or ends with "-" or "_" and a STRONG word: one test of the whole string, no split
// (a token starts at the start or after whitespace, and ends at whitespace or the end)
const BOILER_CLASS = new RegExp(
  `(?:^|\\s)(?:(?:${STRONG}|${WEAK})(?=\\s|$)|(?:${STRONG})[-_])|[-_](?:${STRONG})(?=\\s|$)`,
);
const KEEP =
  /(^|[\s_-])(article-body|articlebody|entry-content|post-content|post-body|story-body|article-content|main-content|content-body|body-text|article-text|story-content|post-entry|entry-body|single-content|blog-content|rich-text|prose)($|[\s_-])/;

export function kindOf(name: string): BlockKind {
  if (/^h[1-6]$/.test(name)) return "heading";
  if (name === "li" || name === "dd" || name === "dt") return "list-item";
  if (name === "blockquote") return "quote";
  if (name === "pre") return "code";
  if (name === "td" || name === "th") return "table";
  return "paragraph";
}

/**
 * A paragraph's kind is its container's when that is a quote or a list item: Markdown and most
 * editors write `<blockquote><p>…</p></blockquote>` and `<li><p>…</p></li>`. (A table cell's
 * paragraphs stay paragraphs: pages laid out in tables hold their whole text in cells.)
 */
function blockKind(el: Element): BlockKind {
  const own = kindOf(el.name);
  if (own !== "paragraph") return own;
  let up = el.parent;
  while (up && up.type === "tag" && !BLOCK.has((up as Element).name)) up = up.parent;
  const container = up && up.type === "tag" ? (up as Element).name : null;
  return container === "blockquote" || container === "li" ? kindOf(container) : own;
}

/** True when an element's class, id, role or inline style hides it or marks it as furniture. */
export function isBoilerplate(el: Element): boolean {
  // asked for every ancestor of every link and block: answered once per element
  const cached = (el as Cached).boilerplate;
  if (cached !== undefined) return cached;
  const value = boilerplateOf(el);
  (el as Cached).boilerplate = value;
  return value;
}

function boilerplateOf(el: Element): boolean {
  const role = el.attribs.role;
  if (role && /^(navigation|banner|contentinfo|complementary|menu|menubar|dialog|alert|search)$/.test(role))
    return true;
  const style = el.attribs.style;
  if (
    (el.attribs.hidden !== undefined ||
      el.attribs["aria-hidden"] === "true" ||
      (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style))) &&
    !isCollapsedPanel(el)
  )
    return true;
  const ci = classId(el);
  if (!ci || el.name === "body" || el.name === "html" || el.name === "main" || el.name === "article")
    return false;
  // the rare boilerplate match first: the content-class exception is asked only then
  return BOILER_CLASS.test(ci) && !KEEP.test(ci);
}

/**
 * A disclosure's panel, hidden until its button is pressed (an FAQ's answers, an accordion's
 * sections, the rest of a text behind "Show more"): text a reader opens, not text the page hides.
 * Told by ARIA: a button with `aria-expanded="false"` names the panel in `aria-controls`, or stands
 * just before it.
 */
function isCollapsedPanel(el: Element): boolean {
  const controlled = controlledIds(el);
  if (controlled.size > 0) {
    if (el.attribs.id !== undefined && controlled.has(el.attribs.id)) return true;
    for (const child of el.children)
      if (isElement(child) && child.attribs.id !== undefined && controlled.has(child.attribs.id)) return true;
  }
  let before = el.prev;
  while (before && !isElement(before)) before = before.prev;
  return before !== null && isElement(before) && collapsedButtonIn(before);
}

function collapsedButtonIn(el: Element): boolean {
  if (el.attribs["aria-expanded"] === "false") return true;
  // a heading or a bar around the button, not a whole section before the panel
  const inside = elements(el);
  if (inside.length > 50) return false;
  for (const e of inside) if (e.attribs["aria-expanded"] === "false") return true;
  return false;
}

/** The ids that collapsed buttons control (`aria-controls`), found once per document. */
function controlledIds(el: Element): ReadonlySet<string> {
  let root: ParentNode = el;
  while (root.parent) root = root.parent;
  const cached = (root as { controlled?: Set<string> }).controlled;
  if (cached) return cached;
  const ids = new Set<string>();
  for (const e of elements(root)) {
    const controls = e.attribs["aria-controls"];
    if (controls && e.attribs["aria-expanded"] === "false")
      for (const id of controls.split(/\s+/)) ids.add(id);
  }
  (root as { controlled?: Set<string> }).controlled = ids;
  return ids;
}

export function isContentHint(el: Element): boolean {
  if ((el.attribs.itemprop ?? "").toLowerCase().includes("articlebody")) return true;
  const ci = classId(el);
  return ci !== "" && KEEP.test(ci);
}

/**
 * The blocks of a whole document (`collectBlocks(doc)`), walked once per document: the article
 * finder and the listing finder both read them. On parseHtmlDom's trees each block element that
 * the walk entered outside any link also keeps the range of blocks it made (see recordBlocks).
 */
export function documentBlocks(doc: Document): Block[] {
  const memo = doc as Document & { blocks?: Block[] };
  if (memo.blocks) return memo.blocks;
  const ranges = (doc as Document & { order?: unknown }).order !== undefined;
  const walk = walkBlocks(doc, doc.children, ranges);
  // a walk cut short by MAX_DEPTH is not the walk of a part of the tree: no reuse then
  if (ranges && !walk.cut) memo.blocks = walk.blocks;
  return walk.blocks;
}

const BLANK = /^\s*$/;

/**
 * `collectBlocks(parent, nodes)` for a run of sibling nodes of a document whose blocks were
 * collected (documentBlocks): when every node is a block element or blank text, its blocks are
 * the document's blocks of those elements (a block element's text never joins its neighbours'),
 * so no walk again. Those blocks carry the document's `boiler`, `furniture` and `index`.
 */
export function recordBlocks(parent: ParentNode, nodes: readonly AnyNode[]): Block[] {
  let doc: ParentNode = parent;
  while (doc.parent) doc = doc.parent;
  const all = (doc as Document & { blocks?: Block[] }).blocks;
  if (!all) return collectBlocks(parent, nodes);
  const out: Block[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      if (BLANK.test(node.data)) continue;
      return collectBlocks(parent, nodes);
    }
    if (!isElement(node)) continue;
    const el = node as Cached;
    if (!BLOCK.has(el.name) || el.blocksFrom === undefined || el.blocksFrom < 0)
      return collectBlocks(parent, nodes);
    for (let i = el.blocksFrom; i < (el.blocksTo as number); i++) out.push(all[i] as Block);
  }
  return out;
}

/**
 * Cut the document into text blocks in document order, in one walk. Inline elements join their
 * block; block elements start a new one.
 */
export function collectBlocks(root: ParentNode, nodes: readonly AnyNode[] = root.children): Block[] {
  return walkBlocks(root, nodes, false).blocks;
}

function walkBlocks(
  root: ParentNode,
  nodes: readonly AnyNode[],
  ranges: boolean,
): { blocks: Block[]; cut: boolean } {
  const blocks: Block[] = [];
  let cut = false;
  let cur: { el: Element; parts: string[]; linkChars: number; start: number; end: number } | null = null;
  const boilers: Element[] = [];
  const furnitures: Element[] = [];
  let linkDepth = 0;

  const flush = () => {
    if (!cur) return;
    // no visible character (start is set by the first one): the text would trim to nothing
    if (cur.start === -1) {
      cur = null;
      return;
    }
    const raw = cur.parts.join("");
    // preformatted text keeps its lines (code, verse); elsewhere whitespace is one space
    const text =
      cur.el.name === "pre"
        ? raw
            .split("\n")
            .map((line) => line.replace(/[^\S\n]+$/g, ""))
            .join("\n")
            .replace(/\n{3,}/g, "\n\n")
            .replace(/^\s*\n|\s+$/g, "")
        : clean(raw);
    if (text) {
      blocks.push({
        el: cur.el,
        kind: blockKind(cur.el),
        text,
        linkChars: cur.linkChars,
        start: cur.start,
        end: cur.end,
        boiler: boilers[boilers.length - 1] ?? null,
        furniture: furnitures[furnitures.length - 1] ?? null,
        index: blocks.length,
      });
    }
    cur = null;
  };

  const visit = (node: AnyNode, owner: Element, depth: number): void => {
    if (depth > MAX_DEPTH) {
      cut = true;
      return;
    }
    if (node.type === "text") {
      const data = node.data;
      if (!cur) cur = { el: owner, parts: [], linkChars: 0, start: -1, end: -1 };
      cur.parts.push(data);
      // white space counted by character, not by trimmed copies of every text
      const lead = leadingSpace(data);
      if (lead < data.length) {
        const s = node.startIndex ?? 0;
        // the first visible character's offset in the source (entities make data shorter than source)
        if (cur.start === -1) cur.start = visibleStart(node);
        cur.end = (node.endIndex ?? s) + 1;
        if (linkDepth > 0) cur.linkChars += data.length - lead - trailingSpace(data);
      }
      return;
    }
    if (!isElement(node)) return;
    const name = node.name;
    if (SKIP.has(name)) return;
    if (name === "br") {
      if (cur) cur.parts.push("\n");
      return;
    }
    const isBlock = BLOCK.has(name);
    const boiler = isBoilerplate(node);
    const furniture = FURNITURE.has(name);
    if (isBlock) flush();
    if (boiler) boilers.push(node);
    if (furniture) furnitures.push(node);
    // a heading's permalink to itself (<h3><a href="#x">) is the heading, not a link away
    const link = name === "a" && !(/^h[1-6]$/.test(owner.name) && /^#/.test(node.attribs.href ?? ""));
    if (link) linkDepth++;
    const nextOwner = isBlock ? node : owner;
    // outside links, a block element's blocks do not depend on where the walk started
    const from = ranges && isBlock && linkDepth === 0 ? blocks.length : -1;
    for (const child of node.children) visit(child, nextOwner, depth + 1);
    if (link) linkDepth--;
    if (furniture) furnitures.pop();
    if (boiler) boilers.pop();
    if (isBlock) flush();
    if (from !== -1) {
      (node as Cached).blocksFrom = from;
      (node as Cached).blocksTo = blocks.length;
    }
  };

  for (const child of nodes) visit(child, root as Element, 0);
  flush();
  return { blocks, cut };
}
