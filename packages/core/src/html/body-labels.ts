/**
 * Lines of page furniture that sit inside an article's container, as data: whole-line labels
 * (an ad slot's "Advertisement", a table of contents' title, share and "read more" buttons, a
 * form's default messages, a rating widget's prompts) and the headings that open the furniture
 * under an article ("About the author", "Related posts", "Latest news"). Several languages each;
 * a language is added here, not in the code that reads them.
 */

/**
 * Whole lines that are never an article's text, lower-case, without their trailing punctuation.
 * Each was read on several sites of the WCXB dev pages, where the gold text leaves it out.
 */
const LABEL_LINES: readonly string[] = [
  // ad slots
  "advertisement",
  "advertisements",
  "advertisement continue reading below",
  "story continues below advertisement",
  "article continues below advertisement",
  "continue reading below",
  "anzeige",
  "werbung",
  "publicité",
  "publicidad",
  "pubblicità",
  "advertentie",
  "publicidade",
  "reclame",
  "reklama",
  "reklam",
  "реклама",
  "hirdetés",
  "mainos",
  "annons",
  "διαφήμιση",
  // a table of contents' title and its toggle
  "table of contents",
  "contents",
  "contents hide",
  "contents show",
  "in this article",
  "in this post",
  "on this page",
  "jump to",
  "jump to section",
  "inhaltsverzeichnis",
  "inhalt",
  "sommaire",
  "table des matières",
  "índice",
  "indice",
  "tabla de contenidos",
  // buttons: read on, share, captions
  "read more",
  "continue reading",
  "weiterlesen",
  "mehr lesen",
  "lire la suite",
  "leer más",
  "seguir leyendo",
  "leggi tutto",
  "share",
  "share this",
  "share this article",
  "share this post",
  "share this story",
  "share this page",
  "share this on",
  "teilen",
  "artikel teilen",
  "partager",
  "partager cet article",
  "compartir",
  "condividi",
  "follow",
  "follow us",
  "follow me",
  "folgen sie uns",
  "suivez nous",
  "síguenos",
  "show caption",
  "hide caption",
  "toggle caption",
  // a box of other stories inside the text ("Read next", "You might like"): its title
  "related content",
  "related articles",
  "related posts",
  "related stories",
  "read next",
  "read this next",
  "you might like",
  "you may also like",
  "you might also like",
  "recommended reading",
  "recommended for you",
  "filed under",
  "editors picks",
  "editor s picks",
  "editors choice",
  "editor s choice",
  "das könnte sie auch interessieren",
  "mehr zum thema",
  "още по темата",
  "по теме",
  "czytaj także",
  "zobacz także",
  "lesen sie auch",
  "à lire aussi",
  "lire aussi",
  "te puede interesar",
  "leggi anche",
  // a byline's or a review's label on a line of its own (the name follows on the next line)
  "written by",
  "edited by",
  "reviewed by",
  "fact checked by",
  "medically reviewed by",
  "contributing writer",
  "author",
  "posted by",
  "posted on",
  "estimated reading time",
  // calls to action
  "no credit card required",
  "get started",
  "contact us",
  "print",
  "print this page",
  "print this article",
  // a text-size control's label (AOL News, WebMD)
  "text size",
  "font size",
  "schriftgröße",
  "taille du texte",
  "tamaño del texto",
  "tamaño de letra",
  "rozmiar czcionki",
  "размер на шрифта",
  "размер шрифта",
  "betűméret",
  // placeholders of content loaded by script, a template's filler
  "loading",
  "loading image",
  "loading paragraph",
  "loading video",
  "loading comments",
  // lists of other stories' labels
  "most popular",
  "popular posts",
  "popular articles",
  "trending",
  "trending now",
  "most read",
  "most viewed",
  // a signup form's field labels
  "email",
  "email address",
  "your email",
  "your email address",
  "e mail address",
  // form builders' default messages (Webflow), rating widgets' prompts (Rate my Post)
  "thank you your submission has been received",
  "oops something went wrong while submitting the form",
  "how useful was this post",
  "click on a star to rate it",
  "no votes so far be the first to rate this post",
  "we are sorry that this post was not useful for you",
  "let us improve this post",
  "tell us how we can improve this post",
  "was this article helpful",
  "was this page helpful",
  "was this helpful",
  "rate this article",
  "rate this post",
  "rate this story",
  "bewerten sie diesen artikel",
  "évaluez cet article",
  "califica este artículo",
];

