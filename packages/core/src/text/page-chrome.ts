// Page chrome: everything outside the items (section heading, breadcrumb, date filter, pager,
// navigation, footer), so that items and chrome together cover every character once.
import { parseDate } from "../dates/index.js";
import type { Chrome, ChromeKind, PageFilter } from "../model/page.js";
import type { Span } from "../model/span.js";
import type { Draft } from "./assemble.js";
import { filterText, splitCrumbs, startsAtHome, youAreHere } from "./chrome.js";
import { MAX_HEADER_LENGTH } from "./classify.js";
import { hasDate, hasMonthDate, pagination, readMore } from "./facts.js";
import type { LineTable } from "./lines.js";
import { fillLines, lineSpan } from "./util.js";

export interface PageParts {
  section: { text: string; span: Span } | null;
  crumbs: { text: string; span: Span }[];
  filter: PageFilter | null;
  chrome: Chrome[];
}

// the kinds of chrome the stages of pageChrome decide before the last pass, as codes of a byte
// per line (0: not decided, the last pass classifies the line)
const KINDS: readonly (ChromeKind | null)[] = [null, "group-heading", "filter", "breadcrumb", "section"];
const GROUP_HEADING = 1;
const FILTER = 2;
const BREADCRUMB = 3;
const SECTION = 4;
const PLAIN = 1;

// crumb separators of a trail; hoisted, as a regex literal is a new object at every evaluation
const OPENS_WITH_ARROW = /^[»›>/]/u;
const OPENS_WITH_SEPARATOR = /^[»›>|/]/u;
const ENDS_WITH_SEPARATOR = /[»›>|/]$/u;
const HAS_SEPARATOR = /[»›>|/]| {2}/u;

// Pages of up to this many lines share two tables from call to call (pageChrome runs to its end
// before it is called again, and reads no entry past the page's lines): allocating two typed
// arrays cost more than the rest of the stage on a small page. Longer pages get their own, so
// that no large table outlives its page.
// (grown on demand, from nothing at import)
const SHARED_TABLE_LINES = 1 << 16;
let sharedOwner = new Int32Array(0);
let sharedKinds = new Uint8Array(0);

let sharedPlain = new Uint8Array(0);
let sharedTextKinds = new Uint8Array(0);

/** Per distinct text, 0 (shared like the tables below). */
function textKindTable(n: number): Uint8Array {
  if (n > SHARED_TABLE_LINES) return new Uint8Array(n);
  if (sharedTextKinds.length < n)
    sharedTextKinds = new Uint8Array(Math.min(SHARED_TABLE_LINES, Math.max(n, 1024)));
  sharedTextKinds.fill(0, 0, n);
  return sharedTextKinds;
}

/** Per distinct text, 0 (shared like the tables below). */
function plainTable(n: number): Uint8Array {
  if (n > SHARED_TABLE_LINES) return new Uint8Array(n);
  if (sharedPlain.length < n) sharedPlain = new Uint8Array(Math.min(SHARED_TABLE_LINES, Math.max(n, 1024)));
  sharedPlain.fill(0, 0, n);
  return sharedPlain;
}

/** Per line, the item it belongs to (-1 for none) and the chrome kind decided for it (0 for none). */
function tablesFor(n: number): { owner: Int32Array; kinds: Uint8Array } {
  if (n > SHARED_TABLE_LINES) return { owner: new Int32Array(n).fill(-1), kinds: new Uint8Array(n) };
  if (sharedOwner.length < n) {
    const size = Math.min(SHARED_TABLE_LINES, Math.max(n, 2 * sharedOwner.length, 1024));
    sharedOwner = new Int32Array(size);
    sharedKinds = new Uint8Array(size);
  }
  sharedOwner.fill(-1, 0, n);
  sharedKinds.fill(0, 0, n);
  return { owner: sharedOwner, kinds: sharedKinds };
}

