import { findDates } from "../dates/index.js";
import {
  BYLINE_LABELS,
  bylineLabel,
  isCredential,
  isNameParticle,
  NAME_PARTICLES,
} from "../lexicon/index.js";
import type { Block } from "./blocks.js";
import { classId, clean } from "./dom.js";
import type { Found } from "./found.js";

// "By Jane Doe" beside the headline: every label; at the article's end only the English ones
const BY = bylineLabel(BYLINE_LABELS.filter((l) => l !== "article by"));
const LABELLED = bylineLabel(["written by", "posted by", "published by", "article by", "by", "author"]);
// a byline's opening words: a role ("Recipe", "Photos"), then a label of any language
const BYLINE_OPENING = new RegExp(
  `^(this (?:post|article|story) was )?(written|posted|published|reviewed|authored|text|words|story|recipe|guide|review|report|analysis|photos|insights)?\\s*(${["authors", "autores", "from", ...BYLINE_LABELS].map((l) => l.replace(/ /g, "\\s+")).join("|")})(?::\\s*|\\s+)`,
  "iu",
);
const PARTICLE_WORDS = [...NAME_PARTICLES].join("|");
const AFTER_DATE = new RegExp(
  `\\b(?:by|von|par|por)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|${PARTICLE_WORDS})){0,4})`,
  "u",
);
const GLUED_BY = /^(By|Von|Par|Por|Door|Av)(?=\p{Lu}\p{Ll})/u;
const INITIAL = new RegExp(`^(\\p{Lu}\\.){1,2}$|^(${PARTICLE_WORDS})$`, "u");

/** Job titles that end a name in a byline ("Keith Barry Senior Autos Reporter", "… Envoyés spéciaux à Toulouse"). */
const ROLE =
  /^(senior|lead|head|chief|staff|deputy|associate|assistant|contributing|managing|executive|former|guest|freelance|writer|reporter|editor|editor-in-chief|correspondent|columnist|contributor|founder|co-founder|expert|analyst|journalist|director|manager|producer|winemaker|gardener|specialist|strategist|consultant|engineer|developer|designer|photographer|researcher|scientist|attorney|lawyer|ceo|cto|president|officer|educators?|dietitian|envoyée?s?|correspondante?s?|journalistes?|rédact(?:eur|rice)s?|redakteur(?:in)?|korrespondent(?:in)?|corresponsal(?:es)?|redactora?|periodistas?|inviat[oaie])$/iu;

/** A person's name: a few words, each capitalised or a particle ("Marna van der Merwe"). */
function nameLike(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= 5 &&
    words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || isNameParticle(w) || /^(dr|mr|mrs|ms)\.?$/i.test(w))
  );
}

// a byline's "(with …)" in the languages of the lexicon's labels
const WITH_NAMES = /\s*\((?:with|avec|mit|con|com|met)\s+([^()]{3,120})\)\s*$/iu;

/**
 * "A, B and C" -> three names; "Center for Drug Evaluation and Research" stays one; a credential
 * stays with its name ("Jillian Kubala, MS, RD" is one).
 */
export function splitNames(text: string): string[] {
  const parts: string[] = [];
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the names in brackets are writers too
  const listed = text.replace(WITH_NAMES, ", $1");
  for (const raw of listed.split(/\s*(?:,\s*(?:and\s+)?|\s+(?:and|et|und|och|og)\s+|\s*&\s*|;|\|)\s*/)) {
    const part = raw.trim();
    if (part.length <= 1) continue;
    // (without a footnote's star or a lone closing period: "MD*", "DVM.")
    if (parts.length > 0 && isCredential(part))
      parts[parts.length - 1] += `, ${part.replace(/\*+$/, "").replace(/^([\p{L}-]+)\.$/u, "$1")}`;
    else parts.push(part);
  }
  return parts.length > 1 && !parts.every(nameLike) ? [text.trim()] : parts;
}

