import nlp from "compromise";
import type { Entity } from "../model/enrichment.js";
import type { Span } from "../model/span.js";
import { lookupPlace, type Place, placeId } from "./gazetteer.js";
import { fold, type Para, soundKey, spanOf } from "./text.js";

interface Token {
  text: string;
  start: number;
  end: number;
  /** the token ended with a possessive ’s, which closes a name */
  possessive: boolean;
}

const ORG_HEADS = new Set(
  (
    "council committee coalition department ministry organization organisation agency union nations front army " +
    "forces party commission court bank fund group observatory crescent cross center centre " +
    "institute association federation league authority assembly parliament government movement brigade brigades " +
    "corps police delegation secretariat foundation university bureau"
  ).split(" "),
);
// an org head alone ("the Delegation") is only a reference when it is capitalised and unique
const ACRONYMS = new Set(
  "UN EU NATO UNHCR UNICEF OCHA ICRC OPCW IAEA WFP WHO UNSC AU OSCE ASEAN OPEC IMF".split(" "),
);
const ROLE_WORDS = new Set(
  (
    "president vice deputy head chairman chairwoman chair minister secretary general spokesman spokeswoman " +
    "spokesperson envoy ambassador chief commander director mayor governor leader member coordinator " +
    "representative prime foreign king prince sheikh senator professor official advisor adviser ceo cfo coo cto " +
    "congressman congresswoman congressmen rep reps sen sens senators representatives minister ambassador lecturer author scientist founder co-founder owner executive manager editor analyst researcher economist spokesman"
  ).split(" "),
);
const STARTERS = new Set(
  (
    "the a an in on at to for from with by according it he she they we this that these those his her their its " +
    "our local but and after before during while when as also meanwhile however since following earlier later " +
    "there here mr mrs ms about find pros cons best top why how what who where which read see more"
  ).split(" "),
);
const NOT_NAMES = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december god internet"
  ).split(" "),
);
// words that make a capitalised run something other than a person ("Werner Mantz Prize", "Pierce St")
const NOT_PERSON = new Set(
  (
    "award awards prize prizes fellowship grant medal photography media pricing field st street avenue road " +
    "catholic church college school museum gallery hotel park hall tower bridge station airport stadium arena " +
    "review journal times post news magazine press dental clinic hospital max pro plus app series season " +
    "collection edition festival conference summit company inc ltd llc corp co studio studios records"
  ).split(" "),
);
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]*(?:(?:-\p{Lu}|\p{Lu})[\p{Ll}\p{M}'’]+)*$/u;

// given names and surnames: capitalised words with lowercase letters, initials, particles; the
// last a real word ("Nelson MC" and "Solomon R" are citations, "CAL T" an acronym)
function personLike(words: string[]): boolean {
  const last = words[words.length - 1] ?? "";
  if (!NAME_WORD.test(last) || !/\p{Ll}/u.test(last)) return false;
  return words.every(
    (w) =>
      CONNECTORS.has(w) ||
      /^\p{Lu}$/u.test(w) ||
      (NAME_WORD.test(w) && /\p{Ll}/u.test(w) && !NOT_PERSON.has(w.toLowerCase())),
  );
}

const CONNECTORS = new Set(["of", "for", "the", "de", "del", "la", "le", "van", "von", "bin", "ibn"]);
// dotted and capitalised country abbreviations the word tokenizer cannot see as one name
const ABBREVIATED = /(?<![\p{L}.])(U\.S\.A?\.?|U\.K\.|USA|UK|US)(?![\p{L}])/gu;
const TRAILERS = new Set(
  "province governorate region district city county state countryside monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);
const DIRECTIONS =
  /^(?:eastern|western|northern|southern|central|rural|north|south|east|west|northeastern|northwestern|southeastern|southwestern|greater)$/i;
const LOCATIVE =
  /(?:\b(?:in|at|near|from|to|into|outside|around|towards|toward|across|across from|through|via|of|and|capital|city|town|village|villages|province|region|district|countryside|suburb|suburbs|neighbourhood|neighborhood|camp)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central|rural)\s+)?)$/i;
const LOCATIVE_AFTER =
  /^\s+(?:province|governorate|countryside|city|region|district|suburbs?|countryside)\b/i;

/** What one item's entity pass found: entities and a way to resolve a speaker to one. */
export interface EntityIndex {
  entities: Entity[];
  /** The entity a speaker's words denote ("Mahamid", "the Coalition"), or null. */
  resolve(text: string): Entity | null;
  /**
   * A person named as the subject of a speech verb that the name pass missed ("Officer Atanu
   * Sarker said"): registered with this mention when the words look like a personal name.
   */
  speaker(name: string, para: Para, start: number, end: number): Entity | null;
  /** An organisation named as the issuer of what a quote cites ("a report by X"): found or registered. */
  organization(name: string, para: Para, start: number, end: number): Entity;
}

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let word = m[0];
    let possessive = false;
    if (/['’]s$/.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    word = word.replace(/['’-]+$/, "");
    if (word) out.push({ text: word, start: m.index, end: m.index + word.length, possessive });
  }
  return out;
}

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

