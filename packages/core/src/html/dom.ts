import type { AnyNode, Document, Element, ParentNode, Text } from "domhandler";
import { type Handler, Parser, Tokenizer } from "htmlparser2";
import { isSpace } from "../util/space.js";

export type { AnyNode, Document, Element, ParentNode, Text };
export { isSpace };

/** Deeper than any real page; htmlparser2's open-element stack is quadratic past this, and so would our walks be. */
export const MAX_DEPTH = 400;

const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen".split(
    " ",
  ),
);
// opened again, these close their previous sibling instead of nesting (so they never deepen the tree)
const SELF_CLOSING_SIBLINGS = new Set("p li dt dd option tr td th".split(" "));
const RAW = new Set(["script", "style", "textarea", "title"]);
const CLOSE: Record<string, RegExp> = {};

/**
 * Blank (with spaces of the same length, so offsets stay valid) the open tags nested deeper than
 * MAX_DEPTH: a 100k-deep page then parses in linear time and every walk stays shallow.
 */
export function limitDepth(html: string): string {
  const stack: string[] = [];
  const unclosed = new Set<string>();
  let blanks: number[] | null = null;
  let gt = -1; // the next ">" at or after the scan position, found once and reused
  const length = html.length;
  for (let lt = html.indexOf("<"); lt !== -1; lt = html.indexOf("<", lt + 1)) {
    // a tag name, read by character code: "<", an optional "/", a letter, then up to 64
    // letters, digits, ":" or "-" (most "<" open a tag, and a regular expression per tag costs more)
    let at = lt + 1;
    const close = html.charCodeAt(at) === 47;
    if (close) at++;
    if (!isAsciiLetter(html.charCodeAt(at))) continue;
    const nameStart = at;
    const nameEnd = Math.min(length, nameStart + 65);
    let lower = true;
    for (at++; at < nameEnd; at++) {
      const c = html.charCodeAt(at);
      if (isAsciiLetter(c)) {
        if (c < 97) lower = false;
      } else if (!((c >= 48 && c <= 57) || c === 58 || c === 45)) break;
    }
    if (html.charCodeAt(nameStart) < 97) lower = false;
    if (gt < lt) gt = html.indexOf(">", lt);
    if (gt === -1) break;
    const raw = html.slice(nameStart, at);
    const name = lower ? raw : raw.toLowerCase();
    const end = gt + 1;
    const selfClosing = html.charCodeAt(gt - 1) === 47;
    if (close) {
      // a close tag pops to its match when it is near the top; a stray one changes nothing
      for (let i = stack.length - 1; i >= 0 && i >= stack.length - 32; i--) {
        if (stack[i] === name) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    if (RAW.has(name)) {
      // skip raw text so "<div>" inside a script does not count; a close tag missing once is missing for good
      if (unclosed.has(name)) continue;
      const at = findClose(html, name, end);
      if (at > 0) lt = at;
      else unclosed.add(name);
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) continue;
    if (stack.length >= MAX_DEPTH) {
      if (blanks === null) blanks = [];
      blanks.push(lt, end);
      lt = gt;
      continue;
    }
    stack.push(name);
  }
  if (blanks === null) return html;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < blanks.length; i += 2) {
    const start = blanks[i] as number;
    const stop = blanks[i + 1] as number;
    if (start < at) continue;
    parts.push(html.slice(at, start), " ".repeat(stop - start));
    at = stop;
  }
  parts.push(html.slice(at));
  return parts.join("");
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function findClose(html: string, name: string, from: number): number {
  CLOSE[name] ??= new RegExp(`</${name}\\s*>`, "gi");
  const re = CLOSE[name] as RegExp;
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : -1;
}

// domhandler's nodes declare their fields as class fields, which Node 20's V8 initialises slowly (13%
// of parseHtml in a profile). These plain objects have the same shape and fields our walks read.
// fields are declared and assigned in constructors (not class-field initialisers) for the same reason
class FastNode {
  declare type: string;
  declare parent: FastNode | null;
  declare prev: FastNode | null;
  declare next: FastNode | null;
  declare startIndex: number | null;
  declare endIndex: number | null;
  constructor(type: string) {
    this.type = type;
    this.parent = null;
    this.prev = null;
    this.next = null;
    this.startIndex = null;
    this.endIndex = null;
  }
}
class FastElement extends FastNode {
  declare name: string;
  declare attribs: Record<string, string>;
  declare children: FastNode[];
  // answers computed once per element by the heuristics (classId, isBoilerplate, textOf, the
  // listing's path), which ask many times
  declare classId: string | undefined;
  declare boilerplate: boolean | undefined;
  declare text: string | undefined;
  /** the listing finder's node for this element's path (listing.ts) */
  declare listingPath: unknown;
  /** the document's elements in document order (shared by all its elements) */
  declare order: FastElement[];
  /** this element's place in `order`; its descendants are order[index + 1 .. after - 1] */
  declare index: number;
  declare after: number;
  /** elements from the root down to this one, itself included */
  declare depth: number;
  /** the blocks this element made in the document's block walk (documentBlocks), or -1 */
  declare blocksFrom: number;
  declare blocksTo: number;
  /** findMainBlocks' sums for this element */
  declare tally: unknown;
  constructor(name: string, attribs: Record<string, string>, order: FastElement[], depth: number) {
    super(name === "script" ? "script" : name === "style" ? "style" : "tag");
    this.name = name;
    this.attribs = attribs;
    this.children = [];
    this.classId = undefined;
    this.boilerplate = undefined;
    this.text = undefined;
    this.listingPath = undefined;
    this.order = order;
    this.index = order.length;
    this.after = -1;
    this.depth = depth;
    this.blocksFrom = -1;
    this.blocksTo = -1;
    this.tally = undefined;
    order.push(this);
  }
}
class FastData extends FastNode {
  declare data: string;
  /** source offsets of a text's first visible character and just past its last; -1 while it has none */
  declare visibleStart: number;
  declare visibleEnd: number;
  constructor(type: string, data: string) {
    super(type);
    this.data = data;
    this.visibleStart = -1;
    this.visibleEnd = -1;
  }
}
class FastParent extends FastNode {
  declare children: FastNode[];
  /** on the root: every element of the document in document order */
  declare order: FastElement[] | undefined;
  /** on the root: the document's blocks, once documentBlocks has collected them */
  declare blocks: unknown[] | undefined;
  /** on the root: the root of the listing finder's paths (listing.ts) */
  declare listingPath: unknown;
  constructor(type: string, children: FastNode[]) {
    super(type);
    this.children = children;
    this.order = undefined;
    this.blocks = undefined;
    this.listingPath = undefined;
  }
}

/** Builds the tree htmlparser2 reports, as domhandler's DomHandler does with start/end indices on. */
class FastHandler implements Partial<Handler> {
  root = new FastParent("root", []);
  stack: FastParent[] = [this.root];
  order: FastElement[] = [];
  last: FastData | null = null;
  parser: Parser | null = null;
  onparserinit(parser: Parser) {
    this.parser = parser;
  }
  onclosetag() {
    this.last = null;
    const el = this.stack.pop() as FastParent;
    el.endIndex = (this.parser as Parser).endIndex;
    (el as unknown as FastElement).after = this.order.length;
  }
  onopentag(name: string, attribs: Record<string, string>) {
    const el = new FastElement(name, attribs, this.order, this.stack.length);
    this.add(el);
    this.stack.push(el as unknown as FastParent);
  }
  ontext(data: string) {
    const parser = this.parser as Parser;
    let node = this.last;
    if (node && node.type === "text") {
      node.data += data;
      node.endIndex = parser.endIndex;
    } else {
      node = new FastData("text", data);
      this.add(node);
      this.last = node;
    }
    noteVisible(node, data, parser.startIndex, parser.endIndex);
  }
  oncomment(data: string) {
    if (this.last && this.last.type === "comment") {
      this.last.data += data;
      return;
    }
    const node = new FastData("comment", data);
    this.add(node);
    this.last = node;
  }
  oncommentend() {
    this.last = null;
  }
  oncdatastart() {
    const text = new FastData("text", "");
    const node = new FastParent("cdata", [text]);
    this.add(node);
    text.parent = node;
    this.last = text;
  }
  oncdataend() {
    this.last = null;
  }
  onprocessinginstruction(name: string, data: string) {
    const node = new FastData("directive", data);
    (node as FastData & { name: string }).name = name;
    this.add(node);
  }
  onerror(error: Error) {
    throw error;
  }
  private add(node: FastNode) {
    const parent = this.stack[this.stack.length - 1] as FastParent;
    const siblings = parent.children;
    const previous = siblings[siblings.length - 1];
    const parser = this.parser as Parser;
    node.startIndex = parser.startIndex;
    node.endIndex = parser.endIndex;
    siblings.push(node);
    if (previous) {
      node.prev = previous;
      previous.next = node;
    }
    node.parent = parent;
    this.last = null;
  }
}

/**
 * Where a text's visible characters start and end in the source. The parser hands a text over in
 * pieces: source text as it stands, or one character reference (`&nbsp;`, its data shorter than
 * its source), whose whole reference is where its character is. Counting decoded white space from
 * the text's start would land inside a leading `&nbsp;`.
 */
function noteVisible(node: FastData, piece: string, from: number, to: number): void {
  const lead = leadingSpace(piece);
  if (lead === piece.length) return;
  const asWritten = to - from + 1 === piece.length;
  if (node.visibleStart < 0) node.visibleStart = asWritten ? from + lead : from;
  node.visibleEnd = asWritten ? to + 1 - trailingSpace(piece) : to + 1;
}

/** The parts of htmlparser2's Tokenizer that SkippingTokenizer reads (private in its typings). */
interface TokenizerInternals {
  state: number;
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
}
type TokenizerClass = new (
  options: ConstructorParameters<typeof Tokenizer>[0],
  callbacks: ConstructorParameters<typeof Tokenizer>[1],
) => TokenizerInternals;

const LT = 60; // "<"
const AMP = 38; // "&"
const EQUALS = 61; // "="

/** Where htmlparser2 ends a tag or attribute name: "/", ">" or its whitespace. */
function endsName(c: number): boolean {
  return c === 47 || c === 62 || c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}
// the tokenizer starts in its text state (htmlparser2 does not export its State enum)
const TEXT_STATE = new (Tokenizer as unknown as TokenizerClass)({}, {} as never).state;

/**
 * htmlparser2's tokenizer, stepping over what its states ignore: its main loop looks at text and
 * quoted attribute values one character at a time, through a state switch and a method call each
 * (about a third of the parse). Text only matters at "<" and "&", a quoted value only at its
 * quote and "&", a tag or attribute name only where it ends, so these skip to the next of those
 * in one tight loop, and `fastForwardTo` (raw
 * text of scripts, comments) finds its character with indexOf. Every callback fires with the same
 * offsets as before, because the skipped characters had no effect.
 */
class SkippingTokenizer extends (Tokenizer as unknown as TokenizerClass) {
  override stateText(c: number): void {
    // stateText is also called from the before-tag-name state, after it has set the text state
    if (c !== LT && c !== AMP && this.state === TEXT_STATE) {
      this.index = this.skipTo(LT, AMP);
      return;
    }
    super.stateText(c);
  }
  // a name state acts only where its name ends; the characters before are stepped over
  override stateInTagName(c: number): void {
    if (endsName(c)) super.stateInTagName(c);
    else this.index = this.skipName(false);
  }
  override stateInClosingTagName(c: number): void {
    if (endsName(c)) super.stateInClosingTagName(c);
    else this.index = this.skipName(false);
  }
  override stateInAttributeName(c: number): void {
    if (c === EQUALS || endsName(c)) super.stateInAttributeName(c);
    else this.index = this.skipName(true);
  }
  override handleInAttributeValue(c: number, quote: number): void {
    if (c !== quote && c !== AMP) {
      this.index = this.skipTo(quote, AMP);
      return;
    }
    super.handleInAttributeValue(c, quote);
  }
  override fastForwardTo(c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    if (at !== -1) {
      this.index = at + this.offset;
      return true;
    }
    // as the original: the main loop's increment then ends the buffer
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  /** The index before the next end of a name (or "=" after an attribute's) after the current one. */
  private skipName(attribute: boolean): number {
    const buffer = this.buffer;
    const length = buffer.length;
    let i = this.index - this.offset + 1;
    while (i < length) {
      const c = buffer.charCodeAt(i);
      if (endsName(c) || (attribute && c === EQUALS)) break;
      i++;
    }
    return i - 1 + this.offset;
  }
  /** The index before the next `a` or `b` after the current one (the main loop then steps onto it). */
  private skipTo(a: number, b: number): number {
    const buffer = this.buffer;
    const length = buffer.length;
    let i = this.index - this.offset + 1;
    while (i < length) {
      const c = buffer.charCodeAt(i);
      if (c === a || c === b) break;
      i++;
    }
    return i - 1 + this.offset;
  }
}

/**
 * Tag and attribute names, one string per name, found by the characters of the source: the parser
 * would cut each name out of the source and lower-case it (two new strings per tag and per
 * attribute), and every Map, Set and property keyed by it would hash that new string again. The
 * table is seeded with the names of real pages (literals, so internalised: property stores and
 * comparisons with literals take the fast path) and learns up to `limit` more.
 */
class NameTable {
  private readonly names: (string | undefined)[];
  private readonly mask: number;
  private learned = 0;
  constructor(
    seed: readonly string[],
    size: number,
    private readonly limit: number,
  ) {
    this.names = new Array(size).fill(undefined);
    this.mask = size - 1;
    for (const name of seed) this.find(name, 0, name.length, name);
  }

  /**
   * The name of `source[start, end)` lower-cased, as `slice(start, end).toLowerCase()` gives it, or
   * null when the table cannot tell (a name outside ASCII, an empty or long one, a full table).
   */
  find(source: string, start: number, end: number, add?: string): string | null {
    const length = end - start;
    if (length === 0 || length > 40) return null;
    let hash = length;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c > 127) return null;
      hash = (Math.imul(hash, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
    }
    let slot = hash & this.mask;
    for (let probe = 0; probe < 8; probe++, slot = (slot + 1) & this.mask) {
      const name = this.names[slot];
      if (name === undefined) {
        if (add === undefined && this.learned >= this.limit) return null;
        const value = add ?? copyLowered(source, start, end);
        if (add === undefined) this.learned++;
        this.names[slot] = value;
        return value;
      }
      if (name.length === length && sameLowered(name, source, start)) return name;
    }
    return null;
  }
}

// a string of its own: a slice of the page (what slice and toLowerCase give) would keep the
// whole page alive as long as the table holds the name
function copyLowered(source: string, start: number, end: number): string {
  const codes: number[] = [];
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    codes.push(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return String.fromCharCode(...codes);
}

function sameLowered(name: string, source: string, start: number): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = source.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(i)) return false;
  }
  return true;
}

const NAMES = new NameTable(
  (
    "html head body title meta link script style noscript template base div span p a img br hr " +
    "ul ol li dl dt dd h1 h2 h3 h4 h5 h6 section article header footer nav aside main figure " +
    "figcaption picture source video audio iframe svg path g use time strong em b i u s small sup sub " +
    "mark abbr cite q code pre blockquote table thead tbody tfoot tr td th caption col colgroup form " +
    "input button label select option textarea fieldset legend details summary dialog menu address " +
    "center font wbr object embed canvas map area param track ins del " +
    // attributes
    "class id href src srcset sizes style alt rel type name content property itemprop itemscope " +
    "itemtype itemid width height target lang charset http-equiv media loading decoding async defer " +
    "crossorigin integrity role hidden value action method for tabindex onclick datetime pubdate " +
    "dir xmlns frameborder allowfullscreen allow border align valign colspan rowspan placeholder " +
    "aria-label aria-hidden aria-current aria-expanded aria-labelledby aria-describedby aria-haspopup " +
    "aria-controls data-src data-srcset data-id data-type data-lazy-src fetchpriority referrerpolicy " +
    "title xml:lang sandbox scrolling autocomplete enctype accept-charset focusable viewbox fill d"
  ).split(" "),
  4096,
  2048,
);

/** The parts of htmlparser2's Parser that NamingParser reads (private in its typings). */
interface ParserInternals {
  startIndex: number;
  endIndex: number;
  attribname: string;
  foreignContext: unknown[];
  tagname: string;
  readTagName(start: number, endIndex: number): string;
  onselfclosingtag(endIndex: number): void;
  closeCurrentTag(isOpenImplied: boolean): void;
  onattribname(start: number, endIndex: number): void;
  end(chunk: string): void;
}
type ParserClass = new (
  cbs: Partial<Handler>,
  options: ConstructorParameters<typeof Parser>[1],
) => ParserInternals;

/**
 * htmlparser2's Parser, taking tag and attribute names from NAMES: the same strings, without
 * slicing and lower-casing each. Outside SVG and MathML (where the parser adjusts tag names), and
 * for `<image>` (which it reads as `img`), the parser's own reading is kept.
 */
class NamingParser extends (Parser as unknown as ParserClass) {
  source = "";
  /**
   * A self-closed anchor (`<a name="top"/>`, written by XHTML habit) is an empty one. HTML reads
   * it as open, and a browser closes it at the next link; htmlparser2 never does when other
   * elements opened in between, and the whole page after it became the text of one link.
   */
  override onselfclosingtag(endIndex: number): void {
    if (this.tagname !== "a") {
      super.onselfclosingtag(endIndex);
      return;
    }
    this.endIndex = endIndex;
    this.closeCurrentTag(false);
    this.startIndex = endIndex + 1;
  }
  override readTagName(start: number, endIndex: number): string {
    if (this.foreignContext.length === 1) {
      const name = NAMES.find(this.source, start, endIndex);
      if (name !== null && name !== "image") return name;
    }
    return super.readTagName(start, endIndex);
  }
  override onattribname(start: number, endIndex: number): void {
    const name = NAMES.find(this.source, start, endIndex);
    if (name === null) {
      super.onattribname(start, endIndex);
      return;
    }
    this.startIndex = start;
    this.attribname = name;
  }
}

/** Parse HTML once, with source offsets on every node. */
export function parseHtmlDom(html: string): Document {
  const handler = new FastHandler();
  const parser = new NamingParser(handler, { Tokenizer: SkippingTokenizer as unknown as typeof Tokenizer });
  // the whole page is one chunk: the tokenizer's offsets index it
  const source = limitDepth(html);
  parser.source = source;
  parser.end(source);
  handler.root.order = handler.order;
  if (source.includes(' id="S:')) reassembleStreamed(handler.root, handler.order, source);
  return handler.root as unknown as Document;
}

// React's instructions that move a streamed segment into its place ($RC for a Suspense boundary's
// content, $RS for a segment), when the page kept its scripts
const STREAM_MOVES = /\$RC\("(B:[0-9a-z]+)","(S:[0-9a-z]+)"\)|\$RS\("(S:[0-9a-z]+)","(P:[0-9a-z]+)"\)/g;

/**
 * Streamed server rendering (React 18+, Next.js) sends parts of the page late, each in a
 * `<div hidden id="S:n">` at the end of the body, and a script moves it into its placeholder
 * (`<template id="B:n">` or `<template id="P:n">`): the page a reader sees has the text where the
 * placeholder was. This does the same moves on the tree. Nodes keep their source offsets (the
 * moved text's spans still index the page), so document order and source order then differ.
 */
function reassembleStreamed(root: FastParent, order: FastElement[], html: string): void {
  const segments = new Map<string, FastElement>();
  const holes = new Map<string, FastElement>();
  for (const el of order) {
    const id = el.attribs.id;
    if (id === undefined || id.charCodeAt(1) !== 58) continue;
    const kind = id.charCodeAt(0);
    if (kind === 83 && el.name === "div" && el.attribs.hidden !== undefined) segments.set(id, el);
    else if ((kind === 66 || kind === 80) && el.name === "template") holes.set(id, el);
  }
  if (segments.size === 0 || holes.size === 0) return;
  const pairs = new Map<string, string>();
  for (const m of html.matchAll(STREAM_MOVES)) {
    if (m[1] !== undefined) pairs.set(m[1], m[2] as string);
    else pairs.set(m[4] as string, m[3] as string);
  }
  // without the scripts: a segment fills the placeholder of its number, as React numbers them
  for (const hole of holes.keys()) if (!pairs.has(hole)) pairs.set(hole, `S:${hole.slice(2)}`);
  let moved = false;
  for (const [holeId, segmentId] of pairs) {
    const hole = holes.get(holeId);
    const segment = segments.get(segmentId);
    if (!hole || !segment || within(hole, segment)) continue;
    segments.delete(segmentId);
    if (holeId.charCodeAt(0) === 66) dropFallback(hole);
    replaceWith(hole, segment.children);
    segment.children = [];
    detach(segment);
    moved = true;
  }
  if (moved) renumber(root, order);
}

/**
 * What a Suspense boundary showed until its content came ("Loading paragraph...", a spinner):
 * between the template and the closing `<!--/$-->`, or, on a page whose comments were stripped,
 * the short element right after the template.
 */
function dropFallback(hole: FastNode): void {
  const opening = hole.prev;
  if (opening?.type === "comment" && (opening as FastData).data === "$?") {
    for (let n = hole.next; n && !(n.type === "comment" && (n as FastData).data === "/$"); ) {
      const next = n.next;
      detach(n);
      n = next;
    }
    return;
  }
  let next = hole.next;
  while (next && next.type === "text" && !(next as FastData).data.trim()) next = next.next;
  if (next instanceof FastElement && next.name !== "template" && textLength(next) < 100) detach(next);
}

function textLength(node: FastNode): number {
  if (node.type === "text") return (node as FastData).data.length;
  let n = 0;
  for (const child of (node as FastParent).children ?? []) n += textLength(child);
  return n;
}

function within(node: FastNode, ancestor: FastNode): boolean {
  for (let n: FastNode | null = node; n; n = n.parent as FastNode | null) if (n === ancestor) return true;
  return false;
}

function replaceWith(node: FastNode, nodes: FastNode[]): void {
  const parent = node.parent as FastParent;
  const at = parent.children.indexOf(node);
  parent.children.splice(at, 1, ...nodes);
  for (const n of nodes) n.parent = parent;
  relink(parent.children);
}

function detach(node: FastNode): void {
  const parent = node.parent as FastParent;
  parent.children.splice(parent.children.indexOf(node), 1);
  node.parent = null;
  relink(parent.children);
}

function relink(children: FastNode[]): void {
  for (let i = 0; i < children.length; i++) {
    const n = children[i] as FastNode;
    n.prev = (children[i - 1] as FastNode | undefined) ?? null;
    n.next = (children[i + 1] as FastNode | undefined) ?? null;
  }
}

/** Document order, ranges and depths again after moves (the list object itself is kept: elements hold it). */
function renumber(root: FastParent, order: FastElement[]): void {
  order.length = 0;
  const stack: [FastNode, number, boolean][] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push([root.children[i] as FastNode, 1, false]);
  while (stack.length > 0) {
    const [node, depth, closing] = stack.pop() as [FastNode, number, boolean];
    if (!(node instanceof FastElement)) continue;
    if (closing) {
      node.after = order.length;
      continue;
    }
    node.index = order.length;
    node.depth = depth;
    order.push(node);
    stack.push([node, depth, true]);
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push([node.children[i] as FastNode, depth + 1, false]);
  }
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
      // (a sibling that comes earlier in the source was moved here: streamed rendering)
      if (next.startIndex >= start) end = Math.min(end, next.startIndex);
      break;
    }
  }
  return { start, end: Math.max(start, Math.min(end, length)) };
}

