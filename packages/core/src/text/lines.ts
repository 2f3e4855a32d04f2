/** Offsets kept per line, in this order, in one Int32Array. */
const START = 0;
const END = 1;
const NEXT = 2;
const TEXT_START = 3;
const TEXT_END = 4;
const FIELDS = 5;
const TEXT_CHUNK_BITS = 10;
const TEXT_CHUNK = 1 << TEXT_CHUNK_BITS;
// a wrapped page: lines of at least WRAP_MIN characters, and of the filled lines at least
// WRAP_LINES and WRAP_SHARE end within WRAP_SLACK characters of the longest
const WRAP_MIN = 60;
const WRAP_SLACK = 12;
const WRAP_LINES = 5;
const WRAP_SHARE = 0.03;

/**
 * The page's lines as a table of offsets into the input: no object and no string per line. A
 * line's text (without surrounding whitespace) is cut from the input only when a stage asks for
 * it, once; the per-line facts of facts.ts are kept in typed arrays beside the offsets. On a page
 * of 10⁶ short lines an object and a string per line were most of the parse: every scavenge
 * copied them, and the old generation grew into mark-compacts.
 *
 * @example
 * const lines = splitLines("Home\n  About us \r\n");
 * lines.length; // 2
 * lines.text(1); // "About us"
 * lines.textStart(1); // 7
 */
export class LineTable {
  /** how many lines */
  readonly length: number;
  /**
   * Facts about a line's text the stages read more than once, worked out on first use (see
   * facts.ts): bit flags of which are known and what they are.
   */
  readonly facts: Uint8Array;
  /** `headlineScore(text(i))` once asked (facts.ts marks which are known; 0 until then) */
  readonly headline: Float64Array;
  private readonly input: string;
  private readonly offsets: Int32Array;
  // cut on first use, kept in chunks of TEXT_CHUNK lines made when a line of theirs is first cut:
  // one array of n entries cost more than the parse of a page of short lines (pushing n
  // `undefined`s, or `new Array(n)`, a dictionary from 10⁵ lines on)
  private readonly texts: ((string | undefined)[] | undefined)[];
  // wrapWidth() once worked out; -1 until then
  private wrap = -1;
  // the widest line's end column once worked out; -1 until then
  private widestEnd = -1;
  // per line, the number of its text among the page's distinct texts (see textId); null until asked
  private ids: Int32Array | null = null;
  // per distinct text: the first line that holds it, and on how many lines it stands
  private firstWith: Int32Array = EMPTY;
  private linesWith: Int32Array = EMPTY;
  // per distinct text, facts about it (facts.ts); empty until the ids are worked out
  private perText: Uint8Array = EMPTY_BYTES;
  private perTextScore: Float64Array = EMPTY_SCORES;

  constructor(input: string, offsets: Int32Array, length: number) {
    this.input = input;
    this.offsets = offsets;
    this.length = length;
    // (one buffer for both: each typed array's buffer is an allocation outside the heap, costly
    // beside the parse of a small page)
    const buffer = new ArrayBuffer(9 * length);
    this.headline = new Float64Array(buffer, 0, length);
    this.facts = new Uint8Array(buffer, 8 * length, length);
    const chunks: ((string | undefined)[] | undefined)[] = [];
    for (let i = 0; i < length; i += TEXT_CHUNK) chunks.push(undefined);
    this.texts = chunks;
  }

  /** first character of line `i` */
  start(i: number): number {
    return this.offsets[i * FIELDS + START] as number;
  }

  /** after the last character of line `i`, before the line break */
  end(i: number): number {
    return this.offsets[i * FIELDS + END] as number;
  }

  /** start of the line after `i` (after the line break), or the input's length */
  next(i: number): number {
    return this.offsets[i * FIELDS + NEXT] as number;
  }

  /** where line `i`'s text starts, without surrounding whitespace */
  textStart(i: number): number {
    return this.offsets[i * FIELDS + TEXT_START] as number;
  }

  /** where line `i`'s text ends, without surrounding whitespace; equal to its start when blank */
  textEnd(i: number): number {
    return this.offsets[i * FIELDS + TEXT_END] as number;
  }

  /** the length of line `i`'s text */
  size(i: number): number {
    const at = i * FIELDS;
    return (this.offsets[at + TEXT_END] as number) - (this.offsets[at + TEXT_START] as number);
  }

  /**
   * The width the page's text was wrapped at (lynx, w3m, mail and other tools break paragraphs
   * into lines of at most so many characters, indentation included), or 0 when it was not: the
   * longest line, when enough other lines end close to it.
   */
  wrapWidth(): number {
    if (this.wrap >= 0) return this.wrap;
    const widest = this.widest();
    // (one pass for both counts)
    let filled = 0;
    let near = 0;
    for (let i = 0; i < this.length; i++) {
      if (this.blank(i)) continue;
      filled++;
      if (this.textEnd(i) - this.start(i) >= widest - WRAP_SLACK) near++;
    }
    this.wrap = widest >= WRAP_MIN && near >= Math.max(WRAP_LINES, WRAP_SHARE * filled) ? widest : 0;
    return this.wrap;
  }

