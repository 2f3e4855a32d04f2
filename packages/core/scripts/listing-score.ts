/**
 * Scoring of predicted listing items against a page's gold items, as issue 2 defines it: a gold
 * item is found when a predicted item has the same day (when gold has a date) and the same title
 * (when gold has one; otherwise gold `first` opens the item's text), matching in page order.
 * Pure: the HTML evaluation imports it too.
 */

export interface GoldItem {
  date: string | null;
  title: string | null;
  first: string | null;
}

export interface PredictedItem {
  date: string | null;
  title: string | null;
  paragraphs: readonly string[];
}

export interface Score {
  gold: number;
  predicted: number;
  /** gold items found, in page order */
  found: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Whether `predicted` is the gold item `gold`. */
export function isMatch(predicted: PredictedItem, gold: GoldItem): boolean {
  if (gold.date !== null && (predicted.date ?? "").slice(0, 10) !== gold.date) return false;
  if (gold.title !== null) return normalize(predicted.title ?? "") === normalize(gold.title);
  if (gold.first !== null) return normalize(predicted.paragraphs.join(" ")).startsWith(normalize(gold.first));
  return true;
}

/** Items found in page order: the longest common subsequence under `isMatch`. */
export function scoreListing(predicted: readonly PredictedItem[], gold: readonly GoldItem[]): Score {
  const n = predicted.length;
  const m = gold.length;
  let prev = new Uint32Array(m + 1);
  let row = new Uint32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      row[j] = isMatch(predicted[i - 1] as PredictedItem, gold[j - 1] as GoldItem)
        ? (prev[j - 1] as number) + 1
        : Math.max(prev[j] as number, row[j - 1] as number);
    }
    [prev, row] = [row, prev];
  }
  return summarize(m, n, prev[m] as number);
}

/** Micro average: items of every page counted together. */
export function microScore(scores: readonly Score[]): Score {
  const sum = (k: "gold" | "predicted" | "found") => scores.reduce((s, x) => s + x[k], 0);
  return summarize(sum("gold"), sum("predicted"), sum("found"));
}

function summarize(gold: number, predicted: number, found: number): Score {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : found / predicted;
  const recall = gold === 0 ? 1 : found / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, found, precision, recall, f1 };
}

// the gold was typed from the text: compare without caring for runs of spaces, nor for a space
// between two wide (CJK) characters, which w3m drops as it joins the page's text ("印度前总统确诊
// 新冠肺炎 现仍在昏迷" dumps as one run): no parser can put it back
function normalize(text: string): string {
  return text.replace(/\s+/g, " ").replace(WIDE_GAP, "$1").trim();
}

// a space between two East Asian wide or fullwidth characters (CJK punctuation, kana,
// ideographs, Hangul, fullwidth forms)
const WIDE_GAP =
  /([\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]) (?=[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6])/gu;
