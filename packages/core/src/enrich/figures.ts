import type { EventFigure } from "../model/enrichment.js";
import { VAGUE_COUNTS } from "./lexicon.js";
import { NUMBER, type Para, readNumber, sentencesOf, spanOf } from "./text.js";

type Kind = EventFigure["kind"];

const ACTIVE: ReadonlyArray<[Kind, string]> = [
  ["killed", "kill(?:ed|ing|s)|claim(?:ed|ing) the lives of|left dead"],
  ["injured", "injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?"],
  ["rescued", "rescu(?:ed|ing|es)|evacuat(?:ed|ing)|pull(?:ed|ing) out"],
  ["detained", "detain(?:ed|ing|s)|arrest(?:ed|ing|s)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|seiz(?:ed|ing)"],
  ["released", "releas(?:ed|ing)|fre(?:ed|eing)"],
  ["displaced", "displac(?:ed|ing)|uproot(?:ed|ing)"],
];
const PASSIVE: ReadonlyArray<[Kind, string]> = [
  ["killed", "killed|dead|died|lost their lives|perished"],
  ["injured", "injured|wounded|hospitali[sz]ed|hurt"],
  ["rescued", "rescued|evacuated|pulled from the rubble"],
  ["detained", "detained|arrested|taken into custody|abducted|kidnapped"],
  ["released", "released|freed"],
  ["displaced", "displaced|fled|forced to flee|made homeless|uprooted"],
  ["missing", "missing|unaccounted for"],
];
const APPROX =
  "(?:around|about|approximately|nearly|almost|some|roughly|at least|more than|over|up to|an estimated|estimated|close to|as many as)";
// who was counted: one or two modifiers then a plural noun, or "others"
const WHO =
  "((?:(?:[a-z]+(?:-[a-z]+)?)\\s+){0,2}?(?:people|persons|civilians|others|children|women|men|soldiers|fighters|militants|members|residents|protesters|demonstrators|refugees|detainees|prisoners|families|students|journalists|workers|policemen|police officers|officers|troops|patients|migrants|victims|individuals|activists|rebels|combatants|citizens|infants|babies|girls|boys|elderly|aid workers|medics|doctors|nurses|passengers|villagers|worshippers|opponents|family members|relatives|personnel))";
// most sentences hold no count of people: skip them before the heavy patterns
const HAS_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|scores|million)/i;
const HAS_EVENT =
  /kill|injur|wound|hurt|rescu|evacuat|pull|detain|arrest|abduct|kidnap|seiz|releas|free|displac|uproot|dead|died|perish|hospitali|custody|flee|fled|homeless|missing|unaccounted|victims|toll|casualt/i;
const cue = (text: string) => HAS_EVENT.test(text) && HAS_NUMBER.test(text);
// "dozens of", "tens of thousands of": a vague count, read as the smallest number it implies
const VAGUE = `(?:${Object.keys(VAGUE_COUNTS).join("|")})\\s+of`;
const NUM = `(${APPROX}\\s+)?(${NUMBER}|${VAGUE})`;
// auxiliaries between a count and its verb ("have been", "were reportedly")
const AUXILIARY =
  "(?:(?:were|was|have been|has been|had been|have|has|had|are|is|remain|remained)\\s+)?(?:reportedly\\s+|also\\s+|now\\s+|since\\s+|so far\\s+)?";
// "106 protesters in 21 cities have been killed": a place or time between the count and its verb
const BETWEEN = "(?:(?:in|across|from|at|on|during|near|inside|since|over)\\s+[^,.;:]{1,40}?\\s+)?";

