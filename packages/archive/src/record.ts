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
  const authority = AUTHORITY.exec(url)?.[0];
  if (authority === undefined) return hostOf(url);
  let site = siteOfAuthority.get(authority);
  if (site === undefined) {
    if (siteOfAuthority.size >= MAX_AUTHORITIES) siteOfAuthority.clear();
    site = hostOf(authority);
    siteOfAuthority.set(authority, site);
  }
  return site;
}

// A URL's host is read from its authority alone: parsed once per authority (an archive's items
// come from few sites, and a URL parsed per item was ~4% of node's CPU in a bulk ingest). Only
// the plain form is cached: lower-case scheme, then an authority without a space, control
// character or backslash (the parser drops tabs and newlines, which could join it to what
// follows), ended by "/", "?", "#" or the end; any other URL is parsed whole.
const AUTHORITY = /^https?:\/\/[^/?#\\\x00-\x20]+(?=[/?#]|$)/;
const MAX_AUTHORITIES = 10_000;
const siteOfAuthority = new Map<string, string | null>();

function hostOf(url: string): string | null {
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

/**
 * `toRow` whose costly columns (the document's JSON and its hash, the text, the site, the
 * entities) are derived when first read, once. Ingest reads them for a new item only when the
 * engine writes it: PostgreSQL's COPY builds its rows while the server inserts the ones before,
 * so that work no longer runs before the first statement with the server idle (about a tenth of
 * a teaser's ingest time). A plain object of the same columns is `toRow`'s: spreading this one
 * copies only its cheap fields.
 */
export class LazyRow implements ItemRow {
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly category: string | null;
  readonly lang: string | null;
  readonly url: string | null;
  #doc: string | undefined;
  #hash: string | undefined;
  #body: string | undefined;
  #site: string | null | undefined;
  #entities: string[] | undefined;

  constructor(
    private readonly item: NewsItem,
    private readonly page: NewsPage,
  ) {
    this.id = item.id;
    this.date = item.date;
    this.title = item.title;
    this.category = item.category;
    this.lang = item.lang ?? page.lang;
    this.url = item.url;
  }

  get doc(): string {
    if (this.#doc === undefined) this.#doc = JSON.stringify(this.item);
    return this.#doc;
  }

  get hash(): string {
    if (this.#hash === undefined) this.#hash = contentHash(this.doc);
    return this.#hash;
  }

  get body(): string {
    if (this.#body === undefined) this.#body = this.item.paragraphs.join("\n\n");
    return this.#body;
  }

  get site(): string | null {
    if (this.#site === undefined) this.#site = siteOf(this.item.url) ?? siteOf(this.page.url);
    return this.#site;
  }

  get entities(): string[] {
    if (this.#entities === undefined) this.#entities = entitiesOf(this.item);
    return this.#entities;
  }
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