export function pageChrome(lines: LineTable, drafts: readonly Draft[]): PageParts {
  // the item each line belongs to, -1 for none; and the kind of chrome a stage below decided for
  // a line (a code of KINDS, 0 when undecided): one typed array each, beside the line table,
  // instead of a packed array pushed line by line and a map
  const { owner, kinds } = tablesFor(lines.length);
  drafts.forEach((d, k) => {
    fillLines(owner, k, d.from, d.to + 1);
  });
  // a date line that heads several items (a day group) is left out of them: it is their heading
  // (indexed: a for-of loop allocates an iterator result per item while this is not yet optimised)
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    if (d.header.last < d.from) fillLines(kinds, GROUP_HEADING, d.header.first, d.header.last + 1);
  }
  const firstItem = drafts[0]?.from ?? lines.length;
  const lastItem = drafts.length > 0 ? (drafts[drafts.length - 1] as Draft).to : -1;

  // filter and breadcrumb lines, anywhere outside items
  let filter: PageFilter | null = null;
  let trail: { line: number; from: number; to: number; lines?: number[] } | null = null;
  // per distinct text, PLAIN once it is known to be no filter, trail or home line (a page's menu
  // lines come back; nothing below is done for them, whatever is found after)
  const plain = plainTable(lines.distinctTexts());
  for (let i = 0; i < lines.length; i++) {
    if (owner[i] !== -1) continue;
    if (lines.blank(i) || lines.size(i) > MAX_HEADER_LENGTH) continue;
    const id = lines.textId(i);
    if (plain[id] === PLAIN) continue;
    const text = lines.text(i);
    // (a phrase with nothing after it, "Yearly Archive" over a year menu, filters nothing)
    const f = filter ? null : filterText(text);
    if (f && f.rest.trim() !== "") {
      filter = readFilter(lines.textStart(i), f);
      kinds[i] = FILTER;
      if (f.offset > 0 && (startsAtHome(text) || youAreHere(text) !== null)) {
        trail ??= { line: i, from: 0, to: filterStart(text, f.offset) };
      }
      continue;
    }
    if (trail) continue;
    const here = youAreHere(text);
    if (here !== null) {
      kinds[i] = BREADCRUMB;
      if (here < text.length) trail = { line: i, from: here, to: text.length };
      else {
        const parts: number[] = [];
        for (let j = i + 1; j < lines.length && parts.length < 6; j++) {
          if (lines.blank(j)) continue;
          if (owner[j] !== -1 || lines.size(j) > 40) break;
          parts.push(j);
          if (parts.length > 1 && !OPENS_WITH_ARROW.test(lines.text(j))) break;
        }
        for (const j of parts) kinds[j] = BREADCRUMB;
        trail = { line: i, from: here, to: text.length, lines: parts };
      }
      continue;
    }
    // (one test of the home word for both trail layouts below)
    const home = startsAtHome(text);
    if (!home) {
      // no filter (or one found already), no trail, no home: the same on every line of this text
      plain[id] = PLAIN;
      continue;
    }
    if (ENDS_WITH_SEPARATOR.test(text)) {
      // a trail laid out one crumb per line: "Home>" / "Press>" / "Press Releases"
      const parts = [i];
      for (let j = i + 1; j < lines.length && parts.length < 6; j++) {
        if (lines.blank(j)) continue;
        const prev = lines.text(parts[parts.length - 1] as number);
        if (owner[j] !== -1 || lines.size(j) > 40) break;
        if (!ENDS_WITH_SEPARATOR.test(prev) && !OPENS_WITH_SEPARATOR.test(lines.text(j))) break;
        parts.push(j);
      }
      for (const j of parts) kinds[j] = BREADCRUMB;
      trail = { line: i, from: 0, to: text.length, lines: parts };
    } else if (HAS_SEPARATOR.test(text)) {
      kinds[i] = BREADCRUMB;
      trail = { line: i, from: 0, to: text.length };
    } else {
      // a home word with no separator after it ("Home" alone, a menu's first entry): no trail, and
      // none on any other line of this text (a page of "Home" / "About us" read every "Home" line
      // through each test above)
      plain[id] = PLAIN;
    }
  }

  const guess = findSection(lines, owner, firstItem, trail, null);
  const crumbs = trail ? readCrumbs(lines, trail, guess?.text ?? null) : [];
  const lastCrumb = crumbs[crumbs.length - 1];
  // the trail ends at this page: its last crumb names the page when no heading repeats it
  const named = lastCrumb ? findSection(lines, owner, firstItem, trail, lastCrumb.text) : null;
  if (named) kinds[named.line] = SECTION;
  else if (!lastCrumb && guess) kinds[guess.line] = SECTION;
  const section = named ?? (lastCrumb ? { line: -1, text: lastCrumb.text, span: lastCrumb.span } : guess);
  if (trail && kinds[trail.line] === 0) kinds[trail.line] = BREADCRUMB;

  const chrome: Chrome[] = [];
  const add = (kind: ChromeKind, start: number, end: number) => {
    if (end <= start) return;
    const prev = chrome[chrome.length - 1];
    if (prev && prev.kind === kind && prev.span.end === start) prev.span.end = end;
    else chrome.push({ kind, span: { start, end } });
  };
  // items cover [first line start, last line end); everything else, line breaks included, is chrome
  // (what a line's text alone makes it is read once per text: TEXT_KINDS)
  const textKinds = textKindTable(lines.distinctTexts());
  for (let i = 0; i < lines.length; i++) {
    const k = owner[i] as number;
    if (k !== -1) {
      if (i === (drafts[k] as Draft).to) add("whitespace", lines.end(i), lines.next(i));
      continue;
    }
    const code = kinds[i] as number;
    const kind = lines.blank(i)
      ? "whitespace"
      : code !== 0
        ? (KINDS[code] as ChromeKind)
        : classify(lines, i, i < firstItem, i > lastItem, drafts.length > 0, textKinds);
    add(kind, lines.start(i), lines.next(i));
  }
  return { section: section ? { text: section.text, span: section.span } : null, crumbs, filter, chrome };
}

// the chrome kind a line's text makes it whatever its place (0: not yet read, then an index of
// TEXT_KINDS, 1 for none)
const TEXT_KINDS: readonly (ChromeKind | null)[] = [null, null, "pagination", "read-more", "group-heading"];