/**
 * From the first to the last visible character of a node's text, so a field's span is the text
 * itself and not its tags (falls back to the node's range when it holds no text).
 */
export function textSpan(node: AnyNode, length: number): { start: number; end: number } {
  let first: Text | null = null;
  let last: Text | null = null;
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop() as AnyNode;
    if (isText(n)) {
      if (leadingSpace(n.data) < n.data.length) {
        first ??= n;
        last = n;
      }
    } else if (isElement(n))
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
  }
  if (!first || !last || first.startIndex === null || last.endIndex === null) return nodeSpan(node, length);
  const start = visibleStart(first);
  const end = visibleEnd(last);
  return { start, end: Math.max(start, Math.min(length, end)) };
}

/**
 * The source offset of a text's first visible character (a character reference's `&` when one
 * opens the text), on any tree: parseHtmlDom's texts know it, others count their white space.
 */
export function visibleStart(text: Text): number {
  const known = (text as unknown as Partial<FastData>).visibleStart;
  if (known !== undefined && known >= 0) return known;
  const start = text.startIndex ?? 0;
  return start + Math.min(leadingSpace(text.data), Math.max(0, (text.endIndex ?? start) - start));
}

/** The source offset just past a text's last visible character (past a closing reference's `;`). */
export function visibleEnd(text: Text): number {
  const known = (text as unknown as Partial<FastData>).visibleEnd;
  if (known !== undefined && known >= 0) return known;
  return (text.endIndex ?? 0) + 1 - trailingSpace(text.data);
}

