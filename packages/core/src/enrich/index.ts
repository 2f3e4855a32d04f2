/**
 * Enrichment of parsed pages: quotes and speakers, attributions, cited documents, people, places and
 * organisations, event figures and dates, language and near-duplicate fingerprints. A separate
 * subpath (`@news/core/enrich`) so that users who only parse never load its NLP code and gazetteer.
 *
 * @example
 * import { parseText } from "@news/core";
 * import { enrich } from "@news/core/enrich";
 * const page = enrich(parseText(text));
 * page.items[0]?.enrichment?.quotes[0]?.speaker?.text; // "Khalid Al-Mahamid"
 */
import { detectLang } from "../lang/index.js";
import type { Enrichment } from "../model/enrichment.js";
import type { NewsItem, NewsPage } from "../model/page.js";
import { findDocuments } from "./documents.js";
import { findEntities } from "./entities.js";
import { findEventDates } from "./eventDates.js";
import { findFigures } from "./figures.js";
import { fingerprint, NEAR_DUPLICATE_DISTANCE } from "./fingerprint.js";
import { findQuotes } from "./quotes.js";
import { paragraphsOf } from "./text.js";

export type {
  Attribution,
  CitedDocument,
  Enrichment,
  Entity,
  EventDate,
  EventFigure,
  Mention,
  Quote,
} from "../model/enrichment.js";
export { fingerprint, fingerprintDistance, isNearDuplicate, NEAR_DUPLICATE_DISTANCE } from "./fingerprint.js";

/** Options of `enrich`. */
export interface EnrichOptions {
  /**
   * The decoded input the page was parsed from. Without it, spans assume each paragraph's text is
   * the input verbatim from its span's start (true of text dumps); with it, spans are re-aligned
   * where a parser normalised whitespace or decoded entities.
   */
  input?: string;
  /** Fingerprint distance (of 64 bits) at or under which two items are linked as duplicates. */
  maxDuplicateDistance?: number;
}

/**
 * A new page whose items carry `enrichment`; the page given is not changed. Never throws on a
 * page that passes the `NewsPage` schema; time is linear in the page's text.
 *
 * @example
 * const { items } = enrich(parseText(seed));
 * items[2]?.enrichment?.documents.map((d) => d.id); // ["Geneva Communique 2012", "UNSCR 2118", "UNSCR 2254"]
 */
export function enrich(page: NewsPage, options: EnrichOptions = {}): NewsPage {
  const items = page.items.map((item) => ({ ...item, enrichment: enrichItem(item, page, options.input) }));
  const max = options.maxDuplicateDistance ?? NEAR_DUPLICATE_DISTANCE;
  // split once into 32-bit halves: the pairwise pass is then two XORs and popcounts per pair
  const halves = items.map((i) => [
    Number.parseInt(i.enrichment.fingerprint.slice(0, 8), 16),
    Number.parseInt(i.enrichment.fingerprint.slice(8), 16),
  ]);
  for (let a = 0; a < items.length; a++) {
    for (let b = 0; b < items.length; b++) {
      const [ah = 0, al = 0] = halves[a] as number[];
      const [bh = 0, bl = 0] = halves[b] as number[];
      if (a !== b && popcount(ah ^ bh) + popcount(al ^ bl) <= max)
        items[a]?.enrichment.duplicates.push(items[b]?.id as string);
    }
  }
  return { ...page, items };
}

function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * The enrichment of one item (no duplicate links: those need the other items).
 *
 * @example
 * const e = enrichItem(page.items[0]!, page);
 * e.figures; // [{ kind: "killed", count: 17, approximate: false, who: "people", … }]
 */
export function enrichItem(item: NewsItem, page: Pick<NewsPage, "lang">, input?: string): Enrichment {
  const paras = paragraphsOf(item, input);
  const index = findEntities(paras);
  const { quotes, attributions } = findQuotes(item, paras, index);
  const body = [item.title ?? "", ...item.paragraphs].join("\n");
  return {
    lang: detectLang(body.slice(0, 2000)) ?? item.lang ?? page.lang ?? null,
    attributions,
    quotes,
    documents: findDocuments(paras),
    entities: index.entities,
    figures: findFigures(paras),
    eventDates: findEventDates(paras, item.date),
    fingerprint: fingerprint(body),
    duplicates: [],
  };
}
