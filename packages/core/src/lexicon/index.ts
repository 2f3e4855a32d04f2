/**
 * Words every parser and enrichment step reads names and labels with, listed once: the particles
 * inside people's names and the labels that introduce a byline or a revision date. Kept as data so
 * that a language is added in one place.
 */

/**
 * Lower-case words that sit inside a person's name without a capital ("Marna van der Merwe",
 * "Ludwig von Mises", "Ali bin Talal", "Maria dos Santos").
 *
 * @example
 * import { NAME_PARTICLES } from "@news/core";
 * NAME_PARTICLES.has("van"); // true
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "da",
  "del",
  "della",
  "di",
  "du",
  "zu",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "y",
  "dos",
  "das",
]);

/**
 * Is this word a name particle? Case-sensitive on purpose: "Van" at the start of a name is a name.
 *
 * @example
 * isNameParticle("der"); // true
 * isNameParticle("Der"); // false
 */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/**
 * Degrees, licences and suffixes printed after a writer's name, behind a comma ("Jillian Kubala, MS,
 * RD", "Matthew Frankel, CFP", "Angela Holliday-Bell, MD"): part of the name's line, never a name.
 * Upper-case as written, without periods.
 */
const CREDENTIALS: ReadonlySet<string> = new Set(
  (
    "MA MS MSc MBA MPH MD DO PhD PsyD EdD DrPH PharmD JD Esq LLM RD RDN LD LDN CDN CDCES CDE RN BSN MSN NP " +
    "APRN FNP PA PA-C DVM DDS DMD OD CPA CFA CFP CPP PSP CSCS CPT CNS LCSW LPC LMFT IBCLC FAND FACP FAAP " +
    "Jr Sr II III IV"
  ).split(" "),
);

/**
 * Is this part of a byline a credential that belongs to the name before it ("MS", "Ph.D.", "MD*")?
 *
 * @example
 * isCredential("Ph.D."); // true
 * isCredential("CNN"); // false
 */
export function isCredential(part: string): boolean {
  return CREDENTIALS.has(part.replace(/[.*]/g, ""));
}

/**
 * The short words that put a byline before a name as list pages and meta lines print them ("By
 * Jane Doe", "von Anna", "par Marie", "przez Jana", "от Анна"). They open headlines too ("Di Maio
 * …", "Por qué …"): read one only where a name follows it, or alone where a theme left the name out.
 *
 * @example
 * import { BYLINE_WORDS } from "@news/core";
 * BYLINE_WORDS.includes("von"); // true
 */
export const BYLINE_WORDS: readonly string[] = [
  "by",
  "par",
  "von",
  "di",
  "por",
  "door",
  "przez",
  "av",
  "af",
  "от",
];

/**
 * Labels that put a byline in front of a name, by language ("By", "Von", "Par", "Por", "Di",
 * "Door", "Av", "Autor", "Автор", "Yazar", "بقلم"; not Indonesian "Oleh", a Ukrainian first name
 * too), longest first so that "Written by" wins over "By".
 *
 * @example
 * import { BYLINE_LABELS } from "@news/core";
 * BYLINE_LABELS.includes("posted by"); // true
 */
export const BYLINE_LABELS: readonly string[] = [
  "written by",
  "posted by",
  "published by",
  "article by",
  "geschrieben von",
  "verfasst von",
  "écrit par",
  "geschreven door",
  "napisane przez",
  "skriven av",
  "escrito por",
  "scritto da",
  "scris de",
  "skrevet af",
  "skrevet av",
  "tác giả",
  "author",
  "contributors",
  "contributor",
  "autora",
  "autor",
  "auteur",
  "autore",
  "авторка",
  "автор",
  "yazar",
  "tekijä",
  "forfatter",
  "szerző",
  "συντάκτης",
  "작성자",
  "بقلم",
  "bởi",
  ...BYLINE_WORDS,
];

/**
 * A regex matching a byline label at the start of a line, with its colon and spaces
 * ("By: ", "Written by ", "Von ").
 *
 * @example
 * bylineLabel().exec("By Jane Doe")?.[0]; // "By "
 */
export function bylineLabel(labels: readonly string[] = BYLINE_LABELS): RegExp {
  const alternatives = labels.map((l) => l.replace(/ /g, "\\s+")).join("|");
  // (a label ends where its word does, in any script: \\b knows only ASCII words)
  return new RegExp(`^(${alternatives})(?![\\p{L}\\p{N}])\\s*:?\\s*`, "iu");
}

/**
 * A regex matching a date's label at the end of the text before the date, with the little word
 * that may join them ("Published on", "Aktualisiert am", "Mis à jour le", "Updated:"); the label
 * starts a word in any script (\\b knows only ASCII words: "Publié", "Оновлено").
 *
 * @example
 * labelBefore(UPDATE_LABELS).test("Last updated on "); // true
 */