/**
 * Every element under `root` (not `root` itself) in document order. On a tree of parseHtmlDom
 * this is a slice of the list the parser kept (no walk); on other trees (the feed parser's), a
 * depth-first walk without recursion.
 */
export function elements(root: ParentNode): readonly Element[] {
  const order = (root as unknown as FastParent).order;
  if (order !== undefined) {
    if (root.type === "root") return order as unknown as Element[];
    const el = root as unknown as FastElement;
    // an element still open (a caller walking a tree being built) has no range yet
    if (el.after !== -1) return order.slice(el.index + 1, el.after) as unknown as Element[];
  }
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return out;
}

/** Whether an element (of parseHtmlDom's tree) holds a descendant named `name`, without a slice. */
export function hasDescendant(el: Element, name: string): boolean {
  const fast = el as unknown as FastElement;
  if (fast.order !== undefined && fast.after !== -1) {
    for (let i = fast.index + 1; i < fast.after; i++)
      if ((fast.order[i] as FastElement).name === name) return true;
    return false;
  }
  for (const e of elements(el)) if (e.name === name) return true;
  return false;
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
  // elements of parseHtmlDom's tree keep their answer (the tree never changes after parsing)
  const fast = node as unknown as FastElement;
  if (fast.order !== undefined && fast.type !== "root") {
    const cached = fast.text;
    if (cached !== undefined) return cached;
    const value = walkText(node);
    fast.text = value;
    return value;
  }
  return walkText(node);
}

