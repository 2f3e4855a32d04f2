import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type Database from "better-sqlite3";
import type { ArchiveDriver, BackupResult, FacetField, Match, RankedPage } from "../archive.js";
import { type StoredRow, withSightings } from "../copy.js";
import { ArchiveError } from "../errors.js";
import type { PageRow, WriteTx } from "../ingest.js";
import { keyTop } from "../key.js";
import { loadOptional } from "../optional.js";
import type { SearchPlan } from "../plan.js";
import { hasPrefix, indexText, type Stemming } from "../query.js";
import type { DocRow, ItemRow, SummaryRow } from "../record.js";
import type { ArchiveStats, CheckResult, FacetCount, ItemFlags, Sighting } from "../types.js";
import { type Checkpointer, startCheckpointer } from "./checkpointer.js";
import { excludedFts, toFts } from "./fts.js";
import { SQLITE_MIGRATIONS } from "./migrations.js";

/** How long a read waits on a lock (WAL readers rarely wait: recovery, a checkpoint's restart). */
const READ_BUSY_TIMEOUT_MS = 5_000;
/** WAL pages (4 KiB) between automatic checkpoints of a writing connection: 64 MiB. */
const WAL_CHECKPOINT_PAGES = 16_384;

/** "NEWS" in ASCII: marks a SQLite file as ours, so a foreign database is refused, not altered. */
const APPLICATION_ID = 0x4e455753;

export interface SqliteOptions {
  path: string;
  /** Open without writing (no migrations): for readers beside a running ingest. */
  readonly?: boolean;
  /** How long a write waits for another process's write lock before `busy` (default 60 s). */
  lockWaitMs?: number;
  /** Stemming of a new archive (recorded in its schema; an existing archive keeps its own). */
  stemming?: Stemming;
}

/**
 * The SQLite driver: opens (creating when missing) an archive file and brings its schema up to
 * date. better-sqlite3 is loaded here, on first use.
 *
 * @example
 * const archive = createArchive(await sqliteDriver({ path: "/tmp/news.db" }));
 */
export async function sqliteDriver(options: SqliteOptions): Promise<ArchiveDriver> {
  const mod = await loadOptional("better-sqlite3", "SQLite", () => import("better-sqlite3"));
  const open = (mod as { default?: typeof Database }).default ?? (mod as unknown as typeof Database);
  return guard(() => new SqliteDriver(open, options));
}

class SqliteDriver implements ArchiveDriver {
  readonly engine = "sqlite" as const;
  readonly location: string;
  readonly schemaVersion: number;
  readonly stemming: Stemming = null;
  private readonly db: Database.Database;
  private readonly path: string;
  private readonly lockWaitMs: number;
  private readonly writable: boolean;

  constructor(
    private readonly open: typeof Database,
    { path, readonly: asked = false, lockWaitMs = 60_000, stemming = null }: SqliteOptions,
  ) {
    this.path = path;
    this.lockWaitMs = lockWaitMs;
    this.location = path;
    const exists = path !== ":memory:" && existsSync(path);
    if (exists && !statSync(path).isFile()) {
      // SQLite would open /dev/null and leave /dev/null-journal beside it: refused before opening
      throw new ArchiveError(
        "not-an-archive",
        `${path}: not a regular file (a device, folder, FIFO or socket cannot hold an archive)`,
      );
    }
    if (asked && path !== ":memory:" && (!exists || statSync(path).size === 0)) {
      throw new ArchiveError("no-archive", `${path}: no archive here yet (news ingest creates it)`);
    }
    if (!asked && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    // a healthy archive in a read-only file or folder is still readable and checkable
    const readonly = asked || (exists && !writable(path));
    this.writable = !readonly;
    try {
      this.db = new this.open(path, { readonly, fileMustExist: readonly, timeout: READ_BUSY_TIMEOUT_MS });
    } catch (error) {
      throw mapError(error, path);
    }
    try {
      // a file that is not SQLite fails on its first read, which is this one; both in one read
      // transaction: a writer creating the archive meanwhile commits its tables and its id together,
      // and read apart they showed a reader the tables without the id ("not a news archive")
      const { appId, tables } = this.db.transaction(() => ({
        appId: this.db.pragma("application_id", { simple: true }) as number,
        tables: (this.db.prepare("select count(*) as n from sqlite_master").get() as { n: number }).n,
      }))();
      if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
        throw new ArchiveError("foreign-database", `${path}: a SQLite database that is not a news archive`);
      }
      if (!readonly) {
        this.db.pragma("journal_mode = WAL");
        // WAL + NORMAL: a killed process loses nothing committed; only a power cut may lose the last commits
        this.db.pragma("synchronous = NORMAL");
        // items land at date-ordered keys, so a batch dirties pages all over five b-trees: a
        // checkpoint every 64 MiB of WAL (not 4 MiB) writes a page hit by several batches once,
        // and a writer's larger cache keeps more of those b-trees (together: ingest in 0.80-0.83 of
        // the time at 200,000 teasers); the WAL file is cut back to 64 MiB after a checkpoint
        this.db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
        this.db.pragma(`journal_size_limit = ${WAL_CHECKPOINT_PAGES * 4096}`);
      }
      this.db.pragma(`cache_size = ${readonly ? -65536 : -262144}`);
      this.db.pragma("temp_store = MEMORY");
      this.schemaVersion = readonly ? this.userVersion() : this.migrate(stemming);
      if (this.schemaVersion >= 2) {
        const row = this.db.prepare("select value from meta where key = 'stemming_english'").get();
        this.stemming = row ? "english" : null;
      }
      if (this.schemaVersion === 0) {
        // a reader that came before the first writer finished creating the schema
        throw new ArchiveError("no-archive", `${path}: no archive here yet (news ingest creates it)`);
      }
    } catch (error) {
      this.db.close();
      throw mapError(error, path);
    }
  }

