import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", schema: "src/model/index.ts", enrich: "src/enrich/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  // ESM-only dependencies are bundled into the CommonJS build so `require` works everywhere
  noExternal: [
    "eld",
    "htmlparser2",
    "domhandler",
    "domutils",
    "domelementtype",
    "entities",
    "dom-serializer",
  ],
});