/** "By Jane Doe | Staff writer" -> "Jane Doe" */
export function cleanByline(text: string): string {
  let value = clean(text)
    .replace(/^[\s,;:|·•⋅–—-]+/, "")
    .replace(BYLINE_OPENING, "")
    // "BySummer Swann": the glued form only before a capital ("Paramita" keeps its "Par")
    .replace(/^(By|Von|Par|Por|Door|Av)(?=\p{Lu})/u, "")
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, "")
    .replace(/\s*(\||·|•|⋅|—|–\s|\s-\s).*$/, "")
    .replace(/\s*\d+\s*(min|minute)s?\.?\s+read\b.*$/i, "")
    .replace(/\s*(last\s+)?(updated|published|posted|modified|reviewed)\b.*$/i, "")
    .replace(/\s+(on|le|el|am|il)\s+\d.*$/i, "");
  const date = findDates(value).find((d) => d.year !== null || d.day !== null);
  if (date) value = value.slice(0, date.start);
  value = value
    .replace(/[\s,;:|·•–—-]+$/, "")
    .replace(/\s+(on|at|in|le|el|am|il|le)$/i, "")
    .trim();
  value = withoutRole(value);
  // a date, a number or a placeholder is no name
  if (
    !/\p{L}{2}/u.test(value) ||
    /^(the\s+)?(authors?|admin|administrator|editors?|users?)$/i.test(value) ||
    // a copyright line ("The Pennsylvania State University © 2025")
    /©|\bcopyright\b/i.test(value) ||
    /^(written|posted|published)\s+by$/i.test(value) ||
    /^(page|meta|data|post|site|article)\.[\w.-]+$/.test(value)
  )
    return "";
  return value;
}

/** "Keith Barry Senior Autos Reporter" -> "Keith Barry": the name ends where a job title starts. */
function withoutRole(value: string): string {
  // an avatar's initials before the name ("NB Nicole Burke")
  const initials = /^(\p{Lu}{2,3})\s+/u.exec(value);
  const next = value.split(/\s+/).slice(1, (initials?.[1]?.length ?? 0) + 1);
  if (initials && initials[1] === next.map((w) => w[0]).join("")) value = value.slice(initials[0].length);
  const words = value.split(/\s+/);
  const role = words.findIndex((w, i) => i >= 2 && ROLE.test(w.replace(/[,;:.]+$/, "")));
  if (role === -1) return value;
  const before = words.slice(0, role);
  // "Paul Frew, Home and Digital Security Expert": the title follows the first comma
  const comma = before.findIndex((w) => w.endsWith(","));
  // a title right after the name; a role word further on is in a bio, cut only when it is long
  if (comma < 1 && role > 5 && value.length <= 80) return value;
  // several names before the title ("Jane Doe and John Roe, Staff Writers") all stay
  let end = comma >= 1 ? comma + 1 : before.some((w) => /^(and|&)$/i.test(w)) ? role : 2;
  while (end < role && INITIAL.test((words[end - 1] as string).replace(/,$/, ""))) end++;
  return words
    .slice(0, end)
    .join(" ")
    .replace(/[\s,;:–—-]+$/, "");
}

/** The blocks around the headline, nearest first: below it, then above it. */
function aroundHeadline(all: Block[], body: Block[], title: Found | null, below: number, above: number) {
  const titleAt = title ? all.findIndex((b) => b.start >= title.span.start && b.start < title.span.end) : -1;
  const anchor = titleAt !== -1 ? titleAt : body[0] ? all.indexOf(body[0]) : -1;
  if (anchor === -1) return [];
  return [
    ...all.slice(anchor + 1, anchor + 1 + below),
    ...all.slice(Math.max(0, anchor - above), anchor).reverse(),
  ];
}

