/**
 * Schema versions of the PostgreSQL archive, applied in order on open under an advisory lock.
 * Never edit a released step: add the next one.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 1: the same tables as SQLite; the tsvector is built from pre-tokenised folded text so both
  // engines split words alike. A high statistics target on it lets the planner see that a rare
  // term is rare (with the default, newest-first rare-term queries walked the whole key index)
  `
  create table items (
    key bigint primary key,
    id text not null unique,
    date text,
    title text,
    category text,
    site text,
    lang text,
    url text,
    body text not null,
    doc text not null,
    hash text not null,
    first_seen text not null,
    tsv tsvector not null
  );
  alter table items alter column tsv set statistics 10000;
  create index items_tsv on items using gin (tsv);
  create index items_category on items (lower(category), key);
  create index items_site on items (site, key);
  create index items_lang on items (lang, key);
  create table pages (
    source text not null,
    hash text not null,
    url text,
    kind text not null,
    title text,
    items integer not null,
    ingested_at text not null,
    primary key (source, hash)
  );
  create table sightings (
    item_key bigint not null references items (key) on delete cascade,
    source text not null,
    page_url text,
    seen_at text not null,
    primary key (item_key, source)
  );
  create table item_entities (
    entity text not null,
    item_key bigint not null references items (key) on delete cascade,
    primary key (entity, item_key)
  );
  create index item_entities_item on item_entities (item_key);
  `,
  // 2: the reader's flags (never touched by ingest) and the counter behind version()
  `
  alter table items add column read boolean not null default false;
  alter table items add column starred boolean not null default false;
  create index items_starred on items (key) where starred;
  insert into news_archive_meta values ('version', '0') on conflict do nothing;
  `,
  // 3: an item whose date moves to another minute moves to another key (the key follows the
  // stored date): its sightings and entities follow it
  `
  alter table sightings drop constraint sightings_item_key_fkey,
    add constraint sightings_item_key_fkey foreign key (item_key) references items (key)
    on delete cascade on update cascade;
  alter table item_entities drop constraint item_entities_item_key_fkey,
    add constraint item_entities_item_key_fkey foreign key (item_key) references items (key)
    on delete cascade on update cascade;
  `,
  // 4: the tsvector stays in the row, the stored document goes out of line first: relevance reads
  // the tsvector of every match it ranks (20,000 rows for a common word), and a TOASTed one costs
  // an index lookup and a page more each time (at 1M teasers ~2 µs a row, half the ranking's cost).
  // Rows written from now on; `VACUUM FULL items` rewrites older ones
  `
  alter table items alter column tsv set storage main;
  `,
];
