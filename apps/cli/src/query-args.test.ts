import { describe, expect, it } from "vitest";
import { queryArguments } from "./query-args.js";

const options = {
  limit: { type: "string" },
  facets: { type: "boolean" },
  format: { type: "string", short: "f" },
} as const;

describe("queryArguments", () => {
  it("reads -word as a NOT of the query, keeping options and their values", () => {
    expect(queryArguments(["geneva", "-peace", "--limit", "5", "-f", "json", "--facets"], options)).toEqual([
      "--limit",
      "5",
      "-f",
      "json",
      "--facets",
      "--",
      "geneva",
      "-peace",
    ]);
  });

  it("leaves unknown long options to be reported, and words after -- as words", () => {
    expect(queryArguments(["--nope", "a", "--", "--limit"], options)).toEqual([
      "--nope",
      "--",
      "a",
      "--limit",
    ]);
    expect(queryArguments(["--limit=3", "-x"], options)).toEqual(["--limit=3", "--", "-x"]);
  });
});
