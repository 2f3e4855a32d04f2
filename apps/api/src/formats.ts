import { ApiProblem } from "./problem.js";

/** Every representation the API can give, by its `?format=` name. */
export const MEDIA_TYPES = {
  json: "application/json",
  ndjson: "application/x-ndjson",
  csv: "text/csv; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
  jsonfeed: "application/feed+json",
  markdown: "text/markdown; charset=utf-8",
} as const;
export type Format = keyof typeof MEDIA_TYPES;

// Accept types that name a format (besides each format's own media type)
const ACCEPT_ALIASES: Record<string, Format> = {
  "application/json": "json",
  "application/x-ndjson": "ndjson",
  "application/ndjson": "ndjson",
  "application/jsonl": "ndjson",
  "text/csv": "csv",
  "application/atom+xml": "atom",
  "application/rss+xml": "rss",
  "application/feed+json": "jsonfeed",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};

/**
 * The format of a response: `?format=` when given (it wins, so a link can name it), else the
 * best match of `Accept` among what this route offers, else the route's first format. An Accept
 * that names only formats the route does not offer is a 406, never a silent JSON.
 *
 * @example
 * negotiate("csv", undefined, ["json", "csv"]); // "csv"
 * negotiate(undefined, "application/atom+xml", ["json", "atom", "rss"]); // "atom"
 */
export function negotiate(
  format: string | undefined,
  accept: string | undefined,
  offered: readonly Format[],
): Format {
  if (format !== undefined && format !== "") {
    if ((offered as readonly string[]).includes(format)) return format as Format;
    throw new ApiProblem(
      400,
      "invalid-format",
      `format: one of ${offered.join(", ")}, not "${format.slice(0, 40)}"`,
      {
        invalidParams: [{ name: "format", reason: `one of ${offered.join(", ")}` }],
      },
    );
  }
  const first = offered[0] as Format;
  if (!accept) return first;
  const ranges = accept
    .split(",")
    .map((part, order) => {
      const [type = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { type: type.trim(), q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((r) => r.type !== "" && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  if (ranges.length === 0) return first;
  for (const range of ranges) {
    if (range.type === "*/*" || range.type === "application/*" || range.type === "text/*") {
      const within =
        range.type === "*/*"
          ? offered
          : offered.filter((f) => MEDIA_TYPES[f].startsWith(range.type.slice(0, -1)));
      if (within.length > 0) return within[0] as Format;
      continue;
    }
    const named = ACCEPT_ALIASES[range.type];
    if (named && offered.includes(named)) return named;
  }
  throw new ApiProblem(
    406,
    "not-acceptable",
    `this resource is available as ${offered.map((f) => MEDIA_TYPES[f].split(";")[0]).join(", ")}`,
  );
}
