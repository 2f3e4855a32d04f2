import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

// the security headers of every response, what hono's secureHeaders() sets by default plus this
// API's Content-Security-Policy (production.test.ts checks the two stay equal). One table, built
// once: a response gets them as a plain object, never a Headers object per request
const SECURITY_HEADERS: Record<string, string> = {
  "cross-origin-opener-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=15552000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "SAMEORIGIN",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
};

/**
 * The security headers every response carries. With CORS origins configured, other origins may
 * read the responses (`Cross-Origin-Resource-Policy: cross-origin`); without, only this one.
 *
 * @example
 * securityHeaders(false)["x-content-type-options"]; // "nosniff"
 */
export function securityHeaders(crossOrigin: boolean): Readonly<Record<string, string>> {
  return Object.freeze({
    ...SECURITY_HEADERS,
    "cross-origin-resource-policy": crossOrigin ? "cross-origin" : "same-origin",
  });
}

/** What @hono/node-server passes as the app's env: the Node request and response. */
interface NodeBindings {
  incoming?: IncomingMessage;
}

/** The Node request behind a context, when the app runs on @hono/node-server. */
export function incomingOf(c: Context): IncomingMessage | undefined {
  return (c.env as NodeBindings | undefined)?.incoming;
}

/**
 * A request header, lowercase `name`. On @hono/node-server it is read from Node's own parsed
 * headers: asking hono (`c.req.header`) builds a fetch Headers object of every header first, a
 * few microseconds a request for one value.
 *
 * @example
 * const match = requestHeader(c, "if-none-match");
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  // Node joins repeated headers with ", " except set-cookie (never a request header we read)
  return Array.isArray(value) ? value.join(", ") : value;
}

// what hono's requestId() accepts from a client: word characters, '-' and '='
const CLIENT_REQUEST_ID = /^[\w\-=]+$/;
const REQUEST_ID_MAX = 64;

/**
 * The request's id: the client's `X-Request-Id` when it is short and plain (so logs on both sides
 * match), else a fresh random UUID.
 */
export function requestIdOf(c: Context): string {
  const given = requestHeader(c, "x-request-id");
  if (given && given.length <= REQUEST_ID_MAX && CLIENT_REQUEST_ID.test(given)) return given;
  return crypto.randomUUID();
}
