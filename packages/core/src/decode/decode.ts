import { NewsError } from "../model/errors.js";
import type { Warning } from "../model/warning.js";

export interface Decoded {
  text: string;
  /** WHATWG encoding name, or "string" when the input was already a string. */
  encoding: string;
  warnings: Warning[];
}

export interface DecodeOptions {
  /** A charset label to use when the bytes carry no BOM (e.g. from an HTTP Content-Type). */
  encoding?: string;
  /** Refuse inputs longer than this (bytes, or UTF-16 units for a string) with `input-too-large`. */
  maxBytes?: number;
}

const REPLACEMENT = 0xfffd;

/**
 * Bytes to a string, explicitly: a BOM wins (UTF-8, UTF-16LE, UTF-16BE), then `options.encoding`,
 * then UTF-8. Undecodable bytes become U+FFFD and are counted in an `invalid-bytes` warning.
 * A string passes through untouched (offsets then index the caller's own string).
 *
 * @example
 * decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text; // "hi"
 */
export function decode(input: string | Uint8Array, options: DecodeOptions = {}): Decoded {
  refuseUnreadable(input, options.maxBytes);
  if (typeof input === "string") return { text: input, encoding: "string", warnings: binaryWarning(input) };
  let encoding = "utf-8";
  let skip = 0;
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) skip = 3;
  else if (input[0] === 0xff && input[1] === 0xfe) [encoding, skip] = ["utf-16le", 2];
  else if (input[0] === 0xfe && input[1] === 0xff) [encoding, skip] = ["utf-16be", 2];
  else if (options.encoding) encoding = options.encoding;

  let decoder: { decode(bytes: Uint8Array): string; readonly encoding: string };
  try {
    // ignoreBOM: we strip the BOM ourselves so offsets are the same whichever path decoded
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  } catch (cause) {
    throw new NewsError(
      "unsupported-encoding",
      `no decoder for the charset "${encoding}"`,
      { encoding },
      cause,
    );
  }
  // WHATWG's GBK decoder is the GB18030 one; Node's "gbk" is not (it turns four-byte sequences and
  // A2 E3, the euro, into U+FFFD or private-use characters and drops a stray 0xFF), and servers that
  // declare gb2312 or gbk encode with GB18030
  const reader = decoder.encoding === "gbk" ? new TextDecoder("gb18030", { ignoreBOM: true }) : decoder;
  const bytes = skip ? input.subarray(skip) : input;
  let text = decoder.encoding === "euc-kr" ? decodeUhc(bytes, decoder) : reader.decode(bytes);
  if (decoder.encoding === "windows-1252") text = fixWindows1252(text);
  const warnings = binaryWarning(text);
  const replaced = countChar(text, REPLACEMENT);
  // the bytes' own U+FFFD are looked for only when the text holds one (most pages hold none)
  const invalid = replaced - (replaced > 0 && decoder.encoding === "utf-8" ? countUtf8Replacement(input) : 0);
  if (invalid > 0) {
    warnings.push({
      code: "invalid-bytes",
      message: `${invalid} byte sequence${invalid === 1 ? " was" : "s were"} not valid ${decoder.encoding} and became U+FFFD`,
      span: null,
      count: invalid,
    });
  }
  return { text, encoding: decoder.encoding, warnings };
}

/**
 * WHATWG's euc-kr is UHC (code page 949), as Korean sites write it; Node's reads KS X 1001 only and
 * turns the 8,822 Hangul syllables UHC adds (lead bytes 81-C6, trails 41-5A, 61-7A, 81-FE) into a
 * C1 control and a Latin letter. Those syllables are the ones KS X 1001 lacks, in Unicode order, so
 * their table is derived from the decoder itself; everything else is left to it.
 */
function decodeUhc(bytes: Uint8Array, ksx: { decode(bytes: Uint8Array): string }): string {
  const extension = uhcExtension();
  let out = "";
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x81 || lead > 0xfe || i + 1 >= bytes.length) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] as number;
    const at = uhcPointer(lead, trail);
    if (at === -1) {
      // a KS X 1001 pair, or a lead byte whose error the decoder reports (an ASCII trail is read again)
      i += trail < 0x80 ? 1 : 2;
      continue;
    }
    if (runStart < i) out += ksx.decode(bytes.subarray(runStart, i));
    out += extension[at] as string;
    i += 2;
    runStart = i;
  }
  return runStart === 0 ? ksx.decode(bytes) : out + ksx.decode(bytes.subarray(runStart));
}

