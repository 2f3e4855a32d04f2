/**
 * The top functions of a V8 CPU profile (`node --cpu-prof`) by inclusive time (the share of
 * samples whose stack holds the function, counted once per sample however deep it recurses),
 * beside their self time; with `--lines NAME`, the self time of function NAME per source line
 * (the profile's position ticks), to see which loop of a function costs.
 *
 *   pnpm exec tsx bench/profile-inclusive.ts /tmp/prof/CPU.xxx.cpuprofile [N] [--lines NAME]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

const args = process.argv.slice(2);
const linesAt = args.indexOf("--lines");
const linesOf = linesAt === -1 ? null : (args[linesAt + 1] ?? null);
const [file, count] = args.filter((a, k) => !a.startsWith("--") && (linesAt === -1 || k !== linesAt + 1));
if (!file) {
  process.stderr.write("usage: profile-inclusive.ts FILE.cpuprofile [N] [--lines NAME]\n");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const nameOf = (node: ProfileNode) => node.callFrame.functionName || "(anonymous)";

const hits = new Map<number, number>();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const inclusive = new Map<string, number>();
const self = new Map<string, number>();
for (const [id, n] of hits) {
  const seen = new Set<string>();
  const leaf = byId.get(id) as ProfileNode;
  self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + n);
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = nameOf(byId.get(at) as ProfileNode);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + n);
  }
}
const all = profile.samples.length;
const pct = (n: number) => `${((n / all) * 100).toFixed(1).padStart(5)}%`;
if (linesOf) {
  const ticks = new Map<number, number>();
  for (const node of profile.nodes) {
    if (nameOf(node) !== linesOf) continue;
    for (const t of node.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
  }
  for (const [line, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, Number(count ?? 25)))
    process.stdout.write(`${pct(n)}  line ${line}\n`);
} else {
  process.stdout.write("inclusive   self  function\n");
  for (const [name, n] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(count ?? 25)))
    process.stdout.write(`${pct(n)} ${pct(self.get(name) ?? 0)}  ${name}\n`);
}
