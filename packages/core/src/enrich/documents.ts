import type { CitedDocument } from "../model/enrichment.js";
import { lookupPlace } from "./gazetteer.js";
import {
  DOCUMENT_HEADS,
  DOCUMENT_HEADS_AFTER_PLACE,
  DOCUMENT_HEADS_FIRST,
  DOCUMENT_NOT_IN_NAME,
  DOCUMENT_PRECEDERS,
} from "./lexicon.js";
import { type Para, sentencesOf, spanOf } from "./text.js";

const RES = "(\\d{2,4})(?:\\s*\\((\\d{4})\\))?";
const LIST = `${RES}((?:\\s*(?:,|,?\\s+and|&)\\s+(?:resolution\\s+)?\\d{2,4}(?:\\s*\\(\\d{4}\\))?)*)`;
const COUNCIL = new RegExp(
  `\\b(?:(?:UN|U\\.N\\.|United Nations)\\s+)?(?:Security Council|UNSC)\\s+(?:[Rr]esolutions?\\s+)?(?:No\\.?\\s*)?${LIST}(?![\\d/])|\\bUNSCR\\s*${LIST}|\\b[Rr]esolutions?\\s+(?:No\\.?\\s*)?${LIST}(?![\\d/])`,
  "gu",
);
const QUOTED =
  /[‘'“"]([\p{L}\p{M}][\p{L}\p{M}\s-]{2,58}?)[,.]?[’'”"]\s+(agreement|accord|deal|memorandum|truce|ceasefire)\b/gu;
const STARTERS =
  /^(?:The|A|An|In|On|At|Under|By|With|Of|And|This|That|According|To|While|When|Since|After|Before|Its|Their|Per|See|Read|From|For)\s+/;
const HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(DOCUMENT_HEADS).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);
// a word of a document's name, and the lowercase words that may join two of them
const NAME_WORD = /^(?:\p{Lu}|\d)[\p{L}\p{M}\p{N}.’'&-]*$/u;
const JOINERS = new Set(["and", "of", "for", "on", "in", "to", "the", "&", "de", "du", "against"]);
const YEAR_AFTER = /^(?:\s+(Amendments?))?(?:\s+of\s+((?:19|20)\d\d)|\s+\(((?:19|20)\d\d)\))?/u;
const ACRONYM_AFTER = /^\s+\((\p{Lu}[\p{Lu}\d&-]{1,7})\)/u;
// "Treaty of Rome", "Convention on the Rights of the Child": the name after the head
const HEAD_FIRST = new RegExp(
  `(?<![\\p{L}])(?:${DOCUMENT_HEADS_FIRST.join("|")})\\s+(?:of|on|against|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:(?:of|on|the|for|and(?!\\s+the))\\s+)*\\p{Lu}[\\p{L}\\p{M}'’-]*){0,6}`,
  "gu",
);
// "Bartz v. Anthropic", "Thomson Reuters v. ROSS Intelligence"
const COURT_CASE =
  /(?<![\p{L}])\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3}\s+v\.?\s+\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3}/gu;

