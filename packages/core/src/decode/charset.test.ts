import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentTypeCharset, decodeDocument, sniffCharset } from "./charset.js";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url)));

describe("decodeDocument", () => {
  it.each([
    ["gbk", "gbk", "深圳市召开新闻发布会"],
    ["big5", "big5", "台北市召開記者會"],
    ["shift_jis", "shift_jis", "東京で記者会見"],
    ["euc-kr", "euc-kr", "기자회견이 열렸습니다"],
    ["windows-1256", "windows-1256", "مؤتمر صحفي في القاهرة"],
    ["windows-1252", "windows-1252", "à la fête de l’école"],
  ])("reads %s declared by <meta charset>", (name, encoding, text) => {
    const d = decodeDocument(fixture(`charset-${name}.html`), {});
    expect(d.encoding).toBe(encoding);
    expect(d.source).toBe("meta");
    expect(d.text).toContain(text);
    expect(d.warnings).toEqual([]);
  });

  it("reads GBK and GB2312 with the GB18030 decoder, as WHATWG does: four-byte sequences, the euro sign", () => {
    // servers that declare gb2312 or gbk encode with GB18030: U+00A0 as 81 30 84 32, the euro as A2 E3
    const page = fixture("charset-gbk.html");
    const close = Buffer.from(page).indexOf("</p>");
    const bytes = new Uint8Array([
      ...page.subarray(0, close),
      0x81,
      0x30,
      0x84,
      0x32,
      0xa2,
      0xe3,
      0xff,
      ...page.subarray(close),
    ]);
    const d = decodeDocument(bytes, {});
    expect(d.encoding).toBe("gbk");
    expect(d.text).toContain("介绍了最新情况。\u00a0€\ufffd</p>");
    // a stray 0xFF is one U+FFFD, never dropped: offsets after it stay right
    expect(d.warnings.map((w) => [w.code, w.count])).toEqual([["invalid-bytes", 1]]);
  });

  it("reads euc-kr as UHC, as WHATWG does and Korean sites write it: the syllables KS X 1001 lacks", () => {
    // 똠방각하 (8C 63 is UHC-only), 햏 (C1 64), 갂 (81 41) beside KS X 1001 text
    const page = fixture("charset-euc-kr.html");
    const close = Buffer.from(page).indexOf("</p>");
    const uhc = [0x8c, 0x63, 0xb9, 0xe6, 0xb0, 0xa2, 0xc7, 0xcf, 0x20, 0xc1, 0x64, 0x20, 0x81, 0x41];
    const bytes = new Uint8Array([...page.subarray(0, close), ...uhc, ...page.subarray(close)]);
    const d = decodeDocument(bytes, {});
    expect(d.encoding).toBe("euc-kr");
    expect(d.text).toContain("기자회견이 열렸습니다.똠방각하 햏 갂</p>");
    expect(d.warnings).toEqual([]);
    // a lead byte with no syllable behind it is still one U+FFFD, its ASCII trail kept
    const bad = decodeDocument(
      new Uint8Array([...page.subarray(0, close), 0xc7, 0x41, ...page.subarray(close)]),
      {},
    );
    expect(bad.text).toContain("열렸습니다.\ufffdA</p>");
  });

  it("prefers a BOM, then the encoding option, then the Content-Type charset, then the page", () => {
    const gbk = fixture("charset-gbk.html");
    expect(
      decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), {
        contentType: "text/html; charset=gbk",
      }),
    ).toMatchObject({
      text: "hi",
      source: "bom",
    });
    expect(decodeDocument(gbk, { encoding: "gb18030" }).encoding).toBe("gb18030");
    const latin = fixture("charset-undeclared-1252.html");
    const byHeader = decodeDocument(latin, { contentType: 'text/html; charset="ISO-8859-1"' });
    expect(byHeader).toMatchObject({ encoding: "windows-1252", source: "content-type" });
    expect(byHeader.text).toContain("crème brûlée");
  });

  it("falls back to windows-1252 for undeclared bytes that are not UTF-8, and says so", () => {
    const d = decodeDocument(fixture("charset-undeclared-1252.html"), {});
    expect(d.encoding).toBe("windows-1252");
    expect(d.text).toContain("Déjà vu");
    expect(d.warnings.map((w) => w.code)).toEqual(["charset-mismatch"]);
  });

  it("trusts valid UTF-8 over a stale legacy declaration", () => {
    const bytes = new TextEncoder().encode(
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>融通基金公告</p>',
    );
    const d = decodeDocument(bytes, {});
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain("融通基金公告");
    expect(d.warnings[0]?.code).toBe("charset-mismatch");
  });

  it("ignores an unknown declared charset with a warning instead of throwing", () => {
    const d = decodeDocument(new TextEncoder().encode('<meta charset="x-klingon"><p>hello</p>'), {});
    expect(d.encoding).toBe("utf-8");
    expect(d.warnings.map((w) => w.code)).toContain("charset-mismatch");
  });

  it("reads an XML declaration and passes strings through", () => {
    const xml = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1252"?><rss><t>'),
      0xe9,
      ...new TextEncoder().encode("</t></rss>"),
    ]);
    expect(decodeDocument(xml, {})).toMatchObject({ encoding: "windows-1252", source: "xml-declaration" });
    expect(decodeDocument("<p>é</p>", {})).toMatchObject({ text: "<p>é</p>", encoding: "string" });
  });

  it("handles empty, binary and truncated multi-byte input", () => {
    expect(decodeDocument(new Uint8Array(), {}).text).toBe("");
    const binary = decodeDocument(
      new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
      {},
    );
    expect(binary.warnings.map((w) => w.code)).toContain("binary-input");
    const cut = fixture("charset-gbk.html").subarray(0, 120);
    expect(() => decodeDocument(cut, {})).not.toThrow();
  });
});

