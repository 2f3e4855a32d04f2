import type { Attribution, Mention, Quote } from "../model/enrichment.js";
import type { NewsItem } from "../model/page.js";
import { type EntityIndex, genderOf } from "./entities.js";
import { type Para, type Sentence, sentencesOf, spanOf } from "./text.js";

const VERBS =
  "said|says|added|adds|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|noted|notes|pointed out|points out|warned|warns|" +
  "confirmed|confirms|stated|states|explained|explains|affirmed|affirms|indicated|indicates|announced|announces|" +
  "declared|declares|insisted|insists|argued|argues|asserted|asserts|reiterated|reiterates|underlined|underlines|" +
  "claimed|claims|denied|denies|told reporters|told|acknowledged|acknowledges|revealed|reveals|reported|reports|" +
  "urged|urges|went on|continued|concluded|believes|believed|thinks|thought|wrote|writes";
// a subject: a name or noun phrase of up to 8 words, a pronoun, with an optional ", role," after it
const SUBJECT =
  "((?:[\\p{Lu}][\\p{L}\\p{M}'’-]*|the|The|local|Local)(?:[ -](?:[\\p{L}\\p{M}'’-]+)){0,7}?|He|She|They|It|he|she|they|it)";
// "Parr has said", "Kraft also noted": words between a subject and its verb
const AUX = "(?:(?:also|further|later|has|have|had|once|previously|then|again|recently)\\s+){0,2}";
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
const ACCORDING = /^According to\s+([^,]{2,100}),\s+/u;
const RELEASE =
  /^In an? (statement|press release|communiqu[eé])\b[^,]{0,80},\s+((?:the|The)\s+[\p{L}’' -]{2,60}?|\p{Lu}[\p{L}’' -]{2,60}?)\s+(?:called|demanded|condemned|urged|welcomed|denounced|expressed|renewed|rejected|accused)\b/u;
// between two quotes of one speaker: only the attribution of the first
const CONTINUED = new RegExp(`^\\s*,?\\s*${SUBJECT}\\s+(?:${VERBS})\\b[^"“”«»]{0,60}?[.,;:]?\\s*$`, "u");
// a short quote is speech when a speech verb sits right beside it ('"a true bakery," he said')
const BESIDE_AFTER = new RegExp(
  `^\\s*,?\\s*(?:(?:he|she|they|it|\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,3})\\s+(?:${VERBS})\\b|(?:said|says|added)\\s+\\p{Lu})`,
  "u",
);
const BESIDE_BEFORE = new RegExp(`\\b(?:${VERBS})\\s*[:,]\\s*$`, "u");
const PRONOUN = /^(?:he|she|it|they)$/i;
const NOT_SPEAKERS = /^(?:there|this|that|which|what|who|one|some|many|all|reports?|sources?)$/i;

const PAIRS: ReadonlyArray<[string, string]> = [
  ["“", '”"'],
  ['"', '"”'],
  ["„", "“”"],
  ["«", "»"],
  ["‹", "›"],
  ["「", "」"],
  ["『", "』"],
  ["‘", "’"],
];

interface Found {
  quote: Quote;
  para: number;
  at: number;
}

/**
 * Direct quotes and reported speech of an item, with speakers, and the item's attributions.
 * A speaker is given only when a sentence says who; surnames and pronouns resolve to the entity
 * the item already named, else the speaker's entity stays null.
 */