/**
 * Documents an item invokes: UN Security Council resolutions (`UNSCR 2254`; lists like "2268 and
 * 2254" give one each), General Assembly resolutions, named acts, bills, directives, regulations,
 * treaties, conventions, agreements, communiqués and reports, and court cases ("X v. Y").
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
  // "the Affordable Care Act (ACA)": later mentions of the acronym cite the same document
  const aliases = new Map<string, { id: string; kind: CitedDocument["kind"] }>();
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
    for (const doc of namedIn(p, aliases)) push(doc);
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
  // "the AI Act" after "the EU AI Act": a shorter form of a name the item gave in full
  for (const d of out) {
    const longer = out.find(
      (o) => o.id.length > d.id.length && o.id.endsWith(` ${d.id}`) && o.kind === d.kind,
    );
    if (longer) d.id = longer.id;
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Names that end in a document word ("Inflation Reduction Act of 2022"), court cases, and acronyms given for them. */
function namedIn(
  p: Para,
  aliases: Map<string, { id: string; kind: CitedDocument["kind"] }>,
): CitedDocument[] {
  const out: CitedDocument[] = [];
  const text = p.text;
  for (const m of text.matchAll(HEAD)) {
    const head = m[0];
    const kind = DOCUMENT_HEADS[head] as CitedDocument["kind"];
    // walk back over the name's words: capitalised words, numbers, and joiners between them
    const words: Array<{ w: string; at: number }> = [];
    const re = /[^\s,;:()"“”«»]+/gu;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const offset = Math.max(0, m.index - 160);
    const tokens = [...before.matchAll(re)].map((t) => ({ w: t[0], at: offset + t.index }));
    for (let k = tokens.length - 1; k >= 0 && words.length < 10; k--) {
      const t = tokens[k] as { w: string; at: number };
      const next = words[0];
      // only a space between two words of one name
      const gapEnd = next ? next.at : m.index;
      if (!/^\s+$/.test(text.slice(t.at + t.w.length, gapEnd))) break;
      if (/['’]s$/.test(t.w)) break;
      // "the Berne Convention and TRIPS Agreement": another document's head ends the name
      if (t.w in DOCUMENT_HEADS && next !== undefined && JOINERS.has(next.w)) break;
      // "of 2021 and the …", "Lisbon and the …": "and the" and a year before a joiner join two names
      if (t.w === "and" && next?.w === "the") break;
      if (/^\d+$/.test(t.w) && next !== undefined && JOINERS.has(next.w)) break;
      // "… LLC. The Operating Agreement": a sentence ends before the name
      if (/\.$/.test(t.w) && next !== undefined && /^(?:The|A|An|This|In|It)$/.test(next.w)) break;
      // "Ment. Health Phys. Act": a citation's abbreviated journal title, no law
      if (/^\p{Lu}\p{Ll}{2,4}\.$/u.test(t.w)) break;
      if (NAME_WORD.test(t.w) || (JOINERS.has(t.w) && next !== undefined)) words.unshift(t);
      else break;
    }
    while (words.length && JOINERS.has((words[0] as { w: string }).w)) words.shift();
    // "Violations of the Berne Convention": a common noun and "of" before the name
    const of = words.findLastIndex(
      (x, k) =>
        x.w === "of" && k > 0 && DOCUMENT_PRECEDERS.has((words[k - 1] as { w: string }).w.toLowerCase()),
    );
    if (of > 0) words.splice(0, of + 1);
    while (
      words.length &&
      (JOINERS.has((words[0] as { w: string }).w) || STARTERS.test(`${(words[0] as { w: string }).w} `))
    )
      words.shift();
    const first = words[0];
    // one word before "Law" or "Report" is more often a product or a section ("Practical Law")
    if (
      !first ||
      ((kind === "report" || head === "Law" || head === "Acts" || head === "Bill") && words.length < 2)
    )
      continue;
    if (words.some((x) => DOCUMENT_NOT_IN_NAME.has(x.w.toLowerCase()))) continue;
    // "How Solar Changes Your Bill": a bill with a possessive in its name is a payment, or a headline
    if (head === "Bill" && words.some((x) => /^(?:Your|My|Our|His|Her|Their)$/.test(x.w))) continue;
    if (DOCUMENT_HEADS_AFTER_PLACE.has(head) && !lookupPlace(words.map((x) => x.w).join(" "))) continue;
    const tail = YEAR_AFTER.exec(text.slice(m.index + head.length)) as RegExpExecArray;
    const end = m.index + head.length + tail[0].length;
    // "Harvard Law School", "the Paris Agreement Summit": the head is inside a longer name
    if (/^\s+\p{Lu}/u.test(text.slice(end)) && !/^\s+\((?:\p{Lu}|\d)/u.test(text.slice(end))) continue;
    const owner = /(\p{Lu}[\p{L}\p{M}.-]*)['’]s\s+$/u.exec(text.slice(Math.max(0, first.at - 40), first.at));
    const start = owner ? first.at - owner[0].length : first.at;
    const name = text.slice(
      first.at,
      m.index + head.length + (tail[1] ? tail[0].indexOf(tail[1]) + tail[1].length : 0),
    );
    const year = tail[2] ?? tail[3];
    const id = `${owner ? `${owner[1]} ` : ""}${name.replace(/é/g, "e").replace(/\s+/g, " ")}${year ? ` ${year}` : ""}`;
    out.push({ id, kind, text: text.slice(start, end), span: spanOf(p, start, end) });
    const acronym = ACRONYM_AFTER.exec(text.slice(end));
    if (acronym?.[1]) aliases.set(acronym[1], { id, kind });
  }
  for (const m of text.matchAll(HEAD_FIRST)) {
    const name = m[0];
    // "Berne Convention for the Protection of …" is the Berne Convention, found above
    if (/\p{Lu}[\p{L}\p{M}.'’-]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({
      id: name.replace(/\s+/g, " "),
      kind: DOCUMENT_HEADS[name.split(/\s/)[0] as string] as CitedDocument["kind"],
      text: name,
      span: spanOf(p, m.index, m.index + name.length),
    });
  }
  for (const m of / v\.? /.test(text) ? text.matchAll(COURT_CASE) : []) {
    let start = m.index;
    let name = m[0];
    const lead = STARTERS.exec(name);
    if (lead) {
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    out.push({
      id: name.replace(/\s+/g, " "),
      kind: "court-case",
      text: name,
      span: spanOf(p, start, start + name.length),
    });
  }
  for (const [acronym, doc] of aliases) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}(])${acronym}(?![\\p{L})])`, "gu"))) {
      out.push({
        id: doc.id,
        kind: doc.kind,
        text: acronym,
        span: spanOf(p, m.index, m.index + acronym.length),
      });
    }
  }
  return out;
}
