import { once } from "node:events";
import { type FileHandle, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { AppError } from "@news/app";

/** Where a command's results go: stdout, or a file that appears whole or not at all. */
export interface Output {
  write(chunk: string): Promise<void>;
  /** Finishes: a file output is synced and renamed over its target only now. */
  close(): Promise<void>;
  /** Gives up: a file output's temporary file is removed and the target is left as it was. */
  abort(): Promise<void>;
}

/**
 * Opens the output of a command: `out` is a path (relative to `cwd`) or undefined for stdout.
 * A file is written to a hidden temporary file beside it and renamed on `close`, so a reader
 * never sees half a file and a failed run leaves the previous file in place.
 *
 * @example
 * const output = await openOutput(values.out, io);
 * try { await output.write(json); await output.close(); } catch (e) { await output.abort(); throw e; }
 */
export async function openOutput(
  out: string | undefined,
  io: { stdout: Writable; cwd: string },
): Promise<Output> {
  if (out === undefined || out === "-") return streamOutput(io.stdout);
  const target = resolve(io.cwd, out);
  // hidden, so a directory walk over the same folder skips it
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(temp, "wx");
  } catch (error) {
    throw new AppError("cannot-write", `${out}: ${describe(error)}`);
  }
  let closed = false;
  return {
    async write(chunk) {
      await handle.write(chunk);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await handle.sync();
        await handle.close();
        await rename(temp, target);
      } catch (error) {
        await unlink(temp).catch(() => {});
        throw new AppError("cannot-write", `${out}: ${describe(error)}`);
      }
    },
    async abort() {
      if (closed) return;
      closed = true;
      await handle.close().catch(() => {});
      await unlink(temp).catch(() => {});
    },
  };
}

function streamOutput(stream: Writable): Output {
  return {
    async write(chunk) {
      // respect backpressure: a slow reader (a pager, a pipe) must not make us buffer every page
      if (!stream.write(chunk)) await once(stream, "drain");
    },
    async close() {},
    async abort() {},
  };
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "the folder does not exist";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
}

/**
 * A one-line counter redrawn on a terminal's stderr at most every 100 ms; does nothing when
 * stderr is not a terminal, so logs and pipes never get carriage returns.
 *
 * @example
 * const progress = progressLine(io.stderr);
 * progress.update(`news: ${n} parsed`);
 * progress.clear(); // before any other stderr line, and at the end
 */
export function progressLine(stderr: { isTTY?: boolean; write(text: string): unknown }, enabled = true) {
  let shown = false;
  let last = 0;
  return {
    update(text: string) {
      const now = Date.now();
      if (!enabled || !stderr.isTTY || now - last < 100) return;
      last = now;
      stderr.write(`\r\u001b[2K${text}`);
      shown = true;
    },
    clear() {
      if (shown) stderr.write("\r\u001b[2K");
      shown = false;
    },
  };
}
