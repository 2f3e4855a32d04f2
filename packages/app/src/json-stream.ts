/**
 * JSON text of an object in pieces, its large array properties (a page's `items`) one element at a
 * time: a page of 600,000 items is written without ever holding its whole JSON in one string
 * (V8 caps a string near 512 MB). The text is exactly `JSON.stringify(value, null, indent)`.
 *
 * @example
 * for (const piece of jsonPieces(page, { indent: 2, stream: ["items"] })) await output.write(piece);
 */
export function* jsonPieces(
  value: Record<string, unknown>,
  options: { indent?: number; stream?: readonly string[] } = {},
): Generator<string> {
  const indent = options.indent ?? 0;
  const stream = new Set(options.stream ?? []);
  const pad = " ".repeat(indent);
  const nl = indent ? "\n" : "";
  const colon = indent ? ": " : ":";
  const nest = (json: string, depth: number) =>
    indent ? json.replaceAll("\n", `\n${pad.repeat(depth)}`) : json;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield `{${nl}`;
  for (const [i, [key, v]] of entries.entries()) {
    const head = `${pad}${JSON.stringify(key)}${colon}`;
    const tail = i < entries.length - 1 ? `,${nl}` : nl;
    if (stream.has(key) && Array.isArray(v) && v.length > 0) {
      yield `${head}[${nl}`;
      for (const [j, element] of v.entries()) {
        const json = element === undefined ? "null" : JSON.stringify(element, null, indent);
        yield `${pad}${pad}${nest(json, 2)}${j < v.length - 1 ? "," : ""}${nl}`;
      }
      yield `${pad}]${tail}`;
    } else {
      yield `${head}${nest(JSON.stringify(v, null, indent), 1)}${tail}`;
    }
  }
  yield "}";
}
