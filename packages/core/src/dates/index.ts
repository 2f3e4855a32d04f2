/**
 * The one date module of @news/core: every parser (text, HTML, feeds, enrichment) reads dates here.
 * Pure functions: no wall clock, relative dates only against an explicit reference.
 */
import { dayNumber, defaultOrder, findDates, isValid, readNumeric } from "./find.js";
import { DATE_LABELS, foldWord, WEEKDAYS } from "./names.js";
import { parseRelative } from "./relative.js";
import type { DateMatch, DateParts, DayOrder } from "./types.js";

export { defaultOrder, type FindOptions, findDates, isValid, readNumeric } from "./find.js";
export { foldWord } from "./names.js";
export type { DateMatch, DateParts, DateShape, DayOrder } from "./types.js";

/**
 * ISO 8601 for (possibly partial) date parts: `YYYY-MM-DD` when only the day is known, a full
 * timestamp when the time is (with its zone when the text gave one), `YYYY-MM` or `YYYY` for
 * partial dates; null without a year or for an impossible date.
 *
 * @example
 * toIso({ year: 2017, month: 12, day: 21 }); // "2017-12-21"
 * toIso({ year: 2020, month: 8, day: 16, hour: 22, minute: 26, second: 38, offsetMinutes: 480 });
 * // "2020-08-16T22:26:38+08:00"
 */
export function toIso(parts: DateParts): string | null {
  const { year, month, day } = parts;
  if (year === null || !Number.isInteger(year) || year < 0 || year > 9999) return null;
  const y = pad(year, 4);
  if (month === null) return y;
  if (month < 1 || month > 12) return null;
  if (day === null) return `${y}-${pad(month, 2)}`;
  if (!isValid(year, month, day)) return null;
  const date = `${y}-${pad(month, 2)}-${pad(day, 2)}`;
  if (parts.hour === undefined) return date;
  const time = `${pad(parts.hour, 2)}:${pad(parts.minute ?? 0, 2)}:${pad(parts.second ?? 0, 2)}`;
  return `${date}T${time}${zone(parts.offsetMinutes)}`;
}

/**
 * The text is (mostly) one date, possibly with a weekday or a label around it ("Pubblicata il:",
 * "Posted on"); null when it is not. Relative dates ("5 hours ago", "yesterday", "5小时前", "hace 2
 * días", "il y a 3 jours", "vor 2 Tagen") resolve only when `reference` is given, and so does the
 * year of a date written without one.
 *
 * @example
 * parseDate("Thursday, 21 December 2017")?.iso; // "2017-12-21"
 * parseDate("vor 2 Tagen", { reference: "2020-08-16T12:00:00Z" })?.iso; // "2020-08-14"
 */
export function parseDate(
  text: string,
  options: { lang?: string; order?: DayOrder; reference?: Date | string } = {},
): (DateMatch & { iso: string }) | null {
  if (typeof text !== "string" || text.length > 300) return null;
  const reference = toReference(options.reference);
  if (reference) {
    const relative = parseRelative(text, reference);
    if (relative) {
      const iso = toIso(relative);
      const lead = text.length - text.trimStart().length;
      const written = text.trim();
      if (iso) {
        return {
          ...relative,
          start: lead,
          end: lead + written.length,
          text: written,
          ambiguous: false,
          shape: "relative",
          iso,
        };
      }
    }
  }
  const matches = findDates(text, options);
  let best: DateMatch | undefined;
  for (const m of matches) if (!best || m.end - m.start > best.end - best.start) best = m;
  if (!best || !onlyLabelsAround(text, best)) return null;
  const match = best.year === null && reference ? { ...best, year: guessYear(best, reference) } : best;
  const iso = toIso(match);
  return iso ? { ...match, iso } : null;
}

/**
 * Decide month/day order for a page from all its numeric dates: a component above 12 settles it,
 * then the reading under which neighbouring dates run in order, then the page's language.
 *
 * @example
 * decideOrder(findDates("05/01/13\n04/30/13")).order; // "mdy" (30 cannot be a month)
 */
