import { benchArchive } from "/work/wt/tui/apps/tui/bench/archive.ts";
const n = Number(process.argv[2]);
const t = Date.now();
const r = await benchArchive(n, (l) => console.log(l));
console.log(r, (Date.now() - t) / 1000, "s");
