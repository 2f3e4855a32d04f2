import type { CitedDocument } from "../model/enrichment.js";
import { type Para, sentencesOf, spanOf } from "./text.js";

const RES = "(\\d{2,4})(?:\\s*\\((\\d{4})\\))?";
const LIST = `${RES}((?:\\s*(?:,|,?\\s+and|&)\\s+(?:resolution\\s+)?\\d{2,4}(?:\\s*\\(\\d{4}\\))?)*)`;
const COUNCIL = new RegExp(
  `\\b(?:(?:UN|U\\.N\\.|United Nations)\\s+)?(?:Security Council|UNSC)\\s+(?:[Rr]esolutions?\\s+)?(?:No\\.?\\s*)?${LIST}(?![\\d/])|\\bUNSCR\\s*${LIST}|\\b[Rr]esolutions?\\s+(?:No\\.?\\s*)?${LIST}(?![\\d/])`,
  "gu",
);
const NAMED =
  /\b((?:\p{Lu}[\p{L}\p{M}’'-]*\s+){1,4}(?:of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}’'-]*\s+)?)(Communiqu[eé]|Agreement|Accords?|Declaration|Memorandum|Treaty|Conventions?)(?:\s+of\s+(\d{4}))?/gu;
const QUOTED =
  /[‘'“"]([\p{L}\p{M}][\p{L}\p{M}\s-]{2,58}?)[,.]?[’'”"]\s+(agreement|accord|deal|memorandum|truce|ceasefire)\b/gu;
const STARTERS = /^(?:The|A|An|In|On|At|Under|By|With|Of|And|This|That|According|To)\s+/;

/**
 * Documents an item invokes: UN Security Council resolutions (`UNSCR 2254`; lists like "2268 and
 * 2254" give one each), General Assembly resolutions, named communiqués and agreements.
 */
export function findDocuments(paras: Para[]): CitedDocument[] {
  const out: CitedDocument[] = [];
  const seen = new Set<string>();
  const push = (doc: CitedDocument) => {
    const key = `${doc.span.start}:${doc.id}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(doc);
    }
  };
  for (const p of paras) {
    const sentences = sentencesOf(p);
    for (const [si, s] of sentences.entries()) {
      // a bare "resolution 2254" is the Security Council's only when this or the sentence before says so
      const context = `${sentences[si - 1]?.text ?? ""} ${s.text}`;
      const council = /Security Council|UNSC/.test(context);
      const assembly = /General Assembly/.test(context);
      COUNCIL.lastIndex = 0;
      for (let m = COUNCIL.exec(s.text); m; m = COUNCIL.exec(s.text)) {
        const bare = m[7] !== undefined;
        if (bare && !council && !assembly) continue;
        const kind = bare && assembly && !council ? "unga-resolution" : "unsc-resolution";
        const prefix = kind === "unsc-resolution" ? "UNSCR" : "UNGA resolution";
        const first = m[1] ?? m[4] ?? m[7];
        const rest = m[3] ?? m[6] ?? m[9] ?? "";
        const head = s.start + m.index;
        const firstEnd = s.start + m.index + m[0].length - rest.length;
        push({
          id: `${prefix} ${first}`,
          kind,
          text: p.text.slice(head, firstEnd),
          span: spanOf(p, head, firstEnd),
        });
        const re = /\d{2,4}(?:\s*\(\d{4}\))?/g;
        for (let n = re.exec(rest); n; n = re.exec(rest)) {
          const at = firstEnd + n.index;
          const num = n[0].slice(0, n[0].search(/\D|$/));
          push({ id: `${prefix} ${num}`, kind, text: n[0], span: spanOf(p, at, at + n[0].length) });
        }
      }
    }
    NAMED.lastIndex = 0;
    for (let m = NAMED.exec(p.text); m; m = NAMED.exec(p.text)) {
      let start = m.index;
      let name = m[0];
      const lead = STARTERS.exec(name);
      if (lead) {
        start += lead[0].length;
        name = name.slice(lead[0].length);
      }
      if (!/\s/.test(name.trim())) continue;
      const kind = /^Communiqu/i.test(m[2] as string) ? "communique" : "agreement";
      const id = `${(m[1] as string).replace(STARTERS, "").trim()} ${(m[2] as string).replace(/é/, "e")}${m[3] ? ` ${m[3]}` : ""}`;
      push({ id, kind, text: name, span: spanOf(p, start, start + name.length) });
    }
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(p.text); m; m = QUOTED.exec(p.text)) {
      push({
        id: `${(m[1] as string).trim()} ${m[2]}`,
        kind: "agreement",
        text: m[0],
        span: spanOf(p, m.index, m.index + m[0].length),
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
