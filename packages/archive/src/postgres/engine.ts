import type pg from "pg";
import type { ArchiveDriver, FacetField, Match } from "../archive.js";
import { ArchiveError } from "../errors.js";
import { keyBase, keyTop } from "../key.js";
import { redact } from "../location.js";
import { loadOptional } from "../optional.js";
import type { SearchPlan } from "../plan.js";
import { tokenize } from "../query.js";
import { type DocRow, type ItemRow, toRow } from "../record.js";
import type {
  ArchiveStats,
  CheckResult,
  FacetCount,
  IngestResult,
  ItemFlags,
  PageInput,
  Sighting,
} from "../types.js";
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
export async function postgresDriver(url: string): Promise<ArchiveDriver> {
  const mod = await loadOptional("pg", "PostgreSQL", () => import("pg"));
  const pgLib = ((mod as { default?: typeof pg }).default ?? mod) as typeof pg;
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
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
    await driver.migrate();
  } catch (error) {
    await pool.end().catch(() => {});
    throw mapError(error, redact(url));
  }
  return driver;
}

class PostgresDriver implements ArchiveDriver {
  readonly engine = "postgres" as const;
  schemaVersion = 0;
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

  async migrate(): Promise<void> {
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
    });
  }

  async ingest(pages: PageInput[]): Promise<IngestResult> {
    return this.tx(async (c) => {
      // one writer at a time: keys are allocated from the largest key of a minute
      await c.query("select pg_advisory_xact_lock(hashtext('news-archive-ingest'))");
      const nextKey = new Map<number, number>();
      const result: IngestResult = {
        pages: 0,
        skippedPages: 0,
        items: 0,
        new: 0,
        updated: 0,
        duplicate: 0,
        sightings: 0,
      };
      for (const input of pages) {
        const hash = input.contentHash ?? "";
        if (
          hash &&
          (await c.query("select 1 from pages where source = $1 and hash = $2", [input.source, hash]))
            .rowCount
        ) {
          result.skippedPages++;
          continue;
        }
        const seen = input.seenAt ?? new Date().toISOString();
        result.pages++;
        // a page in a handful of round trips: known ids in one query, new rows and sightings in
        // one statement each (per-row statements made ingest a few hundred items/s over loopback)
        const rows = input.page.items.map((item) => toRow(item, input.page));
        result.items += rows.length;
        const known = new Map<string, { key: number; hash: string }>();
        if (rows.length > 0) {
          const found = await c.query<{ id: string; key: number; hash: string }>(
            "select id, key, hash from items where id = any($1::text[])",
            [rows.map((r) => r.id)],
          );
          for (const r of found.rows) known.set(r.id, { key: r.key, hash: r.hash });
        }
        const fresh: (ItemRow & { key: number })[] = [];
        const entityRows: [string, number][] = [];
        const seenKeys = new Set<number>();
        for (const row of rows) {
          const existing = known.get(row.id);
          let key: number;
          if (!existing) {
            key = await allocate(c, row.date, nextKey);
            fresh.push({ ...row, key });
            known.set(row.id, { key, hash: row.hash });
            for (const e of row.entities) entityRows.push([e, key]);
            result.new++;
          } else {
            key = existing.key;
            if (existing.hash === row.hash) {
              result.duplicate++;
            } else {
              await c.query(
                `update items set date = $1, title = $2, category = $3, site = $4, lang = $5, url = $6,
                 body = $7, doc = $8, hash = $9,
                 tsv = setweight(to_tsvector('simple', $10), 'A') || setweight(to_tsvector('simple', $11), 'B')
                 where key = $12`,
                [
                  row.date,
                  row.title,
                  row.category,
                  row.site,
                  row.lang?.toLowerCase() ?? null,
                  row.url,
                  row.body,
                  row.doc,
                  row.hash,
                  tokenize(row.title ?? "").join(" "),
                  tokenize(row.body).join(" "),
                  key,
                ],
              );
              await c.query("delete from item_entities where item_key = $1", [key]);
              for (const e of row.entities) entityRows.push([e, key]);
              known.set(row.id, { key, hash: row.hash });
              result.updated++;
            }
          }
          seenKeys.add(key);
        }
        if (fresh.length > 0) {
          const col = <K extends keyof ItemRow>(k: K) => fresh.map((r) => r[k]);
          await c.query(
            `insert into items (id, date, title, category, site, lang, url, body, doc, hash, key, first_seen, tsv)
             select id, date, title, category, site, lang, url, body, doc, hash, key, $12,
               setweight(to_tsvector('simple', tt), 'A') || setweight(to_tsvector('simple', bt), 'B')
             from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
               $8::text[], $9::text[], $10::text[], $11::bigint[], $13::text[], $14::text[])
               as u (id, date, title, category, site, lang, url, body, doc, hash, key, tt, bt)`,
            [
              col("id"),
              col("date"),
              col("title"),
              col("category"),
              col("site"),
              fresh.map((r) => r.lang?.toLowerCase() ?? null),
              col("url"),
              col("body"),
              col("doc"),
              col("hash"),
              fresh.map((r) => r.key),
              seen,
              fresh.map((r) => tokenize(r.title ?? "").join(" ")),
              fresh.map((r) => tokenize(r.body).join(" ")),
            ],
          );
        }
        if (entityRows.length > 0) {
          await c.query(
            "insert into item_entities select * from unnest($1::text[], $2::bigint[]) on conflict do nothing",
            [entityRows.map((e) => e[0]), entityRows.map((e) => e[1])],
          );
        }
        if (seenKeys.size > 0) {
          const s = await c.query(
            `insert into sightings select k, $2, $3, $4 from unnest($1::bigint[]) as k on conflict do nothing`,
            [[...seenKeys], input.source, input.page.url, seen],
          );
          result.sightings += s.rowCount ?? 0;
        }
        await c.query("insert into pages values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing", [
          input.source,
          hash,
          input.page.url,
          input.page.kind,
          input.page.title,
          input.page.items.length,
          seen,
        ]);
      }
      if (result.pages + result.sightings > 0) {
        await c.query(`update ${META} set value = (value::bigint + 1)::text where key = 'version'`);
      }
      return result;
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

  async stats(): Promise<Omit<ArchiveStats, "engine" | "location" | "schemaVersion">> {
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

  async version(): Promise<string> {
    const rows = await this.q<{ value: string }>(`select value from ${META} where key = 'version'`);
    return rows[0]?.value ?? "0";
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

// next free key per minute: read once per transaction (the advisory lock keeps other writers out)
async function allocate(
  c: pg.PoolClient,
  date: string | null,
  nextKey: Map<number, number>,
): Promise<number> {
  for (let base = keyBase(date); ; base = keyTop(base) + 1) {
    let next = nextKey.get(base);
    if (next === undefined) {
      const last = await c.query(
        "select key from items where key between $1 and $2 order by key desc limit 1",
        [base, keyTop(base)],
      );
      next = last.rowCount === 0 ? (base === 0 ? 1 : base) : Number(last.rows[0].key) + 1;
    }
    if (next <= keyTop(base)) {
      nextKey.set(base, next + 1);
      return next;
    }
  }
}

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
    /timeout|terminated/i.test((error as Error)?.message ?? "")
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
