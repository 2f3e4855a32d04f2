import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { Archive } from "@news/archive";
import type { ReadRequest } from "./archive-reader.js";

// the reads whose time grows with the archive (searches, counts, facets, stats) run on the reader
// threads; lookups by id (get, getMany, sightings) and version() are index probes that cost less
// than the hop to a thread, and stay on the main connection, where no slow query can queue them
const READS = ["list", "count", "facets", "search", "stats"] as const;
type Read = (typeof READS)[number];
// reads that walk every match (a count of a million items: tens of ms warm, seconds cold): while the
// threads are still starting these wait for one rather than hold the main thread, where they would
// delay the first screen or the first requests; a list's first page is cheap and goes to the main
// connection at once
const WALKS: ReadonlySet<Read> = new Set(["count", "facets", "stats"]);

interface Reader {
  worker: Worker;
  /**
   * Reads sent and not yet answered by the thread, aborted ones included: an aborted query still
   * runs to its end there (SQLite cannot interrupt it from another thread), so it still holds it.
   */
  busy: number;
  /** The thread exited (it failed to start, or crashed): it gets no more work. */
  dead: boolean;
  /** Its connection is open; before that its share of reads goes to the main connection. */
  ready: boolean;
}

const readiness = new WeakMap<Archive, Promise<void>>();

/**
 * Resolves when every reader thread of a pooled archive has opened its connection or stopped (at
 * once for an archive without a pool). Until one has, lists and searches go to the main connection
 * and counts, facets and stats wait for it; a bench or a test that means to measure the threads
 * waits for this first.
 *
 * @example
 * const archive = withReadPool(await openArchive("news.db"), "news.db", 2);
 * await readersReady(archive);
 */
export function readersReady(archive: Archive): Promise<void> {
  return readiness.get(archive) ?? Promise.resolve();
}

/**
 * The reader for the next read: a live one with the fewest reads in hand, the first of equals; null
 * when every thread is gone. A thread stuck in a slow query (or in one whose caller gave up) gets
 * no more work while another is free.
 *
 * @example
 * leastBusy([{ busy: 1, dead: false }, { busy: 0, dead: false }]); // the second
 */
export function leastBusy<R extends { busy: number; dead: boolean }>(readers: readonly R[]): R | null {
  let best: R | null = null;
  for (const reader of readers) if (!reader.dead && (best === null || reader.busy < best.busy)) best = reader;
  return best;
}

/**
 * A SQLite archive whose searches, counts and facets run on `size` worker threads, each with a read-only
 * connection, while writes, lookups by id and `version()` stay on the given connection. A slow
 * query (a facet count over a million items) then holds one reader, not the event loop that
 * answers every other request. An aborted read is answered at once; its thread finishes the query
 * and the result is dropped (SQLite cannot interrupt a statement from another thread).
 *
 * Shared by the HTTP API (its searches and facets) and the terminal browser (its counts, pages
 * fetched ahead and searches, which would otherwise hold the keys).
 *
 * @example
 * const archive = withReadPool(await openArchive("news.db"), "news.db", 2);
 */
