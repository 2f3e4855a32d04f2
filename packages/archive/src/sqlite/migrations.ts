/**
 * Schema versions of the SQLite archive, applied in order on open, each in its own transaction.
 * Never edit a released step: add the next one.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: items keyed by a date-ordered integer (see key.ts) with their small columns; the whole
  // NewsItem JSON in docs, appended in arrival order (a big row inserted at a random key would
  // split b-tree pages); a contentless FTS5 index over title and body (snippets are cut from the
  // documents, so FTS5 need not keep a second copy of the text); pages, sightings, entities
  `
  create table docs (doc text not null);
  create table items (
    key integer primary key,
    id text not null unique,
    date text,
    title text,
    category text,
    site text,
    lang text,
    url text,
    doc_id integer not null,
    hash text not null,
    first_seen text not null
  );
  create index items_category on items (category collate nocase);
  create index items_site on items (site);
  -- no index on lang: a handful of languages, so a backwards walk by key finds the next match at once
  create virtual table items_fts using fts5 (
    title, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  create table pages (
    source text not null,
    hash text not null,
    url text,
    kind text not null,
    title text,
    items integer not null,
    ingested_at text not null,
    primary key (source, hash)
  ) without rowid;
  create table sightings (
    item_key integer not null,
    source text not null,
    page_url text,
    seen_at text not null,
    primary key (item_key, source)
  ) without rowid;
  create table item_entities (
    entity text not null,
    item_key integer not null,
    primary key (entity, item_key)
  ) without rowid;
  create index item_entities_item on item_entities (item_key);
  `,
  // 2: the reader's flags (read, starred: never touched by ingest) and a counter that every
  // ingest and flag change bumps, for version() (ETags, "new items" in the browser)
  `
  alter table items add column read integer not null default 0;
  alter table items add column starred integer not null default 0;
  create index items_starred on items (key) where starred = 1;
  create table meta (key text primary key, value integer not null) without rowid;
  insert into meta values ('version', 0);
  `,
];
