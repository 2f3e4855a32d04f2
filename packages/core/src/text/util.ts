// Small helpers over the page's lines, shared by shape inference, item assembly and page chrome.

import type { Span } from "../model/span.js";
import { isSpace } from "../util/space.js";
import type { LineTable } from "./lines.js";

/**
 * `table.fill(value, from, to)` as a loop: the ranges filled per item are a line or a few, where
 * the builtin's call costs ~50 ns (more than filling them), once or twice for every item
 */
export function fillLines(table: Uint8Array | Int32Array, value: number, from: number, to: number): void {
  for (let i = from; i < to; i++) table[i] = value;
}

/** List bullets that open a line, one or two of them ("• · headline": a text browser's bullet before the page's own). */
export const LIST_BULLET = /^(?:[·•▪►*‣◦∙●○■□\-–—]\s+)+/u;

/** A category tag in brackets that opens a headline's text ("[社会] 一图读懂 …", "【快讯】…"); group 1 names it. */
export const LEADING_TAG = /^[[【(（]([^\]】)）]{1,20})[\]】)）]\s*/u;

export function lineSpan(lines: LineTable, i: number): Span {
  return { start: lines.textStart(i), end: lines.textEnd(i) };
}

/** The next non-empty line from `from` towards `step`, not reaching `stop`; -1 when none. */
export function nonEmpty(lines: LineTable, from: number, stop: number, step: 1 | -1): number {
  for (let i = from; step === 1 ? i < stop : i > stop; i += step) {
    if (!lines.blank(i)) return i;
  }
  return -1;
}

export function mostCommon(values: readonly string[]): { value: string; count: number } | null {
  if (values.length === 0) return null;
  const counts = new Map<string, number>();
  // (the leader kept in two locals, not an object each time it changes: a list repeats one text)
  let value = values[0] as string;
  let count = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as string;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > count) {
      value = v;
      count = n;
    }
  }
  return { value, count };
}

// where commonTail's tail is cut (hoisted: a regex literal is a new object at every evaluation)
const SEPARATOR = /[\s,;:|\-–—]/u;

// the text every header's prefix ends with (" , media release,"), cut at a word boundary
export function commonTail(prefixes: readonly string[]): string {
  const present = prefixes.filter((p) => p.length > 0);
  if (present.length < 2) return "";
  let tail = present[0] as string;
  for (const p of present) {
    // (most headers of a list share the tail found so far: a native test, no cut; lines that
    // print one text share its string, which compares at once)
    if (p === tail || p.endsWith(tail)) continue;
    let n = 0;
    while (
      n < tail.length &&
      n < p.length &&
      sameUnit(tail.charCodeAt(tail.length - 1 - n), p.charCodeAt(p.length - 1 - n))
    )
      n++;
    tail = tail.slice(tail.length - n);
    if (tail.length === 0) return "";
  }
  const cut = tail.search(SEPARATOR);
  return cut === -1 ? "" : tail.slice(cut);
}

// one white space is another: pages print some spaces as no-break spaces, at random ("media\u00a0release")
function sameUnit(a: number, b: number): boolean {
  return a === b || (isSpace(a) && isSpace(b));
}

/** The upper median: the value a sort would put at index ⌊n/2⌋, found by quickselect. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  // a plain copy: a typed array allocates its buffer outside the heap, costlier than the select
  return medianInPlace(values.slice());
}

/**
 * median(a), found by reordering `a` itself rather than a copy: for a caller's own scratch list
 * (a list page's header lengths, one per item: the copy was a second array of that size).
 */
export function medianInPlace(a: number[]): number {
  if (a.length === 0) return 0;
  const k = a.length >> 1;
  let lo = 0;
  let hi = a.length - 1;
  // a crafted input could make the middle pivot quadratic: after too many rounds, sort instead
  for (let rounds = 2 * Math.log2(a.length) + 8; lo < hi; rounds--) {
    if (rounds < 0) return a.sort((x, y) => x - y)[k] as number;
    const pivot = a[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}

// a person's name alone: two to four capitalised words ("Kelia Losa Reinoso", "Chirag Bhardwaj")
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** Whether a line's text is a person's name and nothing else, as bylines print it without "By". */
export function isPersonName(text: string): boolean {
  return text.length <= 40 && PERSON_NAME.test(text);
}

// Per-text tables are reused from page to page up to SHARED_TEXTS entries (a typed array's buffer
// costs more to allocate than a small page's pass); each table function has its own buffer, to be
// used within one call of the stage that asked for it
const SHARED_TEXTS = 1 << 16;

/**
 * A function giving `n` zeros in a Uint8Array, the same buffer at each call (a new one above
 * SHARED_TEXTS entries): one per per-text table.
 */
export function reusedBytes(): (n: number) => Uint8Array {
  let bytes = new Uint8Array(0);
  return (n) => {
    if (n > SHARED_TEXTS) return new Uint8Array(n);
    if (bytes.length < n) bytes = new Uint8Array(Math.max(n, 1024));
    bytes.fill(0, 0, n);
    return bytes;
  };
}

/** As `reusedBytes`, `n` times -1 in an Int32Array. */
export function reusedNumbers(): (n: number) => Int32Array {
  let numbers = new Int32Array(0);
  return (n) => {
    if (n > SHARED_TEXTS) return new Int32Array(n).fill(-1);
    if (numbers.length < n) numbers = new Int32Array(Math.max(n, 1024));
    numbers.fill(-1, 0, n);
    return numbers;
  };
}

/** A line that opens in lower case: it goes on from the line above (a wrapped paragraph, a sentence). */
export const LOWER_START = /^\s*\p{Ll}/u;

/**
 * How many words `text` holds, parted by any white space (a no-break space too: pages print one
 * here and there, "수도\u00a010개월").
 *
 * @example
 * wordCount("Posted by  Anna"); // 3
 */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The width of a text in columns, as a terminal or a text browser lays it out: East Asian wide
 * characters take two.
 *
 * @example
 * columns("新闻 news"); // 9
 */
export function columns(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    n +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60)
        ? 2
        : 1;
  }
  return n;
}
