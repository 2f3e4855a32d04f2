import type { Chrome } from "../model/page.js";

/**
 * Every range no item covers, as markup chrome, so items and chrome partition the input (what
 * the HTML and feed parsers both return around their items).
 */
export function chromeAround(
  items: { span: { start: number; end: number } }[],
  length: number,
  labelled: Chrome[] = [],
): Chrome[] {
  const spans = items.map((i) => i.span).sort((a, b) => a.start - b.start);
  const chrome: Chrome[] = [];
  // gaps between items are markup, except the labelled ranges (the page heading) that fall in them
  const gap = (start: number, end: number) => {
    let at = start;
    for (const l of labelled) {
      if (l.span.start < at || l.span.end > end || l.span.end <= l.span.start) continue;
      if (l.span.start > at) chrome.push({ kind: "markup", span: { start: at, end: l.span.start } });
      chrome.push(l);
      at = l.span.end;
    }
    if (end > at) chrome.push({ kind: "markup", span: { start: at, end } });
  };
  let at = 0;
  for (const s of spans) {
    if (s.start > at) gap(at, s.start);
    at = Math.max(at, s.end);
  }
  if (at < length) gap(at, length);
  return chrome;
}