  /** The column the page's widest line ends at, indentation included. */
  widest(): number {
    if (this.widestEnd >= 0) return this.widestEnd;
    let widest = 0;
    for (let i = 0; i < this.length; i++) {
      if (!this.blank(i)) widest = Math.max(widest, this.textEnd(i) - this.start(i));
    }
    this.widestEnd = widest;
    return widest;
  }

  /**
   * Whether line `i` may have been broken by wrapping, on a page with too few full lines for
   * `wrapWidth` to tell its width: it runs to within a few characters of the widest line, of at
   * least WRAP_MIN characters, and the next line's first word would not have fitted after it.
   */
  mayWrapInto(i: number): boolean {
    if (this.wrapsInto(i)) return true;
    if (i + 1 >= this.length || this.blank(i) || this.blank(i + 1)) return false;
    const widest = this.widest();
    const end = this.textEnd(i) - this.start(i);
    if (widest < WRAP_MIN || end < widest - WRAP_SLACK) return false;
    if (this.textStart(i) - this.start(i) !== this.textStart(i + 1) - this.start(i + 1)) return false;
    let word = this.textStart(i + 1);
    const stop = this.textEnd(i + 1);
    while (word < stop && this.input.charCodeAt(word) > 32) word++;
    return end + 1 + (word - this.textStart(i + 1)) > widest;
  }

  /**
   * Whether line `i` was broken by wrapping and goes on in line `i + 1`: both filled, equally
   * indented, and the next line's first word would not have fitted at the end of this one.
   */
  wrapsInto(i: number): boolean {
    const width = this.wrapWidth();
    if (width === 0 || i < 0 || i + 1 >= this.length || this.blank(i) || this.blank(i + 1)) return false;
    if (this.textStart(i) - this.start(i) !== this.textStart(i + 1) - this.start(i + 1)) return false;
    const next = this.textStart(i + 1);
    let word = next;
    const end = this.textEnd(i + 1);
    while (word < end && this.input.charCodeAt(word) > 32) word++;
    return this.textEnd(i) - this.start(i) + 1 + (word - next) > width;
  }

  /** whether line `i` holds nothing but whitespace */
  blank(i: number): boolean {
    const at = i * FIELDS;
    return this.offsets[at + TEXT_END] === this.offsets[at + TEXT_START];
  }

  /**
   * The number of line `i`'s text among the page's distinct texts (surrounding whitespace aside):
   * lines that read alike share it, so a fact about a text is worked out once per page, whether
   * the page prints it once or on every other line (a menu, "Read more", a date, a pager; and the
   * pages built of one repeated line that slowed every stage down). Texts longer than
   * MAX_SHARED_TEXT are not compared: each gets a number of its own; on a page of under
   * MIN_SHARED_LINES lines, a line's number is its own.
   */
  textId(i: number): number {
    if (this.length < MIN_SHARED_LINES) return i;
    return (this.ids ?? this.numberTexts())[i] as number;
  }

  /** whether lines that read alike share a textId (not on pages of under MIN_SHARED_LINES lines) */
  sharesTexts(): boolean {
    return this.length >= MIN_SHARED_LINES;
  }

  // the per-text tables made: numbered texts, or on a small page one entry per line
  private textTables(): void {
    if (this.perText.length === this.length || this.ids !== null) return;
    if (this.length >= MIN_SHARED_LINES) {
      this.numberTexts();
      return;
    }
    // (one buffer for both, as for headline and facts)
    const buffer = new ArrayBuffer(9 * this.length);
    this.perTextScore = new Float64Array(buffer, 0, this.length);
    this.perText = new Uint8Array(buffer, 8 * this.length, this.length);
  }

  /** how many distinct texts the page's lines hold (textId is below it) */
  distinctTexts(): number {
    this.textTables();
    return this.perText.length;
  }

  /** how many lines hold the text numbered `id` */
  linesWithText(id: number): number {
    if (this.length < MIN_SHARED_LINES) return 1;
    if (this.ids === null) this.numberTexts();
    return this.linesWith[id] as number;
  }

  /** per distinct text (textId), a byte of facts for facts.ts to keep */
  textFacts(): Uint8Array {
    this.textTables();
    return this.perText;
  }

  /** per distinct text (textId), a score for facts.ts to keep (its headline shape) */
  textScores(): Float64Array {
    this.textTables();
    return this.perTextScore;
  }

