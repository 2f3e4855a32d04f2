import type { Sighting, StoredItem } from "@news/archive";
import { shownDate } from "@news/core";
import { oneLine, wrap } from "./text.js";
import type { Tone } from "./theme.js";

/** One line of the reading view, already wrapped to the width. */
export interface ReaderLine {
  text: string;
  tone?: Tone;
  bold?: boolean;
}

/** How each kind of event figure reads in a sentence. */
const FIGURE_WORDS: Record<string, string> = {
  killed: "killed",
  injured: "injured",
  victims: "victims",
  rescued: "rescued",
  detained: "detained",
  released: "released",
  displaced: "displaced",
  missing: "missing",
};

/**
 * The reading view of an item as lines: headline, date and where from, authors, URL, paragraphs,
 * source line, what enrichment found, and the pages the item was seen on.
 */
export function readerLines(item: StoredItem, sightings: readonly Sighting[], columns: number): ReaderLine[] {
  const text = Math.max(10, columns);
  const out: ReaderLine[] = [];
  const para = (value: string, style: Omit<ReaderLine, "text"> = {}, indent = 0) => {
    const pad = " ".repeat(indent);
    for (const line of wrap(value, text - indent)) out.push({ text: pad + line, ...style });
  };
  const blank = () => {
    if (out.length > 0 && out[out.length - 1]?.text !== "") out.push({ text: "" });
  };
  para(item.title ?? "(no headline)", { bold: true });
  para([shownDate(item), item.category, item.site, item.lang].filter(Boolean).join(" · "), { tone: "dim" });
  if (item.authors.length > 0) para(`By ${item.authors.join(", ")}`);
  if (item.url) para(item.url, { tone: "accent" });
  blank();
  for (const paragraph of item.paragraphs) {
    para(paragraph);
    blank();
  }
  if (item.source) {
    para(`(Source: ${oneLine(item.source)})`, { tone: "dim" });
    blank();
  }
  const e = item.enrichment;
  if (e) {
    const section = (title: string, entries: string[]) => {
      if (entries.length === 0) return;
      para(title, { tone: "heading", bold: true });
      for (const entry of entries) para(entry, {}, 2);
      blank();
    };
    section(
      "Quotes",
      e.quotes.map(
        (q) =>
          `${q.speaker ? `${oneLine(q.speaker.text)}: ` : ""}${q.kind === "direct" ? `“${oneLine(q.text)}”` : `(reported) ${oneLine(q.text)}`}`,
      ),
    );
    const named = (kind: string) =>
      e.entities
        .filter((entity) => entity.kind === kind)
        .map((entity) => [entity.name, entity.role, entity.country].filter(Boolean).join(", "));
    section("People", named("person"));
    section("Places", named("place"));
    section("Organisations", named("organization"));
    section(
      "Figures",
      e.figures.map(
        (f) =>
          `${f.approximate ? "about " : ""}${f.count} ${f.who ?? "people"} ${FIGURE_WORDS[f.kind] ?? f.kind} (“${oneLine(f.text)}”)`,
      ),
    );
    section(
      "Documents",
      e.documents.map((d) => `${d.id} (“${oneLine(d.text)}”)`),
    );
  }
  if (sightings.length > 0) {
    para("Seen on", { tone: "heading", bold: true });
    for (const s of sightings) para(`${s.seenAt.slice(0, 10)} ${s.pageUrl ?? s.source}`, { tone: "dim" }, 2);
  }
  while (out.length > 0 && out[out.length - 1]?.text === "") out.pop();
  return out;
}
