import type { ItemSummary } from "./source.js";
import { dayLabel, dayOf } from "./text.js";

/** A line of the list: a day heading or an item row. */
export type ListLine = { kind: "day"; label: string } | { kind: "item"; index: number };

export interface ListLines {
  lines: ListLine[];
  /** The line of each item, index for index. */
  lineOfItem: number[];
}

/** The loaded items grouped under day headings, in the archive's order. */
export function listLines(items: readonly ItemSummary[]): ListLines {
  const lines: ListLine[] = [];
  const lineOfItem: number[] = [];
  let previous: string | null | undefined;
  items.forEach((item, index) => {
    const day = dayOf(item.date);
    if (day !== previous) {
      lines.push({ kind: "day", label: dayLabel(day) });
      previous = day;
    }
    lineOfItem.push(lines.length);
    lines.push({ kind: "item", index });
  });
  return { lines, lineOfItem };
}

/**
 * The first visible line after moving to `target` so that it shows in `height` lines, scrolling as
 * little as possible (and showing an item's day heading when it is just above).
 */
export function scrollTop(top: number, target: number, height: number, total: number): number {
  const rows = Math.max(1, height);
  let next = top;
  if (target < next) next = target > 0 ? target - 1 : 0;
  if (target >= next + rows) next = target - rows + 1;
  return Math.max(0, Math.min(next, Math.max(0, total - rows)));
}
