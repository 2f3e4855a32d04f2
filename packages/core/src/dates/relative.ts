import { foldWord } from "./names.js";
import type { DateParts } from "./types.js";

type Unit = "second" | "minute" | "hour" | "day" | "week" | "month" | "year";
const UNIT_ORDER: readonly Unit[] = ["second", "minute", "hour", "day", "week", "month", "year"];

/**
 * How a language writes a past offset: its forms (N the number or a word of `one`, U the unit;
 * the number may touch its unit), its unit words in the order of UNIT_ORDER (long and short, as
 * CLDR and pages write them), and the words that stand for 1 ("an hour ago"). Written as pages
 * write them; read on the folded text (lower case, no accents).
 */
interface RelativeLanguage {
  forms: readonly string[];
  units: readonly [string, string, string, string, string, string, string];
  one?: string;
  /** unit words that say "ago" themselves, read after a number alone (Hungarian "3 napja") */
  agoUnits?: readonly [string, string, string, string, string, string, string];
}

const LANGUAGES: Record<string, RelativeLanguage> = {
  en: {
    forms: ["N U ago", "about N U ago", "over N U ago", "almost N U ago"],
    units: [
      "s sec secs second seconds",
      "m min mins minute minutes",
      "h hr hrs hour hours",
      "d day days",
      "w wk wks week weeks",
      "mo mos month months",
      "y yr yrs year years",
    ],
    one: "a an one",
  },
  fr: {
    forms: ["il y a N U"],
    units: [
      "s sec seconde secondes",
      "min minute minutes",
      "h heure heures",
      "j jour jours",
      "sem semaine semaines",
      "m mois",
      "a an ans année années",
    ],
    one: "un une",
  },
  es: {
    forms: ["hace N U"],
    units: [
      "s seg segundo segundos",
      "min minuto minutos",
      "h hora horas",
      "d día días",
      "sem semana semanas",
      "m mes meses",
      "a año años",
    ],
    one: "un una",
  },
  pt: {
    forms: ["há N U", "N U atrás", "há N U atrás"],
    units: [
      "s seg segundo segundos",
      "min minuto minutos",
      "h hora horas",
      "d dia dias",
      "sem semana semanas",
      "m mês meses",
      "a ano anos",
    ],
    one: "um uma",
  },
  it: {
    forms: ["N U fa"],
    units: [
      "s sec secondo secondi",
      "min minuto minuti",
      "h ora ore",
      "g gg giorno giorni",
      "sett settimana settimane",
      "m mese mesi",
      "a anno anni",
    ],
    one: "un una uno",
  },
  de: {
    forms: ["vor N U"],
    units: [
      "s sek sekunde sekunden",
      "min minute minuten",
      "h std stunde stunden",
      "t tag tage tagen",
      "w wo woche wochen",
      "m mon monat monaten",
      "j jahr jahren",
    ],
    one: "einem einer",
  },
  nl: {
    forms: ["N U geleden"],
    units: [
      "s sec seconde seconden",
      "m min minuut minuten",
      "u uur",
      "d dgn dag dagen",
      "w wk week weken",
      "mnd maand maanden",
      "j jr jaar jaren",
    ],
    one: "een",
  },
  pl: {
    forms: ["N U temu"],
    units: [
      "s sek sekunda sekundy sekund sekundę",
      "min minuta minuty minut minutę",
      "h g godz godzina godziny godzin godzinę",
      "d dzień dni",
      "tydz tyg tydzień tygodnie tygodni",
      "mies miesiąc miesiące miesięcy",
      "r rok lata lat",
    ],
  },
  ru: {
    forms: ["N U назад"],
    units: [
      "с сек секунду секунды секунд",
      "м мин минуту минуты минут",
      "ч час часа часов",
      "д дн день дня дней",
      "нед неделю недели недель",
      "мес месяц месяца месяцев",
      "г л год года лет",
    ],
  },
  uk: {
    forms: ["N U тому"],
    units: [
      "с сек секунду секунди секунд",
      "хв хвилину хвилини хвилин",
      "год годину години годин",
      "д дн день дні днів",
      "тиж тиждень тижні тижнів",
      "міс місяць місяці місяців",
      "р рік роки років",
    ],
  },
  bg: {
    forms: ["преди N U", "пр. N U"],
    units: [
      "с сек секунда секунди",
      "мин минута минути",
      "ч час часа",
      "д ден дни",
      "седм седмица седмици",
      "м мес месец месеца",
      "г год година години",
    ],
  },
  sr: {
    forms: ["пре N U", "pre N U"],
    units: [
      "с сек секунде секунди s sek sekunde sekundi",
      "мин минута минуте min minuta minute",
      "ч сат сата сати č sat sata sati",
      "д дан дана d dan dana",
      "н нед недеље недеља n ned nedelje nedelja",
      "м мес месец месеца месеци m mes mesec meseca meseci",
      "г год годину године година g god godinu godine godina",
    ],
  },
  hr: {
    forms: ["prije N U"],
    units: [
      "s sek sekundu sekunde sekundi",
      "min minutu minute minuta",
      "h sat sata sati",
      "d dan dana",
      "tj tjedan tjedna tjedana sedm sedmicu sedmice sedmica",
      "mj mjesec mjeseca mjeseci",
      "g god godinu godine godina",
    ],
  },
  cs: {
    forms: ["před N U"],
    units: [
      "s sek sekundou sekundami",
      "min minutou minutami",
      "h hod hodinou hodinami",
      "d dnem dny",
      "týd týdnem týdny",
      "měs měsícem měsíci",
      "r l rokem lety",
    ],
  },
  sk: {
    forms: ["pred N U"],
    units: [
      "s sek sekundou sekundami",
      "min minútou minútami",
      "h hod hodinou hodinami",
      "d dňom dňami",
      "týž týždňom týždňami",
      "mes mesiacom mesiacmi",
      "r rokom rokmi",
    ],
  },
  ro: {
    forms: ["acum N U", "acum N de U"],
    units: [
      "s sec secundă secunde",
      "m min minut minute",
      "h oră ore",
      "z zi zile",
      "săpt săptămână săptămâni",
      "l lună luni",
      "a an ani",
    ],
  },
  ca: {
    forms: ["fa N U"],
    units: [
      "s segon segons",
      "min minut minuts",
      "h hora hores",
      "d dia dies",
      "setm setmana setmanes",
      "m mes mesos",
      "a any anys",
    ],
  },
  sv: {
    forms: ["för N U sedan", "för N U sen", "N U sedan"],
    units: [
      "s sek sekund sekunder",
      "min minut minuter",
      "h tim timme timmar",
      "d dag dagar",
      "v vecka veckor",
      "mån månad månader",
      "år",
    ],
  },
  da: {
    forms: ["for N U siden", "N U siden"],
    units: [
      "s sek sekund sekunder",
      "m min minut minutter",
      "t time timer",
      "d dag dage døgn",
      "u uge uger",
      "md mdr måned måneder",
      "år",
    ],
  },
  nb: {
    forms: ["for N U siden", "N U siden"],
    units: [
      "s sek sekund sekunder",
      "m min minutt minutter",
      "t time timer",
      "d døgn dag dager",
      "u uke uker",
      "md mnd måned måneder",
      "år",
    ],
  },
  fi: {
    forms: ["N U sitten"],
    units: [
      "s sek sekunti sekuntia",
      "min minuutti minuuttia",
      "t h tunti tuntia",
      "pv päivä päivää",
      "vk viikko viikkoa",
      "kk kuukausi kuukautta",
      "v vuosi vuotta",
    ],
  },
  hu: {
    forms: ["N U ezelőtt"],
    units: ["mp másodperccel", "p perccel", "ó órával", "nappal", "héttel", "hónappal", "évvel"],
    agoUnits: ["másodperce", "perce", "órája", "napja", "hete", "hónapja", "éve"],
  },
  el: {
    forms: ["πριν από N U", "πριν N U", "N U πριν"],
    units: [
      "δ δευτ δευτερόλεπτο δευτερόλεπτα",
      "λ λεπ λεπτό λεπτά",
      "ώ ώρα ώρες",
      "ημ ημέρα ημέρες μέρα μέρες",
      "εβδ εβδομάδα εβδομάδες",
      "μ μήνα μήνες",
      "έ έτος έτη χρόνο χρόνια",
    ],
  },
  tr: {
    forms: ["N U önce"],
    units: ["sn saniye", "dk dakika", "sa saat", "g gün", "hf hafta", "ay", "y yıl"],
  },
  vi: {
    forms: ["N U trước"],
    units: ["giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm"],
  },
  id: {
    forms: ["N U yang lalu", "N U lalu"],
    units: ["dtk detik", "mnt menit", "j jam", "h hari", "mgg minggu", "bln bulan", "thn tahun"],
  },
  ms: {
    forms: ["N U yang lalu", "N U lalu"],
    units: ["saat", "minit min", "j jam", "h hari", "mgu minggu", "bln bulan", "thn tahun"],
  },
  ar: {
    forms: ["قبل N U", "منذ N U"],
    units: [
      "ثانية ثوان ثواني ثانيةً",
      "دقيقة دقائق دقيقةً",
      "ساعة ساعات ساعةً",
      "يوم أيام يومًا",
      "أسبوع أسابيع أسبوعًا",
      "شهر أشهر شهور شهرًا",
      "سنة سنوات عام أعوام سنةً عامًا",
    ],
  },
  ko: {
    forms: ["N U 전"],
    units: ["초", "분", "시간", "일", "주", "개월 달", "년"],
  },
  // Chinese and Japanese: the number, the unit and 前 run together ("3小时前", "3 時間前")
  zh: {
    forms: ["N U 前"],
    units: [
      "秒 秒钟 秒鐘",
      "分 分钟 分鐘",
      "小时 小時 时 時間 时间",
      "天 日",
      "周 週 星期 週間",
      "个月 個月 ヶ月 か月 月",
      "年",
    ],
  },
};

