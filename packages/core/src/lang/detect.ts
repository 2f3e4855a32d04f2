import { languageModel, noteLanguageModelMiss } from "./model.js";

// the language of a few hundred characters is the language of the text; more only costs time
const SAMPLE = 1200;
const STOPWORD_SAMPLE = 600;
const MIN_LETTERS = 12;
const MIN_CJK = 4;

/** The writing system most of a text's letters are in, for cheap comparisons between texts. */
export type Script =
  | "latin"
  | "cyrillic"
  | "greek"
  | "arabic"
  | "hebrew"
  | "han"
  | "kana"
  | "hangul"
  | "other";

// the most frequent function words of languages written in Latin script: a page of running text
// names its language in its first hundred words without the cost of an n-gram model
const STOPWORDS: Record<string, string> = {
  en: "the of and to in is that for on with was as by it at from are this be have has an were which",
  fr: "le la les des du de et est une un pour dans que qui sur au aux par pas avec sont ce cette",
  es: "el la los las del de y en que es por un una con para se al como más su sus",
  it: "il la le gli dei degli della delle di del e è che per un una con sono nel alla al si",
  pt: "o a os as do da dos das de e em que um uma para com não por no na se ao",
  de: "der die das und ist nicht ein eine zu den mit von im dem des sich auf für auch wird",
  nl: "de het een en van in is dat op te voor met zijn niet aan er ook als bij",
  pl: "i w na z że do się nie to jest o jak po od za przez dla oraz",
  sv: "och att det som en på är av för med till den har inte om ett",
  ro: "și în de la cu pe că este un o din pentru care se nu mai",
  tr: "ve bir bu için ile da de olarak olan gibi daha çok en ama",
  id: "dan yang di ke dari ini itu dengan untuk tidak dalam akan pada juga",
};
// the languages of STOPWORDS by number: a stopword's languages are counted in a typed array
const STOPWORD_LANGS: readonly string[] = Object.keys(STOPWORDS);
const WORDS: ReadonlyMap<string, number[]> = (() => {
  const map = new Map<string, number[]>();
  STOPWORD_LANGS.forEach((lang, n) => {
    for (const w of (STOPWORDS[lang] as string).split(" ")) map.set(w, [...(map.get(w) ?? []), n]);
  });
  return map;
})();
// hits per language in the sample being read (reset by every call)
const HITS = new Int32Array(STOPWORD_LANGS.length);

/**
 * The language of a text as an ISO 639-1 code ("en", "fr", "zh"), or null when the text is too
 * short or the evidence too weak: callers then fall back to the page's language. East Asian
 * scripts are told apart by script, running text by its function words, and short texts such as
 * headlines by ELD's n-gram model (about 60 languages) once `loadLanguageModel()` has loaded it.
 *
 * @example
 * detectLang("Lawmakers seek tougher penalties for ID thieves"); // "en"
 * detectLang("Assemblée générale 2019 : temps forts"); // "fr"
 * detectLang("OK"); // null
 */
export function detectLang(text: string): string | null {
  if (typeof text !== "string" || text.length === 0) return null;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const { letters, han, kana, hangul } = countLetters(sample);
  const cjk = han + kana + hangul;
  if (letters < MIN_LETTERS && cjk < MIN_CJK) return null;
  // the script settles East Asian text better than n-grams of a small model (Han alone reads as ja there)
  if (cjk >= MIN_CJK && cjk >= letters) {
    if (kana * 20 > cjk) return "ja";
    return hangul > han ? "ko" : "zh";
  }
  const byStopwords = stopwordLang(sample);
  if (byStopwords) return byStopwords;
  // the n-gram model, when loaded (loadLanguageModel): without it short texts stay undecided
  const model = languageModel();
  if (!model) {
    noteLanguageModelMiss();
    return null;
  }
  const result = model.detect(sample);
  if (!result.language) return null;
  // a short text is only trusted when the model is sure; a long one always has enough n-grams
  if (!result.isReliable() && letters + cjk * 3 < 200) return null;
  return result.language;
}

/**
 * The script most letters of the opening of `text` are in, or null without letters.
 *
 * @example
 * scriptOf("Le conseil vote"); // "latin"
 * scriptOf("网易新闻"); // "han"
 */
export function scriptOf(text: string, limit = 200): Script | null {
  const probe = text.length > limit ? text.slice(0, limit) : text;
  // ASCII only (most openings of Latin pages): two native scans settle it
  if (!NON_ASCII.test(probe)) return ASCII_LETTER.test(probe) ? "latin" : null;
  // one table for every call: allocating a typed array costs more than counting 80 characters
  const counts = COUNTS.fill(0);
  const end = Math.min(text.length, limit);
  const table = scriptTable();
  // index 0 of counts is "no script": the loop stays free of branches on the character
  for (let i = 0; i < end; i++) {
    const s = table[text.charCodeAt(i)] as number;
    counts[s] = (counts[s] as number) + 1;
  }
  let best = -1;
  for (let s = 0; s < SCRIPTS.length; s++)
    if (
      (counts[s + 1] as number) > 0 &&
      (best < 0 || (counts[s + 1] as number) > (counts[best + 1] as number))
    )
      best = s;
  return best < 0 ? null : (SCRIPTS[best] as Script);
}