// maximal runs of capitalised words joined by single spaces, with lowercase connectors inside
function chunksOf(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !isCap(run[run.length - 1] as Token)) run.pop();
    if (run.length) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = run[run.length - 1];
    const joined = prev !== undefined && /^\s$/.test(text.slice(prev.end, t.start)) && !prev.possessive;
    if (!joined) close();
    // "Treadmills The National …": a capitalised article starts a new name
    if (run.length && /^(?:The|A|An)$/.test(t.text)) close();
    if (isCap(t)) run.push(t);
    else if (run.length && CONNECTORS.has(t.text) && joined) run.push(t);
    else close();
    if (t.possessive) close();
  }
  close();
  return out;
}

const textOf = (para: string, run: Token[]) =>
  run.length ? para.slice((run[0] as Token).start, (run[run.length - 1] as Token).end) : "";

export function findEntities(paras: Para[]): EntityIndex {
  const byId = new Map<string, Entity>();
  const taken: Array<{ para: number; start: number; end: number }> = [];
  const overlaps = (p: number, s: number, e: number) =>
    taken.some((t) => t.para === p && s < t.end && e > t.start);
  const add = (
    id: string,
    kind: Entity["kind"],
    name: string,
    para: Para,
    start: number,
    end: number,
    extra: Partial<Entity> = {},
  ) => {
    if (overlaps(para.index, start, end)) return;
    taken.push({ para: para.index, start, end });
    let e = byId.get(id);
    if (!e) {
      e = { id, kind, name, role: null, country: null, coordinates: null, mentions: [], ...extra };
      byId.set(id, e);
    } else if (extra.role && !e.role) e.role = extra.role;
    const span: Span = spanOf(para, start, end);
    e.mentions.push({ text: para.text.slice(start, end), span });
  };

  const runs = paras.map((p) => {
    const tokens = tokensOf(p.text);
    return { p, tokens, chunks: chunksOf(p.text, tokens) };
  });

  // people: compromise's person tagger, kept only for capitalised names of two words or more
  tagRuns(runs.flatMap(({ p }) => nameRuns(p.text).map((m) => m[0])));
  for (const { p } of runs) {
    for (const f of peopleIn(p.text)) {
      let start = f.start;
      let end = start + f.length;
      while (end > start && /[^\p{L}\p{M}\p{N}]/u.test(p.text[end - 1] as string)) end--;
      const words = tokensOf(p.text.slice(start, end));
      while (words.length && STARTERS.has((words[0] as Token).text.toLowerCase())) words.shift();
      if (
        words.length < 2 ||
        words.length > 5 ||
        !words.every((w) => /^\p{Lu}/u.test(w.text) || CONNECTORS.has(w.text))
      )
        continue;
      if (words.some((w) => ORG_HEADS.has(w.text.toLowerCase()) || NOT_NAMES.has(w.text.toLowerCase())))
        continue;
      if (!personLike(words.map((w) => w.text))) continue;
      // a citation ("Chen Y. Self-kindness"): a common word after an initial
      if (
        words.some(
          (w, k) =>
            k > 0 &&
            /^\p{Lu}$/u.test((words[k - 1] as Token).text) &&
            !/Name|Person|ProperNoun/.test((lexiconTag(w.text) ?? ["Name"]).join(" ")),
        )
      )
        continue;
      // "Congressman Walter B. Jones": the title is the person's role, not part of the name
      let title = 0;
      while (
        title < words.length - 1 &&
        ROLE_WORDS.has((words[title] as Token).text.toLowerCase().replace(/\.$/, ""))
      )
        title++;
      // "Sen. Paul": a title and a surname is a later mention, found by the surname pass
      if (words.length - title < 2) continue;
      const base = start;
      start = base + (words[title] as Token).start;
      end = base + (words[words.length - 1] as Token).end;
      const name = p.text.slice(start, end);
      if (lookupPlace(name)) continue;
      const role = title
        ? p.text.slice(base + (words[0] as Token).start, base + (words[title - 1] as Token).end)
        : (titleBefore(p.text, start) ?? roleAfter(p.text, end));
      add(`person:${fold(name).replace(/ /g, "-")}`, "person", name, p, start, end, { role });
    }
  }

  // organisations next, cut before any person ("Department of Homeland Security Jeh Johnson"); their
  // words are not places ("Geneva Communique", "Syrian Coalition")
  for (const { p, chunks } of runs) {
    for (const chunk of chunks) {
      for (const t of chunk) {
        if (ACRONYMS.has(t.text) && chunk.length === 1)
          add(`org:${fold(t.text)}`, "organization", t.text, p, t.start, t.end);
      }
      let run = trimStarters(chunk);
      const roleCut = run.findIndex((t) => t.text === "of");
      if (run.length && ROLE_WORDS.has((run[0] as Token).text.toLowerCase()) && roleCut > 0)
        run = trimStarters(run.slice(roleCut + 1));
      let last = -1;
      for (let i = run.length - 1; i >= 0; i--) {
        if (ORG_HEADS.has((run[i] as Token).text.toLowerCase())) {
          last = i;
          break;
        }
      }
      // "University of Florida", "Bank of England": a head, "of" and a name is one organisation
      const headOf = last === 0 && (run[1] as Token | undefined)?.text === "of" && run.length >= 3;
      if (last < 1 && !headOf) continue;
      // "International Organization for Standardization": the name goes on past its head
      const tail = (run[last + 1] as Token | undefined)?.text;
      const whole = headOf || tail === "of" || tail === "for" ? run : run.slice(0, last + 1);
      const cut = whole.findIndex((t) => overlaps(p.index, t.start, t.end));
      const org = cut >= 0 ? whole.slice(0, cut) : whole;
      if (org.length < 2 || last >= org.length) continue;
      last = org.length - 1;
      // shouting ("CUSTOMER SERVICE") is a heading, not a name
      if (org.length > 1 && org.every((t) => !/\p{Ll}/u.test(t.text) || CONNECTORS.has(t.text))) continue;
      if (ROLE_WORDS.has((org[0] as Token).text.toLowerCase())) continue;
      const name = textOf(p.text, org);
      add(
        `org:${fold(name).replace(/ /g, "-")}`,
        "organization",
        name,
        p,
        (org[0] as Token).start,
        (org[last] as Token).end,
      );
    }
  }

  // places: gazetteer names, and unknown names a place word introduces ("the town of Maar Shoureen")
  for (const { p, chunks } of runs) {
    for (const chunk of chunks) {
      const run = trimStarters(chunk);
      // "Residents of Gouta": when the whole run is no place, its part after "of" may be
      const of = run.findLastIndex((t) => t.text === "of");
      if (!placesIn(p, run, add) && of > 0) placesIn(p, trimStarters(run.slice(of + 1)), add);
    }
  }

  for (const { p } of runs) {
    for (const m of p.text.matchAll(ABBREVIATED)) {
      const place = lookupPlace(/K/.test(m[0]) ? "United Kingdom" : "United States");
      if (place)
        add(placeId(place), "place", place.name, p, m.index, m.index + m[0].length, {
          country: place.country,
        });
    }
  }

  const people = [...byId.values()].filter((e) => e.kind === "person");
  const orgs = [...byId.values()].filter((e) => e.kind === "organization");
  // later references: surnames of the item's people, "the Coalition" for its one coalition
  const bySurname = new Map(people.map((e) => [surname(e.name), e]));
  for (const { p, tokens } of runs) {
    for (const t of tokens) {
      if (!isCap(t)) continue;
      const person = bySurname.size ? bySurname.get(fold(t.text)) : undefined;
      if (person) {
        add(person.id, "person", person.name, p, t.start, t.end);
        continue;
      }
      if (
        ORG_HEADS.has(t.text.toLowerCase()) &&
        /\bthe\s+$/i.test(p.text.slice(Math.max(0, t.start - 5), t.start))
      ) {
        const heads = orgs.filter((e) => fold(e.name).endsWith(` ${t.text.toLowerCase()}`));
        if (heads.length === 1)
          add((heads[0] as Entity).id, "organization", (heads[0] as Entity).name, p, t.start, t.end);
      }
    }
  }

  const entities = [...byId.values()];
  for (const e of entities) e.mentions.sort((a, b) => a.span.start - b.span.start);
  entities.sort((a, b) => (a.mentions[0]?.span.start ?? 0) - (b.mentions[0]?.span.start ?? 0));
  // an entity found after the name pass (a speaker, an issuer), kept in order of first mention
  const insert = (
    id: string,
    kind: "person" | "organization",
    name: string,
    para: Para,
    start: number,
    end: number,
    list: Entity[],
  ): Entity => {
    const e: Entity = { id, kind, name, role: null, country: null, coordinates: null, mentions: [] };
    e.mentions.push({ text: para.text.slice(start, end), span: spanOf(para, start, end) });
    const after = entities.findIndex(
      (x) => (x.mentions[0]?.span.start ?? 0) > (e.mentions[0]?.span.start ?? 0),
    );
    entities.splice(after < 0 ? entities.length : after, 0, e);
    list.push(e);
    return e;
  };
  const index: EntityIndex = {
    entities,
    speaker(name, para, start, end) {
      const known = index.resolve(name);
      if (known) return known;
      const words = name.split(/\s+/);
      if (words.length < 2 || words.length > 4 || !personLike(words)) return null;
      if (words.some((w) => ORG_HEADS.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()))) return null;
      if (lookupPlace(name)) return null;
      const id = `person:${fold(name).replace(/ /g, "-")}`;
      return insert(id, "person", name, para, start, end, people);
    },
    organization(name, para, start, end) {
      const id = `org:${fold(name).replace(/ /g, "-")}`;
      const known = entities.find((x) => x.id === id) ?? index.resolve(name);
      if (known) return known;
      return insert(id, "organization", name, para, start, end, orgs);
    },
    resolve(text) {
      const words = fold(text).replace(/^(?:the|a|an) /, "");
      if (!words) return null;
      const exact = entities.find((e) => fold(e.name) === words);
      if (exact) return exact;
      // "Harden Bradford" for Joy Harden Bradford: the end of one person's name
      if (words.includes(" ")) {
        const ends = people.filter((e) => fold(e.name).endsWith(` ${words}`));
        if (ends.length === 1) return ends[0] as Entity;
      }
      if (!words.includes(" ")) {
        const bySurname = people.filter((e) => surname(e.name) === words);
        if (bySurname.length === 1) return bySurname[0] as Entity;
        if (ORG_HEADS.has(words)) {
          const heads = orgs.filter((e) => fold(e.name).endsWith(` ${words}`));
          if (heads.length === 1) return heads[0] as Entity;
        }
      }
      return null;
    },
  };
  return index;
}

