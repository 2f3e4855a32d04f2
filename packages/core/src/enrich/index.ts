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

/**
 * Options of `enrich`.
 *
 * @example
 * enrich(parseHtml(html), { input: html, maxDuplicateDistance: 2 });
 */
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
  linkDuplicates(items, options.maxDuplicateDistance ?? NEAR_DUPLICATE_DISTANCE);
  return { ...page, items };
}

// Fingerprints within `max` bits agree exactly on at least one of max+1 bands (pigeonhole), so
// only items sharing a band are compared: near-linear on a feed of thousands of items.
function linkDuplicates(items: Array<NewsItem & { enrichment: Enrichment }>, max: number) {
  const halves = items.map((i) => [
    Number.parseInt(i.enrichment.fingerprint.slice(0, 8), 16) >>> 0,
    Number.parseInt(i.enrichment.fingerprint.slice(8), 16) >>> 0,
  ]);
  const bands = Math.min(Math.max(max + 1, 1), 8);
  const width = Math.floor(64 / bands);
  const bandOf = (h: number[], b: number) => {
    let key = "";
    for (let bit = b * width; bit < (b === bands - 1 ? 64 : (b + 1) * width); bit++) {
      key += (((h[bit >> 5] as number) >>> (bit & 31)) & 1) as number;
    }
    return `${b}:${key}`;
  };
  const buckets = new Map<string, number[]>();
  halves.forEach((h, i) => {
    // a few words are no story: empty or one-line items would all look alike
    const item = items[i] as NewsItem;
    if (`${item.title ?? ""} ${item.paragraphs.join(" ")}`.split(/\s+/).filter(Boolean).length < 8) return;
    for (let b = 0; b < bands; b++) {
      const key = bandOf(h, b);
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const linked = new Set<number>();
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [list[x] as number, list[y] as number];
        const pair = a * items.length + b;
        if (linked.has(pair)) continue;
        const [ah = 0, al = 0] = halves[a] as number[];
        const [bh = 0, bl = 0] = halves[b] as number[];
        if (popcount(ah ^ bh) + popcount(al ^ bl) > max) continue;
        linked.add(pair);
        items[a]?.enrichment.duplicates.push(items[b]?.id as string);
        items[b]?.enrichment.duplicates.push(items[a]?.id as string);
      }
    }
  }
  for (const item of items) item.enrichment.duplicates.sort();
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
