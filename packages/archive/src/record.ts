import type { NewsItem, NewsPage } from "@news/core";
import { contentHash } from "./hash.js";
import type { StoredItem } from "./types.js";

/** The columns an engine stores for one item, derived once so both engines store the same. */
export interface ItemRow {
  id: string;
  date: string | null;
  title: string | null;
  category: string | null;
  site: string | null;
  lang: string | null;
  url: string | null;
  /** Paragraphs joined by blank lines: what snippets are cut from. */
  body: string;
  /** The whole NewsItem as JSON: spans, blocks, enrichment, fields added later. */
  doc: string;
  hash: string;
  /** Lower-cased entity ids and names from the item's enrichment, for `--entity`. */
  entities: string[];
}

/**
 * Host name without `www.`, or null when the text is not an absolute http(s) URL.
 *
 * @example
 * siteOf("https://www.example.org/news/1"); // "example.org"
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.hostname.replace(/^www\./, "").toLowerCase() || null;
  } catch {
    return null;
  }
}

export function toRow(item: NewsItem, page: NewsPage): ItemRow {
  const doc = JSON.stringify(item);
  const body = item.paragraphs.join("\n\n");
  return {
    id: item.id,
    date: item.date,
    title: item.title,
    category: item.category,
    site: siteOf(item.url) ?? siteOf(page.url),
    lang: item.lang ?? page.lang,
    url: item.url,
    body,
    doc,
    hash: contentHash(doc),
    entities: entitiesOf(item),
  };
}

// read loosely: enrichment is optional and may grow fields this package does not know yet
export function entitiesOf(item: NewsItem): string[] {
  const entities = (item as { enrichment?: { entities?: unknown } }).enrichment?.entities;
  if (!Array.isArray(entities)) return [];
  const out = new Set<string>();
  for (const e of entities) {
    if (typeof e !== "object" || e === null) continue;
    for (const key of ["id", "name"] as const) {
      const v = (e as Record<string, unknown>)[key];
      if (typeof v === "string" && v.trim()) out.add(v.trim().toLowerCase());
    }
  }
  return [...out];
}

/** A stored document as drivers read it back. */
export interface DocRow {
  key: number;
  id: string;
  doc: string;
  site: string | null;
  first_seen: string;
  read: boolean | number;
  starred: boolean | number;
}

/**
 * The columns of an item's light projection as drivers read them back: the stored columns plus
 * its text, so a list view never parses the whole stored document (spans, blocks, enrichment).
 */
export interface SummaryRow {
  key: number;
  id: string;
  date: string | null;
  title: string | null;
  category: string | null;
  site: string | null;
  /** The item's own `lang` (the document's, not the column's page-inherited, lower-cased one). */
  lang: string | null;
  /** The paragraphs joined by blank lines, as snippets are cut from. */
  body: string;
  read: boolean | number;
  starred: boolean | number;
}

export function fromRow(row: DocRow): StoredItem {
  return {
    ...(JSON.parse(row.doc) as NewsItem),
    site: row.site,
    firstSeen: row.first_seen,
    read: Boolean(row.read),
    starred: Boolean(row.starred),
  };
}

const OPENING_WORDS = 30;

/**
 * The first words of an item's text (for list views of items without a headline), on one line.
 *
 * @example
 * openingOf(item); // "Russian airstrikes killed 17 people in Idlib, the Civil Defense said."
 */
export function openingOf(item: NewsItem): string {
  return openingOfText(item.paragraphs.join(" "));
}

/**
 * `openingOf` over the item's text already joined (by any whitespace: words are split on it).
 *
 * @example
 * openingOfText("Talks resumed.\n\nDelegates met."); // "Talks resumed. Delegates met."
 */
export function openingOfText(text: string): string {
  // every list row asks for one: read only as far as the words shown, not the whole text
  const words: string[] = [];
  const word = /\S+/g;
  for (let m = word.exec(text); m !== null && words.length <= OPENING_WORDS; m = word.exec(text))
    words.push(m[0]);
  const head = words.slice(0, OPENING_WORDS).join(" ");
  return words.length > OPENING_WORDS ? `${head}…` : head;
}
