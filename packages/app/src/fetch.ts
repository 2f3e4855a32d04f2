import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { AppErrorCode } from "./errors.js";
import { contentTypeFor } from "./inputs.js";
import { readBounded } from "./read.js";

export interface FetchOptions {
  /** The whole exchange (every redirect, the whole body) within this many milliseconds. */
  timeoutMs: number;
  /** The body (decompressed) is cut off past this many bytes. */
  maxBytes: number;
  /** Redirects followed at most (each one checked like the first URL). */
  maxRedirects: number;
  /** Stops the download when aborted (a request that went away). */
  signal?: AbortSignal;
  /**
   * Refuse loopback, private, link-local, carrier-grade NAT, multicast and cloud-metadata
   * addresses, checked on the address actually connected to (after DNS resolution, so a name that
   * resolves to 127.0.0.1 is refused too) and on every redirect. For servers fetching URLs a
   * stranger sent; the CLI leaves it off so `news parse http://localhost/…` works.
   */
  blockPrivateNetworks?: boolean;
}

export type Fetched =
  | { ok: true; bytes: Uint8Array; contentType: string | null; url: string }
  | { ok: false; code: AppErrorCode; message: string };

const USER_AGENT = "news (+@news/app)";

// address ranges no server-side fetch may reach: RFC 6890 special-purpose blocks
const BLOCKED_V4: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];
const BLOCKED_V6: [string, number][] = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local (AWS metadata fd00:ec2::254 too)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["2001:db8::", 32], // documentation
  ["100::", 64], // discard
];

const blocked = new BlockList();
for (const [net, prefix] of BLOCKED_V4) blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of BLOCKED_V6) blocked.addSubnet(net, prefix, "ipv6");

/**
 * Whether an IP address is one a server must not fetch from for a stranger: loopback, private,
 * link-local, metadata, multicast, reserved. IPv4 inside IPv6 (`::ffff:127.0.0.1`, NAT64
 * `64:ff9b::7f00:1`) is judged by its IPv4 address.
 *
 * @example
 * isPrivateAddress("169.254.169.254"); // true
 * isPrivateAddress("93.184.215.14");   // false
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true; // not an address at all: nothing to connect to safely
  const embedded = embeddedIpv4(address);
  if (embedded) return blocked.check(embedded, "ipv4");
  return blocked.check(address, "ipv6");
}

function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::ffff:0:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::|::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = Number.parseInt(hex[1]!, 16);
  const low = Number.parseInt(hex[2]!, 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

class BlockedAddress extends Error {
  readonly code = "EBLOCKED";
}

// the DNS answer is checked where the socket connects: no second lookup can differ (rebinding)
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused || addresses.length === 0) {
      return callback(
        new BlockedAddress(`${hostname} resolves to ${refused?.address ?? "nothing"}, a private address`),
        "",
        0,
      );
    }
    if ((options as { all?: boolean }).all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/**
 * Downloads one page: http(s) only, redirects followed by hand (capped, each checked again, never
 * to another scheme), the whole exchange under one timeout, the body (decompressed) cut off past
 * `maxBytes` by the same bounded reader as files. Never throws: a failure is a value with a code.
 *
 * @example
 * const got = await fetchPage("https://example.org/news", { timeoutMs: 30_000, maxBytes: 1e7, maxRedirects: 5 });
 * if (got.ok) parse(got.bytes, { contentType: got.contentType ?? undefined, url: got.url });
 */
export async function fetchPage(url: string, options: FetchOptions): Promise<Fetched> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return { ok: false, code: "bad-url", message: "not a valid URL" };
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
        return {
          ok: false,
          code: "bad-url",
          message: `only http and https are fetched, not ${parsed.protocol}`,
        };
      }
      if (parsed.username || parsed.password) {
        return { ok: false, code: "bad-url", message: "URLs with a user name or password are not fetched" };
      }
      const literal = parsed.hostname.replace(/^\[|\]$/g, "");
      if (options.blockPrivateNetworks && isIP(literal) && isPrivateAddress(literal)) {
        return { ok: false, code: "blocked-address", message: `${literal} is a private address` };
      }
      const response = await get(parsed, signal, options.blockPrivateNetworks === true);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        if (hop >= options.maxRedirects) {
          return {
            ok: false,
            code: "too-many-redirects",
            message: `more than ${options.maxRedirects} redirects`,
          };
        }
        current = new URL(location, parsed).toString();
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        return {
          ok: false,
          code: "http-error",
          message: `HTTP ${status} ${response.statusMessage ?? ""}`.trim(),
        };
      }
      const declared = Number(response.headers["content-length"] ?? "NaN");
      if (declared > options.maxBytes) {
        response.destroy();
        return {
          ok: false,
          code: "too-large",
          message: `larger than the limit of ${options.maxBytes} bytes`,
        };
      }
      const body = decoded(response);
      const read = await readBounded(body, options.maxBytes, "");
      if (!read.ok) {
        response.destroy();
        return {
          ok: false,
          code: "too-large",
          message: `larger than the limit of ${options.maxBytes} bytes`,
        };
      }
      const contentType = response.headers["content-type"] ?? contentTypeFor(parsed.pathname);
      return { ok: true, bytes: read.bytes, contentType, url: current };
    }
  } catch (error) {
    if (timeout.aborted)
      return {
        ok: false,
        code: "timeout",
        message: `no complete answer within ${options.timeoutMs / 1000} s`,
      };
    if (options.signal?.aborted) return { ok: false, code: "fetch-failed", message: "aborted" };
    if (error instanceof BlockedAddress)
      return { ok: false, code: "blocked-address", message: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code.startsWith("Z_"))
      return { ok: false, code: "fetch-failed", message: `the body is not valid compressed data (${code})` };
    return { ok: false, code: "fetch-failed", message: code ?? (error as Error).message };
  }
}

function get(url: URL, signal: AbortSignal, guard: boolean): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "GET",
      signal,
      headers: { "user-agent": USER_AGENT, "accept-encoding": "gzip, deflate, br", accept: "*/*" },
      ...(guard ? { lookup: guardedLookup } : {}),
    });
    req.once("response", resolve);
    req.once("error", reject);
    req.end();
  });
}

// fetch() decompressed bodies; so do we, through the same bounded read (a gzip or brotli bomb stops there)
function decoded(response: IncomingMessage): AsyncIterable<Uint8Array> & { destroy(): void } {
  const encoding = String(response.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "deflate"
        ? createInflate()
        : encoding === "br"
          ? createBrotliDecompress()
          : null;
  if (!decoder) return response;
  response.on("error", (error) => decoder.destroy(error));
  response.pipe(decoder);
  return {
    [Symbol.asyncIterator]: () => decoder[Symbol.asyncIterator](),
    destroy() {
      response.destroy();
      decoder.destroy();
    },
  };
}