function walkText(node: AnyNode): string {
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

/** Whitespace collapsed to one space (U+200B counts as whitespace), trimmed. */
export function clean(text: string): string {
  // most runs of text are already clean (single spaces between words): no new string then
  return isClean(text) ? text : text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** True when `clean` would change nothing: no whitespace but single spaces inside the text. */
function isClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
    } else if (c <= 13 ? c >= 9 : c >= 0xa0 && (c === 0x200b || isSpace(c))) return false;
  }
  return true;
}

/** How many white-space characters open the text (its length minus `trimStart()`'s), no new string. */
export function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** How many white-space characters close the text (its length minus `trimEnd()`'s). */
export function trailingSpace(text: string): number {
  let i = text.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return text.length - i;
}

export function attr(el: Element, name: string): string | null {
  const value = el.attribs[name];
  return value === undefined ? null : value;
}

/** class and id, lower-cased, for boilerplate and content patterns. */
export function classId(el: Element): string {
  // blocks of text directly under the document have the root as owner, which has no attributes
  if (!el.attribs) return "";
  const cached = (el as Cached).classId;
  if (cached !== undefined) return cached;
  const c = el.attribs.class;
  const id = el.attribs.id;
  const value = c === undefined && id === undefined ? "" : `${c ?? ""} ${id ?? ""}`.toLowerCase();
  (el as Cached).classId = value;
  return value;
}

/** The per-element answers parseHtmlDom's elements keep (absent on elements built elsewhere). */
export type Cached = Element & {
  classId?: string;
  boilerplate?: boolean;
  listingPath?: unknown;
  depth?: number;
  blocksFrom?: number;
  blocksTo?: number;
};

export function hasClass(el: Element, name: string): boolean {
  const c = el.attribs.class;
  return c !== undefined && ` ${c} `.replace(/\s+/g, " ").includes(` ${name} `);
}
