/**
 * The top entries of a V8 CPU profile (`node --cpu-prof`) by self time, one line per function and
 * source line: share of samples, function name, file:line. Frames of one function at different
 * lines are summed when `--by-function` is given.
 *
 *   pnpm exec tsx bench/profile-top.ts /tmp/prof/CPU.xxx.cpuprofile [N] [--by-function]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const [file, count] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!file) {
  process.stderr.write("usage: profile-top.ts FILE.cpuprofile [N] [--by-function]\n");
  process.exit(2);
}
const byFunction = process.argv.includes("--by-function");
const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
const hits = new Map<number, number>();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const totals = new Map<string, number>();
for (const node of profile.nodes) {
  const n = hits.get(node.id) ?? 0;
  if (!n) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.split("/").slice(-2).join("/")}${byFunction ? "" : `:${lineNumber + 1}`}` : "";
  const key = `${functionName || "(anonymous)"}\t${where}`;
  totals.set(key, (totals.get(key) ?? 0) + n);
}
const all = profile.samples.length;
const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(count ?? 25));
for (const [key, n] of top) {
  const [name, where] = key.split("\t");
  process.stdout.write(`${((n / all) * 100).toFixed(1).padStart(5)}%  ${name}  ${where}\n`);
}
