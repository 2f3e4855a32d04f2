/**
 * The losslessness check the text parser's tests share: items and chrome tile the input, every
 * field slices to its value and lies in its item (a date may lie in its day group's heading).
 */
import { expect } from "vitest";
import { NewsPage, type Span } from "../src/model/index.js";

/** Every character of the input is in exactly one item span or one chrome span, and every field slices to its value. */
export function expectLossless(page: NewsPage, input: string): void {
  expect(() => NewsPage.parse(page)).not.toThrow();
  const spans: Span[] = [...page.items.map((i) => i.span), ...page.chrome.map((c) => c.span)];
  spans.sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const s of spans) {
    expect(s.start).toBe(pos);
    expect(s.end).toBeGreaterThan(s.start);
    pos = s.end;
  }
  expect(pos).toBe(input.length);
  expect(page.inputInfo.length).toBe(input.length);
  const at = (s: Span | null) => (s ? input.slice(s.start, s.end) : null);
  for (const item of page.items) {
    expect(at(item.spans.title)).toBe(item.title);
    expect(at(item.spans.category)).toBe(item.category);
    expect(at(item.spans.source)).toBe(item.source);
    expect(at(item.spans.date)).toBe(item.dateText);
    expect(item.spans.paragraphs.map(at)).toEqual(item.paragraphs);
    for (const s of [item.spans.title, ...item.spans.paragraphs]) {
      if (s) expect(s.start >= item.span.start && s.end <= item.span.end).toBe(true);
    }
    // the date is the item's own, or the heading of the day group the item is in
    const date = item.spans.date;
    if (date) {
      const inItem = date.start >= item.span.start && date.end <= item.span.end;
      const inHeading = page.chrome.some(
        (c) => c.kind === "group-heading" && c.span.start <= date.start && date.end <= c.span.end,
      );
      expect(inItem || inHeading).toBe(true);
    }
  }
  expect(page.spans.breadcrumbs.map(at)).toEqual(page.breadcrumbs);
  expect(at(page.spans.section)).toBe(page.section);
  if (page.filter?.span) expect(at(page.filter.span)).toBe(page.filter.text);
}
