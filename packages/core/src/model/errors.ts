/**
 * Codes of the errors @news/core raises. Parsers never throw on a string; these are for input a
 * parser cannot take at all (wrong type, unsafe XML, over a caller's limit).
 */
export type NewsErrorCode =
  | "invalid-input" // not a string or a Uint8Array
  | "unsupported-encoding" // a charset label no decoder here knows
  | "input-too-large" // over the caller's `maxBytes`
  | "unsafe-xml" // a DTD or entity declaration in a feed (billion laughs, external entities)
  | "malformed-feed" // XML that is not a feed we can read
  | "invalid-page"; // a value that fails the NewsPage schema

/**
 * The one error class of @news/core: a `code` a program can switch on and a sentence a person
 * can read. Apps map it once (the CLI to one line and an exit code, the API to problem+json).
 *
 * @example
 * try { parse(bytes, { maxBytes: 1e6 }) } catch (e) {
 *   if (isNewsError(e) && e.code === "input-too-large") console.error(e.message);
 * }
 */
export class NewsError extends Error {
  override readonly name = "NewsError";
  readonly code: NewsErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: NewsErrorCode, message: string, details: Record<string, unknown> = {}, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.details = details;
  }
  toJSON() {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/**
 * Narrow an unknown thrown value to a NewsError (works across duplicated copies of the package).
 *
 * @example
 * if (isNewsError(err)) process.exitCode = err.code === "invalid-input" ? 2 : 1;
 */
export function isNewsError(value: unknown): value is NewsError {
  return (
    value instanceof NewsError ||
    (typeof value === "object" &&
      value !== null &&
      (value as { name?: unknown }).name === "NewsError" &&
      typeof (value as { code?: unknown }).code === "string")
  );
}
