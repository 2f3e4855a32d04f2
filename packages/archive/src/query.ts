/**
 * The one query language of the archive, parsed once into an AST that each engine translates
 * (FTS5 MATCH for SQLite, tsquery for PostgreSQL), so a query means the same on both.
 *
 * Grammar, loosest first: `a OR b`, `a AND b` (or just `a b`), `NOT a` / `-a`, `(…)`,
 * `"a phrase"`, `pref*`, `title:word`, and the filters `category:` `site:` `lang:` `from:` `to:`
 * `entity:` (values may be quoted). Anything else is a word: quotes, operators and SQL in a
 * hostile string end up as words or are dropped, never as syntax an engine sees.
 */

import { stemmer } from "stemmer";

export type QueryNode =
  | { kind: "term"; tokens: string[]; prefix: boolean; field: "title" | null }
  | { kind: "and"; children: QueryNode[] }
  | { kind: "or"; children: QueryNode[] }
  | { kind: "not"; child: QueryNode };

export interface QueryFilters {
  category?: string;
  site?: string;
  lang?: string;
  from?: string;
  to?: string;
  entity?: string;
}

export interface ParsedQuery {
  /** The full-text part; null when the query has none (filters only, or nothing searchable). */
  text: QueryNode | null;
  filters: QueryFilters;
}

const FILTERS = new Set(["category", "site", "lang", "from", "to", "entity"]);
const MAX_QUERY_LENGTH = 2000;
const MAX_TERMS = 64;

/**
 * Folds text the way both engines index it: compatibility forms, no diacritics, lower case.
 *
 * @example
 * fold("Élysée CAFÉ"); // "elysee cafe"
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * The searchable tokens of a text: runs of letters and digits after folding (the same split as
 * FTS5's unicode61 tokenizer, which is why PostgreSQL is fed pre-tokenised text).
 *
 * @example
 * tokenize("Al-Assad's régime"); // ["al", "assad", "s", "regime"]
 */
export function tokenize(text: string): string[] {
  const runs = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!CJK.test(text)) return runs;
  return runs.flatMap((run) => (CJK.test(run) ? segmentCjk(run).map((w) => w.word) : [run]));
}

/** Chinese and Japanese scripts: written without spaces between words. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
let segmenter: Intl.Segmenter | undefined;

/**
 * The words of a run of Chinese or Japanese text, with their offsets in it, by ICU's dictionary
 * segmentation (Intl.Segmenter): the same split at ingest and at query time on every engine,
 * so "特朗普" or "暴雨" is found inside a headline written without spaces.
 *
 * @example
 * segmentCjk("山东临沂暴雨").map((w) => w.word); // ["山东", "临沂", "暴雨"]
 */
export function segmentCjk(run: string): { word: string; start: number }[] {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const out: { word: string; start: number }[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) out.push({ word: s.segment, start: s.index });
  return out;
}

/** Stemming chosen when an archive is created and recorded in its schema: English, or none. */
/**
 * Whether a query holds a prefix term (`geneva*`): both engines then merge the lists of every
 * word it begins, which costs more than one word's.
 *
 * @example
 * hasPrefix({ kind: "term", tokens: ["gene"], prefix: true, field: null }); // true
 */
export function hasPrefix(node: QueryNode): boolean {
  switch (node.kind) {
    case "term":
      return node.prefix;
    case "not":
      return hasPrefix(node.child);
    default:
      return node.children.some(hasPrefix);
  }
}

export type Stemming = "english" | null;

/** A folded token's stem: English words (Latin letters) by Porter's algorithm, others as they are. */
export function stemToken(token: string): string {
  return /^[a-z]+$/.test(token) ? stemmer(token) : token;
}

/**
 * The tokens an engine's full-text index is given for a text: `tokenize`, stemmed when the
 * archive stems (the same stems the query's words get, on both engines).
 *
 * @example
 * indexTokens("Detainees released", "english"); // ["detaine", "releas"]
 */
export function indexTokens(text: string, stemming: Stemming): string[] {
  const tokens = tokenize(text);
  return stemming ? tokens.map(stemToken) : tokens;
}

