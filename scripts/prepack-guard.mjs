#!/usr/bin/env node
// The workspace's package.json files are written for development: `exports` point at src/*.ts and
// versions say "catalog:" / "workspace:*". pnpm rewrites them on pack (publishConfig, catalogs,
// workspace ranges); npm, yarn and bun would pack them as they are, and the tarball would install
// but not work. So every other client stops here, loudly, before making a tarball.
// npm_execpath is set by the client running this script (the user agent is not: npm takes an
// inherited npm_config_user_agent as its own, so `npm pack` under `pnpm exec` would pass for pnpm)
import { basename } from "node:path";

const runner = basename(process.env.npm_execpath ?? "");
if (!/^pnpm(?:\.c?js)?$/.test(runner)) {
  const name = process.env.npm_package_name ?? "this package";
  const client = runner.replace(/(?:-cli)?\.c?js$/, "") || "this client";
  process.stderr.write(
    `prepack: ${name} must be packed with pnpm, not ${client}: its package.json points exports at ` +
      `src/ and uses "catalog:" and "workspace:" versions that only pnpm rewrites when packing ` +
      `(publishConfig). Run: pnpm --filter ${name} pack\n`,
  );
  process.exit(1);
}
