import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { readersReady, withReadPool } from "@news/app";
import { type Archive, openArchive, resolveLocation } from "@news/archive";
import { type ApiApp, createApp } from "./app.js";
import type { ApiOptions } from "./options.js";

export interface ServerOptions extends ApiOptions {
  /** Default 8080; 0 picks a free port (tests). */
  port?: number;
  /** Default 127.0.0.1: reachable from this machine only until you say otherwise. */
  host?: string;
  /** The archive: an open one, or a location (file path or postgres:// URL) to open. */
  archive?: Archive | string;
  /** Where `archive` defaults from when absent: `$NEWS_DATABASE_URL`, `$NEWS_DB`, XDG data home. */
  env?: Record<string, string | undefined>;
  /**
   * SQLite only: reader threads that run the archive's reads, so one slow query does not hold the
   * event loop (default 2; 0 runs every query on the main thread). Used when `archive` is a location.
   */
  readers?: number;
  /** How long in-flight requests may take to finish on shutdown before their connections are cut. */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  port: number;
  app: ApiApp;
  archive: Archive;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), closes the archive if it opened it. */
  close(): Promise<void>;
}

/**
 * Starts the API on a Node HTTP server and resolves once it listens.
 *
 * @example
 * const server = await startServer({ archive: "news.db", port: 0 });
 * await fetch(`${server.url}/v1/items?q=geneva`);
 * await server.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const ownsArchive = typeof options.archive !== "object";
  let archive: Archive;
  if (typeof options.archive === "object") {
    archive = options.archive;
  } else {
    const location = options.archive ?? resolveLocation(undefined, options.env ?? process.env);
    archive = await openArchive(location);
    const readers = options.readers ?? 2;
    if (archive.engine === "sqlite" && readers > 0) {
      // a thread that dies is logged; its reads go to the other threads or the main connection
      const log = options.logError ?? ((error: unknown) => console.error(error));
      archive = withReadPool(archive, location, readers, (error) => log(error, "reader-thread"));
      // a server listens once its threads can take the slow reads (a few hundred milliseconds);
      // the pool would answer on the main connection meanwhile, where one facet count stalls all
      await readersReady(archive);
    }
  }
  const app = createApp(archive, options);
  const host = options.host ?? "127.0.0.1";
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(s));
      s.once("error", reject);
    });
  } catch (error) {
    if (ownsArchive) await archive.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      // keep-alive connections hold close() open: drop each one as soon as its last request is answered
      const idle = () => ("closeIdleConnections" in server ? server.closeIdleConnections() : undefined);
      idle();
      const sweep = setInterval(idle, 50);
      const grace = setTimeout(() => {
        if ("closeAllConnections" in server) server.closeAllConnections();
      }, options.shutdownGraceMs ?? 10_000);
      sweep.unref();
      grace.unref();
      await stopped;
      clearInterval(sweep);
      clearTimeout(grace);
      if (ownsArchive) await archive.close();
    })();
    return closing;
  };
  const shown = host.includes(":") ? `[${host}]` : host;
  return { url: `http://${shown}:${port}`, port, app, archive, close };
}
