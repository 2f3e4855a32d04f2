import { indexTokens, type Stemming, stemToken } from "../query.js";

/**
 * The item's `tsvector` built in JavaScript, as its text literal: exactly what PostgreSQL computes
 * for `setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')`
 * from the archive's own tokens, without running the server's text parser over every item (that
 * parser was a third of the server's time of a bulk ingest, and splits some words unlike the
 * archive's tokenizer). The limits are PostgreSQL's (tsearch/ts_type.h), kept so that the
 * literal equals what `to_tsvector` gives, which a test checks against a real server.
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
 * The `tsvector` literal of an item: title words weighted A, body words B after them.
 *
 * @example
 * tsvectorLiteral(["peace", "talks"], ["talks", "resume"]); // "'peace':1A 'talks':2A,3B 'resume':4B"
 */
export function tsvectorLiteral(title: readonly string[], body: readonly string[]): string {
  // one slot per word, in parallel arrays: a Map of small arrays per word made a bulk ingest
  // spend more time collecting garbage than building vectors
  const slot = new Map<string, number>();
  const words: string[] = [];
  const positions: string[] = [];
  const inText: number[] = []; // positions this text's to_tsvector keeps
  const lastInText: number[] = [];
  const kept: number[] = []; // positions kept after `||`
  const lastKept: number[] = [];
  let titleEnd = 0; // the title's largest kept position: body positions follow it
  const add = (tokens: readonly string[], weight: "A" | "B", shift: number) => {
    inText.fill(0);
    lastInText.fill(0);
    let position = 0;
    for (const token of tokens) {
      // cheap test first: a token of fewer than 512 characters is below the limit in any script
      if (token.length >= MAX_LEXEME_BYTES / 4 && Buffer.byteLength(token) >= MAX_LEXEME_BYTES) continue;
      position++;
      const at = Math.min(position, MAX_POSITION);
      let i = slot.get(token);
      if (i === undefined) {
        i = words.length;
        slot.set(token, i);
        words.push(token);
        positions.push("");
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
      positions[i] += `${kept[i] === 0 ? "" : ","}${shifted}${weight}`;
      kept[i] = (kept[i] as number) + 1;
      lastKept[i] = shifted;
      if (weight === "A") titleEnd = shifted;
    }
  };
  add(title, "A", 0);
  add(body, "B", titleEnd);
  let out = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const quoted = word.includes("'") || word.includes("\\") ? word.replace(/['\\]/g, (c) => c + c) : word;
    out += `${i === 0 ? "" : " "}'${quoted}':${positions[i]}`;
  }
  return out;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * `indexTokens` with a shortcut for ASCII text (most of an English archive), which folding
 * leaves as it is but for case: the same tokens, without normalising every text to NFKD.
 *
 * @example
 * lexemesOf("Peace TALKS resume", null); // ["peace", "talks", "resume"]
 */
export function lexemesOf(text: string, stemming: Stemming): string[] {
  if (!ASCII.test(text)) return indexTokens(text, stemming);
  const tokens = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return stemming ? tokens.map(stemToken) : tokens;
}
