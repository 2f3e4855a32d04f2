import { fold, indexTokens, type Stemming, stemToken } from "../query.js";

/**
 * The item's `tsvector` built in JavaScript, as entries for binary COPY or as a text literal:
 * exactly what PostgreSQL computes
 * for `setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')`
 * from the archive's own tokens, without running the server's text parser over every item (that
 * parser was a third of the server's time of a bulk ingest, and splits some words unlike the
 * archive's tokenizer). The limits are PostgreSQL's (tsearch/ts_type.h), kept so that both
 * forms equal what `to_tsvector` gives, which tests check against a real server.
 */

/** Positions above this are recorded as this one (MAXENTRYPOS - 1). */
const MAX_POSITION = 16_383;
/** `to_tsvector` keeps this many positions per word (MAXNUMPOS - 1)… */
const MAX_POSITIONS_ONE_TEXT = 255;
/** …and `||` lets the two texts' positions of one word add up to this many (MAXNUMPOS). */
const MAX_POSITIONS = 256;
/** Words of this many UTF-8 bytes or more are not indexed (MAXSTRLEN + 1). */
export const MAX_LEXEME_BYTES = 2_048;

/**
 * The `tsvector` literal of an item: title words weighted A, body words B after them (the
 * text form of `tsvectorEntries`, for writes that send parameters rather than binary COPY).
 *
 * @example
 * tsvectorLiteral(["peace", "talks"], ["talks", "resume"]); // "'peace':1A 'talks':2A,3B 'resume':4B"
 */
