import type { StoredItem } from "@news/archive";
import { itemsToAtom, type NewsPage, pageToCsv, pageToMarkdown } from "@news/core";
import type { ExportFormat } from "./formats.js";
import type { BrowseQuery, BrowseSource } from "./source.js";

/** At most this many items per export from the browser; `news export` has no limit. */
export const EXPORT_MAX = 10_000;

/** The items of a query, in list order, fetched in pages (at most EXPORT_MAX). */
export async function itemsOf(source: BrowseSource, query: BrowseQuery): Promise<StoredItem[]> {
  const out: StoredItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await source.list({ ...query, limit: 500, cursor });
    out.push(...(await source.getMany(page.items.map((i) => i.id))));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < EXPORT_MAX);
  return out.slice(0, EXPORT_MAX);
}

/** An export that cannot be written (an Atom feed needs a link to the site it is about). */
export class ExportError extends Error {
  override readonly name = "ExportError";
  readonly code = "export-failed";
}

/** The items rendered by @news/core's writers, as one page titled by the view. */
export function render(items: StoredItem[], format: ExportFormat, title: string): string {
  if (format === "atom") {
    // the feed is about the site of its items: the first item with a URL or a site gives it
    const url = items.find((item) => item.url)?.url;
    const site = items.find((item) => item.site)?.site;
    const link = url ? new URL(url).origin : site ? `https://${site}/` : null;
    if (!link)
      throw new ExportError("an Atom feed needs a link, and none of these items has a URL or a site");
    return itemsToAtom(items, { title, link });
  }
  const page: NewsPage = {
    kind: "listing",
    section: title,
    breadcrumbs: [],
    filter: null,
    title: null,
    url: null,
    lang: null,
    items,
    warnings: [],
    chrome: [],
    spans: { section: null, breadcrumbs: [] },
    inputInfo: { format: "text", encoding: "string", length: 0 },
  };
  return format === "csv" ? pageToCsv(page) : pageToMarkdown(page);
}