  // one pass over the lines: a hash of each text's code units in the input (no string cut), looked
  // up in an open-addressing table of distinct texts; on a hit the text is compared natively
  // (sameText) with the one cut from the first line that holds it
  private numberTexts(): Int32Array {
    const n = this.length;
    const input = this.input;
    const offsets = this.offsets;
    // one buffer for the tables the page keeps: per text its headline score (8 bytes), then per
    // line its text's number, per text its first line and its count (4 bytes each), then per text
    // its facts (a typed array's allocation costs more than numbering a small page's lines)
    const buffer = new ArrayBuffer(21 * n);
    const ids = new Int32Array(buffer, 8 * n, n);
    const firstWith = new Int32Array(buffer, 12 * n, n);
    const linesWith = new Int32Array(buffer, 16 * n, n);
    let size = 16;
    while (size < 2 * n) size <<= 1;
    const mask = size - 1;
    this.firstWith = firstWith;
    let distinct = 0;
    const { slots, hashes, following } = scratchFor(size, n);
    // (the text after the last line that printed the previous line's text: on a page that repeats
    // a run of lines it is this line's, checked by one comparison instead of a hash of the ends)
    let predicted = -1;
    for (let i = 0; i < n; i++) {
      const from = offsets[i * FIELDS + TEXT_START] as number;
      const to = offsets[i * FIELDS + TEXT_END] as number;
      let id = -1;
      // (only a text in the table is predicted, where the lookup below would have found it: the
      // same number either way)
      if (predicted !== -1 && this.sameText(firstWith[predicted] as number, from, to)) id = predicted;
      else if (to - from <= MAX_SHARED_TEXT) {
        // the length and the first and last HASHED_ENDS code units: most texts differ there, and
        // a text shares no more than MAX_PROBES comparisons, so texts that differ only inside
        // cost no more than a few
        let hash = to - from;
        const head = Math.min(to, from + HASHED_ENDS);
        for (let k = from; k < head; k++) hash = (Math.imul(hash, 31) + input.charCodeAt(k)) | 0;
        for (let k = Math.max(head, to - HASHED_ENDS); k < to; k++)
          hash = (Math.imul(hash, 31) + input.charCodeAt(k)) | 0;
        let slot = (hash ^ (hash >>> 15)) & mask;
        for (let probes = 0; probes < MAX_PROBES; probes++) {
          const at = slots[slot] as number;
          if (at === -1) {
            id = distinct;
            slots[slot] = id;
            hashes[id] = hash;
            break;
          }
          if (hashes[at] === hash && this.sameText(firstWith[at] as number, from, to)) {
            id = at;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      // (a text the table holds: a number the lookup gave, or a new one it placed)
      const inTable = id !== -1;
      if (id === -1 || id === distinct) {
        id = distinct++;
        firstWith[id] = i;
      }
      ids[i] = id;
      linesWith[id] = (linesWith[id] as number) + 1;
      // (kept as the number + 1, 0 for none, so that the table needs no filling)
      if (i > 0) following[ids[i - 1] as number] = inTable ? id + 1 : 0;
      predicted = (following[id] as number) - 1;
    }
    this.ids = ids;
    this.linesWith = linesWith;
    this.perText = new Uint8Array(buffer, 20 * n, distinct);
    this.perTextScore = new Float64Array(buffer, 0, distinct);
    return ids;
  }

  // whether line `line`'s text reads as input[from, to): the text cut from `line` against a cut of
  // the range, compared natively. (A loop of charCodeAt over both was most of numberTexts on pages
  // of repeated short lines, ~4 ns a pair of code units for the string representations' dispatch,
  // and startsWith at the offset no faster; the cut, a copy or a slice left to the next scavenge,
  // costs less than either: numbering 10⁶ characters of date-like lines 8.6 -> 4.8 ms.)
  private sameText(line: number, from: number, to: number): boolean {
    if (this.textEnd(line) - this.textStart(line) !== to - from) return false;
    return this.input.slice(from, to) === this.cut(line);
  }

  /** line `i` without surrounding whitespace */
  text(i: number): string {
    // a text printed on several lines is cut once, from the first of them
    if (this.ids !== null) return this.cut(this.firstWith[this.ids[i] as number] as number);
    return this.cut(i);
  }

  // line `i`'s own text, cut on first use
  private cut(i: number): string {
    let chunk = this.texts[i >> TEXT_CHUNK_BITS];
    if (chunk === undefined) {
      // (the last chunk, and a small page's only one, as long as the lines it holds)
      chunk = new Array(Math.min(TEXT_CHUNK, this.length - (i & ~(TEXT_CHUNK - 1))));
      this.texts[i >> TEXT_CHUNK_BITS] = chunk;
    }
    const cached = chunk[i & (TEXT_CHUNK - 1)];
    if (cached !== undefined) return cached;
    const text = this.input.slice(this.textStart(i), this.textEnd(i));
    chunk[i & (TEXT_CHUNK - 1)] = text;
    return text;
  }
}

const EMPTY = new Int32Array(0);
const EMPTY_BYTES = new Uint8Array(0);
const EMPTY_SCORES = new Float64Array(0);
// texts longer than this (paragraphs) are not compared with the page's other lines: two alike are
// rare, and hashing them would read every character of the page's prose once more
const MAX_SHARED_TEXT = 240;
// pages of fewer lines than this do not share facts between lines that read alike: the few
// repeated lines of a small page save less than the numbering costs (the dev listing pages,
// 7-3,114 lines, 0-64% of them printed again, parsed ~5% slower when all were numbered)
const MIN_SHARED_LINES = 1024;
// how many code units at each end of a text its hash reads
const HASHED_ENDS = 8;
// how many slots of the table of texts a line looks at before it gets a number of its own (two
// lines that read alike then do not share facts: they are worked out twice, the same)
const MAX_PROBES = 16;

// The open-addressing table of texts, the hash of each text and the text that followed it, shared
// from page to page (used only while a page's texts are numbered): allocated for every page, they
// cost more than the numbering on a small one. Pages of more than SHARED_SCRATCH lines get their own.
const SHARED_SCRATCH = 1 << 16;
let sharedSlots = new Int32Array(0);
let sharedHashes = new Int32Array(0);
let sharedFollowing = new Int32Array(0);

function scratchFor(
  size: number,
  n: number,
): { slots: Int32Array; hashes: Int32Array; following: Int32Array } {
  if (n > SHARED_SCRATCH)
    return { slots: new Int32Array(size).fill(-1), hashes: new Int32Array(n), following: new Int32Array(n) };
  if (sharedSlots.length < size) sharedSlots = new Int32Array(size);
  if (sharedHashes.length < n) {
    sharedHashes = new Int32Array(Math.max(n, 1024));
    sharedFollowing = new Int32Array(Math.max(n, 1024));
  }
  sharedSlots.fill(-1, 0, size);
  sharedFollowing.fill(0, 0, n);
  return { slots: sharedSlots, hashes: sharedHashes, following: sharedFollowing };
}

/** Split on \n, \r\n and lone \r, in one pass, into a table of offsets. */
export function splitLines(input: string): LineTable {
  const n = input.length;
  // sized for lines of 32 characters (up to 16 K lines: one long line gets no large table), grown
  // by doubling: from 64 lines, doubling copied the table ~11 times on a page of 70 K lines;
  // counting the line breaks first cost a second scan
  let offsets = new Int32Array(FIELDS * Math.max(64, Math.min(n >> 5, 16_384)));
  let count = 0;
  const push = (start: number, end: number, next: number) => {
    const at = count * FIELDS;
    if (at + FIELDS > offsets.length) {
      const grown = new Int32Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    let textStart = start;
    let textEnd = end;
    while (textStart < textEnd && isSpace(input.charCodeAt(textStart))) textStart++;
    while (textEnd > textStart && isSpace(input.charCodeAt(textEnd - 1))) textEnd--;
    offsets[at + START] = start;
    offsets[at + END] = end;
    offsets[at + NEXT] = next;
    offsets[at + TEXT_START] = textStart;
    offsets[at + TEXT_END] = textEnd;
    count++;
  };
  let start = 0;
  if (input.indexOf("\r") === -1) {
    // the common case: indexOf is much faster than a loop over characters (and the row written
    // here rather than by push: a closure's reassigned table is read through its context)
    let table = offsets;
    let at = 0;
    while (start < n) {
      const nl = input.indexOf("\n", start);
      const end = nl === -1 ? n : nl;
      const next = nl === -1 ? n : nl + 1;
      if (at + FIELDS > table.length) {
        const grown = new Int32Array(table.length * 2);
        grown.set(table);
        table = grown;
      }
      let textStart = start;
      let textEnd = end;
      while (textStart < textEnd && isSpace(input.charCodeAt(textStart))) textStart++;
      while (textEnd > textStart && isSpace(input.charCodeAt(textEnd - 1))) textEnd--;
      table[at + START] = start;
      table[at + END] = end;
      table[at + NEXT] = next;
      table[at + TEXT_START] = textStart;
      table[at + TEXT_END] = textEnd;
      at += FIELDS;
      start = next;
    }
    return new LineTable(input, table, at / FIELDS);
  }
  while (start < n) {
    let end = start;
    while (end < n) {
      const c = input.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let next = end;
    if (next < n) next += input.charCodeAt(next) === 13 && input.charCodeAt(next + 1) === 10 ? 2 : 1;
    push(start, end, next);
    start = next;
  }
  return new LineTable(input, offsets, count);
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 12 ||
    c === 11 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b)
  );
}
