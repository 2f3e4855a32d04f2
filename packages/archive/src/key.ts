/**
 * Every stored item gets an integer key that sorts like its date: minutes since 1800 in the high
 * bits, an arrival counter in the low 24. Full-text indexes return keys in order, so "newest
 * first" is a backwards walk that stops after `limit` hits instead of a sort of every match, and
 * a date range is a key range. Undated items sit below every dated one.
 */
const SEQ_BITS = 2 ** 24;
const EPOCH_MS = Date.UTC(1800, 0, 1);
const MAX_MINUTE = Math.floor((Date.UTC(2200, 0, 1) - EPOCH_MS) / 60_000);

/** Minutes since 1800 of an ISO date or timestamp, clamped to [1800, 2200); null when unreadable. */
export function minuteOf(date: string | null): number | null {
  if (!date) return null;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? `${date}T00:00:00Z`
    : /^\d{4}-\d{2}$/.test(date)
      ? `${date}-01T00:00:00Z`
      : date;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return Math.min(Math.max(Math.floor((ms - EPOCH_MS) / 60_000), 1), MAX_MINUTE);
}

/** The first key of a minute (null date: the undated band). */
export function keyBase(date: string | null): number {
  return (minuteOf(date) ?? 0) * SEQ_BITS;
}

/** The largest key a minute can hold. */
export function keyTop(base: number): number {
  return base + SEQ_BITS - 1;
}

/**
 * The key range of a `from`/`to` filter (ISO days or timestamps, both inclusive; a day `to`
 * covers the whole day). Unreadable bounds are ignored rather than failing the search.
 */
export function keyRange(from?: string, to?: string): { lo: number; hi: number } {
  const lo = from ? minuteOf(from) : null;
  let hiMinute = to ? minuteOf(to) : null;
  if (to && hiMinute !== null && /^\d{4}-\d{2}-\d{2}$/.test(to)) hiMinute += 24 * 60 - 1;
  if (to && hiMinute !== null && /^\d{4}-\d{2}$/.test(to)) {
    const [y, m] = to.split("-").map(Number) as [number, number];
    hiMinute = (minuteOf(new Date(Date.UTC(y, m, 1)).toISOString()) ?? hiMinute) - 1;
  }
  return {
    // any date bound leaves undated items out: they cannot be said to fall inside it
    lo: lo === null ? (from || to ? SEQ_BITS : 0) : lo * SEQ_BITS,
    hi: hiMinute === null ? Number.MAX_SAFE_INTEGER : hiMinute * SEQ_BITS + SEQ_BITS - 1,
  };
}

/**
 * Cursors are opaque to callers: newest-first pages continue below the last key seen, relevance
 * pages continue at an offset (scores are stable while the archive is unchanged).
 */
export type Cursor = { k: number } | { o: number };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** A cursor the caller sent back; garbage gives null (the search starts from the beginning). */
export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text || text.length > 200) return null;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const { k, o } = value as { k?: unknown; o?: unknown };
    if (Number.isSafeInteger(k) && (k as number) >= 0) return { k: k as number };
    if (Number.isSafeInteger(o) && (o as number) >= 0) return { o: o as number };
    return null;
  } catch {
    return null;
  }
}
