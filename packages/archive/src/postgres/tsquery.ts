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

/** A word's share of rows as the planner estimates it (`prefix`: any word it begins). */
export type WordShare = (word: string, prefix: boolean) => number;

/**
 * The rows the text index returns for a query when each phrase is looked up by its rarest word
 * alone: a superset of the matches (a phrase holds that word) whose size the planner estimates
 * truly, where it estimates a phrase's words together as if they were independent (for "united
 * states" at 1M items: 168 rows where 8,855 hold both) and then reads every candidate row
 * instead of intersecting the text index with a range of keys. `others` is the product of the
 * other words' shares: what the planner's estimate of the words together would add.
 *
 * @example
 * rarestCandidatesOf(phrase("united", "states"), share); // { tsquery: "'united'", others: 0.016 }
 */
export function rarestCandidatesOf(
  node: QueryNode,
  share: WordShare,
): { node: QueryNode; tsquery: string; others: number } {
  let others = 1;
  const rarest = (n: QueryNode): QueryNode => {
    switch (n.kind) {
      case "term": {
        if (n.tokens.length < 2) return n;
        const last = n.tokens.length - 1;
        const shares = n.tokens.map((t, i) => share(t, n.prefix && i === last));
        const pick = shares.indexOf(Math.min(...shares));
        for (let i = 0; i < shares.length; i++) if (i !== pick) others *= shares[i] as number;
        return { ...n, tokens: [n.tokens[pick] as string], prefix: n.prefix && pick === last };
      }
      case "and":
      case "or":
        return { kind: n.kind, children: n.children.map(rarest) };
      case "not":
        // what a negation excludes stays exact
        return n;
    }
  };
  const candidates = rarest(node);
  return { node: candidates, tsquery: toTsquery(candidates), others };
}

/**
 * The share of rows matching a query as the planner estimates it from its words' shares
 * (ts_selfuncs.c): words together multiply, alternatives add up as independent events, a
 * negation is the rest, a phrase counts as its words together.
 *
 * @example
 * shareOf(and(word("peace"), word("talks")), share); // share("peace") * share("talks")
 */
export function shareOf(node: QueryNode, share: WordShare): number {
  switch (node.kind) {
    case "term": {
      const last = node.tokens.length - 1;
      return node.tokens.reduce((p, t, i) => p * share(t, node.prefix && i === last), 1);
    }
    case "and":
      return node.children.reduce((p, c) => p * shareOf(c, share), 1);
    case "or":
      return 1 - node.children.reduce((p, c) => p * (1 - shareOf(c, share)), 1);
    case "not":
      return 1 - shareOf(node.child, share);
  }
}

/** Whether a query holds a phrase (outside a negation, which is checked exactly). */
export function hasPhrase(node: QueryNode): boolean {
  switch (node.kind) {
    case "term":
      return node.tokens.length > 1;
    case "not":
      return false;
    default:
      return node.children.some(hasPhrase);
  }
}
