import { z } from "@hono/zod-openapi";
import { PROBLEM_TYPE, Problem } from "./problem.js";

/** A query-string switch: `1`/`true` on, `0`/`false` off. */
export const Flag = z.enum(["0", "1", "true", "false"]).optional();

/** Whether a `Flag` is on. */
export const isOn = (value: string | undefined): boolean => value === "1" || value === "true";

/** The problem+json responses a route declares, by status. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: "problem details", content: { [PROBLEM_TYPE]: { schema: Problem } } },
    ]),
  );
}

/** Bodies that are a page as they are (any charset: core decodes the bytes), by media-type prefix. */
export const PAGE_TYPES = [
  "text/",
  "application/xml",
  "application/xhtml+xml",
  "application/rss+xml",
  "application/atom+xml",
  "application/feed+json",
  "application/octet-stream",
];

/** The media type of a request without parameters, lower-cased ("" when absent). */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}