export function findQuotes(
  item: NewsItem,
  paras: Para[],
  index: EntityIndex,
): { quotes: Quote[]; attributions: Attribution[] } {
  const found: Found[] = [];
  const attributions: Attribution[] = [];
  let lastSpeaker: { speaker: Mention; entity: string | null; para: number } | null = null;
  const people = index.entities
    .filter((e) => e.kind === "person")
    .flatMap((e) => e.mentions.map((m) => ({ id: e.id, at: m.span.start, gender: genderOf(e.name) })))
    .sort((a, b) => a.at - b.at);

  // a pronoun is its previous speaker (same or previous paragraph); "he"/"she" may instead be the
  // person named closest before it, whichever came later
  const speakerOf = (p: Para, from: number, end: number) => {
    // "In 2010 Parr", "But Kraft": sentence openers before a name are not part of it
    const lead =
      /^(?:(?:In|On|At|But|And|As|After|Before|When|While|Since|Then|So|Yet|Also|Meanwhile|However|Now|Today|Later|Earlier|\d+),?\s+)+/.exec(
        p.text.slice(from, end),
      );
    const start = from + (lead && lead[0].length < end - from ? lead[0].length : 0);
    const text = p.text.slice(start, end);
    const mention: Mention = { text, span: spanOf(p, start, end) };
    if (PRONOUN.test(text)) {
      const near = lastSpeaker && p.index - lastSpeaker.para <= 1 ? lastSpeaker : null;
      if (/^(?:he|she)$/i.test(text)) {
        // the closest person before it whose first name does not contradict the pronoun
        const wrong = /^he$/i.test(text) ? "female" : "male";
        let person: { id: string; at: number } | undefined;
        for (const m of people) {
          if (m.at < mention.span.start && mention.span.start - m.at < 1500 && m.gender !== wrong) person = m;
        }
        if (person && (!near || person.at > near.speaker.span.start))
          return { speaker: mention, entity: person.id, resolved: true };
      }
      return { speaker: mention, entity: near?.entity ?? null, resolved: near !== null };
    }
    return { speaker: mention, entity: index.resolve(text)?.id ?? null, resolved: true };
  };

  for (const p of paras) {
    // "In a press release issued on Thursday, the Coalition called for …": an attribution without speech
    const release = RELEASE.exec(p.text);
    if (release?.[1] && release[2]) {
      const start = release[0].lastIndexOf(release[2]);
      const who = speakerOf(p, start, start + release[2].length);
      attributions.push({
        cue: cueOf(release[1]),
        by: release[2],
        span: who.speaker.span,
        entity: who.entity,
      });
      lastSpeaker = { speaker: who.speaker, entity: who.entity, para: p.index };
    }
    const direct = directQuotes(p);
    const sentences = sentencesOf(p);
    let di = 0;
    let prev: { close: number; speaker: Mention; entity: string | null } | null = null;
    for (const s of sentences) {
      // direct quotes inside this sentence are handled first, so reported speech does not swallow them
      while (di < direct.length && (direct[di] as { start: number }).start < s.end) {
        const q = direct[di++] as { start: number; end: number; open: number; close: number };
        const who = speakerAround(p, s, q, sentences);
        let speaker: Mention | null = null;
        let entity: string | null = null;
        if (who) {
          const r = speakerOf(p, who.start, who.end);
          if (r.resolved) {
            speaker = r.speaker;
            entity = r.entity;
            lastSpeaker = { speaker, entity, para: p.index };
          }
        } else if (prev && CONTINUED.test(p.text.slice(prev.close, q.open))) {
          // '"We're seeing interest," he said. "Bread is …"': the second quote is the same speaker's
          speaker = prev.speaker;
          entity = prev.entity;
        }
        prev = speaker ? { close: q.close, speaker, entity } : null;
        found.push({
          quote: {
            kind: "direct",
            text: p.text.slice(q.start, q.end),
            span: spanOf(p, q.start, q.end),
            speaker,
            speakerEntity: entity,
          },
          para: p.index,
          at: q.start,
        });
      }
      if (direct.some((d) => d.open <= s.start && d.close >= s.end)) continue;
      const r = reported(s);
      if (!r) continue;
      const who = speakerOf(p, s.start + r.speaker[0], s.start + r.speaker[1]);
      if (!who.resolved) continue;
      lastSpeaker = { speaker: who.speaker, entity: who.entity, para: p.index };
      const [cs, ce] = [s.start + r.content[0], s.start + r.content[1]];
      if (insideDirect(direct, cs, ce)) continue;
      found.push({
        quote: {
          kind: "reported",
          text: p.text.slice(cs, ce),
          span: spanOf(p, cs, ce),
          speaker: who.speaker,
          speakerEntity: who.entity,
        },
        para: p.index,
        at: cs,
      });
      if (r.cue) {
        attributions.push({
          cue: r.cue,
          by: who.speaker.text,
          span: who.speaker.span,
          entity: who.entity,
        });
      }
    }
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

// reported speech whose content is a direct quote ('X said: "…"') is that quote, not a second one
function insideDirect(direct: Array<{ open: number; close: number }>, s: number, e: number): boolean {
  return direct.some((d) => d.open >= s - 1 && d.open <= s + 1 && d.close >= e);
}

/** Words between quotation marks, long enough to be speech rather than a scare-quoted term. */
function directQuotes(p: Para): Array<{ start: number; end: number; open: number; close: number }> {
  const out: Array<{ start: number; end: number; open: number; close: number }> = [];
  const text = p.text;
  const nexts = new Map<string, Int32Array>();
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const pair = PAIRS.find(([o]) => o === ch);
    // a straight quote or ’ inside a word is an inch mark or an apostrophe, not an opening
    if (!pair || (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] as string))) {
      i++;
      continue;
    }
    const close = closerAfter(text, pair[1], i + 1, nexts);
    if (close < 0) {
      i++;
      continue;
    }
    const inner = text.slice(i + 1, close);
    const words = inner.trim().split(/\s+/).length;
    const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(inner);
    const beside =
      words >= 2 &&
      (BESIDE_AFTER.test(text.slice(close + 1, close + 80)) ||
        BESIDE_BEFORE.test(text.slice(Math.max(0, i - 40), i)));
    // a title-case name in quotes ("Randy D. Doub United States Courthouse") is not speech
    const named = !cjk && titleCase(inner);
    if ((words >= 6 && !named) || (cjk && inner.length >= 8) || beside) {
      let start = i + 1;
      let end = close;
      while (start < end && /\s/.test(text[start] as string)) start++;
      while (end > start && /[\s,;:]/.test(text[end - 1] as string)) end--;
      out.push({ start, end, open: i, close: close + 1 });
    }
    i = close + 1;
  }
  return out;
}

