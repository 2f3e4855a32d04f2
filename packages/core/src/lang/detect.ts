import { eld } from "eld/extrasmall";

// the language of a few hundred characters is the language of the text; more only costs time
const SAMPLE = 1200;
const MIN_LETTERS = 12;
const MIN_CJK = 4;

/**
 * The language of a text as an ISO 639-1 code ("en", "fr", "zh"), or null when the text is too
 * short or the evidence too weak: callers then fall back to the page's language. Uses ELD's
 * n-gram model (about 60 languages, fast, good on short headlines).
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
  const result = eld.detect(sample);
  if (!result.language) return null;
  // a short text is only trusted when the model is sure; a long one always has enough n-grams
  if (!result.isReliable() && letters + cjk * 3 < 200) return null;
  return result.language;
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
