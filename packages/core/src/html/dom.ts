import type { AnyNode, Document, Element, ParentNode, Text } from "domhandler";
import { parseDocument } from "htmlparser2";

export type { AnyNode, Document, Element, ParentNode, Text };

/** Deeper than any real page; htmlparser2's open-element stack is quadratic past this, and so would our walks be. */
export const MAX_DEPTH = 400;

const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen".split(
    " ",
  ),
);
// opened again, these close their previous sibling instead of nesting (so they never deepen the tree)
const SELF_CLOSING_SIBLINGS = new Set("p li dt dd option tr td th".split(" "));
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;
const RAW = /^(script|style|textarea|title)$/;
const CLOSE: Record<string, RegExp> = {};

/**
 * Blank (with spaces of the same length, so offsets stay valid) the open tags nested deeper than
 * MAX_DEPTH: a 100k-deep page then parses in linear time and every walk stays shallow.
 */
export function limitDepth(html: string): string {
  const stack: string[] = [];
  let blanks: number[] | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      // a close tag pops to its match when it is near the top; a stray one changes nothing
      for (let i = stack.length - 1; i >= 0 && i >= stack.length - 32; i--) {
        if (stack[i] === name) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    if (VOID.has(name) || m[3]) continue;
    if (RAW.test(name)) {
      // skip raw text so "<div>" inside a script does not count
      const close = findClose(html, name, TAG.lastIndex);
      if (close > 0) TAG.lastIndex = close;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) continue;
    if (stack.length >= MAX_DEPTH) {
      if (blanks === null) blanks = [];
      blanks.push(m.index, m.index + m[0].length);
      continue;
    }
    stack.push(name);
  }
  if (blanks === null) return html;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < blanks.length; i += 2) {
    const start = blanks[i] as number;
    const end = blanks[i + 1] as number;
    parts.push(html.slice(at, start), " ".repeat(end - start));
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join("");
}

function findClose(html: string, name: string, from: number): number {
  CLOSE[name] ??= new RegExp(`</${name}\\s*>`, "gi");
  const re = CLOSE[name] as RegExp;
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : -1;
}

/** Parse HTML once, with source offsets on every node. */
export function parseHtmlDom(html: string): Document {
  return parseDocument(limitDepth(html), { withStartIndices: true, withEndIndices: true });
}

export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

export function isText(node: AnyNode): node is Text {
  return node.type === "text";
}

/** Half-open source range of a node, clamped so it never overlaps its next sibling (implied end tags). */
export function nodeSpan(node: AnyNode, length: number): { start: number; end: number } {
  const start = node.startIndex ?? 0;
  let end = node.endIndex === null ? length : node.endIndex + 1;
  for (let n: AnyNode | null = node; n; n = n.parent) {
    const next = n.next;
    if (next && next.startIndex !== null) {
      end = Math.min(end, next.startIndex);
      break;
    }
  }
  return { start, end: Math.max(start, Math.min(end, length)) };
}

/** Every element under `root` in document order, depth-first, without recursion. */
export function* elements(root: ParentNode): Generator<Element> {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
}

export function findAll(root: ParentNode, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const el of elements(root)) if (test(el)) out.push(el);
  return out;
}

export function findFirst(root: ParentNode, test: (el: Element) => boolean): Element | null {
  for (const el of elements(root)) if (test(el)) return el;
  return null;
}

const SKIP_TEXT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "head",
  "iframe",
  "select",
  "button",
]);

/** The visible text of a node, whitespace collapsed. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === "text") parts.push((n as Text).data);
    else if (n.type === "cdata" || n.type === "root")
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
    else if (isElement(n)) {
      if (SKIP_TEXT.has(n.name) && n !== node) continue;
      if (n.name === "br") parts.push(" ");
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
    }
  }
  return clean(parts.join(""));
}

export function clean(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

export function attr(el: Element, name: string): string | null {
  const value = el.attribs[name];
  return value === undefined ? null : value;
}

/** class and id, lower-cased, for boilerplate and content patterns. */
export function classId(el: Element): string {
  const c = el.attribs.class;
  const id = el.attribs.id;
  return c === undefined && id === undefined ? "" : `${c ?? ""} ${id ?? ""}`.toLowerCase();
}

export function hasClass(el: Element, name: string): boolean {
  const c = el.attribs.class;
  return c !== undefined && ` ${c} `.replace(/\s+/g, " ").includes(` ${name} `);
}

/** Resolve a link against a base; null when it is not a web link. */
export function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || /^(javascript|mailto|tel|data):/i.test(trimmed) || trimmed.startsWith("#")) return null;
  try {
    return new URL(trimmed, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(trimmed) ? trimmed : base ? null : trimmed;
  }
}
