import { unitsToString } from "./units.js";

// The digest is written as code units into one buffer and made a string once: built of hex pairs
// and halves, it was a tree of concatenations (about 250 bytes of heap per id instead of 50), kept
// by every item of a page and walked again by JSON.stringify.
const HEX_UNITS: readonly number[] = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
let digestUnits = new Uint16Array(64);

// the 53-bit cyrb53 value 2^32·(h2 & 0x1fffff) + h1 as 14 hex digits, written at `at`
function finish(out: Uint16Array, at: number, h1: number, h2: number): number {
  const x = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const y = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(x ^ (x >>> 13), 3266489909);
  let n = at;
  const high = y & 0x1fffff;
  for (let shift = 20; shift >= 0; shift -= 4) out[n++] = HEX_UNITS[(high >>> shift) & 15] as number;
  const low = x >>> 0;
  for (let shift = 28; shift >= 0; shift -= 4) out[n++] = HEX_UNITS[(low >>> shift) & 15] as number;
  return n;
}

const SEED = 0x9e3779b9;

/**
 * cyrb53 run with two seeds (106 bits) over a key given as a string or as UTF-16 code units, so a
 * key can be hashed as it was folded, without building it. No Node crypto: core runs in browsers
 * and workers.
 *
 * @example
 * const h = new KeyHash();
 * h.addText("2017-12-21|the delegation");
 * h.digest() === contentHash("2017-12-21|the delegation"); // true
 */
export class KeyHash {
  private a1 = 0xdeadbeef;
  private a2 = 0x41c6ce57;
  private b1 = 0xdeadbeef ^ SEED;
  private b2 = 0x41c6ce57 ^ SEED;

  addText(text: string): void {
    let { a1, a2, b1, b2 } = this;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      a1 = Math.imul(a1 ^ ch, 2654435761);
      a2 = Math.imul(a2 ^ ch, 1597334677);
      b1 = Math.imul(b1 ^ ch, 2654435761);
      b2 = Math.imul(b2 ^ ch, 1597334677);
    }
    this.save(a1, a2, b1, b2);
  }

  /** The first `length` code units of `units`. */
  addUnits(units: Uint16Array, length: number): void {
    let { a1, a2, b1, b2 } = this;
    for (let i = 0; i < length; i++) {
      const ch = units[i] as number;
      a1 = Math.imul(a1 ^ ch, 2654435761);
      a2 = Math.imul(a2 ^ ch, 1597334677);
      b1 = Math.imul(b1 ^ ch, 2654435761);
      b2 = Math.imul(b2 ^ ch, 1597334677);
    }
    this.save(a1, a2, b1, b2);
  }

  /** 28 hex digits, after `prefix` when one is given (one flat string). */
  digest(prefix = ""): string {
    if (digestUnits.length < prefix.length + 28) digestUnits = new Uint16Array(prefix.length + 28);
    const out = digestUnits;
    let n = 0;
    for (; n < prefix.length; n++) out[n] = prefix.charCodeAt(n);
    n = finish(out, n, this.a1, this.a2);
    n = finish(out, n, this.b1, this.b2);
    // an item id's 30 units passed as arguments: no array filled and applied (every item has an id)
    return n === 30 ? thirtyUnits(out) : unitsToString(out, n);
  }

  /**
   * The running state as four int32s, for a loop that takes addUnits' steps itself (the item id's
   * folding, which writes no buffer); the state it ends with goes back in with `resumeFrom`.
   */
  copyStateTo(into: Int32Array): void {
    into[0] = this.a1;
    into[1] = this.a2;
    into[2] = this.b1;
    into[3] = this.b2;
  }

  resumeFrom(state: Int32Array): void {
    this.save(state[0] as number, state[1] as number, state[2] as number, state[3] as number);
  }

  private save(a1: number, a2: number, b1: number, b2: number): void {
    this.a1 = a1;
    this.a2 = a2;
    this.b1 = b1;
    this.b2 = b2;
  }
}

function thirtyUnits(u: Uint16Array): string {
  return String.fromCharCode(
    u[0] as number,
    u[1] as number,
    u[2] as number,
    u[3] as number,
    u[4] as number,
    u[5] as number,
    u[6] as number,
    u[7] as number,
    u[8] as number,
    u[9] as number,
    u[10] as number,
    u[11] as number,
    u[12] as number,
    u[13] as number,
    u[14] as number,
    u[15] as number,
    u[16] as number,
    u[17] as number,
    u[18] as number,
    u[19] as number,
    u[20] as number,
    u[21] as number,
    u[22] as number,
    u[23] as number,
    u[24] as number,
    u[25] as number,
    u[26] as number,
    u[27] as number,
    u[28] as number,
    u[29] as number,
  );
}

/** A 28-hex-digit content hash, stable across runs and platforms. */
export function contentHash(text: string): string {
  const hash = new KeyHash();
  hash.addText(text);
  return hash.digest();
}