// compromise tags whole paragraphs slowly; names are runs of capitalised words, so only those runs
// (with their titles and initials) are tagged, and each distinct run once per process
const NAME_RUN =
  /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|de|al|bin|ibn|van|von|la|le|del|da|dos)){1,5}/gu;
const tagged = new Map<string, Array<{ start: number; length: number }>>();

let firstNames: Record<string, string> | null = null;

// a run worth tagging holds a first name compromise knows, or follows a title ("President X Y")
function worthTagging(text: string, m: RegExpMatchArray, words: string[]): boolean {
  firstNames ??= (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }
  ).world().model.one.lexicon;
  const lexicon = firstNames;
  if (words.some((w) => /Name$/.test(lexicon[w.toLowerCase()] ?? ""))) return true;
  const before = /([\p{L}.-]+)\s+$/u.exec(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index));
  return (
    words.some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, ""))) ||
    (before?.[1] !== undefined && ROLE_WORDS.has(before[1].toLowerCase().replace(/\.$/, "")))
  );
}

function nameRuns(text: string): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    // "The Coalition", "In Riyadh": a sentence opener and one word is no name
    const words = m[0].split(/[ \u00a0]+/);
    if (words.length === 2 && STARTERS.has((words[0] as string).toLowerCase())) continue;
    if (worthTagging(text, m, words)) out.push(m);
  }
  return out;
}

