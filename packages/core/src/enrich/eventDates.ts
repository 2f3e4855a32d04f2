import { findDates, toIso } from "../dates/index.js";
import type { EventDate } from "../model/enrichment.js";
import { type Para, sentencesOf, spanOf } from "./text.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const PARTS = "morning|afternoon|evening|night|dawn|midnight";
const RELATIVE = new RegExp(
  `\\b(?:(?:(on|last|this|next|early|late|since|until|by)\\s+)?(?:(early|late)\\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\\s+(${PARTS}))?|(yesterday|today|last night|tonight|this morning|the day before)(?:\\s+(${PARTS}))?)\\b`,
  "gu",
);
const FUTURE =
  /\b(?:will|shall|is due to|are due to|is expected to|are expected to|is scheduled|are scheduled|plans to|to be held)\b/;

/**
 * When the item's events happened: weekdays ("on Tuesday night"), "yesterday", and written dates,
 * resolved against the item's own date (never the wall clock), kept apart from its publication date.
 */
export function findEventDates(paras: Para[], itemDate: string | null): EventDate[] {
  const day = itemDate ? new Date(`${itemDate.slice(0, 10)}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime())) return [];
  const out: EventDate[] = [];
  for (const p of paras) {
    for (const s of sentencesOf(p)) {
      const future = FUTURE.test(s.text);
      for (const m of s.text.matchAll(RELATIVE)) {
        const weekday = m[3];
        let iso: string | null = null;
        // a bare weekday ("Friday's meeting", a schedule) is no event date without "on", "last", a part of day
        if (weekday && !m[1] && !m[2] && !m[4]) continue;
        if (weekday) {
          const target = WEEKDAYS.indexOf(weekday.toLowerCase());
          const lead = m[1]?.toLowerCase();
          let shift = (day.getUTCDay() - target + 7) % 7;
          if (lead === "last" && shift === 0) shift = 7;
          // "next Monday", or a weekday in a sentence about what will happen, looks forward
          if (lead === "next" || (future && lead !== "last"))
            shift = -((target - day.getUTCDay() + 7) % 7 || 7);
          iso = addDays(day, -shift);
        } else {
          const word = (m[5] as string).toLowerCase();
          iso = addDays(
            day,
            word === "yesterday" || word === "last night" || word === "the day before" ? -1 : 0,
          );
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
      for (const d of findDates(s.text, { lang: "en" })) {
        // 05/03/2019 read either way is no date to state
        if (d.day === null || d.month === null || d.ambiguous) continue;
        let year = d.year;
        // a day without a year is in the item's year, or the year before when that would be the future
        if (year === null)
          year =
            day.getUTCFullYear() -
            (d.month * 32 + d.day > (day.getUTCMonth() + 1) * 32 + day.getUTCDate() + 7 ? 1 : 0);
        const iso = toIso({ year, month: d.month, day: d.day });
        if (!iso) continue;
        const start = s.start + d.start;
        out.push({ date: iso, part: null, text: d.text, span: spanOf(p, start, start + d.text.length) });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function addDays(day: Date, n: number): string {
  const d = new Date(day.getTime() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}
