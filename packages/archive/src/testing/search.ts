import type { ArchiveDriver } from "../archive.js";
import type { SearchQuery } from "../search-query.js";
import type { Archive } from "../types.js";
import { makeItem } from "./pages.js";

/**
 * Item i of a search-plan test: dated i days after 2001-01-01 (keys grow with i), every ninth
 * titled with "common", on one of two sites, its body the given words.
 */
export function numberedItem(i: number, words: string[]) {
  return makeItem({
    title: i % 9 === 0 ? `common title ${i}` : `title ${i}`,
    date: new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    paragraphs: [words.join(" ")],
    url: `https://${i % 3 === 1 ? "a" : "b"}.example.com/${i}`,
  });
}

/** Every page of a search, by cursor: the ids and scores in order, and the window each reported. */
export async function allPages(archive: Archive, query: SearchQuery, limit: number) {
  const out: string[] = [];
  const windows: unknown[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const r = await archive.search({ ...query, limit, cursor });
    out.push(...r.hits.map((h) => `${h.item.id} ${h.score?.toFixed(6) ?? ""}`));
    windows.push(r.ranked ?? null);
    cursor = r.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return { out, windows };
}

/** The same driver without its one-pass first relevance page: the engine's plain statements. */
export function withoutFirstRankedPage(driver: ArchiveDriver): ArchiveDriver {
  return Object.create(driver, { firstRankedPage: { value: undefined } }) as ArchiveDriver;
}
