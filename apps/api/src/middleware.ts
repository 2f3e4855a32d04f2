import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { incomingOf, requestHeader, requestIdOf } from "./headers.js";
import { ApiProblem } from "./problem.js";

/** What the API's middleware puts on the context for routes. */
export interface ApiVariables {
  requestId: string;
  /**
   * The request's AbortSignal, made on first call (most requests, such as lookups by id, never
   * need one): aborted when the request times out or the client goes away. Passed to archive queries.
   */
  signal: () => AbortSignal;
  /** Whether the request was stopped: past its deadline, or its client went away. */
  stopped: () => boolean;
  /** Set when the deadline passed: the request is answered with it, whatever else fails. */
  timedOut?: ApiProblem;
  /**
   * Headers of this request's response besides the security headers (its id, the rate limit's
   * counts): middleware fills it, `responseDefaults` or a route that builds the whole response sends it.
   */
  responseHeaders: Record<string, string>;
  /** The response already carries the security and per-request headers (a route built them in). */
  complete?: boolean;
}
export type ApiEnv = { Variables: ApiVariables };

/** The client's address: the socket's peer (a proxy in front should set its own limits). */
export function clientAddress(c: Context): string {
  // the socket itself when there is one: getConnInfo builds an object per call
  const address = incomingOf(c)?.socket?.remoteAddress;
  if (address) return address;
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // app.request() in tests and other runtimes without a socket
    return "local";
  }
}

/**
 * A deadline for each request: the signal routes pass to the archive is aborted at `ms` or when
 * the client disconnects, and a request still running then is answered with 503 `timeout`.
 */
export function deadline(ms: number): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    // made only when a route asks for the signal: two AbortControllers (ours and the one
    // @hono/node-server makes for `c.req.raw.signal`) and their listeners cost more than a
    // cached read or a lookup by id
    let controller: AbortController | undefined;
    let clientGone: AbortSignal | undefined;
    const onGone = () => controller?.abort(clientGone?.reason);
    c.set("signal", () => {
      if (controller) return controller.signal;
      controller = new AbortController();
      if (c.get("timedOut")) controller.abort(new Error("request timeout"));
      clientGone = c.req.raw.signal;
      if (clientGone?.aborted) controller.abort(clientGone.reason);
      else clientGone?.addEventListener("abort", onGone, { once: true });
      return controller.signal;
    });
    c.set(
      "stopped",
      () => c.get("timedOut") !== undefined || (controller ?? c.req.raw).signal?.aborted === true,
    );
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const timeout = new ApiProblem(
          503,
          "timeout",
          `the request took longer than ${ms} ms and was stopped`,
          {
            headers: { "retry-after": "1" },
          },
        );
        c.set("timedOut", timeout);
        controller?.abort(new Error("request timeout"));
        reject(timeout);
      }, ms);
      timer.unref?.();
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
      clientGone?.removeEventListener("abort", onGone);
    }
  };
}

export interface RateLimitOptions {
  /** Requests a client may make per window. */
  limit: number;
  /** The window in milliseconds. */
  windowMs: number;
}

/**
 * A per-client fixed-window rate limit: over `limit` requests in a window is a 429 with
 * Retry-After (seconds until the window ends). Counters live in memory, one process.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<ApiEnv> {
  let windowStart = Date.now();
  let counts = new Map<string, number>();
  const limitText = String(options.limit);
  return (c, next) => {
    const now = Date.now();
    if (now - windowStart >= options.windowMs) {
      // a new window forgets every client: the map never outgrows one window's clients
      windowStart = now;
      counts = new Map();
    }
    const client = clientAddress(c);
    const used = (counts.get(client) ?? 0) + 1;
    counts.set(client, used);
    const remaining = Math.max(0, options.limit - used);
    const reset = Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000));
    if (used > options.limit) {
      throw new ApiProblem(
        429,
        "rate-limited",
        `more than ${options.limit} requests in ${options.windowMs / 1000} s from this client; retry in ${reset} s`,
        {
          headers: {
            "retry-after": String(reset),
            "ratelimit-limit": String(options.limit),
            "ratelimit-remaining": "0",
            "ratelimit-reset": String(reset),
          },
        },
      );
    }
    const headers = c.get("responseHeaders");
    headers["ratelimit-limit"] = limitText;
    headers["ratelimit-remaining"] = String(remaining);
    headers["ratelimit-reset"] = String(reset);
    return next();
  };
}

/**
 * The request id (`c.get("requestId")`, sent back as `X-Request-Id`) and the headers every
 * response carries: the security headers, and what other middleware put in `responseHeaders`.
 * A route that builds its whole response (the cached reads) includes them itself and sets
 * `complete`: the common case then never builds a fetch Headers object.
 */
export function responseDefaults(security: Readonly<Record<string, string>>): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const id = requestIdOf(c);
    c.set("requestId", id);
    const extra: Record<string, string> = { "x-request-id": id };
    c.set("responseHeaders", extra);
    await next();
    if (c.get("complete")) return;
    const headers = c.res.headers;
    for (const name in security) headers.set(name, security[name] as string);
    for (const name in extra) headers.set(name, extra[name] as string);
  };
}

/** One access-log record: a JSON line per request. */
export interface AccessRecord {
  time: string;
  requestId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  client: string;
  bytesIn: number | null;
}

/** Writes one structured record per request once the response is ready. */
export function accessLog(write: (record: AccessRecord) => void): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const length = requestHeader(c, "content-length");
    write({
      time: new Date().toISOString(),
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      client: clientAddress(c),
      bytesIn: length === undefined ? null : Number(length),
    });
  };
}