interface RelativeForm {
  pattern: RegExp;
  units: ReadonlyMap<string, Unit>;
  one: ReadonlySet<string>;
}

const escapeRegex = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// forms by their folded first word when they open with one ("il y a N U"), else by their last
// ("N U ago"; 前 and 전 are the last character too): a line is tried against the few it may be
const BY_FIRST = new Map<string, RelativeForm[]>();
const BY_LAST = new Map<string, RelativeForm[]>();
for (const language of Object.values(LANGUAGES)) {
  const units = new Map<string, Unit>();
  language.units.forEach((words, i) => {
    for (const w of words.split(" ")) units.set(foldWord(w), UNIT_ORDER[i] as Unit);
  });
  const one = new Set((language.one ?? "").split(" ").filter(Boolean).map(foldWord));
  const number = one.size > 0 ? `(\\d{1,4}|${[...one].map(escapeRegex).join("|")})` : "(\\d{1,4})";
  for (const form of language.forms) {
    const words = form.split(" ");
    const source = words
      .map((w) =>
        w === "N"
          ? number
          : w === "U"
            ? "(\\p{L}+)\\.?"
            : escapeRegex(foldWord(w)) + (w.endsWith(".") ? "\\." : ""),
      )
      .join(" ")
      // the number may touch its unit ("3h", "3시간"), and a CJK unit its 前
      .replace(`${number} (`, `${number} ?(`)
      .replace(/\.\? (\S)$/u, (_, last: string) => (last.length === 1 ? `.? ?${last}` : `.? ${last}`));
    const compiled: RelativeForm = { pattern: new RegExp(`^${source}$`, "u"), units, one };
    const opening = words[0] as string;
    const key = opening === "N" ? foldWord(words[words.length - 1] as string) : foldWord(opening);
    const table = opening === "N" ? BY_LAST : BY_FIRST;
    table.set(key, [...(table.get(key) ?? []), compiled]);
  }
  if (language.agoUnits) {
    const ago = new Map(language.agoUnits.map((w, i) => [foldWord(w), UNIT_ORDER[i] as Unit]));
    const compiled: RelativeForm = { pattern: new RegExp(`^${number} ?(\\p{L}+)$`, "u"), units: ago, one };
    for (const word of ago.keys()) BY_LAST.set(word, [...(BY_LAST.get(word) ?? []), compiled]);
  }
}

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
    "bugün",
    "hôm nay",
    "hari ini",
    "اليوم",
    "σήμερα",
    "azi",
    "astăzi",
    "dnes",
    "i dag",
    "idag",
    "tänään",
    "сьогодні",
    "danas",
    "днес",
    "avui",
    "данас",
    "오늘",
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
    "dün",
    "hôm qua",
    "kemarin",
    "أمس",
    "χθες",
    "včera",
    "i går",
    "igår",
    "eilen",
    "tegnap",
    "учора",
    "вчора",
    "jučer",
    "juče",
    "ahir",
    "јуче",
    "semalam",
    "어제",
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

