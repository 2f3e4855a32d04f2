import { clean, type Element, nodeSpan } from "./dom.js";

/** A value the page offers, with the source range it came from. */
export interface Found {
  value: string;
  span: { start: number; end: number };
}

/**
 * Text with a space at every element boundary (bylines run name and date together otherwise); with
 * `firstLine`, only up to the first line break (`<br>`) after some text: a byline box's first line
 * is the name, the lines under it the writer's outlet or role ("By Kelli Miller<br>WebMD Health News").
 */
export function spacedText(el: Element, firstLine = false): string {
  const parts: string[] = [];
  const stack: (Element | { type: string; data?: string })[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as Element;
    if ((n as { type: string }).type === "text") parts.push((n as unknown as { data: string }).data);
    else if (firstLine && n.name === "br") {
      if (parts.join("").trim() !== "") break;
    } else if (n.children && n.name !== "script" && n.name !== "style") {
      parts.push(" ");
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Element);
      parts.push(" ");
    }
  }
  return clean(parts.join(""));
}

/** The source range of an attribute's value inside its tag (the tag itself when not found). */
export function attrSpan(el: Element, name: string, html: string): { start: number; end: number } {
  const start = el.startIndex ?? 0;
  const tagEnd = html.indexOf(">", start);
  const tag = html.slice(start, tagEnd === -1 ? html.length : tagEnd + 1);
  const m = new RegExp(`\\s${name}\\s*=\\s*(["']?)`, "i").exec(tag);
  if (!m) return { start, end: start + tag.length };
  const valueStart = start + m.index + m[0].length;
  const quote = m[1];
  let valueEnd = quote
    ? html.indexOf(quote, valueStart)
    : valueStart + (/^[^\s>]*/.exec(html.slice(valueStart))?.[0].length ?? 0);
  if (valueEnd === -1 || valueEnd > start + tag.length) valueEnd = start + tag.length;
  return { start: valueStart, end: valueEnd };
}

/** Where a JSON-LD string value sits in its script (the whole script when escaped differently). */
export function valueSpan(el: Element, value: string, html: string): { start: number; end: number } {
  return within(html, value, nodeSpan(el, html.length));
}

// a value's own characters when the source has them verbatim inside the range, else the range
export function within(
  html: string,
  value: string,
  span: { start: number; end: number },
): { start: number; end: number } {
  const at = html.indexOf(value, span.start);
  return at !== -1 && at + value.length <= span.end ? { start: at, end: at + value.length } : span;
}
