import type pg from "pg";

/**
 * What the planner's statistics say of the text column's words: the share of rows holding each of
 * its most common lexemes (`most_common_elems` of `pg_stats`; with the column's statistics target
 * of 10,000, tens of thousands of them) and the least of those shares. Read here once and kept,
 * where asking the planner (EXPLAIN) costs a millisecond and more per word: it unpacks those
 * lists again every time it plans.
 */
export interface LexemeStats {
  shares: Map<string, number>;
  least: number;
}

/** The planner's share of a word it has no statistics of (DEFAULT_TS_MATCH_SEL in ts_selfuncs.c). */
const DEFAULT_MATCH_SHARE = 0.005;

/**
 * The text column's lexeme statistics, or null before the first ANALYZE. Both lists come as one
 * string each (a lexeme holds letters and digits, never a space): parsed as arrays by the client,
 * 35,000 of them took 50-90 ms of its CPU.
 */
export async function readLexemeStats(db: Pick<pg.Pool, "query">): Promise<LexemeStats | null> {
  const row = (
    await db.query<{ elems: string | null; freqs: string | null }>(
      `select array_to_string(most_common_elems::text::text[], ' ') as elems,
         array_to_string(most_common_elem_freqs, ' ') as freqs
       from pg_stats where schemaname = current_schema() and tablename = 'items' and attname = 'tsv'`,
    )
  ).rows[0];
  if (!row?.elems || !row.freqs) return null;
  return lexemeStatsOf(row.elems.split(" "), row.freqs.split(" ").map(Number));
}

/**
 * The statistics from `pg_stats`' two arrays: the frequencies are the lexemes', then the least
 * and the greatest of them.
 *
 * @example
 * lexemeStatsOf(["peace", "talks"], [0.01, 0.002, 0.002, 0.01]).shares.get("talks"); // 0.002
 */
export function lexemeStatsOf(elems: string[] | null, freqs: number[] | null): LexemeStats | null {
  if (!elems || !freqs || elems.length === 0 || freqs.length < elems.length + 2) return null;
  const shares = new Map<string, number>();
  elems.forEach((word, i) => {
    shares.set(word, freqs[i] as number);
  });
  return { shares, least: freqs[elems.length] as number };
}

/**
 * The share of rows holding a word (or, with `prefix`, a word it begins), as the planner
 * estimates it: a word missing from the statistics is rarer than the rarest counted one.
 *
 * @example
 * lexemeShare(stats, "talk", true); // the shares of "talks", "talked"… added up
 */
export function lexemeShare(stats: LexemeStats, word: string, prefix = false): number {
  const unknown = Math.min(DEFAULT_MATCH_SHARE, stats.least / 2);
  if (!prefix) return stats.shares.get(word) ?? unknown;
  // a prefix in a phrase is rare: a pass over the lexemes (~1 ms) beats keeping them sorted
  let sum = 0;
  for (const [w, share] of stats.shares) if (w.startsWith(word)) sum += share;
  return Math.min(1, Math.max(sum, unknown));
}
