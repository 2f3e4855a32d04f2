import { periodOf } from "./search-query.js";

/**
 * Every stored item gets an integer key that sorts like its date: minutes since 1800 in the high
 * bits, an arrival counter in the low 24. Full-text indexes return keys in order, so "newest
 * first" is a backwards walk that stops after `limit` hits instead of a sort of every match, and
 * a date range is a key range. Undated items sit below every dated one.
 */
const SEQ_BITS = 2 ** 24;
/** How many keys one minute holds. */
export const KEYS_PER_MINUTE = SEQ_BITS;
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

/** The minute a dated key stands for, as an ISO timestamp; null for the undated band. */
export function dateOfKey(key: number): string | null {
  const minute = Math.floor(key / SEQ_BITS);
  return minute === 0 ? null : new Date(EPOCH_MS + minute * 60_000).toISOString();
}

/** The minute of a millisecond timestamp, clamped like `minuteOf`. */
function minuteOfMs(ms: number): number {
  return Math.min(Math.max(Math.floor((ms - EPOCH_MS) / 60_000), 1), MAX_MINUTE);
}

/**
 * The key range of a `from`/`to` filter, both inclusive, each a calendar period (see `periodOf`):
 * `from` starts where its period starts, `to` ends where its period ends, so `to: "2017"` covers
 * 2017-12-31. Bounds are validated before they get here (SearchQuery, the plan).
 */
export function keyRange(from?: string, to?: string): { lo: number; hi: number } {
  const start = from ? periodOf(from) : null;
  const end = to ? periodOf(to) : null;
  return {
    // any date bound leaves undated items out: they cannot be said to fall inside it
    lo: start === null ? (from || to ? SEQ_BITS : 0) : minuteOfMs(start.start) * SEQ_BITS,
    hi: end === null ? Number.MAX_SAFE_INTEGER : minuteOfMs(end.end) * SEQ_BITS + SEQ_BITS - 1,
  };
}

/**
 * Cursors are opaque to callers and bound to their query (`h`, a hash of the query and its
 * filters): newest-first pages continue below the last key seen; relevance pages continue below
 * the last (score, key) seen, so a page costs the same wherever it is, and keep the first page's
 * ranked window (`w` and `t`, its lowest and highest keys) so later ingests do not move it.
 */
export type Cursor = { h: string } & (
  | { k: number }
  | { s: number; k: number; r: true; w?: number; t?: number }
);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** A cursor the caller sent back; garbage gives null. */
export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text || text.length > 400) return null;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const { k, s, r, h, w, t } = value as Record<string, unknown>;
    if (typeof h !== "string" || h.length > 40) return null;
    if (!Number.isSafeInteger(k) || (k as number) < 0) return null;
    if (r === true) {
      if (typeof s !== "number" || !Number.isFinite(s)) return null;
      if (w === undefined) return { h, s, k: k as number, r: true };
      if (!Number.isSafeInteger(w) || !Number.isSafeInteger(t) || (w as number) > (t as number)) return null;
      return { h, s, k: k as number, r: true, w: w as number, t: t as number };
    }
    return { h, k: k as number };
  } catch {
    return null;
  }
}
