/**
 * Where pages declare their metadata: `<meta>` keys (name, property or itemprop, lower-cased) and
 * class patterns, in order of trust, per field. Data, as trafilatura keeps its XPath lists.
 */
export const META_KEYS = {
  title: ["og:title", "twitter:title", "dc.title", "title"],
  authors: [
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
  ],
  /** Google Scholar's tags, one per author in order ("Roy, Aniruddha" or "Aniruddha Roy") */
  scholarAuthors: ["citation_author", "citation_authors"],
  published: [
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
  ],
  /** declared as a revision but taken for the publication when nothing else is declared */
  publishedFallback: ["og:updated_time"],
  modified: ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"],
  /**
   * Label and value pairs shown on link cards (Yoast SEO writes "Written by" and the author's
   * display name): the n-th label names what the n-th value is.
   */
  labelled: { labels: "twitter:label", values: "twitter:data", pairs: 4 },
  section: ["article:section", "section", "parsely-section", "category"],
  image: ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"],
  url: ["og:url"],
  siteName: ["og:site_name", "application-name"],
  lang: ["og:locale", "language", "content-language", "dc.language"],
} as const;

/** Sites invent their own keys ("w-published-date"): any key that says publish/issue/create. */
export const ANY_PUBLISHED_KEY = /publish|pub_?date|release|issued|created/;
export const NOT_PUBLISHED_KEY = /modif|updat|expir|image|author/;
/** …and keys that say a revision ("modified-date", "last-updated"). */
export const ANY_MODIFIED_KEY = /modif|updat/;

/** JSON-LD properties per field, first found wins. */
export const LD_KEYS = {
  title: ["headline", "name"],
  published: ["datePublished", "dateCreated", "uploadDate"],
  modified: ["dateModified"],
} as const;

/** JSON-LD / OpenGraph types that describe the page's own text. */
export const ARTICLE_TYPES =
  /^(newsarticle|article|blogposting|reportagenews|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|report|techarticle|scholarlyarticle|liveblogposting|socialmediaposting|posting|medicalwebpage|webpage|howto|recipe)$/;
/** Of those, the ones that are articles proper (ranked above WebPage, HowTo, Recipe). */
export const ARTICLE_PROPER = /article|posting|report/;
export const ORGANIZATION_TYPES = /organization|corporation|brand/;

/** Class or id of an element holding a byline, and of author boxes that do not. */
export const BYLINE_CLASS = /byline|author|posted-by|writer/;
export const NOT_BYLINE_CLASS =
  /authors?[-_]?(bio|box|info|description|avatar|image|photo|img|pic|title|role|job|social|link)|about-?author|more-?from|author(?:i[sz]|ity)/;

/** A link to an author's own page (`/author/jane-doe/`, `/authors/jane-doe`): its last segment is the slug. */
export const AUTHOR_PAGE =
  /\/(?:author|authors|autor|autoren|auteur|auteurs|autore|writers?|contributors?)\/([^/?#]+)\/?(?:[?#]|$)/i;

/** A `<time>` that says it is the publication's. */
export const PUBLISHED_TIME_CLASS = /pub|posted|date-published|entry-date/i;

/**
 * Boxes whose dates are never the article's: comments, related and recommended posts, popular lists,
 * widgets, embedded tweets, the site's footer (class or id words, and tag names). Not the article's
 * own flags ("has-comments", "comments-open" on a Squarespace or WordPress entry, a "comments-link"
 * in its meta line) nor Elementor's "elementor-widget", which wraps the article itself.
 */
export const FOREIGN_DATE_BOX =
  /(?<!has-|no-)comment(?!s?-(?:open|closed|count|link))|related|(?<!elementor-)widget|recommend|more-?(stories|posts|articles)|popular|trending|twitter-tweet|site-?footer|copyright|reply/;
// an entry's own <footer> holds its date ("Posted on …"): only the page's footer is foreign, told by its class
export const FOREIGN_DATE_TAGS = new Set(["nav", "blockquote"]);
