import type { ResponseCacheOptions } from "./cache.js";
import type { AccessRecord, RateLimitOptions } from "./middleware.js";

/** How an API app behaves. Every field has a production default (see DEFAULTS). */
export interface ApiOptions {
  /** The key write routes (`POST /v1/ingest`) require as `Authorization: Bearer <key>`; without one they are off (403). */
  apiKey?: string;
  /** Let `POST /v1/parse` fetch `{ url }` (never from loopback, private, link-local or metadata addresses). */
  allowFetch?: boolean;
  /** Largest request body in bytes (413 above). */
  maxBodyBytes?: number;
  /** A request still running after this many milliseconds is stopped with 503 `timeout`. */
  requestTimeoutMs?: number;
  /** Origins allowed to call the API from a browser: `"*"`, a list, or none (the default: same origin only). */
  corsOrigins?: "*" | string[];
  /** Per-client rate limit, or false to turn it off (behind a proxy that limits already). */
  rateLimit?: RateLimitOptions | false;
  /** Receives one record per request (the structured access log); off when absent. */
  accessLog?: (record: AccessRecord) => void;
  /** Receives unexpected errors with the request id they were answered under; `console.error` when absent. */
  logError?: (error: unknown, requestId: string) => void;
  /**
   * Keep read responses (searches, items, facets) in memory until the archive's version()
   * changes (on by default; false turns it off). A request with `Cache-Control: no-cache` skips it.
   */
  responseCache?: ResponseCacheOptions | false;
  /** The version `GET /version` reports. */
  version?: string;
}

/** The defaults `createApp` applies to what `ApiOptions` leaves out. */
export const DEFAULTS = {
  maxBodyBytes: 10 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  rateLimit: { limit: 600, windowMs: 60_000 },
} as const;
