import { z } from "zod";
import { Span } from "./span.js";

/**
 * What a parser noticed but could recover from. `code` is for programs, `message` for people.
 *
 * @example
 * page.warnings.filter((w) => w.code === "invalid-bytes");
 */
export const WarningCode = z.enum([
  "invalid-bytes", // undecodable bytes were replaced with U+FFFD; `count` says how many
  "binary-input", // the input looks like binary data, not text
  "no-items", // nothing on the page looked like a news item
  "ambiguous-date-order", // numeric dates fit both day/month orders; `message` says which was chosen
  "unparsed-date", // a date-like header whose date could not be read
  "truncated-input", // the input ends inside a structure (an HTML element, a feed entry)
  "long-line-skipped", // a line too long to be a header was treated as body text
  "charset-mismatch", // the declared charset disagreed with the bytes
  "fallback-extraction", // the parser fell back to a less precise method
  "dropped-entry", // feed entries (or fields of them) that were empty or of the wrong type were left out; `count` says how many
]);
export type WarningCode = z.infer<typeof WarningCode>;

export const Warning = z.object({
  code: WarningCode,
  message: z.string(),
  span: Span.nullable().default(null),
  count: z.number().int().nonnegative().nullable().default(null),
});
export type Warning = z.infer<typeof Warning>;