// next valid closing mark at or after `from`, from a table built once per closer set: linear even
// when a page is full of marks that never close
function closerAfter(text: string, closers: string, from: number, nexts: Map<string, Int32Array>): number {
  let next = nexts.get(closers);
  if (!next) {
    next = new Int32Array(text.length + 1).fill(-1);
    for (let k = text.length - 1; k >= 0; k--) {
      const c = text[k] as string;
      const ok = closers.includes(c) && !(c === "’" && /\p{L}/u.test(text[k + 1] ?? ""));
      next[k] = ok ? k : (next[k + 1] as number);
    }
    nexts.set(closers, next);
  }
  const at = next[from] ?? -1;
  return at >= 0 && at - from <= 5000 ? at : -1;
}

// "The Advancing Growth in the Economy through Trade Act": most words capitalised, no sentence end
function titleCase(inner: string): boolean {
  const words = inner
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !/^(?:a|an|the|of|in|on|for|to|and|or|at|by|with|from)$/.test(w));
  const caps = words.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
  return words.length > 0 && caps / words.length >= 0.8 && !/\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u.test(inner);
}

/** The speaker of a direct quote: in its sentence before or after it, else the sentence just before. */
function speakerAround(
  p: Para,
  s: Sentence,
  q: { open: number; close: number },
  sentences: Sentence[],
): { start: number; end: number } | null {
  const before = p.text.slice(s.start, q.open);
  const lead = new RegExp(`${SUBJECT}(?:,\\s+[^,]{3,90},)?\\s+${AUX}(?:${VERBS})\\s*[:,]?\\s*$`, "u").exec(
    before,
  );
  if (lead?.[1] && !NOT_SPEAKERS.test(lead[1]) && subjectOk(lead[1])) {
    const start = s.start + lead.index;
    return { start, end: start + lead[1].length };
  }
  const after = p.text.slice(q.close, Math.min(p.text.length, q.close + 120));
  const tail = new RegExp(
    `^\\s*[,.]?\\s*(?:(?:said|added|stressed|noted|warned)\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3})|${SUBJECT}\\s+(?:${VERBS}))\\b`,
    "u",
  ).exec(after);
  const name = tail?.[1] ?? tail?.[2];
  if (tail && name && !NOT_SPEAKERS.test(name) && subjectOk(name)) {
    const start = q.close + tail[0].indexOf(name, tail[0].search(/\S/));
    return { start, end: start + name.length };
  }
  // "The Coalition warned that … danger. “It is urgent …”": the speaker of the sentence just before
  if (before.trim() === "") {
    const prev = sentences[sentences.indexOf(s) - 1];
    const r = prev ? reported(prev) : null;
    if (prev && r) return { start: prev.start + r.speaker[0], end: prev.start + r.speaker[1] };
  }
  return null;
}

/** Reported speech in one sentence: the speaker and the content, local to the sentence. */
function reported(
  s: Sentence,
): { speaker: [number, number]; content: [number, number]; cue: Attribution["cue"] | null } | null {
  const text = s.text;
  const end = text.replace(/[.!?]+["”’»]*$/, "").length;
  const acc = ACCORDING.exec(text);
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
