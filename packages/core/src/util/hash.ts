// two hex digits per byte: Number#toString(16) of a double costs about a microsecond, more than
// hashing the whole key
const BYTE_HEX: readonly string[] = Array.from(
  { length: 256 },
  (_, i) => (i < 16 ? "0" : "") + i.toString(16),
);

function hex32(v: number): string {
  return (
    (BYTE_HEX[v >>> 24] as string) +
    (BYTE_HEX[(v >>> 16) & 255] as string) +
    (BYTE_HEX[(v >>> 8) & 255] as string) +
    (BYTE_HEX[v & 255] as string)
  );
}

// the 53-bit cyrb53 value 2^32·(h2 & 0x1fffff) + h1 as 14 hex digits
function finish(h1: number, h2: number): string {
  const x = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const y = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(x ^ (x >>> 13), 3266489909);
  return hex32(y & 0x1fffff).slice(2) + hex32(x >>> 0);
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

  /** 28 hex digits. */
  digest(): string {
    return finish(this.a1, this.a2) + finish(this.b1, this.b2);
  }

  private save(a1: number, a2: number, b1: number, b2: number): void {
    this.a1 = a1;
    this.a2 = a2;
    this.b1 = b1;
    this.b2 = b2;
  }
}

/** A 28-hex-digit content hash, stable across runs and platforms. */
export function contentHash(text: string): string {
  const hash = new KeyHash();
  hash.addText(text);
  return hash.digest();
}
