import { createHash } from "node:crypto";
import type { NewsItem } from "@news/core";
import type { ArchiveDriver } from "./archive.js";
import { ArchiveError } from "./errors.js";
import type { NewRow, PageRow, SightingRow } from "./ingest.js";
import { openDriver } from "./open.js";
import { planSearch } from "./plan.js";
import { entitiesOf, type ItemRow } from "./record.js";

/** An item as stored (its columns but the derived body and entities), with what the reader and the archive added: what a copy moves. */
export interface StoredRow extends Omit<ItemRow, "body" | "entities"> {
  key: number;
  first_seen: string;
  read: boolean | number;
  starred: boolean | number;
  sightings: Omit<SightingRow, "key">[];
}

export interface CopyProgress {
  /** Items copied so far, this run and the runs it resumes. */
  items: number;
  /** Items in the source. */
  total: number;
}

export interface CopyResult {
  items: number;
  sightings: number;
  pages: number;
  /** Items a previous, interrupted copy had already moved. */
  resumed: number;
  /** SHA-256 over every item (id, key, content hash, site, first seen, flags, sightings), equal on both sides. */
  checksum: string;
}

export interface CopyOptions {
  /** Items per transaction on the destination (default 5,000). */
  batchItems?: number;
  onProgress?: (progress: CopyProgress) => void;
}

const DEFAULT_BATCH = 5_000;

/**
 * Moves an archive to another location, SQLite to PostgreSQL or back: streaming (a batch of
 * items in memory at a time), resumable (run it again after an interruption: it continues after
 * the last item the destination holds) and verified (counts and a checksum of every stored item
 * compared at the end; a mismatch is an ArchiveError `copy-mismatch`). Keys are kept, so both
 * sides list, page and resume alike.
 *
 * @example
 * const result = await copyArchive("news.db", "postgres://news@db/news", { onProgress: console.log });
 */
export async function copyArchive(from: string, to: string, options: CopyOptions = {}): Promise<CopyResult> {
  const source = await openDriver(from, { readonly: true });
  try {
    // a new destination stems as its source does
    const destination = await openDriver(to, { stemming: source.stemming });
    try {
      return await copyBetween(source, destination, options);
    } finally {
      await destination.close();
    }
  } finally {
    await source.close();
  }
}

/** The last key a driver holds, or null when it is empty. */
async function lastKey(driver: ArchiveDriver): Promise<number | null> {
  const [last] = await driver.matches(planSearch({ limit: 1 }), 1);
  return last ? last.key : null;
}

export async function copyBetween(
  source: ArchiveDriver,
  destination: ArchiveDriver,
  options: CopyOptions = {},
): Promise<CopyResult> {
  const batch = Math.max(1, options.batchItems ?? DEFAULT_BATCH);
  const total = (await source.stats()).items;
  // resume only a copy of this very archive: the destination's last item is the source's
  let after = 0;
  let resumed = 0;
  const last = await lastKey(destination);
  if (last !== null) {
    const [mine] = await destination.exportItems(last - 1, 1);
    const [theirs] = await source.exportItems(last - 1, 1);
    if (!mine || !theirs || mine.key !== theirs.key || mine.id !== theirs.id) {
      throw new ArchiveError(
        "invalid-option",
        `${destination.location}: not empty, and not an interrupted copy of ${source.location}`,
      );
    }
    after = last;
    resumed = (await destination.stats()).items;
  }
  let copied = resumed;
  // the source's digest is taken from the rows as they are read for the copy (a resumed copy
  // reads the part copied before): the source is read once, unless it changed meanwhile
  const sourceVersion = await source.version();
  const read = new Digest();
  if (after > 0) await checksum(source, batch, read, after);
  // the next batch is read, in pieces, while the destination writes this one (each write still
  // commits before the next begins, so an interruption loses at most the batch in flight)
  let next = readBatch(source, after, batch, read);
  for (;;) {
    const { rows, items, sightings } = await next;
    if (rows.length === 0) break;
    after = (rows.at(-1) as StoredRow).key;
    const written = destination.write(async (tx) => {
      await tx.insert(items);
      // the sightings of items inserted just now: none is recorded yet
      await tx.addSightings(sightings, true);
      await tx.bumpVersion();
    });
    next = readBatch(source, after, batch, read);
    next.catch(() => {}); // a failed write stops the copy before this read is awaited
    await written;
    copied += rows.length;
    options.onProgress?.({ items: copied, total });
  }
  for (let offset = 0; ; offset += batch) {
    const pages: PageRow[] = await source.exportPages(offset, batch);
    if (pages.length === 0) break;
    await destination.write((tx) => tx.addPages(pages));
  }
  const unchanged = (await source.version()) === sourceVersion;
  const [mine, theirs] = (
    await Promise.all([unchanged ? read : checksum(source, batch), checksum(destination, batch)])
  ).map((digest) => digest.result()) as [
    { items: number; digest: string },
    { items: number; digest: string },
  ];
  const [a, b] = await Promise.all([source.stats(), destination.stats()]);
  if (
    mine.digest !== theirs.digest ||
    mine.items !== theirs.items ||
    a.pages !== b.pages ||
    a.sightings !== b.sightings
  ) {
    throw new ArchiveError(
      "copy-mismatch",
      `the copy differs from its source (items ${theirs.items}/${mine.items}, pages ${b.pages}/${a.pages}, sightings ${b.sightings}/${a.sightings}): run the copy again into an empty destination`,
    );
  }
  return { items: mine.items, sightings: a.sightings, pages: a.pages, resumed, checksum: mine.digest };
}

