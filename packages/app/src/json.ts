import { NewsError, NewsPage } from "@news/core";
import { AppError } from "./errors.js";

const DECLARED_JSON = /\.(?:json|ndjson|jsonl)(?:\.gz)?$/i;

/**
 * NewsPage records (`news parse` output: one page, an array, or NDJSON) recognised by content,
 * whatever the name or Content-Type says; null when the bytes are something for the document
 * parser instead (a JSON Feed, a text or HTML page, even one served as `application/json`).
 * Linear in the input: the first byte decides whether to try JSON, lines are split, not matched.
 *
 * @example
 * pagesFromJson(bytes, "pages.ndjson", null); // NewsPage[]
 * pagesFromJson(feedBytes, "feed.json", "application/feed+json"); // null: the parser reads feeds
 */
export function pagesFromJson(
  bytes: Uint8Array,
  shown: string,
  contentType: string | null,
): NewsPage[] | null {
  const declared = DECLARED_JSON.test(shown) || /\bjson\b/i.test(contentType ?? "");
  const first = firstSignificantByte(bytes);
  if (first !== 0x7b && first !== 0x5b) {
    // "{" or "[" start every JSON record; anything else is a document, unless it claimed to be JSON
    // and is not even text a parser could read (empty)
    if (declared && first === -1) throw new AppError("bad-json", `${shown}: empty, not JSON`);
    return null;
  }
  const text = new TextDecoder().decode(bytes);
  let records: unknown[];
  const whole = tryJson(text);
  if (whole.ok) {
    if (Array.isArray(whole.value)) records = whole.value;
    else if (isJsonFeed(whole.value)) return null;
    else records = [whole.value];
  } else {
    const lines = text.split("\n").filter((line) => line.trim() !== "");
    const head = tryJson(lines[0] ?? "");
    if (!head.ok) {
      if (declared) throw new AppError("bad-json", `${shown}: not JSON (${whole.error})`);
      return null; // prose or markup that happens to start with a brace
    }
    records = [];
    for (const [i, line] of lines.entries()) {
      const record = tryJson(line);
      if (!record.ok) throw new AppError("bad-json", `${shown}: line ${i + 1} is not JSON (${record.error})`);
      records.push(record.value);
    }
  }
  const pages: NewsPage[] = [];
  for (const record of records) {
    // `news parse` writes a failed input as {"input":…,"error":{…}}: nothing to store
    if (typeof record === "object" && record !== null && (record as { error?: unknown }).error) continue;
    const parsed = NewsPage.safeParse(record);
    if (!parsed.success) {
      throw new NewsError(
        "invalid-page",
        `${shown}: a record is not a NewsPage (${parsed.error.issues[0]?.message ?? "invalid"})`,
      );
    }
    pages.push(parsed.data);
  }
  return pages;
}

function isJsonFeed(value: unknown): boolean {
  const version = (value as { version?: unknown } | null)?.version;
  return typeof version === "string" && /^https?:\/\/jsonfeed\.org\/version\//.test(version);
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

// skips a UTF-8 BOM and JSON whitespace; -1 when there is nothing else
function firstSignificantByte(bytes: Uint8Array): number {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length) {
    const b = bytes[at]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return b;
    at++;
  }
  return -1;
}
