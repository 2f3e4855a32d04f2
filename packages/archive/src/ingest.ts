import { itemId, type NewsItem, type NewsPage } from "@news/core";
import { keyBase, keyTop } from "./key.js";
import { type ItemRow, LazyRow, toRow } from "./record.js";
import type { IngestResult, PageInput } from "./types.js";

/** An item to insert: its row, its key and when it was first seen. */
export interface NewRow extends ItemRow {
  key: number;
  firstSeen: string;
  /** The reader's flags, when copied from another archive (ingest leaves them unset). */
  read?: boolean;
  starred?: boolean;
}

/** An item whose stored record changes: its new row and key, and the key it had. */
export interface ChangedRow extends ItemRow {
  key: number;
  oldKey: number;
}

export interface SightingRow {
  key: number;
  source: string;
  pageUrl: string | null;
  seenAt: string;
}

export interface PageRow {
  source: string;
  hash: string;
  url: string | null;
  kind: string;
  title: string | null;
  items: number;
  ingestedAt: string;
}

/**
 * The primitives of one write transaction, in the engine's dialect. The shared ingest calls them
 * with whole batches, in key order, so an engine can write each batch in a statement or a tight loop.
 */
export interface WriteTx {
  pageSeen(source: string, hash: string): Promise<boolean>;
  /** Key and content hash of the stored items among these ids. */
  known(ids: readonly string[]): Promise<Map<string, { key: number; hash: string }>>;
  /** The stored NewsItem JSON of these ids. */
  docs(ids: readonly string[]): Promise<Map<string, string>>;
  /** For each minute band (its first key), the largest key stored in it, when there is one. */
  lastKeys(bases: readonly number[]): Promise<Map<number, number>>;
  insert(rows: readonly NewRow[]): Promise<void>;
  /** Rewrites items (document, columns, full-text, entities); moves them when `key` differs from `oldKey`. */
  update(rows: readonly ChangedRow[]): Promise<void>;
  /**
   * Records sightings not yet recorded; returns how many were new. `ofNewItems`: every row is a
   * sighting of an item inserted in this transaction, so none can be recorded yet and an engine
   * may write them without looking.
   */
  addSightings(rows: readonly SightingRow[], ofNewItems?: boolean): Promise<number>;
  addPages(rows: readonly PageRow[]): Promise<void>;
  /** Changes what `version()` returns. */
  bumpVersion(): Promise<void>;
}

/** What a driver offers for writing: one transaction at a time, all of it or none. */
export interface Writer {
  write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T>;
}

export interface IngestOptions {
  /**
   * Items per write transaction. A page larger than this is written in several transactions
   * (marked done with its last one, so an interrupted page is resumed), and other writers get the
   * lock in between: one huge page must not hold it for minutes.
   */
  transactionItems?: number;
  /** The pause between two transactions of one call, long enough for a waiting writer to get in. */
  yieldMs?: number;
}

export const DEFAULT_TRANSACTION_ITEMS = 20_000;
const DEFAULT_YIELD_MS = 25;

/**
 * The item as the archive stores it: the id recomputed from the content (a record's own `id`
 * is not trusted, or a crafted record would overwrite any stored item). Parsers derive ids with
 * `itemId`; the text parser leaves the URL out, so either form is accepted as it was given.
 */
export function withContentId(item: NewsItem): NewsItem {
  const text = item.paragraphs.join("\n");
  const fromContent = itemId({ date: item.date, title: item.title, text, url: item.url });
  if (item.id === fromContent || item.id === itemId({ date: item.date, title: item.title, text }))
    return item;
  return { ...item, id: fromContent };
}

/** Whitespace-folded text without a trailing ellipsis: what a teaser shares with its article. */
function flatText(paragraphs: readonly string[]): string {
  return paragraphs
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/\s*(…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/, "")
    .trim();
}

type Spans = NewsItem["spans"];
const SCALAR_FIELDS = [
  "date",
  "title",
  "category",
  "source",
  "url",
  "image",
] as const satisfies readonly (keyof Spans & keyof NewsItem)[];