function toNewRow({ sightings: _sightings, first_seen, read, starred, ...row }: StoredRow): NewRow {
  const item = JSON.parse(row.doc) as NewsItem;
  return {
    ...row,
    body: item.paragraphs.join("\n\n"),
    entities: entitiesOf(item),
    firstSeen: first_seen,
    read: Boolean(read),
    starred: Boolean(starred),
  };
}

/** SHA-256 over stored items in key order: key, id, content hash, site, first seen, flags, sightings. */
class Digest {
  private readonly hash = createHash("sha256");
  private items = 0;

  add(rows: readonly StoredRow[]): void {
    for (const r of rows) {
      const seen = r.sightings.map((s) => `${s.source}\u0000${s.pageUrl ?? ""}\u0000${s.seenAt}`).sort();
      this.hash.update(
        JSON.stringify([
          r.key,
          r.id,
          r.hash,
          r.site,
          r.first_seen,
          Boolean(r.read),
          Boolean(r.starred),
          seen,
        ]),
      );
    }
    this.items += rows.length;
  }

  result(): { items: number; digest: string } {
    return { items: this.items, digest: this.hash.digest("hex") };
  }
}

/** Reads a driver's items in key order into a digest, all of them or those up to `upTo`. */
async function checksum(
  driver: ArchiveDriver,
  batch: number,
  digest = new Digest(),
  upTo = Number.POSITIVE_INFINITY,
): Promise<Digest> {
  for (let after = 0; ; ) {
    const rows = (await driver.exportItems(after, batch, false)).filter((r) => r.key <= upTo);
    if (rows.length === 0) break;
    digest.add(rows);
    after = (rows.at(-1) as StoredRow).key;
  }
  return digest;
}

/** Items read per source query: between two, the destination's write gets the event loop. */
const READ_PIECE = 500;

/**
 * The next batch from the source, as stored and as rows to write, added to the source's digest.
 * Read in pieces with a turn of the event loop between them: a synchronous source (SQLite)
 * would otherwise hold up the destination's COPY, which is fed from the same thread.
 */
async function readBatch(
  source: ArchiveDriver,
  after: number,
  batch: number,
  digest: Digest,
): Promise<{ rows: StoredRow[]; items: NewRow[]; sightings: SightingRow[] }> {
  const rows: StoredRow[] = [];
  const items: NewRow[] = [];
  const sightings: SightingRow[] = [];
  while (rows.length < batch) {
    const wanted = Math.min(READ_PIECE, batch - rows.length);
    const piece = await source.exportItems(after, wanted);
    digest.add(piece);
    for (const row of piece) {
      rows.push(row);
      items.push(toNewRow(row));
      for (const s of row.sightings) sightings.push({ key: row.key, ...s });
    }
    if (piece.length < wanted) break;
    after = (piece.at(-1) as StoredRow).key;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { rows, items, sightings };
}

/** Attaches each item's sightings (read in one query over the batch's key range) to it. */
export function withSightings(
  rows: Omit<StoredRow, "sightings">[],
  seen: { item_key: number; source: string; page_url: string | null; seen_at: string }[],
): StoredRow[] {
  const byKey = new Map<number, StoredRow["sightings"]>();
  for (const s of seen) {
    const key = Number(s.item_key);
    const list = byKey.get(key) ?? [];
    if (list.length === 0) byKey.set(key, list);
    list.push({ source: s.source, pageUrl: s.page_url, seenAt: s.seen_at });
  }
  return rows.map((r) => ({ ...r, key: Number(r.key), sightings: byKey.get(Number(r.key)) ?? [] }));
}
