import type pg from "pg";

/**
 * What the planner's statistics say of the key column: its histogram's bounds (each bucket holds
 * an equal share of the rows) and the table's row count. Keys are dates, so "the newest N items"
 * is a key, read here without touching the table.
 */
export interface KeyStats {
  bounds: number[];
  total: number;
  /**
   * How closely the table's physical order follows the keys (-1 to 1; 0 when unknown): an archive
   * copied in key order reads its newest rows from adjacent pages, one ingested as news arrived
   * from pages scattered over the table.
   */
  correlation?: number;
}

/** The key column's statistics, or null before the first ANALYZE (or when they cannot be read). */
export async function readKeyStats(db: Pick<pg.Pool, "query">): Promise<KeyStats | null> {
  const row = (
    await db.query<{ bounds: string[] | null; total: number | null; correlation: number | null }>(
      `select s.bounds, s.correlation,
         (select reltuples::float8 from pg_class where oid = 'items'::regclass) as total
       from (select 1) one left join (select histogram_bounds::text::bigint[]::text[] as bounds,
         correlation::float8 from pg_stats
         where schemaname = current_schema() and tablename = 'items' and attname = 'key') s on true`,
    )
  ).rows[0];
  const bounds = row?.bounds?.map(Number);
  const total = row?.total ?? 0;
  return bounds && bounds.length >= 2 && total > 0
    ? { bounds, total, correlation: row?.correlation ?? 0 }
    : null;
}

/** The share of rows at or below a key. */
function shareBelow({ bounds }: KeyStats, key: number): number {
  const buckets = bounds.length - 1;
  if (key <= (bounds[0] as number)) return 0;
  if (key >= (bounds[buckets] as number)) return 1;
  let i = 0;
  while ((bounds[i + 1] as number) < key) i++;
  const lo = bounds[i] as number;
  const hi = bounds[i + 1] as number;
  return (i + (hi > lo ? (key - lo) / (hi - lo) : 1)) / buckets;
}

/**
 * About how many items have keys in [lo, hi].
 *
 * @example
 * itemsBetween({ bounds: [0, 100, 200], total: 1000 }, 0, 100); // 500
 */
export function itemsBetween(stats: KeyStats, lo: number, hi: number): number {
  return stats.total * Math.max(0, shareBelow(stats, hi) - shareBelow(stats, lo));
}

/**
 * The key above which about `span` of the newest items with keys in [lo, hi] lie, or null when
 * the range holds fewer. Items that arrived since the statistics were taken are not counted: the
 * span then holds more than asked, never fewer of the older ones.
 *
 * @example
 * keyAbove({ bounds: [0, 100, 200], total: 1000 }, 0, 200, 250); // 150
 */
export function keyAbove(stats: KeyStats, lo: number, hi: number, span: number): number | null {
  const { bounds } = stats;
  const buckets = bounds.length - 1;
  const share = shareBelow(stats, hi) - span / stats.total;
  if (share <= shareBelow(stats, lo)) return null;
  const x = share * buckets;
  const i = Math.min(buckets - 1, Math.floor(x));
  const from = bounds[i] as number;
  const to = bounds[i + 1] as number;
  return Math.floor(from + (to - from) * (x - i));
}