  private userVersion(): number {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  private migrate(stemming: Stemming): number {
    const latest = SQLITE_MIGRATIONS.length;
    const current = this.userVersion();
    if (current > latest) {
      throw new ArchiveError(
        "newer-schema",
        `${this.path}: written by a newer @news/archive (schema ${current}, this one knows ${latest})`,
      );
    }
    for (let v = current; v < latest; v++) {
      // immediate: two processes opening a fresh file at once must not both run a step
      this.db
        .transaction(() => {
          if (this.userVersion() !== v) return;
          this.db.exec(SQLITE_MIGRATIONS[v] as string);
          this.db.pragma(`application_id = ${APPLICATION_ID}`);
          this.db.pragma(`user_version = ${v + 1}`);
        })
        .immediate();
    }
    // chosen when the archive is created, never changed after: its index holds stems or words
    if (current === 0 && stemming === "english") {
      this.db.prepare("insert or ignore into meta (key, value) values ('stemming_english', 1)").run();
    }
    return latest;
  }

  async exportItems(afterKey: number, limit: number, docs = true): Promise<StoredRow[]> {
    return guard(() => {
      const rows = this.prepare(
        `select i.key, i.id, i.date, i.title, i.category, i.site, i.lang, i.url, i.hash, i.first_seen,
           ${this.schemaVersion >= 2 ? "i.read, i.starred" : "0 as read, 0 as starred"},
           ${docs ? "d.doc from items i join docs d on d.rowid = i.doc_id" : "'' as doc from items i"}
         where i.key > ? order by i.key limit ?`,
      ).all(afterKey, limit) as Omit<StoredRow, "sightings">[];
      const last = rows.at(-1);
      const seen = last
        ? (this.prepare(
            "select item_key, source, page_url, seen_at from sightings where item_key > ? and item_key <= ?",
          ).all(afterKey, last.key) as {
            item_key: number;
            source: string;
            page_url: string | null;
            seen_at: string;
          }[])
        : [];
      return withSightings(rows, seen);
    }, this.path);
  }

  async exportPages(offset: number, limit: number): Promise<PageRow[]> {
    return guard(
      () =>
        this.prepare(
          `select source, hash, url, kind, title, items, ingested_at as ingestedAt from pages
           order by source, hash limit ? offset ?`,
        ).all(limit, offset) as PageRow[],
      this.path,
    );
  }

  private readonly stmts = new Map<string, Database.Statement>();
  private prepare(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  // one write transaction at a time on this connection; others of this process queue here
  private writing: Promise<unknown> = Promise.resolve();
  private writes = 0;
  private checkpointer: Checkpointer | null = null;

  async write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    const run = this.writing.then(() => this.writeNow(fn));
    this.writing = run.catch(() => {});
    return run;
  }

  private async writeNow<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    if (!this.writable) {
      throw new ArchiveError(
        "read-only",
        `${this.path}: the archive is open read-only (or its file or folder is)`,
      );
    }
    // a second write is a bulk ingest under way (one page never pays for a thread)
    if (++this.writes === 2 && this.path !== ":memory:") {
      this.checkpointer = startCheckpointer(this.path);
      // the thread checkpoints; the writer's own automatic ones only if it falls far behind
      if (this.checkpointer) this.db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES * 4}`);
    }
    await this.begin();
    try {
      const out = await fn(this.tx);
      this.db.exec("commit");
      return out;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec("rollback");
      throw mapError(error, this.path);
    }
  }

  /**
   * Takes the write lock, waiting with a bounded back-off while another process holds it (its
   * transactions are short: ingest commits every few thousand items), then `busy`.
   */
  private async begin(): Promise<void> {
    const deadline = Date.now() + this.lockWaitMs;
    // SQLite's own busy handler sleeps synchronously, blocking the event loop: a short one here,
    // the rest of the wait asynchronous
    this.db.pragma("busy_timeout = 20");
    try {
      for (let pause = 5; ; pause = Math.min(pause * 2, 250)) {
        try {
          this.db.exec("begin immediate");
          return;
        } catch (error) {
          const code = (error as { code?: string }).code ?? "";
          if (!code.startsWith("SQLITE_BUSY") || Date.now() + pause > deadline)
            throw mapError(error, this.path);
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    } finally {
      this.db.pragma(`busy_timeout = ${READ_BUSY_TIMEOUT_MS}`);
    }
  }

  private readonly tx: WriteTx = {
    pageSeen: async (source, hash) =>
      this.prepare("select 1 from pages where source = ? and hash = ?").get(source, hash) !== undefined,
    known: async (ids) => {
      const rows = this.prepare(
        "select id, key, hash from items where id in (select value from json_each(?))",
      ).all(JSON.stringify(ids)) as { id: string; key: number; hash: string }[];
      return new Map(rows.map((r) => [r.id, { key: r.key, hash: r.hash }]));
    },
    docs: async (ids) => {
      const rows = this.prepare(
        "select i.id, d.doc from items i join docs d on d.rowid = i.doc_id where i.id in (select value from json_each(?))",
      ).all(JSON.stringify(ids)) as { id: string; doc: string }[];
      return new Map(rows.map((r) => [r.id, r.doc]));
    },
    lastKeys: async (bases) => {
      const last = this.prepare("select key from items where key between ? and ? order by key desc limit 1");
      const out = new Map<number, number>();
      for (const base of bases) {
        const row = last.get(base, keyTop(base)) as { key: number } | undefined;
        if (row) out.set(base, row.key);
      }
      return out;
    },
    insert: async (rows) => {
      const insertDoc = this.prepare("insert into docs (doc) values (?)");
      // positional parameters: binding 13 named ones from a fresh object per row cost more than
      // the insert itself
      const insertItem = this.prepare(
        `insert into items (key, id, date, title, category, site, lang, url, doc_id, hash, first_seen, read, starred)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const row of rows) {
        const docId = insertDoc.run(row.doc).lastInsertRowid;
        insertItem.run(
          row.key,
          row.id,
          row.date,
          row.title,
          row.category,
          row.site,
          row.lang?.toLowerCase() ?? null,
          row.url,
          docId,
          row.hash,
          row.firstSeen,
          row.read ? 1 : 0,
          row.starred ? 1 : 0,
        );
        this.index(row.key, row);
      }
    },
    update: async (rows) => {
      const updateItem = this.prepare(
        `update items set key = @key, date = @date, title = @title, category = @category, site = @site,
         lang = @lang, url = @url, hash = @hash where key = @oldKey returning doc_id`,
      );
      const updateDoc = this.prepare("update docs set doc = ? where rowid = ?");
      const dropText = this.prepare("delete from items_fts where rowid = ?");
      const dropEntities = this.prepare("delete from item_entities where item_key = ?");
      const moveSightings = this.prepare("update sightings set item_key = ? where item_key = ?");
      for (const row of rows) {
        const { doc_id } = updateItem.get({ ...rowParams(row), key: row.key, oldKey: row.oldKey }) as {
          doc_id: number;
        };
        updateDoc.run(row.doc, doc_id);
        dropText.run(row.oldKey);
        dropEntities.run(row.oldKey);
        if (row.key !== row.oldKey) moveSightings.run(row.key, row.oldKey);
        this.index(row.key, row);
      }
    },
    addSightings: async (rows) => {
      const sighting = this.prepare(
        "insert or ignore into sightings (item_key, source, page_url, seen_at) values (?, ?, ?, ?)",
      );
      let added = 0;
      for (const r of rows) added += sighting.run(r.key, r.source, r.pageUrl, r.seenAt).changes;
      return added;
    },
    addPages: async (rows) => {
      const page = this.prepare(
        "insert or ignore into pages (source, hash, url, kind, title, items, ingested_at) values (?, ?, ?, ?, ?, ?, ?)",
      );
      for (const r of rows) page.run(r.source, r.hash, r.url, r.kind, r.title, r.items, r.ingestedAt);
    },
    bumpVersion: async () => this.bumpVersion(),
  };

  /** The full-text row and entity rows of an item. */
  private index(key: number, row: ItemRow): void {
    this.prepare("insert into items_fts (rowid, title, body) values (?, ?, ?)").run(
      key,
      row.title === null ? null : this.indexed(row.title),
      this.indexed(row.body),
    );
    if (row.entities.length === 0) return;
    const entity = this.prepare("insert or ignore into item_entities (entity, item_key) values (?, ?)");
    for (const e of row.entities) entity.run(e, key);
  }

  /** `indexText`, skipped for text FTS5 splits as it is (no stemming, no Chinese or Japanese). */
  private indexed(text: string): string {
    return this.stemming || MAYBE_CJK.test(text) ? indexText(text, this.stemming) : text;
  }

  private get flagColumns(): string {
    // an archive opened read-only may predate the flags (schema 1): it reads as all unread
    return this.schemaVersion >= 2 ? "i.read, i.starred" : "0 as read, 0 as starred";
  }

  private get docColumns(): string {
    return `i.key, i.id, d.doc, i.site, i.first_seen, ${this.flagColumns}`;
  }

  async docsByKeys(keys: readonly number[]): Promise<DocRow[]> {
    return this.docsWhere("i.key", keys);
  }

  async docsByIds(ids: readonly string[]): Promise<DocRow[]> {
    return this.docsWhere("i.id", ids);
  }

  async summariesByKeys(keys: readonly number[]): Promise<SummaryRow[]> {
    if (keys.length === 0) return [];
    return guard(() => {
      // the document's lang and paragraphs picked out by SQLite's JSON reader (one parse of the
      // document for both): list rows never build the whole stored item (spans, blocks, enrichment)
      const rows = this.prepare(
        `select i.key, i.id, i.date, i.title, i.category, i.site,
           json_extract(d.doc, '$.lang', '$.paragraphs') as body, ${this.flagColumns}
         from items i join docs d on d.rowid = i.doc_id where i.key in (select value from json_each(?))`,
      ).all(JSON.stringify(keys)) as SummaryRow[];
      for (const row of rows) {
        const [lang, paragraphs] = JSON.parse(row.body) as [string | null, string[]];
        row.lang = lang ?? null;
        row.body = paragraphs.join("\n\n");
      }
      return rows;
    }, this.path);
  }

  private docsWhere(column: "i.key" | "i.id", values: readonly (string | number)[]): DocRow[] {
    if (values.length === 0) return [];
    return guard(
      () =>
        this.prepare(
          `select ${this.docColumns} from items i join docs d on d.rowid = i.doc_id
           where ${column} in (select value from json_each(?))`,
        ).all(JSON.stringify(values)) as DocRow[],
      this.path,
    );
  }

  async sightings(id: string): Promise<Sighting[]> {
    return guard(() => {
      const rows = this.prepare(
        `select s.source, s.page_url, s.seen_at from sightings s join items i on i.key = s.item_key
         where i.id = ? order by s.seen_at, s.source`,
      ).all(String(id)) as { source: string; page_url: string | null; seen_at: string }[];
      return rows.map((r) => ({ source: r.source, pageUrl: r.page_url, seenAt: r.seen_at }));
    }, this.path);
  }

  /** Filters on the items table `i`, shared by searches and facets. */
  private filterSql(plan: SearchPlan, keyColumn: string, below = false): { sql: string; params: unknown[] } {
    // no range when there is no date filter: FTS5 then ranks exactly as a bare query would;
    // `below`: the upper bound alone (a window's matches are the newest ones below its top)
    const ranged = below
      ? plan.hi < Number.MAX_SAFE_INTEGER
      : plan.lo > 0 || plan.hi < Number.MAX_SAFE_INTEGER;
    const where: string[] = ranged ? [below ? `${keyColumn} <= ?` : `${keyColumn} between ? and ?`] : ["1"];
    const params: unknown[] = ranged ? (below ? [rowid(plan.hi)] : [rowid(plan.lo), rowid(plan.hi)]) : [];
    const add = (clause: string, value: unknown) => {
      where.push(clause);
      params.push(value);
    };
    const { category, site, lang, entity } = plan.filters;
    if (category) add("i.category = ? collate nocase", category);
    if (site) add("i.site = ?", site);
    if (lang) add("i.lang = ?", lang);
    if (entity) add("i.key in (select item_key from item_entities where entity = ?)", entity);
    return { sql: where.join(" and "), params };
  }

  async matches(plan: SearchPlan, limit: number): Promise<Match[]> {
    return guard(() => this.matchesNow(plan, limit), this.path);
  }

  async matchKeysAt(plan: SearchPlan, offset: number, limit: number): Promise<number[]> {
    const text = plan.text;
    if (!text || plan.negativeOnly) return []; // nothing to rank: no window either
    return guard(() => {
      const filter = this.filterSql(plan, "f.rowid");
      const join = filter.sql.includes("i.") ? "join items i on i.key = f.rowid" : "";
      // a backwards walk of the doclists, like newest first: ~1 ms per 20,000 matches
      const rows = this.prepare(
        `select f.rowid as key from items_fts f ${join} where items_fts match ? and ${filter.sql}
         order by f.rowid desc limit ? offset ?`,
      ).all(toFts(text), ...filter.params, limit, offset) as { key: number }[];
      return rows.map((r) => r.key);
    }, this.path);
  }

  /**
   * The first page of a relevance search for a prefix, in one pass over its matches: FTS5 merges
   * the doclists of every word a prefix begins in each statement (~7 ms at 1M articles for one in
   * 5% of them), which the edge, the newest match and the ranking would each do again. Otherwise
   * (one doclist each, and a date range's top reached by a seek) the three statements are cheaper
   * than this one's materialised, numbered window: null then (a common word in 2010 at 1M
   * articles: 32 / 45 ms p50 / p99 in three, 42 / 68 in one, alternating in one process).
   */
  async firstRankedPage(plan: SearchPlan, window: number, limit: number): Promise<RankedPage | null> {
    const text = plan.text;
    if (!text || plan.negativeOnly || !hasPrefix(text)) return null;
    return guard(() => {
      const filter = this.filterSql(plan, "f.rowid");
      const join = filter.sql.includes("i.") ? "join items i on i.key = f.rowid" : "";
      // the window's matches and one more (whose presence says more matched than the window
      // holds), scored once; the page is their best but that one, the edges come from aggregates
      // over them (numbering the rows by a window function sorted and read them twice more)
      const rows = this.prepare(
        `with m as materialized (
           select f.rowid as key, -bm25(items_fts, 4.0, 1.0) as score from items_fts f ${join}
           where items_fts match ? and ${filter.sql} order by f.rowid desc limit ?),
         e as materialized (select count(*) as n, max(key) as t, min(key) as past from m)
         select * from (select key, score, 0 as edge from m, e where n <= ? or key > past
           order by score desc, key desc limit ?)
         union all select t, n, 1 from e
         union all select min(key), 0, 2 from m, e where n > ? and key > past`,
      ).all(toFts(text), ...filter.params, window + 1, window, limit, window) as (Match & { edge: number })[];
      // edge 1: the newest key and how many were read; edge 2: the oldest key of a full window
      const read = rows.find((r) => r.edge === 1);
      const oldest = rows.find((r) => r.edge === 2)?.key;
      const edges =
        read && read.key !== null && (read.score ?? 0) > window && oldest != null
          ? { w: oldest, t: read.key }
          : null;
      return {
        window: edges,
        matches: rows.filter((r) => r.edge === 0).map((r) => ({ key: r.key, score: r.score })),
      };
    }, this.path);
  }

  private matchesNow(plan: SearchPlan, limit: number): Match[] {
    const after = plan.after;
    if (plan.text && !plan.negativeOnly) {
      const filter = this.filterSql(plan, "f.rowid");
      const join = filter.sql.includes("i.") ? "join items i on i.key = f.rowid" : "";
      if (plan.sort === "relevance" && plan.windowMatches) {
        // a window: its matches are the newest ones below its top, read down from there
        const below = this.filterSql(plan, "f.rowid", true);
        const join = below.sql.includes("i.") ? "join items i on i.key = f.rowid" : "";
        const keyset = after && "r" in after ? "and (score < ? or (score = ? and key < ?))" : "";
        return this.prepare(
          `select key, score from (
             select f.rowid as key, -bm25(items_fts, 4.0, 1.0) as score from items_fts f ${join}
             where items_fts match ? and ${below.sql} order by f.rowid desc limit ?
           ) where key >= ? ${keyset} order by score desc, key desc limit ?`,
        ).all(
          toFts(plan.text),
          ...below.params,
          plan.windowMatches,
          rowid(plan.lo),
          ...(after && "r" in after ? [after.s, after.s, rowid(after.k)] : []),
          limit,
        ) as Match[];
      }
      if (plan.sort === "relevance") {
        // score = -bm25 (higher is better); ties broken by key so pages never repeat or skip
        const keyset = after && "r" in after ? "where score < ? or (score = ? and key < ?)" : "";
        const rows = this.prepare(
          // bm25() spelled out: ORDER BY a configured `rank` was half again slower
          `select key, score from (
             select f.rowid as key, -bm25(items_fts, 4.0, 1.0) as score from items_fts f ${join}
             where items_fts match ? and ${filter.sql}
           ) ${keyset} order by score desc, key desc limit ?`,
        ).all(
          toFts(plan.text),
          ...filter.params,
          ...(after && "r" in after ? [after.s, after.s, rowid(after.k)] : []),
          limit,
        ) as Match[];
        return rows;
      }
      // the full-text index hands back keys newest first and stops at the limit: no sort of all hits
      const keys = this.prepare(
        `select f.rowid as key from items_fts f ${join}
         where items_fts match ? and ${filter.sql} ${after ? "and f.rowid < ?" : ""}
         order by f.rowid desc limit ?`,
      ).all(toFts(plan.text), ...filter.params, ...(after ? [rowid(after.k)] : []), limit) as {
        key: number;
      }[];
      return keys.map((k) => ({ key: k.key, score: null }));
    }
    const filter = this.filterSql(plan, "i.key");
    const exclude =
      plan.text && plan.negativeOnly
        ? "and i.key not in (select rowid from items_fts where items_fts match ?)"
        : "";
    const keys = this.prepare(
      `select i.key from items i where ${filter.sql} ${after ? "and i.key < ?" : ""} ${exclude}
       order by i.key desc limit ?`,
    ).all(
      ...filter.params,
      ...(after ? [rowid(after.k)] : []),
      ...(exclude && plan.text ? [excludedFts(plan.text)] : []),
      limit,
    ) as { key: number }[];
    return keys.map((k) => ({ key: k.key, score: null }));
  }

  /**
   * The FROM … WHERE of a plan's matches over items `i`, for counts and facets. A count of a
   * text query without filters on items' columns reads the full-text index alone (`items` is
   * then not joined: probing it once a match cost ~90x the count, 95 ms vs 1 ms for 17,000
   * matches of 100,000 items); facets group by items' columns and always join it.
   */
  private matchSet(plan: SearchPlan, grouped = true): { from: string; params: unknown[] } {
    if (plan.text && !plan.negativeOnly) {
      const filter = this.filterSql(plan, "f.rowid");
      const join = grouped || filter.sql.includes("i.") ? "join items i on i.key = f.rowid" : "";
      return {
        from: `items_fts f ${join} where items_fts match ? and ${filter.sql}`,
        params: [toFts(plan.text), ...filter.params],
      };
    }
    const filter = this.filterSql(plan, "i.key");
    if (!plan.text) return { from: `items i where ${filter.sql}`, params: filter.params };
    return {
      from: `items i where ${filter.sql} and i.key not in (select rowid from items_fts where items_fts match ?)`,
      params: [...filter.params, excludedFts(plan.text)],
    };
  }

  async count(plan: SearchPlan): Promise<number> {
    return guard(() => {
      const { from, params } = this.matchSet(plan, false);
      return (this.prepare(`select count(*) as n from ${from}`).get(...params) as { n: number }).n;
    }, this.path);
  }

  async group(plan: SearchPlan, field: FacetField, limit: number): Promise<FacetCount[]> {
    return guard(() => {
      const { from, params } = this.matchSet(plan);
      const expr = FACET_SQL[field];
      return (
        this.prepare(
          `select ${expr} as value, count(*) as count from ${from} and ${expr} is not null
           group by 1 order by 2 desc, 1 limit ?`,
        ).all(...params, limit) as FacetCount[]
      ).map((r) => ({ value: String(r.value), count: r.count }));
    }, this.path);
  }

  async stats(): Promise<Omit<ArchiveStats, "engine" | "location" | "schemaVersion" | "stemming">> {
    // one read transaction: every figure comes from the same snapshot, even beside a running ingest
    return guard(() => this.db.transaction(() => this.statsNow())(), this.path);
  }

  private statsNow(): Omit<ArchiveStats, "engine" | "location" | "schemaVersion" | "stemming"> {
    const one = (sql: string) => this.prepare(sql).get() as Record<string, number | string | null>;
    const dates = one(
      "select min(date) as first, max(date) as last, sum(date is null) as undated, count(*) as n from items",
    );
    const group = (col: string) =>
      this.prepare(
        `select ${col} as value, count(*) as count from items where ${col} is not null group by 1 order by 2 desc, 1 limit 20`,
      ).all() as FacetCount[];
    let size: number | null = null;
    if (this.path !== ":memory:") {
      size = 0;
      for (const suffix of ["", "-wal"]) {
        try {
          size += statSync(this.path + suffix).size;
        } catch {}
      }
    }
    return {
      items: Number(dates.n ?? 0),
      pages: Number(one("select count(*) as n from pages").n),
      sightings: Number(one("select count(*) as n from sightings").n),
      firstDate: (dates.first as string | null) ?? null,
      lastDate: (dates.last as string | null) ?? null,
      undated: Number(dates.undated ?? 0),
      sizeBytes: size,
      byLang: group("lang"),
      bySite: group("site"),
    };
  }

  async check(): Promise<CheckResult> {
    return guard(() => {
      const problems: string[] = [];
      const rows = this.db.pragma("integrity_check") as { integrity_check: string }[];
      for (const r of rows) if (r.integrity_check !== "ok") problems.push(r.integrity_check);
      // FTS5's own check is a write command (it changes nothing): run on a writing connection,
      // a second one when this one reads only; on a read-only file integrity_check above covers
      // the index's tables, not their agreement with the items
      const canWrite = this.writable || (this.path !== ":memory:" && writable(this.path));
      if (canWrite) {
        const db = this.writable ? this.db : new this.open(this.path, { fileMustExist: true });
        try {
          db.prepare("insert into items_fts (items_fts, rank) values ('integrity-check', 1)").run();
        } catch (error) {
          problems.push(`full-text index: ${(error as Error).message}`);
        } finally {
          if (db !== this.db) db.close();
        }
      }
      const dup = this.db.prepare("select count(*) - count(distinct id) as n from items").get() as {
        n: number;
      };
      if (dup.n > 0) problems.push(`${dup.n} duplicate item ids`);
      const missing = this.db
        .prepare("select count(*) as n from items where doc_id not in (select rowid from docs)")
        .get() as { n: number };
      if (missing.n > 0) problems.push(`${missing.n} items without their document`);
      const orphans = this.db
        .prepare("select count(*) as n from sightings where item_key not in (select key from items)")
        .get() as { n: number };
      if (orphans.n > 0) problems.push(`${orphans.n} sightings of missing items`);
      return { ok: problems.length === 0, problems };
    }, this.path);
  }

  async setFlags(id: string, flags: ItemFlags): Promise<boolean> {
    return this.write(async () => {
      const changed = this.prepare(
        "update items set read = coalesce(?, read), starred = coalesce(?, starred) where id = ?",
      ).run(
        flags.read === undefined ? null : Number(flags.read),
        flags.starred === undefined ? null : Number(flags.starred),
        id,
      ).changes;
      if (changed > 0) this.bumpVersion();
      return changed > 0;
    });
  }

  private bumpVersion(): void {
    this.prepare("update meta set value = value + 1 where key = 'version'").run();
  }

  async pageSeen(source: string, hash: string): Promise<boolean> {
    return guard(
      () => this.prepare("select 1 from pages where source = ? and hash = ?").get(source, hash) !== undefined,
    );
  }

  async version(): Promise<string> {
    return guard(() => {
      if (this.schemaVersion < 2) {
        // an archive from before the counter: the newest key and the count change on every ingest
        const r = this.prepare("select count(*) as n, coalesce(max(key), 0) as k from items").get() as {
          n: number;
          k: number;
        };
        return `s1-${r.n}-${r.k}`;
      }
      const r = this.prepare("select value from meta where key = 'version'").get() as { value: number };
      return String(r.value);
    }, this.path);
  }

  /**
   * A consistent copy of the archive with SQLite's online backup API, taken while ingests go on
   * (WAL: the copy reads one snapshot, writers are not blocked). Written beside the destination
   * and renamed over it only once complete and checked.
   */
  async backup(destination: string): Promise<BackupResult> {
    if (this.path === ":memory:")
      throw new ArchiveError("invalid-option", "an in-memory archive has no file to back up");
    if (resolve(destination) === resolve(this.path)) {
      throw new ArchiveError(
        "invalid-option",
        `${destination}: the backup cannot replace the archive itself`,
      );
    }
    if (existsSync(destination) && !statSync(destination).isFile()) {
      throw new ArchiveError("invalid-option", `${destination}: not a regular file`);
    }
    const partial = join(dirname(destination), `.${basename(destination)}.${process.pid}.partial`);
    try {
      // the first step copies 100 pages, the next all the rest: another process's commit between
      // steps restarts a backup, and one long step reads one snapshot
      await this.db.backup(partial, { progress: ({ remainingPages }) => Math.max(remainingPages, 100) });
      const copy = new this.open(partial, { fileMustExist: true });
      let items: number;
      try {
        const problems = copy.pragma("quick_check") as { quick_check: string }[];
        if (problems.some((p) => p.quick_check !== "ok")) {
          throw new ArchiveError("corrupt-archive", `${destination}: the copy failed its check`);
        }
        items = (copy.prepare("select count(*) as n from items").get() as { n: number }).n;
        // a copy at rest in rollback-journal mode: readable from read-only media
        copy.pragma("journal_mode = DELETE");
      } finally {
        copy.close();
      }
      renameSync(partial, destination);
      return { items, bytes: statSync(destination).size };
    } catch (error) {
      rmSync(partial, { force: true });
      throw mapError(error, this.path);
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    await this.writing;
    await this.checkpointer?.stop();
    this.checkpointer = null;
    if (this.writable && this.path !== ":memory:") {
      // the last connection leaves the file in rollback-journal mode: a WAL file cannot be read
      // from a read-only folder (its -shm cannot be created). With other connections open this
      // is refused and the file stays in WAL mode, which the next writer sets again anyway
      try {
        await this.writing;
        this.db.pragma("busy_timeout = 0");
        this.db.pragma("journal_mode = DELETE");
      } catch {}
    }
    this.db.close();
  }
}

