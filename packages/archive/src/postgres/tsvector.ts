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

/**
 * An item's tsvector as COPY's binary form is written from it, in arrays reused from item to
 * item: the UTF-8 bytes of each distinct word (`bytes` from `wordStart`, `wordBytes` long, in
 * the order words first occur) and, per kept position in order, its word (`wordOf`) and the
 * position with its weight in the top two bits. The same words and positions as
 * `tsvectorEntries(lexemesOf(title), lexemesOf(body))`, without a string per token, a Map per
 * item or the lower-cased copy of the text: building those was most of node's CPU in a bulk
 * ingest of teasers.
 */
export interface TsvectorScan {
  words: number;
  wordStart: Int32Array;
  wordBytes: Int32Array;
  bytes: Buffer;
  positions: number;
  wordOf: Int32Array;
  position: Uint16Array;
}

/** The lower-cased byte of each ASCII letter or digit, 0 for the other ASCII characters. */
const ASCII_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[a-z0-9]/.test(ch)) ASCII_LOWER[c] = c;
  else if (/[A-Z]/.test(ch)) ASCII_LOWER[c] = c + 32;
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CAPITAL_SIGMA = "\u03a3";

/** Scratch of `scanTsvector`, grown as needed and kept between items. */
class Scanner {
  readonly scan: TsvectorScan = {
    words: 0,
    wordStart: new Int32Array(256),
    wordBytes: new Int32Array(256),
    bytes: Buffer.allocUnsafe(8192),
    positions: 0,
    wordOf: new Int32Array(512),
    position: new Uint16Array(512),
  };
  private bytesAt = 0;
  // per word: its hash, the positions the current text's to_tsvector keeps and the last of
  // them, the positions kept after `||` and the last of them
  private hashOf = new Int32Array(256);
  private inText = new Int32Array(256);
  private lastInText = new Int32Array(256);
  private kept = new Int32Array(256);
  private lastKept = new Int32Array(256);
  // open addressing over word hashes: a slot holds a word's index when its stamp is this item's
  private table = new Int32Array(1024);
  private stamp = new Int32Array(1024);
  private generation = 0;
  private counted = 0;
  private titleEnd = 0;
  // room kept beyond what is written: the item's ASCII characters still to come, a byte each
  private slack = 0;

  run(title: string, body: string, stemming: Stemming): TsvectorScan {
    const scan = this.scan;
    scan.words = 0;
    scan.positions = 0;
    this.bytesAt = 0;
    this.titleEnd = 0;
    if (++this.generation === 0x7fffffff) {
      this.generation = 1;
      this.stamp.fill(0);
    }
    this.slack = title.length + body.length;
    this.roomForBytes(0);
    this.text(title, WEIGHT_A, 0, stemming);
    this.text(body, WEIGHT_B, this.titleEnd, stemming);
    return scan;
  }

