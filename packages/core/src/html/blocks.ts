import type { BlockKind } from "../model/page.js";
import {
  type AnyNode,
  type Cached,
  classId,
  type Element,
  isElement,
  MAX_DEPTH,
  type ParentNode,
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
const SKIP = new Set(
  "script style noscript template svg iframe button select option input textarea head object embed canvas video audio map math title".split(
    " ",
  ),
);
const FURNITURE = new Set(["nav", "aside", "footer", "header", "menu", "dialog", "form"]);

// boilerplate words: STRONG ones count as the first or last part of a class token ("post-comments",
// "share-bar"), WEAK ones only as a whole token ("hidden", "widget"), since layout classes reuse them
const STRONG =
  "comment|comments|comment-list|respond|disqus|share|sharing|sharedaddy|social|sociable|related|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|advert|advertisement|adsbygoogle|ad-slot|sponsor|sponsored|promo|breadcrumb|breadcrumbs|pagination|pager|navbar|navigation|nav|menu|footer|masthead|popup|modal|author-bio|author-box|about-author|author-description|author-desc|author_desc|authorbox|saboxplugin|cta|cta-box|donate|donation|support-us|mailing-list|byline|post-meta|entry-meta|article-meta|printfriendly|jp-relatedposts|yarpp|skip-link|screen-reader-text|sr-only|visually-hidden|outbrain|taboola|newsletter-signup|more-stories|trending|most-read|tagcloud|tag-list|tags|table-of-contents|reactions|rating";
const WEAK =
  "toc|hidden|widget|sidebar|meta|ads|ad|print|banner|overlay|popular|recommended|read-more|share-buttons|noprint";
const BOILER_TOKEN = new RegExp(`^(?:${STRONG}|${WEAK})$|^(?:${STRONG})[-_]|[-_](?:${STRONG})$`);
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

/** True when an element's class, id, role or inline style hides it or marks it as furniture. */
export function isBoilerplate(el: Element): boolean {
  // asked for every ancestor of every link and block: answered once per element
  const cached = (el as Cached).boilerplate;
  if (cached !== undefined) return cached;
  const value = boilerplateOf(el);
  (el as Cached).boilerplate = value;
  return value;
}

// class tokens repeat across a page's elements and across pages: each token is tested once
const BOILER_TOKENS = new Map<string, boolean>();
const MAX_TOKENS = 50_000;

function boilerToken(token: string): boolean {
  let value = BOILER_TOKENS.get(token);
  if (value === undefined) {
    value = BOILER_TOKEN.test(token);
    if (BOILER_TOKENS.size >= MAX_TOKENS) BOILER_TOKENS.clear();
    BOILER_TOKENS.set(token, value);
  }
  return value;
}

function boilerplateOf(el: Element): boolean {
  const role = el.attribs.role;
  if (role && /^(navigation|banner|contentinfo|complementary|menu|menubar|dialog|alert|search)$/.test(role))
    return true;
  if (el.attribs.hidden !== undefined || el.attribs["aria-hidden"] === "true") return true;
  const style = el.attribs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const ci = classId(el);
  if (!ci || el.name === "body" || el.name === "html" || el.name === "main" || el.name === "article")
    return false;
  if (KEEP.test(ci)) return false;
  for (const token of ci.split(/\s+/)) if (token && boilerToken(token)) return true;
  return false;
}

export function isContentHint(el: Element): boolean {
  if ((el.attribs.itemprop ?? "").toLowerCase().includes("articlebody")) return true;
  const ci = classId(el);
  return ci !== "" && KEEP.test(ci);
}

/**
 * Cut the document into text blocks in document order, in one walk. Inline elements join their
 * block; block elements start a new one.
 */
export function collectBlocks(root: ParentNode, nodes: readonly AnyNode[] = root.children): Block[] {
  const blocks: Block[] = [];
  let cur: { el: Element; parts: string[]; linkChars: number; start: number; end: number } | null = null;
  const boilers: Element[] = [];
  const furnitures: Element[] = [];
  let linkDepth = 0;

  const flush = () => {
    if (!cur) return;
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
        : raw.replace(/[\s\u00a0\u200b]+/g, " ").trim();
    if (text) {
      blocks.push({
        el: cur.el,
        kind: kindOf(cur.el.name),
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
    if (depth > MAX_DEPTH) return;
    if (node.type === "text") {
      const data = node.data;
      if (!cur) cur = { el: owner, parts: [], linkChars: 0, start: -1, end: -1 };
      cur.parts.push(data);
      if (/\S/.test(data)) {
        const s = node.startIndex ?? 0;
        const lead = data.length - data.trimStart().length;
        // offsets of the first/last visible character in the source; entities make data shorter than source
        if (cur.start === -1) cur.start = s + (lead > 0 ? Math.min(lead, (node.endIndex ?? s) - s) : 0);
        cur.end = (node.endIndex ?? s) + 1;
        if (linkDepth > 0) cur.linkChars += data.trim().length;
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
    for (const child of node.children) visit(child, nextOwner, depth + 1);
    if (link) linkDepth--;
    if (furniture) furnitures.pop();
    if (boiler) boilers.pop();
    if (isBlock) flush();
  };

  for (const child of nodes) visit(child, root as Element, 0);
  flush();
  return blocks;
}
