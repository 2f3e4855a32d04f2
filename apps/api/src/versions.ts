import type { Archive } from "@news/archive";

/**
 * The archive's `version()` as the read routes see it: read once per turn of the event loop and
 * shared by the requests handled in that turn, instead of one SQLite transaction (or PostgreSQL
 * round trip) per request.
 *
 * Why it stays correct with concurrent writers:
 * - a value (or a read in flight) is dropped at the end of the turn it was taken in
 *   (`setImmediate` runs right after the poll phase that handed those requests over), so it only
 *   serves requests whose bytes the server had already read when it was taken: for those, a read
 *   at that moment is as fresh as one at their own start. A commit by another process or another
 *   connection shows in every request read after that turn, exactly as with a read per request.
 * - a write this app makes (`POST /v1/ingest`) drops it at once (`invalidate`), so a request
 *   handled right after that write, even in the same turn, sees the new version.
 *
 * The one thing it cannot see is a write through the same `Archive` object by code outside the
 * app, followed in the same turn by a request to the app: call `invalidate()` after such a write.
 *
 * @example
 * const versions = new ArchiveVersions(archive);
 * const version = versions.current() ?? (await versions.read());
 */
export class ArchiveVersions {
  private value: string | undefined;
  private reading: Promise<string> | undefined;
  private clearScheduled = false;
  private generation = 0;
  private readonly clear = () => {
    this.clearScheduled = false;
    this.invalidate();
  };

  constructor(private readonly archive: Pick<Archive, "version">) {}

  /** The version read in this turn, or undefined when `read()` must ask the archive. */
  current(): string | undefined {
    return this.value;
  }

  /** The version: shared with the other requests of this turn, or read now. */
  read(): Promise<string> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    if (this.reading) return this.reading;
    const generation = this.generation;
    const reading = this.archive.version().then((version) => {
      // an invalidation while it ran (a write, the turn's end): answer this caller, keep nothing
      if (generation === this.generation) this.value = version;
      return version;
    });
    this.reading = reading;
    // a failed read is not shared beyond the requests that already wait on it
    reading.catch(() => {
      if (this.reading === reading) this.reading = undefined;
    });
    this.scheduleClear();
    return reading;
  }

  /** Forgets the version: the next request reads it again (after a write, and at every turn's end). */
  invalidate(): void {
    this.generation++;
    this.value = undefined;
    this.reading = undefined;
  }

  private scheduleClear(): void {
    if (this.clearScheduled) return;
    this.clearScheduled = true;
    // unref: a pending clear never keeps a process alive on its own
    setImmediate(this.clear).unref();
  }
}
