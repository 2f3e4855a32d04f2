import { BYLINE_WORDS } from "../lexicon/index.js";
import { mayOpenWith, openingSet } from "../shared/first-letter.js";
import { unitsToString } from "../util/units.js";
// What a listing's lines look like, read from their text alone: shared by the text-dump parser
// (src/text) and usable by the HTML listing parser on its blocks' text (issue 13 has the same
// shapes in markup). Pure string predicates: no page, no offsets.

/**
 * How much a line looks like a headline, from its shape alone: short, one phrase, no closing
 * full stop or colon (1 = a headline, 0 = cannot be one). Callers rule out page furniture first.
 *
 * @example
 * headlineShape("Sanford Announces Satellite Office Hours Schedule"); // 1
 * headlineShape("The delegation met the UN team on Thursday."); // 0.3
 */
export function headlineShape(text: string): number {
  const len = text.length;
  if (len < 3 || len > 200) return 0;
  let score = len > 150 ? 0.5 : 1;
  const last = text.charCodeAt(len - 1);
  if (last === 46 || last === 59 || last === 44) {
    // "U.S." and "..." end headlines; a full stop after a word ends a sentence
    const abbreviation = last === 46 && (text.endsWith("...") || /\b[A-Z]\.$/.test(text));
    if (!abbreviation) score *= 0.3;
  } else if (last === 58 || last === 0xff1a) score *= 0.2;
  if (len > 80 && /[.!?。！？]\s+\p{Lu}/u.test(text)) score *= 0.5;
  return score;
}

/**
 * Written as prose: long, closed by a full stop, or running on after a comma.
 *
 * @example
 * isProse("Los bloggers siguen compartiendo sus opiniones, desde cuestiones de gobierno."); // true
 */
export function isProse(text: string): boolean {
  // endsWith, not /\.$/: a regex anchored at the end still tries every position of the line
  // the comma is looked for natively first: most lines have none, and the regex would try every position
  return (
    text.length > 120 ||
    (text.endsWith(".") && !text.endsWith("...")) ||
    (text.indexOf(", ") !== -1 && RUNS_ON.test(text))
  );
}

const RUNS_ON = /, \p{Ll}/u;

/**
 * A teaser or paragraph rather than a headline: long, or a sentence that does not read as one.
 *
 * @example
 * isText("Jurnal de Spiel 2015 – Cum a fost, impresii, poze"); // false: a headline with a comma
 */
export function isText(text: string): boolean {
  return text.length >= 80 || (isProse(text) && headlineShape(text) < 0.5);
}

// words of four letters or more, and the capitalised ones among them
const LONG_WORD = /\p{L}{4,}/gu;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether most of a line's longer words are capitalised, as in a title.
 *
 * @example
 * titleCased("Key Applications, Challenges, and Opportunities"); // true
 * titleCased("Invited to speak at the Department of Computer Science"); // false
 */
export function titleCased(text: string): boolean {
  const words = text.match(LONG_WORD) ?? [];
  let capitalised = 0;
  for (const w of words) if (CAPITALISED.test(w)) capitalised++;
  return words.length > 0 && capitalised >= TITLE_CASED_SHARE * words.length;
}
const TITLE_CASED_SHARE = 0.6;

/** Longest keyword of a keyword line, in characters. */
const KEYWORD_LENGTH = 8;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const KEYWORD = /^[\p{L}\p{N}][\p{L}\p{N}·・]*$/u;

/**
 * A portal's keyword line between a headline and its age: two or more short CJK keywords (a
 * Latin one may be among them), nothing else.
 *
 * @example
 * isKeywordLine("印度 卫生部 病例数"); // true
 * isKeywordLine("巴西批准中国疫苗在当地试验 条件包括技术转让"); // false
 */
export function isKeywordLine(text: string): boolean {
  if (text.length > 40 || !CJK.test(text)) return false;
  // (a no-break space parts keywords as a space does)
  const words = text.split(/\s/u);
  return (
    words.length >= 2 && words.every((w) => w.length > 0 && w.length <= KEYWORD_LENGTH && KEYWORD.test(w))
  );
}

