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
  const words = text.split(" ");
  return (
    words.length >= 2 && words.every((w) => w.length > 0 && w.length <= KEYWORD_LENGTH && KEYWORD.test(w))
  );
}

const BYLINE = /^(?:by|par|von|di|por|door|przez|av|af|от|作者[:：]?)\s+\S/iu;

/**
 * A byline line ("by Cable Green, Creative Commons   About CC"): a byline word and a name, no
 * sentence.
 *
 * @example
 * isByline("by Anna Tumadóttir   About CC"); // true
 */
export function isByline(text: string): boolean {
  return text.length <= 80 && BYLINE.test(text) && !text.endsWith(".");
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
  if (!HAS_VARIABLE_PART.test(text)) return text;
  return text.replace(/\d+/gu, "0").replace(/([^\p{L}\p{N}])(?:\s*\1)+/gu, "$1");
}