// a day word, then a time of day with the little word some languages put before it ("at", "à",
// "um", "alle", "a las", "kl.", folded: "à" is "a"): the day word is group 1
const DAY_AND_TIME =
  /^(\p{L}[\p{L}' -]*?),? ?(?:at|a las|a la|as|alle|um|om|kl\.?|klo|в|о|o|v|a)? ?\d{1,2}[:.h]\d{2}(?: ?(?:am|pm|uhr|h))?$/u;

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
  // (a day word and the time: "Yesterday at 10:15", "Heute, 10:15 Uhr", "ayer 14:30", "今天 10:15")
  const dayShift = DAY_WORDS.get(folded) ?? DAY_WORDS.get(DAY_AND_TIME.exec(folded)?.[1] ?? "");
  if (dayShift !== undefined) return { n: dayShift, unit: null, now: false };
  if (
    /^(?:just now|a l'instant|ahora mismo|agora mesmo|adesso|gerade eben|刚刚|剛剛|たった今)$/.test(folded)
  ) {
    return { n: 0, unit: null, now: true };
  }
  const space = folded.indexOf(" ");
  const lastSpace = folded.lastIndexOf(" ");
  return (
    arabicOneOrTwo(folded) ??
    readForms(folded, BY_FIRST.get((space < 0 ? folded : folded.slice(0, space)).replace(/\.$/, ""))) ??
    readForms(folded, BY_LAST.get(folded.slice(lastSpace + 1))) ??
    readForms(folded, BY_LAST.get(folded.slice(-1)))
  );
}

// Arabic counts one and two in the unit's own form, without a number: "منذ ساعة" (an hour ago),
// "قبل يوم واحد" (one day ago), "منذ يومين" (two days ago)
const ARABIC_UNITS: readonly [string, string, Unit][] = [
  ["ثانية", "ثانيتين", "second"],
  ["دقيقة", "دقيقتين", "minute"],
  ["ساعة", "ساعتين", "hour"],
  ["يوم", "يومين", "day"],
  ["أسبوع", "أسبوعين", "week"],
  ["شهر", "شهرين", "month"],
  ["سنة", "سنتين", "year"],
  ["عام", "عامين", "year"],
];
const ARABIC_ONE_TWO: ReadonlyMap<string, { n: number; unit: Unit }> = new Map(
  ARABIC_UNITS.flatMap(([one, two, unit]) => [
    [foldWord(one), { n: 1, unit }],
    [foldWord(two), { n: 2, unit }],
  ]),
);
const ARABIC_AGO = /^(?:منذ|قبل) (\p{L}+)(?: واحدة?)?$/u;

function arabicOneOrTwo(folded: string): { n: number; unit: Unit; now: boolean } | null {
  const c = folded.charCodeAt(0);
  if (c !== 0x645 && c !== 0x642) return null;
  const m = ARABIC_AGO.exec(folded);
  const read = m ? ARABIC_ONE_TWO.get(m[1] as string) : undefined;
  return read ? { ...read, now: false } : null;
}

function readForms(
  folded: string,
  forms: readonly RelativeForm[] | undefined,
): { n: number; unit: Unit | null; now: boolean } | null {
  if (!forms) return null;
  for (const form of forms) {
    const m = form.pattern.exec(folded);
    if (!m) continue;
    const unit = form.units.get(m[2] as string);
    if (!unit) continue;
    const n = form.one.has(m[1] as string) ? 1 : Number(m[1]);
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
