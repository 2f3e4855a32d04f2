import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// @news/core as a user gets it: the tarball `pnpm pack` makes, installed by npm from the registry
const root = fileURLToPath(new URL("..", import.meta.url));
const core = join(root, "packages/core");
let dir: string;
let tarball: string;

function run(file: string, args: string[], cwd: string): string {
  try {
    return execFileSync(file, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    // execFileSync's own message leaves out stdout, where attw and publint say what is wrong
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(" ")} failed:\n${stdout}${stderr}`);
  }
}

const text = [
  "Coalition News",
  "21 December 2017 In Coalition News",
  "",
  "The delegation met a UN technical team in Astana. (Source: Media Department)",
  "",
  "Home Media Center Coalition News",
].join("\n");

const esm = `
import { NewsPage, isNewsError, parseText } from "@news/core";
import { NewsPage as SchemaPage } from "@news/core/schema";
const text = ${JSON.stringify(text)};
const page = NewsPage.parse(parseText(text));
SchemaPage.parse(parseText(new TextEncoder().encode(text)));
console.log(JSON.stringify({ items: page.items.length, date: page.items[0]?.date, isNewsError: typeof isNewsError }));
`;

const cjs = `
const { NewsPage, NewsError, isNewsError, parseText } = require("@news/core");
const { NewsPage: SchemaPage, NewsError: SchemaError } = require("@news/core/schema");
if (NewsError !== SchemaError || NewsPage !== SchemaPage) throw new Error("two copies of the model classes");
const text = ${JSON.stringify(text)};
const page = NewsPage.parse(parseText(text));
SchemaPage.parse(parseText(new TextEncoder().encode(text)));
console.log(JSON.stringify({ items: page.items.length, date: page.items[0]?.date, isNewsError: typeof isNewsError }));
`;

const browser = `
import { NewsPage, parse } from "@news/core";
// bytes made in this realm: the sandbox's TextEncoder is the host's and makes the host's Uint8Array
const bytes = Uint8Array.from(unescape(encodeURIComponent(${JSON.stringify(text)})), (c) => c.charCodeAt(0));
const page = NewsPage.parse(parse(bytes));
globalThis.result = { items: page.items.length, date: page.items[0]?.date, format: page.inputInfo.format };
`;

const lazyLang = `
import { detectLang, loadLanguageModel } from "@news/core";
const text = "Правительство объявило новые меры";
const before = detectLang(text);
await loadLanguageModel();
console.log(JSON.stringify({ before, after: detectLang(text) }));
`;

async function project(name: string, type: "module" | "commonjs", file: string, code: string) {
  const at = join(dir, name);
  await mkdir(at);
  const manifest = { name, private: true, type, dependencies: { "@news/core": `file:${tarball}` } };
  await writeFile(join(at, "package.json"), JSON.stringify(manifest));
  await writeFile(join(at, file), code);
  run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], at);
  return at;
}

beforeAll(async () => {
  run("pnpm", ["--filter", "@news/core", "build"], root);
  dir = await mkdtemp(join(tmpdir(), "news-pack-"));
  run("pnpm", ["pack", "--pack-destination", dir], core);
  const name = (await readdir(dir)).find((n) => n.endsWith(".tgz"));
  if (!name) throw new Error("pnpm pack made no tarball");
  tarball = join(dir, name);
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("@news/core tarball", () => {
  it("ships the build and its manifest, not the sources or tests", () => {
    const files = run("tar", ["-tzf", tarball], dir).trim().split("\n");
    expect(files).toContain("package/package.json");
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/index.cjs");
    expect(files).toContain("package/dist/schema.d.cts");
    expect(files.filter((f) => !f.startsWith("package/dist/") && f !== "package/package.json")).toEqual(
      files.filter((f) => /^package\/(README|LICENSE|CHANGELOG)/i.test(f)),
    );
  });

  it("points its published exports at dist", () => {
    const manifest = JSON.parse(run("tar", ["-xzOf", tarball, "package/package.json"], dir));
    expect(manifest.exports["."].import.default).toBe("./dist/index.js");
    expect(manifest.exports["./schema"].require.types).toBe("./dist/schema.d.cts");
    expect(JSON.stringify(manifest.dependencies)).not.toContain("workspace:");
    expect(JSON.stringify(manifest.dependencies)).not.toContain("catalog:");
  });

  it("imports nothing Node-only, so it runs in browsers, Deno, Bun and edge workers", async () => {
    const dist = join(core, "dist");
    const code = (await readdir(dist)).filter((f) => /\.(c?js)$/.test(f));
    for (const file of code) {
      const source = await readFile(join(dist, file), "utf8");
      expect({
        file,
        nodeOnly: source.match(/(?:from\s*|require\()["'](?:node:[\w/]+|fs|path|buffer|os)["']/g),
      }).toEqual({
        file,
        nodeOnly: null,
      });
    }
  });

  it("installs with npm into an ESM project and works there", async () => {
    const at = await project("esm-user", "module", "check.js", esm);
    expect(JSON.parse(run("node", ["check.js"], at))).toEqual({
      items: 1,
      date: "2017-12-21",
      isNewsError: "function",
    });
  });

  it("installs with npm into a CommonJS project and works there with require", async () => {
    const at = await project("cjs-user", "commonjs", "check.js", cjs);
    expect(JSON.parse(run("node", ["check.js"], at))).toEqual({
      items: 1,
      date: "2017-12-21",
      isNewsError: "function",
    });
  });

  it("bundles for the browser and runs with no Node globals (no process, Buffer or require)", async () => {
    const at = await project("browser-user", "module", "app.js", browser);
    const esbuild = fileURLToPath(new URL("node_modules/.bin/esbuild", import.meta.url));
    // --platform=browser fails the build on any import of a Node built-in, in core or its dependencies
    run(
      esbuild,
      ["app.js", "--bundle", "--platform=browser", "--format=iife", "--outfile=out.js", "--log-level=error"],
      at,
    );
    const bundle = await readFile(join(at, "out.js"), "utf8");
    const sandbox: Record<string, unknown> = {
      TextDecoder,
      TextEncoder,
      URL,
      console: { log() {}, warn() {} },
    };
    sandbox.globalThis = sandbox;
    runInNewContext(bundle, sandbox, { timeout: 10_000 });
    expect(sandbox.result).toEqual({ items: 1, date: "2017-12-21", format: "text" });
  });

  it("refuses to be packed by npm, which would ship src/ exports and catalog: versions", async () => {
    const out = await mkdtemp(join(tmpdir(), "news-npm-pack-"));
    try {
      expect(() => run("npm", ["pack", "--pack-destination", out], core)).toThrow(
        /must be packed with pnpm, not npm/,
      );
      expect(await readdir(out)).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("installs no dependency it bundles, and bundles no dependency it installs", async () => {
    const manifest = JSON.parse(run("tar", ["-xzOf", tarball, "package/package.json"], dir));
    const bundled = ["htmlparser2", "domhandler", "domutils", "domelementtype", "entities", "dom-serializer"];
    expect(Object.keys(manifest.dependencies).filter((d) => bundled.includes(d))).toEqual([]);
    // eld is installed, not bundled: its n-gram data lives in eld, loaded by import() on demand
    expect(Object.keys(manifest.dependencies)).toContain("eld");
    const index = await readFile(join(core, "dist/index.js"), "utf8");
    expect(index.length).toBeLessThan(600_000);
    expect(index).not.toContain("ngramsData");
  });

  it("keeps the language model out of a browser bundle's main chunk until detection loads it", async () => {
    const at = await project("split-user", "module", "app.js", lazyLang);
    const esbuild = fileURLToPath(new URL("node_modules/.bin/esbuild", import.meta.url));
    run(
      esbuild,
      ["app.js", "--bundle", "--splitting", "--format=esm", "--minify", "--outdir=out", "--log-level=error"],
      at,
    );
    const main = await readFile(join(at, "out/app.js"), "utf8");
    const chunks = (await readdir(join(at, "out"))).filter((f) => f !== "app.js");
    const lazy = await Promise.all(chunks.map((f) => readFile(join(at, "out", f), "utf8")));
    expect(main.length).toBeLessThan(600_000);
    expect(lazy.some((code) => code.length > 500_000)).toBe(true);
    expect(JSON.parse(run("node", ["out/app.js"], at))).toEqual({ before: null, after: "ru" });
  });

  it("passes publint --strict", () => {
    expect(run(join(core, "node_modules/.bin/publint"), ["run", tarball, "--strict"], core)).not.toMatch(
      /error|warning/i,
    );
  });

  it("passes @arethetypeswrong for Node's ESM and CommonJS resolution", () => {
    // --profile node16: node10 resolution ignores `exports`, so no package can offer the ./schema
    // subpath there; Node 20 (our engines floor), bundlers and Deno all read `exports`
    const out = run(
      join(core, "node_modules/.bin/attw"),
      [tarball, "--profile", "node16", "--format", "ascii"],
      core,
    );
    // attw exits non-zero on any problem it does not ignore (execFileSync then throws)
    expect(out).toContain("node16 (from CJS): 🟢 (CJS)");
    expect(out).toContain("node16 (from ESM): 🟢 (ESM)");
  });
});