// one compromise document per item for all its untagged runs: its cost is mostly per call
function tagRuns(runs: string[]) {
  const todo = [...new Set(runs.filter((r) => !tagged.has(r)))];
  if (!todo.length) return;
  if (tagged.size > 50_000) tagged.clear();
  const starts: number[] = [];
  let joined = "";
  for (const r of todo) {
    starts.push(joined.length);
    joined += `${r}.\n`;
  }
  for (const r of todo) tagged.set(r, []);
  const found = nlp(joined).people().json({ offset: true }) as Array<{
    offset: { start: number; length: number };
  }>;
  for (const { offset } of found) {
    // the run holding this name: the last start at or before it
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset.start) lo = mid;
      else hi = mid - 1;
    }
    const run = todo[lo] as string;
    const local = offset.start - (starts[lo] as number);
    const length = Math.min(offset.length, run.length - local);
    if (length > 0) tagged.get(run)?.push({ start: local, length });
  }
}

function peopleIn(text: string): Array<{ start: number; length: number }> {
  const out: Array<{ start: number; length: number }> = [];
  for (const m of nameRuns(text)) {
    for (const f of tagged.get(m[0]) ?? []) {
      // out of context compromise stops at initials ("Randy" of "Randy D. Doub"): take the
      // initials and the surname after them
      // (not a citation's "Chen Y. Self-kindness": the word after the initials must not be a common word)
      const tail = /^(?:\s\p{Lu}\.)+\s(\p{Lu}[\p{L}\p{M}'’-]+)/u.exec(m[0].slice(f.start + f.length));
      const surnameOk = tail?.[1] !== undefined && !lexiconTag(tail[1]);
      out.push({
        start: (m.index ?? 0) + f.start,
        length: f.length + (surnameOk ? (tail?.[0].length ?? 0) : 0),
      });
    }
  }
  return out;
}

function trimStarters(run: Token[]): Token[] {
  let i = 0;
  while (
    i < run.length &&
    (STARTERS.has((run[i] as Token).text.toLowerCase()) || CONNECTORS.has((run[i] as Token).text))
  )
    i++;
  return run.slice(i);
}

/** Last name, without Arabic articles: "Khalid Al-Mahamid" -> "mahamid". */
export function surname(name: string): string {
  const last = fold(name).split(" ").pop() ?? "";
  return (
    last.replace(/^(?:al|el|ar|as|ad|an|at)(?=\s|$)/, "").trim() || fold(name).split(" ").slice(-2).join(" ")
  );
}

// "Foreign Minister Sergei Lavrov", "Congressman Walter B. Jones": role words right before the name
function titleBefore(text: string, start: number): string | null {
  const m = /((?:[\p{L}.-]+\s){1,3})$/u.exec(text.slice(Math.max(0, start - 60), start));
  if (!m?.[1]) return null;
  const words = m[1].trim().split(/\s+/);
  while (words.length && !ROLE_WORDS.has((words[0] as string).toLowerCase().replace(/\.$/, "")))
    words.shift();
  if (
    !words.length ||
    !words.every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, "")) || /^\p{Lu}/u.test(w))
  )
    return null;
  return words.join(" ");
}

