import type { QueryNode } from "../query.js";

/**
 * The AST as a PostgreSQL tsquery (for `to_tsquery('simple', …)`). Tokens are letters and digits
 * only, so quoting them cannot be escaped from; titles are weight A, bodies weight B.
 *
 * @example
 * toTsquery({ kind: "term", tokens: ["peace", "talk"], prefix: true, field: null }); // "('peace' <-> 'talk':*)"
 */
export function toTsquery(node: QueryNode): string {
  switch (node.kind) {
    case "term": {
      const weight = node.field === "title" ? "A" : "";
      const parts = node.tokens.map((t, i) => {
        const star = node.prefix && i === node.tokens.length - 1 ? "*" : "";
        return `'${t}'${star || weight ? `:${star}${weight}` : ""}`;
      });
      return parts.length === 1 ? (parts[0] as string) : `(${parts.join(" <-> ")})`;
    }
    case "or":
      return `(${node.children.map(toTsquery).join(" | ")})`;
    case "and":
      return `(${node.children.map(toTsquery).join(" & ")})`;
    case "not":
      return `!${toTsquery(node.child)}`;
  }
}
