import * as crypto from "node:crypto";

// crypto.hash (Node 20.12+) hashes in one call: no Hash object per item, which a bulk ingest
// made thousands of times a second. Same digest as createHash, which older runtimes fall back to.
const oneShot = (
  crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: "base64url") => string }
).hash;

/** A short content hash: tells a changed item or page from one already stored. */
export function contentHash(data: string | Uint8Array): string {
  return oneShot
    ? oneShot("sha1", data, "base64url")
    : crypto.createHash("sha1").update(data).digest("base64url");
}
