import { z } from "zod";
import { Span } from "./span.js";

/**
 * A value as written and where: `text` is `input.slice(span.start, span.end)` when the parser kept text verbatim.
 *
 * @example
 * { text: "Mahamid", span: { start: 4561, end: 4568 } }
 */
export const Mention = z.object({ text: z.string(), span: Span });
export type Mention = z.infer<typeof Mention>;

/**
 * A quotation. `direct`: words between quotation marks; `reported`: "X said that …", "…, X said",
 * "According to X, …". `speaker` is the sentence's own wording ("Mahamid", "He"); `speakerEntity`
 * the entity it resolves to (surnames and pronouns resolved to the full name), or null when unsure.
 *
 * @example
 * { kind: "reported", text: "the latest round of talks would have …", speaker: { text: "Mahamid", span },
 *   speakerEntity: "person:khalid-al-mahamid", span }
 */
export const Quote = z.object({
  kind: z.enum(["direct", "reported"]),
  text: z.string(),
  span: Span,
  speaker: Mention.nullable(),
  speakerEntity: z.string().nullable(),
});
export type Quote = z.infer<typeof Quote>;

/**
 * Who issued the item: its source line, or "In a statement, X said", "In a press release, X …".
 *
 * @example
 * { cue: "press-release", by: "the Coalition", entity: "org:syrian-coalition", span }
 */
export const Attribution = z.object({
  cue: z.enum(["source", "statement", "press-release", "byline"]),
  by: z.string(),
  span: Span,
  entity: z.string().nullable(),
});
export type Attribution = z.infer<typeof Attribution>;

/**
 * A document the item invokes, with a normalised id (`UNSCR 2254`, `Geneva Communique 2012`,
 * `Inflation Reduction Act of 2022`, `Bartz v. Anthropic`). `law`: acts, laws, statutes and
 * amendments; `treaty`: treaties, conventions, protocols and charters; `court-case`: "X v. Y";
 * `report`: a named report ("World Happiness Report").
 *
 * @example
 * { id: "UNSCR 2268", kind: "unsc-resolution", text: "UN Security Council 2268", span }
 */
export const CitedDocument = z.object({
  id: z.string(),
  kind: z.enum([
    "unsc-resolution",
    "unga-resolution",
    "communique",
    "agreement",
    "treaty",
    "law",
    "bill",
    "directive",
    "regulation",
    "court-case",
    "report",
  ]),
  text: z.string(),
  span: Span,
});
export type CitedDocument = z.infer<typeof CitedDocument>;

/**
 * A person, place or organisation, with every mention.
 *
 * @example
 * { id: "place:SY:eastern-ghouta", kind: "place", name: "Eastern Ghouta", country: "SY",
 *   coordinates: { lat: 33.55, lon: 36.42 }, role: null, mentions: [{ text: "eastern Gouta", span }] }
 * `id` is stable across items and pages
 * (`place:SY:idlib`, `person:khalid al mahamid`), so spelling variants share one.
 */
export const Entity = z.object({
  id: z.string(),
  kind: z.enum(["person", "place", "organization"]),
  name: z.string(),
  /** People: the title or role the text gives them ("Deputy Head of the Committee"). */
  role: z.string().nullable().default(null),
  /** Places: ISO 3166-1 alpha-2 when the gazetteer knows it. */
  country: z.string().nullable().default(null),
  /** Places: WGS84 coordinates when the gazetteer knows them. */
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable().default(null),
  mentions: z.array(Mention),
});
export type Entity = z.infer<typeof Entity>;

/**
 * A count of people an event affected: "killing 17 people", "rescued around 30 civilians".
 *
 * @example
 * { kind: "rescued", count: 30, approximate: true, who: "civilians", text: "rescued around 30 civilians", span }
 */
export const EventFigure = z.object({
  kind: z.enum(["killed", "injured", "victims", "rescued", "detained", "released", "displaced", "missing"]),
  count: z.number().int().nonnegative(),
  approximate: z.boolean(),
  /** Who was counted, as written ("people", "children"), or null. */
  who: z.string().nullable(),
  text: z.string(),
  span: Span,
});
export type EventFigure = z.infer<typeof EventFigure>;

/**
 * When something in the item happened ("on Tuesday night" → 2017-12-19), apart from the publication date.
 *
 * @example
 * { date: "2017-12-19", part: "night", text: "on Tuesday night", span }
 */
export const EventDate = z.object({
  date: z.string(),
  /** "night", "morning", … when the text narrows the day. */
  part: z.string().nullable(),
  text: z.string(),
  span: Span,
});
export type EventDate = z.infer<typeof EventDate>;

/**
 * What `enrich` adds to an item. Every value keeps its span in the decoded input.
 *
 * @example
 * import { enrich } from "@news/core/enrich";
 * const e = enrich(page).items[0]?.enrichment;
 * e?.documents.map((d) => d.id); // ["UNSCR 2254"]
 */
export const Enrichment = z.object({
  lang: z.string().nullable(),
  attributions: z.array(Attribution),
  quotes: z.array(Quote),
  documents: z.array(CitedDocument),
  entities: z.array(Entity),
  figures: z.array(EventFigure),
  eventDates: z.array(EventDate),
  /** 64-bit SimHash of the item's word shingles, 16 hex digits. */
  fingerprint: z.string(),
  /** Ids of the page's other items whose fingerprint is within the near-duplicate distance. */
  duplicates: z.array(z.string()),
});
export type Enrichment = z.infer<typeof Enrichment>;
