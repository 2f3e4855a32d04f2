import { decodeHTML } from "entities";

/** The schemes a model field may hold: anything else (javascript:, vbscript:, data:, file:) is dropped. */
const WEB_SCHEMES = new Set(["http:", "https:"]);
const MAIL_SCHEMES = new Set(["http:", "https:", "mailto:"]);

// a browser removes tabs and newlines anywhere in a URL and C0 controls and spaces at its ends
// (WHATWG URL parsing), so "java\tscript:" is javascript:; a scheme is letters, digits, + - .
const IGNORED_BY_BROWSERS = /[\t\n\r]/g;
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

export interface UrlOptions {
  /** Resolve relative references against this URL. */
  base?: string | null;
  /** Keep a reference that stays relative (no base given) instead of dropping it. Default false. */
  relative?: boolean;
  /** Also keep mailto: links (an author's address), where a mail link makes sense. Default false. */
  mailto?: boolean;
}

/**
 * The one URL normaliser of every model field and every writer: parses `value` as a browser
 * would (WHATWG URL: tabs and newlines inside the scheme removed, leading controls trimmed),
 * resolves it against `base`, and keeps it only when its scheme is http or https (mailto when
 * asked). A value whose entity-decoded form would be another scheme (`java&#x09;script:`) is
 * dropped too, so no later HTML rendering can turn it into one. Returns the normalised href, or
 * null.
 *
 * @example
 * normalizeUrl("java\tscript:alert(1)"); // null
 * normalizeUrl("/a b", { base: "https://example.org/x/" }); // "https://example.org/a%20b"
 * normalizeUrl("mailto:ed@example.org", { mailto: true }); // "mailto:ed@example.org"
 */
export function normalizeUrl(value: string | null | undefined, options: UrlOptions = {}): string | null {
  if (!value) return null;
  const trimmed = value.trim().replace(EDGE_CONTROLS, "");
  if (!trimmed || trimmed.startsWith("#")) return null;
  const allowed = options.mailto ? MAIL_SCHEMES : WEB_SCHEMES;
  const decoded = value.includes("&") ? decodeHTML(trimmed) : trimmed;
  if (decoded !== trimmed && !schemeAllowed(decoded, allowed)) return null;
  if (!schemeAllowed(trimmed, allowed)) return null;
  try {
    const url = new URL(trimmed, options.base ?? undefined);
    return allowed.has(url.protocol) ? url.href : null;
  } catch {
    // unparseable: a relative reference without a base is kept when asked, as written; a broken
    // absolute http(s) URL is kept as written (a reader can still see where it pointed)
    if (SCHEME.test(trimmed.replace(IGNORED_BY_BROWSERS, ""))) {
      return /^https?:\/\//i.test(trimmed) ? trimmed : null;
    }
    return options.relative && !options.base ? trimmed : null;
  }
}

/** False when the value names a scheme (as a browser reads it) that is not allowed. */
function schemeAllowed(value: string, allowed: Set<string>): boolean {
  const scheme = SCHEME.exec(value.replace(EDGE_CONTROLS, "").replace(IGNORED_BY_BROWSERS, ""));
  return !scheme || allowed.has(`${(scheme[1] as string).toLowerCase()}:`);
}

/**
 * A link of a page made absolute against the page's URL, for a model field: http(s) only (see
 * `normalizeUrl`); a relative link stays as written when there is no base; null for fragments,
 * script, data and mail links.
 *
 * @example
 * absoluteUrl("/news/1", "https://example.org/"); // "https://example.org/news/1"
 * absoluteUrl("javascript:void(0)", null); // null
 */
export function absoluteUrl(href: string | null, base: string | null): string | null {
  return normalizeUrl(href, { base, relative: true });
}

/**
 * An absolute http(s) URL or null: what a writer (feed, Markdown, CSV) may put in a link.
 *
 * @example
 * safeUrl("https://example.org/a"); // "https://example.org/a"
 * safeUrl("vbscript:msgbox"); // null
 */
export function safeUrl(value: string | null | undefined): string | null {
  const url = normalizeUrl(value);
  return url && /^https?:\/\/./i.test(url) ? url : null;
}

/**
 * The URL a caller says a page came from (`ParseOptions.url`), as every parser stores it: an
 * absolute http(s) URL, else null (a `javascript:` or `file:` URL given by a caller never becomes
 * a page's URL or the base of its links).
 *
 * @example
 * pageUrlOf({ url: "https://example.org/news" }); // "https://example.org/news"
 * pageUrlOf({ url: "file:///etc/passwd" }); // null
 */
export function pageUrlOf(options: { url?: string | undefined }): string | null {
  return safeUrl(options.url);
}

/**
 * A URL without its scheme and host (a host holds no date, no slug), its path and query kept.
 *
 * @example
 * withoutOrigin("https://example.org/2019/08/16/a?p=2"); // "/2019/08/16/a?p=2"
 */
export function withoutOrigin(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
}

/**
 * The path of a URL, without its scheme, host, query and fragment.
 *
 * @example
 * urlPath("https://example.org/2019/08/slug?ref=x#top"); // "/2019/08/slug"
 */
export function urlPath(url: string): string {
  return withoutOrigin(url).replace(/[?#].*$/, "");
}
