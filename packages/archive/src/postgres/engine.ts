import type pg from "pg";
import type { ArchiveDriver, FacetField, Match, RankedPage } from "../archive.js";
import { type StoredRow, withSightings } from "../copy.js";
import { ArchiveError } from "../errors.js";
import type { PageRow, SightingRow, WriteTx } from "../ingest.js";
import { KEYS_PER_MINUTE } from "../key.js";
import { redact } from "../location.js";
import { loadOptional } from "../optional.js";
import type { SearchPlan } from "../plan.js";
import { hasPrefix, type QueryNode, type Stemming } from "../query.js";
import type { DocRow, ItemRow, SummaryRow } from "../record.js";
import type { ArchiveStats, CheckResult, FacetCount, ItemFlags, Sighting } from "../types.js";
import {
  type BinaryType,
  type BinaryValue,
  type CopyFrom,
  copyBinary,
  loadCopyFrom,
  type TsvectorText,
} from "./copy-in.js";
import { itemsBetween, type KeyStats, keyAbove, readKeyStats } from "./key-stats.js";
import { type LexemeStats, lexemeShare, readLexemeStats } from "./lexeme-stats.js";
import { POSTGRES_MIGRATIONS } from "./migrations.js";
import { candidatesOf, hasPhrase, rarestCandidatesOf, shareOf, toTsquery } from "./tsquery.js";
import { lexemesOf, tsvectorLiteral } from "./tsvector.js";

const META = "news_archive_meta";
/** How many more items than the estimate of a query's share asks for the first span holds. */
const SPAN_MARGIN = 1.1;
/**
 * Relative costs (µs, measured at 1M items) of reading one item's row while walking the key index
 * and of one entry of a text index's posting list in a bitmap: the newest matches are walked to
 * when the walk reads fewer rows than the bitmap would cost.
 */
const WALK_ROW_COST = 6;
const POSTING_COST = 0.2;
/**
 * The walk's cost of a row when the table lies in key order (an archive written by `news archive
 * copy`, or an ingest of news as it is published): the rows it reads are neighbours, most on a page
 * read just before (1.1-1.4 µs a row at 1M teasers: 40,000 rows of 2010 in 45-48 ms). Between the
 * two, by the square of the key column's correlation, as the planner does.
 */
const ORDERED_WALK_ROW_COST = 1.2;
/** A prefix's postings cost more: every word it begins is looked up and their lists merged. */
const PREFIX_POSTING_COST = 1;
/**
 * A phrase's span of the newest items: reading one more item of it costs its key in the key
 * index's bitmap and, for a share of them, the row of a candidate (random in the table), in µs
 * (measured at 1M items); a span as wide as `PHRASE_ROUND_COST` pays for is read at once, since
 * every further round costs that again (planning, the rarest word's posting list, a round trip).
 */
const SPAN_KEY_COST = 0.065;
const CANDIDATE_ROW_COST = 3;
const PHRASE_ROUND_COST = 3000;
/** How long the key column's statistics are reused (they change when ANALYZE runs). */
const STATS_TTL_MS = 30_000;
/**
 * And the lexemes': words' shares move slowly, and reading 35,000 of them costs the client ~20 ms
 * of CPU (in the background, but on the event loop all the same).
 */
const LEXEME_STATS_TTL_MS = 300_000;
/** How much a span grows when it held too few matches: by the shortfall, within these bounds. */
const WIDEN = { none: 4, least: 1.5, most: 16 };

/** The factor a span of items grows by when it held `found` of the `wanted` matches. */
function widening(wanted: number, found: number): number {
  if (found <= 0) return WIDEN.none;
  return Math.min(WIDEN.most, Math.max(WIDEN.least, (SPAN_MARGIN * wanted) / found));
}
/** Enough for an exact bitmap of a word in every item of a few million (~60 bytes per heap page). */
const BITMAP_WORK_MEM = "64MB";

/**
 * Rows of one kind in one write from which it goes through COPY instead of one statement with
 * array parameters (no array literals built in JavaScript and parsed again by the server). Below
 * this, a staging table's creation and the extra round trips are not worth it; the figure is a
 * round guess, not a measured break-even.
 */
export const DEFAULT_BULK_ITEMS = 100;

/** COPY, when pg-copy-streams is installed, and the batch size from which it is used. */
interface Bulk {
  copyFrom: CopyFrom;
  minRows: number;
}

/**
 * The PostgreSQL driver. A `schema` query parameter (`…/news?schema=archive`) keeps the archive's
 * tables in their own schema, created when missing. pg is loaded here, on first use.
 *
 * @example
 * const archive = createArchive(await postgresDriver("postgres://news@127.0.0.1:5432/news"));
 */
