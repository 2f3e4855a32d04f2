import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Archive, openArchive } from "@news/archive";
import { makeItem, makePage } from "@news/archive/testing";

// words for headlines and text, varied enough for searches to hit few or many items
const WORDS = (
  "talks ceasefire delegation council resolution statement ministry election vote budget court " +
  "river flood harvest market shares energy grid climate school hospital strike union port " +
  "border refugees aid convoy summit treaty tariff export festival museum archive library rail " +
  "bridge airport storm drought wildfire vaccine clinic research satellite launch league final"
).split(" ");
const CATEGORIES = ["Politics", "Economy", "World", "Health", "Science", "Culture", "Sport", "Local"];
const SITES = ["example.org", "news.example.com", "press.example.net", "daily.example.info"];

function words(seed: number, n: number): string {
  let x = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(" ");
}

/**
 * A SQLite archive of `count` synthetic items (three a day back from 2026, eight categories, four
 * sites, every seventh without a headline), built once and kept in the temp directory.
 */
export async function benchArchive(
  count: number,
  log: (line: string) => void,
): Promise<{ path: string; built: boolean }> {
  const path = join(tmpdir(), `news-tui-bench-${count}.db`);
  if (existsSync(path)) return { path, built: false };
  const building = `${path}.building`;
  await rm(building, { force: true });
  const archive: Archive = await openArchive(building);
  const perPage = 2000;
  const start = Date.now();
  for (let first = 0; first < count; first += perPage) {
    const items = [];
    for (let i = first; i < Math.min(count, first + perPage); i++) {
      const day = new Date(Date.UTC(2026, 0, 1) - Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
      const site = SITES[i % SITES.length]!;
      items.push(
        makeItem({
          date: day,
          title: i % 7 === 6 ? null : `${words(i, 6)} ${i}`,
          paragraphs: [words(i + 1, 40), words(i + 2, 30)],
          category: CATEGORIES[i % CATEGORIES.length]!,
          url: `https://${site}/news/${i}`,
        }),
      );
    }
    await archive.ingest([
      { page: makePage(items, `https://${SITES[0]}/page/${first}`), source: `bench-${first}` },
    ]);
    if (first % 100_000 === 0 && first > 0)
      log(`  built ${first} items in ${((Date.now() - start) / 1000).toFixed(0)} s`);
  }
  await archive.close();
  await rename(building, path);
  for (const suffix of ["-wal", "-shm"]) await rm(`${building}${suffix}`, { force: true });
  return { path, built: true };
}
