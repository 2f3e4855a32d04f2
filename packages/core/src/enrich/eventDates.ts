import { findDates, toIso } from "../dates/index.js";
import type { EventDate } from "../model/enrichment.js";
import { DAY_WORDS, FUTURE_CUES, NOT_EVENT_BEFORE_WEEKDAY, WEEKDAY_NAMES } from "./lexicon.js";
import { type Para, sentencesOf, spanOf } from "./text.js";

const PARTS =
  "morning|afternoon|evening|night|dawn|midnight|matin|soir|nuit|mañana|tarde|noche|Morgen|Abend|Nacht";
const WEEKDAY_INDEX = new Map(
  Object.values(WEEKDAY_NAMES).flatMap((names) => names.map((n, i) => [n.toLowerCase(), i] as const)),
);
const WEEKDAY = [...WEEKDAY_INDEX.keys()].map((w) => `${w[0]?.toUpperCase()}${w.slice(1)}|${w}`).join("|");
// case-sensitive alternations with capitalised forms: a case-insensitive Unicode regex is slow
const bothCases = (list: readonly string[]) =>
  list.flatMap((w) => [w, `${w[0]?.toUpperCase()}${w.slice(1)}`]);
const DAY_WORD = bothCases(Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length))
  .map((w) => w.replace(/ /g, "\\s+"))
  .join("|");
const LEADS = bothCases(
  "on last this next early late since until by from le el am dieser letzten vergangenen nächsten".split(" "),
).join("|");
const RELATIVE = new RegExp(
  `\\b(?:(?:(${LEADS})\\s+)?(?:(early|late)\\s+)?(${WEEKDAY})(?:\\s+(${PARTS}))?|(${DAY_WORD})(?:\\s+(${PARTS}))?)\\b`,
  "gu",
);
const FUTURE = new RegExp(`(?<![\\p{L}])(?:${FUTURE_CUES.join("|")})(?![\\p{L}])`, "iu");
const RANGE_AFTER = new RegExp(`^\\s*(?:-|–|—|to|through|thru|and|or|&)\\s*(?:${WEEKDAY})`, "iu");

/**
 * When the item's events happened: weekdays ("on Tuesday night", wire-style "announced
 * Wednesday"), "yesterday", and written dates, resolved against the item's own date (never the
 * wall clock). A sentence that looks ahead ("will", "is scheduled for", "no later than") puts a
 * weekday or a yearless date after the item's date, one that looks back before it; with no cue a
 * yearless date goes to its nearest year. A weekday with a written date is left to the date.
 */
export function findEventDates(paras: Para[], itemDate: string | null): EventDate[] {
  const day = itemDate ? new Date(`${itemDate.slice(0, 10)}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime())) return [];
  const out: EventDate[] = [];
  for (const p of paras) {
    for (const s of sentencesOf(p)) {
      const written = findDates(s.text, { lang: "en" });
      for (const m of s.text.matchAll(RELATIVE)) {
        const weekday = m[3];
        const lead = m[1]?.toLowerCase();
        // tense from the words before the date: "announced Wednesday that it would …" looks back
        const future = FUTURE.test(s.text.slice(0, m.index));
        let iso: string;
        const after = s.text.slice(m.index + m[0].length);
        // "Friday's meeting", "tomorrow's models": a possessive names a thing, not when it happened
        if (/^['’]s?(?![\p{L}])/u.test(after)) continue;
        if (weekday) {
          const end = m.index + m[0].length;
          // "Wednesday, April 15, 2026": the written date is the event's, found below
          if (written.some((d) => d.day !== null && d.start <= end + 3 && d.end > m.index)) continue;
          if (RANGE_AFTER.test(after) || /^-/u.test(after)) continue;
          if (!lead && !m[2] && !m[4] && !wireStyle(s.text.slice(0, m.index))) continue;
          const target = WEEKDAY_INDEX.get(weekday.toLowerCase()) ?? 0;
          let back = (day.getUTCDay() - target + 7) % 7;
          if ((lead === "last" || lead === "letzten" || lead === "vergangenen") && back === 0) back = 7;
          const ahead =
            lead === "next" || lead === "nächsten" || (future && lead !== "last" && lead !== "since");
          iso = ahead ? addDays(day, (target - day.getUTCDay() + 7) % 7 || 7) : addDays(day, -back);
        } else {
          const word = (m[5] as string).toLowerCase().replace(/\s+/g, " ");
          iso = addDays(day, DAY_WORDS[word] ?? 0);
        }
        const part =
          m[4] ?? m[6] ?? (/night/i.test(m[0]) ? "night" : /morning/i.test(m[0]) ? "morning" : null);
        const start = s.start + m.index;
        out.push({
          date: iso,
          part: part?.toLowerCase() ?? null,
          text: m[0],
          span: spanOf(p, start, start + m[0].length),
        });
      }
      for (const d of written) {
        // 05/03/2019 read either way is no date to state
        if (d.day === null || d.month === null || d.ambiguous) continue;
        const year = d.year ?? yearOf(d.month, d.day, day, FUTURE.test(s.text.slice(0, d.start)), s.text);
        const iso = toIso({ year, month: d.month, day: d.day });
        if (!iso) continue;
        const start = s.start + d.start;
        out.push({ date: iso, part: null, text: d.text, span: spanOf(p, start, start + d.text.length) });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

// "pleaded guilty Monday", "said Wednesday that": the word before a bare weekday is lowercase (a
// verb or its object, as wire copy writes it), not a schedule or a name ("every Monday")
function wireStyle(before: string): boolean {
  const word = /(\p{L}+)\s+$/u.exec(before)?.[1];
  if (!word || !/^\p{Ll}/u.test(word)) return false;
  return !NOT_EVENT_BEFORE_WEEKDAY.has(word);
}

// a yearless date: "in 2026" in the sentence decides; else ahead of the item date when the
// sentence looks ahead, before it when it does not, or the nearer of the two
function yearOf(month: number, dayOfMonth: number, day: Date, future: boolean, text: string): number {
  const stated = /\bin\s+((?:19|20)\d\d)\b/.exec(text);
  if (stated?.[1]) return Number(stated[1]);
  const y = day.getUTCFullYear();
  const at = (year: number) => Date.UTC(year, month - 1, dayOfMonth);
  const now = day.getTime();
  const before = at(y) <= now ? y : y - 1;
  const after = at(y) >= now ? y : y + 1;
  if (future) return after;
  if (PAST.test(text)) return before;
  return now - at(before) <= at(after) - now ? before : after;
}

const PAST = /(?<![\p{L}])(?:was|were|had|did|ago|last|earlier|said|told|began|ended|took|held)(?![\p{L}])/iu;

function addDays(day: Date, n: number): string {
  const d = new Date(day.getTime() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}