  private text(text: string, weight: number, shift: number, stemming: Stemming): void {
    this.inText.fill(0, 0, this.scan.words);
    this.lastInText.fill(0, 0, this.scan.words);
    this.counted = 0;
    // what lexemesOf does otherwise: the tokens as strings (stems, a sigma's context)
    if (stemming || text.includes(CAPITAL_SIGMA)) {
      for (const token of lexemesOf(text, stemming)) this.token(token, weight, shift);
      return;
    }
    let bytes = this.scan.bytes;
    let start = -1; // where the current word began in the text
    let wordAt = 0; // and in `bytes`
    let hash = 0;
    let folded = false; // whether it holds a character beyond ASCII
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : SPACE;
      if (c < 128) {
        const lower = ASCII_LOWER[c] as number;
        if (lower !== 0) {
          if (start === -1) {
            start = i;
            wordAt = this.bytesAt;
            hash = FNV_OFFSET;
          }
          if (!folded) {
            bytes[this.bytesAt++] = lower;
            hash = Math.imul(hash ^ lower, FNV_PRIME);
          }
          continue;
        }
      } else if (!separates(c)) {
        if (start === -1) {
          start = i;
          wordAt = this.bytesAt;
        }
        folded = true;
        continue;
      }
      if (start === -1) continue;
      if (!folded) this.word(wordAt, this.bytesAt - wordAt, hash, weight, shift);
      else {
        // a word with a character beyond ASCII: folded (and split) as lexemesOf folds it
        this.bytesAt = wordAt;
        for (const token of indexTokens(text.slice(start, i), null)) this.token(token, weight, shift);
        bytes = this.scan.bytes; // grown, maybe
      }
      start = -1;
      folded = false;
    }
  }

  /** A token given as a string: its UTF-8 bytes appended, then counted as `word`. */
  private token(token: string, weight: number, shift: number): void {
    this.roomForBytes(3 * token.length);
    const at = this.bytesAt;
    const length = this.scan.bytes.write(token, at);
    let hash = FNV_OFFSET;
    for (let k = at; k < at + length; k++) hash = Math.imul(hash ^ (this.scan.bytes[k] as number), FNV_PRIME);
    this.bytesAt = at + length;
    this.word(at, length, hash, weight, shift);
  }

  /**
   * One token, its bytes the last `length` of `bytes` (dropped again when the word was seen
   * before): a position within PostgreSQL's limits, exactly as `tsvectorEntries` keeps them.
   */
  private word(at: number, length: number, hash: number, weight: number, shift: number): void {
    const scan = this.scan;
    if (length >= MAX_LEXEME_BYTES) {
      this.bytesAt = at;
      return;
    }
    this.counted++;
    const position = Math.min(this.counted, MAX_POSITION);
    const i = this.slot(at, length, hash);
    if (i < scan.words) this.bytesAt = at;
    else {
      if (i >= scan.wordStart.length) this.growWords();
      scan.wordStart[i] = at;
      scan.wordBytes[i] = length;
      this.hashOf[i] = hash;
      this.inText[i] = 0;
      this.lastInText[i] = 0;
      this.kept[i] = 0;
      this.lastKept[i] = 0;
      scan.words++;
      if (2 * scan.words > this.table.length) this.rehash();
    }
    // to_tsvector of one text: 255 positions per word at most, none after the last position
    if (this.inText[i] === MAX_POSITIONS_ONE_TEXT || this.lastInText[i] === MAX_POSITION) return;
    this.inText[i] = (this.inText[i] as number) + 1;
    this.lastInText[i] = position;
    // `||`: shifted past the title, 256 positions per word at most, none after the last position
    if (this.kept[i] === MAX_POSITIONS || this.lastKept[i] === MAX_POSITION) return;
    const shifted = Math.min(position + shift, MAX_POSITION);
    if (scan.positions === scan.wordOf.length) {
      scan.wordOf = grown(scan.wordOf, Int32Array);
      scan.position = grown(scan.position, Uint16Array);
    }
    scan.wordOf[scan.positions] = i;
    scan.position[scan.positions++] = weight | shifted;
    this.kept[i] = (this.kept[i] as number) + 1;
    this.lastKept[i] = shifted;
    if (weight === WEIGHT_A) this.titleEnd = shifted;
  }

  /** The index of the word of these bytes, or `words` (claimed for it) when it is new. */
  private slot(at: number, length: number, hash: number): number {
    const { table, stamp } = this;
    const { bytes, wordStart, wordBytes } = this.scan;
    const mask = table.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      if (stamp[s] !== this.generation) {
        stamp[s] = this.generation;
        table[s] = this.scan.words;
        return this.scan.words;
      }
      const i = table[s] as number;
      if (wordBytes[i] !== length) continue;
      const from = wordStart[i] as number;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (bytes[from + k] !== bytes[at + k]) {
          same = false;
          break;
        }
      }
      if (same) return i;
    }
  }

  private rehash(): void {
    const size = 2 * this.table.length;
    this.table = new Int32Array(size);
    this.stamp = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.scan.words; i++) {
      let s = (this.hashOf[i] as number) & mask;
      while (this.stamp[s] === this.generation) s = (s + 1) & mask;
      this.stamp[s] = this.generation;
      this.table[s] = i;
    }
  }

  private growWords(): void {
    const scan = this.scan;
    scan.wordStart = grown(scan.wordStart, Int32Array);
    scan.wordBytes = grown(scan.wordBytes, Int32Array);
    this.hashOf = grown(this.hashOf, Int32Array);
    this.inText = grown(this.inText, Int32Array);
    this.lastInText = grown(this.lastInText, Int32Array);
    this.kept = grown(this.kept, Int32Array);
    this.lastKept = grown(this.lastKept, Int32Array);
  }

  private roomForBytes(more: number): void {
    const scan = this.scan;
    const needed = this.bytesAt + more + this.slack;
    if (needed <= scan.bytes.length) return;
    const bytes = Buffer.allocUnsafe(Math.max(2 * scan.bytes.length, needed));
    scan.bytes.copy(bytes, 0, 0, this.bytesAt);
    scan.bytes = bytes;
  }
}

function grown<T extends Int32Array | Uint16Array>(array: T, Type: { new (length: number): T }): T {
  const out = new Type(2 * array.length);
  out.set(array);
  return out;
}

const scanner = new Scanner();

/**
 * The tsvector of an item's title (weight A) and text (weight B) for binary COPY, tokenized as
 * `lexemesOf` tokenizes. The result is the scanner's own arrays, valid until the next call.
 *
 * @example
 * const scan = scanTsvector("Peace talks", "Talks resume", null);
 * scan.words; // 3: "peace", "talks", "resume"
 */
export function scanTsvector(title: string, body: string, stemming: Stemming): TsvectorScan {
  return scanner.run(title, body, stemming);
}