const FACET_SQL: Record<FacetField, string> = {
  category: "i.category",
  site: "i.site",
  month: "substr(i.date, 1, 7)",
  lang: "i.lang",
};

/** Whether this process may write the archive file and create its journal beside it. */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A key as a bound on FTS5's rowid. better-sqlite3 binds a JS number as a REAL, and FTS5 takes a
 * rowid bound only when its value is an INTEGER (`fts5GetRowidLimit`): given a REAL it walks the
 * doclists from their end and SQLite drops the rows outside the bound one by one (27 ms to reach
 * 2010 in a common word's doclist at 1M articles, against 1.1 ms seeking there by its index).
 * Keys are safe integers (key.ts), so the BigInt is exact.
 */
function rowid(key: number): bigint {
  return BigInt(key);
}

/**
 * Any UTF-16 unit from U+2E80 up (surrogates included): every Han, Hiragana and Katakana
 * character is there. A plain character class, so the common case (Latin text) costs a fast scan
 * instead of a Unicode script lookup per character.
 */
const MAYBE_CJK = /[\u2e80-\uffff]/;

function rowParams(row: ItemRow) {
  return {
    id: row.id,
    date: row.date,
    title: row.title,
    category: row.category,
    site: row.site,
    lang: row.lang?.toLowerCase() ?? null,
    url: row.url,
    hash: row.hash,
  };
}

function guard<T>(fn: () => T, path?: string): T {
  try {
    return fn();
  } catch (error) {
    throw mapError(error, path ?? "");
  }
}

function mapError(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("SQLITE_")) return error;
  const where = path ? `${path}: ` : "";
  if (code === "SQLITE_NOTADB") {
    return new ArchiveError("not-an-archive", `${where}not a news archive (not a SQLite database)`, {
      cause: error,
    });
  }
  if (code.startsWith("SQLITE_CORRUPT")) {
    return new ArchiveError(
      "corrupt-archive",
      `${where}the archive is damaged (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new ArchiveError("busy", `${where}another process holds the archive's write lock`, {
      cause: error,
    });
  }
  if (code.startsWith("SQLITE_READONLY")) {
    return new ArchiveError(
      "read-only",
      `${where}the archive cannot be written (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  if (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_IOERR")) {
    return new ArchiveError(
      "not-an-archive",
      `${where}cannot open the archive (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  return error;
}
