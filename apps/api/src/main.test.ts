import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// the built entry points, as people start them: `node apps/api/dist/main.js` and `news serve`
const apiMain = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const cliMain = fileURLToPath(new URL("../../cli/dist/main.js", import.meta.url));
const built = existsSync(apiMain) && existsSync(cliMain);
if (!built && process.env.CI === "true")
  throw new Error("build first: the API's process tests run the built files");

const dir = mkdtempSync(join(tmpdir(), "news-api-main-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NEWS_API_ACCESS_LOG: "0", NEWS_DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  return new Promise((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve({ child, url: m[1]!, stderr: () => err });
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe.skipIf(!built)("the server as a process", () => {
  it("node apps/api/dist/main.js serves, and stops on SIGTERM with exit code 0", async () => {
    const { child, url } = await start([apiMain, "--port", "0", "--db", join(dir, "a.db")]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const exited = exitOf(child);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("news serve takes --port --host --db --allow-fetch and refuses bad options with exit code 2", async () => {
    const { child, url, stderr } = await start([
      cliMain,
      "serve",
      "--port",
      "0",
      "--host",
      "127.0.0.1",
      "--db",
      join(dir, "b.db"),
      "--allow-fetch",
    ]);
    expect(stderr()).toContain("writes off");
    const spec = (await (await fetch(`${url}/openapi.json`)).json()) as { paths: object };
    expect(Object.keys(spec.paths)).toContain("/v1/items");
    const exited = exitOf(child);
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    const bad = spawn(process.execPath, [cliMain, "serve", "--port", "99999"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    bad.stderr.on("data", (c: Buffer) => {
      err += c.toString();
    });
    expect(await exitOf(bad)).toBe(2);
    expect(err).toMatch(/^news: bad-option: --port/);
  });
});