export function labelBefore(labels: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(${labels.join("|")})\\s*(${LABEL_LINKS})?\\s*:?\\s*$`, "iu");
}

// the little words between a label and its date ("Published on", "publicat la", "publicat pe", "diterbitkan pada")
const LABEL_LINKS = "on|am|le|el|il|op|em|la|pe|dne|den|pada|في|:";

/**
 * Labels right before a date that make it the date of a revision, not of the publication
 * ("Updated", "Aktualisiert am", "Mis à jour le", "Stand:").
 *
 * @example
 * import { UPDATE_LABELS } from "@news/core";
 * UPDATE_LABELS.includes("aktualisiert"); // true
 */
export const UPDATE_LABELS: readonly string[] = [
  "last updated",
  "updated",
  "modified",
  "edited",
  "revised",
  "aktualisiert",
  "geändert",
  "stand",
  "mis à jour",
  "modifié",
  "actualizado",
  "actualización",
  "aggiornato",
  "bijgewerkt",
  "atualizado",
  "zaktualizowano",
  "обновлено",
  "оновлено",
  "обновено",
  "actualizat",
  "actualitzat",
  "aktualizováno",
  "aktualizované",
  "güncellendi",
  "güncelleme",
  "päivitetty",
  "frissítve",
  "oppdatert",
  "opdateret",
  "uppdaterad",
  "ενημερώθηκε",
  "ažurirano",
  "ажурирано",
  "cập nhật",
  "diperbarui",
  "dikemas kini",
  "تحديث",
  "آخر تحديث",
  "업데이트",
  "수정",
  "更新",
  "更新日",
];

/**
 * Labels that say a date is the publication's ("Published", "Posted", "Veröffentlicht").
 *
 * @example
 * import { PUBLISHED_LABELS } from "@news/core";
 * PUBLISHED_LABELS.includes("publié"); // true
 */
export const PUBLISHED_LABELS: readonly string[] = [
  "posted",
  "published",
  "written",
  "publié",
  "publicado",
  "pubblicato",
  "veröffentlicht",
  "erschienen",
  "gepubliceerd",
  "opublikowano",
  "опубликовано",
  "опубліковано",
  "публикувано",
  "publicat",
  "publikováno",
  "publikoval",
  "publikovala",
  "zveřejněno",
  "publikované",
  "yayınlanma tarihi",
  "yayınlandı",
  "julkaistu",
  "közzétéve",
  "megjelent",
  "publicerad",
  "publiceret",
  "publisert",
  "δημοσιεύθηκε",
  "δημοσίευση",
  "objavljeno",
  "објављено",
  "đăng ngày",
  "ngày đăng",
  "diterbitkan",
  "dipublikasikan",
  "diposting",
  "نشر",
  "تاريخ النشر",
  "게시",
  "등록",
  "公開",
  "公開日",
  "发布",
  "發布",
  "发表",
];

/** What an archive page is filtered to: a search's results, a tag's, a category's, or a period's posts. */
export type FilterPhraseKind = "search" | "tag" | "category" | "date";

/**
 * Phrases archive pages print to say what they list, by kind of filter (regex fragments, read
 * case-insensitively). `heading` marks the words ("Tag", "Archives", "Monthly archive") that say
 * it only where they open the listing's heading (HTML): a text dump's line may hold them
 * anywhere, as menus, post footers and sentences do. The other phrases are looked for anywhere in a text
 * dump's line ("… Items filtered by date: Thursday, 21 December 2017").
 *
 * @example
 * import { FILTER_PHRASES } from "@news/core";
 * FILTER_PHRASES.some((p) => p.kind === "tag" && p.phrase === "posts tagged"); // true
 */
export const FILTER_PHRASES: readonly { kind: FilterPhraseKind; phrase: string; heading?: true }[] = [
  ...phrases("search", [
    "search results? for",
    "showing results (?:for|in)",
    "results for",
    "résultats (?:de recherche )?pour",
    "suchergebnisse für",
    "ergebnisse für",
    "resultados (?:de búsqueda )?para",
    "risultati (?:della ricerca )?per",
    "wyniki dla",
    "результаты для",
  ]),
  ...phrases("tag", [
    "posts tagged",
    "tag archives?",
    "posturi etichetate",
    "arhive etichete",
    "archives de l['’]étiquette",
    "schlagwort-archiv(?:e)?",
    "artikel mit dem schlagwort",
    "archivo de (?:la )?etiqueta",
    "archivi tag",
    "tag archivio",
    "arquivo da tag",
    "archiwa tagu",
    "архив меток",
    "αρχεία ετικέτας",
  ]),
  ...phrases("tag", ["tag(?:ged)?(?: archives?)?", "schlagwort", "étiquette", "mot-clé", "etiqueta"], true),
  ...phrases("category", ["category archives?", "archivo de (?:la )?categoría"]),
  ...phrases(
    "category",
    ["category", "kategorie(?:-archiv)?", "catégorie", "categoría", "categoria", "rubrik", "rubrique"],
    true,
  ),
  ...phrases("date", [
    "items? filtered by(?: date)?",
    "filtered by(?: date)?",
    "currently showing(?: results)?(?: in| for)?",
    "(?:daily|monthly|yearly) archives?(?=\\s*:)",
    "archives? (?:for|of)",
    "archives? :",
    "archives? d[eu]",
    "archivio(?: di| del)?",
    "archivo de",
    "archiv für",
    "筛选",
  ]),
  ...phrases("date", ["(?:daily|monthly|yearly) archives?", "archives?", "archiv"], true),
];

function phrases(kind: FilterPhraseKind, list: readonly string[], heading?: true) {
  return list.map((phrase) => (heading ? { kind, phrase, heading } : { kind, phrase }));
}
