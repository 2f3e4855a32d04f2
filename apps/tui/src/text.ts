import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";

// C0/C1 controls other than tab and newline: an ESC in a stored headline must not drive the terminal
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text from the archive made safe to print: controls removed, line breaks unified. */
export function printable(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
}

/** One line of printable text: every whitespace run becomes one space. */
export function oneLine(text: string): string {
  return printable(text).replace(/\s+/g, " ").trim();
}

// Code points that take one column each and never join a neighbour into one grapheme (no marks,
// joiners, controls, variation selectors, emoji presentation or wide East Asian forms): a string of
// only these is as wide as it is long, without string-width's walk over graphemes (~1 µs each).
// Latin, Greek, Cyrillic, general punctuation (quotes, dashes, "•", "…"), currency and "★☆";
// text.test.ts checks every one of them against string-width.
export const NARROW_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xac], // U+00AD, the soft hyphen, takes no column
  [0xae, 0x2ff],
  [0x370, 0x377],
  [0x37a, 0x37f],
  [0x384, 0x38a],
  [0x38c, 0x38c],
  [0x38e, 0x3a1],
  [0x3a3, 0x482], // U+0483-0489 are combining marks
  [0x48a, 0x52f],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20c0],
  [0x2605, 0x2606],
];
const hex = (n: number) => `\\u${n.toString(16).padStart(4, "0")}`;
const ONLY_NARROW = new RegExp(`^[${NARROW_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join("")}]*$`);

/** Whether every character of the text takes exactly one column (so its width is its length). */
export function isNarrow(text: string): boolean {
  return ONLY_NARROW.test(text);
}

/** Columns the text takes in a terminal (CJK counts two, combining marks none). */
export function width(text: string): number {
  return ONLY_NARROW.test(text) ? text.length : stringWidth(text);
}

/**
 * Exactly `columns` wide: cut with an ellipsis when longer, padded with spaces when shorter, by
 * display width so that wide (CJK) and combining (Arabic, Hebrew vowels) text keeps the columns.
 */
export function fit(text: string, columns: number): string {
  if (columns <= 0) return "";
  const cut = width(text) > columns ? truncate(text, columns) : text;
  const rest = columns - width(cut);
  return rest > 0 ? cut + " ".repeat(rest) : cut;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

// whole graphemes up to one column short, then "…": a wide character that would straddle the
// edge is left out (cli-truncate kept it and overshot the column by one)
function truncate(text: string, columns: number): string {
  if (ONLY_NARROW.test(text)) return `${text.slice(0, columns - 1)}…`;
  let out = "";
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = width(segment);
    if (used + w > columns - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Wraps one paragraph to `columns` by display width; words longer than a line are broken. */
export function wrap(text: string, columns: number): string[] {
  const body = oneLine(text);
  if (body === "") return [];
  return wrapAnsi(body, Math.max(1, columns), { hard: true, trim: true }).split("\n");
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** The day an item belongs to (`2017-12-21`), or null for an undated item. */
export function dayOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

/** A day heading: "Thursday, 21 December 2017"; "Undated" for items without a day. */
export function dayLabel(day: string | null): string {
  if (day === null) return "Undated";
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : dayFormat.format(time);
}

/** 1234567 -> "1,234,567". */
export function count(n: number): string {
  return n.toLocaleString("en-US");
}
