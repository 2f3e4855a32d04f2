import { createHash } from "node:crypto";

/** A short content hash: tells a changed item or page from one already stored. */
export function contentHash(data: string | Uint8Array): string {
  return createHash("sha1").update(data).digest("base64url");
}
