import type pg from "pg";
import type { ArchiveDriver, FacetField, Match } from "../archive.js";
import { type StoredRow, withSightings } from "../copy.js";
import { ArchiveError } from "../errors.js";
import type { PageRow, WriteTx } from "../ingest.js";
import { KEYS_PER_MINUTE } from "../key.js";
import { redact } from "../location.js";
import { loadOptional } from "../optional.js";
import type { SearchPlan } from "../plan.js";
import { indexTokens, type Stemming } from "../query.js";
import type { DocRow, ItemRow, SummaryRow } from "../record.js";
import type { ArchiveStats, CheckResult, FacetCount, ItemFlags, Sighting } from "../types.js";
import { POSTGRES_MIGRATIONS } from "./migrations.js";
import { toTsquery } from "./tsquery.js";

const META = "news_archive_meta";

/**
 * The PostgreSQL driver. A `schema` query parameter (`…/news?schema=archive`) keeps the archive's
 * tables in their own schema, created when missing. pg is loaded here, on first use.
 *
 * @example
 * const archive = createArchive(await postgresDriver("postgres://news@127.0.0.1:5432/news"));
 */
export async function postgresDriver(
  url: string,
  options: { stemming?: Stemming } = {},
): Promise<ArchiveDriver> {
  const mod = await loadOptional("pg", "PostgreSQL", () => import("pg"));
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
  const driver = new PostgresDriver(pool, redact(url));
  try {
    if (schema) await pool.query(`create schema if not exists ${schema}`);
    await driver.migrate(options.stemming ?? null);
  } catch (error) {
    await pool.end().catch(() => {});
    throw mapError(error, redact(url));
  }
  return driver;
}

class PostgresDriver implements ArchiveDriver {
  readonly engine = "postgres" as const;
  schemaVersion = 0;
  stemming: Stemming = null;
  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
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
      return fn(postgresWriteTx(c, this.stemming));
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
  private where(plan: SearchPlan): { sql: string; params: unknown[] } {
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
    if (plan.text) add("tsv @@ to_tsquery('simple', ?)", toTsquery(plan.text));
    return { sql: where.join(" and "), params };
  }

  async matches(plan: SearchPlan, limit: number): Promise<Match[]> {
    const { sql, params } = this.where(plan);
    const p = [...params];
    const after = plan.after;
    if (plan.sort === "relevance" && plan.text) {
      p.push(toTsquery(plan.text));
      const rank = `ts_rank(tsv, to_tsquery('simple', $${p.length}))`;
      let keyset = "";
      if (after && "r" in after) {
        p.push(after.s, after.k);
        keyset = `where score < $${p.length - 1}::real or (score = $${p.length - 1}::real and key < $${p.length})`;
      }
      p.push(limit);
      const rows = await this.q<{ key: number; score: number }>(
        `select key, score from (select key, ${rank} as score from items where ${sql}) m ${keyset}
         order by score desc, key desc limit $${p.length}`,
        p,
      );
      return rows.map((r) => ({ key: Number(r.key), score: Number(r.score) }));
    }
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

  async exportItems(afterKey: number, limit: number): Promise<StoredRow[]> {
    const rows = await this.q<Omit<StoredRow, "sightings">>(
      `select key, id, date, title, category, site, lang, url, hash, first_seen, read, starred, doc
       from items where key > $1 order by key limit $2`,
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

const FACET_SQL: Record<FacetField, string> = {
  category: "category",
  site: "site",
  month: "substr(date, 1, 7)",
  lang: "lang",
};

/** The write primitives over one transaction's client: each batch in one statement (unnest). */
function postgresWriteTx(c: pg.PoolClient, stemming: Stemming): WriteTx {
  const tsv = "setweight(to_tsvector('simple', u.tt), 'A') || setweight(to_tsvector('simple', u.bt), 'B')";
  const columns = (rows: readonly ItemRow[]) => [
    rows.map((r) => r.id),
    rows.map((r) => r.date),
    rows.map((r) => r.title),
    rows.map((r) => r.category),
    rows.map((r) => r.site),
    rows.map((r) => r.lang?.toLowerCase() ?? null),
    rows.map((r) => r.url),
    rows.map((r) => r.body),
    rows.map((r) => r.doc),
    rows.map((r) => r.hash),
    rows.map((r) => indexTokens(r.title ?? "", stemming).join(" ")),
    rows.map((r) => indexTokens(r.body, stemming).join(" ")),
  ];
  const unnest = `unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
    $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::bigint[], $14::bigint[], $15::text[])
    as u (id, date, title, category, site, lang, url, body, doc, hash, tt, bt, key, old_key, first_seen)`;
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
      await c.query(
        `insert into items (id, date, title, category, site, lang, url, body, doc, hash, key, first_seen, tsv, read, starred)
         select u.id, u.date, u.title, u.category, u.site, u.lang, u.url, u.body, u.doc, u.hash, u.key, u.first_seen, ${tsv},
           f.read, f.starred
         from ${unnest} join unnest($16::bool[], $17::bool[], $13::bigint[]) as f (read, starred, key) on f.key = u.key`,
        [
          ...columns(rows),
          rows.map((r) => r.key),
          rows.map(() => null),
          rows.map((r) => r.firstSeen),
          rows.map((r) => r.read ?? false),
          rows.map((r) => r.starred ?? false),
        ],
      );
      await addEntities(rows);
    },
    update: async (rows) => {
      // sightings and entities follow a moved key (on update cascade)
      await c.query(
        `update items i set key = u.key, date = u.date, title = u.title, category = u.category, site = u.site,
           lang = u.lang, url = u.url, body = u.body, doc = u.doc, hash = u.hash, tsv = ${tsv}
         from ${unnest} where i.key = u.old_key`,
        [...columns(rows), rows.map((r) => r.key), rows.map((r) => r.oldKey), rows.map(() => null)],
      );
      await c.query("delete from item_entities where item_key = any($1::bigint[])", [rows.map((r) => r.key)]);
      await addEntities(rows);
    },
    addSightings: async (rows) => {
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
