// What a rowid bound costs FTS5 bound as a JS number (a REAL to SQLite) and as a BigInt (an
// INTEGER), on a persistent archive (bench/build-archive.ts): the newest match at or below the
// start of a year, and the oldest at or above it, for a word (default "their"); median of 7 ms.
// DB=/tmp/a.db tsx bench/fts-rowid-bounds.ts [word]
import Database from "better-sqlite3";
import { keyRange } from "../src/key.js";

const db = new Database(process.env.DB as string, { readonly: true });
db.pragma("cache_size = -65536");
const word = `"${process.argv[2] ?? "their"}"`;
const below = db.prepare(
  "select rowid from items_fts where items_fts match ? and rowid <= ? order by rowid desc limit 1",
);
const above = db.prepare(
  "select rowid from items_fts where items_fts match ? and rowid >= ? order by rowid asc limit 1",
);
const median = (run: () => void) => {
  const ms: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return (ms.sort((a, b) => a - b)[3] as number).toFixed(2);
};
console.log("| year | <= as REAL | <= as INTEGER | >= as REAL | >= as INTEGER |");
console.log("| --- | --- | --- | --- | --- |");
for (const year of [2025, 2020, 2015, 2010, 2005, 2001]) {
  const key = keyRange(String(year)).lo;
  const cells = [below, above].flatMap((s) => [
    median(() => s.all(word, key)),
    median(() => s.all(word, BigInt(key))),
  ]);
  console.log(`| ${year} | ${cells.join(" | ")} |`);
}
db.close();
