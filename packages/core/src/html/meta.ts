import { decodeHTML } from "entities";
import { findDates } from "../dates/index.js";
import { absoluteUrl } from "../shared/url.js";
import {
  attr,
  classId,
  clean,
  type Document,
  type Element,
  elements,
  nodeSpan,
  textOf,
  textSpan,
} from "./dom.js";

/** A value the page offers, with the source range it came from. */
export interface Found {
  value: string;
  span: { start: number; end: number };
}

/** Everything a page says about itself, by source, before reconciliation. */
export interface PageMeta {
  title: Found | null;
  /** `<title>` with the site name cut off. */
  docTitle: Found | null;
  h1s: Found[];
  authors: Found[];
  published: Found | null;
  modified: Found | null;
  section: Found | null;
  image: Found | null;
  canonical: string | null;
  lang: string | null;
  siteName: string | null;
  /** JSON-LD / OpenGraph type, lower-cased ("newsarticle", "article", "website", "collectionpage"). */
  types: string[];
  /** Elements the metadata came from in the body (bylines, date lines) so the body can leave them out. */
  used: Set<Element>;
}

const ARTICLE_TYPES =
  /^(newsarticle|article|blogposting|reportagenews|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|report|techarticle|scholarlyarticle|liveblogposting|socialmediaposting|posting|medicalwebpage|webpage|howto|recipe)$/;

type Json = Record<string, unknown>;

