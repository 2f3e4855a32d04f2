/** Which of two numeric components is the day: `dmy` (24/06/2019) or `mdy` (06/24/2019). */
export type DayOrder = "dmy" | "mdy";

/** A calendar date, possibly partial, possibly with a time of day. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  hour?: number;
  minute?: number;
  second?: number;
  /** minutes east of UTC, when the text says */
  offsetMinutes?: number;
}

/** A date found in a text, with where it was. */
export interface DateMatch extends DateParts {
  /** offset of the first character in the searched string */
  start: number;
  /** offset after the last character */
  end: number;
  /** the date as written */
  text: string;
  /** numeric day/month that could be read both ways (05/01/13): the page decides */
  ambiguous: boolean;
  /** for numeric day/month forms, the first and second components as written, so a page can re-read them */
  numeric?: { first: number; second: number };
  /** what the date looked like: which shape of header it came from */
  shape: DateShape;
}

/** The written shape of a date, so a page can tell its dominant item-header format. */
export type DateShape =
  | "iso" // 2020-08-16, 2020/08/16, 2020.08.16
  | "numeric" // 24.06.2019, 09/07/2018, 05.19.15
  | "day-month" // 14 avril 2015, 21 December 2017
  | "month-day" // Apr 14, 2015
  | "month-year" // May 2013
  | "cjk" // 2020年8月16日
  | "relative"; // 5 hours ago
