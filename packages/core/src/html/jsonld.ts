import { decodeHTML } from "entities";
import { ARTICLE_PROPER, ARTICLE_TYPES, ORGANIZATION_TYPES } from "./meta-keys.js";

export type Json = Record<string, unknown>;

/** A JSON-LD script's text parsed once; hand-written JSON-LD with raw newlines or trailing commas too. */
export function parseJson(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--|-->$/g, "");
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return undefined;
    }
  }
}

export function typesOf(node: Json): string[] {
  const t = node["@type"];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === "string")
    .map((x) => x.toLowerCase());
}

/** The JSON-LD node that describes the article, following @graph and arrays; Person nodes by @id for authors. */
export function pickArticle(roots: unknown[]): { node: Json; byId: Map<string, Json> } | null {
  const byId = new Map<string, Json>();
  const nodes: Json[] = [];
  const stack: unknown[] = [...roots];
  let budget = 5000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === "object") {
      const o = v as Json;
      nodes.push(o);
      if (typeof o["@id"] === "string") byId.set(o["@id"], o);
      if (o["@graph"]) stack.push(o["@graph"]);
      if (o.mainEntity && typeof o.mainEntity === "object") stack.push(o.mainEntity);
    }
  }
  let best: Json | null = null;
  let bestRank = 99;
  for (const n of nodes.reverse()) {
    for (const t of typesOf(n)) {
      if (!ARTICLE_TYPES.test(t)) continue;
      const rank = ARTICLE_PROPER.test(t) ? 0 : 1;
      if (rank < bestRank) [best, bestRank] = [n, rank];
    }
  }
  return best ? { node: best, byId } : null;
}

export function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

export function firstStr(v: unknown): string | null {
  return Array.isArray(v) ? str(v[0]) : str(v);
}

/** The first of the node's properties that holds a string. */
export function firstOf(node: Json | undefined, keys: readonly string[]): string | null {
  if (!node) return null;
  for (const k of keys) {
    const v = str(node[k]);
    if (v) return v;
  }
  return null;
}

/** Author names of a node's `author`, people and organisations told apart; `split` cuts "A, B and C". */
export function namesOf(
  v: unknown,
  byId: Map<string, Json>,
  split: (text: string) => string[],
): { name: string; org: boolean }[] {
  const out: { name: string; org: boolean }[] = [];
  for (const a of Array.isArray(v) ? v : [v]) {
    if (typeof a === "string") out.push(...split(decodeHTML(a)).map((name) => ({ name, org: false })));
    else if (a && typeof a === "object") {
      let o = a as Json;
      if (!o.name && typeof o["@id"] === "string") o = byId.get(o["@id"]) ?? o;
      const name = str(o.name);
      if (name)
        out.push({
          name: decodeHTML(name),
          org: typesOf(o).some((t) => ORGANIZATION_TYPES.test(t)),
        });
    }
  }
  return out.filter((n) => !/^(https?:|www\.|@)/.test(n.name));
}

export function imageOf(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return imageOf(v[0]);
  if (v && typeof v === "object") return str((v as Json).url) ?? str((v as Json).contentUrl);
  return null;
}

// JSON-LD carried inside a string (app state, an attribute) is escaped: \"datePublished\":\"…\"
const ESCAPED_LD = {
  datePublished: /(?:\\"|&quot;)datePublished(?:\\"|&quot;):\s*(?:\\"|&quot;)([^"\\&]{8,40})/,
  author:
    /(?:\\"|&quot;)author(?:\\"|&quot;):\s*\[?\s*\{[^{}]{0,120}?(?:\\"|&quot;)name(?:\\"|&quot;):\s*(?:\\"|&quot;)([^"\\&]{2,80})/,
};

/** A property of JSON-LD escaped inside a string, with where its value sits; never an organisation's. */
export function escapedLd(
  html: string,
  key: keyof typeof ESCAPED_LD,
): { value: string; span: { start: number; end: number } } | null {
  // the key is a literal of the pattern: a plain search rules most pages out before the regex runs
  const m = html.includes(key) ? ESCAPED_LD[key].exec(html) : null;
  // the node's type may come before or after its name
  const node = m ? m[0] + html.slice(m.index + m[0].length, m.index + m[0].length + 200).split("}")[0] : "";
  if (!m || /Organization|Corporation|Brand/.test(node)) return null;
  const value = m[1] as string;
  const start = m.index + m[0].length - value.length;
  return { value, span: { start, end: start + value.length } };
}
