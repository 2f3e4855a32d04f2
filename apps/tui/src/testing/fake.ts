import type { FacetCount, ListResult, Sighting, StoredItem } from "@news/archive";
import { makeItem } from "@news/archive/testing";
import type { NewsItem } from "@news/core";
import type { BrowseFacets, BrowseQuery, BrowseSource, ItemSummary } from "../source.js";

/**
 * An in-memory stand-in for the archive, for component tests only: its matching is a plain
 * substring test, not the archive's query language, and its cursors are offsets.
 */
export class FakeArchive implements BrowseSource {
  items: StoredItem[];
  flags = new Map<string, { read: boolean; starred: boolean }>();
  calls: { method: string; query?: BrowseQuery; aborted?: () => boolean }[] = [];
  private revision = 0;
  /** Set to make every list call fail with this error. */
  failWith: unknown = null;
  /** Resolve list calls only after this many ms (to see stale answers dropped). */
  delayMs = 0;

  constructor(items: (NewsItem & Partial<StoredItem>)[]) {
    this.items = items.map(stored);
  }

  add(items: (NewsItem & Partial<StoredItem>)[]) {
    this.items.push(...items.map(stored));
    this.sort();
    this.revision++;
  }

  sort() {
    this.items.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
    return this;
  }

  private matching(query: BrowseQuery): StoredItem[] {
    const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    return this.items.filter((item) => {
      const text = `${item.title ?? ""} ${item.paragraphs.join(" ")}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
      if (query.category && item.category !== query.category) return false;
      if (query.site && item.site !== query.site) return false;
      if (query.lang && item.lang !== query.lang) return false;
      if (query.from && (item.date ?? "") < query.from) return false;
      if (query.to && (item.date ?? "").slice(0, query.to.length) > query.to) return false;
      if (
        query.entity &&
        !item.enrichment?.entities.some((e) => e.id === query.entity || e.name === query.entity)
      )
        return false;
      return true;
    });
  }

  summary(item: StoredItem): ItemSummary {
    const flags = this.flags.get(item.id) ?? { read: false, starred: false };
    return {
      id: item.id,
      date: item.date,
      title: item.title,
      site: item.site,
      category: item.category,
      lang: item.lang,
      snippet: null,
      opening: item.paragraphs.join(" ").split(/\s+/).slice(0, 12).join(" "),
      ...flags,
    };
  }

  async list(query: BrowseQuery, options: { signal?: AbortSignal } = {}): Promise<ListResult> {
    const signal = options.signal;
    this.calls.push({ method: "list", query, aborted: () => signal?.aborted ?? false });
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    if (signal?.aborted) throw Object.assign(new Error("aborted"), { name: "ArchiveError", code: "aborted" });
    if (this.failWith) throw this.failWith;
    const { cursor, limit = 20, ...rest } = query;
    const all = this.matching(rest);
    const start = cursor ? Number(cursor) : 0;
    const page = all.slice(start, start + limit);
    const next = start + limit < all.length ? String(start + limit) : null;
    return { items: page.map((item) => this.summary(item)), nextCursor: next };
  }

  async count(query: BrowseQuery) {
    return this.matching(query).length;
  }

  async facets(query: BrowseQuery): Promise<BrowseFacets> {
    const all = this.matching(query);
    const by = (key: (item: StoredItem) => string | null): FacetCount[] => {
      const counts = new Map<string, number>();
      for (const item of all) {
        const value = key(item);
        if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
    };
    return {
      total: all.length,
      category: by((i) => i.category),
      site: by((i) => i.site),
      month: by((i) => i.date?.slice(0, 7) ?? null),
      lang: by((i) => i.lang),
    };
  }

  async get(id: string) {
    return this.items.find((item) => item.id === id) ?? null;
  }

  async getMany(ids: readonly string[]) {
    return ids.flatMap((id) => this.items.filter((item) => item.id === id));
  }

  async sightings(id: string): Promise<Sighting[]> {
    const item = this.items.find((i) => i.id === id);
    return item ? [{ source: "page.txt", pageUrl: item.url, seenAt: "2026-01-02T10:00:00Z" }] : [];
  }

  async version() {
    return String(this.revision);
  }

  async setFlags(id: string, flags: { read?: boolean; starred?: boolean }) {
    const now = this.flags.get(id) ?? { read: false, starred: false };
    this.flags.set(id, { ...now, ...flags });
    this.revision++;
    return this.items.some((item) => item.id === id);
  }
}

function stored(item: NewsItem & Partial<StoredItem>): StoredItem {
  return { site: null, firstSeen: "2026-01-01T00:00:00Z", read: false, starred: false, ...item };
}

/** `n` items, one a day back from 2017-12-31, alternating categories, every fifth without headline. */
export function manyItems(n: number): NewsItem[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2017, 11, 31) - Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
    return makeItem({
      date: day,
      title: i % 5 === 4 ? null : `Headline number ${i}`,
      paragraphs: [`Body of item ${i} about ${i % 2 ? "Geneva" : "Astana"} talks and more words here.`],
      category: i % 2 ? "Coalition News" : "Politics",
      url: `https://example.org/news/${i}`,
    });
  });
}
