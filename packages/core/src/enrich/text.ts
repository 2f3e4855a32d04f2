import type { NewsItem } from "../model/page.js";
import type { Span } from "../model/span.js";
import { normalizeForId } from "../util/id.js";

/** One paragraph of an item and how its offsets map back into the decoded input. */
export interface Para {
  index: number;
  text: string;
  /** input offset of each character of `text` (plus one past the end), or null when it is `base + i` */
  map: Int32Array | null;
  /** input offset just after each character (an entity is several input characters) */
  ends: Int32Array | null;
  base: number;
  limit: number;
}

/** A sentence: local offsets into its paragraph's text. */
export interface Sentence {
  para: Para;
  start: number;
  end: number;
  text: string;
}

// a paragraph longer than this is cut: enrichment stays linear and bounded on a 10 MB blob
export const MAX_PARAGRAPH = 20_000;

export function paragraphsOf(item: NewsItem, input?: string): Para[] {
  return item.paragraphs.map((raw, index) => {
    const text = raw.length > MAX_PARAGRAPH ? raw.slice(0, MAX_PARAGRAPH) : raw;
    const span = item.spans.paragraphs[index] ?? item.span;
    const base = span.start;
    const limit = Math.max(span.end, base);
    const aligned =
      input !== undefined && input.slice(base, base + text.length) !== text
        ? align(text, input, base, limit)
        : null;
    return { index, text, map: aligned?.map ?? null, ends: aligned?.ends ?? null, base, limit };
  });
}

const ENTITY = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

// HTML parsers decode entities, drop tags and join blocks: map each character of a paragraph to
// the input character it came from, reading the input as visible text (tags skipped, an entity one
// character). `map` holds starts, `ends` ends; a character with no source keeps the position.
function align(
  text: string,
  input: string,
  start: number,
  end: number,
): { map: Int32Array; ends: Int32Array } {
  const map = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  let j = start;
  const visible = (k: number) => {
    let at = k;
    while (at < end && input[at] === "<") {
      const close = input.indexOf(">", at);
      if (close < 0 || close >= end) return end;
      at = close + 1;
    }
    return at;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    let k = visible(j);
    let matched = -1;
    let after = k;
    for (let tries = 0; k < end && tries < 64; tries++) {
      const c = input[k] as string;
      const entity = c === "&" ? ENTITY.exec(input.slice(k, k + 40)) : null;
      if (c === ch || (isSpace(ch) && isSpace(c)) || entity) {
        matched = k;
        after = entity ? k + entity[0].length : k + 1;
        break;
      }
      // a space the parser inserted between blocks has no source character
      if (isSpace(ch)) break;
      k = visible(k + 1);
    }
    if (matched >= 0) {
      map[i] = matched;
      ends[i] = after;
      j = after;
    } else {
      map[i] = Math.min(j, end);
      ends[i] = Math.min(j, end);
    }
  }
  map[text.length] = Math.min(j, end);
  ends[text.length] = Math.min(j, end);
  return { map, ends };
}

/** Input span of `[from, to)` in a paragraph's text. */
export function spanOf(p: Para, from: number, to: number): Span {
  if (p.map && p.ends) {
    const s = p.map[from] ?? p.limit;
    const e = to > from ? (p.ends[to - 1] ?? s) : s;
    return { start: s, end: Math.max(s, e) };
  }
  const start = Math.min(p.base + from, p.limit);
  return { start, end: Math.min(Math.max(start, p.base + to), p.limit) };
}

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Maj|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Ltd|Co|Jr|Sr|Gov|Sen|Rep)|\b\p{Lu}|\b(?:\p{L}\.){1,4}\p{L})$/u;

const ORDINAL_MONTH =
  /^\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

// every finder walks the same sentences: split each paragraph once
const sentenceCache = new WeakMap<Para, Sentence[]>();

/** Sentences of a paragraph: ends at . ! ? (and a closing quote) before a capital, a quote or the end. */
export function sentencesOf(p: Para): Sentence[] {
  const cached = sentenceCache.get(p);
  if (cached) return cached;
  const out: Sentence[] = [];
  sentenceCache.set(p, out);
  const text = p.text;
  const end = /[.!?。！？]+["”’»」』)]*(?=\s+["“‘«„»「『(\p{Lu}\p{N}]|\s*$)|[。！？]+/gu;
  let start = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith(".") && ABBREVIATION.test(text.slice(Math.max(start, m.index - 12), m.index)))
      continue;
    // "am 5. März": a German ordinal day, not a sentence end
    if (
      m[0] === "." &&
      /(?<![\p{L}\p{N}])\d{1,2}$/u.test(text.slice(Math.max(start, m.index - 3), m.index)) &&
      ORDINAL_MONTH.test(text.slice(stop, stop + 14))
    )
      continue;
    push(out, p, start, stop);
    start = stop;
  }
  push(out, p, start, text.length);
  return out;
}

function push(out: Sentence[], p: Para, from: number, to: number) {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(p.text[s] as string)) s++;
  while (e > s && /\s/.test(p.text[e - 1] as string)) e--;
  if (e > s) out.push({ para: p, start: s, end: e, text: p.text.slice(s, e) });
}

/** Fold case, accents and punctuation: the key spelling variants share (the same folding as item ids). */
export const fold = normalizeForId;

/** A looser key for transliterated names: Ghouta/Gouta, Shoureen/Shurin, Raqqa/Ar Raqqah. */
export function soundKey(text: string): string {
  return fold(text)
    .replace(/^(?:al|ar|as|ad|at|an|ash|el|az) /, "")
    .replace(/ (?:al|ar|as|ad|at|an|ash|el|az) /g, " ")
    .replace(/ /g, "")
    .replace(/gh/g, "g")
    .replace(/kh/g, "k")
    .replace(/ou|oo|u/g, "u")
    .replace(/ee|ei|ie|i/g, "i")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/h$/, "");
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
  thousand: 1000,
};

/** A number pattern for regexes: digits (1,200 / 1.200) or English number words. */
export const NUMBER =
  "(?:\\d{1,3}(?:[,.]\\d{3})+|\\d{1,7}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|a thousand)(?: (?:hundred|thousand))?)";

/** The value of a NUMBER match, or null. */
export function readNumber(text: string): number | null {
  const t = text.toLowerCase();
  if (/^\d/.test(t)) {
    const n = Number(t.replace(/[,.](?=\d{3}\b)/g, ""));
    return Number.isSafeInteger(n) ? n : null;
  }
  let total = 0;
  let current = 0;
  for (const w of t.split(/[- ]+/)) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) return null;
    if (v === 100 || v === 1000) current = (current || 1) * v;
    else current += v;
    if (v === 1000) {
      total += current;
      current = 0;
    }
  }
  return total + current;
}
