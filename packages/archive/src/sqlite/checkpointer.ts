import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * The thread's code, inlined so that bundles of this package need no file beside them: a second
 * connection that copies the WAL back into the database file (a PASSIVE checkpoint never blocks
 * the writer or readers) every `everyMs`.
 */
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.module);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma("busy_timeout = 0");
db.pragma("synchronous = NORMAL");
const timer = setInterval(() => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch {}
}, workerData.everyMs);
parentPort.once("message", () => {
  clearInterval(timer);
  try { db.close(); } catch {}
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Ends the thread and waits for it to close its connection. */
  stop(): Promise<void>;
}

/**
 * Checkpoints an archive's WAL from a thread of its own while this process writes it. Items land
 * at date-ordered keys, so every batch dirties pages all over the b-trees and the writer's commits
 * spent a fifth of their time copying them back into the file (1M teasers): that work now runs
 * beside the next batch. Null when better-sqlite3 cannot be found for the thread; a thread that
 * fails leaves checkpoints to the writer's own automatic ones.
 *
 * @example
 * const checkpointer = startCheckpointer("/data/news.db");
 * await checkpointer?.stop();
 */
export function startCheckpointer(path: string, everyMs = 250): Checkpointer | null {
  let module: string;
  try {
    module = createRequire(import.meta.url).resolve("better-sqlite3");
  } catch {
    return null;
  }
  const worker = new Worker(THREAD, { eval: true, workerData: { module, path, everyMs } });
  worker.unref(); // never what keeps a process alive while it runs
  worker.on("error", () => {});
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    async stop() {
      // while it is awaited it must hold the process: an unref'd thread awaited alone let the
      // process end right there, the caller's code after close() never run
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
