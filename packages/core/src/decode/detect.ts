// chardet's recognisers (ICU's algorithm: byte n-grams per language for single-byte charsets,
// common-character statistics for CJK multi-byte ones). Imported one module at a time because its
// main entry also loads a file reader that needs Node's `fs`, which core must run without.
import { big5, euc_jp, euc_kr, gb_18030, sjis } from "chardet/lib/encoding/mbcs.js";
import {
  ISO_8859_1,
  ISO_8859_2,
  ISO_8859_5,
  ISO_8859_6,
  ISO_8859_7,
  ISO_8859_8,
  ISO_8859_9,
  KOI8_R,
  windows_1251,
  windows_1256,
} from "chardet/lib/encoding/sbcs.js";
import { encodingName } from "./decode.js";

/** A legacy charset read from the bytes alone, with chardet's confidence (0-100). */
export interface DetectedCharset {
  /** A WHATWG encoding name TextDecoder knows. */
  encoding: string;
  confidence: number;
}

interface Recogniser {
  match(context: unknown): { confidence: number; name: string } | null;
}

/**
 * When a guess is taken over the WHATWG default (windows-1252): chardet scores real CJK text
 * 100 and real Cyrillic, Greek or Arabic prose 40-100, while Western text scores under 25 in every
 * other charset. A guess must reach the floor and beat the Western reading of the same bytes by
 * the margin; otherwise windows-1252 stays, with its warning.
 */
export const DETECTION = { minConfidence: 30, marginOverWestern: 2 } as const;

// enough text for the statistics to settle; detection stays linear and cheap on huge inputs
const SAMPLE_BYTES = 64 * 1024;

let recognisers: { western: Recogniser; others: Recogniser[] } | undefined;

// built on first use so that importing core costs nothing for UTF-8 input
function allRecognisers(): { western: Recogniser; others: Recogniser[] } {
  recognisers ??= {
    western: new ISO_8859_1() as Recogniser,
    others: [
      new sjis(),
      new big5(),
      new euc_jp(),
      new euc_kr(),
      new gb_18030(),
      new windows_1251(),
      new KOI8_R(),
      new windows_1256(),
      new ISO_8859_2(),
      new ISO_8859_5(),
      new ISO_8859_6(),
      new ISO_8859_7(),
      new ISO_8859_8(),
      new ISO_8859_9(),
    ] as Recogniser[],
  };
  return recognisers;
}

/**
 * The most likely legacy (non-UTF-8) charset of bytes that declare none, or null when no
 * recogniser is confident enough. Western European text is left to the caller's windows-1252
 * default: ISO-8859-1 guesses add nothing to it.
 *
 * @example
 * detectCharset(windows1251Bytes); // { encoding: "windows-1251", confidence: 96 }
 */
export function detectCharset(bytes: Uint8Array): DetectedCharset | null {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const byteStats = new Uint32Array(256);
  for (const byte of sample) byteStats[byte] = (byteStats[byte] ?? 0) + 1;
  let c1Bytes = false;
  for (let b = 0x80; b <= 0x9f && !c1Bytes; b++) c1Bytes = byteStats[b] !== 0;
  const context = {
    byteStats,
    c1Bytes,
    rawInput: sample,
    rawLen: sample.length,
    inputBytes: sample,
    inputLen: sample.length,
  };
  const { western, others } = allRecognisers();
  const floor = Math.max(
    DETECTION.minConfidence,
    (western.match(context)?.confidence ?? 0) * DETECTION.marginOverWestern,
  );
  let best: DetectedCharset | null = null;
  for (const recogniser of others) {
    const match = recogniser.match(context);
    if (!match || match.confidence < floor) continue;
    if (best && match.confidence <= best.confidence) continue;
    const encoding = encodingName(match.name);
    if (encoding) best = { encoding, confidence: match.confidence };
  }
  return best;
}