const active = ACTIVE.map(
  // "killing 17 people", "killing at least 17 and wounding 30": the noun may be left out before "and" or punctuation
  ([kind, verbs]) =>
    [
      kind,
      new RegExp(
        `\\b(?:${verbs})\\s+${NUM}(?![.,]?\\d|\\s*(?:%|percent|per cent))(?:\\s+${WHO}\\b|(?=\\s*(?:[,.;]|and\\b|$)))`,
        "giu",
      ),
    ] as const,
);
const passive = PASSIVE.map(
  ([kind, verbs]) =>
    [
      kind,
      new RegExp(`(?<![\\p{L}\\d,.])${NUM}\\s+(?:${WHO}\\s+)?${BETWEEN}${AUXILIARY}(?:${verbs})\\b`, "giu"),
    ] as const,
);
// "the death toll rose to 45"
const TOLL = new RegExp(
  `\\b(?:death toll|number of (?:dead|deaths|fatalities))\\s+(?:has\\s+|had\\s+)?(?:rose|risen|climbed|reached|stood at|stands at|is|was|hit|jumped)\\s+(?:to\\s+)?${NUM}`,
  "giu",
);
const VICTIMS = new RegExp(
  `\\b(?:victims|dead|death toll|casualties)\\s+(?:included|include|includes|stood at|rose to|reached)\\s+${NUM}\\s+${WHO}`,
  "giu",
);
const INCLUDING = /^(?:\s+from\s+[a-z ]{3,30}?)?,?\s+(?:including|among them|among whom)\s+/iu;
const PART = new RegExp(`^${NUM}\\s+${WHO}(?:,?\\s+(?:and\\s+)?)?`, "iu");

/**
 * Counts of people an event affected, as records: "killing 17 people" → killed 17 people; sub-counts
 * ("including four children and two women") repeat the kind. Vague amounts give the smallest number
 * they imply ("dozens" = 24), approximate.
 */
export function findFigures(paras: Para[]): EventFigure[] {
  const out: EventFigure[] = [];
  for (const p of paras) {
    if (!cue(p.text)) continue;
    for (const s of sentencesOf(p)) {
      if (!cue(s.text)) continue;
      const hits: Array<{ kind: Kind; m: RegExpExecArray }> = [];
      for (const [kind, re] of active)
        for (const m of s.text.matchAll(re)) hits.push({ kind, m: m as RegExpExecArray });
      for (const [kind, re] of passive)
        for (const m of s.text.matchAll(re)) hits.push({ kind, m: m as RegExpExecArray });
      for (const m of s.text.matchAll(VICTIMS)) hits.push({ kind: "victims", m: m as RegExpExecArray });
      for (const m of s.text.matchAll(TOLL)) hits.push({ kind: "killed", m: m as RegExpExecArray });
      hits.sort((a, b) => a.m.index - b.m.index || b.m[0].length - a.m[0].length);
      let covered = -1;
      for (const { kind, m } of hits) {
        if (m.index < covered) continue;
        const vague =
          VAGUE_COUNTS[
            (m[2] as string)
              .toLowerCase()
              .replace(/\s+of$/, "")
              .replace(/\s+/g, " ")
          ];
        const count = vague ?? readNumber(m[2] as string);
        if (count === null || (count >= 1900 && count <= 2100 && /^\d{4}$/.test(m[2] as string))) continue;
        const end = m.index + m[0].length;
        const start = m.index;
        out.push(
          figure(
            p,
            s.start,
            start,
            end,
            kind,
            count,
            m[1] !== undefined || vague !== undefined,
            m[3] ?? "",
            s.text,
          ),
        );
        covered = end;
        // sub-counts right after: "13 people from one family, including four children and two women"
        const tail = INCLUDING.exec(s.text.slice(end));
        if (!tail) continue;
        let at = end + tail[0].length;
        for (let part = PART.exec(s.text.slice(at)); part; part = PART.exec(s.text.slice(at))) {
          const n = readNumber(part[2] as string);
          const who = part[3] as string;
          const partEnd = at + part[0].replace(/,?\s+(?:and\s+)?$/, "").length;
          if (n !== null)
            out.push(figure(p, s.start, at, partEnd, kind, n, part[1] !== undefined, who, s.text));
          at += part[0].length;
          covered = partEnd;
          if (part[0] === "") break;
        }
      }
    }
  }
  return out;
}

function figure(
  p: Para,
  base: number,
  start: number,
  end: number,
  kind: Kind,
  count: number,
  approximate: boolean,
  who: string,
  text: string,
): EventFigure {
  return {
    kind,
    count,
    approximate,
    who: who.trim() || null,
    text: text.slice(start, end),
    span: spanOf(p, base + start, base + end),
  };
}
