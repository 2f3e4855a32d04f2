import type { QueryNode } from "../query.js";

/**
 * The AST as an FTS5 MATCH expression. Tokens are letters and digits only (see `tokenize`) and
 * always quoted, so nothing from the user's string reaches FTS5 as syntax.
 *
 * @example
 * toFts({ kind: "term", tokens: ["peace", "talks"], prefix: false, field: null }); // '"peace talks"'
 */
export function toFts(node: QueryNode): string {
  switch (node.kind) {
    case "term": {
      const phrase = `"${node.tokens.join(" ")}"${node.prefix ? " *" : ""}`;
      return node.field ? `title : ${phrase}` : phrase;
    }
    case "or":
      return node.children.map((c) => `(${toFts(c)})`).join(" OR ");
    case "not":
      return toFts(node.child);
    case "and": {
      const positive = node.children.filter((c) => c.kind !== "not");
      const negative = node.children.filter((c) => c.kind === "not");
      let out = positive.map((c) => `(${toFts(c)})`).join(" AND ");
      for (const n of negative) out = `(${out}) NOT (${toFts(n)})`;
      return out;
    }
  }
}

/** For a query of negations only: the expression whose matches are excluded. */
export function excludedFts(node: QueryNode): string {
  const negs = node.kind === "and" ? node.children : [node];
  return negs.map((n) => `(${toFts(n)})`).join(" OR ");
}
