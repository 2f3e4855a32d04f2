// Precision and recall of enrich on what we labelled by hand: the seed (seed.golden.json, reviewed
// line by line) and real passages from the dev corpus (fixtures/enrich/labels.json).
// Run: pnpm --filter @news/core exec tsx scripts/eval-enrich.ts
import { readFileSync } from "node:fs";
import { pageFromDump } from "../fixtures/enrich/page.js";
import { enrich } from "../src/enrich/index.js";
import type { Enrichment } from "../src/model/enrichment.js";
import { parseText } from "../src/text/index.js";
// the n-gram language model loads on demand; parse with it, as the apps do
import "../src/lang/ready.js";

interface Labels {
  quotes: Array<[string, string, string | null]>;
  people: string[];
  places: string[];
  organizations: string[];
  figures: Array<[string, number]>;
  documents: string[];
  eventDates: string[];
}

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/enrich/${name}`, import.meta.url), "utf8");
type Tally = Map<string, { found: number; right: number; labelled: number; hit: number }>;
const all: Tally = new Map();
const heldOut: Tally = new Map();
let tallies: Tally[] = [all];
const count = (what: string, found: string[], labelled: string[]) => {
  for (const tally of tallies) {
    const t = tally.get(what) ?? { found: 0, right: 0, labelled: 0, hit: 0 };
    t.found += found.length;
    t.labelled += labelled.length;
    t.right += found.filter((f) => labelled.includes(f)).length;
    t.hit += labelled.filter((l) => found.includes(l)).length;
    tally.set(what, t);
  }
};

function score(e: Enrichment, l: Labels) {
  // a quote is the label whose opening words it starts with
  const labelled = l.quotes.map(([k, t]) => `${k}|${t}`);
  const keyOf = (kind: string, text: string) =>
    l.quotes.find(([k, t]) => k === kind && text.startsWith(t))
      ? `${kind}|${l.quotes.find(([k, t]) => k === kind && text.startsWith(t))?.[1]}`
      : `?${kind}|${text.slice(0, 40)}`;
  const keys = e.quotes.map((q) => keyOf(q.kind, q.text));
  count("quotes", keys, labelled);
  // a speaker is judged on the quotes both sides have, and only when enrich named one
  const given = e.quotes
    .map((q, i) => ({ q, key: keys[i] as string }))
    .filter(({ q, key }) => q.speakerEntity !== null && !key.startsWith("?"));
  count(
    "speakers",
    given.map(({ q, key }) => `${key}>${q.speakerEntity}`),
    l.quotes.filter(([, , s]) => s !== null).map(([k, t, s]) => `${k}|${t}>${s}`),
  );
  for (const [what, kind] of [
    ["people", "person"],
    ["places", "place"],
    ["organizations", "organization"],
  ] as const) {
    const names = e.entities.filter((x) => x.kind === kind);
    const wanted = l[what];
    // an entity counts as the label it is named or mentioned as
    const found = names.map(
      (x) => wanted.find((w) => w === x.name || x.mentions.some((m) => m.text === w)) ?? `?${x.name}`,
    );
    count(what, found, wanted);
  }
  count(
    "figures",
    e.figures.map((f) => `${f.kind} ${f.count}`),
    l.figures.map(([k, n]) => `${k} ${n}`),
  );
  count(
    "documents",
    e.documents.map((d) => d.id),
    l.documents,
  );
  count(
    "eventDates",
    e.eventDates.map((d) => d.date),
    l.eventDates,
  );
}

// the seed: its golden file is the label set
const seed = fixture("seed.txt");
const golden = JSON.parse(fixture("seed.golden.json")) as Array<{
  quotes: Array<{ kind: string; text: string; speakerEntity: string | null }>;
  entities: Array<{ kind: string; name: string }>;
  figures: Array<{ kind: string; count: number }>;
  documents: Array<{ id: string }>;
  eventDates: Array<{ date: string }>;
}>;
enrich(parseText(seed)).items.forEach((item, i) => {
  const g = golden[i];
  if (!g || !item.enrichment) return;
  score(item.enrichment, {
    quotes: g.quotes.map((q) => [q.kind, q.text, q.speakerEntity]),
    people: g.entities.filter((x) => x.kind === "person").map((x) => x.name),
    places: g.entities.filter((x) => x.kind === "place").map((x) => x.name),
    organizations: g.entities.filter((x) => x.kind === "organization").map((x) => x.name),
    figures: g.figures.map((f) => [f.kind, f.count]),
    documents: g.documents.map((d) => d.id),
    eventDates: g.eventDates.map((d) => d.date),
  });
});

const labels = JSON.parse(fixture("labels.json")) as {
  passages: Array<{ file: string; header: string; date: string; heldOut?: boolean; items: Labels[] }>;
};
for (const passage of labels.passages) {
  // held out: labelled before enrich was ever run on it
  tallies = passage.heldOut ? [all, heldOut] : [all];
  const page = enrich(pageFromDump(fixture(passage.file), new RegExp(passage.header), passage.date));
  page.items.forEach((item, i) => {
    const l = passage.items[i];
    if (l && item.enrichment) score(item.enrichment, l);
  });
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
const table = (tally: Tally) =>
  `| what | found | labelled | precision | recall |\n| --- | ---: | ---: | ---: | ---: |\n${[...tally]
    .map(
      ([what, t]) =>
        `| ${what} | ${t.found} | ${t.labelled} | ${pct(t.right, t.found)} | ${pct(t.hit, t.labelled)} |`,
    )
    .join("\n")}\n`;
process.stdout.write(
  `All labelled items:\n\n${table(all)}\nPassages labelled before enrich first ran on them (since used for tuning, see README):\n\n${table(heldOut)}`,
);