function textKind(lines: LineTable, i: number): number {
  if (pagination(lines, i)) return 2;
  if (readMore(lines, i)) return 3;
  if (lines.size(i) <= 30 && hasMonthDate(lines, i)) return 4;
  return 1;
}

function classify(
  lines: LineTable,
  i: number,
  before: boolean,
  after: boolean,
  hasItems: boolean,
  textKinds: Uint8Array,
): ChromeKind {
  const id = lines.textId(i);
  let known = textKinds[id] as number;
  if (known === 0) {
    known = textKind(lines, i);
    textKinds[id] = known;
  }
  const byText = TEXT_KINDS[known];
  if (byText) return byText;
  const size = lines.size(i);
  if (!hasItems) return "other";
  if (before) return size <= 40 ? "navigation" : "header";
  if (after) return "footer";
  return "other";
}

const QUOTED = /^[‘“'"«„]([^’”'"»“]+)[’”'"»“]$/u;

function readFilter(textStart: number, f: NonNullable<ReturnType<typeof filterText>>): PageFilter {
  const rest = f.rest.trim();
  const at = textStart + f.offset + (f.rest.length - f.rest.trimStart().length);
  if (f.by !== null) {
    // the tag or category as named, without the quotes WordPress prints around it
    const name = QUOTED.exec(rest);
    const text = name ? (name[1] as string) : rest;
    const start = at + (name ? rest.indexOf(text) : 0);
    return { kind: f.by, date: null, text, span: { start, end: start + text.length } };
  }
  const date = parseDate(rest);
  if (date) {
    const kind = date.iso.length === 4 ? "year" : date.iso.length === 7 ? "month" : "date";
    return { kind, date: date.iso.slice(0, 10), text: rest, span: { start: at, end: at + rest.length } };
  }
  const year = /^(?:in\s+)?((?:18|19|20|21)\d\d)$/iu.exec(rest);
  if (year) {
    const y = year[1] as string;
    const s = at + rest.indexOf(y);
    return { kind: "year", date: y, text: y, span: { start: s, end: s + 4 } };
  }
  return { kind: "search", date: null, text: rest, span: { start: at, end: at + rest.length } };
}

function filterStart(text: string, offset: number): number {
  // the phrase itself ("Items filtered by date:") ends the trail
  const phrase = /(?:items?\s+)?filtered by|currently showing|showing results|results for/iu.exec(
    text.slice(0, offset),
  );
  return phrase ? phrase.index : offset;
}

function readCrumbs(
  lines: LineTable,
  trail: { line: number; from: number; to: number; lines?: number[] },
  section: string | null,
): { text: string; span: Span }[] {
  if (trail.lines) {
    return trail.lines.map((j) => {
      const text = lines.text(j);
      const lead = text.length - text.replace(/^[»›>/|\s]+/u, "").length;
      const crumb = text.slice(lead).replace(/[»›>/|\s]+$/u, "");
      const start = lines.textStart(j) + lead;
      return { text: crumb, span: { start, end: start + crumb.length } };
    });
  }
  const part = lines.text(trail.line).slice(trail.from, trail.to);
  const textStart = lines.textStart(trail.line);
  return splitCrumbs(part, section).map((c) => {
    const start = textStart + trail.from + c.start;
    return { text: c.text, span: { start, end: start + c.text.length } };
  });
}

const UI_WORDS =
  /^(?:search|form|filter|collapse|expand|menu|main|toggle|navigation|skip|to|content|close|×close|cerca|rechercher|buscar|suchen|szukaj|поиск|搜索|rss|login|log|in|sign|home|accueil|inicio|results?|more|print|email|tweet|share|\d+)$/iu;

// the page heading: the line named like the trail's last crumb, or else the nearest short line
// above the first item that is not a control ("Search", "Filter    Collapse", "07 秒后刷新")
function findSection(
  lines: LineTable,
  owner: Int32Array,
  firstItem: number,
  trail: { line: number; lines?: number[] } | null,
  named: string | null,
): { line: number; text: string; span: Span } | null {
  if (firstItem >= lines.length || firstItem === 0) return null;
  let seen = 0;
  const want = named?.toLowerCase();
  for (let i = firstItem - 1; i >= 0 && seen < (want ? 12 : 5); i--) {
    if (owner[i] !== -1 || lines.blank(i)) continue;
    seen++;
    if (trail && (i === trail.line || trail.lines?.includes(i))) continue;
    const t = lines.text(i);
    if (want) {
      if (t.toLowerCase() === want) return { line: i, text: t, span: lineSpan(lines, i) };
      continue;
    }
    if (t.length > 60 || /[.:;,!?]$/.test(t) || /^\d/.test(t) || pagination(lines, i) || filterText(t))
      continue;
    if (t.split(/\s+/).every((w) => UI_WORDS.test(w))) continue;
    if (hasDate(lines, i) || youAreHere(t) !== null) continue;
    return { line: i, text: t, span: lineSpan(lines, i) };
  }
  return null;
}
