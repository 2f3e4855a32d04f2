import { describe, expect, it } from "vitest";
import { ResponseCache } from "./cache.js";

const response = (body: string) => ({ body, headers: { "content-type": "text/plain" } });

describe("ResponseCache", () => {
  it("answers only for the version an entry was computed at, and forgets older versions", () => {
    const cache = new ResponseCache();
    cache.set("1", "a", response("one"));
    expect(cache.get("1", "a")?.body).toBe("one");
    expect(cache.get("2", "a")).toBeUndefined();
    expect(cache.size).toBe(0);
    // a late request of the old version neither gets nor brings back the new version's entries
    cache.set("2", "a", response("two"));
    expect(cache.get("1", "a")).toBeUndefined();
    expect(cache.get("2", "a")).toBeUndefined();
  });

  it("keeps within its entry and byte bounds, dropping the least recently used", () => {
    const cache = new ResponseCache({ entries: 2, bytes: 10, largest: 6 });
    cache.set("1", "a", response("aaa"));
    cache.set("1", "b", response("bbb"));
    expect(cache.get("1", "a")?.body).toBe("aaa");
    cache.set("1", "c", response("ccc"));
    expect(cache.get("1", "b")).toBeUndefined();
    expect(cache.get("1", "a")?.body).toBe("aaa");
    cache.set("1", "d", response("too large"));
    expect(cache.get("1", "d")).toBeUndefined();
    cache.set("1", "e", response("eeeeee"));
    expect(cache.get("1", "c")).toBeUndefined();
    expect(cache.size).toBeLessThanOrEqual(2);
  });
});
