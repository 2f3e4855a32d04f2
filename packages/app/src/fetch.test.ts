import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage, isPrivateAddress } from "./fetch.js";

let server: Server;
let base: string;
const limits = { timeoutMs: 5000, maxBytes: 1000, maxRedirects: 3 };

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/page") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end("2018-01-05 Served over HTTP\n");
    } else if (req.url === "/moved") {
      res.writeHead(301, { location: "/page" });
      res.end();
    } else if (req.url === "/loop") {
      res.writeHead(302, { location: "/loop" });
      res.end();
    } else if (req.url === "/ftp") {
      res.writeHead(302, { location: "ftp://127.0.0.1/x" });
      res.end();
    } else if (req.url === "/big") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(5000));
    } else if (req.url === "/endless") {
      // no Content-Length and no end: only the byte cap stops it
      res.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => res.write("y".repeat(512)), 1);
      res.on("close", () => clearInterval(timer));
    } else if (req.url === "/gzip-bomb") {
      res.writeHead(200, { "content-encoding": "gzip" });
      res.end(gzipSync(Buffer.alloc(5_000_000)));
    } else if (req.url === "/brotli") {
      res.writeHead(200, { "content-encoding": "br", "content-type": "text/html" });
      res.end(brotliCompressSync(Buffer.from("<p>small</p>")));
    } else if (req.url === "/slow") {
      setTimeout(() => res.end("late"), 3000);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe("fetchPage", () => {
  it("follows redirects and reports where the page ended up", async () => {
    const got = await fetchPage(`${base}/moved`, limits);
    expect(got.ok && [new TextDecoder().decode(got.bytes), got.url, got.contentType]).toEqual([
      "2018-01-05 Served over HTTP\n",
      `${base}/page`,
      "text/plain; charset=utf-8",
    ]);
  });

  it("gives each failure its own code: redirect loops, other schemes, HTTP errors", async () => {
    expect(await fetchPage(`${base}/loop`, limits)).toMatchObject({ ok: false, code: "too-many-redirects" });
    expect(await fetchPage(`${base}/ftp`, limits)).toMatchObject({ ok: false, code: "bad-url" });
    expect(await fetchPage(`${base}/missing`, limits)).toMatchObject({ ok: false, code: "http-error" });
    expect(await fetchPage("not a url", limits)).toMatchObject({ ok: false, code: "bad-url" });
    expect(await fetchPage("file:///etc/passwd", limits)).toMatchObject({ ok: false, code: "bad-url" });
  });

  it("enforces the size limit (declared, endless, decompressed) and the timeout", async () => {
    expect(await fetchPage(`${base}/big`, limits)).toMatchObject({ ok: false, code: "too-large" });
    expect(await fetchPage(`${base}/endless`, limits)).toMatchObject({ ok: false, code: "too-large" });
    expect(await fetchPage(`${base}/gzip-bomb`, limits)).toMatchObject({ ok: false, code: "too-large" });
    const br = await fetchPage(`${base}/brotli`, limits);
    expect(br.ok && new TextDecoder().decode(br.bytes)).toBe("<p>small</p>");
    expect(await fetchPage(`${base}/slow`, { ...limits, timeoutMs: 300 })).toMatchObject({
      ok: false,
      code: "timeout",
    });
  });

  it("stops when the caller's signal aborts", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const got = await fetchPage(`${base}/slow`, { ...limits, signal: controller.signal });
    expect(got).toMatchObject({ ok: false, code: "fetch-failed", message: "aborted" });
  });

  it("with blockPrivateNetworks, refuses loopback by address, by any spelling, and by name after DNS", async () => {
    const blocked = { ...limits, blockPrivateNetworks: true };
    const port = new URL(base).port;
    for (const url of [
      `${base}/page`,
      `http://2130706433:${port}/page`, // 127.0.0.1 as one number
      `http://0x7f.1:${port}/page`,
      `http://[::1]:${port}/page`,
      `http://[::ffff:127.0.0.1]:${port}/page`,
      "http://169.254.169.254/latest/meta-data/",
    ]) {
      expect(await fetchPage(url, blocked), url).toMatchObject({ ok: false, code: "blocked-address" });
    }
    // a name is judged by what it resolves to, at connection time
    expect(await fetchPage(`http://localhost:${port}/page`, blocked)).toMatchObject({
      ok: false,
      code: "blocked-address",
    });
    // without the option the CLI still reads local servers
    expect((await fetchPage(`http://localhost:${port}/page`, limits)).ok).toBe(true);
  });
});

describe("isPrivateAddress", () => {
  it("knows the special-purpose ranges of IPv4 and IPv6, and IPv4 inside IPv6", () => {
    const privateOnes = [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fd00:ec2::254",
      "::ffff:10.0.0.1",
      "::ffff:7f00:1",
      "64:ff9b::a9fe:a9fe",
      "not an address",
    ];
    const publicOnes = ["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"];
    expect(privateOnes.filter((a) => !isPrivateAddress(a))).toEqual([]);
    expect(publicOnes.filter((a) => isPrivateAddress(a))).toEqual([]);
  });
});