/**
 * An update never loses what the archive knew: the incoming record wins field by field, but a
 * field it lacks (null, no authors, no enrichment) keeps the stored value with its span, and a
 * teaser of a stored article (its text a prefix of the stored text) keeps the article's text.
 *
 * @example
 * mergeItems(storedEnriched, sameItemWithoutEnrichment).enrichment; // the stored enrichment
 */
export function mergeItems(stored: NewsItem, incoming: NewsItem): NewsItem {
  const out: NewsItem = { ...incoming, spans: { ...incoming.spans } };
  for (const field of SCALAR_FIELDS) {
    if (incoming[field] === null && stored[field] !== null) {
      (out as Record<string, unknown>)[field] = stored[field];
      (out.spans as Record<string, unknown>)[field] = stored.spans[field];
      if (field === "date") out.dateText = stored.dateText;
    }
  }
  if (incoming.modified === null && stored.modified !== null) out.modified = stored.modified;
  if (!incoming.lang && stored.lang) out.lang = stored.lang;
  if (incoming.authors.length === 0 && stored.authors.length > 0) {
    out.authors = stored.authors;
    out.spans.authors = stored.spans.authors;
  }
  const storedText = flatText(stored.paragraphs);
  const incomingText = flatText(incoming.paragraphs);
  if (storedText.length > incomingText.length && storedText.startsWith(incomingText)) {
    out.paragraphs = stored.paragraphs;
    out.blocks = stored.blocks;
    out.spans.paragraphs = stored.spans.paragraphs;
  }
  const enrichment =
    (incoming as { enrichment?: unknown }).enrichment ?? (stored as { enrichment?: unknown }).enrichment;
  if (enrichment !== undefined) (out as { enrichment?: unknown }).enrichment = enrichment;
  return out;
}

/** A row's columns as a plain object (a LazyRow's derived ones read), to copy or spread. */
function plainRow(row: ItemRow): ItemRow {
  return {
    id: row.id,
    date: row.date,
    title: row.title,
    category: row.category,
    site: row.site,
    lang: row.lang,
    url: row.url,
    body: row.body,
    doc: row.doc,
    hash: row.hash,
    entities: row.entities,
  };
}