/** One pass over the document collecting every metadata source. */
export function readMeta(doc: Document, html: string, baseUrl: string | null): PageMeta {
  const meta = new Map<string, Element>();
  const ld: { data: unknown; el: Element }[] = [];
  const h1s: Found[] = [];
  const times: Element[] = [];
  const props = new Map<string, Element[]>();
  const bylines: Element[] = [];
  let titleEl: Element | null = null;
  let canonical: string | null = null;
  let lang: string | null = null;
  const len = html.length;

  for (const el of elements(doc)) {
    switch (el.name) {
      case "html":
        lang = attr(el, "lang") ?? attr(el, "xml:lang");
        break;
      case "meta": {
        const key = (attr(el, "property") ?? attr(el, "name") ?? attr(el, "itemprop") ?? "")
          .toLowerCase()
          .trim();
        if (key && attr(el, "content")?.trim() && !meta.has(key)) meta.set(key, el);
        if (!lang && attr(el, "http-equiv")?.toLowerCase() === "content-language") lang = attr(el, "content");
        break;
      }
      case "link":
        if (!canonical && /\bcanonical\b/i.test(attr(el, "rel") ?? ""))
          canonical = absoluteUrl(attr(el, "href"), baseUrl);
        break;
      case "title":
        if (!titleEl && el.parent && (el.parent as Element).name !== "svg") titleEl = el;
        break;
      case "script":
        if (/ld\+json/i.test(attr(el, "type") ?? "")) {
          const data = parseJson(textOfRaw(el));
          if (data !== undefined) ld.push({ data, el });
        }
        break;
      case "h1": {
        const value = textOf(el);
        if (value) h1s.push({ value, span: textSpan(el, len) });
        break;
      }
      case "time":
        times.push(el);
        break;
    }
    const itemprop = attr(el, "itemprop");
    if (itemprop && el.name !== "meta") {
      for (const p of itemprop.toLowerCase().split(/\s+/)) {
        const list = props.get(p);
        if (list) list.push(el);
        else props.set(p, [el]);
      }
    }
    const ci = classId(el);
    if (
      ci &&
      /byline|author|posted-by|writer/.test(ci) &&
      !/authors?[-_]?(bio|box|info|description|avatar|image|photo|img|pic|title|role|job|social|link)|about-?author|more-?from/.test(
        ci,
      )
    )
      bylines.push(el);
    else if (/\bauthor\b/i.test(attr(el, "rel") ?? "")) bylines.push(el);
  }

  const used = new Set<Element>();
  const m = (...keys: string[]): Found | null => {
    for (const key of keys) {
      const el = meta.get(key);
      const value = el && clean(attr(el, "content") ?? "");
      if (el && value) return { value, span: attrSpan(el, "content", html) };
    }
    return null;
  };

  const article = pickArticle(ld.map((x) => x.data));
  const ldEl = article ? ld.find((x) => contains(x.data, article.node))?.el : undefined;
  const ldFound = (value: string | null): Found | null =>
    value && ldEl ? { value: clean(decodeHTML(value)), span: valueSpan(ldEl, value, html) } : null;

  const types: string[] = [];
  if (article) types.push(...typesOf(article.node));
  const ogType = meta.get("og:type");
  if (ogType) types.push((attr(ogType, "content") ?? "").toLowerCase());

  // title: the visible headline when it agrees with what the page declares, else the declaration
  const declared =
    ldFound(str(article?.node.headline) ?? str(article?.node.name)) ??
    m("og:title", "twitter:title", "dc.title", "title");
  const docTitle = titleEl ? { value: cutSiteName(textOf(titleEl)), span: textSpan(titleEl, len) } : null;

  // authors: people named by JSON-LD, then <meta>, microdata, visible bylines; an organisation last
  const named = article ? namesOf(article.node.author, article.byId) : [];
  const fromLd = (org: boolean) =>
    named
      .filter((n) => n.org === org)
      .map((n) => ldFound(n.name))
      .filter((f): f is Found => f !== null);
  let authors: Found[] = fromLd(false);
  if (authors.length === 0) {
    const f = m(
      "author",
      "article:author",
      "parsely-author",
      "sailthru.author",
      "dc.creator",
      "dcterms.creator",
      "byl",
    );
    const value = f ? cleanByline(f.value) : "";
    if (f && value && !/^(https?:|www\.|@)/.test(value) && value !== siteNameOf(meta))
      authors = splitNames(value).map((v) => ({ value: v, span: f.span }));
  }
  if (authors.length === 0) {
    for (const el of props.get("author") ?? []) {
      const nameEl = propIn(el, "name") ?? el;
      const value = cleanByline(spacedText(nameEl) || attr(nameEl, "content") || "");
      if (value && value.length <= 80) {
        authors.push({ value, span: textSpan(nameEl, len) });
        used.add(el);
        break;
      }
    }
  }
  if (authors.length === 0) {
    for (const el of bylines) {
      const raw = spacedText(el);
      // a wrapper classed "single-author" holds the page, not a byline
      if (raw.length > 600) continue;
      const value = cleanByline(raw);
      if (value && value.length <= 80 && /\p{Lu}|\p{Lo}/u.test(value) && !/^@/.test(value)) {
        const whole = textSpan(el, len);
        authors = splitNames(value).map((v) => ({ value: v, span: within(html, v, whole) }));
        used.add(el);
        break;
      }
    }
  }
  if (authors.length === 0) {
    const f = escapedLd(html, "author");
    const value = f ? cleanByline(f.value) : "";
    if (f && value) authors = [{ value, span: f.span }];
  }
  if (authors.length === 0) authors = fromLd(true);
  authors = dedupe(authors);

  // dates
  const published =
    ldFound(
      str(article?.node.datePublished) ?? str(article?.node.dateCreated) ?? str(article?.node.uploadDate),
    ) ??
    m(
      "article:published_time",
      "article:published",
      "og:published_time",
      "datepublished",
      "pubdate",
      "publishdate",
      "publish-date",
      "publish_date",
      "published_time",
      "date",
      "dc.date",
      "dc.date.issued",
      "dcterms.date",
      "dcterms.created",
      "dcterms.issued",
      "citation_publication_date",
      "citation_date",
      "sailthru.date",
      "parsely-pub-date",
      "article.published",
      "og:updated_time",
    ) ??
    propDate(props.get("datepublished"), len, html, used) ??
    timeDate(times, len, html, used) ??
    anyPublishedMeta(meta, html) ??
    escapedLd(html, "datePublished");
  const modified =
    ldFound(str(article?.node.dateModified)) ??
    m("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified") ??
    propDate(props.get("datemodified"), len, html, used);

  const section =
    ldFound(firstStr(article?.node.articleSection)) ??
    m("article:section", "section", "parsely-section", "category");
  const imageValue = imageOf(article?.node.image);
  const imageLd = ldFound(imageValue);
  const imageMeta =
    imageLd ?? m("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src");
  // an image link that is not http(s) (javascript:, data:) is no image of the model
  const imageUrl = imageMeta ? absoluteUrl(imageMeta.value, baseUrl) : null;
  const image = imageMeta && imageUrl ? { value: imageUrl, span: imageMeta.span } : null;

  const ogUrl = m("og:url")?.value ?? null;
  const siteName = m("og:site_name", "application-name")?.value ?? null;
  return {
    title: declared,
    docTitle: docTitle?.value ? docTitle : null,
    h1s,
    authors,
    published,
    modified,
    section,
    image,
    canonical: canonical ?? (ogUrl ? absoluteUrl(ogUrl, baseUrl) : null),
    lang: normalizeLang(
      lang ??
        m("og:locale", "language", "content-language", "dc.language")?.value ??
        str(article?.node.inLanguage),
    ),
    siteName,
    types,
    used,
  };
}

function textOfRaw(el: Element): string {
  let s = "";
  for (const c of el.children) if (c.type === "text") s += c.data;
  return s;
}

function parseJson(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--|-->$/g, "");
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      // raw newlines inside strings and trailing commas are common in hand-written JSON-LD
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return undefined;
    }
  }
}

