/**
 * Word lists the enrichment finders are built from, as data: speech verbs, pronouns, titles and
 * honorifics, with their gender where the word gives one. One table per language; patterns join
 * every language, since a page's language is not always known and the words rarely collide.
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/**
 * Speech verbs, every form written out (a regex alternation is built from them, longest first).
 * Forms that are also common nouns ("state", "report", "note") appear only inflected.
 */
export const SPEECH_VERBS: Readonly<Record<"en" | "fr" | "es" | "de", readonly string[]>> = {
  en: [
    ...words(`
      say says said add adds added tells told ask asks asked inquires inquired notes noted
      explain explains explained write writes wrote warn warns warned argue argues argued
      claims claimed insist insists insisted conclude concludes concluded continues continued
      agree agrees agreed cautions cautioned counters countered offers offered observes observed
      acknowledges acknowledged admits admitted responds responded replies replied answered
      announces announced states stated declares declared suggest suggests suggested stresses
      stressed emphasises emphasised emphasizes emphasized comments commented confirms confirmed
      denies denied maintains maintained predicts predicted recalls recalled remarks remarked
      affirms affirmed asserts asserted reiterates reiterated underlines underlined indicates
      indicated reveals revealed reports reported urges urged believes believed thinks thought
      recommends recommended advises advised tweeted posted testified alleges alleged complains
      complained concedes conceded exclaimed joked quipped shouted wondered`),
    "pointed out",
    "points out",
    "went on",
    "goes on",
  ],
  fr: words(`
    dit a\\s+dit déclare a\\s+déclaré affirme a\\s+affirmé explique a\\s+expliqué ajoute a\\s+ajouté
    estime a\\s+estimé souligne a\\s+souligné précise a\\s+précisé indique a\\s+indiqué assure
    a\\s+assuré raconte a\\s+raconté confie a\\s+confié insiste a\\s+insisté rappelle a\\s+rappelé
    avertit a\\s+averti annonce a\\s+annoncé`),
  es: words(`
    dijo dice afirmó afirma explicó explica señaló señala añadió añade agregó agrega aseguró
    asegura declaró declara indicó indica sostuvo sostiene comentó comenta advirtió advierte
    manifestó subrayó destacó insistió`),
  de: words(`
    sagte sagt erklärte erklärt betonte betont meinte meint schrieb schreibt warnte warnt
    fügte\\s+hinzu sagte\\s+dazu kritisierte kritisiert forderte fordert`),
};

/** "According to X": the words that introduce a source without a verb of its own. */
export const ACCORDING_TO = [
  "according to",
  "selon",
  "d['’]après",
  "según",
  "laut",
  "nach Angaben (?:von|des|der)",
];

/** Personal pronouns a speaker can be, with what they may refer to. */
export const PRONOUNS: Readonly<Record<string, "male" | "female" | "plural" | "thing">> = {
  he: "male",
  she: "female",
  they: "plural",
  it: "thing",
  il: "male",
  elle: "female",
  ils: "plural",
  elles: "plural",
  él: "male",
  ella: "female",
  ellos: "plural",
  ellas: "plural",
  er: "male",
  sie: "female",
};

/** Honorifics before a name, and the gender they give it. */
export const HONORIFICS: Readonly<Record<string, "male" | "female" | null>> = {
  mr: "male",
  sir: "male",
  lord: "male",
  monsieur: "male",
  m: "male",
  señor: "male",
  sr: "male",
  don: "male",
  herr: "male",
  mrs: "female",
  ms: "female",
  miss: "female",
  madam: "female",
  madame: "female",
  mme: "female",
  lady: "female",
  dame: "female",
  señora: "female",
  sra: "female",
  doña: "female",
  frau: "female",
  dr: null,
  prof: null,
  professor: null,
  rev: null,
};

/** Role words that say a person's gender ("the spokeswoman", "Congressman X"). */
export const GENDERED_ROLES: Readonly<Record<string, "male" | "female">> = {
  spokesman: "male",
  chairman: "male",
  congressman: "male",
  businessman: "male",
  king: "male",
  prince: "male",
  father: "male",
  husband: "male",
  son: "male",
  brother: "male",
  actor: "male",
  spokeswoman: "female",
  chairwoman: "female",
  congresswoman: "female",
  businesswoman: "female",
  queen: "female",
  princess: "female",
  mother: "female",
  wife: "female",
  daughter: "female",
  sister: "female",
  actress: "female",
};

/**
 * Title words that stand before a name and are not part of it ("White House Press Secretary
 * Stephanie Grisham", "co-author David Tilman"): the name is what follows the last of them.
 */
export const TITLE_WORDS = new Set(
  words(`
    president vice deputy head chairman chairwoman chair minister secretary general spokesman
    spokeswoman spokesperson envoy ambassador chief commander director mayor governor leader member
    coordinator representative premier king queen prince princess sheikh senator sen rep professor
    prof official officer advisor adviser ceo cfo coo cto cmo founder co-founder cofounder owner
    executive manager editor analyst researcher economist author co-author lecturer scientist judge
    justice attorney lawyer sheriff detective inspector sergeant sgt lieutenant lt captain capt
    colonel col major maj admiral commissioner superintendent principal dean chancellor provost
    congressman congresswoman councilman councilwoman councillor councilor alderman assemblyman
    assemblywoman lawmaker legislator mp mep delegate administrator supervisor specialist dietitian
    psychologist physician doctor dr nurse surgeon economist strategist partner associate fellow
    pastor rabbi imam bishop cardinal pope father reverend rev mr mrs ms miss sir dame lady lord
    mme monsieur madame herr frau señor señora sr sra`),
);

