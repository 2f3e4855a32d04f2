import { KeyHash } from "./hash.js";

/** Case, accents, punctuation and spacing do not change an item's identity. */
export function normalizeForId(text: string): string {
  // most keys are ASCII, or Latin letters and typographic punctuation: one native scan picks the
  // path, and only other scripts pay for Unicode normalisation
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return BEYOND_TABLE.test(text) ? normalizeGeneral(text) : normalizeByTable(text);
}

/** The definition normalizeForId's fast paths must agree with, character for character. */
export function normalizeGeneral(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const NON_ASCII = /[^\x00-\x7f]/;
// Latin-1, Latin Extended-A/B and general punctuation fold one character at a time
const TABLE_START = 0x80;
const TABLE_END = 0x2070;
const BEYOND_TABLE = /[^\x00-\u206f]|[\u0250-\u1fff]/;

// each character's folded form before spaces are collapsed: "é" -> "e", "…" -> " ", "½" -> "1 2"
// built on first use: a few milliseconds of normalize() calls that importing the package should
// not pay
let FOLDED: readonly string[] | undefined;

function foldTable(): readonly string[] {
  FOLDED ??= Array.from({ length: TABLE_END - TABLE_START }, (_, i) => {
    const c = TABLE_START + i;
    return c >= 0x250 && c < 0x2000
      ? ""
      : String.fromCharCode(c)
          .normalize("NFKD")
          .replace(/\p{M}+/gu, "")
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, " ");
  });
  return FOLDED;
}

function normalizeByTable(text: string): string {
  const table = foldTable();
  let out = "";
  let space = true; // no leading space
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let piece: string;
    if (c < 0x80) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
        out += String.fromCharCode(lower);
        space = false;
        continue;
      }
      piece = " ";
    } else piece = table[c - TABLE_START] as string;
    for (let k = 0; k < piece.length; k++) {
      const p = piece[k] as string;
      if (p === " ") {
        if (!space) out += " ";
        space = true;
      } else {
        out += p;
        space = false;
      }
    }
  }
  return space && out.length > 0 ? out.slice(0, -1) : out;
}

/**
 * The stable id of an item: derived from its day and its headline (or, with no headline, the
 * opening of its text), never from offsets or the page it was found on, so the same item parsed
 * from a date page and from a category page gets the same id.
 *
 * @example
 * itemId({ date: "2017-12-21T10:00:00Z", title: null, text: "The delegation of …" }); // "n_3f…"
 */
export function itemId(parts: {
  date: string | null;
  title: string | null;
  text: string;
  url?: string | null;
}): string {
  const day = parts.date ? parts.date.slice(0, 10) : "";
  // the key is `${day}|${basis}`, hashed from the folded code units: no intermediate strings
  const hash = new KeyHash();
  hash.addText(day);
  hash.addText("|");
  const source = parts.title ? parts.title : parts.text.slice(0, 400);
  const limit = parts.title ? Number.POSITIVE_INFINITY : 200;
  // (most keys fold a code unit to one or none: hashed as they fold, no buffer written and read)
  hash.copyStateTo(running);
  let length = foldHashed(source, limit);
  if (length >= 0) hash.resumeFrom(running);
  else {
    length = fold(source, limit);
    if (length >= 0) hash.addUnits(folded, length);
    else {
      const basis = normalizeGeneral(source).slice(0, limit);
      hash.addText(basis);
      length = basis.length;
    }
  }
  if (length > 0) return hash.digest("n_");
  const fallback = new KeyHash();
  fallback.addText(`${day}|url:${parts.url ?? ""}`);
  return fallback.digest("n_");
}

// The folded form of a character beyond the table (Han, kana, Hangul, Greek, Cyrillic, fullwidth
// forms…), worked out on first sight and kept in blocks of 256: CJK headlines took the Unicode
// path (NFKD and three regex passes over the whole title) on every item. Folding a character at a
// time gives what normalizeGeneral gives the whole text, as NFKD decomposes each character on its
// own and only reorders combining marks, which are dropped; null where that does not hold: a
// surrogate (a character outside the BMP is two code units) and a decomposition holding Σ, whose
// lower case depends on the letters around it (final ς).
const WIDE: ((string | null | undefined)[] | undefined)[] = [];