/** "By Jane Doe" (or "Written by" above "Jane Doe") in the short lines around the headline. */
export function visibleByline(all: Block[], body: Block[], title: Found | null): Found | null {
  for (const b of aroundHeadline(all, body, title, 11, 5)) {
    // "ByDaryl Austin": the label and the name in elements of their own, joined without a space
    const text = b.text.replace(GLUED_BY, "$1 ");
    if (text.length > 100 || !BY.test(text)) continue;
    const rest = text.replace(BY, "");
    const next = all[all.indexOf(b) + 1];
    const value = cleanByline(rest || (next && next.text.length < 60 ? next.text : ""));
    if (value && value.length <= 60 && /^[\p{Lu}\p{Lo}]/u.test(value)) {
      return {
        value,
        span: rest
          ? { start: b.start, end: b.end }
          : { start: (next as Block).start, end: (next as Block).end },
      };
    }
  }
  return null;
}

/**
 * A byline anywhere in the page's own text when none is by the headline: "By Jane Doe" or
 * "Written by" above the name at the article's end, "03/01/2017 by Jane Doe" in a date line.
 */
export function anyByline(all: Block[]): Found | null {
  for (const [k, b] of all.entries()) {
    if (b.text.length > 100 || b.boiler || b.furniture || /comment|reply/.test(classId(b.el))) continue;
    let value = "";
    if (LABELLED.test(b.text)) {
      const rest = b.text.replace(LABELLED, "");
      const next = all[k + 1];
      value = cleanByline(rest || (next && next.text.length < 60 ? next.text : ""));
      if (value && !rest && next) return nameOnly(value, next);
    } else if (findDates(b.text).length > 0) {
      value = AFTER_DATE.exec(b.text)?.[1] ?? "";
    }
    const found = value && nameOnly(cleanByline(value), b);
    if (found) return found;
  }
  return null;
}

// a person's name: two to five capitalised words (particles and initials allowed)
function nameOnly(value: string, b: Block): Found | null {
  const words = value.split(/\s+/);
  const ok =
    // labels and menus glued to the next word ("CategoryBy Manufacturer") are no names
    !/[:@/]|\p{Ll}By\b/u.test(value) &&
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || /^(and|&)$/.test(w) || isNameParticle(w));
  return ok ? { value, span: { start: b.start, end: b.end } } : null;
}

/**
 * A writer's name printed beside the article's shown date with no label ("Dec 17, 2025Julian K.
 * Arni", "2025-12-17·" / "Trond Teigen"): the date's own block, the date taken out, or the block
 * right before or after it, when that is two or three capitalised words and nothing else. Asked
 * only when the page declares no author and shows no "By" line.
 */
export function besideDate(all: Block[], date: Found["span"], title: Found | null): Found | null {
  const at = all.findIndex((b) => b.start <= date.start && date.start < b.end);
  if (at === -1) return null;
  const own = all[at] as Block;
  const candidates: Block[] = [own, all[at + 1], all[at - 1]].filter((b): b is Block => b !== undefined);
  for (const b of candidates) {
    if (b.boiler || b.furniture || b.kind === "heading" || b.text.length > NAME_BESIDE_DATE.chars) continue;
    if (title && b.start <= title.span.start && title.span.start < b.end) continue;
    let text = b.text;
    if (b === own) {
      const found = findDates(text).find((d) => d.year !== null);
      if (!found) continue;
      text = `${text.slice(0, found.start)} ${text.slice(found.end)}`;
    }
    const name = text.replace(/^[\s·•|,–—-]+|[\s·•|,–—-]+$/gu, "").trim();
    if (PROPER_NAME.test(name) && !NOT_A_NAME.test(name))
      return { value: name, span: { start: b.start, end: b.end } };
  }
  return null;
}

const NAME_BESIDE_DATE = { chars: 80 };
// a control's or a box's words in a name's shape ("View Webcam", "All Insights", "Your Privacy
// Choices", "Latest Articles")
const NOT_A_NAME =
  /^(?:view|read|see|watch|listen|learn|shop|visit|explore|discover|get|join|sign|download|share|follow|subscribe|contact|book|start|try|back|next|previous|more|all|latest|related|popular|recent|your|our|my|the|about|home|news|blog)\b/i;
// two or three words, each a capital then lower case (an initial allowed between): "Julian K. Arni"
const PROPER_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;
