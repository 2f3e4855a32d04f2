import type { Warning } from "../model/warning.js";
import type { ParseOptions } from "../options.js";
import { type Decoded, decode, encodingName, refuseUnreadable } from "./decode.js";
import { detectCharset } from "./detect.js";

/** Where the charset used came from, most authoritative first. */
export type CharsetSource =
  | "bom"
  | "option"
  | "content-type"
  | "meta"
  | "xml-declaration"
  | "detected"
  | "default"
  | "string";

/** The charset parameter of an HTTP Content-Type, or null. */
export function contentTypeCharset(contentType: string | undefined): string | null {
  const m = contentType && /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m ? (m[1] as string) : null;
}

/**
 * The charset a document declares in its first bytes: `<meta charset>`, `<meta http-equiv
 * content="…; charset=…">` or an XML declaration's `encoding`. Scans the first 4 KB as Latin-1,
 * as browsers do, so any ASCII-compatible encoding is read correctly.
 *
 * @example
 * sniffCharset(new TextEncoder().encode('<meta charset="gbk">')); // "gbk"
 */
export function sniffCharset(
  bytes: Uint8Array,
): { charset: string; source: "meta" | "xml-declaration" } | null {
  const head = latin1(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return { charset: xml[1] as string, source: "xml-declaration" };
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)/i.exec(head);
  if (meta) return { charset: meta[1] as string, source: "meta" };
  return null;
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  // apply, not a spread: a spread runs the typed array's iterator, byte by byte
  for (let i = 0; i < bytes.length; i += 1024)
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 1024) as unknown as number[]);
  return s;
}

function hasBom(b: Uint8Array): boolean {
  return (
    (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
    (b[0] === 0xff && b[1] === 0xfe) ||
    (b[0] === 0xfe && b[1] === 0xff)
  );
}

/**
 * Decode a web document: a BOM wins, then `options.encoding`, the `contentType` charset, the
 * page's own declaration, and UTF-8. Undeclared bytes that are not UTF-8 are decoded with the
 * charset a detector recognises with confidence (windows-1251, Shift_JIS, GBK, ...), else as
 * windows-1252 (what browsers assume), with a `charset-mismatch` warning either way; a UTF-8 file
 * cut inside its last character stays UTF-8 with a `truncated-input` warning. A string passes
 * through untouched.
 *
 * @example
 * decodeDocument(bytes, { contentType: "text/html; charset=windows-1256" }).encoding; // "windows-1256"
 */
export function decodeDocument(
  input: string | Uint8Array,
  options: Pick<ParseOptions, "encoding" | "contentType" | "maxBytes">,
  _format: "html" | "feed" | "text" = "html",
): Decoded & { source: CharsetSource } {
  refuseUnreadable(input, options.maxBytes);
  if (typeof input === "string") return { ...decode(input), source: "string" };
  if (hasBom(input)) return { ...decode(input), source: "bom" };
  if (options.encoding) return { ...decode(input, { encoding: options.encoding }), source: "option" };
  const warnings: Warning[] = [];
  const fromHeader = contentTypeCharset(options.contentType);
  if (fromHeader && encodingName(fromHeader))
    return { ...decode(input, { encoding: fromHeader }), source: "content-type" };
  if (fromHeader) warnings.push(unknownWarning(fromHeader));
  const sniffed = sniffCharset(input);
  if (sniffed) {
    let enc = encodingName(sniffed.charset);
    // a page cannot be UTF-16 if its ASCII declaration was readable (the WHATWG rule)
    if (enc?.startsWith("utf-16")) enc = "utf-8";
    // pages re-saved as UTF-8 keep their old declaration: valid non-ASCII UTF-8 is almost never legacy text
    if (enc && enc !== "utf-8" && validUtf8(input)) {
      warnings.push({
        code: "charset-mismatch",
        message: `the page declares ${enc} but its bytes are valid UTF-8; decoded as UTF-8`,
        span: null,
        count: null,
      });
      enc = "utf-8";
    }
    if (enc) {
      const d = decode(input, { encoding: enc });
      return { ...d, warnings: [...warnings, ...d.warnings], source: sniffed.source };
    }
    warnings.push(unknownWarning(sniffed.charset));
  }
  const utf8 = decode(input);
  const invalid = utf8.warnings.some((w) => w.code === "invalid-bytes");
  if (invalid && !utf8.warnings.some((w) => w.code === "binary-input")) {
    // a UTF-8 file cut inside its last character is a truncated UTF-8 file, not another charset
    if (utf8Validity(input) === "truncated") {
      warnings.push({
        code: "truncated-input",
        message: "the input ends inside a UTF-8 character; its last bytes became U+FFFD",
        span: null,
        count: null,
      });
      return { ...utf8, warnings: [...warnings, ...utf8.warnings], source: "default" };
    }
    const detected = detectCharset(input);
    const encoding = detected?.encoding ?? "windows-1252";
    const legacy = decode(input, { encoding });
    warnings.push({
      code: "charset-mismatch",
      message: detected
        ? `the bytes are not valid UTF-8 and declare no charset; decoded as ${encoding}, detected with confidence ${detected.confidence}/100`
        : "the bytes are not valid UTF-8 and declare no charset; decoded as windows-1252 (no charset detected with confidence)",
      span: null,
      count: null,
    });
    return {
      ...legacy,
      warnings: [...warnings, ...legacy.warnings],
      source: detected ? "detected" : "default",
    };
  }
  return { ...utf8, warnings: [...warnings, ...utf8.warnings], source: "default" };
}

/**
 * Whether bytes are UTF-8: wholly, up to an incomplete last character (a file cut mid-character),
 * or not at all.
 */
function utf8Validity(bytes: Uint8Array): "valid" | "truncated" | "invalid" {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    // streaming keeps an incomplete final sequence pending instead of failing on it
    decoder.decode(bytes, { stream: true });
  } catch {
    return "invalid";
  }
  try {
    decoder.decode();
    return "valid";
  } catch {
    return "truncated";
  }
}

function validUtf8(bytes: Uint8Array): boolean {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) > 0x7f) {
      ascii = false;
      break;
    }
  }
  return !ascii && utf8Validity(bytes) === "valid";
}

function unknownWarning(label: string): Warning {
  return {
    code: "charset-mismatch",
    message: `the declared charset "${label.slice(0, 40)}" is unknown; ignored`,
    span: null,
    count: null,
  };
}