export function decideOrder(
  matches: readonly DateMatch[],
  hints: { lang?: string | null } = {},
): { order: DayOrder; evidence: "component>12" | "sequence" | "locale" | "default" } {
  let dmy = 0;
  let mdy = 0;
  // first, second and year of each numeric date, three numbers a date in one typed array (no
  // object per date: a list page has one per item)
  const table = new Float64Array(3 * matches.length);
  let n = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as DateMatch;
    if (!m.numeric || m.year === null) continue;
    const { first, second } = m.numeric;
    if (first > 12 && second <= 12) dmy++;
    else if (second > 12 && first <= 12) mdy++;
    table[n++] = first;
    table[n++] = second;
    table[n++] = m.year;
  }
  const pairs = table.subarray(0, n);
  if (dmy !== mdy) return { order: dmy > mdy ? "dmy" : "mdy", evidence: "component>12" };
  if (pairs.length >= 3 * 3) {
    const asDmy = monotonic(pairs, "dmy");
    const asMdy = monotonic(pairs, "mdy");
    if (asDmy !== asMdy) return { order: asDmy > asMdy ? "dmy" : "mdy", evidence: "sequence" };
  }
  if (pairs.length >= 2 * 3) {
    // both readings run in order: a list's neighbouring items are days apart, not months
    const dmySpan = span(pairs, "dmy");
    const mdySpan = span(pairs, "mdy");
    if (dmySpan * 3 < mdySpan) return { order: "dmy", evidence: "sequence" };
    if (mdySpan * 3 < dmySpan) return { order: "mdy", evidence: "sequence" };
  }
  if (hints.lang) return { order: defaultOrder(hints.lang), evidence: "locale" };
  return { order: "dmy", evidence: "default" };
}

/**
 * Re-read a numeric date under the page's order; other dates come back unchanged.
 *
 * @example
 * const [d] = findDates("05/01/13");
 * withOrder(d!, "mdy").month; // 5
 */
export function withOrder(match: DateMatch, order: DayOrder): DateMatch {
  if (!match.numeric) return match;
  const read = readNumeric(match.numeric.first, match.numeric.second, match.year, order);
  if (!read) return match;
  const copy = Object.assign({}, match);
  copy.day = read.day;
  copy.month = read.month;
  copy.ambiguous = read.ambiguous;
  return copy;
}

// how many neighbouring pairs run the page's way (newest first or oldest first) under `order`
// (`pairs`: first, second and year of each date in turn)
function monotonic(pairs: Float64Array, order: DayOrder): number {
  let down = 0;
  let up = 0;
  let previous: number | null = null;
  for (let k = 0; k + 2 < pairs.length; k += 3) {
    const first = pairs[k] as number;
    const second = pairs[k + 1] as number;
    const year = pairs[k + 2] as number;
    const day = order === "dmy" ? first : second;
    const month = order === "dmy" ? second : first;
    const key = isValid(year, month, day) ? year * 400 + month * 32 + day : null;
    if (previous !== null && key !== null) {
      if (key <= previous) down++;
      if (key >= previous) up++;
    }
    previous = key;
  }
  return Math.max(down, up);
}

// days from the earliest to the latest date of the list under `order`
function span(pairs: Float64Array, order: DayOrder): number {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k + 2 < pairs.length; k += 3) {
    const first = pairs[k] as number;
    const second = pairs[k + 1] as number;
    const year = pairs[k + 2] as number;
    const day = order === "dmy" ? first : second;
    const month = order === "dmy" ? second : first;
    if (!isValid(year, month, day)) return Number.POSITIVE_INFINITY;
    const t = dayNumber(year, month, day);
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return max - min + 1;
}

function onlyLabelsAround(text: string, match: DateMatch): boolean {
  const rest = `${text.slice(0, match.start)} ${text.slice(match.end)}`;
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
  return words.every((w) => {
    const key = foldWord(w);
    return WEEKDAYS.has(key) || DATE_LABELS.has(key);
  });
}

function guessYear(match: DateMatch, reference: Date): number {
  // a year-less date on a page is the latest such day not after the reference (a listing looks back)
  const year = reference.getUTCFullYear();
  const at = Date.UTC(year, (match.month ?? 1) - 1, match.day ?? 1);
  return at > reference.getTime() + 864e5 ? year - 1 : year;
}

function toReference(reference: Date | string | undefined): Date | null {
  if (reference === undefined) return null;
  const d = typeof reference === "string" ? new Date(reference) : reference;
  return Number.isNaN(d.getTime()) ? null : d;
}

function zone(offset: number | undefined): string {
  if (offset === undefined) return "";
  if (offset === 0) return "Z";
  const abs = Math.abs(offset);
  return `${offset < 0 ? "-" : "+"}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

function pad(n: number, width: number): string {
  // the common cases without padStart: every item's date goes through here
  if (width === 2 && n >= 10 && n <= 99) return String(n);
  if (width === 2 && n >= 0 && n <= 9) return `0${n}`;
  return String(n).padStart(width, "0");
}
