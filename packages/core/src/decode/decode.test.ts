import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { isNewsError } from "../model/errors.js";
import { decode, isBytes } from "./decode.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decode", () => {
  it("passes a string through and reports it as such", () => {
    expect(decode("héllo")).toEqual({ text: "héllo", encoding: "string", warnings: [] });
  });

  it("strips a UTF-8 BOM so offsets index the text after it", () => {
    const out = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Actualités")]));
    expect(out.text).toBe("Actualités");
    expect(out.encoding).toBe("utf-8");
  });

  it("reads UTF-16 in both byte orders from their BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]);
    expect(decode(le)).toMatchObject({ text: "hi", encoding: "utf-16le" });
    expect(decode(be)).toMatchObject({ text: "hi", encoding: "utf-16be" });
  });

  it("replaces invalid UTF-8 and counts every replaced sequence", () => {
    const bytes = new Uint8Array([...utf8("a"), 0xff, ...utf8("b"), 0xc3, ...utf8("c")]);
    const out = decode(bytes);
    expect(out.text).toBe("a\uFFFDb\uFFFDc");
    expect(out.warnings).toEqual([expect.objectContaining({ code: "invalid-bytes", count: 2 })]);
  });

  it("does not count a U+FFFD that was validly encoded in the input", () => {
    expect(decode(utf8("keep \uFFFD as is")).warnings).toEqual([]);
  });

  it("decodes a legacy charset when told to", () => {
    expect(decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), { encoding: "windows-1252" }).text).toBe("café");
  });

  it("warns, and still decodes, when the bytes look binary", () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 7) % 32);
    const out = decode(bytes);
    expect(out.text.length).toBe(1000);
    expect(out.warnings.map((w) => w.code)).toContain("binary-input");
  });

  it("gives an empty text for empty bytes, with no warning", () => {
    expect(decode(new Uint8Array())).toEqual({ text: "", encoding: "utf-8", warnings: [] });
  });

  it("refuses what is neither a string nor bytes with a typed error", () => {
    for (const bad of [null, 42, {}, [1, 2], new ArrayBuffer(4)]) {
      let error: unknown;
      try {
        decode(bad as never);
      } catch (e) {
        error = e;
      }
      expect(isNewsError(error) && error.code).toBe("invalid-input");
    }
  });

  it("refuses an unknown charset label with a typed error", () => {
    expect(() => decode(utf8("x"), { encoding: "klingon-8" })).toThrow(
      expect.objectContaining({ code: "unsupported-encoding" }),
    );
  });

  it("accepts bytes made in another realm", () => {
    const foreign = runInNewContext("new Uint8Array([104, 105])") as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(isBytes(foreign)).toBe(true);
    expect(decode(foreign).text).toBe("hi");
  });
});