function emptyResult(): IngestResult {
  return { pages: 0, skippedPages: 0, items: 0, new: 0, updated: 0, duplicate: 0, sightings: 0 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one ingest of every engine: skips pages already stored (same source and content hash),
 * recomputes ids from content, allocates date-ordered keys, merges updates into what was stored,
 * and records sightings, in transactions of at most `transactionItems` items.
 */
export async function ingestPages(
  writer: Writer,
  pages: readonly PageInput[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const limit = Math.max(1, options.transactionItems ?? DEFAULT_TRANSACTION_ITEMS);
  const result = emptyResult();
  let pageIndex = 0;
  let itemIndex = 0; // where the current page resumes in its next transaction
  while (pageIndex < pages.length) {
    if (pageIndex > 0 || itemIndex > 0) await sleep(options.yieldMs ?? DEFAULT_YIELD_MS);
    await writer.write(async (tx) => {
      const batch = new Batch(tx);
      while (pageIndex < pages.length && batch.size < limit) {
        const input = pages[pageIndex] as PageInput;
        const hash = input.contentHash ?? "";
        if (itemIndex === 0 && hash && (await tx.pageSeen(input.source, hash))) {
          result.skippedPages++;
          pageIndex++;
          continue;
        }
        const seen = input.seenAt ?? new Date().toISOString();
        const end = Math.min(input.page.items.length, itemIndex + (limit - batch.size));
        await batch.addItems(input.page.items.slice(itemIndex, end), input, seen, result);
        if (end < input.page.items.length) {
          itemIndex = end;
          break;
        }
        batch.addPage(input, hash, seen);
        result.pages++;
        pageIndex++;
        itemIndex = 0;
      }
      await batch.flush(result);
    });
  }
  return result;
}

/** What one transaction writes, gathered so that each kind of row is written in one call. */
class Batch {
  size = 0;
  // new items are written in key order at the end: FTS5 flushes its pending index whenever a
  // rowid goes backwards, and date-ordered keys arrive in any order (that halved ingest speed)
  private readonly fresh = new Map<string, NewRow>();
  private readonly changed = new Map<string, ChangedRow>();
  private readonly sightings: (Omit<SightingRow, "key"> & { id: string })[] = [];
  private readonly pages: PageRow[] = [];
  // next free key per minute, valid inside this transaction only (another writer may follow)
  private readonly nextKey = new Map<number, number>();
  private readonly stored = new Map<string, { key: number; hash: string }>();
  private readonly bases = new Map<string | null, number>();

  constructor(private readonly tx: WriteTx) {}

  async addItems(items: readonly NewsItem[], input: PageInput, seen: string, result: IngestResult) {
    // new items' documents, hashes and texts are derived when the engine writes them (LazyRow)
    const rows = items.map((item) => new LazyRow(withContentId(item), input.page));
    const unknown = rows.filter((r) => !this.fresh.has(r.id) && !this.stored.has(r.id)).map((r) => r.id);
    if (unknown.length > 0) for (const [id, k] of await this.tx.known(unknown)) this.stored.set(id, k);
    const needDocs = rows.filter((r) => {
      const stored = this.stored.get(r.id);
      return stored && stored.hash !== r.hash && !this.changed.has(r.id);
    });
    const docs =
      needDocs.length > 0 ? await this.tx.docs(needDocs.map((r) => r.id)) : new Map<string, string>();
    // the last key of every minute band these items may need, in one round trip
    const bases = new Set<number>();
    for (const r of rows) {
      const base = this.baseOf(r.date);
      if (!this.stored.has(r.id) && !this.nextKey.has(base)) bases.add(base);
    }
    if (bases.size > 0) {
      const last = await this.tx.lastKeys([...bases]);
      for (const base of bases) {
        const key = last.get(base);
        this.nextKey.set(base, key !== undefined ? key + 1 : base === 0 ? 1 : base);
      }
    }
    for (const incoming of rows) {
      result.items++;
      this.size++;
      const pending = this.fresh.get(incoming.id) ?? this.changed.get(incoming.id);
      const stored = this.stored.get(incoming.id);
      if (pending) {
        const row = this.merge(pending.doc, incoming, input.page);
        if (row.hash === pending.hash) result.duplicate++;
        else {
          // a fresh row is replaced, not assigned to: a LazyRow's derived columns are read-only
          const key = await this.keyFor(pending.key, row.date);
          const fresh = this.fresh.get(incoming.id);
          if (fresh) this.fresh.set(incoming.id, { ...row, key, firstSeen: fresh.firstSeen });
          else this.changed.set(incoming.id, { ...row, key, oldKey: (pending as ChangedRow).oldKey });
          result.updated++;
        }
      } else if (!stored) {
        const key = this.nextFree(incoming.date) ?? (await this.allocate(incoming.date));
        // the row was made for this item just above: completed in place rather than copied
        const row = incoming as LazyRow as unknown as NewRow;
        row.key = key;
        row.firstSeen = seen;
        this.fresh.set(incoming.id, row);
        result.new++;
      } else if (stored.hash === incoming.hash) {
        result.duplicate++;
      } else {
        const doc = docs.get(incoming.id);
        // a plain row: the changed row below is a copy of its columns
        const row = doc ? this.merge(doc, incoming, input.page) : plainRow(incoming);
        if (row.hash === stored.hash) result.duplicate++;
        else {
          const key = await this.keyFor(stored.key, row.date);
          this.changed.set(incoming.id, { ...row, key, oldKey: stored.key });
          result.updated++;
        }
      }
      this.sightings.push({ id: incoming.id, source: input.source, pageUrl: input.page.url, seenAt: seen });
    }
  }

  private merge(storedDoc: string, incoming: ItemRow, page: NewsPage): ItemRow {
    const merged = mergeItems(JSON.parse(storedDoc) as NewsItem, JSON.parse(incoming.doc) as NewsItem);
    return toRow(merged, page);
  }

  /** The key follows the stored date: a date moved out of its key's minute moves the item. */
  private async keyFor(key: number, date: string | null): Promise<number> {
    const base = this.baseOf(date);
    return key >= base && key <= keyTop(base) ? key : this.allocate(date);
  }

  /** The first key of a date's minute, remembered for the batch (dates repeat: one day, one page). */
  private baseOf(date: string | null): number {
    let base = this.bases.get(date);
    if (base === undefined) {
      base = keyBase(date);
      this.bases.set(date, base);
    }
    return base;
  }

  /** The next free key of a minute already read in this batch, or null when it must be read. */
  private nextFree(date: string | null): number | null {
    const base = this.baseOf(date);
    const next = this.nextKey.get(base);
    if (next === undefined || next > keyTop(base)) return null;
    this.nextKey.set(base, next + 1);
    return next;
  }

  private async allocate(date: string | null): Promise<number> {
    // the common case without a round trip (nor an await per item)
    const free = this.nextFree(date);
    if (free !== null) return free;
    for (let base = this.baseOf(date); ; base = keyTop(base) + 1) {
      let next = this.nextKey.get(base);
      if (next === undefined) {
        const last = (await this.tx.lastKeys([base])).get(base);
        next = last !== undefined ? last + 1 : base === 0 ? 1 : base;
      }
      // a full minute (16M items) spills into the next: order is then only nearly by date
      if (next <= keyTop(base)) {
        this.nextKey.set(base, next + 1);
        return next;
      }
    }
  }

  addPage(input: PageInput, hash: string, seen: string) {
    this.pages.push({
      source: input.source,
      hash,
      url: input.page.url,
      kind: input.page.kind,
      title: input.page.title,
      items: input.page.items.length,
      ingestedAt: seen,
    });
  }

  async flush(result: IngestResult) {
    const byKey = <T extends { key: number }>(rows: Iterable<T>) => [...rows].sort((a, b) => a.key - b.key);
    if (this.changed.size > 0) await this.tx.update(byKey(this.changed.values()));
    if (this.fresh.size > 0) await this.tx.insert(byKey(this.fresh.values()));
    // keys are read now: an item may have moved since it was seen (a date changed in this batch)
    const keyOf = (id: string) =>
      (this.fresh.get(id) ?? this.changed.get(id) ?? (this.stored.get(id) as { key: number })).key;
    // sightings of the items inserted just now cannot be recorded yet: written without a look
    // keys seen per source (not a string per sighting, nor an object rest per row: both showed
    // in a bulk ingest's profile)
    const seenKeys = new Map<string, Set<number>>();
    const ofNew: SightingRow[] = [];
    const ofStored: SightingRow[] = [];
    for (const s of this.sightings) {
      const key = keyOf(s.id);
      let keys = seenKeys.get(s.source);
      if (!keys) {
        keys = new Set();
        seenKeys.set(s.source, keys);
      }
      if (keys.has(key)) continue;
      keys.add(key);
      const row: SightingRow = { key, source: s.source, pageUrl: s.pageUrl, seenAt: s.seenAt };
      (this.fresh.has(s.id) ? ofNew : ofStored).push(row);
    }
    let sightings = ofNew.length > 0 ? await this.tx.addSightings(byKey(ofNew), true) : 0;
    if (ofStored.length > 0) sightings += await this.tx.addSightings(byKey(ofStored));
    result.sightings += sightings;
    if (this.pages.length > 0) await this.tx.addPages(this.pages);
    if (this.pages.length + this.changed.size + this.fresh.size + sightings > 0) await this.tx.bumpVersion();
  }
}
