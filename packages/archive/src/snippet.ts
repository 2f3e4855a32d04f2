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
// the same split over ASCII text, without the Unicode property classes (several times faster)
const ASCII_WORD = /[A-Za-z0-9]+/g;

/**
 * The words of `text` (letters and digits, Chinese and Japanese segmented: the index's split,
 * unfolded) as flat arrays of their offsets and whether `isHit` says each matches.
 * Snippets are cut for every hit shown, so this is the read path's inner loop: one regular
 * expression over the text, no generator, no object a word, and only a run of non-ASCII letters
 * is looked at for Chinese or Japanese to segment (a whole-text script test cost more than the
 * split itself).
 */
function markWords(text: string, isHit: (word: string) => boolean): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const hits: boolean[] = [];
  if (!NON_ASCII.test(text)) {
    ASCII_WORD.lastIndex = 0;
    for (let m = ASCII_WORD.exec(text); m !== null; m = ASCII_WORD.exec(text)) {
      starts.push(m.index);
      ends.push(ASCII_WORD.lastIndex);
      hits.push(isHit(m[0]));
    }
    return { starts, ends, hits };
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const run = m[0];
    if (NON_ASCII.test(run) && CJK.test(run)) {
      for (const w of segmentCjk(run)) {
        const start = m.index + w.start;
        starts.push(start);
        ends.push(start + w.word.length);
        hits.push(isHit(w.word));
      }
    } else {
      starts.push(m.index);
      ends.push(WORD.lastIndex);
      hits.push(isHit(run));
    }
  }
  return { starts, ends, hits };
}

interface Words {
  starts: number[];
  ends: number[];
  hits: boolean[];
}

interface Matcher {
  stem: (token: string) => string;
  isHit: (word: string) => boolean;
}

// one matcher per query (the plan's parsed query is shared by every row of a page)
const matchers = new WeakMap<QueryNode, Matcher>();

/**
 * Whether a word of the text is one of the query's. Most words are not, and most start with an
 * ASCII character, whose folded form starts with the same letter in lower case (folding and
 * stemming never change an ASCII first letter): a table of the query words' first letters turns
 * those away before any lower-casing, stemming or hashing.
 */
function matcherOf(query: QueryNode, stem: (token: string) => string): (word: string) => boolean {
  const known = matchers.get(query);
  if (known && known.stem === stem) return known.isHit;
  const { exact, prefixes } = wanted(query);
  const firstAscii = new Uint8Array(128);
  for (const token of [...exact, ...prefixes]) {
    const c = token.charCodeAt(0);
    if (token === "")
      firstAscii.fill(1); // an empty prefix would match every word
    else if (c < 128) {
      firstAscii[c] = 1;
      firstAscii[String.fromCharCode(c).toUpperCase().charCodeAt(0)] = 1;
    }
  }
  const isHit = (word: string) => {
    const c = word.charCodeAt(0);
    if (c < 128 && firstAscii[c] === 0) return false;
    // most words are ASCII: lower-casing them is folding them, without a Unicode normalisation each
    const folded = NON_ASCII.test(word) ? fold(word) : word.toLowerCase();
    return exact.has(stem(folded)) || prefixes.some((p) => folded.startsWith(p));
  };
  matchers.set(query, { stem, isHit });
  return isHit;
}

const SAME = (token: string) => token;

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
  stem: (token: string) => string = SAME,
): string {
  const { starts, ends, hits } = markWords(text, matcherOf(query, stem));
  const n = hits.length;
  if (n === 0) return "";
  // the window of `size` tokens holding the most hits, its first hit a few words in
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (hits[i]) count++;
    if (i >= size && hits[i - size]) count--;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, i - size + 1);
    }
  }
  let firstHit = -1;
  for (let i = best; i < n; i++) {
    if (hits[i]) {
      firstHit = i;
      break;
    }
  }
  const from = bestCount > 0 && firstHit !== -1 ? Math.max(0, firstHit - 3) : 0;
  const to = Math.min(n, from + size);
  let out = "";
  let at = starts[from] as number;
  for (let i = from; i < to; i++) {
    if (!hits[i]) continue;
    const start = starts[i] as number;
    const end = ends[i] as number;
    out += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  // the last window keeps the text's closing punctuation
  out += text.slice(at, to === n ? text.length : (ends[to - 1] as number));
  return `${from > 0 ? "…" : ""}${out.replace(/\s+/g, " ").trim()}${to < n ? "…" : ""}`;
}
