import { z } from "zod";

/**
 * A date bound as people write it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a full ISO timestamp.
 * Returns the UTC minute range the period covers, or null when the text is not a real calendar
 * period (`2025-13`, `2025-02-30`, `2017-1-5`). A year or a month means the whole period, so
 * `from 2017 to 2017` is all of 2017.
 *
 * @example
 * periodOf("2017-02");   // { start: 2017-02-01T00:00Z, end: 2017-02-28T23:59:59.999Z } as ms
 * periodOf("2025-02-30"); // null
 */
export function periodOf(text: string): { start: number; end: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T.+)?)?)?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null) {
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (day < 1 || probe.getUTCMonth() !== month - 1) return null;
  }
  if (m[4] !== undefined) {
    // a timestamp is an instant, not a period: it must parse, and its day must be the one written
    if (!/^T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/.test(m[4])) return null;
    const ms = Date.parse(text.trim());
    if (Number.isNaN(ms)) return null;
    return { start: ms, end: ms };
  }
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const end =
    day !== null
      ? Date.UTC(year, (month as number) - 1, day + 1)
      : month !== null
        ? Date.UTC(year, month, 1)
        : Date.UTC(year + 1, 0, 1);
  return { start, end: end - 1 };
}

const period = (name: string) =>
  z
    .string()
    .trim()
    .max(40)
    .refine((v) => v === "" || periodOf(v) !== null, {
      message: `${name}: not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-12-21)`,
    })
    .optional();

const word = z.string().trim().max(200).optional();

/**
 * What a search asks for: the query language of `news search` (`q`) and the filters. The one
 * schema behind the CLI's `news search` flags and the API's `GET /v1/items` query string, so both
 * refuse the same input with the same words. Strings are coerced where a query string gives
 * strings (`limit=50`). `limit` defaults to 20 (applied by the archive).
 *
 * @example
 * const query = SearchQuery.parse({ q: '"peace talks" -sochi', from: "2017", limit: "50" });
 * const { items, nextCursor } = await archive.list(query);
 */
export const SearchQuery = z.object({
  q: z
    .string()
    .max(10_000)
    .optional()
    .describe("the query language of `news search` (read up to 2,000 characters)"),
  from: period("from").describe(
    "YYYY, YYYY-MM or YYYY-MM-DD, inclusive: a year or month is the whole period",
  ),
  to: period("to").describe("YYYY, YYYY-MM or YYYY-MM-DD, inclusive: to=2017 includes 2017-12-31"),
  category: word,
  site: word,
  lang: word,
  entity: word,
  sort: z.enum(["date", "relevance"]).optional().describe("newest first (default) or best match first"),
  limit: z.coerce
    .number({ message: "limit: a whole number from 1 to 1000" })
    .int({ message: "limit: a whole number from 1 to 1000" })
    .min(1, { message: "limit: a whole number from 1 to 1000" })
    .max(1000, { message: "limit: a whole number from 1 to 1000" })
    .optional()
    .describe("results per page, 1 to 1000 (default 20)"),
  cursor: z.string().max(400).optional().describe("nextCursor of the previous page of the same query"),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/**
 * One line per problem of a refused SearchQuery, fit for a usage error (`from: not a calendar date…`).
 *
 * @example
 * const r = SearchQuery.safeParse(input);
 * if (!r.success) throw new Error(describeQueryError(r.error));
 */
export function describeQueryError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join(".");
      return issue.message.startsWith(`${field}:`) || !field ? issue.message : `${field}: ${issue.message}`;
    })
    .join("; ");
}

/**
 * The light projection of an item for list views (the API's item lists, the terminal browser).
 * `opening` is the first words of the text, for items without a headline; `snippet` is cut
 * around the query's words when there is a text query.
 */
export const ItemSummary = z.object({
  id: z.string(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  site: z.string().nullable(),
  category: z.string().nullable(),
  lang: z.string().nullable(),
  snippet: z.string().nullable(),
  opening: z.string(),
  read: z.boolean(),
  starred: z.boolean(),
});
export type ItemSummary = z.infer<typeof ItemSummary>;
