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
