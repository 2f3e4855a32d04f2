/**
 * Word-level scores of extracted text against gold, as the article evaluations count them: a bag
 * of lower-cased words (Chinese and Japanese by character).
 */

/** The words of a text, lower-cased; each Han, Hiragana or Katakana character is one. */
export function tokens(text: string | null | undefined): string[] {
  if (!text) return [];
  return (
    text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Word-bag F1 of `got` against `want` (1 when both are empty). */
export function f1(got: string | null | undefined, want: string | null | undefined): number {
  const a = tokens(got);
  const b = tokens(want);
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}