const legacy = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/charsets/${name}`, import.meta.url)));

describe("undeclared legacy charsets", () => {
  // real prose re-encoded, no declaration anywhere (fixtures/charsets/README.md says where from)
  it.each([
    ["ru-windows-1251.txt", "windows-1251", "utf-8"],
    ["ja-shift_jis.txt", "shift_jis", "utf-8"],
    ["zh-gbk.txt", "gbk", "utf-8"],
    ["zh-tw-big5.txt", "big5", "utf-8"],
    ["ko-euc-kr.txt", "euc-kr", "utf-8"],
  ])("detects %s and decodes it like the original text", (name, expected) => {
    const bytes = legacy(name);
    const original = new TextDecoder(expected).decode(bytes);
    const d = decodeDocument(bytes, {});
    expect(d.source).toBe("detected");
    // GBK text may be named gb18030 (its superset): both decode these bytes identically
    expect(d.text).toBe(original);
    expect(d.warnings.map((w) => w.code)).toEqual(["charset-mismatch"]);
    expect(d.warnings[0]?.message).toMatch(/detected with confidence/);
  });

  it("keeps windows-1252 when no detector is confident (Western text)", () => {
    const d = decodeDocument(fixture("charset-undeclared-1252.html"), {});
    expect(d).toMatchObject({ encoding: "windows-1252", source: "default" });
  });

  it("reads a UTF-8 file cut inside its last character as truncated UTF-8", () => {
    const whole = new TextEncoder().encode("Записка: переговоры в Астане — «итоги»…");
    for (const cut of [1, 2]) {
      const d = decodeDocument(whole.subarray(0, whole.length - cut), {});
      expect(d.encoding).toBe("utf-8");
      expect(d.text.startsWith("Записка: переговоры в Астане — «итоги»")).toBe(true);
      expect(d.warnings.map((w) => w.code)).toEqual(["truncated-input", "invalid-bytes"]);
    }
  });

  it("does not take invalid bytes in the middle for truncation", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("caf"),
      0xe9,
      ...new TextEncoder().encode(" ok"),
    ]);
    expect(decodeDocument(bytes, {}).warnings.map((w) => w.code)).not.toContain("truncated-input");
  });
});

describe("charset helpers", () => {
  it("reads Content-Type and page declarations", () => {
    expect(contentTypeCharset("text/html; charset=Shift_JIS")).toBe("Shift_JIS");
    expect(contentTypeCharset("text/html")).toBeNull();
    expect(
      sniffCharset(
        new TextEncoder().encode('<meta http-equiv="content-type" content="text/html; charset=big5">'),
      ),
    ).toEqual({
      charset: "big5",
      source: "meta",
    });
    expect(sniffCharset(new TextEncoder().encode("<p>nothing</p>"))).toBeNull();
  });
});
