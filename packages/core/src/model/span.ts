import { z } from "zod";

/**
 * A half-open range `[start, end)` of UTF-16 code-unit offsets into the decoded input string,
 * so `input.slice(span.start, span.end)` is the text a value came from.
 *
 * @example
 * const span: Span = { start: 0, end: 14 };
 * input.slice(span.start, span.end); // "Coalition News"
 */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: "span end is before its start" });
export type Span = z.infer<typeof Span>;