const BYLINE = new RegExp(`^(?:(?:${BYLINE_WORDS.join("|")}):?|作者[:：]?)\\s+\\S`, "iu");
const BYLINE_OPENS = openingSet(BYLINE_WORDS);

/**
 * A byline line ("by Cable Green, Creative Commons   About CC"): a byline word and a name, no
 * sentence.
 *
 * @example
 * isByline("by Anna Tumadóttir   About CC"); // true
 */
export function isByline(text: string): boolean {
  return text.length <= 80 && mayOpenWith(text, BYLINE_OPENS) && BYLINE.test(text) && !text.endsWith(".");
}

// most lines have neither digits nor a repeated mark: one test instead of two replacements
const HAS_VARIABLE_PART = /\d|([^\p{L}\p{N}])\s*\1/u;

/**
 * The written shape of a short line: digits as one `0`, runs of one punctuation mark as one, so
 * "0" and "12" (comment counts) or "Tags: , , ," and "Tags: , ," (empty tag lists) share a key.
 *
 * @example
 * markerKey("Tags: , , , ,") === markerKey("Tags: , ,"); // true
 */
export function markerKey(text: string): string {
  // (a short ASCII line, as marker lines are, in one pass; the key is built from an argument list)
  if (text.length <= 4096 && !NON_ASCII.test(text)) return asciiMarkerKey(text);
  // a no-break space is a space: pages print some of a repeated line's spaces as `&nbsp;`
  if (WIDE_SPACE.test(text)) return markerKey(text.replace(WIDE_SPACES, " "));
  if (!HAS_VARIABLE_PART.test(text)) return text;
  return text.replace(/\d+/gu, "0").replace(/([^\p{L}\p{N}])(?:\s*\1)+/gu, "$1");
}

const NON_ASCII = /[^\x00-\x7f]/;
const WIDE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const WIDE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/**
 * markerKey of an ASCII line in one pass, without the two Unicode regex replacements (in ASCII
 * \p{L}\p{N} are letters and digits, \s the six controls and the space): a digit run is "0", and a
 * mark followed by more of itself with only white space between ("; ;", ", , ,") is the mark
 * once. A white-space mark is followed by more of itself while the white space after it holds
 * one: its run ends after the last.
 */
function asciiMarkerKey(text: string): string {
  const n = text.length;
  if (keyUnits.length < n) keyUnits = new Uint16Array(2 * n);
  const out = keyUnits;
  let k = 0;
  let changed = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
      if (j - i > 1 || c !== 48) changed = true;
      out[k++] = 48;
      i = j;
      continue;
    }
    out[k++] = c;
    if (isAsciiAlpha(c)) {
      i++;
      continue;
    }
    const end = isAsciiSpace(c) ? spaceRunEnd(text, i, c) : markRunEnd(text, i, c);
    if (end > i + 1) changed = true;
    i = end;
  }
  // the key is a Map key: built flat from its code units, not as a chain of concatenations that
  // each lookup would flatten again
  return changed ? unitsToString(out, k) : text;
}

let keyUnits = new Uint16Array(128);

// after mark `c` at `at`: the end of the groups of (white space, `c`) that follow it, or at + 1
function markRunEnd(text: string, at: number, c: number): number {
  let end = at + 1;
  let j = end;
  for (;;) {
    while (j < text.length && isAsciiSpace(text.charCodeAt(j))) j++;
    if (j < text.length && text.charCodeAt(j) === c) {
      end = j + 1;
      j = end;
    } else return end;
  }
}

// after white-space character `c` at `at`: one past the last `c` in the white space that follows
function spaceRunEnd(text: string, at: number, c: number): number {
  let end = at + 1;
  for (let j = at + 1; j < text.length && isAsciiSpace(text.charCodeAt(j)); j++) {
    if (text.charCodeAt(j) === c) end = j + 1;
  }
  return end;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiAlpha(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
