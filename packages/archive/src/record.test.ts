import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { siteOf } from "./record.js";

/** What siteOf gives by parsing the whole URL every time. */
function parsedSite(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.hostname.replace(/^www\./, "").toLowerCase() || null;
  } catch {
    return null;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("siteOf", () => {
  it("gives the host of every URL in core's real fixtures as parsing the whole URL does", () => {
    const fixtures = fileURLToPath(new URL("../../core/fixtures/", import.meta.url));
    const urls = new Set<string>();
    for (const file of filesUnder(fixtures))
      for (const m of readFileSync(file, "utf8").matchAll(/https?:\/\/[^\s"'<>)\]]+/g)) urls.add(m[0]);
    expect(urls.size).toBeGreaterThan(1000);
    // twice: the second round reads what the first cached
    for (let round = 0; round < 2; round++)
      for (const url of urls) expect(siteOf(url), url).toBe(parsedSite(url));
  });

  it("parses the whole URL where the authority alone could differ", () => {
    const urls = [
      "https://www.Example.org/news/1",
      "https://www.example.org?x=1",
      "https://www.example.org#top",
      "https://example.org",
      "HTTPS://Example.org/a",
      "https:///example.org/a",
      "https://",
      "https://exa\tmple.org/a",
      "https://example.org\n.evil.net/a",
      " https://example.org/a",
      "https://example.org\\evil.net/a",
      "https://user:pw@example.org:8080/a",
      "https://[::1]/a",
      "https://[bad/a",
      "https://bücher.de/a",
      "https://ex%41mple.org/a",
      "ftp://example.org/a",
      "mailto:news@example.org",
      "/relative/path",
      "https://www./a",
    ];
    for (let round = 0; round < 2; round++)
      for (const url of urls) expect(siteOf(url), url).toBe(parsedSite(url));
    expect(siteOf("https://www.Example.org/news/1")).toBe("example.org");
    expect(siteOf(null)).toBeNull();
  });
});
