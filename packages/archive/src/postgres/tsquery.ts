import type { QueryNode } from "../query.js";
import { MAX_LEXEME_BYTES } from "./tsvector.js";

// a word too long to be indexed matches nothing: a lexeme no tokenizer makes (tokens are letters
// and digits), where PostgreSQL would refuse the word itself
const NEVER_INDEXED = "'-'";

/**
 * The AST as a PostgreSQL tsquery literal (`…::tsquery`: the words are the index's lexemes as
 * they are). Tokens are letters and digits only, so quoting them cannot be escaped from; titles
 * are weight A, bodies weight B.
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
        if (t.length >= MAX_LEXEME_BYTES / 4 && Buffer.byteLength(t) >= MAX_LEXEME_BYTES)
          return NEVER_INDEXED;
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