// scriptIndex + 1 of every UTF-16 code unit (0: no script), built on the first call that needs
// it (about a millisecond; not at import): a page's 2,000-character sample and every item's
// opening are counted with one lookup a character instead of a chain of range tests
let SCRIPT_TABLE: Uint8Array | undefined;

function scriptTable(): Uint8Array {
  if (!SCRIPT_TABLE) {
    SCRIPT_TABLE = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) SCRIPT_TABLE[c] = scriptIndex(c) + 1;
  }
  return SCRIPT_TABLE;
}

const SCRIPTS: readonly Script[] = [
  "latin",
  "cyrillic",
  "greek",
  "arabic",
  "hebrew",
  "han",
  "kana",
  "hangul",
  "other",
];

const COUNTS = new Int32Array(SCRIPTS.length + 1);
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_LETTER = /[A-Za-z]/;

function scriptIndex(c: number): number {
  if (c < 0x41) return -1;
  if (c <= 0x7a) return (c | 32) >= 97 ? 0 : -1;
  if (c <= 0x24f) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 ? 0 : -1;
  if (c >= 0x370 && c <= 0x3ff) return 2;
  if (c >= 0x400 && c <= 0x52f) return 1;
  if (c >= 0x590 && c <= 0x5ff) return 4;
  if (c >= 0x600 && c <= 0x6ff) return 3;
  if (c >= 0x1e00 && c <= 0x1eff) return 0;
  if (c >= 0x3040 && c <= 0x30ff) return 6;
  if (c >= 0x4e00 && c <= 0x9fff) return 5;
  if (c >= 0xac00 && c <= 0xd7af) return 7;
  return c >= 0x2000 && c <= 0x2bff ? -1 : 8;
}

const TOKEN = /\p{L}+/gu;
const LONGEST_STOPWORD = Math.max(...[...WORDS.keys()].map((w) => w.length));

/**
 * A word of ASCII letters (as many as the longest stopword) as a number, base 27 over its
 * lower-case letters: one number a word, never 0; 0 for a word with any other letter.
 */
function asciiWordKey(text: string, start: number, end: number): number {
  // 27^11 < 2^53: longer words would not read as one exact number
  if (end - start > 11) return 0;
  let key = 0;
  for (let i = start; i < end; i++) {
    const lower = text.charCodeAt(i) | 32;
    if (lower < 97 || lower > 122) return 0;
    key = key * 27 + (lower - 96);
  }
  return key;
}

// the stopwords written in ASCII letters, by asciiWordKey
const ASCII_WORDS: ReadonlyMap<number, readonly number[]> = (() => {
  const map = new Map<number, readonly number[]>();
  for (const [word, langs] of WORDS) {
    const key = asciiWordKey(word, 0, word.length);
    if (key !== 0) map.set(key, langs);
  }
  return map;
})();
// per UTF-16 code unit: 1 a letter (\p{L}), 2 not, 0 not asked yet
const LETTER = new Uint8Array(0x10000);

function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  let known = LETTER[c] as number;
  if (known === 0) {
    known = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER[c] = known;
  }
  return known === 1;
}

function stopwordLang(sample: string): string | null {
  const text = sample.length > STOPWORD_SAMPLE ? sample.slice(0, STOPWORD_SAMPLE) : sample;
  const hits = HITS.fill(0);
  let words = 0;
  const count = (word: string) => {
    words++;
    const langs = word.length <= LONGEST_STOPWORD ? WORDS.get(word.toLowerCase()) : undefined;
    if (langs) for (const l of langs) hits[l] = (hits[l] as number) + 1;
  };
  if (/[\ud800-\udfff]/.test(text)) {
    // letters outside the BMP are two code units: the regex reads them whole
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) count(m[0]);
  } else {
    for (let i = 0; i < text.length; ) {
      if (!isLetterUnit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isLetterUnit(text.charCodeAt(i))) i++;
      // a word longer than every stopword is counted without building it, and so is a word of
      // ASCII letters: its letters read as a number are looked up instead of its text
      const key = i - start > LONGEST_STOPWORD ? -1 : asciiWordKey(text, start, i);
      if (key === -1) words++;
      else if (key === 0) count(text.slice(start, i));
      else {
        words++;
        const langs = ASCII_WORDS.get(key);
        if (langs) for (const l of langs) hits[l] = (hits[l] as number) + 1;
      }
    }
  }
  // the best and the second count do not depend on the order the languages are read in, and
  // a tie at the top fails first >= 2 * second in any order
  let best: string | null = null;
  let first = 0;
  let second = 0;
  for (let l = 0; l < hits.length; l++) {
    const n = hits[l] as number;
    if (n > first) {
      second = first;
      first = n;
      best = STOPWORD_LANGS[l] as string;
    } else if (n > second) second = n;
  }
  // enough running text, and one language well ahead of the next
  return best && words >= 20 && first >= 4 && first >= 2 * second ? best : null;
}

function countLetters(text: string): { letters: number; han: number; kana: number; hangul: number } {
  let letters = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) letters++;
  }
  return { letters, han, kana, hangul };
}