/**
 * The text an engine's full-text index is given: as written, unless it holds Chinese or
 * Japanese or the archive stems, then its tokens separated by spaces (engines split words at
 * spaces and punctuation only).
 *
 * @example
 * indexText("山东临沂暴雨"); // "山东 临沂 暴雨"
 */
export function indexText(text: string, stemming: Stemming = null): string {
  if (stemming) return indexTokens(text, stemming).join(" ");
  return CJK.test(text) ? tokenize(text).join(" ") : text;
}

/**
 * A query with its words stemmed like the index of a stemming archive. The last token of a
 * prefix term is left whole: `detain*` looks for words starting with "detain".
 */
export function stemQuery(node: QueryNode | null): QueryNode | null {
  if (!node) return null;
  switch (node.kind) {
    case "term":
      return {
        ...node,
        tokens: node.tokens.map((t, i) => (node.prefix && i === node.tokens.length - 1 ? t : stemToken(t))),
      };
    case "not":
      return { kind: "not", child: stemQuery(node.child) as QueryNode };
    case "and":
    case "or":
      return { kind: node.kind, children: node.children.map((c) => stemQuery(c) as QueryNode) };
  }
}

type Lexeme =
  | { t: "word"; v: string; quoted: boolean }
  | { t: "(" | ")" | "-" }
  | { t: "field"; name: string };

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  const s = input.slice(0, MAX_QUERY_LENGTH);
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '"' || c === "“" || c === "”" || c === "«" || c === "»") {
      const close = c === "«" ? "»" : c === "“" ? "”" : c;
      let j = i + 1;
      while (j < s.length && s[j] !== close && !(close === "”" && s[j] === '"')) j++;
      out.push({ t: "word", v: s.slice(i + 1, j), quoted: true });
      i = j + 1;
    } else if (c === "(" || c === ")") {
      out.push({ t: c });
      i++;
    } else if (c === "-" && (out.length === 0 || /[\s(]/u.test(s[i - 1] ?? " "))) {
      out.push({ t: "-" });
      i++;
    } else {
      let j = i;
      while (j < s.length && !/[\s()"“”«»]/u.test(s[j] as string)) j++;
      const word = s.slice(i, j);
      const colon = word.indexOf(":");
      const name = colon > 0 ? word.slice(0, colon).toLowerCase() : "";
      if (colon > 0 && (FILTERS.has(name) || name === "title")) {
        out.push({ t: "field", name });
        const rest = word.slice(colon + 1);
        if (rest) out.push({ t: "word", v: rest, quoted: false });
      } else {
        out.push({ t: "word", v: word, quoted: false });
      }
      i = j;
    }
  }
  return out;
}

/**
 * Parses a query string. Never throws: whatever the string, the result is a valid AST (possibly
 * empty) and a set of filters.
 *
 * @example
 * parseQuery('"peace talks" geneva -sochi site:example.org');
 * // { text: and(phrase, term, not(term)), filters: { site: "example.org" } }
 */
export function parseQuery(input: string): ParsedQuery {
  const lexemes = lex(typeof input === "string" ? input : "");
  const filters: QueryFilters = {};
  let pos = 0;
  let terms = 0;

  const peekWord = (w: string) => {
    const l = lexemes[pos];
    return l?.t === "word" && !l.quoted && l.v === w;
  };

  const parseOr = (depth: number): QueryNode | null => {
    const children: QueryNode[] = [];
    const first = parseAnd(depth);
    if (first) children.push(first);
    while (peekWord("OR")) {
      pos++;
      const next = parseAnd(depth);
      if (next) children.push(next);
    }
    return children.length <= 1 ? (children[0] ?? null) : { kind: "or", children };
  };

  const parseAnd = (depth: number): QueryNode | null => {
    const children: QueryNode[] = [];
    for (;;) {
      const l = lexemes[pos];
      if (!l || l.t === ")" || peekWord("OR")) break;
      if (peekWord("AND")) {
        pos++;
        continue;
      }
      const node = parseUnary(depth);
      if (node) children.push(node);
    }
    return children.length <= 1 ? (children[0] ?? null) : { kind: "and", children };
  };

  const parseUnary = (depth: number): QueryNode | null => {
    if (lexemes[pos]?.t === "-" || peekWord("NOT")) {
      pos++;
      const child = parseUnary(depth);
      return child ? { kind: "not", child } : null;
    }
    return parsePrimary(depth);
  };

  const parsePrimary = (depth: number): QueryNode | null => {
    const l = lexemes[pos++];
    if (!l) return null;
    if (l.t === "(") {
      // deep nesting is a denial of service, not a query: flatten past a sane depth
      const inner = parseOr(depth + 1);
      if (lexemes[pos]?.t === ")") pos++;
      return depth > 16 ? null : inner;
    }
    if (l.t === ")" || l.t === "-") return null;
    if (l.t === "field") {
      const value = lexemes[pos];
      if (value?.t !== "word") return null;
      pos++;
      if (l.name === "title") return term(value.v, value.quoted, "title");
      filters[l.name as keyof QueryFilters] = value.v.trim();
      return null;
    }
    if (l.t !== "word") return null;
    return term(l.v, l.quoted, null);
  };

  const term = (raw: string, quoted: boolean, field: "title" | null): QueryNode | null => {
    const prefix = !quoted && raw.endsWith("*");
    const tokens = tokenize(raw).slice(0, MAX_TERMS);
    if (tokens.length === 0 || terms >= MAX_TERMS) return null;
    terms += tokens.length;
    return { kind: "term", tokens, prefix, field };
  };

  let text: QueryNode | null = null;
  const parts: QueryNode[] = [];
  while (pos < lexemes.length) {
    const node = parseOr(0);
    if (node) parts.push(node);
    if (lexemes[pos]?.t === ")") pos++; // a stray closing parenthesis is ignored
  }
  text = parts.length <= 1 ? (parts[0] ?? null) : { kind: "and", children: parts };
  return { text: normalize(text), filters };
}

/**
 * Puts the AST in the shape both engines can express: NOT only beside something positive in an
 * AND (FTS5 has no unary NOT), nested ANDs/ORs flattened. A query that is only negations keeps
 * them at the top (`and` of `not`s): engines answer it as "everything except".
 */
export function normalize(node: QueryNode | null, top = true): QueryNode | null {
  if (!node) return null;
  switch (node.kind) {
    case "term":
      return node;
    case "not": {
      const child = normalize(node.child, false);
      if (!child) return null;
      if (child.kind === "not") return top ? child.child : child.child; // double negation
      return top ? { kind: "and", children: [{ kind: "not", child }] } : { kind: "not", child };
    }
    case "or": {
      const children = node.children
        .map((c) => normalize(c, false))
        .filter((c): c is QueryNode => c !== null && c.kind !== "not" && !onlyNegative(c))
        .flatMap((c) => (c.kind === "or" ? c.children : [c]));
      if (children.length === 0) return null;
      return children.length === 1 ? (children[0] as QueryNode) : { kind: "or", children };
    }
    case "and": {
      const children = node.children
        .map((c) => normalize(c, false))
        .filter((c): c is QueryNode => c !== null)
        .flatMap((c) => (c.kind === "and" ? c.children : [c]));
      const positive = children.filter((c) => c.kind !== "not");
      if (positive.length === 0 && !top) return null;
      if (children.length === 0) return null;
      return children.length === 1 && positive.length === 1
        ? (children[0] as QueryNode)
        : { kind: "and", children };
    }
  }
}

function onlyNegative(node: QueryNode): boolean {
  return node.kind === "and" && node.children.every((c) => c.kind === "not");
}

/** Whether a normalised query matches by exclusion only (`-foo`): engines then scan, not search. */
export function isNegativeOnly(node: QueryNode): boolean {
  return node.kind === "not" || onlyNegative(node);
}

/**
 * Merges the filters written in the query with those given as options (options win).
 *
 * @example
 * mergeFilters({ site: "a.org" }, { lang: "fr" }); // { site: "a.org", lang: "fr" }
 */
export function mergeFilters(fromQuery: QueryFilters, fromOptions: QueryFilters): QueryFilters {
  const out: QueryFilters = { ...fromQuery };
  for (const [k, v] of Object.entries(fromOptions))
    if (v !== undefined && v !== "") out[k as keyof QueryFilters] = v;
  return out;
}
