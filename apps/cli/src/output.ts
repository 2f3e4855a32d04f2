import { once } from "node:events";
import { unlinkSync } from "node:fs";
import { type FileHandle, open, realpath, rename, stat } from "node:fs/promises";
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
 * A regular file is written to a hidden temporary file beside it (with the old file's mode),
 * every write checked to the last byte, synced, and renamed over the target only on `close`: a
 * reader never sees half a file and a failed or interrupted run (a full disk, Ctrl-C) leaves the
 * previous file in place and no temporary file. A symlink is followed (the link stays a link); a
 * device or FIFO (`--out /dev/null`) is written through, never replaced by a file.
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
  let target = resolve(io.cwd, out);
  const existing = await stat(target).catch(() => null); // follows symlinks
  if (existing?.isDirectory()) throw new AppError("cannot-write", `${out}: is a directory`);
  if (existing && !existing.isFile()) return throughOutput(out, target);
  if (existing) target = await realpath(target); // rename onto what the link points at
  // hidden, so a directory walk over the same folder skips it
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(temp, "wx", existing ? existing.mode & 0o7777 : 0o666);
    // open's mode is masked by the umask: the old file's mode is kept exactly
    if (existing) await handle.chmod(existing.mode & 0o7777);
  } catch (error) {
    throw writeError(out, error, "cannot-write");
  }
  const removeTemp = () => {
    try {
      unlinkSync(temp);
    } catch {}
  };
  const stopSignals = onTermination(removeTemp);
  let closed = false;
  return {
    async write(chunk) {
      try {
        await writeAll(handle, chunk);
      } catch (error) {
        throw writeError(out, error);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      stopSignals();
      try {
        await handle.sync();
        await handle.close();
        await rename(temp, target);
      } catch (error) {
        await handle.close().catch(() => {});
        removeTemp();
        throw writeError(out, error);
      }
    },
    async abort() {
      if (closed) return;
      closed = true;
      stopSignals();
      await handle.close().catch(() => {});
      removeTemp();
    },
  };
}

/** A device or FIFO target: written in place (renaming over it would replace it with a file). */
async function throughOutput(out: string, target: string): Promise<Output> {
  let handle: FileHandle;
  try {
    handle = await open(target, "w");
  } catch (error) {
    throw writeError(out, error, "cannot-write");
  }
  let closed = false;
  const finish = async () => {
    if (closed) return;
    closed = true;
    await handle.close().catch(() => {});
  };
  return {
    async write(chunk) {
      try {
        await writeAll(handle, chunk);
      } catch (error) {
        throw writeError(out, error);
      }
    },
    close: finish,
    abort: finish,
  };
}

/**
 * Writes all of `chunk`: FileHandle.write may write fewer bytes than asked (a full disk), so it
 * goes on until every byte is out, and a write of nothing is a full disk, never a silent cut.
 *
 * @example
 * await writeAll(handle, json);
 */
export async function writeAll(handle: Pick<FileHandle, "write">, chunk: string): Promise<void> {
  const bytes = Buffer.from(chunk);
  let at = 0;
  while (at < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
    if (bytesWritten === 0) throw Object.assign(new Error("no byte could be written"), { code: "ENOSPC" });
    at += bytesWritten;
  }
}

/** The typed error of a failed write: a full disk is `disk-full`, anything else `write-failed`. */
function writeError(out: string, error: unknown, fallback: "write-failed" | "cannot-write" = "write-failed") {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const kind = code === "ENOSPC" || code === "EDQUOT" ? "disk-full" : fallback;
  return new AppError(kind, `${out}: ${describe(error)}`, { cause: error });
}

// Ctrl-C or a kill while writing: the temporary file goes, then the signal does what it would have
function onTermination(cleanup: () => void): () => void {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const handler = (signal: NodeJS.Signals) => {
    cleanup();
    for (const s of signals) process.off(s, handler);
    process.kill(process.pid, signal);
  };
  for (const s of signals) process.once(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
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
  if (code === "ENOSPC") return "no space left on the device (the previous file, if any, is unchanged)";
  if (code === "EDQUOT") return "the disk quota is exhausted (the previous file, if any, is unchanged)";
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