export function withReadPool(
  writer: Archive,
  location: string,
  size: number,
  onReaderFailure: (error: unknown) => void = () => {},
): Archive {
  let closing = false;
  const readers: Reader[] = Array.from({ length: size }, () => ({
    worker: startWorker(location),
    busy: 0,
    dead: false,
    ready: false,
  }));
  let resolveAll = () => {};
  const allReady = new Promise<void>((resolve) => {
    resolveAll = resolve;
  });
  // walks waiting for a thread to open its connection (or for every thread to be gone)
  let waitingForThread: (() => void)[] = [];
  const settle = () => {
    if (waitingForThread.length > 0 && readers.some((r) => r.ready || r.dead)) {
      const waiting = waitingForThread;
      waitingForThread = [];
      for (const wake of waiting) wake();
    }
    if (readers.every((r) => r.ready || r.dead)) resolveAll();
  };
  let next = 0;
  const pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: unknown) => void; reader: Reader; settled: () => void }
  >();
  for (const reader of readers) {
    reader.worker.on(
      "message",
      (message: "ready" | { id: number; ok: boolean; value?: unknown; error?: Record<string, unknown> }) => {
        if (message === "ready") {
          reader.ready = true;
          settle();
          return;
        }
        // the thread is done with this read, answered or given up on
        reader.busy--;
        const waiting = pending.get(message.id);
        if (!waiting) return;
        pending.delete(message.id);
        waiting.settled();
        if (message.ok) waiting.resolve(message.value);
        else waiting.reject(Object.assign(new Error(String(message.error?.message)), message.error));
      },
    );
    const fail = (error: unknown) => {
      if (reader.dead) return;
      reader.dead = true;
      settle();
      if (!closing) onReaderFailure(error);
      for (const [id, waiting] of pending) {
        if (waiting.reader === reader) {
          pending.delete(id);
          waiting.settled();
          waiting.reject(error);
        }
      }
    };
    reader.worker.on("error", fail);
    reader.worker.on("exit", () => fail(new Error("a reader thread of the archive stopped")));
  }
  settle(); // a pool of no threads is ready as it is

  // resolves when a thread has opened its connection or every thread is gone; an abort meanwhile
  // answers at once, as it does for a read sent to a thread
  function threadOpened(signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      const wake = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        waitingForThread = waitingForThread.filter((w) => w !== wake);
        reject(aborted());
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      waitingForThread.push(wake);
    });
  }

  function call(method: Read, args: unknown[], signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(aborted());
    const reader = leastBusy(readers.filter((r) => r.ready));
    if (reader === null && WALKS.has(method) && readers.some((r) => !r.dead)) {
      return threadOpened(signal).then(() => call(method, args, signal));
    }
    if (reader === null) {
      // no thread has opened its connection yet (the first screen, the first requests), or every
      // thread is gone: the main connection answers, as without a pool
      return (writer[method] as (...a: unknown[]) => Promise<unknown>).apply(writer, [...args, { signal }]);
    }
    reader.busy++;
    const id = next++;
    return new Promise((resolve, reject) => {
      // answered now; the thread stays busy until its query ends (its answer is dropped)
      const onAbort = () => {
        if (pending.delete(id)) reject(aborted());
      };
      // a signal that outlives many reads (a list and its pages) must not collect their listeners
      const settled = () => signal?.removeEventListener("abort", onAbort);
      pending.set(id, { resolve, reject, reader, settled });
      signal?.addEventListener("abort", onAbort, { once: true });
      reader.worker.postMessage({ id, method, args } satisfies ReadRequest);
    });
  }

  const pooled: Partial<Archive> = {};
  for (const method of READS) {
    // an AbortSignal cannot cross threads: it stays here and the options without it go over
    (pooled as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const last = args[args.length - 1] as { signal?: AbortSignal } | undefined;
      const signal = last && typeof last === "object" && "signal" in last ? last.signal : undefined;
      const sent = signal ? [...args.slice(0, -1), { ...last, signal: undefined }] : args;
      return call(method, sent, signal);
    };
  }
  const archive: Archive = Object.assign(Object.create(writer) as Archive, pooled, {
    close: async () => {
      closing = true;
      await Promise.all(
        readers
          .filter((r) => !r.dead)
          .map(
            (r) =>
              new Promise((resolve) => {
                r.worker.once("exit", resolve);
                r.worker.postMessage("close");
              }),
          ),
      );
      await writer.close();
    },
  });
  readiness.set(archive, allReady);
  return archive;
}

// the reader thread's code: `archive-reader.js` beside the bundle that inlined this module (each
// app that uses the pool builds that entry beside its own: apps/api, apps/cli); from the TypeScript
// source (tests, benches) through tsx's loader. A missing file makes the thread fail at start:
// its reads then go to the main connection, as every read does when all threads are gone.
function startWorker(location: string): Worker {
  const beside = new URL("archive-reader.js", import.meta.url);
  if (!existsSync(beside) && import.meta.url.endsWith(".ts")) {
    // tsx is the workspace's dev dependency, found from the working directory like `tsx` itself
    const source = new URL("archive-reader.ts", import.meta.url).href;
    const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
    return new Worker(boot, { eval: true, workerData: { location } });
  }
  return new Worker(beside, { workerData: { location } });
}

function aborted(): Error {
  return Object.assign(new Error("the request was stopped before its query finished"), {
    name: "ArchiveError",
    code: "aborted",
  });
}
