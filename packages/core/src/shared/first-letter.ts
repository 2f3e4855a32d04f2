// Cheap tests on a line's first or last character before a regex anchored there: a regex that must
// open with one of a few words cannot match a line opening with an ASCII character none of them
// opens with. Only ASCII is turned away: outside it, /iu case folding reaches the ASCII letters
// ("ſ" is an "s", "K" a "k"), so any other character is left to the regex.

/** The ASCII letters of `letters` (either case) and the other ASCII characters of `also`. */
export interface CharSet {
  letters: number;
  also: string;
}

/**
 * The set of characters a regex's words open (or close) with.
 *
 * @example
 * mayOpenWith("Home » News", charSet("hais")); // true
 */
export function charSet(letters: string, also = ""): CharSet {
  let bits = 0;
  for (const c of letters) bits |= 1 << ((c.charCodeAt(0) | 32) - 97);
  return { letters: bits, also };
}

/**
 * The set of the letters `words` open with (words opening outside ASCII need none: such a first
 * character is always left to the regex).
 *
 * @example
 * mayOpenWith("von Anna", openingSet(["by", "von", "от"])); // true
 */
export function openingSet(words: readonly string[]): CharSet {
  let letters = "";
  for (const w of words) if (w.charCodeAt(0) < 128) letters += w.charAt(0);
  return charSet(letters);
}

/** False only when `text` opens with an ASCII character outside `set`. */
export function mayOpenWith(text: string, set: CharSet): boolean {
  return mayBe(text.charCodeAt(0), set);
}

/** False only when `text` closes with an ASCII character outside `set`. */
export function mayCloseWith(text: string, set: CharSet): boolean {
  return mayBe(text.charCodeAt(text.length - 1), set);
}

function mayBe(c: number, set: CharSet): boolean {
  // (NaN, an empty text: the regex decides)
  if (!(c < 128)) return true;
  const lower = c | 32;
  if (lower >= 97 && lower <= 122) return (set.letters & (1 << (lower - 97))) !== 0;
  return set.also.length > 0 && set.also.includes(String.fromCharCode(c));
}

/** Pairs of ASCII letters (either case), as a table of 26 × 26. */
export type PairSet = Uint8Array;

/**
 * The set of the first (or last) two letters of a regex's words; every pair is two ASCII letters.
 *
 * @example
 * mayOpenWithPair("Yesterday", pairSet(["ye", "to"])); // true
 */
export function pairSet(pairs: readonly string[]): PairSet {
  const table = new Uint8Array(26 * 26);
  for (const pair of pairs) {
    const a = (pair.charCodeAt(0) | 32) - 97;
    const b = (pair.charCodeAt(1) | 32) - 97;
    if (pair.length !== 2 || a < 0 || a > 25 || b < 0 || b > 25) throw new Error(`not two letters: ${pair}`);
    table[a * 26 + b] = 1;
  }
  return table;
}

/** False only when `text` opens with two ASCII characters that are no pair of `set`. */
export function mayOpenWithPair(text: string, set: PairSet): boolean {
  return mayBePair(text.charCodeAt(0), text.charCodeAt(1), set);
}

/** False only when `text` closes with two ASCII characters that are no pair of `set`. */
export function mayCloseWithPair(text: string, set: PairSet): boolean {
  return mayBePair(text.charCodeAt(text.length - 2), text.charCodeAt(text.length - 1), set);
}

function mayBePair(first: number, second: number, set: PairSet): boolean {
  // (NaN, a text shorter than two: the regex decides)
  if (!(first < 128 && second < 128)) return true;
  const a = (first | 32) - 97;
  const b = (second | 32) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25) return false;
  return set[a * 26 + b] === 1;
}
