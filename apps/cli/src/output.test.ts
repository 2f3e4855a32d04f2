import { spawn } from "node:child_process";
import {
  chmod,
  lstat,
  mkdtemp,
  open,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOutput, writeAll } from "./output.js";

let cwd: string;
// the CLI run from source: tsx by absolute path, since the child runs in a temporary folder
const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const io = () => ({ stdout: new PassThrough(), cwd });

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "news-output-"));
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("openOutput", () => {
  it("checks every write: a short write goes on, a write of nothing is a full disk", async () => {
    const written: number[] = [];
    const short = {
      // writes at most 3 bytes a call, as a filling disk does
      write: async (buffer: Uint8Array, offset: number, length: number) => {
        const n = Math.min(3, length);
        written.push(...buffer.subarray(offset, offset + n));
        return { bytesWritten: n, buffer };
      },
    };
    await writeAll(short as never, "0123456789");
    expect(Buffer.from(written).toString()).toBe("0123456789");
    const full = { write: async (buffer: Uint8Array) => ({ bytesWritten: 0, buffer }) };
    await expect(writeAll(full as never, "x")).rejects.toMatchObject({ code: "ENOSPC" });
  });

  it.skipIf(process.platform !== "linux")(
    "reports a full device as disk-full, not as an internal error",
    async () => {
      const output = await openOutput("/dev/full", io());
      await expect(output.write("x".repeat(70_000))).rejects.toMatchObject({
        name: "AppError",
        code: "disk-full",
      });
      await output.abort();
    },
  );

  it("writes through a symlink, which stays a link, and keeps the target's mode", async () => {
    await writeFile(join(cwd, "real.json"), "old");
    await chmod(join(cwd, "real.json"), 0o444);
    await symlink(join(cwd, "real.json"), join(cwd, "link.json"));
    const output = await openOutput("link.json", io());
    await output.write("new");
    await output.close();
    expect((await lstat(join(cwd, "link.json"))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(cwd, "link.json"))).toBe(join(cwd, "real.json"));
    expect(await readFile(join(cwd, "real.json"), "utf8")).toBe("new");
    expect((await stat(join(cwd, "real.json"))).mode & 0o777).toBe(0o444);
  });

  it("writes into a device in place instead of replacing it with a file", async () => {
    await symlink("/dev/null", join(cwd, "mynull"));
    const output = await openOutput("mynull", io());
    await output.write("discarded");
    await output.close();
    expect((await stat("/dev/null")).isCharacterDevice()).toBe(true);
    expect((await lstat(join(cwd, "mynull"))).isSymbolicLink()).toBe(true);
  });

  it.skipIf(process.platform !== "linux")(
    "exits 1 with disk-full, not 70, when stdout is a full disk",
    async () => {
      await writeFile(join(cwd, "page.txt"), "2019-03-03 A page\n".repeat(5000));
      const full = await open("/dev/full", "w");
      try {
        const child = spawn(process.execPath, ["--import", tsx, main, "parse", "page.txt"], {
          cwd,
          env: { ...process.env, NEWS_CLI_MAIN: "1" },
          stdio: ["ignore", full.fd, "pipe"],
        });
        let stderr = "";
        child.stderr?.on("data", (c) => {
          stderr += c;
        });
        const code = await new Promise((done) => child.once("exit", done));
        expect([code, stderr.split(":")[1]?.trim()]).toEqual([1, "disk-full"]);
      } finally {
        await full.close();
      }
    },
  );

  it("removes its temporary file when the process is interrupted", async () => {
    const child = spawn(process.execPath, ["--import", tsx, main, "parse", "-", "--out", "result.json"], {
      cwd,
      env: { ...process.env, NEWS_CLI_MAIN: "1" },
      stdio: ["pipe", "ignore", "ignore"],
    });
    // the output is opened before any input is read: wait for its temporary file, then interrupt
    const deadline = Date.now() + 15_000;
    while (!(await readdir(cwd)).some((f) => f.startsWith(".result.json.")) && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 50));
    expect((await readdir(cwd)).some((f) => f.startsWith(".result.json."))).toBe(true);
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
    expect((await readdir(cwd)).filter((f) => f.includes("result.json"))).toEqual([]);
  });
});