// "5 min read", "12 minute read", "Reading time: 4 minutes", "Lesezeit: 3 Min.", "3 min de lecture"
const READING_TIME =
  /^(?:(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*(?:about\s+)?\d{1,3}\s*(?:min(?:ute)?s?|minuten)\.?|(?:about\s+)?\d{1,3}\s*(?:min(?:ute)?s?)\.?\s+(?:read|reading|lesezeit|de lecture|de lectura|di lettura))$/iu;

/**
 * Lines that open like furniture, whatever follows: image credits by a stock agency or "courtesy"
 * ("Getty Images / …", "Photo courtesy …"), or by a label ("Image: Move.org", "(Credit: Joseph
 * Maldonado)", "Illustration by Mike Nudelman", "Crédits photo : …", "Foto: dpa"; the WCXB dev
 * gold leaves out 24 such lines on 13 pages and keeps 2; a "Photo credit: …" line is kept, one
 * site's gold keeps six as text), newsletter pitches and their consent lines ("Join our
 * newsletter", "Get … delivered to your inbox", "By subscribing, you agree …", "Thanks for signing
 * up!"), a template's "Lorem ipsum" filler. Each holds for short lines only (CREDIT_LINE,
 * PITCH_LINE).
 */
const CREDIT =
  /^(?:(?:photo|image)\s+(?:by|courtesy(?: of)?)\s+\S|(?:illustration|photograph|graphic|photo illustration)\s+by\s+\S|\(?(?:image|images|photo|photos|photograph|illustration|graphic|picture|credit|image credit|crédits? photo|foto|fotos|bild|imagen)\s*:\s*\S|fot\.\s*\S|courtesy of\s|\(?(?:getty images|shutterstock|istock|ap photo|reuters|afp|dpa|picture alliance)\b)/iu;
const PITCH =
  /^(?:(?:subscribe|sign up|join)\b.{0,60}\b(?:newsletter|inbox|email|subscribers|mailing list)|get\b.{0,80}\bdelivered (?:right |straight |directly )?to your inbox|by (?:signing up|subscribing|clicking|submitting)\b|(?:thanks|thank you) for (?:signing up|subscribing)|lorem ipsum\b)/iu;
/**
 * Paywall prompts ("Already have an account? Log in", "This article is exclusive to …
 * subscribers"), US government sites' banner ("Official websites use .gov"), an author box's
 * "Latest posts by … (see all)", a site's copyright line left inside the container ("Copyright ©
 * 2023 NPR. All rights reserved. …", "© Copyright 2004-2025 …", "© 2025 Claight Corp."; WCXB dev
 * 0073, 0161, 0281, 4117, 4597, none kept by the gold), a publisher's standard affiliate notice
 * ("Products are chosen independently by our editors. …", "Every item on this page was chosen by
 * a Veranda editor. …", "We earn a commission for products purchased through some links …";
 * 0010, 0039, 0050, 0133, 0243, 1821, 4430, 4674; "We may earn commission from links on this
 * page …", "This article contains affiliate links …", "If you click on a link and make a purchase …",
 * "As an Amazon Associate we earn …"; 0004, 0009, 0011, 0030, 0461, 4823), a blog's standard disclaimer ("The views
 * expressed by the authors of this blog are their own …", 0454): paragraphs up to DISCLOSURE_LINE
 * characters.
 * (A blogger's "This post may contain affiliate links …", "As an Amazon Associate, this website
 * earns …" and "This article was edited by …" lines are not here: some sites' gold keeps them as
 * text, 4452, 4642, 4161.)
 */
const DISCLOSURE =
  /^(?:©|copyright\s*(?:©|\(c\)|\d{4}))|^(?:products are (?:chosen|selected) independently|every (?:item|product) on this page was (?:chosen|selected|curated)|(?:while )?each (?:product|item|company) (?:featured )?(?:in our guides )?(?:is|was|has been) independently selected|we earn (?:a )?commissions? (?:for|from|on)|we may earn (?:a )?commissions? from links|this (?:article|post) (?:contains|includes) affiliate links|if you click on a link and make a purchase|as an amazon associate we earn|purchases made through (?:our |these |the )?links)|^already (?:have an account|a subscriber|a member)\??\s*(?:log|sign) ?in|^this (?:article|story) is (?:exclusive|only available) to\b|^unlock this article\b|^(?:official websites use \.gov|secure \.gov websites use https)|^latest posts by .{1,60}\(see all\)$|^the views (?:and opinions )?expressed (?:by the authors?|in this (?:blog|article|post)|herein)\b.{0,60}\b(?:are (?:their|his|her|the authors?[’']?s?) own|do not (?:necessarily )?reflect)/iu;
const DISCLOSURE_LINE = 500;
/**
 * A breadcrumb trail printed as one line in the container ("Home › What are HR Services? › …",
 * "Home / News / …", "Home ▸ News Release ▸ …"; WCXB dev 0229, 4527, 4557), up to PITCH_LINE
 * characters.
 */
const BREADCRUMB_LINE = /^(?:home|startseite|accueil|inicio)\s*[›»>▸/|→]\s*\S/iu;
/**
 * A post's tag list under the text ("Tags: Employment, Health & Fitness, …", "Tags: starter";
 * WCXB dev 0297, 4239, 4645; "Filed under: Nation, Politics, Top Stories", AOL News), up to
 * PITCH_LINE characters.
 */
const TAGS_LINE = /^(?:tags|tagged|filed under|schlagwörter|étiquettes|etiquetas)\s*:\s*\S/iu;
const CREDIT_LINE = 80;
/**
 * A caption: a short line that ends with its photo's credit, in brackets or after a copyright sign
 * ("Jean-Marc Ayrault, le 27 octobre 2012 à Toulouse (Photo Lionel Bonaventure. AFP)", "… (fot.
 * sxc.hu)", "Министърът … © снимка: БГНЕС"), up to CAPTION_LINE characters.
 */
const CREDITED_CAPTION =
  /(?:\((?:photo|foto|fot|photograph|image|bild|crédit|credit|снимка|фото)\b[.:]?\s[^()]{1,60}\)|©\s*(?:photo|foto|fot|снимка|фото)\s*[:.]?\s*[^.]{1,40})\s*$/iu;
const CAPTION_LINE = 200;

/** Is this short block a caption that ends with its photo's credit? */
export function isCreditedCaption(text: string): boolean {
  return text.length <= CAPTION_LINE && CREDITED_CAPTION.test(text);
}
const PITCH_LINE = 300;

const LABELS: ReadonlySet<string> = new Set(LABEL_LINES);
/**
 * A script's data left as text: a one-line JSON array of strings, a bare `null` ("["289093",
 * "305015"]"; zaol.hu). (An object over several lines is an article's code sample: WCXB dev 0443.)
 */
const SCRIPT_DATA = /^(?:null|undefined|\[\s*"[^\n]*"\s*\])$/u;

/** Is this short block a label of page furniture, not a line of the article? */
export function isLabelLine(text: string): boolean {
  if (text.length > DISCLOSURE_LINE) return false;
  if (DISCLOSURE.test(text)) return true;
  if (text.length > PITCH_LINE) return false;
  if (PITCH.test(text) || BREADCRUMB_LINE.test(text) || TAGS_LINE.test(text)) return true;
  if (SCRIPT_DATA.test(text.trim())) return true;
  if (text.length > CREDIT_LINE) return false;
  if (CREDIT.test(text) || READING_TIME.test(text.trim())) return true;
  const key = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return LABELS.has(key);
}

/**
 * Headings that open page furniture under the article: the body ends at the first of them. Only
 * headings that never head a part of an article's own text (an inline "Read also" box can sit
 * mid-article: it is no end). A list of other stories is headed by the whole heading saying so
 * ("More Podcasts", "Other Posts You May Enjoy", "More articles by Jane Doe, RD", "Explore more
 * related content", "You may be interested in the following topics as well:"); a heading that
 * only opens so ("Popular Furniture Styles", "Recommended Providers", "Latest Industry Trends")
 * heads the article's own text.
 */
export const END_HEADING =
  /^(about the author|meet the author|related (posts|articles|stories)|you (may|might) also (like|enjoy)|leave a (reply|comment)|(\d+ )?comments?$|(latest (news|posts|articles|stories)|recent (posts|articles|news)|more (stories|articles) from .{1,40}|popular (posts|articles|stories)|most (read|popular|viewed)( (posts|articles|stories))?|trending (now|stories|articles)|article sources|how useful was this post\??|thanks for visiting!?|über den autor|ähnliche artikel|weitere artikel|à propos de l'auteur|articles similaires|sobre el autor|artículos relacionados|noticias relacionadas|articoli correlati|(?:explore )?(?:more|other|similar|related|recommended?)(?: related)? (?:posts|articles|stories|podcasts|episodes|videos|resources|content|reads|topics(?: (?:&|and) resources)?)(?: (?:by|from) .{1,60}| (?:you|we think you) (?:may|might|will) (?:also )?(?:enjoy|like|love))?(?:\.{3}|…)?|you may (?:also )?be interested in\b.{0,40})\s*:?$)/iu;

/**
 * The opening of an author's bio in the box under an article: "About the author Jane Doe is …",
 * "Jane Doe is a freelance travel writer …", "Sarah is a writer, teacher, and mother", "Lauren has
 * written for the blog since 2018", "Anna Schmidt ist Redakteurin …". A name of one to four words
 * first, then what the person is: a line of the article's own text rarely opens so.
 */
export const AUTHOR_BIO =
  /^(?:[Aa]bout the [Aa]uthor\b|[Üü]ber (?:den|die) [Aa]utor(?:in)?\b|[Àà] propos de l'auteur\b|(?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’.-]+\s+(?:(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\p{L}&-]+\s+){0,3}(?:writer|journalist|reporter|contributor|author|blogger|columnist|correspondent|freelancer)s?\b|has (?:been )?writ(?:ten|ing) (?:for|about)\b|ist\s+(?:\p{L}+\s+){0,3}(?:redakteur|autor|journalist|reporter|korrespondent)(?:in)?\b))/u;

/**
 * A call to action addressed to the reader, anywhere in a line: sign up or subscribe now, start a
 * free trial, book a demo, request a quote, download the app or the guide, a newsletter "delivered
 * to your inbox", a paywall's "To read the rest of this story subscribe". Each names its action and
 * its object, so that a sentence of a story that only mentions a newsletter or a trial ("Residents
 * can sign up for alerts", "The platform offers a 30-day free trial") is none. Read with the
 * markup (see findMainBlocks): a line of the text may sell too.
 */
const CALL_TO_ACTION = new RegExp(
  [
    // English
    String.raw`\b(?:sign up|subscribe|register)(?: for free| free)?\s+(?:now|today|here|below)\b`,
    String.raw`\bsign up for (?:free|a free)\b`,
    String.raw`\b(?:sign up|subscribe|register)\s+(?:for|to)\s+(?:our|my|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?newsletter\b`,
    String.raw`\b(?:sign up|subscribe)\s+to\s+(?:get|receive|read|access|unlock)\b`,
    String.raw`\b(?:start|begin|try|get|claim|activate)\s+(?:your|a|our)\s+(?:(?:free|risk-free|no-risk|\d+[- ]day)\s+){1,2}trial\b`,
    String.raw`\b(?:book|schedule|request|get|claim)\s+(?:a|your|my)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:demo|consultation|quote)\b`,
    String.raw`\b(?:download|get|install)\s+(?:and subscribe to\s+)?(?:the|our|your)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:app|guide|e-?book|template|checklist|white ?paper)\b`,
    String.raw`\btry\s+(?:[\p{Lu}\d][\p{L}\d-]*\s+){1,3}(?:for\s+)?free\b`,
    String.raw`\bget started\s+(?:today|now|for free)\b`,
    String.raw`\bdelivered\s+(?:straight\s+|right\s+|directly\s+)?(?:to|in|into)\s+your\s+inbox\b`,
    String.raw`\bto read the rest of this (?:story|article|post)\b`,
    String.raw`\bbecome a (?:paid )?(?:subscriber|member)\b`,
    // German, French, Spanish
    String.raw`\bjetzt\s+(?:kostenlos\s+)?(?:abonnieren|anmelden|registrieren|herunterladen|testen)\b`,
    String.raw`\bnewsletter\s+(?:jetzt\s+)?(?:abonnieren|bestellen)\b`,
    String.raw`\b(?:abonnez-vous|inscrivez-vous)\b`,
    String.raw`\b(?:téléchargez|telechargez)\s+(?:l'|l’)application\b`,
    String.raw`\bessai gratuit\b`,
    String.raw`\b(?:suscríbete|suscribete|regístrate|registrate)\b`,
    String.raw`\bdescarga\s+(?:la|nuestra)\s+app\b`,
    String.raw`\bprueba\s+(?:gratis|gratuita)\b`,
  ].join("|"),
  "iu",
);

/** The longest block that a call to action makes a promotion (a line, a pitch of two or three sentences). */
export const PROMO_LINE = 320;

/**
 * A word every call of CALL_TO_ACTION holds, sought first: a plain alternation of literals is
 * several times cheaper than the full pattern's Unicode classes, and most blocks hold none (on a
 * 50 MB page of paragraphs the full pattern was half of the parse).
 */
const CALL_WORD =
  /sign up|subscri|regist|newsletter|trial|demo|consultation|quote|app|guide|book|template|checklist|paper|free|get started|inbox|read the rest|become a|jetzt|abonne|inscrivez|chargez|essai|suscr|regístr|descarga|prueba/i;

/** Does this line ask the reader to sign up, subscribe, start a trial, book a demo or download? */
export function isCallToAction(text: string): boolean {
  return text.length <= PROMO_LINE && CALL_WORD.test(text) && CALL_TO_ACTION.test(text);
}

/**
 * What may stand before a call to action in its sentence when the call opens the block: nothing,
 * a lead-in clause ("To get started, request a quote"), a conjunction ("keep reading or start a
 * free trial") or a nudge ("Be sure to sign up below").
 */
const CALL_LEAD_IN =
  /(?:^|,\s+|\b(?:or|and|just|please|simply|now|be sure to|make sure to|don[’']t forget to)\s+)$/iu;
// a sentence's end: what closes it, then space
const SENTENCE_END = /[.!?:]\s+/gu;

/**
 * Does this block open with its call to action: the call in its first sentence, or after questions
 * to the reader only ("Ready to simplify your nutrition? Get started today.", "Want to see how it
 * works? Request a demo!")? A paragraph that tells something first and sells last ("Atlas's
 * packing services have … for over 75 years. Want to ensure …? Get a quote") is the text's own.
 */
export function opensWithCallToAction(text: string): boolean {
  if (text.length > PROMO_LINE || !CALL_WORD.test(text)) return false;
  const m = CALL_TO_ACTION.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  let sentenceStart = 0;
  for (const end of before.matchAll(SENTENCE_END)) {
    const sentence = before.slice(sentenceStart, (end.index as number) + 1).trim();
    // an earlier sentence that is no question to the reader ("Note:" is a label, not a sentence)
    if (!sentence.endsWith("?") && !(sentence.endsWith(":") && sentence.length <= 12)) return false;
    sentenceStart = (end.index as number) + end[0].length;
  }
  return CALL_LEAD_IN.test(before.slice(sentenceStart));
}

/**
 * A link whose own text is the action, as a button's is ("Sign up now", "Book a FREE demo of …",
 * "Download and subscribe", "Start a free 14-day trial", "request a quote here", "Jetzt
 * abonnieren"): a link of the text names a thing, not an order to the reader.
 */
export const ACTION_LINK =
  /^(?:sign[ -]?up|subscribe|register|join|download|book|schedule|request|start|try|get started|get (?:a|your)|claim|unlock|buy|shop|order|jetzt|abonnieren|anmelden|abonnez|inscrivez|téléchargez|suscríbete|regístrate|descarga)\b/iu;