export function tsvectorLiteral(title: readonly string[], body: readonly string[]): string {
  const { words, wordOf, position } = tsvectorEntries(title, body);
  const positions = words.map(() => "");
  for (let k = 0; k < wordOf.length; k++) {
    const i = wordOf[k] as number;
    const p = position[k] as number;
    positions[i] += `${positions[i] === "" ? "" : ","}${p & MAX_POSITION}${p >> 14 === 3 ? "A" : "B"}`;
  }
  let out = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const quoted = word.includes("'") || word.includes("\\") ? word.replace(/['\\]/g, (c) => c + c) : word;
    out += `${i === 0 ? "" : " "}'${quoted}':${positions[i]}`;
  }
  return out;
}

/**
 * An item's tsvector as data, for COPY's binary format: its words in the order they first occur
 * and, per kept position in order, the word's index and the position with its weight in the
 * top two bits (PostgreSQL's WordEntryPos: A = 3, B = 2). The same positions the literal holds.
 */
export interface TsvectorEntries {
  words: string[];
  wordOf: number[];
  position: number[];
}

const WEIGHT_A = 3 << 14;
const WEIGHT_B = 2 << 14;

/**
 * The entries of an item's tsvector: title words weighted A, body words B after them, within
 * PostgreSQL's limits exactly as `tsvectorLiteral`.
 *
 * @example
 * tsvectorEntries(["peace", "talks"], ["talks"]); // words ["peace", "talks"], wordOf [0, 1, 1]
 */
export function tsvectorEntries(title: readonly string[], body: readonly string[]): TsvectorEntries {
  // flat arrays, one slot per word: a Map of small arrays per word made a bulk ingest spend more
  // time collecting garbage than building vectors
  const slot = new Map<string, number>();
  const words: string[] = [];
  const wordOf: number[] = [];
  const position: number[] = [];
  if (title.length + body.length <= MAX_POSITIONS_ONE_TEXT && !title.some(isLong) && !body.some(isLong)) {
    // no limit can be reached: every token is a position
    let at = 0;
    const add = (tokens: readonly string[], weight: number) => {
      for (const token of tokens) {
        let i = slot.get(token);
        if (i === undefined) {
          i = words.length;
          slot.set(token, i);
          words.push(token);
        }
        wordOf.push(i);
        position.push(weight | ++at);
      }
    };
    add(title, WEIGHT_A);
    add(body, WEIGHT_B);
    return { words, wordOf, position };
  }
  const inText: number[] = []; // positions this text's to_tsvector keeps
  const lastInText: number[] = [];
  const kept: number[] = []; // positions kept after `||`
  const lastKept: number[] = [];
  let titleEnd = 0; // the title's largest kept position: body positions follow it
  const add = (tokens: readonly string[], weight: number, shift: number) => {
    inText.fill(0);
    lastInText.fill(0);
    let counted = 0;
    for (const token of tokens) {
      if (isLong(token)) continue;
      counted++;
      const at = Math.min(counted, MAX_POSITION);
      let i = slot.get(token);
      if (i === undefined) {
        i = words.length;
        slot.set(token, i);
        words.push(token);
        inText.push(0);
        lastInText.push(0);
        kept.push(0);
        lastKept.push(0);
      }
      // to_tsvector of one text: 255 positions per word at most, none after the last position
      if (inText[i] === MAX_POSITIONS_ONE_TEXT || lastInText[i] === MAX_POSITION) continue;
      inText[i] = (inText[i] as number) + 1;
      lastInText[i] = at;
      // `||`: shifted past the title, 256 positions per word at most, none after the last position
      if (kept[i] === MAX_POSITIONS || lastKept[i] === MAX_POSITION) continue;
      const shifted = Math.min(at + shift, MAX_POSITION);
      wordOf.push(i);
      position.push(weight | shifted);
      kept[i] = (kept[i] as number) + 1;
      lastKept[i] = shifted;
      if (weight === WEIGHT_A) titleEnd = shifted;
    }
  };
  add(title, WEIGHT_A, 0);
  add(body, WEIGHT_B, titleEnd);
  return { words, wordOf, position };
}

/**
 * Too long a word for the index. Cheap test first: a token of fewer than 512 characters is below
 * the limit in any script.
 */
function isLong(token: string): boolean {
  return token.length >= MAX_LEXEME_BYTES / 4 && Buffer.byteLength(token) >= MAX_LEXEME_BYTES;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * `indexTokens` with shortcuts that give the same tokens: ASCII text (most of an English
 * archive) is only lower-cased, and other text is folded word by word, only the words holding
 * a character beyond ASCII (normalising and testing a whole text for CJK was most of a bulk
 * ingest's tokenizing).
 *
 * @example
 * lexemesOf("Peace TALKS resume", null); // ["peace", "talks", "resume"]
 */
export function lexemesOf(text: string, stemming: Stemming): string[] {
  if (ASCII.test(text)) {
    const tokens = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    return stemming ? tokens.map(stemToken) : tokens;
  }
  // a capital sigma lower-cases by what surrounds it, beyond its word
  if (text.includes("\u03a3")) return indexTokens(text, stemming);
  const out: string[] = [];
  let start = -1; // where the current word began
  let folded = false; // whether it holds a character beyond ASCII
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : SPACE;
    const inWord = c < 128 ? ASCII_WORD[c] === 1 : !separates(c);
    if (inWord) {
      if (start === -1) start = i;
      if (c >= 128) folded = true;
      continue;
    }
    if (start === -1) continue;
    const word = text.slice(start, i);
    if (!folded) out.push(stemming ? stemToken(word.toLowerCase()) : word.toLowerCase());
    else for (const token of indexTokens(word, stemming)) out.push(token);
    start = -1;
    folded = false;
  }
  return out;
}

const SPACE = 32;
/** 1 for the ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Per UTF-16 unit beyond ASCII: 0 not yet known, 1 separates words, 2 may be part of one. */
const SEPARATES = new Uint8Array(65_536);

/**
 * Whether a character ends a word as surely as a space: its folded form is not empty and holds
 * no letter, digit or mark (a mark alone folds to nothing and joins what surrounds it). Folding
 * maps each character on its own, so text cut at such characters folds piece by piece as a
 * whole. Surrogates (characters beyond the BMP) are left to the words they touch.
 */
function separates(unit: number): boolean {
  let known = SEPARATES[unit] as number;
  if (known === 0) {
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    const f = surrogate ? "" : fold(String.fromCharCode(unit));
    known = f.length > 0 && !/[\p{L}\p{N}\p{M}]/u.test(f) ? 1 : 2;
    SEPARATES[unit] = known;
  }
  return known === 1;
}