function typesOf(node: Json): string[] {
  const t = node["@type"];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === "string")
    .map((x) => x.toLowerCase());
}

/** The JSON-LD node that describes the article, following @graph and arrays; Person nodes by @id for authors. */
function pickArticle(roots: unknown[]): { node: Json; byId: Map<string, Json> } | null {
  const byId = new Map<string, Json>();
  const nodes: Json[] = [];
  const stack: unknown[] = [...roots];
  let budget = 5000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === "object") {
      const o = v as Json;
      nodes.push(o);
      if (typeof o["@id"] === "string") byId.set(o["@id"], o);
      if (o["@graph"]) stack.push(o["@graph"]);
      if (o.mainEntity && typeof o.mainEntity === "object") stack.push(o.mainEntity);
    }
  }
  let best: Json | null = null;
  let bestRank = 99;
  for (const n of nodes.reverse()) {
    for (const t of typesOf(n)) {
      if (!ARTICLE_TYPES.test(t)) continue;
      const rank = /article|posting|report/.test(t) ? 0 : 1;
      if (rank < bestRank) [best, bestRank] = [n, rank];
    }
  }
  return best ? { node: best, byId } : null;
}

function contains(root: unknown, target: Json): boolean {
  const stack = [root];
  let budget = 5000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (v === target) return true;
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === "object") stack.push(...Object.values(v));
  }
  return false;
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

function firstStr(v: unknown): string | null {
  return Array.isArray(v) ? str(v[0]) : str(v);
}

function namesOf(v: unknown, byId: Map<string, Json>): { name: string; org: boolean }[] {
  const out: { name: string; org: boolean }[] = [];
  for (const a of Array.isArray(v) ? v : [v]) {
    if (typeof a === "string") out.push(...splitNames(decodeHTML(a)).map((name) => ({ name, org: false })));
    else if (a && typeof a === "object") {
      let o = a as Json;
      if (!o.name && typeof o["@id"] === "string") o = byId.get(o["@id"]) ?? o;
      const name = str(o.name);
      if (name)
        out.push({
          name: decodeHTML(name),
          org: typesOf(o).some((t) => /organization|corporation|brand/.test(t)),
        });
    }
  }
  return out.filter((n) => !/^(https?:|www\.|@)/.test(n.name));
}

function siteNameOf(meta: Map<string, Element>): string | null {
  const el = meta.get("og:site_name");
  return el ? clean(attr(el, "content") ?? "") : null;
}

function imageOf(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return imageOf(v[0]);
  if (v && typeof v === "object") return str((v as Json).url) ?? str((v as Json).contentUrl);
  return null;
}

const PARTICLES = /^(van|der|den|de|da|del|della|di|du|von|zu|la|le|bin|al|el|y|dos|das)$/;

/** A person's name: a few words, each capitalised or a particle ("Marna van der Merwe"). */
function nameLike(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= 5 &&
    words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || PARTICLES.test(w) || /^(dr|mr|mrs|ms)\.?$/i.test(w))
  );
}

/** "A, B and C" -> three names; "Center for Drug Evaluation and Research" stays one. */
function splitNames(text: string): string[] {
  const parts = text
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|;|\|)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
  return parts.length > 1 && !parts.every(nameLike) ? [text.trim()] : parts;
}

/** "By Jane Doe | Staff writer" -> "Jane Doe" */
export function cleanByline(text: string): string {
  let value = clean(text)
    .replace(/^[\s,;:|·•⋅–—-]+/, "")
    .replace(
      /^(this (?:post|article|story) was )?(written|posted|published|reviewed|authored|text|words|story|recipe|guide|review|report|analysis|photos|insights)?\s*(by|from|von|par|por|di|door|av|autor(?:e|a|es)?|authors?)(?::\s*|\s+)/iu,
      "",
    )
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
    /^(the\s+)?(author|admin|administrator|editor|user)$/i.test(value) ||
    /^(written|posted|published)\s+by$/i.test(value) ||
    /^(page|meta|data|post|site|article)\.[\w.-]+$/.test(value)
  )
    return "";
  return value;
}

const ROLE =
  /^(senior|lead|head|chief|staff|deputy|associate|assistant|contributing|managing|executive|former|guest|freelance|writer|reporter|editor|editor-in-chief|correspondent|columnist|contributor|founder|co-founder|expert|analyst|journalist|director|manager|producer|winemaker|gardener|specialist|strategist|consultant|engineer|developer|designer|photographer|researcher|scientist|attorney|lawyer|ceo|cto|president|officer|educators?|dietitian)$/i;
const INITIAL = /^(\p{Lu}\.){1,2}$|^(van|von|der|den|de|da|del|della|di|du|la|le|bin|al|el|dos|das)$/u;

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