// "Khalid Al-Mahamid, Deputy Head of the Committee, said" -> "Deputy Head of the Committee"
function roleAfter(text: string, end: number): string | null {
  const m =
    /^,\s+((?:the\s+|an?\s+)?(\p{L}+)(?:\s(\p{L}+))?[^,;:"“”()]{0,100}?)(?:,|\s(?:who|which)\s)/u.exec(
      text.slice(end, end + 140),
    );
  if (!m?.[1] || !m[2]) return null;
  const role = (w: string | undefined) => w !== undefined && ROLE_WORDS.has(w.toLowerCase());
  return role(m[2]) || role(m[3]) || /^the$/i.test(m[2]) ? m[1] : null;
}

const PLACE_TAGS = /^(?:Country|City|Region|Place|ProperNoun)$/;

/** compromise's lexicon tags of a word, or null when it does not know it. */
function lexiconTag(word: string): string[] | null {
  firstNames ??= (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }
  ).world().model.one.lexicon;
  const tag = firstNames[word.toLowerCase()] as string | string[] | undefined;
  return tag === undefined ? null : Array.isArray(tag) ? tag : [tag];
}

/** "male", "female" or null, from the first name of a person as compromise's lexicon knows it. */
export function genderOf(name: string): "male" | "female" | null {
  const tags = lexiconTag(name.split(/\s+/)[0] ?? "") ?? [];
  if (tags.includes("MaleName")) return "male";
  if (tags.includes("FemaleName")) return "female";
  return null;
}