function widePiece(c: number): string | null {
  let block = WIDE[c >> 8];
  if (block === undefined) {
    block = new Array(256);
    WIDE[c >> 8] = block;
  }
  let piece = block[c & 255];
  if (piece === undefined) {
    const decomposed = String.fromCharCode(c).normalize("NFKD");
    piece =
      (c >= 0xd800 && c <= 0xdfff) || decomposed.includes("\u03a3")
        ? null
        : decomposed
            .replace(/\p{M}+/gu, "")
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, " ");
    block[c & 255] = piece;
  }
  return piece;
}

// cyrb53's steps (KeyHash.addUnits) over normalizeForId(text).slice(0, limit), from and into
// `running`, without writing the folded units anywhere; returns its length, or -1 when a character
// folds to more than one code unit or cannot be folded on its own (fold then does it the long way)
const running = new Int32Array(4);
// per ASCII code unit, its folded unit: letters lower-cased, digits kept, 0 for a separator
const ASCII_FOLD = Uint16Array.from({ length: 0x80 }, (_, c) => {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  return (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) ? lower : 0;
});

function foldHashed(text: string, limit: number): number {
  const table = foldTable();
  let a1 = running[0] as number;
  let a2 = running[1] as number;
  let b1 = running[2] as number;
  let b2 = running[3] as number;
  let n = 0;
  let pending = false; // a space is due before the next letter or digit (never a leading one)
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    let unit: number;
    if (c < 0x80) unit = ASCII_FOLD[c] as number;
    else {
      const piece =
        c < TABLE_END && (c < 0x250 || c >= 0x2000) ? (table[c - TABLE_START] as string) : widePiece(c);
      if (piece === null || piece.length > 1) return -1;
      if (piece.length === 0) continue;
      unit = piece.charCodeAt(0);
      if (unit === 32) unit = 0;
    }
    if (unit === 0) {
      pending = n > 0;
      continue;
    }
    if (pending) {
      a1 = Math.imul(a1 ^ 32, 2654435761);
      a2 = Math.imul(a2 ^ 32, 1597334677);
      b1 = Math.imul(b1 ^ 32, 2654435761);
      b2 = Math.imul(b2 ^ 32, 1597334677);
      pending = false;
      if (++n === limit) break;
    }
    a1 = Math.imul(a1 ^ unit, 2654435761);
    a2 = Math.imul(a2 ^ unit, 1597334677);
    b1 = Math.imul(b1 ^ unit, 2654435761);
    b2 = Math.imul(b2 ^ unit, 1597334677);
    n++;
  }
  running[0] = a1;
  running[1] = a2;
  running[2] = b1;
  running[3] = b2;
  return n;
}

// normalizeForId(text).slice(0, limit), written to `folded`; returns its length, or -1 when the
// text holds a character that cannot be folded on its own (widePiece)
let folded = new Uint16Array(512);

function fold(text: string, limit: number): number {
  // a character of the table folds to at most 3 code units ("½" -> "1 2"); one beyond it to up to
  // 18 (an Arabic ligature), so the buffer grows in the loop when such a character needs it
  if (folded.length < 3 * text.length + 32) folded = new Uint16Array(3 * text.length + 32);
  let out = folded;
  const table = foldTable();
  let n = 0;
  let pending = false; // a space is due before the next letter or digit (never a leading one)
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
        if (pending) {
          out[n++] = 32;
          pending = false;
          if (n === limit) break;
        }
        out[n++] = lower;
      } else pending = n > 0;
      continue;
    }
    const piece =
      c < TABLE_END && (c < 0x250 || c >= 0x2000) ? (table[c - TABLE_START] as string) : widePiece(c);
    if (piece === null) return -1;
    if (n + piece.length + 1 > out.length) {
      folded = new Uint16Array(2 * (n + piece.length + 1) + 3 * (text.length - i));
      folded.set(out.subarray(0, n));
      out = folded;
    }
    for (let k = 0; k < piece.length && n < limit; k++) {
      const p = piece.charCodeAt(k);
      if (p === 32) pending = n > 0;
      else {
        if (pending) {
          out[n++] = 32;
          pending = false;
          if (n === limit) break;
        }
        out[n++] = p;
      }
    }
  }
  return n;
}
