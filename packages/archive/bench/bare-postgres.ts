import type { NewsItem } from "@news/core";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { copyRows } from "../src/postgres/copy-in.js";

/**
 * Bare PostgreSQL, the baseline the archive's PostgreSQL ingest is measured against: COPY into a
 * table with a generated 'simple' tsvector, a GIN and a date index, no archive logic.
 */
export async function bareClient(url: string, schema: string): Promise<pg.Client> {
  const bare = new pg.Client({ connectionString: url });
  await bare.connect();
  await bare.query(`create schema ${schema}; set search_path = ${schema}`);
  await bare.query(`create table items (id text primary key, date text, title text, body text, doc text,
      tsv tsvector generated always as (setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', body), 'B')) stored);
      create index items_date on items (date);
      create index items_tsv on items using gin (tsv);`);
  return bare;
}

/** One batch of items into the bare table, in one transaction. */
export async function bareBatch(bare: pg.Client, rows: NewsItem[]): Promise<void> {
  await bare.query("begin");
  await copyRows(copyStreams.from as never, bare, "items (id, date, title, body, doc)", rows, (it) => [
    it.id,
    it.date,
    it.title,
    it.paragraphs.join("\n\n"),
    JSON.stringify(it),
  ]);
  await bare.query("commit");
}