export async function postgresDriver(
  url: string,
  options: {
    stemming?: Stemming;
    bulkItems?: number;
    /** What a round of a phrase's search costs (µs): tests lower it to take every path on few items. */
    phraseRoundCost?: number;
  } = {},
): Promise<ArchiveDriver> {
  const mod = await loadOptional("pg", "PostgreSQL", () => import("pg"));
  const copyFrom = await loadCopyFrom();
  const pgLib = ((mod as { default?: typeof pg }).default ?? mod) as typeof pg;
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  // pg reads prefer/require/verify-ca as verify-full, and says so in a long warning on every
  // open: the same behaviour, asked for by its name, without the warning
  const sslmode = parsed.searchParams.get("sslmode");
  if (sslmode === "prefer" || sslmode === "require" || sslmode === "verify-ca") {
    parsed.searchParams.set("sslmode", "verify-full");
  }
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ArchiveError("invalid-option", `schema must be a plain lower-case identifier, got "${schema}"`);
  }
  // keys stay below 2^53 (see key.ts), so int8 columns are safe as JavaScript numbers
  const types = {
    getTypeParser(oid: number, format?: "text" | "binary") {
      if (oid === 20 && format !== "binary") return (v: string) => Number(v);
      return pgLib.types.getTypeParser(oid, format as "text");
    },
  };
  const pool = new pgLib.Pool({
    connectionString: parsed.toString(),
    max: 4,
    connectionTimeoutMillis: 10_000,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // an idle client's network error must not crash the process
  pool.on("error", () => {});
  const bulkItems = Math.max(1, options.bulkItems ?? DEFAULT_BULK_ITEMS);
  const driver = new PostgresDriver(
    pool,
    redact(url),
    copyFrom ? { copyFrom, minRows: bulkItems } : null,
    options.phraseRoundCost ?? PHRASE_ROUND_COST,
  );
  try {
    if (schema) await pool.query(`create schema if not exists ${schema}`);
    await driver.migrate(options.stemming ?? null);
  } catch (error) {
    await pool.end().catch(() => {});
    throw mapError(error, redact(url));
  }
  return driver;
}

/** A pool or one of its clients: what runs a statement. */
type Queryable = Pick<pg.Pool, "query">;

/**
 * A plan's estimated matches, the items in its key range and in the whole table, and the key
 * above which a number of the range's newest items lie (null: the whole range).
 */
interface Span {
  matches: number;
  items: number;
  total: number;
  /** The key column's correlation with the table's order; null without statistics of it. */
  correlation: number | null;
  edge(items: number): Promise<number | null>;
}

class PostgresDriver implements ArchiveDriver {
  readonly engine = "postgres" as const;
  private statsRead: { at: number; stats: Promise<KeyStats | null> } | null = null;
  private lexemesRead: { at: number; stats: Promise<LexemeStats | null> } | null = null;
  schemaVersion = 0;
  stemming: Stemming = null;
  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    private readonly bulk: Bulk | null,
    private readonly phraseRoundCost: number,
  ) {}

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect().catch((e) => {
      throw mapError(e, this.location);
    });
    try {
      await client.query("begin");
      const out = await fn(client);
      await client.query("commit");
      return out;
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw mapError(error, this.location);
    } finally {
      client.release();
    }
  }

  async migrate(stemming: Stemming): Promise<void> {
    await this.tx(async (c) => {
      await c.query("select pg_advisory_xact_lock(hashtext('news-archive-schema'))");
      const meta = await c.query(
        "select 1 from information_schema.tables where table_schema = current_schema() and table_name = $1",
        [META],
      );
      let version = 0;
      if (meta.rowCount === 0) {
        const tables = await c.query(
          "select count(*)::int as n from information_schema.tables where table_schema = current_schema()",
        );
        if (tables.rows[0].n > 0) {
          throw new ArchiveError(
            "foreign-database",
            `${this.location}: a database whose tables are not a news archive`,
          );
        }
        await c.query(`create table ${META} (key text primary key, value text not null)`);
        await c.query(`insert into ${META} values ('schema_version', '0')`);
        // chosen when the archive is created, never changed after: its index holds stems or words
        if (stemming === "english") await c.query(`insert into ${META} values ('stemming', 'english')`);
      } else {
        const row = await c.query(`select value from ${META} where key = 'schema_version'`);
        version = Number(row.rows[0]?.value ?? 0);
      }
      const latest = POSTGRES_MIGRATIONS.length;
      if (version > latest) {
        throw new ArchiveError(
          "newer-schema",
          `${this.location}: written by a newer @news/archive (schema ${version}, this one knows ${latest})`,
        );
      }
      for (let v = version; v < latest; v++) await c.query(POSTGRES_MIGRATIONS[v] as string);
      await c.query(`update ${META} set value = $1 where key = 'schema_version'`, [String(latest)]);
      this.schemaVersion = latest;
      const recorded = await c.query(`select value from ${META} where key = 'stemming'`);
      this.stemming = recorded.rows[0]?.value === "english" ? "english" : null;
    });
  }

  async write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.tx(async (c) => {
      // one writer at a time: keys are allocated from the largest key of a minute
      await c.query("select pg_advisory_xact_lock(hashtext('news-archive-ingest'))");
      return fn(postgresWriteTx(c, this.stemming, this.bulk));
    });
  }

  private async q<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    try {
      return (await this.pool.query<T>(sql, params)).rows;
    } catch (error) {
      throw mapError(error, this.location);
    }
  }

  private static readonly DOC_COLUMNS = "key, id, doc, site, first_seen, read, starred";

  async docsByKeys(keys: readonly number[]): Promise<DocRow[]> {
    if (keys.length === 0) return [];
    return this.q<DocRow>(`select ${PostgresDriver.DOC_COLUMNS} from items where key = any($1::bigint[])`, [
      [...keys],
    ]);
  }

  async summariesByKeys(keys: readonly number[]): Promise<SummaryRow[]> {
    if (keys.length === 0) return [];
    // the stored body column and the document's own lang: the whole document is not sent
    const rows = await this.q<SummaryRow>(
      `select key, id, date, title, category, site, doc::json ->> 'lang' as lang, body, read, starred
       from items where key = any($1::bigint[])`,
      [[...keys]],
    );
    for (const row of rows) row.key = Number(row.key);
    return rows;
  }

  async docsByIds(ids: readonly string[]): Promise<DocRow[]> {
    if (ids.length === 0) return [];
    return this.q<DocRow>(`select ${PostgresDriver.DOC_COLUMNS} from items where id = any($1::text[])`, [
      [...ids],
    ]);
  }

  async sightings(id: string): Promise<Sighting[]> {
    const rows = await this.q<{ source: string; page_url: string | null; seen_at: string }>(
      `select s.source, s.page_url, s.seen_at from sightings s join items i on i.key = s.item_key
       where i.id = $1 order by s.seen_at, s.source`,
      [String(id)],
    );
    return rows.map((r) => ({ source: r.source, pageUrl: r.page_url, seenAt: r.seen_at }));
  }

  /** WHERE clauses over `items` shared by searches and facets; parameters start at $1. */
  private where(
    plan: SearchPlan,
    tsquery = plan.text && toTsquery(plan.text),
  ): { sql: string; params: unknown[] } {
    const params: unknown[] = [plan.lo, plan.hi];
    const where = ["key between $1 and $2"];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace("?", `$${params.length}`));
    };
    const { category, site, lang, entity } = plan.filters;
    if (category) add("lower(category) = lower(?)", category);
    if (site) add("site = ?", site);
    if (lang) add("lang = ?", lang);
    if (entity) add("key in (select item_key from item_entities where entity = ?)", entity);
    // the query's tokens are the index's lexemes as they are (both made by the archive's
    // tokenizer), so the tsquery is read as a literal, not parsed again into words by the server
    if (tsquery) add("tsv @@ ?::tsquery", tsquery);
    return { sql: where.join(" and "), params };
  }

  async matches(plan: SearchPlan, limit: number): Promise<Match[]> {
    const { sql, params } = this.where(plan);
    const p = [...params];
    const after = plan.after;
    if (plan.sort === "relevance" && plan.text) {
      p.push(toTsquery(plan.text));
      const rank = `ts_rank(tsv, $${p.length}::tsquery)`;
      let keyset = "";
      if (after && "r" in after) {
        p.push(after.s, after.k);
        keyset = `where score < $${p.length - 1}::real or (score = $${p.length - 1}::real and key < $${p.length})`;
      }
      p.push(limit);
      // every match in the plan's range is ranked (the window bounds it): a bitmap of the text
      // index reads the matches alone, where the key index's walk would read every item between
      const rows = await this.bitmapRead(
        async (c) =>
          (
            await c.query<{ key: number; score: number }>(
              `with m as materialized (select key, ${rank} as score from items where ${sql})
               select key, score from m ${keyset} order by score desc, key desc limit $${p.length}`,
              p,
            )
          ).rows,
      );
      return rows.map((r) => ({ key: Number(r.key), score: Number(r.score) }));
    }
    const newest = after ? { ...plan, hi: Math.min(plan.hi, after.k - 1) } : plan;
    // one word (or prefix): the planner's statistics of it choose well between the walk and the
    // bitmap; several words or a phrase: its guess is off, and EXPLAIN's cost is worth paying
    if (newest.text && !oneWord(newest.text)) return this.newestMatches(newest, limit);
    let extra = "";
    if (after) {
      p.push(after.k);
      extra = ` and key < $${p.length}`;
    }
    p.push(limit);
    const rows = await this.q<{ key: number }>(
      `select key from items where ${sql}${extra} order by key desc limit $${p.length}`,
      p,
    );
    return rows.map((r) => ({ key: Number(r.key), score: null }));
  }

  /**
   * A text query's newest matches. Walking the key index reads ~1/share items per match, cheap
   * for a common word, dear for two rarer words together or a phrase (and the planner, not
   * knowing that only the newest are wanted, may instead read and sort every match). When the
   * planner's estimate says a bitmap of the text index costs less than the walk, read the
   * matches among the newest items that should hold `limit` of them, widening when too few did.
   */
  private async newestMatches(plan: SearchPlan, limit: number): Promise<Match[]> {
    const { sql, params } = this.where(plan);
    const n = params.length;
    const text = plan.text as QueryNode;
    const exact = toTsquery(text);
    const lexemes = hasPhrase(text) ? await this.lexemeStats() : null;
    // a phrase is looked up by its rarest word (see rarestCandidatesOf); without statistics, by
    // its words together
    const share = lexemes && ((word: string, prefix: boolean) => lexemeShare(lexemes, word, prefix));
    const rarest = share && rarestCandidatesOf(text, share);
    const candidates = this.where(plan, rarest ? rarest.tsquery : candidatesOf(text));
    const m = candidates.params.length;
    // few rows: no transaction (each statement its own), default work_mem
    const keys = await this.read(async (db) => {
      // without other filters than dates, the lexemes' statistics say what EXPLAIN would
      const { category, site, lang, entity } = plan.filters;
      const known =
        share && rarest && !(category || site || lang || entity) ? shareOf(rarest.node, share) : null;
      const span = await this.spanOf(db, plan, candidates, known);
      // the planner's guess of the matches: for a phrase, its words together
      const guess = Math.max(1, span.matches * (rarest?.others ?? 1));
      const items = Math.ceil((limit * span.items * SPAN_MARGIN) / guess);
      const posting = hasPrefix(text) ? PREFIX_POSTING_COST : POSTING_COST;
      if (items * WALK_ROW_COST < span.matches * posting) {
        return (
          await db.query<{ key: number }>(
            `select key from items where ${sql} order by key desc limit $${n + 1}`,
            [...params, limit],
          )
        ).rows;
      }
      if (rarest) return this.newestPhraseMatches(db, plan, limit, exact, candidates, span);
      for (let wanted = items; ; ) {
        const edge = await span.edge(wanted);
        // a phrase is checked on the candidates' tsvectors, after the bitmap chose the rows
        const rows = (
          await db.query<{ key: number }>(
            `with m as materialized (select key, tsv from items where ${candidates.sql} and key >= $${m + 1})
             select key from m where tsv @@ $${m + 2}::tsquery order by key desc limit $${m + 3}`,
            [...candidates.params, edge ?? plan.lo, exact, limit],
          )
        ).rows;
        if (rows.length === limit || edge === null) return rows;
        wanted = Math.ceil(wanted * widening(limit, rows.length));
      }
    });
    return keys.map((r) => ({ key: Number(r.key), score: null }));
  }

  /**
   * The newest matches of a query with phrases, its candidates those of each phrase's rarest word
   * (a true estimate: the planner intersects their bitmap with the span's keys when that pays).
   * A phrase's matches are at most that word's rows and may be far fewer, so the first span is at
   * least what those rows would need, and as wide as the cost of a round pays for. Each round
   * counts how many of its candidates hold all of the words (a phrase's words keep company far
   * more or less often than chance says). The words together over the whole range, a bitmap of
   * the text index alone, end it when that costs less than the next span: from the start when
   * the rarest words' rows are few (they hold those rows), or after a round that found the
   * phrase far rarer than its words.
   */
  private async newestPhraseMatches(
    db: Queryable,
    plan: SearchPlan,
    limit: number,
    exact: string,
    rarest: { sql: string; params: unknown[] },
    span: Span,
  ): Promise<{ key: number }[]> {
    const m = rarest.params.length;
    const words = candidatesOf(plan.text as QueryNode);
    const togetherInRange = async () => {
      const together = this.where(plan, words);
      const t = together.params.length;
      return (
        await db.query<{ key: number }>(
          `with m as materialized (select key, tsv from items where ${together.sql})
           select key from m where tsv @@ $${t + 1}::tsquery order by key desc limit $${t + 2}`,
          [...together.params, exact, limit],
        )
      ).rows;
    };
    // the rarest words' rows per item of the range, estimated, then as the last span held them
    let density = span.matches / span.items;
    // and in the whole table: the planner reads them all, not intersected with the span's keys,
    // when that costs less
    const everywhere = span.matches * (span.total / span.items);
    const spanCost = (items: number) =>
      Math.min(items * (SPAN_KEY_COST + density * CANDIDATE_ROW_COST), everywhere * CANDIDATE_ROW_COST);
    const fewest = Math.ceil((limit * SPAN_MARGIN) / density);
    let items = Math.max(
      fewest,
      Math.floor(this.phraseRoundCost / (SPAN_KEY_COST + density * CANDIDATE_ROW_COST)),
    );
    if (everywhere * CANDIDATE_ROW_COST <= spanCost(items) + this.phraseRoundCost) return togetherInRange();
    for (;;) {
      const edge = await span.edge(items);
      const rows = (
        await db.query<{ key: number | null; read: number | null; together: number | null }>(
          `with m as materialized (select key, tsv from items where ${rarest.sql} and key >= $${m + 1})
           (select key, null::int as read, null::int as together from m where tsv @@ $${m + 2}::tsquery
             order by key desc limit $${m + 3})
           union all
           select null, count(*)::int, count(*) filter (where tsv @@ $${m + 4}::tsquery)::int from m`,
          [...rarest.params, edge ?? plan.lo, exact, limit, words],
        )
      ).rows;
      const keys = rows.filter((r) => r.key !== null) as { key: number }[];
      if (keys.length === limit || edge === null) return keys.sort((a, b) => b.key - a.key);
      const counts = rows.find((r) => r.key === null);
      const read = counts?.read ?? 0;
      const share = read > 0 ? (counts?.together ?? 0) / read : 1;
      if (read > 0) density = read / items;
      items = Math.ceil(items * widening(limit, keys.length));
      if (everywhere * share * CANDIDATE_ROW_COST < spanCost(items)) return togetherInRange();
    }
  }

  /**
   * What choosing a span of the newest items needs: the planner's estimate of a plan's matches
   * (`where` may ask for phrase candidates; `share`, when known, is their share of the range's
   * items), of the items in its key range and in the table, and the key above which a number of
   * the range's newest items lie (null: the whole range).
   */
  private async spanOf(
    db: Queryable,
    plan: SearchPlan,
    where: { sql: string; params: unknown[] },
    share: number | null = null,
  ): Promise<Span> {
    // a share of the range's items, known without asking the planner, or its estimate
    const [estimate, stats] = await Promise.all([
      share === null ? estimatedRows(db, where.sql, where.params) : null,
      this.keyStats(),
    ]);
    const items = stats
      ? itemsBetween(stats, plan.lo, plan.hi)
      : await estimatedRows(db, "key between $1 and $2", [plan.lo, plan.hi]);
    const matches = estimate ?? (share as number) * items;
    const edge = async (span: number): Promise<number | null> =>
      stats
        ? keyAbove(stats, plan.lo, plan.hi, span)
        : ((
            await db.query<{ key: number }>(
              "select key from items where key between $1 and $2 order by key desc offset $3 limit 1",
              [plan.lo, plan.hi, span],
            )
          ).rows[0]?.key ?? null);
    return {
      matches: Math.max(matches, 1),
      items: Math.max(items, matches, 1),
      total: Math.max(stats?.total ?? items, items, matches, 1),
      correlation: stats ? (stats.correlation ?? 0) : null,
      edge,
    };
  }

  /**
   * The text column's lexeme statistics: read on first use, then again every LEXEME_STATS_TTL_MS
   * in the background (tens of milliseconds for tens of thousands of lexemes, which no search
   * waits for).
   */
  private lexemeStats(): Promise<LexemeStats | null> {
    const now = Date.now();
    if (!this.lexemesRead) {
      this.lexemesRead = { at: now, stats: readLexemeStats(this.pool).catch(() => null) };
    } else if (now - this.lexemesRead.at > LEXEME_STATS_TTL_MS) {
      const read = this.lexemesRead;
      read.at = now;
      void readLexemeStats(this.pool)
        .then((stats) => {
          read.stats = Promise.resolve(stats);
        })
        .catch(() => {});
    }
    return this.lexemesRead.stats;
  }

  /** The key column's statistics, read again at most every STATS_TTL_MS. */
  private keyStats(): Promise<KeyStats | null> {
    const now = Date.now();
    if (!this.statsRead || now - this.statsRead.at > STATS_TTL_MS) {
      this.statsRead = { at: now, stats: readKeyStats(this.pool).catch(() => null) };
    }
    return this.statsRead.stats;
  }

  async matchKeysAt(plan: SearchPlan, offset: number, limit: number): Promise<number[]> {
    const { sql, params } = this.where(plan);
    const n = params.length;
    const rows = await this.q<{ key: number }>(
      `select key from items where ${sql} order by key desc limit $${n + 1} offset $${n + 2}`,
      [...params, limit, offset],
    );
    return rows.map((r) => Number(r.key));
  }

  /**
   * Ranking reads every match of the window from the heap (its tsvector), and so does walking the
   * key index down to the window's edge, with ~6 non-matching items per match of a common word.
   * One pass instead: take the newest items that should hold the window by the planner's estimate
   * of the query's share, read their matches from a bitmap of the text index (the matches alone),
   * number them newest first and rank those within the window; widen when too few matched.
   */
  async firstRankedPage(plan: SearchPlan, window: number, limit: number): Promise<RankedPage | null> {
    if (!plan.text) return null;
    const exact = toTsquery(plan.text);
    const candidates = candidatesOf(plan.text);
    const { sql, params } = this.where(plan, candidates);
    const n = params.length;
    // every query is ranked as its rows are read, without copying their tsvectors (at 1M articles
    // the copies of a phrase's candidates cost more than checking and ranking them); a phrase is
    // checked on the rows the bitmap of its words chose, and only its matches are ranked: the
    // others have no score and are no matches
    const phrase = exact !== candidates;
    const rank = `ts_rank(tsv, $${n + 1}::tsquery)`;
    const score = phrase ? `case when tsv @@ $${n + 1}::tsquery then ${rank} end` : rank;
    const check = phrase ? "where score is not null" : "";
    const text = plan.text;
    const { category, site, lang, entity } = plan.filters;
    // one word or prefix without other filters than dates: the lexemes' statistics say what
    // EXPLAIN would, without planning a statement (its selectivity unpacks them every time)
    const lexemes = oneWord(text) && !(category || site || lang || entity) ? await this.lexemeStats() : null;
    const known = lexemes && shareOf(text, (word, prefix) => lexemeShare(lexemes, word, prefix));
    const posting = hasPrefix(text) ? PREFIX_POSTING_COST : POSTING_COST;
    return this.bitmapRead(async (c) => {
      const span = await this.spanOf(c, plan, { sql, params }, known);
      let items = Math.ceil(((window + 1) * span.items * SPAN_MARGIN) / span.matches);
      let walkOff = false;
      for (;;) {
        const edge = await span.edge(items);
        // the planner, costing the key index's walk by the table's order, walks a common word's
        // span in an archive lying in key order (at 1M teasers 129,000 rows for "their", twice
        // the bitmaps' time): the bitmap is read whenever it costs less by the measured costs,
        // the text index's part of it every posting of the table whatever the range. Only with
        // the key's statistics (without them the edge is found by walking the key index)
        const read = Math.min(items, span.items);
        const ranked = Math.min(window + 1, (span.matches * read) / span.items);
        const postings = (span.matches * span.total) / span.items;
        const bitmap =
          span.correlation !== null &&
          postings * posting + read * SPAN_KEY_COST + ranked * CANDIDATE_ROW_COST <
            read * walkRowCost(span.correlation);
        if (bitmap !== walkOff) {
          await c.query(`set local enable_indexscan = ${bitmap ? "off" : "on"}`);
          walkOff = bitmap;
        }
        const rows = (
          await c.query<{ key: number; score: number; n: number; total: number; edge: boolean }>(
            `with m as materialized (select key, ${score} as score from items where ${sql} and key >= $${n + 2}),
             r as (select key, score, row_number() over (order by key desc) as n,
               count(*) over () as total from m ${check})
             (select key, score, n, total, false as edge from r where n <= $${n + 3}
               order by score desc, key desc limit $${n + 4})
             union all
             (select key, score, n, total, true from r where n in (1, $${n + 3}, $${n + 3} + 1))`,
            [...params, exact, edge ?? plan.lo, window, limit],
          )
        ).rows;
        const at = (k: number) => rows.find((r) => r.edge && Number(r.n) === k);
        const older = at(window + 1);
        if (!older && edge !== null) {
          items = Math.ceil(items * widening(window + 1, Number(rows[0]?.total ?? 0)));
          continue;
        }
        const newest = at(1);
        const oldest = at(window);
        return {
          window: older && newest && oldest ? { w: Number(oldest.key), t: Number(newest.key) } : null,
          matches: rows.filter((r) => !r.edge).map((r) => ({ key: Number(r.key), score: Number(r.score) })),
        };
      }
    });
  }

  /** Runs read statements on the pool, each its own transaction, errors mapped. */
  private async read<T>(fn: (db: pg.Pool) => Promise<T>): Promise<T> {
    try {
      return await fn(this.pool);
    } catch (error) {
      throw mapError(error, this.location);
    }
  }

  /**
   * Runs read statements in one read-only transaction with room for a bitmap of a common word's
   * matches: under the default 4 MB work_mem a million items' bitmap goes lossy, and then every
   * row of a lossy page is read and rechecked.
   */
  private async bitmapRead<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.tx(async (c) => {
      await c.query(`set transaction read only; set local work_mem = '${BITMAP_WORK_MEM}'`);
      return fn(c);
    });
  }

  async count(plan: SearchPlan): Promise<number> {
    const { sql, params } = this.where(plan);
    return (
      (await this.q<{ n: number }>(`select count(*)::int as n from items where ${sql}`, params))[0]?.n ?? 0
    );
  }

  async group(plan: SearchPlan, field: FacetField, limit: number): Promise<FacetCount[]> {
    const { sql, params } = this.where(plan);
    const expr = FACET_SQL[field];
    return (
      await this.q<{ value: string; count: number }>(
        `select ${expr} as value, count(*)::int as count from items where ${sql} and ${expr} is not null
         group by 1 order by 2 desc, 1 limit $${params.length + 1}`,
        [...params, limit],
      )
    ).map((r) => ({ value: String(r.value), count: r.count }));
  }

  async stats(): Promise<Omit<ArchiveStats, "engine" | "location" | "schemaVersion" | "stemming">> {
    // one snapshot for every figure, even beside a running ingest
    return this.tx(async (c) => {
      await c.query("set transaction isolation level repeatable read read only");
      const rows = async <T extends pg.QueryResultRow>(sql: string) => (await c.query<T>(sql)).rows;
      const [d] = await rows<{ first: string | null; last: string | null; undated: number; n: number }>(
        "select min(date) as first, max(date) as last, count(*) filter (where date is null)::int as undated, count(*)::int as n from items",
      );
      const one = async (sql: string) => (await rows<{ n: number }>(sql))[0]?.n ?? 0;
      const group = (col: string) =>
        rows<FacetCount>(
          `select ${col} as value, count(*)::int as count from items where ${col} is not null group by 1 order by 2 desc, 1 limit 20`,
        );
      return {
        items: d?.n ?? 0,
        pages: await one("select count(*)::int as n from pages"),
        sightings: await one("select count(*)::int as n from sightings"),
        firstDate: d?.first ?? null,
        lastDate: d?.last ?? null,
        undated: d?.undated ?? 0,
        sizeBytes: await one(
          `select (pg_total_relation_size('items') + pg_total_relation_size('pages') + pg_total_relation_size('sightings')
            + pg_total_relation_size('item_entities'))::float8 as n`,
        ),
        byLang: await group("lang"),
        bySite: await group("site"),
      };
    });
  }

  async check(): Promise<CheckResult> {
    const problems: string[] = [];
    const dup = await this.q<{ n: number }>("select (count(*) - count(distinct id))::int as n from items");
    if ((dup[0]?.n ?? 0) > 0) problems.push(`${dup[0]?.n} duplicate item ids`);
    const bad = await this.q<{ n: number }>(
      "select count(*)::int as n from items where tsv is null or hash is null or doc is null",
    );
    if ((bad[0]?.n ?? 0) > 0) problems.push(`${bad[0]?.n} items missing their index or document`);
    for (const table of ["sightings", "item_entities"]) {
      const orphans = await this.q<{ n: number }>(
        `select count(*)::int as n from ${table} t where not exists (select 1 from items i where i.key = t.item_key)`,
      );
      if ((orphans[0]?.n ?? 0) > 0) problems.push(`${orphans[0]?.n} rows of ${table} without their item`);
    }
    return { ok: problems.length === 0, problems };
  }

  async setFlags(id: string, flags: ItemFlags): Promise<boolean> {
    return this.tx(async (c) => {
      const r = await c.query(
        "update items set read = coalesce($1, read), starred = coalesce($2, starred) where id = $3",
        [flags.read ?? null, flags.starred ?? null, id],
      );
      if ((r.rowCount ?? 0) === 0) return false;
      await c.query(`update ${META} set value = (value::bigint + 1)::text where key = 'version'`);
      return true;
    });
  }

  async pageSeen(source: string, hash: string): Promise<boolean> {
    return (await this.q("select 1 from pages where source = $1 and hash = $2", [source, hash])).length > 0;
  }

  async version(): Promise<string> {
    const rows = await this.q<{ value: string }>(`select value from ${META} where key = 'version'`);
    return rows[0]?.value ?? "0";
  }

  async exportItems(afterKey: number, limit: number, docs = true): Promise<StoredRow[]> {
    const rows = await this.q<Omit<StoredRow, "sightings">>(
      `select key, id, date, title, category, site, lang, url, hash, first_seen, read, starred,
         ${docs ? "doc" : "'' as doc"} from items where key > $1 order by key limit $2`,
      [afterKey, limit],
    );
    const last = rows.at(-1);
    const seen = last
      ? await this.q<{ item_key: number; source: string; page_url: string | null; seen_at: string }>(
          "select item_key, source, page_url, seen_at from sightings where item_key > $1 and item_key <= $2",
          [afterKey, last.key],
        )
      : [];
    return withSightings(rows, seen);
  }

  async exportPages(offset: number, limit: number): Promise<PageRow[]> {
    return this.q<PageRow>(
      `select source, hash, url, kind, title, items, ingested_at as "ingestedAt" from pages
       order by source collate "C", hash collate "C" limit $1 offset $2`,
      [limit, offset],
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** What walking the key index costs per row read (µs), by the key's correlation with the table's order. */
function walkRowCost(correlation: number): number {
  return WALK_ROW_COST - (WALK_ROW_COST - ORDERED_WALK_ROW_COST) * correlation * correlation;
}

function oneWord(node: QueryNode): boolean {
  return node.kind === "term" && node.tokens.length === 1;
}

/** The planner's estimate of a plan's matches, from its statistics of the tsvector's lexemes. */
async function estimatedRows(db: Queryable, where: string, params: unknown[]): Promise<number> {
  const plans = await db.query<{ "QUERY PLAN": { Plan: { "Plan Rows": number } }[] }>(
    `explain (format json) select 1 from items where ${where}`,
    params,
  );
  return plans.rows[0]?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0;
}

const FACET_SQL: Record<FacetField, string> = {
  category: "category",
  site: "site",
  month: "substr(date, 1, 7)",
  lang: "lang",
};

/** An item row as the write statements read it, from array parameters or from the staging table. */
const ITEM_COLUMNS = [
  ["id", "text"],
  ["date", "text"],
  ["title", "text"],
  ["category", "text"],
  ["site", "text"],
  ["lang", "text"],
  ["url", "text"],
  ["body", "text"],
  ["doc", "text"],
  ["hash", "text"],
  ["tsv", "tsvector"],
  ["key", "bigint"],
  ["old_key", "bigint"],
  ["first_seen", "text"],
  ["read", "boolean"],
  ["starred", "boolean"],
] as const;
const ITEM_FIELDS = ITEM_COLUMNS.map(([name]) => name).join(", ");
const BINARY_TYPE: Record<(typeof ITEM_COLUMNS)[number][1], BinaryType> = {
  text: "text",
  tsvector: "tsvector",
  bigint: "int8",
  boolean: "bool",
};
const ITEM_TYPES = ITEM_COLUMNS.map(([, type]) => BINARY_TYPE[type]);
const OLD_KEY = ITEM_COLUMNS.findIndex(([name]) => name === "old_key");
/** The columns of `items` a new row fills, in COPY's order. */
const INSERT_FIELDS = ITEM_COLUMNS.map(([name]) => name)
  .filter((name) => name !== "old_key")
  .join(", ");
const INSERT_TYPES = ITEM_TYPES.filter((_, i) => i !== OLD_KEY);
// staging tables live until the commit; emptied when a transaction writes a second batch
const STAGE_ITEMS = `create temp table if not exists news_stage_items
  (${ITEM_COLUMNS.map(([n, t]) => `${n} ${t}`).join(", ")}) on commit drop; truncate news_stage_items`;
const STAGE_SIGHTINGS = `create temp table if not exists news_stage_sightings (item_key bigint,
  source text, page_url text, seen_at text) on commit drop; truncate news_stage_sightings`;

const SIGHTING_TYPES: readonly BinaryType[] = ["int8", "text", "text", "text"];

type WriteRow = ItemRow & {
  key: number;
  oldKey?: number;
  firstSeen?: string;
  read?: boolean;
  starred?: boolean;
};

/**
 * The write primitives over one transaction's client. A small batch is one statement with array
 * parameters (unnest); a large one (`bulk.minRows` rows and more) is streamed by binary COPY: new
 * items and their sightings straight into their tables (they are new: looked up under the ingest
 * lock), changed items and other sightings into a staging table that lives until the commit, then
 * written by one set-based statement. All of it runs in the caller's transaction: a crash or kill
 * at any point leaves nothing of it behind. The tsvector is built here (see tsvector.ts), not by
 * the server.
 */
function postgresWriteTx(c: pg.PoolClient, stemming: Stemming, bulk: Bulk | null): WriteTx {
  // the tsvector as a literal for statements with parameters, as entries for binary COPY
  const literal = (r: WriteRow) =>
    tsvectorLiteral(lexemesOf(r.title ?? "", stemming), lexemesOf(r.body, stemming));
  // tokenized by the COPY as it writes the row (no token strings)
  const entries = (r: WriteRow): TsvectorText => ({ title: r.title, body: r.body, stemming });
  const fields = <V>(r: WriteRow, tsv: (r: WriteRow) => V) =>
    [
      r.id,
      r.date,
      r.title,
      r.category,
      r.site,
      r.lang?.toLowerCase() ?? null,
      r.url,
      r.body,
      r.doc,
      r.hash,
      tsv(r),
      r.key,
      r.oldKey ?? null,
      r.firstSeen ?? null,
      r.read ?? false,
      r.starred ?? false,
    ] as const;
  const useCopy = (rows: readonly unknown[]) => bulk !== null && rows.length >= bulk.minRows;
  const unnestItems = (rows: readonly WriteRow[]) => {
    const tuples = rows.map((r) => fields(r, literal));
    return {
      from: `unnest(${ITEM_COLUMNS.map(([, t], i) => `$${i + 1}::${t === "tsvector" ? "text" : t}[]`).join(", ")})
        as u (${ITEM_FIELDS})`,
      params: ITEM_COLUMNS.map((_, i) => tuples.map((t) => t[i])),
    };
  };
  const addEntities = async (rows: readonly (ItemRow & { key: number })[]) => {
    const pairs = rows.flatMap((r) => r.entities.map((e) => [e, r.key] as const));
    if (pairs.length === 0) return;
    await c.query(
      "insert into item_entities select * from unnest($1::text[], $2::bigint[]) on conflict do nothing",
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
  };
  return {
    pageSeen: async (source, hash) =>
      ((await c.query("select 1 from pages where source = $1 and hash = $2", [source, hash])).rowCount ?? 0) >
      0,
    known: async (ids) => {
      const r = await c.query<{ id: string; key: number; hash: string }>(
        "select id, key, hash from items where id = any($1::text[])",
        [[...ids]],
      );
      return new Map(r.rows.map((row) => [row.id, { key: Number(row.key), hash: row.hash }]));
    },
    docs: async (ids) => {
      const r = await c.query<{ id: string; doc: string }>(
        "select id, doc from items where id = any($1::text[])",
        [[...ids]],
      );
      return new Map(r.rows.map((row) => [row.id, row.doc]));
    },
    lastKeys: async (bases) => {
      const r = await c.query<{ base: number; key: number }>(
        `select b.base, l.key from unnest($1::bigint[]) as b (base)
         cross join lateral (select key from items where key between b.base and b.base + $2 - 1
           order by key desc limit 1) l`,
        [[...bases], KEYS_PER_MINUTE],
      );
      return new Map(r.rows.map((row) => [Number(row.base), Number(row.key)]));
    },
    insert: async (rows) => {
      if (bulk && useCopy(rows)) {
        // rows come in key order: the primary key's B-tree is filled at its right edge
        await copyBinary(bulk.copyFrom, c, `items (${INSERT_FIELDS})`, INSERT_TYPES, rows, (r) => {
          // the row's fresh array without its old key (not a filtered copy of it per row)
          const values = fields(r, entries) as unknown as BinaryValue[];
          values.splice(OLD_KEY, 1);
          return values;
        });
      } else {
        const { from, params } = unnestItems(rows);
        await c.query(
          `insert into items (${INSERT_FIELDS})
           select ${INSERT_FIELDS.replace(/\btsv\b/, "tsv::tsvector")} from ${from}`,
          params,
        );
      }
      await addEntities(rows);
    },
    update: async (rows) => {
      let from = "news_stage_items u";
      let params: unknown[] = [];
      if (bulk && useCopy(rows)) {
        await c.query(STAGE_ITEMS);
        await copyBinary(bulk.copyFrom, c, "news_stage_items", ITEM_TYPES, rows, (r) => fields(r, entries));
      } else ({ from, params } = unnestItems(rows));
      // first seen and the reader's flags are the stored ones
      await c.query(
        `update items i set key = u.key, date = u.date, title = u.title, category = u.category, site = u.site,
           lang = u.lang, url = u.url, body = u.body, doc = u.doc, hash = u.hash, tsv = u.tsv::tsvector
         from ${from} where i.key = u.old_key`,
        params,
      );
      // sightings follow a moved item (no foreign key cascades them: see migration 5); a new
      // key was free, so nothing is stored under it yet
      const moved = rows.filter((r) => r.key !== r.oldKey);
      if (moved.length > 0) {
        await c.query(
          `update sightings s set item_key = m.key from unnest($1::bigint[], $2::bigint[]) as m (key, old_key)
           where s.item_key = m.old_key`,
          [moved.map((r) => r.key), moved.map((r) => r.oldKey)],
        );
      }
      // the entities are the new record's, under its key
      await c.query("delete from item_entities where item_key = any($1::bigint[])", [
        rows.map((r) => r.oldKey),
      ]);
      await addEntities(rows);
    },
    addSightings: async (rows, ofNewItems = false) => {
      const values = (s: SightingRow) => [s.key, s.source, s.pageUrl, s.seenAt];
      if (bulk && useCopy(rows) && ofNewItems) {
        // none can be stored yet: straight into the table, no staging nor conflict check
        await copyBinary(
          bulk.copyFrom,
          c,
          "sightings (item_key, source, page_url, seen_at)",
          SIGHTING_TYPES,
          rows,
          values,
        );
        return rows.length;
      }
      if (bulk && useCopy(rows)) {
        await c.query(STAGE_SIGHTINGS);
        await copyBinary(bulk.copyFrom, c, "news_stage_sightings", SIGHTING_TYPES, rows, values);
        const r = await c.query(
          "insert into sightings select * from news_stage_sightings order by item_key on conflict do nothing",
        );
        return r.rowCount ?? 0;
      }
      const r = await c.query(
        `insert into sightings select * from unnest($1::bigint[], $2::text[], $3::text[], $4::text[])
         on conflict do nothing`,
        [
          rows.map((s) => s.key),
          rows.map((s) => s.source),
          rows.map((s) => s.pageUrl),
          rows.map((s) => s.seenAt),
        ],
      );
      return r.rowCount ?? 0;
    },
    addPages: async (rows) => {
      await c.query(
        `insert into pages select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
           $6::int[], $7::text[]) on conflict do nothing`,
        [
          rows.map((p) => p.source),
          rows.map((p) => p.hash),
          rows.map((p) => p.url),
          rows.map((p) => p.kind),
          rows.map((p) => p.title),
          rows.map((p) => p.items),
          rows.map((p) => p.ingestedAt),
        ],
      );
    },
    bumpVersion: async () => {
      await c.query(`update ${META} set value = (value::bigint + 1)::text where key = 'version'`);
    },
  };
}

// Node's TLS failures: an untrusted, expired or misnamed server certificate
const TLS_ERROR = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_)/;

function mapError(error: unknown, location: string): unknown {
  if (error instanceof ArchiveError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (
    code === "ECONNREFUSED" ||
    code === "ENOTFOUND" ||
    code === "ETIMEDOUT" ||
    code === "28P01" ||
    code === "3D000" ||
    code === "28000" ||
    (typeof code === "string" && TLS_ERROR.test(code)) ||
    /timeout|terminated|does not support SSL/i.test((error as Error)?.message ?? "")
  ) {
    return new ArchiveError(
      "connection-failed",
      `${location}: cannot reach PostgreSQL (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  if (code === "XX001" || code === "XX002") {
    return new ArchiveError("corrupt-archive", `${location}: the database reported corruption`, {
      cause: error,
    });
  }
  return error;
}