/** The index of a UHC extension pair among the added syllables, or -1. */
function uhcPointer(lead: number, trail: number): number {
  const column =
    trail >= 0x41 && trail <= 0x5a
      ? trail - 0x41
      : trail >= 0x61 && trail <= 0x7a
        ? trail - 0x61 + 26
        : trail >= 0x81 && trail <= 0xfe
          ? trail - 0x81 + 52
          : -1;
  if (column === -1) return -1;
  // leads 81-A0 take every trail (178 columns); A1-C6 only those below A1 (84), up to C6 52
  if (lead <= 0xa0) return (lead - 0x81) * 178 + column;
  if (lead > 0xc6 || column >= 84) return -1;
  const at = 32 * 178 + (lead - 0xa1) * 84 + column;
  return at < UHC_ADDED ? at : -1;
}

const UHC_ADDED = 8822;
let uhcAdded: string[] | null = null;

/** The Hangul syllables KS X 1001 lacks, in Unicode order: the UHC extension, pointer by pointer. */
function uhcExtension(): string[] {
  if (uhcAdded) return uhcAdded;
  const ksx = new TextDecoder("euc-kr");
  const inKsx = new Set<number>();
  const pair = new Uint8Array(2);
  for (let lead = 0xb0; lead <= 0xc8; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      inKsx.add(ksx.decode(pair).charCodeAt(0));
    }
  }
  const added: string[] = [];
  for (let c = 0xac00; c <= 0xd7a3; c++) if (!inKsx.has(c)) added.push(String.fromCharCode(c));
  uhcAdded = added;
  return added;
}

// Node 20's TextDecoder reads windows-1252 as ISO-8859-1 (nodejs/node#56542): map 0x80-0x9F the
// WHATWG way ourselves; one code unit for one, so offsets do not move
const CP1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
function fixWindows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] as string)
    : text;
}

/**
 * Every parser's first step: a typed error for what is neither a string nor bytes, or is over
 * the caller's size limit.
 *
 * @example
 * refuseUnreadable(bytes, 1_000_000); // throws NewsError "input-too-large" past 1 MB
 */
export function refuseUnreadable(
  input: unknown,
  maxBytes: number | undefined,
): asserts input is string | Uint8Array {
  if (typeof input !== "string" && !isBytes(input)) {
    throw new NewsError("invalid-input", `expected a string or a Uint8Array, got ${describe(input)}`);
  }
  if (maxBytes !== undefined && input.length > maxBytes) {
    throw new NewsError(
      "input-too-large",
      `the input is ${input.length} long, over the limit of ${maxBytes}`,
      {
        length: input.length,
        maxBytes,
      },
    );
  }
}

/**
 * True for a Uint8Array from any realm (a vm context, an iframe, a jsdom test), where
 * `instanceof Uint8Array` is false.
 *
 * @example
 * isBytes(new TextEncoder().encode("hi")); // true
 */
export function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === "[object Uint8Array]";
}

/**
 * The WHATWG name of a charset label (`"latin1"` -> `"windows-1252"`), or null when no decoder
 * here knows it.
 *
 * @example
 * encodingName("Shift_JIS"); // "shift_jis"
 */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object"
    ? `an object (${value.constructor?.name ?? "Object"})`
    : `a ${typeof value}`;
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (
    let i = text.indexOf(String.fromCharCode(code));
    i !== -1;
    i = text.indexOf(String.fromCharCode(code), i + 1)
  )
    n++;
  return n;
}

// U+FFFD already present in valid UTF-8 input is not an invalid byte
function countUtf8Replacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

const CONTROL = /[\x00-\x08\x0b\x0e-\x1f]/;

// text with many NULs or C0 controls is binary; we still parse it, but say so
function binaryWarning(text: string): Warning[] {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  // text has no control characters at all: one native scan says so
  if (!CONTROL.test(sample)) return [];
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control++;
  }
  if (sample.length === 0 || control / sample.length < 0.05) return [];
  return [
    {
      code: "binary-input",
      message: `the input looks like binary data (${control} control characters in the first ${sample.length})`,
      span: null,
      count: control,
    },
  ];
}
