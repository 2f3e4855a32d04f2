import { findDates } from "../dates/index.js";
import { urlPath } from "../shared/url.js";
import { type AnyNode, type Element, elements, textOf } from "./dom.js";

/** The page's own address (its path) and headline, to tell its own links from links away. */
export type Own = { path: string | null; title: string | null };

/**
 * Is the element in a card of another story: a small box (one of the next three elements up, 300
 * characters at most) that holds, beside the element, a headline linking away (five words or more,
 * not the page's own headline or address, not a writer's or a tag's page), or a link away that the
 * element is in? A Squarespace "More posts" summary, a "Next article" box, a grid of related posts
 * whatever its class.
 */
export function inCard(el: Element, own: Own): boolean {
  // (links inside the date's own line are its tags, its backlinks: the headline is a line apart)
  const inLine = new Set(elements(el));
  let box: Element = el;
  for (let d = 0; d < 3; d++) {
    const parent = box.parent;
    if (!parent || parent.type === "root" || (parent as Element).name === "body") return false;
    box = parent as Element;
    if (!textWithin(box, 300)) return false;
    for (const a of elements(box)) if (a.name === "a" && !inLine.has(a) && linksAway(a, own)) return true;
  }
  // a card that is one link (the date inside it)
  for (let e = el.parent; e && e.type !== "root"; e = e.parent) {
    const x = e as Element;
    if (x.name === "a") return linksAway(x, own);
    if (x.name === "body" || x.name === "article" || x.name === "main") break;
  }
  return false;
}

// links to a writer's page or an archive of a tag or a section name people and topics, not stories
const PROFILE_LINK =
  /\/(?:authors?|tags?|categor(?:y|ies)|topics?|people|profiles?|users?|contributors?|staff|team|about)(?:\/|$|\?|#|\.)/i;

/** A link to another page whose text is a headline: five words or more besides a date. */
function linksAway(a: Element, own: Own): boolean {
  const href = a.attribs.href?.trim();
  if (!href || href.startsWith("#") || href.startsWith("javascript:") || PROFILE_LINK.test(href))
    return false;
  const text = textOf(a).replace(/\s+/g, " ").trim();
  if (text.length < 20 || text.length > 200) return false;
  if (own.title && (text === own.title || own.title.includes(text) || text.includes(own.title))) return false;
  if (own.path !== null) {
    const path = urlPath(href).replace(/\/+$/, "");
    if (path === own.path.replace(/\/+$/, "")) return false;
  }
  let words = text;
  for (const m of findDates(text)) words = words.replace(m.text, " ");
  return words.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length >= 5;
}

/**
 * Is the element's text at most `max` characters? Counted on the raw text nodes and stopped as soon
 * as they pass a generous bound, so a big container costs no more than a small one.
 */
export function textWithin(el: Element, max: number): boolean {
  let raw = 0;
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === "text") {
      raw += n.data.length;
      // whitespace collapses: only past four times the bound is the answer sure without the text
      if (raw > max * 4) return false;
    } else if ("children" in n) for (const c of n.children) stack.push(c);
  }
  return raw <= max || textOf(el).length <= max;
}
