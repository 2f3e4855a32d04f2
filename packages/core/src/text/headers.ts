import { type DateMatch, findDates } from "../dates/index.js";
import { foldWord, MONTHS } from "../dates/names.js";
import type { Line } from "./lines.js";

/** Lines longer than this are body text: no header is that long. */
export const MAX_HEADER_LENGTH = 240;

/** A line (or up to three short lines: "Mar" / "9" / "2015") holding a date that may start an item. */
export interface Candidate {
  first: number;
  last: number;
  /** offsets are absolute (into the input) */
  match: DateMatch;
  /** what the line says before and after the date, trimmed */
  prefix: string;
  suffix: string;
  /** absolute offset of `suffix` */
  suffixStart: number;
  prefixStart: number;
  /** the written shape: header lines of one list share it */
  key: string;
}

export interface Scan {
  candidates: Candidate[];
  /** lines that are only a month and a year ("May 2013"): headings of a group of items */
  monthLines: Set<number>;
}

/** Every line that could be an item header, and the month headings, in one pass over the lines. */
export function scanLines(input: string, lines: readonly Line[]): Scan {
  const candidates: Candidate[] = [];
  const monthLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const len = line.textEnd - line.textStart;
    if (len === 0 || len > MAX_HEADER_LENGTH) continue;
    if (len <= 12) {
      const split = splitDate(input, lines, i);
      if (split) {
        candidates.push(split);
        i = split.last;
        continue;
      }
    }
    if (!hasDigit(line.text)) continue;
    const found = findDates(line.text);
    if (found.length === 0) continue;
    const match = found.find((m) => m.day !== null);
    if (!match) {
      const only = found[0] as DateMatch;
      if (found.length === 1 && only.start === 0 && only.end === line.text.length) monthLines.add(i);
      continue;
    }
    const candidate = toCandidate(line, i, i, match);
    if (candidate) candidates.push(candidate);
  }
  return { candidates, monthLines };
}

// a calendar badge: the date's parts on consecutive short lines
function splitDate(input: string, lines: readonly Line[], i: number): Candidate | null {
  const line = lines[i] as Line;
  const word = line.text;
  const c = word.charCodeAt(0);
  const digits = c >= 48 && c <= 57 && word.length <= 2 && /^\d{1,2}$/.test(word);
  if (!digits && (word.length < 3 || !MONTHS.has(foldWord(word)))) return null;
  const parts = [i];
  for (let j = i + 1; j < lines.length && j <= i + 6 && parts.length < 3; j++) {
    const next = lines[j] as Line;
    if (next.textStart === next.textEnd) continue;
    if (next.textEnd - next.textStart > 12) break;
    parts.push(j);
  }
  if (parts.length < 3) return null;
  const lastIndex = parts[2] as number;
  const last = lines[lastIndex] as Line;
  const slice = input.slice(line.textStart, last.textEnd);
  const [match] = findDates(slice);
  if (match?.start !== 0 || match.end !== slice.length || match.day === null) return null;
  const absolute = shift(match, line.textStart);
  return {
    first: i,
    last: lastIndex,
    match: absolute,
    prefix: "",
    suffix: "",
    suffixStart: last.textEnd,
    prefixStart: line.textStart,
    key: `${shapeOf(match.text)}|split|`,
  };
}

function toCandidate(line: Line, first: number, last: number, m: DateMatch): Candidate | null {
  const prefix = line.text.slice(0, m.start).trim();
  const suffix = line.text.slice(m.end).trim();
  // "Today: May 02, 2013" is the page's clock, not an item
  if (TODAY.test(prefix)) return null;
  const prefixKind = prefixKey(prefix);
  // a date inside a sentence is not a header
  if (prefixKind === "text" && words(suffix) > 3) return null;
  if (prefix.length > 0 && prefixKind !== "text" && words(suffix) > 30) return null;
  return {
    first,
    last,
    match: shift(m, line.textStart),
    prefix,
    suffix,
    suffixStart: line.textEnd - suffix.length,
    prefixStart: line.textStart,
    key: `${shapeOf(m.text)}|${prefixKind}|${suffix.length > 0 ? "s" : ""}`,
  };
}

const TODAY =
  /^(?:today|now|aujourd'hui|aujourd’hui|oggi|hoy|hoje|heute|vandaag|dzisiaj|dziś|сегодня|今天|今日|现在)\s*(?:is)?\s*[:：,-]?$/iu;

// offsets of a match found in a line, made absolute (in place: the match is ours)
function shift(m: DateMatch, by: number): DateMatch {
  m.start += by;
  m.end += by;
  return m;
}

/** Digits become `d`, letters `a`: "Apr 14, 2015" and "May 2, 2013" share "a d, d". */
export function shapeOf(date: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < date.length; i++) {
    const c = date.charCodeAt(i);
    let k: string;
    if (c >= 48 && c <= 57) k = "d";
    else if (c <= 32 || c === 0xa0) k = " ";
    else if (c === 46 && last === "a")
      continue; // "Apr." is "Apr"
    else if (c >= 0x80 || (c | 32) >= 97) k = (c | 32) <= 122 || c >= 0x80 ? "a" : (date[i] as string);
    else k = date[i] as string;
    if (k === "a" && last === "d") continue; // "21st" is "21"
    if (k !== last || (k !== "d" && k !== "a" && k !== " ")) out += k;
    last = k;
  }
  return out;
}

function prefixKey(prefix: string): string {
  if (prefix.length === 0) return "";
  if (!/[\p{L}\p{N}]/u.test(prefix)) return prefix.replace(/\s+/g, "");
  if (prefix.length <= 30 && (prefix.endsWith(":") || prefix.endsWith("：") || words(prefix) <= 2)) {
    return `label:${prefix.toLowerCase().replace(/\d+/g, "0")}`;
  }
  return "text";
}

function words(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