/** Text with a space at every element boundary (bylines run name and date together otherwise). */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const stack: (Element | { type: string; data?: string })[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as Element;
    if ((n as { type: string }).type === "text") parts.push((n as unknown as { data: string }).data);
    else if (n.children && n.name !== "script" && n.name !== "style") {
      parts.push(" ");
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Element);
      parts.push(" ");
    }
  }
  return clean(parts.join(""));
}

function dedupe(list: Found[]): Found[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = f.value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function propIn(el: Element, name: string): Element | null {
  for (const child of elements(el)) if ((attr(child, "itemprop") ?? "").toLowerCase() === name) return child;
  return null;
}

// sites invent their own names ("w-published-date", "published"): any meta that says publish/issue/create
function anyPublishedMeta(meta: Map<string, Element>, html: string): Found | null {
  for (const [key, el] of meta) {
    if (!/publish|pub_?date|release|issued|created/.test(key) || /modif|updat|expir|image|author/.test(key))
      continue;
    const value = clean(attr(el, "content") ?? "");
    if (value && value.length < 80 && /\d/.test(value)) return { value, span: attrSpan(el, "content", html) };
  }
  return null;
}

// JSON-LD carried inside a string (app state, an attribute) is escaped: \"datePublished\":\"…\"
const ESCAPED_LD = {
  datePublished: /(?:\\"|&quot;)datePublished(?:\\"|&quot;):\s*(?:\\"|&quot;)([^"\\&]{8,40})/,
  author:
    /(?:\\"|&quot;)author(?:\\"|&quot;):\s*\[?\s*\{[^{}]{0,120}?(?:\\"|&quot;)name(?:\\"|&quot;):\s*(?:\\"|&quot;)([^"\\&]{2,80})/,
};

function escapedLd(html: string, key: keyof typeof ESCAPED_LD): Found | null {
  const m = ESCAPED_LD[key].exec(html);
  // the node's type may come before or after its name
  const node = m ? m[0] + html.slice(m.index + m[0].length, m.index + m[0].length + 200).split("}")[0] : "";
  if (!m || /Organization|Corporation|Brand/.test(node)) return null;
  const start = m.index + m[0].length - (m[1] as string).length;
  return { value: clean(m[1] as string), span: { start, end: start + (m[1] as string).length } };
}

function propDate(list: Element[] | undefined, len: number, html: string, used: Set<Element>): Found | null {
  for (const el of list ?? []) {
    const raw = attr(el, "datetime") ?? attr(el, "content");
    if (raw?.trim()) {
      used.add(el);
      return { value: raw.trim(), span: attrSpan(el, attr(el, "datetime") ? "datetime" : "content", html) };
    }
    const value = textOf(el);
    if (value) {
      used.add(el);
      return { value, span: textSpan(el, len) };
    }
  }
  return null;
}

function timeDate(times: Element[], len: number, html: string, used: Set<Element>): Found | null {
  // prefer a <time> that says it is the publication date; else the first one in the page
  const pick =
    times.find((t) =>
      /pub|posted|date-published|entry-date/i.test(
        `${classId(t)} ${attr(t, "pubdate") !== null ? "pub" : ""}`,
      ),
    ) ?? times.find((t) => attr(t, "datetime"));
  if (!pick) return null;
  used.add(pick);
  const dt = attr(pick, "datetime");
  return dt
    ? { value: dt.trim(), span: attrSpan(pick, "datetime", html) }
    : { value: textOf(pick), span: textSpan(pick, len) };
}

/** The source range of an attribute's value inside its tag (the tag itself when not found). */
function attrSpan(el: Element, name: string, html: string): { start: number; end: number } {
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
function valueSpan(el: Element, value: string, html: string): { start: number; end: number } {
  const span = nodeSpan(el, html.length);
  const at = html.indexOf(value, span.start);
  return at !== -1 && at + value.length <= span.end ? { start: at, end: at + value.length } : span;
}

const SITE_SEPARATORS = /\s+[|–—·•»:-]\s+|\s+[-–—]\s*|\s*\|\s*/;

/** "Headline | Site" -> "Headline": keep the longest part when a separator splits the title. */
export function cutSiteName(title: string): string {
  const parts = title.split(SITE_SEPARATORS);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 3 ? longest : title;
}

function normalizeLang(lang: string | null | undefined): string | null {
  const m = lang && /^\s*([a-zA-Z]{2,3})(?:[-_]|$)/.exec(lang);
  return m ? (m[1] as string).toLowerCase() : null;
}

// a name split from a byline: its own characters when the source has them verbatim inside the byline
function within(
  html: string,
  value: string,
  span: { start: number; end: number },
): { start: number; end: number } {
  const at = html.indexOf(value, span.start);
  return at !== -1 && at + value.length <= span.end ? { start: at, end: at + value.length } : span;
}
