import type { Attribution, Entity, Mention, Quote } from "../model/enrichment.js";
import type { NewsItem } from "../model/page.js";
import { type EntityIndex, genderOf } from "./entities.js";
import {
  ACCORDING_TO,
  GENDERED_ROLES,
  GENERIC_ORG_NOUNS,
  HONORIFICS,
  ORG_NOUNS,
  PRONOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
  WORK_NOUNS,
} from "./lexicon.js";
import { type Para, type Sentence, sentencesOf, spanOf } from "./text.js";

type Gender = "male" | "female";

// every language's speech verbs in one alternation, longest first so "a dit" wins over "dit"
const VERBS = [...new Set(Object.values(SPEECH_VERBS).flat())]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, "\\s+"))
  .join("|");
const PRONOUN_WORDS = Object.keys(PRONOUNS)
  .flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)])
  .join("|");
const PRONOUN = new RegExp(`^(?:${PRONOUN_WORDS})$`, "u");
const END = "(?![\\p{L}\\p{N}])";
// a subject: a name or noun phrase of up to 8 words, or a pronoun
const SUBJECT = `((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|the|local|Local)(?:[ -](?:[\\p{L}\\p{M}'’.-]+)){0,7}?|${PRONOUN_WORDS})`;
// "Parr has said", "Kraft also noted": words between a subject and its verb
const AUX =
  "(?:(?:also|further|later|has|have|had|once|previously|then|again|recently|simply|quickly|only|often|always)\\s+){0,2}";
// where a clause can start: the sentence start, punctuation, a conjunction, a closing quote
const CLAUSE_START =
  '(?<=^|[,;:(—–]\\s*|\\s[-–—]\\s|\\b(?:and|but|that|as|while|because|so|then|though|although|if|when|where|yet|which|et|mais|que|y|pero|und|aber)\\s+|["”’»«“]\\s*)';
// "said Jan Liphardt, …", "says study author Elizabeth Hoge", "said the source", "sagte er", "dit-il"
const INVERTED = new RegExp(
  `(?<=^|[,;:—–]\\s*|["”’»«“]\\s*)(?:${VERBS})(?:(?:-t)?-(il|elle|ils|elles)|\\s+(${PRONOUN_WORDS}|(?:[\\p{L}'’-]+\\s+){0,3}?\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|del|la|le|van|von|der|bin|al|da|dos|di|du)){0,4}|(?:the|le|la|les|el|der|die|das)\\s+[\\p{L}'’-]+(?:\\s+[\\p{Ll}'’-]+){0,2}))(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:who|which|in|on|at|during|to|of|via|for)${END})`,
  "gu",
);
const NORMAL = new RegExp(`${CLAUSE_START}${SUBJECT}(?:,\\s+[^,]{3,90},)?\\s+${AUX}(?:${VERBS})${END}`, "gu");
const ACCORDING = new RegExp(
  `(?<=^|[,;]\\s*)(?:${ACCORDING_TO.join("|")})\\s+([^,;:"“”«»„]{2,80}?)(?=\\s*[,;.]|$)`,
  "giu",
);
// a quote a speech verb introduces ('said: "'), and a cheap test that a sentence may attribute
const INTRODUCED = new RegExp(`(?:${VERBS})\\s*[:,]?\\s*$`, "u");
const HAS_VERB = new RegExp(
  `(?:${VERBS})${END}|${ACCORDING_TO.flatMap((w) => [w, `${w[0]?.toUpperCase()}${w.slice(1)}`]).join("|")}`,
  "u",
);
const OBJECT_VERB = /^(?:told|tells|asked|asks|urged|urges|wrote|writes|warned|warns|advised|advises)\s/;
const NOT_SPEAKERS = /^(?:there|this|that|which|what|who|one|some|many|all|reports?|sources?)$/i;
// words before a quoted term that make it a name or a label, not speech
const LABEL_BEFORE =
  /(?:\b(?:so-called|dubbed|called|calls? it|named|nicknamed|known as|termed|labell?ed|branded|titled|entitled|headlined|the (?:word|words|term|phrase|slogan|motto|hashtag|label|title|name))|\bas in)\s*$/i;
// "In a statement, the Coalition called for …": an attribution without speech
const RELEASE =
  /^In an? (statement|press release|communiqu[eé])\b[^,]{0,80},\s+((?:the|The)\s+[\p{L}’' -]{2,60}?|\p{Lu}[\p{L}’' -]{2,60}?)\s+(?:called|demanded|condemned|urged|welcomed|denounced|expressed|renewed|rejected|accused)\b/u;
