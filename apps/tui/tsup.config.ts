import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: true,
  dts: true,
  // workspace packages export TypeScript source, and Ink, React and their dependencies are bundled
  // too: loaded from node_modules (~100 files, CommonJS lexed at import) they took ~300 ms of
  // `news browse`'s start, bundled ~110 ms. Native and server-only modules stay external; the
  // CommonJS parts of the bundle (React, signal-exit) require Node's built-ins through `require`
  noExternal: [/^(?!better-sqlite3$|pg$|pg-copy-streams$|react-devtools-core$)/],
  external: ["better-sqlite3", "pg", "pg-copy-streams", "react-devtools-core"],
  banner: {
    js: "import { createRequire as __newsCreateRequire } from 'node:module'; const require = __newsCreateRequire(import.meta.url);",
  },
});
