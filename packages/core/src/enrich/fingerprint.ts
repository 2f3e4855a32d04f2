import { fold } from "./text.js";

// 32-bit FNV-1a with a seed: two seeds give the 64 bits of a SimHash without BigInt
function fnv(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * A 64-bit SimHash (16 hex digits) of a text's word 3-grams, after folding case, accents and
 * punctuation: the same release published with different chrome or typography gets the same or a
 * nearby fingerprint.
 *
 * @example
 * fingerprint("The delegation met the UN team.") === fingerprint("the delegation met the U.N. team"); // usually close, see fingerprintDistance
 */
export function fingerprint(text: string): string {
  const words = fold(text.slice(0, 200_000)).split(" ").filter(Boolean);
  const votes = new Int32Array(64);
  const n = words.length < 3 ? 1 : 3;
  for (let i = 0; i + n <= words.length; i++) {
    const gram = words.slice(i, i + n).join(" ");
    const hi = fnv(gram, 0);
    const lo = fnv(gram, 0x9e3779b9);
    for (let b = 0; b < 32; b++) {
      votes[b] = (votes[b] as number) + ((hi >>> b) & 1 ? 1 : -1);
      votes[b + 32] = (votes[b + 32] as number) + ((lo >>> b) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if ((votes[b] as number) > 0) hi |= 1 << b;
    if ((votes[b + 32] as number) > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

/**
 * How many of the 64 bits two fingerprints differ in (0 = same text up to folding); Infinity when
 * either is not a fingerprint.
 *
 * @example
 * fingerprintDistance(a.enrichment.fingerprint, b.enrichment.fingerprint) <= 3; // near-duplicates
 */
export function fingerprintDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) return Number.POSITIVE_INFINITY;
  let d = 0;
  for (const i of [0, 8]) {
    let x = (Number.parseInt(a.slice(i, i + 8), 16) ^ Number.parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

/**
 * The distance at or under which two items are taken for the same story.
 *
 * @example
 * fingerprintDistance(a, b) <= NEAR_DUPLICATE_DISTANCE; // same as isNearDuplicate(a, b)
 */
export const NEAR_DUPLICATE_DISTANCE = 3;

/**
 * Whether two fingerprints (from one page or two) are near-duplicates: what the archive uses to
 * link the same release found on a date page, a category page and its own page.
 *
 * @example
 * isNearDuplicate(itemA.enrichment.fingerprint, itemB.enrichment.fingerprint); // true
 */
export function isNearDuplicate(a: string, b: string, maxDistance = NEAR_DUPLICATE_DISTANCE): boolean {
  return fingerprintDistance(a, b) <= maxDistance;
}
