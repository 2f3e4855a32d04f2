// A reader thread of the read pool (read-pool.ts): one read-only connection to a SQLite archive,
// answering the read methods the main thread sends. Errors go back as plain { name, code, message }.
// Apps that use the pool build this file as `archive-reader.js` beside their bundle.
import { parentPort, workerData } from "node:worker_threads";
import { type Archive, openArchive } from "@news/archive";

export interface ReadRequest {
  id: number;
  method: string;
  args: unknown[];
}

const port = parentPort;
if (port) {
  const opening: Promise<Archive> = openArchive((workerData as { location: string }).location, {
    readonly: true,
  });
  // until this arrives the pool answers lists and searches on the main connection (loading and
  // opening here takes a few hundred milliseconds, which a first screen or request should not wait
  // for). A thread that cannot open the archive stops with the reason (the pool's "error" event):
  // dead to the pool, its share of reads, counts waiting for a thread included, goes to the main connection
  opening.then(
    () => port.postMessage("ready"),
    (error: unknown) => {
      setImmediate(() => {
        throw error;
      });
    },
  );
  port.on("message", async (message: ReadRequest | "close") => {
    if (message === "close") {
      await (await opening).close();
      port.close();
      return;
    }
    try {
      const archive = await opening;
      const method = (archive as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[
        message.method
      ];
      if (!method) throw new Error(`no read method ${message.method}`);
      port.postMessage({ id: message.id, ok: true, value: await method.apply(archive, message.args) });
    } catch (error) {
      const e = error as { name?: string; code?: string; message?: string; stack?: string };
      port.postMessage({
        id: message.id,
        ok: false,
        error: {
          name: e?.name ?? "Error",
          code: e?.code,
          message: e?.message ?? String(error),
          stack: e?.stack,
        },
      });
    }
  });
}
