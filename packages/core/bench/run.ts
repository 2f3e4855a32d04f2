// runs every bench/*.bench.ts in turn (or those whose name contains the first argument)
import { readdirSync } from "node:fs";

const here = new URL(".", import.meta.url);
const only = process.argv[2];
for (const file of readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()) {
  if (only && !file.includes(only)) continue;
  await import(new URL(file, here).href);
}