function commonWord(name: string): boolean {
  if (/\s/.test(name)) return false;
  firstNames ??= (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }
  ).world().model.one.lexicon;
  const tag = firstNames[name.toLowerCase()] as string | string[] | undefined;
  if (tag === undefined) return false;
  return !(Array.isArray(tag) ? tag : [tag]).some((t) => PLACE_TAGS.test(t));
}

type Add = (
  id: string,
  kind: Entity["kind"],
  name: string,
  para: Para,
  start: number,
  end: number,
  extra?: Partial<Entity>,
) => void;

// a place is a whole capitalised run ("Paris" alone, never the "Paris" of "Paris Baguette"), less
// trailing place words and days ("Idlib Province", "Geneva Monday")
function placesIn(p: Para, chunk: Token[], add: Add): boolean {
  const run = [...chunk];
  while (run.length > 1 && TRAILERS.has((run[run.length - 1] as Token).text.toLowerCase())) run.pop();
  if (!run.length || run.length > 4) return false;
  const first = run[0] as Token;
  const lastWord = run[run.length - 1] as Token;
  const name = textOf(p.text, run);
  if (NOT_NAMES.has(fold(name)) || !isCap(first)) return false;
  // a lowercase direction before the name is part of it when the gazetteer says so ("eastern Gouta")
  const dir = /(\p{L}+)\s$/u.exec(p.text.slice(Math.max(0, first.start - 40), first.start));
  let start = first.start;
  let place: Place | null = null;
  if (dir?.[1] && DIRECTIONS.test(dir[1])) {
    place = lookupPlace(`${dir[1]} ${name}`);
    if (place || /^rural$/i.test(dir[1])) start = first.start - dir[1].length - 1;
  }
  place ??= lookupPlace(name);
  const lead = p.text.slice(Math.max(0, start - 60), start);
  const cue = LOCATIVE.test(lead) || LOCATIVE_AFTER.test(p.text.slice(lastWord.end, lastWord.end + 20));
  if (place) {
    // a capital or country spelled like a common word or a first name (Male, Jordan, Chad) needs a cue too
    const strong =
      (place.feature === "country" || place.feature === "PPLC" || place.feature === "region") &&
      !commonWord(name);
    if (!strong && !cue) return false;
    if (run.length === 1 && first.text.length <= 3 && !/\p{Ll}/u.test(first.text)) return false;
    add(placeId(place), "place", place.name, p, start, lastWord.end, {
      country: place.country || null,
      coordinates: place.lat !== null && place.lon !== null ? { lat: place.lat, lon: place.lon } : null,
    });
    return true;
  } else if (/\b(?:town|village|city|neighbourhood|neighborhood|district|camp) of\s+$/i.test(lead)) {
    // a name the gazetteer lacks: trust only an explicit place word, and take the country of
    // the known place it is said to be in ("Maar Shoureen in rural Idlib")
    const after = p.text.slice(lastWord.end, lastWord.end + 60);
    const within =
      /^\s+in\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central|rural)\s+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?)/u.exec(
        after,
      );
    const parent = within?.[1] ? lookupPlace(within[1]) : null;
    add(`place:${parent?.country ?? ""}:${soundKey(name)}`, "place", name, p, start, lastWord.end, {
      country: parent?.country || null,
    });
    return true;
  }
  return false;
}
