import type { NewsItem, NewsPage } from "@news/core";
import { itemId } from "@news/core";

/** A NewsItem built the way parsers build them (stable id from date + title), for tests and benches. */
export function makeItem(
  fields: Partial<NewsItem> & { title: string | null; paragraphs: string[] },
): NewsItem {
  const date = fields.date ?? null;
  return {
    id: fields.id ?? itemId({ date, title: fields.title, text: fields.paragraphs.join("\n") }),
    date,
    dateText: fields.dateText ?? date,
    modified: null,
    title: fields.title,
    category: fields.category ?? null,
    paragraphs: fields.paragraphs,
    blocks: [],
    source: fields.source ?? null,
    authors: fields.authors ?? [],
    url: fields.url ?? null,
    image: null,
    lang: fields.lang ?? "en",
    span: { start: 0, end: 10 },
    spans: {
      date: { start: 0, end: 5 },
      title: null,
      category: null,
      source: null,
      url: null,
      image: null,
      authors: [],
      paragraphs: [{ start: 5, end: 10 }],
    },
    ...(fields.enrichment ? { enrichment: fields.enrichment } : {}),
  } as NewsItem;
}

export function makePage(items: NewsItem[], url: string | null = null): NewsPage {
  return {
    kind: "listing",
    section: null,
    breadcrumbs: [],
    filter: null,
    title: null,
    url,
    lang: "en",
    items,
    warnings: [],
    chrome: [],
    spans: { section: null, breadcrumbs: [] },
    inputInfo: { format: "text", encoding: "string", length: 10 },
  };
}
