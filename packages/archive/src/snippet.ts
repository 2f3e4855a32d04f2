import { CJK, fold, type QueryNode, segmentCjk } from "./query.js";

/** The words a query looks for: exact tokens and prefixes, from its positive terms only. */
function wanted(node: QueryNode, out = { exact: new Set<string>(), prefixes: [] as string[] }) {
  switch (node.kind) {
    case "term":
      node.tokens.forEach((t, i) => {
        if (node.prefix && i === node.tokens.length - 1) out.prefixes.push(t);
        else out.exact.add(t);
      });
      break;
    case "and":
    case "or":
      for (const c of node.children) wanted(c, out);
      break;
    case "not":
      break;
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
const WORD = /[\p{L}\p{N}]+/gu;

interface Token {
  start: number;
  end: number;
  hit: boolean;
}

/**
 * The words of `text` with their offsets (letters and digits, Chinese and Japanese segmented: the
 * index's split, unfolded), each with whether `isHit` says it matches.
 * Snippets are cut for every hit shown, so this is the read path's inner loop: one regular
 * expression over the text, no generator, and only a run of non-ASCII letters is looked at for
 * Chinese or Japanese to segment (a whole-text script test cost more than the split itself).
 */
function markWords(text: string, isHit: (word: string) => boolean): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const run = m[0];
    if (NON_ASCII.test(run) && CJK.test(run)) {
      for (const w of segmentCjk(run)) {
        const start = m.index + w.start;
        tokens.push({ start, end: start + w.word.length, hit: isHit(w.word) });
      }
    } else tokens.push({ start: m.index, end: WORD.lastIndex, hit: isHit(run) });
  }
  return tokens;
}

/**
 * An excerpt of `text` around the densest cluster of the query's words, each marked. Cut here
 * rather than by the engine so both engines give the same snippet, and only for the page shown.
 *
 * @example
 * snippet("Delegations met in Geneva for peace talks.", parseQuery("geneva").text!, ["[", "]"]);
 * // "Delegations met in [Geneva] for peace talks."
 */
export function snippet(
  text: string,
  query: QueryNode,
  [open, close]: [string, string],
  size = 24,
  stem: (token: string) => string = (t) => t,
): string {
  const { exact, prefixes } = wanted(query);
  const tokens = markWords(text, (word) => {
    // most words are ASCII: lower-casing them is folding them, without a Unicode normalisation each
    const folded = NON_ASCII.test(word) ? fold(word) : word.toLowerCase();
    return exact.has(stem(folded)) || prefixes.some((p) => folded.startsWith(p));
  });
  if (tokens.length === 0) return "";
  // the window of `size` tokens holding the most hits, its first hit a few words in
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.hit) count++;
    if (i >= size && tokens[i - size]?.hit) count--;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, i - size + 1);
    }
  }
  const firstHit = tokens.findIndex((t, i) => i >= best && t.hit);
  const from = bestCount > 0 && firstHit !== -1 ? Math.max(0, firstHit - 3) : 0;
  const to = Math.min(tokens.length, from + size);
  let out = "";
  let at = (tokens[from] as { start: number }).start;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as { start: number; end: number; hit: boolean };
    if (!t.hit) continue;
    out += text.slice(at, t.start) + open + text.slice(t.start, t.end) + close;
    at = t.end;
  }
  // the last window keeps the text's closing punctuation
  out += text.slice(at, to === tokens.length ? text.length : (tokens[to - 1] as { end: number }).end);
  return `${from > 0 ? "…" : ""}${out.replace(/\s+/g, " ").trim()}${to < tokens.length ? "…" : ""}`;
}
