/**
 * Options every parser takes. All are optional; none reaches the network or the wall clock.
 *
 * @example
 * parse(bytes, { url: "https://example.org/news", contentType: "text/html; charset=windows-1252" });
 */
export interface ParseOptions {
  /** Where the page came from: resolves relative links and becomes the page's URL when it has no canonical one. */
  url?: string;
  /** An HTTP Content-Type: its charset decodes bytes without a BOM; its type helps detection. */
  contentType?: string;
  /** A charset label that overrides any declared in the page (not a BOM). */
  encoding?: string;
  /** What relative dates ("5 hours ago", "on Tuesday") are resolved against. Never the wall clock implicitly. */
  reference?: Date | string;
  /** The page's language when the caller knows it better than the page says (BCP 47, e.g. "fr"). */
  lang?: string;
  /** Refuse inputs larger than this many bytes (or UTF-16 units for strings) with `input-too-large`. */
  maxBytes?: number;
}
