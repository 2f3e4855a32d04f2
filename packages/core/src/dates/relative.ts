import { foldWord } from "./names.js";
import type { DateParts } from "./types.js";

type Unit = "second" | "minute" | "hour" | "day" | "week" | "month" | "year";

const UNIT_WORDS: Record<Unit, string> = {
  second:
    "s sec secs second seconds seconde secondes segundo segundos secondo secondi sekunde sekunden seconde seconden sekund sekundy секунд секунду секунды 秒 秒钟 秒鐘",
  minute:
    "m min mins minute minutes minuto minutos minuti minuten minuut minut minuty minute минут минуту минуты 分 分钟 分鐘",
  hour: "h hr hrs hour hours heure heures hora horas ora ore stunde stunden uur godzin godziny godzine godzina час часа часов 小时 小時 时 時間 时间",
  day: "d day days jour jours dia dias giorno giorni tag tagen tage dag dagen dzien dni день дня дней 天 日",
  week: "w wk week weeks semaine semaines semana semanas settimana settimane woche wochen weken tydzien tygodni tygodnie неделю недели недель 周 週 星期",
  month:
    "mo month months mois mes meses mese mesi monat monaten monate maand maanden miesiac miesiace miesiecy месяц месяца месяцев 个月 個月 ヶ月 か月 月",
  year: "y yr yrs year years an ans annee annees ano anos anno anni jahr jahren jahre jaar jaren rok lata lat год года лет 年",
};

const UNITS: ReadonlyMap<string, Unit> = new Map(
  (Object.entries(UNIT_WORDS) as [Unit, string][]).flatMap(([unit, words]) =>
    words.split(" ").map((w) => [foldWord(w), unit] as const),
  ),
);

const ONE = new Set([
  "a",
  "an",
  "one",
  "un",
  "une",
  "una",
  "uno",
  "um",
  "uma",
  "einem",
  "einer",
  "ein",
  "een",
]);

// number, unit, and the words around them that make it a past offset, per language
const PATTERNS: readonly RegExp[] = [
  /^(?:about |over |almost )?(\d{1,4}|an?|one) ?([a-z]+) ago$/, // en
  /^il y a (\d{1,4}|une?) ?([a-z]+)$/, // fr
  /^hace (\d{1,4}|una?) ?([a-z]+)$/, // es
  /^ha (\d{1,4}|uma?) ?([a-z]+)(?: atras)?$/, // pt
  /^(\d{1,4}) ?([a-z]+) atras$/, // pt
  /^(\d{1,4}|una?) ?([a-z]+) fa$/, // it
  /^vor (\d{1,4}|einem|einer) ?([a-z]+)$/, // de
  /^(\d{1,4}|een) ?([a-z]+) geleden$/, // nl
  /^(\d{1,4}) ?([a-z]+) temu$/, // pl
  /^(\d{1,4}) ?([а-я]+) назад$/, // ru
  /^(\d{1,4}) ?(\S{1,3}) ?前$/, // zh, ja
];

const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ...[
    "today",
    "aujourd'hui",
    "aujourd’hui",
    "hoy",
    "hoje",
    "oggi",
    "heute",
    "vandaag",
    "dzisiaj",
    "dzis",
    "сегодня",
    "今天",
    "今日",
  ].map((w) => [foldWord(w), 0] as const),
  ...[
    "yesterday",
    "hier",
    "ayer",
    "ontem",
    "ieri",
    "gestern",
    "gisteren",
    "wczoraj",
    "вчера",
    "昨天",
    "昨日",
  ].map((w) => [foldWord(w), -1] as const),
  ...[
    "前天",
    "一昨日",
    "avant-hier",
    "anteayer",
    "anteontem",
    "l'altro ieri",
    "vorgestern",
    "eergisteren",
    "przedwczoraj",
    "позавчера",
  ].map((w) => [foldWord(w), -2] as const),
]);

// any code unit from "A" up: letters, CJK and a few ASCII marks, never a digit, space or ":"
function hasLetterLike(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 65) return true;
  return false;
}

const MS: Record<"second" | "minute" | "hour", number> = { second: 1e3, minute: 6e4, hour: 3.6e6 };

/**
 * A relative date ("5 hours ago", "yesterday", "5小时前", "hace 2 días", "il y a 3 jours", "vor 2
 * Tagen") resolved against `reference`: a full UTC timestamp for seconds to hours, a day otherwise.
 */
export function parseRelative(text: string, reference: Date): DateParts | null {
  if (Number.isNaN(reference.getTime())) return null;
  const read = readRelative(text);
  if (read === null) return null;
  if (read.unit === null) return read.n === 0 && read.now ? timeOf(reference) : dayOf(reference, read.n);
  const { n, unit } = read;
  if (unit === "second" || unit === "minute" || unit === "hour") {
    return timeOf(new Date(reference.getTime() - n * MS[unit]));
  }
  const d = new Date(reference.getTime());
  if (unit === "day") d.setUTCDate(d.getUTCDate() - n);
  else if (unit === "week") d.setUTCDate(d.getUTCDate() - 7 * n);
  else if (unit === "month") d.setUTCMonth(d.getUTCMonth() - n);
  else d.setUTCFullYear(d.getUTCFullYear() - n);
  return dayOf(d, 0);
}

/**
 * Whether `text` is a relative date `parseRelative` reads ("3 hours ago", "昨天"), without
 * resolving it: for scans that only ask what kind of line it is.
 *
 * @example
 * isRelative("26分钟前"); // true
 * isRelative("Home"); // false
 */
export function isRelative(text: string): boolean {
  return readRelative(text) !== null;
}

// "5 hours ago" -> 5 hours back; "yesterday" -> a day shift of -1 (unit null); "just now" -> now
function readRelative(text: string): { n: number; unit: Unit | null; now: boolean } | null {
  // every form has a word (or 前): digits, spaces and ASCII marks alone ("1.2.3", "12:30") are none
  if (!hasLetterLike(text)) return null;
  const folded = foldWord(text.trim().replace(/\s+/g, " ")).replace(/[.!]$/, "");
  if (folded.length === 0 || folded.length > 40) return null;
  const dayShift = DAY_WORDS.get(folded);
  if (dayShift !== undefined) return { n: dayShift, unit: null, now: false };
  if (
    /^(?:just now|a l'instant|ahora mismo|agora mesmo|adesso|gerade eben|刚刚|剛剛|たった今)$/.test(folded)
  ) {
    return { n: 0, unit: null, now: true };
  }
  for (const pattern of PATTERNS) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const unit = UNITS.get(m[2] as string);
    if (!unit) return null;
    const n = ONE.has(m[1] as string) ? 1 : Number(m[1]);
    if (!Number.isFinite(n)) return null;
    return { n, unit, now: false };
  }
  return null;
}

function dayOf(date: Date, shift: number): DateParts {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + shift));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function timeOf(date: Date): DateParts {
  return {
    ...dayOf(date, 0),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    offsetMinutes: 0,
  };
}
