import { type DateMatch, type DayOrder, findDates, parseDate, toIso, withOrder } from "../dates/index.js";
import { urlPath, withoutOrigin } from "./url.js";

// for 05/01/2013 the other day/month reading, so a page's declared date can settle it
function otherReading(m: DateMatch): string | undefined {
  if (!m.ambiguous || !m.numeric) return undefined;
  const swapped = withOrder(m, m.month === m.numeric.first ? "dmy" : "mdy");
  return toIso({ year: swapped.year, month: swapped.month, day: swapped.day }) ?? undefined;
}

// C's asctime and Unix `date` ("Wed Jun 30 21:49:08 1993", "Thu Dec  3 18:23:43 UTC 2026"): the
// year last, after the time and the zone
const ASCTIME =
  /^(\s*[A-Za-z]{3},?\s+[A-Za-z]{3}\s+\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:([A-Za-z]{1,5}|[+-]\d{4})\s+)?(\d{4})\s*$/;
// JavaScript's Date#toString: "… 18:23:43 GMT+0100 (Central European Standard Time)"
const JS_ZONE = /\sGMT([+-]\d{4})(?:\s+\([^()]*\))?\s*$/;

/**
 * The conventional form of a date written the way C's asctime, Unix `date` or JavaScript's
 * Date#toString print it (feeds and pages made by scripts carry them), with the same characters
 * where it already is one: "Wed Jun 30 21:49:08 1993" is read as "Wed Jun 30 1993 21:49:08".
 */
function conventional(value: string): string {
  const asctime = ASCTIME.exec(value);
  if (asctime) return `${asctime[1]} ${asctime[4]} ${asctime[2]}${asctime[3] ? ` ${asctime[3]}` : ""}`;
  return JS_ZONE.test(value) ? value.replace(JS_ZONE, (_, offset: string) => ` ${offset}`) : value;
}

/** Read a date a page gives (machine or human form) as ISO; null when it holds none. */
export function readDate(
  value: string,
  options: { lang?: string | null; order?: DayOrder; reference?: Date | string },
): { iso: string; text: string; start: number; end: number; alt?: string } | null {
  const opts = {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.order ? { order: options.order } : {}),
    ...(options.reference ? { reference: options.reference } : {}),
  };
  const form = conventional(value);
  const whole = parseDate(form, opts);
  if (whole) {
    const alt = otherReading(whole);
    // a rewritten form was read whole: the text is the value as written
    const lead = value.length - value.trimStart().length;
    const at =
      form === value
        ? { text: whole.text, start: whole.start, end: whole.end }
        : { text: value.trim(), start: lead, end: lead + value.trim().length };
    return { iso: whole.iso, ...at, ...(alt ? { alt } : {}) };
  }
  for (const m of findDates(value.length > 400 ? value.slice(0, 400) : value, opts)) {
    if (m.year === null || m.month === null || m.day === null) continue;
    const iso = toIso(m);
    const alt = otherReading(m);
    if (iso) return { iso, text: m.text, start: m.start, end: m.end, ...(alt ? { alt } : {}) };
  }
  return null;
}

// the forms of a day in a URL path, as htmldate reads them: `/2019/08/16/`, `/2019-8-16-slug`,
// `_2019_08_16.html`, `/20190816/`, `t20190816_123.html`; never inside a longer number
const URL_DAY = [
  /[/_-]((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?:[/_.?#-]|$)/,
  /(?<![\d])((?:19|20)\d\d)()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.?#-]|$)/,
  // the section between the year and the month: CNN's `/2010/POLITICS/08/13/`, `/2013/middle_east/8/3/`
  /\/((?:19|20)\d\d)\/[A-Za-z][\w.-]{1,30}()\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\//,
];

/** A date in a URL path (/2025/09/04/, /2025-09-04-slug, /20250904/, /2010/POLITICS/08/13/), as `YYYY-MM-DD`. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  // the host and scheme hold no date; the path and query may
  const path = withoutOrigin(url);
  for (const form of URL_DAY) {
    const m = form.exec(path);
    if (m) return toIso({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) });
  }
  // "/2023/october/03/"
  const named = /\/((?:19|20)\d\d)\/(\p{L}{3,12})\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/u.exec(url);
  if (!named) return null;
  const d = parseDate(`${named[3]} ${decodeURIComponentSafe(named[2] as string)} ${named[1]}`);
  return d && d.day !== null ? d.iso.slice(0, 10) : null;
}

/** `/2019/08/` (or `/2017/7/`) in a URL path as `2019-08` (a day after it is dateFromUrl's). */
export function monthFromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])\//.exec(urlPath(url));
  return m ? `${m[1]}-${(m[2] as string).padStart(2, "0")}` : null;
}

/** A year standing as a segment of the URL path (`/2022/learn/slug`) as `2022`. */
export function yearFromUrl(url: string): string | null {
  return /\/((?:19|20)\d\d)(?:\/|$)/.exec(urlPath(url))?.[1] ?? null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
