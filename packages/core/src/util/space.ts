/**
 * White space as `\s` and `String.prototype.trim` define it (ECMAScript's WhiteSpace and
 * LineTerminator: tab, line ends, Unicode Zs, BOM), for scanners that read char codes.
 *
 * @example
 * isSpace(0x3000); // true: the ideographic space
 */
export function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
