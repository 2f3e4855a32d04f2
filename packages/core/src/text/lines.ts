/** One line of the input, with offsets into it (the line break is not part of `end`). */
export interface Line {
  /** first character of the line */
  start: number;
  /** after the last character, before the line break */
  end: number;
  /** start of the next line (after the line break), or the input's length */
  next: number;
  /** offsets of the line without surrounding whitespace; equal when the line is blank */
  textStart: number;
  textEnd: number;
  /** the line without surrounding whitespace */
  text: string;
  /**
   * Facts about `text` the stages read more than once, worked out on first use (see facts.ts):
   * bit flags of which are known and what they are. Kept on the line, not in a map: no lookups.
   */
  facts: number;
  /** `headlineScore(text)`, or -1 until asked */
  headline: number;
}

/** Split on \n, \r\n and lone \r, in one pass. */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = input.length;
  if (input.indexOf("\r") === -1) {
    // the common case: indexOf is much faster than a loop over characters
    while (start < n) {
      const nl = input.indexOf("\n", start);
      const end = nl === -1 ? n : nl;
      const next = nl === -1 ? n : nl + 1;
      lines.push(makeLine(input, start, end, next));
      start = next;
    }
    return lines;
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
    lines.push(makeLine(input, start, end, next));
    start = next;
  }
  return lines;
}

function makeLine(input: string, start: number, end: number, next: number): Line {
  let textStart = start;
  let textEnd = end;
  while (textStart < textEnd && isSpace(input.charCodeAt(textStart))) textStart++;
  while (textEnd > textStart && isSpace(input.charCodeAt(textEnd - 1))) textEnd--;
  return {
    start,
    end,
    next,
    textStart,
    textEnd,
    text: input.slice(textStart, textEnd),
    facts: 0,
    headline: -1,
  };
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