// reported speech: "X said that …", "…, X said", "X, role, said: …"
const PRE =
  /^(?:In an? (statement|press release|communiqu[eé]|interview|speech|letter|tweet|post)\b[^,]{0,80},\s+)?/u;
const THAT = new RegExp(
  `${PRE.source}${SUBJECT}(?:,\\s+([^,]{3,90}),)?\\s+${AUX}(?:${VERBS})(?:\\s+on\\s+\\p{L}+)?(?:\\s+that\\s+|:\\s*)`,
  "u",
);
const AFTER = new RegExp(`,\\s+${SUBJECT}\\s+${AUX}(?:${VERBS})(?:\\s+on\\s+\\p{L}+)?[.!]?$`, "u");
// "…, said Darren Tipton, CEO of Paris Baguette North America, which is based in New Jersey."
const AFTER_NAMED =
  /,\s+(?:said|says|added)\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?:\s+on\s+\p{L}+)?(?:,\s+[^,]{2,140}(?:,\s+(?:which|who|and)\s[^,]{2,140})?)?[.!]?$/u;
const MIDDLE =
  /,\s+(he|she|they|\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s+(?:said|says|added|noted|stressed|argued|explained),\s+\p{Ll}/u;
const DANGLING = /\b(?:because|that|and|but|or|so|if|when|while|of|to|as|than|the|a|an)$/i;
const ACCORDING_REPORTED = /^According to\s+([^,]{2,100}),\s+/u;
// "In 2010 Parr", "But Kraft": sentence openers before a name are not part of it
const LEAD_WORDS =
  /^(?:(?:In|On|At|But|And|As|After|Before|When|While|Since|Then|So|Yet|Also|Meanwhile|However|Now|Today|Later|Earlier|Still|Indeed|Instead|\d+),?\s+)+/;

const WORK = new Set(WORK_NOUNS);
const WORK_WORDS = WORK_NOUNS.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join("|");
const ISSUER =
  "(\\p{Lu}[\\p{L}\\p{M}.&-]*(?:\\s+(?:(?:of|for|on)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}\\p{M}.&-]*){0,6})";
// "The U.S. Copyright Office's May 2025 report", "a June report by the University of Chicago …"
const ISSUED_BY = new RegExp(
  `${ISSUER}['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,4}?(?:${WORK_WORDS})(?![\\p{L}])|(?:${WORK_WORDS})\\s+(?:[\\p{Ll}\\d-]+\\s+){0,4}?(?:by|from|at)\\s+(?:the\\s+)?${ISSUER}`,
  "gu",
);

/** Opening quotation marks and the marks that may close each. */
const PAIRS: Readonly<Record<string, string>> = {
  "“": '”"',
  '"': '"”',
  "„": "“”",
  "«": "»",
  "‹": "›",
  "「": "」",
  "『": "』",
  "‘": "’",
  // German »…«: only when the mark hugs the word after it (a breadcrumb "Home » News" does not)
  "»": "«",
};
// a scan gives up on nesting after this many steps per character: linear on hostile input
const SCAN_BUDGET = 40;
const MAX_QUOTE = 5000;

/** Words between quotation marks, before deciding whether they are speech. */
interface Span2 {
  /** the opening mark */
  open: number;
  /** just after the closing mark, or the paragraph's end when the quote runs on */
  close: number;
  /** the words inside, trimmed */
  start: number;
  end: number;
  unclosed: boolean;
}

interface Attrib {
  /** subject, local to the paragraph */
  start: number;
  end: number;
  /** the verb (or "according to"), local to the paragraph */
  verbStart: number;
  verbEnd: number;
}

interface Speaker {
  mention: Mention;
  entity: Entity | null;
}

interface Said {
  para: number;
  at: number;
  entity: Entity | null;
  person: boolean;
  mention: Mention;
}

interface Found {
  quote: Quote;
  para: number;
  at: number;
}

/**
 * Direct quotes and reported speech of an item, with speakers, and the item's attributions. A
 * speaker is given only when the text says who: an attribution in the quote's sentence, the
 * paragraph's speaker, or the speaker who introduced the paragraph. Pronouns resolve to the nearest
 * earlier speaker (else person) of a fitting gender outside quotes, or stay unresolved.
 */
export function findQuotes(
  item: NewsItem,
  paras: Para[],
  index: EntityIndex,
): { quotes: Quote[]; attributions: Attribution[] } {
  const found: Found[] = [];
  const attributions: Attribution[] = [];
  const spoken: Said[] = [];
  const genders = new Map<string, Gender>();
  const scans = paras.map((p, i) => scanQuotes(p.text, opensWithMark(paras[i + 1])));
  // person mentions outside every quoted span: what a pronoun may refer to when no speaker fits
  const quotedInput = paras.flatMap((p, i) => (scans[i] ?? []).map((q) => spanOf(p, q.open, q.close)));
  const people = index.entities
    .filter((e) => e.kind === "person")
    .flatMap((e) => e.mentions.map((m) => ({ entity: e, at: m.span.start })))
    .filter((m) => !quotedInput.some((s) => m.at >= s.start && m.at < s.end))
    .sort((a, b) => a.at - b.at);

  const orgMentions = index.entities
    .filter((e) => e.kind === "organization")
    .flatMap((e) => e.mentions.map((m) => ({ entity: e, at: m.span.start })))
    .sort((a, b) => a.at - b.at);

  const genderOfEntity = (e: Entity): Gender | null => {
    const known = genders.get(e.id);
    if (known) return known;
    const fromRole = e.role
      ?.toLowerCase()
      .split(/[^\p{L}]+/u)
      .map((w) => GENDERED_ROLES[w])
      .find(Boolean);
    const g = fromRole ?? genderOf(e.name);
    if (g) genders.set(e.id, g);
    return g;
  };

  // the earlier speaker (else person) a pronoun stands for: its entity, or null for a description
  const resolvePronoun = (word: string, p: Para, at: number): { entity: Entity | null } | null => {
    const wants = PRONOUNS[word.toLowerCase()];
    if (!wants) return null;
    const fits = (e: Entity | null, person: boolean) => {
      if (wants === "plural" || wants === "thing") return !person;
      if (!person || !e) return false;
      const g = genderOfEntity(e);
      return g === null || g === wants;
    };
    for (let k = spoken.length - 1; k >= 0; k--) {
      const s = spoken[k] as Said;
      if (s.para < p.index - 3) break;
      if (s.at < at && fits(s.entity, s.person)) return s;
    }
    if (wants === "plural" || wants === "thing") return null;
    for (let k = people.length - 1; k >= 0; k--) {
      const m = people[k] as { entity: Entity; at: number };
      if (m.at >= at) continue;
      if (at - m.at > 1500) break;
      if (fits(m.entity, true)) return m;
    }
    return null;
  };

  // the speaker a subject's words name: a person inside them, else the name after any titles
  const speakerOf = (p: Para, from: number, to: number): Speaker | null => {
    const lead = LEAD_WORDS.exec(p.text.slice(from, to));
    const start = from + (lead && lead[0].length < to - from ? lead[0].length : 0);
    const text = p.text.slice(start, to);
    if (NOT_SPEAKERS.test(text)) return null;
    const input = spanOf(p, start, to);
    if (PRONOUN.test(text)) {
      const antecedent = resolvePronoun(text, p, input.start);
      if (!antecedent) return null;
      const entity = antecedent.entity;
      const wants = PRONOUNS[text.toLowerCase()];
      if (entity && (wants === "male" || wants === "female") && !genders.has(entity.id))
        genders.set(entity.id, wants);
      return { mention: { text, span: input }, entity };
    }
    const person = people.find((m) => m.at >= input.start && m.at < input.end);
    const name = person ? nameIn(text, person.entity) : stripTitles(text);
    const at = start + (name ? name.at : 0);
    const words = name ? name.text : text;
    const entity =
      person?.entity ?? index.speaker(words, p, at, at + words.length) ?? issuerOf(p, start, words);
    if (entity?.kind === "person") {
      const g = genderIn(text);
      if (g && !genders.has(entity.id)) genders.set(entity.id, g);
    }
    return { mention: { text: words, span: spanOf(p, at, at + words.length) }, entity };
  };

  // "the agency", "the report", "the Institute's release": the organisation the text named for it
  const issuerOf = (p: Para, at: number, text: string): Entity | null => {
    // "HCA" for an "HCA Healthcare" named before: an acronym stands for its fuller name
    if (/^\p{Lu}{2,6}$/u.test(text)) {
      const fuller = new RegExp(`\\b${text}(?:\\s+\\p{Lu}[\\p{L}\\p{M}&-]+){1,3}`, "u");
      for (let k = 0; k <= p.index; k++) {
        const q = paras[k] as Para;
        const m = fuller.exec(q.text);
        if (m && !(k === p.index && m.index >= at))
          return index.organization(m[0], q, m.index, m.index + m[0].length);
      }
      return null;
    }
    const possessive = /^(.*?)['’]s\s+\S+$/u.exec(text);
    const owner = possessive?.[1];
    if (owner && !DETERMINER.test(owner) && /^\p{Lu}/u.test(owner)) {
      const name = owner.replace(/^The\s+/, "");
      const where = p.text.lastIndexOf(name, at + text.length);
      return (
        index.resolve(name) ?? (where >= 0 ? index.organization(name, p, where, where + name.length) : null)
      );
    }
    const head = (owner ?? text).split(/\s+/).pop()?.toLowerCase() ?? "";
    const input = spanOf(p, at, at).start;
    if (ORG_NOUNS.has(head)) {
      let any: Entity | null = null;
      for (let k = orgMentions.length - 1; k >= 0; k--) {
        const m = orgMentions[k] as { entity: Entity; at: number };
        if (m.at >= input) continue;
        if (input - m.at > 4000) break;
        if (m.entity.name.toLowerCase().includes(head)) return m.entity;
        any ??= m.entity;
      }
      return GENERIC_ORG_NOUNS.has(head) ? any : null;
    }
    if (!owner && WORK.has(head)) {
      for (let k = p.index; k >= Math.max(0, p.index - 60); k--) {
        const q = paras[k] as Para;
        const text = k === p.index ? q.text.slice(0, at) : q.text;
        // the latest issuer named, not a person ("research by Joon and colleagues")
        const issuers = [...text.matchAll(ISSUED_BY)].reverse();
        for (const m of issuers) {
          const clean = (m[1] ?? m[2] ?? "").replace(/^The\s+/, "");
          const known = index.resolve(clean);
          // an organisation has a name of two words or more, or is an acronym; one word is likely a person
          if (!clean || known?.kind === "person" || (!/\s/.test(clean) && !/^\p{Lu}{2,}$/u.test(clean)))
            continue;
          const where = m.index + m[0].lastIndexOf(clean);
          return known ?? index.organization(clean, q, where, where + clean.length);
        }
      }
    }
    return null;
  };

  const remember = (p: Para, who: Speaker) => {
    const person =
      who.entity?.kind === "person" || (!who.entity && /^\p{Lu}\S*\s+\p{Lu}/u.test(who.mention.text));
    spoken.push({
      para: p.index,
      at: who.mention.span.start,
      entity: who.entity,
      person,
      mention: who.mention,
    });
  };

  let runOn: Speaker | null = null;
  let introduced: Speaker | null = null;
  for (const [pi, p] of paras.entries()) {
    const release = RELEASE.exec(p.text);
    if (release?.[1] && release[2]) {
      const start = release[0].lastIndexOf(release[2]);
      const who = speakerOf(p, start, start + release[2].length);
      if (who) {
        attributions.push({
          cue: cueOf(release[1]),
          by: who.mention.text,
          span: who.mention.span,
          entity: who.entity?.id ?? null,
        });
        remember(p, who);
      }
    }
    const scanned = scans[pi] ?? [];
    const sentences = sentencesOf(p);
    const units = unitsOf(sentences, scanned);
    const attribs = units.map((u) => attributionsIn(p.text, u, scanned));
    const paraHasAttribution = attribs.some((a) => a.length > 0);
    let paraSpeaker: Speaker | null = null;
    let lastSpeaker: Speaker | null = null;
    const resolved = new Map<number, Speaker | null>();
    const resolveOnce = (a: Attrib) => {
      if (!resolved.has(a.start)) {
        const who = speakerOf(p, a.start, a.end);
        resolved.set(a.start, who);
        if (who) remember(p, who);
      }
      return resolved.get(a.start) ?? null;
    };
    // "Mattson adds …: “…,” he says": the speakers named earlier in the unit come first
    let here: Attrib[] = [];
    const resolveAttrib = (a: Attrib) => {
      for (const b of here) if (b.start < a.start) resolveOnce(b);
      return resolveOnce(a);
    };

    let si = 0;
    for (const [ui, u] of units.entries()) {
      here = attribs[ui] ?? [];
      const quotes = scanned.filter((q) => q.open >= u.start && q.open < u.end);
      for (const q of quotes) {
        const nearest = nearestAttribution(p.text, here, q);
        const inner = p.text.slice(q.start, q.end);
        if (!isSpeech(p.text, q, inner, nearest, here.length > 0)) continue;
        let who: Speaker | null = null;
        if (nearest) who = resolveAttrib(nearest.a);
        else if (runOn && q.open === firstMark(p.text)) who = runOn;
        else if (paraSpeaker) who = paraSpeaker;
        else if (introduced && !paraHasAttribution && q.open === firstMark(p.text)) who = introduced;
        if (who) {
          paraSpeaker = who;
          lastSpeaker = who;
        }
        found.push({
          quote: {
            kind: "direct",
            text: inner,
            span: spanOf(p, q.start, q.end),
            speaker: who?.mention ?? null,
            speakerEntity: who?.entity?.id ?? null,
          },
          para: p.index,
          at: q.start,
        });
      }
      // reported speech, sentence by sentence, outside the quotes
      // the unit's sentences: units are runs of whole sentences, in order
      while (si < sentences.length && (sentences[si] as Sentence).start < u.start) si++;
      for (; si < sentences.length && (sentences[si] as Sentence).start < u.end; si++) {
        const s = sentences[si] as Sentence;
        if (scanned.some((q) => q.open <= s.start && q.close >= s.end)) continue;
        const r = reported(s);
        if (!r) continue;
        const who = resolveAttrib({
          start: s.start + r.speaker[0],
          end: s.start + r.speaker[1],
          verbStart: 0,
          verbEnd: 0,
        });
        if (!who) continue;
        paraSpeaker = who;
        lastSpeaker = who;
        const [cs, ce] = [s.start + r.content[0], s.start + r.content[1]];
        // 'X said: "…"', 'X warns that “…” because …': the direct quote is that speech
        if (scanned.some((d) => d.open >= cs - 1 && d.open <= cs + 1)) continue;
        found.push({
          quote: {
            kind: "reported",
            text: p.text.slice(cs, ce),
            span: spanOf(p, cs, ce),
            speaker: who.mention,
            speakerEntity: who.entity?.id ?? null,
          },
          para: p.index,
          at: cs,
        });
        if (r.cue) {
          attributions.push({
            cue: r.cue,
            by: who.mention.text,
            span: who.mention.span,
            entity: who.entity?.id ?? null,
          });
        }
      }
      // "Bhatt said researchers are …": a speaker without a quote of their own in this unit
      const closing = here.length ? resolveAttrib(here[here.length - 1] as Attrib) : null;
      if (closing) {
        paraSpeaker = closing;
        lastSpeaker = closing;
      }
    }
    // what carries into the next paragraph: a quote running on, or a speaker who ends this one
    const last = scanned[scanned.length - 1];
    runOn = last?.unclosed ? lastSpeaker : null;
    const lastUnit = units[units.length - 1];
    const endsAttributed =
      (lastUnit !== undefined && (attribs[units.length - 1] ?? []).length > 0) || /:\s*$/.test(p.text);
    introduced = endsAttributed ? lastSpeaker : null;
  }

  if (item.source && item.spans.source) {
    const text = item.source.replace(/^\(?\s*Source:\s*/i, "").replace(/\)\s*$/, "");
    const lead = item.source.indexOf(text);
    const start = item.spans.source.start + Math.max(lead, 0);
    attributions.unshift({
      cue: "source",
      by: text,
      span: { start, end: Math.min(start + text.length, Math.max(item.spans.source.end, start)) },
      entity: index.resolve(text)?.id ?? null,
    });
  }
  found.sort((a, b) => a.para - b.para || a.at - b.at);
  attributions.sort((a, b) => a.span.start - b.span.start);
  return { quotes: found.map((f) => f.quote), attributions };
}

function cueOf(word: string): Attribution["cue"] {
  return /^press/i.test(word) ? "press-release" : "statement";
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function opensWithMark(p: Para | undefined): boolean {
  const first = p?.text.trimStart()[0];
  return first !== undefined && first in PAIRS;
}

function firstMark(text: string): number {
  const lead = text.length - text.trimStart().length;
  return text[lead] !== undefined && (text[lead] as string) in PAIRS ? lead : -1;
}

// an opening mark: not inside a word, and (but for «) the quoted words start right after it
function isOpener(text: string, k: number): boolean {
  const ch = text[k] as string;
  if (!(ch in PAIRS) || isWordChar(text[k - 1])) return false;
  const next = text[k + 1];
  if (next === undefined) return false;
  if (ch === "«") return true;
  if (/\s/.test(next)) return false;
  if (ch === "»") return isWordChar(next);
  if (ch === '"') return k === 0 || /[\s([{—–\-/“‘„«]/.test(text[k - 1] as string);
  return true;
}

function isCloser(text: string, k: number, closers: string): boolean {
  const ch = text[k] as string;
  if (!closers.includes(ch)) return false;
  // ’ before a letter is an apostrophe ("I’m")
  if (ch === "’" && isWordChar(text[k + 1])) return false;
  // a straight " that could open a quote opens a nested one
  if (ch === '"' && isOpener(text, k)) return false;
  return true;
}

/**
 * Quoted spans of a paragraph, outermost only; marks nested inside a quote ("…("seats")…") are
 * skipped. A quote that never closes runs to the paragraph's end when the next paragraph opens
 * with a mark (it goes on there) or a speech verb introduces it.
 */
function scanQuotes(text: string, nextOpens: boolean): Span2[] {
  const out: Span2[] = [];
  let budget = SCAN_BUDGET * (text.length + 16);
  let i = 0;
  while (i < text.length && budget > 0) {
    if (!isOpener(text, i)) {
      i++;
      continue;
    }
    const opener = text[i] as string;
    const closers = PAIRS[opener] as string;
    let depth = 0;
    let close = -1;
    const limit = Math.min(text.length, i + 1 + MAX_QUOTE);
    for (let k = i + 1; k < limit && budget > 0; k++, budget--) {
      // a closer first: a straight " is both, and one that closes is read as closing
      if (isCloser(text, k, closers)) {
        if (depth === 0) {
          close = k;
          break;
        }
        depth--;
      } else if (text[k] === opener && isOpener(text, k)) depth++;
    }
    if (close < 0) {
      const rest = text.slice(i + 1);
      const introduced = INTRODUCED.test(text.slice(Math.max(0, i - 40), i));
      if ((nextOpens || introduced) && rest.trim().split(/\s+/).length >= 4 && text.length - i <= MAX_QUOTE) {
        const t = trimmed(text, i + 1, text.length);
        out.push({ open: i, close: text.length, start: t[0], end: t[1], unclosed: true });
        break;
      }
      i++;
      continue;
    }
    const t = trimmed(text, i + 1, close);
    if (t[1] > t[0]) out.push({ open: i, close: close + 1, start: t[0], end: t[1], unclosed: false });
    i = close + 1;
  }
  return out;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1] as string)) e--;
  return [s, e];
}

/** Sentences joined where a quote crosses their boundary: the context a quote is attributed in. */
function unitsOf(sentences: Sentence[], quotes: Span2[]): Array<{ start: number; end: number }> {
  const units: Array<{ start: number; end: number }> = [];
  for (const s of sentences) {
    const prev = units[units.length - 1];
    if (prev && quotes.some((q) => q.open < prev.end && q.close > prev.end)) prev.end = s.end;
    else units.push({ start: s.start, end: s.end });
  }
  return units;
}

/** Speaker clauses of a unit, found with every quoted span blanked out. */
function attributionsIn(text: string, u: { start: number; end: number }, quotes: Span2[]): Attrib[] {
  let masked = text.slice(u.start, u.end);
  for (const q of quotes) {
    const s = Math.max(q.open + 1, u.start) - u.start;
    const e = Math.min(q.unclosed ? q.close : q.close - 1, u.end) - u.start;
    if (e > s) masked = masked.slice(0, s) + "_".repeat(e - s) + masked.slice(e);
  }
  // every pattern needs a speech verb or "according to": most units have none
  if (!HAS_VERB.test(masked)) return [];
  const out: Attrib[] = [];
  for (const m of masked.matchAll(INVERTED)) {
    const subject = m[1] ?? m[2];
    if (!subject) continue;
    // "X, a farmer, told BSS": after a comma, a verb with an object is no inverted attribution
    if (OBJECT_VERB.test(m[0]) && !/["”’»«“]\s*$/.test(masked.slice(0, m.index))) continue;
    const at = m.index + m[0].lastIndexOf(subject);
    const name = subject.replace(/[,.]+$/, "");
    if (!subjectOk(name) && !/^(?:the|le|la|les|el|der|die|das)\s/i.test(name) && !/\p{Lu}/u.test(name))
      continue;
    if (NOT_SPEAKERS.test(name) || /_/.test(name)) continue;
    out.push({
      start: u.start + at,
      end: u.start + at + name.length,
      verbStart: u.start + m.index,
      verbEnd: u.start + at,
    });
  }
  for (const m of masked.matchAll(NORMAL)) {
    const subject = m[1] as string;
    if (NOT_SPEAKERS.test(subject) || !subjectOk(subject) || /_/.test(subject)) continue;
    const at = m.index;
    out.push({
      start: u.start + at,
      end: u.start + at + subject.length,
      verbStart: u.start + at + subject.length,
      verbEnd: u.start + m.index + m[0].length,
    });
  }
  for (const m of masked.matchAll(ACCORDING)) {
    const subject = (m[1] as string).trim();
    if (/_/.test(subject)) continue;
    const at = m.index + m[0].indexOf(subject);
    out.push({
      start: u.start + at,
      end: u.start + at + subject.length,
      verbStart: u.start + m.index,
      verbEnd: u.start + at,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The attribution closest to a quote in its unit, and whether it sits right beside it. */
function nearestAttribution(text: string, list: Attrib[], q: Span2): { a: Attrib; beside: boolean } | null {
  let best: { a: Attrib; distance: number; gap: string } | null = null;
  for (const a of list) {
    const before = Math.max(a.end, a.verbEnd) <= q.open;
    const after = Math.min(a.start, a.verbStart) >= q.close;
    if (!before && !after) continue;
    const distance = before ? q.open - Math.max(a.end, a.verbEnd) : Math.min(a.start, a.verbStart) - q.close;
    const gap = before
      ? text.slice(Math.max(a.end, a.verbEnd), q.open)
      : text.slice(q.close, Math.min(a.start, a.verbStart));
    if (!best || distance < best.distance) best = { a, distance, gap };
  }
  // beside: only punctuation, or "that", between the quote and its attribution
  return best ? { a: best.a, beside: /^[\s,:;.!?—–-]*(?:that\s*)?$/.test(best.gap) } : null;
}

/**
 * Speech rather than a scare-quoted term, a title or a name: a long quote; a short one beside its
 * speech verb or inside an attributed sentence, unless words before it make it a label.
 */
function isSpeech(
  text: string,
  q: Span2,
  inner: string,
  nearest: { a: Attrib; beside: boolean } | null,
  attributed: boolean,
): boolean {
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(inner);
  if (cjk) return inner.length >= 8 || (nearest?.beside ?? false);
  const words = inner.split(/\s+/).filter(Boolean).length;
  const named = titleCase(inner);
  if (nearest?.beside && (words >= 2 || /[.!?]$/.test(inner))) return true;
  if (named) return false;
  if (words >= 6) return true;
  const before = text.slice(Math.max(0, q.open - 40), q.open);
  if (LABEL_BEFORE.test(before) || (words <= 4 && LABEL_DETERMINER.test(before))) return false;
  return attributed && words >= 2 && nearest !== null;
}

// "The Advancing Growth in the Economy through Trade Act": most words capitalised, no sentence end
function titleCase(inner: string): boolean {
  const words = inner
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !/^(?:a|an|the|of|in|on|for|to|and|or|at|by|with|from)$/.test(w));
  const caps = words.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
  if (words.length === 1) return /^\p{Lu}/u.test(words[0] as string) && !/[.!?,]$/.test(inner);
  return words.length > 0 && caps / words.length >= 0.8 && !/\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u.test(inner);
}

/** The person's own words inside a subject ("theCUBE’s Savannah Peterson" → its mention). */
function nameIn(text: string, e: Entity): { text: string; at: number } | null {
  const names = [...new Set(e.mentions.map((m) => m.text))].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const at = text.indexOf(name);
    if (at >= 0) return { text: name, at };
  }
  return stripTitles(text);
}

/**
 * A name less what stands before it: a possessive ("theCUBE’s"), lowercase words ("co-author"),
 * titles and honorifics ("White House Press Secretary", "Dr"). Null when nothing name-like is left.
 */
function stripTitles(text: string): { text: string; at: number } | null {
  // "the civil defense center in rural Idlib" is a description, not a title before a name
  if (DETERMINER.test(text)) return null;
  const tokens = [...text.matchAll(/[^\s]+/gu)];
  let cut = 0;
  for (const [k, t] of tokens.entries()) {
    const w = t[0];
    const bare = w.toLowerCase().replace(/[.,]$/, "");
    if (/['’]s$/.test(w) || TITLE_WORDS.has(bare) || bare in HONORIFICS || !/^\p{Lu}/u.test(w)) cut = k + 1;
  }
  const rest = tokens.slice(cut);
  if (!cut || !rest.length || rest.length > 4 || !rest.every((t) => /^\p{Lu}/u.test(t[0]))) return null;
  const first = rest[0] as RegExpMatchArray;
  const last = rest[rest.length - 1] as RegExpMatchArray;
  const at = first.index ?? 0;
  const end = (last.index ?? 0) + last[0].length;
  return { text: text.slice(at, end).replace(/[.,]$/, ""), at };
}

const DETERMINER = /^(?:the|a|an|this|that|le|la|les|l['’]|el|los|las|der|die|das)\s/i;
// "the ‘de-escalation zones’ agreement": a short quote after a determiner names something
const LABEL_DETERMINER = /\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)\s+$/i;

/** The gender a subject's own words give ("Mrs", "spokeswoman"), or null. */
function genderIn(text: string): Gender | null {
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const g = HONORIFICS[w] ?? GENDERED_ROLES[w];
    if (g) return g;
  }
  return null;
}

/** Reported speech in one sentence: the speaker and the content, local to the sentence. */
function reported(
  s: Sentence,
): { speaker: [number, number]; content: [number, number]; cue: Attribution["cue"] | null } | null {
  const text = s.text;
  const end = text.replace(/[.!?]+["”’»]*$/, "").length;
  const acc = ACCORDING_REPORTED.exec(text);
  if (acc?.[1] && end > acc[0].length + 10) {
    const at = acc[0].indexOf(acc[1], 12);
    return { speaker: [at, at + acc[1].length], content: [acc[0].length, end], cue: null };
  }
  const that = THAT.exec(text);
  if (that?.[2] && that.index === 0 && !NOT_SPEAKERS.test(that[2]) && subjectOk(that[2])) {
    const start = that[0].indexOf(that[2], that[1] ? that[0].indexOf(",") : 0);
    const content = that[0].length;
    if (end - content < 15) return null;
    return {
      speaker: [start, start + that[2].length],
      content: [content, end],
      cue: that[1] ? cueOf(that[1]) : null,
    };
  }
  const tail = text.slice(0, end + (text.length > end ? 1 : 0));
  const after = AFTER.exec(tail) ?? AFTER_NAMED.exec(tail);
  const name = after?.[1];
  if (after && name && subjectOk(name) && !NOT_SPEAKERS.test(name) && after.index >= 15) {
    const start = after.index + after[0].indexOf(name);
    return { speaker: [start, start + name.length], content: [0, after.index], cue: null };
  }
  // "That AUV has grown this year, Tipton said, despite …": the attribution inside the sentence;
  // the words before it are the speech when they are a whole clause (not "… because, he said, …")
  const middle = MIDDLE.exec(text);
  if (middle?.[1] && subjectOk(middle[1]) && !NOT_SPEAKERS.test(middle[1])) {
    const before = text.slice(0, middle.index);
    if (before.split(/\s+/).length >= 5 && !DANGLING.test(before)) {
      const start = middle.index + middle[0].indexOf(middle[1]);
      return { speaker: [start, start + middle[1].length], content: [0, middle.index], cue: null };
    }
  }
  return null;
}

// a speaker is a pronoun, a name (capitalised words), or a short noun phrase opened by a
// determiner ("the delegation", "Local activists"); not a clause that happens to precede "said"
function subjectOk(subject: string): boolean {
  if (PRONOUN.test(subject)) return true;
  const words = subject.split(/\s+/);
  if (words.length > 6) return false;
  if (
    words.some((w) =>
      /^(?:which|who|that|was|were|is|are|had|has|have|been|will|would|not|to|can|could|may|might|must|should|does|did|do|keeps|makes|gets)$/i.test(
        w,
      ),
    )
  )
    return false;
  if (/^(?:the|a|an|local|some|many|several|other|two|three|four|five|\d+)$/i.test(words[0] as string))
    return words.length <= 5;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|for|the|and|de|al|bin|van|von|on)$/.test(w));
}
