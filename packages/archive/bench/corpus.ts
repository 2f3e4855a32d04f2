import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { NewsItem } from "@news/core";
import { makeItem } from "../src/testing/pages.js";

/** Real sentences of the shared corpus (WCXB article texts), or null when the corpus is absent. */
export function loadSentences(shared: string): string[] | null {
  const dir = join(shared, "corpus/wcxb-dev-articles/ground-truth");
  if (!existsSync(dir)) return null;
  const sentences: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const truth = JSON.parse(readFileSync(join(dir, name), "utf8")).ground_truth as { main_content?: string };
    for (const s of (truth.main_content ?? "").split(/(?<=[.!?])\s+/)) {
      const t = s.replace(/\s+/g, " ").trim();
      if (t.split(" ").length >= 6 && t.length < 400) sentences.push(t);
    }
  }
  return sentences;
}

/** A small fast PRNG: the same seed gives the same archive on every run. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES = ["example.org", "news.example.com", "press.example.net", "blog.example.io", "etilaf.example"];
const CATEGORIES = ["Politics", "World", "Statements", "Economy", "Human Rights", "Culture"];

/**
 * Item `n` of a synthetic archive: real sentences recombined (so term frequencies look like
 * real text), ~`words` words of body, dates spread over 2000-2024. Deterministic in `n`.
 */
export function syntheticItem(sentences: string[], n: number, words: number): NewsItem {
  const r = rng(n * 2654435761 + 1);
  const pick = () => sentences[Math.floor(r() * sentences.length)] as string;
  const title = pick().split(" ").slice(0, 12).join(" ");
  const body: string[] = [];
  let count = 0;
  while (count < words) {
    const s = pick();
    body.push(s);
    count += s.split(" ").length;
  }
  const day = Math.floor(r() * 25 * 365);
  const date = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const site = SITES[n % SITES.length] as string;
  // the id is the content id the archive recomputes; the title's "(n)" keeps it unique per n
  return makeItem({
    date,
    title: `${title} (${n})`,
    category: CATEGORIES[n % CATEGORIES.length] as string,
    url: `https://${site}/item/${n}`,
    paragraphs: [body.join(" ")],
  });
}
