/**
 * @news/app: the application layer every @news app shares (the `news` CLI, the HTTP API, the
 * terminal browser): the ingest pipeline, the bounded reader every input goes through, URL
 * fetching with its caps, the one classification of every error code, and the pool of SQLite
 * reader threads that keeps slow queries off the event loop. Node-only.
 *
 * @example
 * import { describeError, ingestSources } from "@news/app";
 * try {
 *   const summary = await ingestSources(archive, ["pages/"], { onProgress: console.log });
 * } catch (error) {
 *   const { code, message, exitCode } = describeError(error);
 * }
 */
export {
  describeError,
  ERROR_CLASSES,
  type ErrorDescription,
  type ErrorKind,
  EXIT_CODES,
} from "./describe.js";
export { AppError, type AppErrorCode, type InputError, isAppError } from "./errors.js";
export { type Fetched, type FetchOptions, fetchPage, isPrivateAddress } from "./fetch.js";
export { expandGlob, isGlob } from "./glob.js";
export {
  type IngestArchive,
  type IngestEvent,
  type IngestOptions,
  type IngestSource,
  type IngestSummary,
  ingestSources,
  type MemoryInput,
} from "./ingest.js";
export {
  contentTypeFor,
  expandInputs,
  type InputFailure,
  type InputOptions,
  type InputRef,
  type InputResult,
  inputError,
  isPageName,
  readInput,
  readInputs,
} from "./inputs.js";
export { pagesFromJson } from "./json.js";
export { jsonPieces } from "./json-stream.js";
export { type DocumentParser, parseWithLanguageModel } from "./parse.js";
export {
  type Bounded,
  boundBytes,
  DEFAULT_MAX_BYTES,
  gunzipBounded,
  LARGEST_BUFFER,
  readBounded,
} from "./read.js";
export { leastBusy, readersReady, withReadPool } from "./read-pool.js";
export { parseByteSize } from "./size.js";
