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
export function toTsquery(node: QueryNode, phrase = " <-> "): string {
  const child = (n: QueryNode) => toTsquery(n, phrase);
  switch (node.kind) {
    case "term": {
      const weight = node.field === "title" ? "A" : "";
      const parts = node.tokens.map((t, i) => {
        const star = node.prefix && i === node.tokens.length - 1 ? "*" : "";
        if (t.length >= MAX_LEXEME_BYTES / 4 && Buffer.byteLength(t) >= MAX_LEXEME_BYTES)
          return NEVER_INDEXED;
        return `'${t}'${star || weight ? `:${star}${weight}` : ""}`;
      });
      return parts.length === 1 ? (parts[0] as string) : `(${parts.join(phrase)})`;
    }
    case "or":
      return `(${node.children.map(child).join(" | ")})`;
    case "and":
      return `(${node.children.map(child).join(" & ")})`;
    case "not":
      // what a negation excludes must be exact
      return `!${toTsquery(node.child)}`;
  }
}

/**
 * The rows the text index returns for a query, before the heap is read to check them: phrases as
 * their words together (the index holds no positions). PostgreSQL estimates a phrase's matches
 * orders of magnitude too low; this is what a bitmap of the index costs.
 *
 * @example
 * candidatesOf({ kind: "term", tokens: ["united", "states"], prefix: false, field: null }); // "('united' & 'states')"
 */
export function candidatesOf(node: QueryNode): string {
  return toTsquery(node, " & ");
}