/** Nouns that name an organisation by its kind ("the agency said"): resolved to one named before. */
export const ORG_NOUNS = new Set(
  words(`
    agency department ministry company firm office institute university government council
    commission court organization organisation group school institution union bank hospital
    center centre lab laboratory foundation association`),
);
/** Of these, the ones that may stand for any organisation named before ("the agency" for a department). */
export const GENERIC_ORG_NOUNS = new Set(
  words("agency company firm organization organisation group institution"),
);

/**
 * Nouns for what an organisation publishes or who wrote it ("the report says", "the authors
 * conclude"): resolved to the issuer the text gave ("a report by X", "X's study").
 */
export const WORK_NOUNS = words(`
  report study research paper survey analysis review notice statement release website authors
  researchers audit letter filing complaint lawsuit memo`);

/**
 * Words that end the name of a document, and the kind of document each gives ("Inflation
 * Reduction Act", "Berne Convention"). Capitalised in the text: a lowercase "act" is no name.
 */
export const DOCUMENT_HEADS: Readonly<Record<string, string>> = {
  Act: "law",
  Acts: "law",
  Law: "law",
  Statute: "law",
  Ordinance: "law",
  Amendment: "law",
  Bill: "bill",
  Directive: "directive",
  Regulation: "regulation",
  Treaty: "treaty",
  Convention: "treaty",
  Conventions: "treaty",
  Protocol: "treaty",
  Charter: "treaty",
  Agreement: "agreement",
  Accord: "agreement",
  Accords: "agreement",
  Declaration: "agreement",
  Memorandum: "agreement",
  Communiqué: "communique",
  Communique: "communique",
  Report: "report",
};
/** Heads that also name a document before "of"/"on" ("Treaty of Rome", "Convention on Biological Diversity"). */
export const DOCUMENT_HEADS_FIRST = [
  "Treaty",
  "Convention",
  "Protocol",
  "Charter",
  "Agreement",
  "Declaration",
];
/** Capitalised words that open a sentence before a document's name, not part of it ("Violations of the …"). */
export const DOCUMENT_PRECEDERS = new Set(
  words(`
    violations violation provisions provision parts part terms signatories supporters critics
    members articles article sections section text rules version amendments under breach breaches
    repeal passage reform changes`),
);
/** Heads that name a document only after a place ("Kyoto Protocol", "Oslo Accords"; not "Ocean Protocol", "Honda Accord"). */
export const DOCUMENT_HEADS_AFTER_PLACE = new Set(["Protocol", "Accord", "Accords"]);
/** Words in a name that make it something else: a contract, a publication, a product. */
export const DOCUMENT_NOT_IN_NAME = new Set(
  words(`
    license licence user service services subscription terms privacy purchase lease rental customer
    news magazine journal times post coupon operating employment settlement nondisclosure`),
);

/** Weekday names, Sunday first (the index is the JavaScript day), per language. */
export const WEEKDAY_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: words("Sunday Monday Tuesday Wednesday Thursday Friday Saturday"),
  fr: words("dimanche lundi mardi mercredi jeudi vendredi samedi"),
  es: words("domingo lunes martes miércoles jueves viernes sábado"),
  de: words("Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag"),
};
/** Words for the day before, the day itself, and the day after the item's date. */
export const DAY_WORDS: Readonly<Record<string, -1 | 0 | 1>> = {
  yesterday: -1,
  "last night": -1,
  "the day before": -1,
  today: 0,
  tonight: 0,
  "this morning": 0,
  tomorrow: 1,
  hier: -1,
  "aujourd'hui": 0,
  "aujourd’hui": 0,
  demain: 1,
  ayer: -1,
  hoy: 0,
  mañana: 1,
  gestern: -1,
  heute: 0,
  morgen: 1,
};
/**
 * Words that put a sentence's dates ahead of the item's date ("will", "is scheduled for", "no
 * later than"); "next" and "last" before a weekday are read where they stand.
 */
export const FUTURE_CUES = [
  "will",
  "shall",
  "should",
  "would",
  "is due",
  "are due",
  "due to",
  "is expected",
  "are expected",
  "is scheduled",
  "are scheduled",
  "scheduled for",
  "is set to",
  "are set to",
  "set for",
  "plans to",
  "plan to",
  "aims to",
  "going to",
  "to be held",
  "deadline",
  "no later than",
  "upcoming",
  "needs to",
  "must",
  "va",
  "vont",
  "sera",
  "seront",
  "prévu",
  "prévue",
  "va a",
  "van a",
  "será",
  "serán",
  "wird",
  "werden",
  "soll",
  "sollen",
];
/** Words before a weekday that make it a schedule or a name, not an event ("every Monday", "Black Friday"). */
export const NOT_EVENT_BEFORE_WEEKDAY = new Set(
  words(`every each except from through between and or a the per of black cyber super good holy ash
    easter palm fat plough shrove`),
);

/** Vague counts of people and the smallest number each implies ("dozens" = 24). */
export const VAGUE_COUNTS: Readonly<Record<string, number>> = {
  "hundreds of thousands": 200_000,
  "tens of thousands": 20_000,
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  millions: 2_000_000,
};
