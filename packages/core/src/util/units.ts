// Up to this many code units are copied into a plain array of their exact length before
// String.fromCharCode.apply: applying a typed array's subarray (a new view each time) took about
// 1.6x as long for an id of 30 units
const SHORT = 64;
const plainArrays: number[][] = [];

/**
 * The string of the first `n` code units of `units`, one flat string.
 *
 * @example
 * unitsToString(new Uint16Array([104, 105, 33]), 2); // "hi"
 */
export function unitsToString(units: Uint16Array, n: number): string {
  if (n > SHORT) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  let plain = plainArrays[n];
  if (plain === undefined) {
    plain = new Array<number>(n).fill(0);
    plainArrays[n] = plain;
  }
  for (let i = 0; i < n; i++) plain[i] = units[i] as number;
  return String.fromCharCode.apply(null, plain);
}
