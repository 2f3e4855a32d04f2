// month and weekday words, keyed by their folded form (lower case, no accents, no final dot)

/** Lower case, accents stripped, trailing dot dropped: the key every name table uses. */
export function foldWord(word: string): string {
  const ascii = asciiLetters(word);
  if (ascii === 1) return word;
  if (ascii === 2) return word.toLowerCase();
  const lower = word.toLowerCase();
  const plain =
    ascii === 3 || /^[a-z.]*$/.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}+/gu, "");
  return plain.endsWith(".") ? plain.slice(0, -1) : plain;
}

// 1: lower-case ASCII letters only (already folded, as most words looked up are); 2: ASCII
// letters, some upper-case; 3: ASCII and Han ideographs or CJK punctuation (U+3000-303F but the
// tone marks 302A-302F), which NFD leaves as they are and which are no combining marks
// ("26分钟前", "3 小时前"); 0: anything else
function asciiLetters(word: string): 0 | 1 | 2 | 3 {
  let upper = false;
  let other = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) continue;
    else if (
      c < 128 ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f && (c < 0x302a || c > 0x302f))
    )
      other = true;
    else return 0;
  }
  return other ? 3 : upper ? 2 : 1;
}

// month number -> names; full, abbreviated, genitive/declined forms
const MONTH_NAMES: Record<string, readonly string[][]> = {
  en: [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  fr: [
    ["janvier", "janv"],
    ["fevrier", "fev", "fevr"],
    ["mars"],
    ["avril", "avr"],
    ["mai"],
    ["juin"],
    ["juillet", "juil"],
    ["aout"],
    ["septembre"],
    ["octobre"],
    ["novembre"],
    ["decembre"],
  ],
  es: [
    ["enero", "ene"],
    ["febrero"],
    ["marzo"],
    ["abril", "abr"],
    ["mayo"],
    ["junio"],
    ["julio"],
    ["agosto", "ago"],
    ["septiembre", "setiembre"],
    ["octubre"],
    ["noviembre"],
    ["diciembre", "dic"],
  ],
  it: [
    ["gennaio", "gen"],
    ["febbraio"],
    ["marzo"],
    ["aprile"],
    ["maggio", "mag"],
    ["giugno", "giu"],
    ["luglio", "lug"],
    ["agosto"],
    ["settembre", "set"],
    ["ottobre", "ott"],
    ["novembre"],
    ["dicembre"],
  ],
  pt: [
    ["janeiro"],
    ["fevereiro"],
    ["marco"],
    ["abril"],
    ["maio"],
    ["junho"],
    ["julho"],
    ["agosto"],
    ["setembro"],
    ["outubro", "out"],
    ["novembro"],
    ["dezembro", "dez"],
  ],
  de: [
    ["januar", "janner"],
    ["februar"],
    ["marz", "maerz", "mrz"],
    ["april"],
    ["mai"],
    ["juni"],
    ["juli"],
    ["august"],
    ["september"],
    ["oktober", "okt"],
    ["november"],
    ["dezember", "dez"],
  ],
  nl: [
    ["januari"],
    ["februari"],
    ["maart", "mrt"],
    ["april"],
    ["mei"],
    ["juni"],
    ["juli"],
    ["augustus"],
    ["september"],
    ["oktober"],
    ["november"],
    ["december"],
  ],
  pl: [
    ["styczen", "stycznia", "sty"],
    ["luty", "lutego", "lut"],
    ["marzec", "marca"],
    ["kwiecien", "kwietnia", "kwi"],
    ["maj", "maja"],
    ["czerwiec", "czerwca", "cze"],
    ["lipiec", "lipca", "lip"],
    ["sierpien", "sierpnia", "sie"],
    ["wrzesien", "wrzesnia", "wrz"],
    ["pazdziernik", "pazdziernika", "paz"],
    ["listopad", "listopada", "lis"],
    ["grudzien", "grudnia", "gru"],
  ],
  ru: [
    ["январь", "января", "янв"],
    ["февраль", "февраля", "фев", "февр"],
    ["март", "марта", "мар"],
    ["апрель", "апреля", "апр"],
    ["маи", "мая"],
    ["июнь", "июня", "июн"],
    ["июль", "июля", "июл"],
    ["август", "августа", "авг"],
    ["сентябрь", "сентября", "сен", "сент"],
    ["октябрь", "октября", "окт"],
    ["ноябрь", "ноября", "ноя", "нояб"],
    ["декабрь", "декабря", "дек"],
  ],
  uk: [
    ["січень", "січня", "січ"],
    ["лютий", "лютого", "лют"],
    ["березень", "березня", "бер"],
    ["квітень", "квітня", "квіт"],
    ["травень", "травня", "трав"],
    ["червень", "червня", "черв"],
    ["липень", "липня", "лип"],
    ["серпень", "серпня", "серп"],
    ["вересень", "вересня", "вер"],
    ["жовтень", "жовтня", "жовт"],
    ["листопад", "листопада", "лист"],
    ["грудень", "грудня", "груд"],
  ],
  // (no three-letter forms: "led", "pro", "dub" are words of other languages)
  cs: [
    ["leden", "ledna"],
    ["unor", "unora"],
    ["brezen", "brezna"],
    ["duben", "dubna"],
    ["kveten", "kvetna"],
    ["cerven", "cervna"],
    ["cervenec", "cervence"],
    ["srpen", "srpna"],
    ["zari"],
    ["rijen", "rijna"],
    ["listopad", "listopadu"],
    ["prosinec", "prosince"],
  ],
  tr: [
    ["ocak", "oca"],
    ["şubat", "şub"],
    ["mart"],
    ["nisan", "nis"],
    ["mayıs"],
    ["haziran", "haz"],
    ["temmuz", "tem"],
    ["ağustos", "ağu"],
    ["eylül", "eyl"],
    ["ekim", "eki"],
    ["kasım", "kas"],
    ["aralık", "ara"],
  ],
  fi: [
    ["tammikuu", "tammikuuta"],
    ["helmikuu", "helmikuuta"],
    ["maaliskuu", "maaliskuuta"],
    ["huhtikuu", "huhtikuuta"],
    ["toukokuu", "toukokuuta"],
    ["kesäkuu", "kesäkuuta"],
    ["heinäkuu", "heinäkuuta"],
    ["elokuu", "elokuuta"],
    ["syyskuu", "syyskuuta"],
    ["lokakuu", "lokakuuta"],
    ["marraskuu", "marraskuuta"],
    ["joulukuu", "joulukuuta"],
  ],
  // the month names of Egypt and the Maghreb's press, then the Levant's (whose January, October,
  // November and December are two words: LEVANT_MONTHS)
  ar: [
    ["يناير", "كانون الثاني"],
    ["فبراير", "شباط"],
    ["مارس", "آذار"],
    ["أبريل", "إبريل", "نيسان"],
    ["مايو", "أيار"],
    ["يونيو", "يونيه", "حزيران"],
    ["يوليو", "يوليه", "تموز"],
    ["أغسطس", "آب"],
    ["سبتمبر", "أيلول"],
    ["أكتوبر", "تشرين الأول"],
    ["نوفمبر", "تشرين الثاني"],
    ["ديسمبر", "كانون الأول"],
  ],
  // Hebrew writes "in" into the month of a date ("9 במאי 2016"): both forms
  he: [
    ["ינואר", "בינואר"],
    ["פברואר", "בפברואר"],
    ["מרץ", "במרץ", "מרס", "במרס"],
    ["אפריל", "באפריל"],
    ["מאי", "במאי"],
    ["יוני", "ביוני"],
    ["יולי", "ביולי"],
    ["אוגוסט", "באוגוסט"],
    ["ספטמבר", "בספטמבר"],
    ["אוקטובר", "באוקטובר"],
    ["נובמבר", "בנובמבר"],
    ["דצמבר", "בדצמבר"],
  ],
  // (written year first: "2024. január 12.", "2024. jan. 12.")
  hu: [
    ["januar", "jan"],
    ["februar", "febr"],
    ["marcius", "marc"],
    ["aprilis", "apr"],
    ["majus", "maj"],
    ["junius", "jun"],
    ["julius", "jul"],
    ["augusztus", "aug"],
    ["szeptember", "szept"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  el: [
    ["ιανουάριος", "ιανουαρίου", "ιαν"],
    ["φεβρουάριος", "φεβρουαρίου", "φεβ"],
    ["μάρτιος", "μαρτίου", "μαρ"],
    ["απρίλιος", "απριλίου", "απρ"],
    ["μάιος", "μαΐου", "μαΐ", "μαι"],
    ["ιούνιος", "ιουνίου", "ιουν"],
    ["ιούλιος", "ιουλίου", "ιουλ"],
    ["αύγουστος", "αυγούστου", "αυγ"],
    ["σεπτέμβριος", "σεπτεμβρίου", "σεπ"],
    ["οκτώβριος", "οκτωβρίου", "οκτ"],
    ["νοέμβριος", "νοεμβρίου", "νοε"],
    ["δεκέμβριος", "δεκεμβρίου", "δεκ"],
  ],
  // the languages below: their long and medium forms as CLDR writes them (what Intl and most date
  // libraries print); src/dates/cldr.test.ts reads every month of each through findDates
  ro: [
    ["ianuarie", "ian"],
    ["februarie", "feb"],
    ["martie", "mar"],
    ["aprilie", "apr"],
    ["mai"],
    ["iunie", "iun"],
    ["iulie", "iul"],
    ["august", "aug"],
    ["septembrie", "sept", "sep"],
    ["octombrie", "oct"],
    ["noiembrie", "nov"],
    ["decembrie", "dec"],
  ],
  // (after "de" or "d'": "3 de gener", "3 d'abril")
  ca: [
    ["gener", "gen"],
    ["febrer", "febr"],
    ["marc"],
    ["abril", "abr"],
    ["maig"],
    ["juny"],
    ["juliol", "jul"],
    ["agost"],
    ["setembre", "set"],
    ["octubre", "oct"],
    ["novembre", "nov"],
    ["desembre", "des"],
  ],
  sk: [
    ["januar", "januara"],
    ["februar", "februara"],
    ["marec", "marca"],
    ["april", "aprila"],
    ["maj", "maja"],
    ["jun", "juna"],
    ["jul", "jula"],
    ["august", "augusta"],
    ["september", "septembra"],
    ["oktober", "oktobra"],
    ["november", "novembra"],
    ["december", "decembra"],
  ],
  sl: [
    ["januar", "jan"],
    ["februar", "feb"],
    ["marec", "mar"],
    ["april", "apr"],
    ["maj"],
    ["junij", "jun"],
    ["julij", "jul"],
    ["avgust", "avg"],
    ["september", "sep"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  // (Croatian "listopad" is October, Czech and Polish November: MonthEntry.byLang)
  hr: [
    ["sijecanj", "sijecnja", "sij"],
    ["veljaca", "veljace", "velj"],
    ["ozujak", "ozujka", "ozu"],
    ["travanj", "travnja", "tra"],
    ["svibanj", "svibnja", "svi"],
    ["lipanj", "lipnja", "lip"],
    ["srpanj", "srpnja", "srp"],
    ["kolovoz", "kolovoza", "kol"],
    ["rujan", "rujna", "ruj"],
    ["listopad", "listopada", "lis"],
    ["studeni", "studenoga", "studenog", "stu"],
    ["prosinac", "prosinca", "pro"],
  ],
  sr: [
    ["јануар", "januar"],
    ["фебруар", "februar"],
    ["март", "mart"],
    ["април", "april"],
    ["мај", "maj"],
    ["јун", "jun"],
    ["јул", "jul"],
    ["август", "avgust"],
    ["септембар", "septembar"],
    ["октобар", "oktobar"],
    ["новембар", "novembar"],
    ["децембар", "decembar"],
  ],
  bg: [
    ["януари", "яну"],
    ["февруари", "фев"],
    ["март"],
    ["април", "апр"],
    ["май"],
    ["юни"],
    ["юли"],
    ["август", "авг"],
    ["септември", "сеп"],
    ["октомври", "окт"],
    ["ноември", "ное"],
    ["декември", "дек"],
  ],
  et: [
    ["jaanuar", "jaan"],
    ["veebruar", "veebr"],
    ["marts"],
    ["aprill", "apr"],
    ["mai"],
    ["juuni"],
    ["juuli"],
    ["august", "aug"],
    ["september", "sept"],
    ["oktoober", "okt"],
    ["november", "nov"],
    ["detsember", "dets"],
  ],
  da: [
    ["januar", "jan"],
    ["februar", "feb"],
    ["marts", "mar"],
    ["april", "apr"],
    ["maj"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["august", "aug"],
    ["september", "sep"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  nb: [
    ["januar", "jan"],
    ["februar", "feb"],
    ["mars", "mar"],
    ["april", "apr"],
    ["mai"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["august", "aug"],
    ["september", "sep"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["desember", "des"],
  ],
  sv: [
    ["januari", "jan"],
    ["februari", "feb"],
    ["mars"],
    ["april", "apr"],
    ["maj"],
    ["juni"],
    ["juli"],
    ["augusti", "aug"],
    ["september", "sep", "sept"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  id: [
    ["januari", "jan"],
    ["februari", "feb"],
    ["maret", "mar"],
    ["april", "apr"],
    ["mei"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["agustus", "agu", "agt", "ags"],
    ["september", "sep"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["desember", "des"],
  ],
  ms: [
    ["januari", "jan"],
    ["februari", "feb"],
    ["mac"],
    ["april", "apr"],
    ["mei"],
    ["jun"],
    ["julai", "jul"],
    ["ogos", "ogo"],
    ["september", "sep"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["disember", "dis"],
  ],
};

const WEEKDAY_NAMES: readonly string[] = [
  "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun",
  "lundi mardi mercredi jeudi vendredi samedi dimanche",
  "lunes martes miercoles jueves viernes sabado domingo",
  "lunedi martedi mercoledi giovedi venerdi sabato domenica",
  "segunda-feira terca-feira quarta-feira quinta-feira sexta-feira segunda terca quarta quinta sexta",
  "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
  "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
  // ("ł" has no decomposition: the name as written too)
  "poniedzialek poniedziałek wtorek sroda czwartek piatek sobota niedziela",
  "понедельник вторник среда четверг пятница суббота воскресенье",
  // the long names of the languages added with CLDR's months (their short ones are often two
  // letters, "po", "ma", "ne": words of their own)
  "понеділок вівторок середа четвер пʼятниця пятниця субота неділя",
  "pondělí úterý středa čtvrtek pátek neděle pondelok utorok streda štvrtok piatok nedeľa",
  "ponedeljek torek sreda četrtek petek nedelja ponedjeljak utorak srijeda četvrtak petak subota nedjelja ponedeljak",
  "понедељак уторак четвртак петак недеља понеделник сряда четвъртък петък събота неделя",
  "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
  "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
  "esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev",
  "hétfő kedd szerda csütörtök péntek szombat vasárnap",
  "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή",
  "luni marți miercuri joi vineri sâmbătă duminică",
  "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag",
  "senin selasa rabu kamis jumat sabtu minggu isnin khamis jumaat ahad",
  "dilluns dimarts dimecres dijous divendres dissabte diumenge",
  "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
  "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 星期一 星期二 星期三 星期四 星期五 星期六 星期日 周一 周二 周三 周四 周五 周六 周日",
  "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
  // Vietnamese numbers its weekdays: "thứ hai", "thứ 2", "chủ nhật"
  "thứ hai ba tư năm sáu bảy chủ nhật",
];

/** Month words that are also common words ("may", "set", "ago", "mar"): need a day and a year around them. */
export const WEAK_MONTHS: ReadonlySet<string> = new Set([
  "may",
  "mar",
  "set",
  "ago",
  "out",
  "gen",
  "sie",
  "lip",
  "lis",
  "gru",
  "cze",
  "mag",
  "sat",
  "sun",
  "dez",
  "sty",
  "tem",
  "ara",
  "kas",
  "nis",
  "eki",
  "sub",
  "mac",
  "des",
  "dis",
  "ian",
  "pro",
  "tra",
  "marc",
  "stu",
]);

export interface MonthEntry {
  month: number;
  langs: ReadonlySet<string>;
  /** the month in a language that gives the word another one (Croatian "listopad" is October) */
  byLang?: ReadonlyMap<string, number>;
}

export const MONTHS: ReadonlyMap<string, MonthEntry> = (() => {
  const map = new Map<string, { month: number; langs: Set<string>; byLang?: Map<string, number> }>();
  for (const [lang, months] of Object.entries(MONTH_NAMES)) {
    months.forEach((names, i) => {
      for (const name of names) {
        const key = foldWord(name);
        const entry = map.get(key) ?? { month: i + 1, langs: new Set<string>() };
        entry.langs.add(lang);
        if (entry.month !== i + 1) {
          entry.byLang ??= new Map();
          entry.byLang.set(lang, i + 1);
        }
        map.set(key, entry);
      }
    });
  }
  return map;
})();

/**
 * The month `entry` names in `lang` (its own month there when the word means another elsewhere).
 *
 * @example
 * monthIn(MONTHS.get("listopada")!, "hr"); // 10 (11 in Czech and Polish)
 */
export function monthIn(entry: MonthEntry, lang: string | null | undefined): number {
  return (lang && entry.byLang?.get(lang)) || entry.month;
}

export const WEEKDAYS: ReadonlySet<string> = new Set(
  WEEKDAY_NAMES.flatMap((line) => line.split(" ").map(foldWord)),
);

/** Words that introduce a date on listing pages ("Pubblicata il:", "Posted on", "Publié le"). */
export const DATE_LABELS: ReadonlySet<string> = new Set(
  (
    "posted published updated date dated on at the of le la il el de del am um publie publiee mis a jour " +
    "pubblicata pubblicato publicado publicada publicat veroffentlicht aktualisiert gepubliceerd " +
    "opublikowano dodano опубликовано обновлено release released issued " +
    // the year's abbreviation after it (Russian and Bulgarian "2024 г.", Ukrainian "2024 р."), the
    // Danish "den" before the day, Vietnamese "ngày" (day)
    "г р den ngày"
  )
    .split(" ")
    .map(foldWord),
);

// the first three letters of every month name written in ASCII: "the", "press", "street" beside
// a number are turned away without building and folding the word
const MONTH_OPENINGS: Uint8Array = (() => {
  const table = new Uint8Array(26 * 26 * 26);
  for (const key of MONTHS.keys()) {
    const a = key.charCodeAt(0) - 97;
    const b = key.charCodeAt(1) - 97;
    const c = key.charCodeAt(2) - 97;
    if (a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26) table[(a * 26 + b) * 26 + c] = 1;
  }
  return table;
})();

/**
 * False when the word starting at `at` in `text` cannot be a month name (a cheap test before
 * `MONTHS.get(foldWord(word))`); true for any word that does not open with three ASCII letters
 * (an accented or other letter among them: the folded word decides).
 *
 * @example
 * mayBeMonth("21 December", 3); // true
 * mayBeMonth("in 2017", 0); // false
 */
export function mayBeMonth(text: string, at: number): boolean {
  const a = (text.charCodeAt(at) | 32) - 97;
  const b = (text.charCodeAt(at + 1) | 32) - 97;
  if (!(a >= 0 && a < 26 && b >= 0 && b < 26)) return true;
  const code = text.charCodeAt(at + 2);
  const c = (code | 32) - 97;
  // no month name has two letters ("in", "of")
  if (!(c >= 0 && c < 26)) return code >= 128;
  return MONTH_OPENINGS[(a * 26 + b) * 26 + c] === 1;
}

/** A month name and whether it is also a common word (WEAK_MONTHS). */
export interface MonthWord {
  entry: MonthEntry;
  weak: boolean;
}

const MONTH_WORDS: ReadonlyMap<string, MonthWord> = new Map(
  [...MONTHS].map(([name, entry]) => [name, { entry, weak: WEAK_MONTHS.has(name) }]),
);

// ASCII month names of up to ASCII_KEY_LETTERS letters, keyed by their letters read as a number
// (five bits a letter, lower-cased): the words beside a number are looked up without cutting them
// out of the line and lower-casing them
const ASCII_KEY_LETTERS = 6;

function asciiKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    // (c | 32) is within a-z only for the ASCII letters of either case
    const lower = text.charCodeAt(i) | 32;
    if (lower < 97 || lower > 122) return -1;
    key = key * 32 + (lower - 96);
  }
  return key;
}

const ASCII_MONTHS: ReadonlyMap<number, MonthWord> = (() => {
  const map = new Map<number, MonthWord>();
  for (const [name, word] of MONTH_WORDS) {
    if (name.length > ASCII_KEY_LETTERS) continue;
    const key = asciiKey(name, 0, name.length);
    if (key >= 0) map.set(key, word);
  }
  return map;
})();

/**
 * The month named by the word `text.slice(start, end)` (letters and marks, no dot) as
 * `MONTHS.get(foldWord(word))` reads it, and whether it is weak; null for any other word.
 *
 * @example
 * monthWordAt("on Dec 21", 3, 6)?.entry.month; // 12
 */
export function monthWordAt(text: string, start: number, end: number): MonthWord | null {
  if (end - start <= ASCII_KEY_LETTERS) {
    // an ASCII word folds to its lower case
    const key = asciiKey(text, start, end);
    if (key >= 0) return ASCII_MONTHS.get(key) ?? null;
  }
  return MONTH_WORDS.get(foldWord(text.slice(start, end))) ?? null;
}

// the first words of the month names written in two words (the Levant's "كانون الثاني")
const PAIR_HEADS: ReadonlySet<string> = new Set(
  [...MONTHS.keys()].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))),
);

/**
 * A month name of two words starting with the word `text.slice(start, end)` ("كانون الثاني",
 * January in the Levant, whose "كانون الأول" is December), and where its second word ends; null
 * for any other word.
 *
 * @example
 * monthPairAt("3 كانون الثاني 2024", 2, 7)?.word.entry.month; // 1
 */
export function monthPairAt(
  text: string,
  start: number,
  end: number,
): { word: MonthWord; end: number } | null {
  if (text.charCodeAt(start) < 0x600 || text.charCodeAt(end) !== 32) return null;
  const head = foldWord(text.slice(start, end));
  if (!PAIR_HEADS.has(head)) return null;
  let second = end + 1;
  while (second < text.length && text.charCodeAt(second) >= 0x620 && text.charCodeAt(second) <= 0x65f)
    second++;
  const word = MONTH_WORDS.get(`${head} ${foldWord(text.slice(end + 1, second))}`);
  return word ? { word, end: second } : null;
}
