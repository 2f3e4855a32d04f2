import { FILTER_PHRASES } from "../lexicon/index.js";
import { charSet, mayOpenWith } from "../shared/first-letter.js";

// what page furniture looks like in a text dump, in the languages the date module reads

const PAGER_WORDS: ReadonlySet<string> = new Set(
  (
    "showing pages pagine pagina página páginas seite seiten strony strona страницы страница first previous prev " +
    "next last première précédente suivante dernière precedente successiva prima ultima anterior siguiente última " +
    "primera zurück weiter vorherige nächste erste letzte poprzednia następna pierwsza ostatnia назад вперед далее " +
    "上一页 下一页 首页 末页 尾页 跳转 上一月 下一月 of " +
    // the pager words of more languages ("next", "previous", "first", "last", "page")
    "επόμενη προηγούμενη πρώτη τελευταία σελίδα 다음 이전 처음 마지막 페이지 次へ 前へ 最初 最後 ページ " +
    "următoarea următor anterioară pagina sonraki önceki sayfa další předchozí první poslední strana stránka " +
    "ďalšia predchádzajúca posledná nästa föregående sista sida næste forrige sidste neste siste " +
    "seuraava edellinen ensimmäinen viimeinen sivu következő előző első utolsó oldal " +
    "наступна попередня перша остання сторінка следваща предишна последна страница " +
    "sljedeća prethodna zadnja stranica sledeća prethodna следећа претходна " +
    "tiếp trang berikutnya sebelumnya selanjutnya terakhir halaman التالي السابق الصفحة següent pàgina"
  ).split(" "),
);
// lower-casing never shortens a word: a longer one is no pager word, without building it
const LONGEST_PAGER_WORD = Math.max(...[...PAGER_WORDS].map((w) => w.length));
const PAGER_CJK = /第\s*\d+\s*\/\s*\d+\s*页|\d+\s*条\s*\/\s*页|上一页|下一页/u;
const PAGE_OF = /^(?:page|pagina|página|seite|strona|страница)\s+\d+\s+(?:of|di|de|von|z|из)\s+\d+$/iu;

const READ_MORE =
  /^[[(]?\s*(?:read more|read the rest|continue reading|read full (?:story|article|release)|full story|learn more|more|lire la suite|en savoir plus|lire plus|suite|leggi tutto|leggi di più|continua a leggere|leggi|leer más|seguir leyendo|ver más|ler mais|continuar lendo|leia mais|weiterlesen|mehr lesen|mehr|lees meer|verder lezen|czytaj dalej|czytaj więcej|więcej|читать далее|подробнее|阅读全文|查看全文|详细|更多|続きを読む|阅读更多|查看更多|閱讀全文|閱讀更多|查看详情|查看詳情|もっと見る|続きを見る|詳しく見る|διαβάστε περισσότερα|διαβάστε τη συνέχεια|περισσότερα|더 ?보기|자세히 ?보기|계속 ?읽기|전체 ?보기|citește (?:mai mult|tot|continuarea|restul(?: acestui articol)?)|citeste (?:mai mult|tot|continuarea|restul(?: acestui articol)?)|mai mult|află mai multe|devamını oku|devamini oku|devamı|devami|daha fazla|číst dál(?:e)?|čtěte dále|celý článek|čítať ďalej|celý článok|läs mer|læs mere|les mer|lue lisää|tovább|bővebben|olvass tovább|читати далі|детальніше|прочети още|прочетете още|виж още|pročitaj više|pročitajte više|opširnije|прочитај више|опширније|preberi več|xem thêm|đọc tiếp|đọc thêm|baca selengkapnya|selengkapnya|baca lebih lanjut|baca seterusnya|اقرأ المزيد|اقرأ أكثر|المزيد|llegeix més|llegir més|continua llegint)\s*(?:[»›>→…]+|\.\.\.)?\s*[\])]?$/iu;

// the ASCII characters the words of READ_MORE, YOU_ARE_HERE and HOME_FIRST open with (a bracket or
// a space before "read more")
const READ_MORE_OPENS = charSet("rcflmesvwadtbxpo", "[( \t\n\v\f\r");
const YOU_ARE_HERE_OPENS = charSet("yvtsuej");
const HOME_FIRST_OPENS = charSet("hais");

const YOU_ARE_HERE =
  /^(?:you are here|vous êtes ici|tu sei qui|sei qui|usted está aquí|está aqui|você está aqui|sie sind hier|u bent hier|jesteś tutaj|вы здесь|当前位置|您的位置|現在位置)\s*[:：]?\s*/iu;
const HOME_FIRST =
  /^(?:home|home page|accueil|inicio|início|startseite|home-page|strona główna|главная|首页|主页|网易首页)(?=\s|$|[»›>/|])/iu;
const CRUMB_SEPARATORS = /\s*(?:[»›>|]|\s\/\s|->|:(?=\s))\s*/u;

// what the page is filtered to, anywhere in a line (the lexicon's phrases but its headings' bare
// words), each kind in its group: the phrase's kind is the group that matched
const FILTER = new RegExp(
  `(?:${(["tag", "category", "search", "date"] as const)
    .map((kind) => {
      const list = FILTER_PHRASES.filter((p) => p.kind === kind && !p.heading).map((p) => p.phrase);
      return `(?<${kind}>${list.join("|")})`;
    })
    .join("|")})\\s*[:：]?\\s*`,
  "iu",
);

const FOOTER =
  /^(?:related links|related (?:posts|articles|news)|see also|copyright|©|\(c\)\s*\d|all rights reserved|privacy policy|terms of (?:use|service)|site ?map|follow us|share this|share on |newsletter|subscribe|contact us|back to top|liens utiles|mentions légales|tous droits|pagine correlate|note legali|aviso legal|impressum|datenschutz|版权所有|隐私政策|联系我们|关于我们|返回顶部|页面加载中|関連記事|관련 ?기사|σχετικά άρθρα|articole similare|toate drepturile rezervate|ilgili haberler|tüm hakları saklıdır|související články|všechna práva vyhrazena|relaterade artiklar|alla rättigheter förbehållna|relaterede artikler|alle rettigheder forbeholdes|relaterte saker|alle rettigheter reservert|kaikki oikeudet pidätetään|kapcsolódó cikkek|minden jog fenntartva|схожі новини|всі права захищені|свързани новини|всички права запазени|povezani članci|sva prava pridržana|tin liên quan|berita terkait|hak cipta|أخبار ذات صلة|جميع الحقوق محفوظة|tots els drets reservats)/iu;

/** A line of a pager: "Pages", "1 2 3 … next ›", "Showing page", "« first", "上一页 1 2 … 36 下一页". */
export function isPagination(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 120) return false;
  // every word must be a pager word; the first other word ends the check, so prose costs little
  let words = 0;
  let digits = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      i++;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      if (
        j - i > LONGEST_PAGER_WORD ||
        !mayBePagerWord(text, i) ||
        !PAGER_WORDS.has(text.slice(i, j).toLowerCase())
      ) {
        return isCjkPager(text);
      }
      words++;
      i = j;
    } else if (c === 32 || c === 9 || c === 0xa0 || PAGER_PUNCT.includes(text[i] as string)) i++;
    else return isCjkPager(text);
  }
  return words + digits > 0;
}

const PAGER_PUNCT = "«»‹›<>…|.,:/-–—()[]·";

// the first two letters of every pager word written in ASCII: most words of a line ("Sanford",
// "The") are turned away without building and lower-casing them
const PAGER_OPENINGS: Uint8Array = (() => {
  const table = new Uint8Array(26 * 26);
  for (const word of PAGER_WORDS) {
    const a = word.charCodeAt(0) - 97;
    const b = word.charCodeAt(1) - 97;
    if (a >= 0 && a < 26 && b >= 0 && b < 26) table[a * 26 + b] = 1;
  }
  return table;
})();

/**
 * False when the word at `at` opens with two ASCII letters no pager word opens with, or with a
 * letter whose lower case opens no pager word: words of other scripts and accented words ("Über",
 * "Новости") are turned away without building and lower-casing them.
 */
function mayBePagerWord(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  if (!isAsciiLetter(a)) return a < 128 || mayOpenPagerWord(a);
  if (!isAsciiLetter(b)) return true;
  return PAGER_OPENINGS[((a | 32) - 97) * 26 + ((b | 32) - 97)] === 1;
}

// the first code unit of every pager word
const PAGER_FIRSTS: ReadonlySet<number> = new Set([...PAGER_WORDS].map((w) => w.charCodeAt(0)));
// per code unit: 1 when its lower case opens a pager word, 2 when not, 0 not asked yet (the lower
// case of a word starts with the lower case of its first character: only Σ depends on what
// follows, and neither σ nor ς opens a pager word)
const PAGER_FIRST_KNOWN = new Uint8Array(0x10000);

function mayOpenPagerWord(c: number): boolean {
  let known = PAGER_FIRST_KNOWN[c] as number;
  if (known === 0) {
    known = PAGER_FIRSTS.has(String.fromCharCode(c).toLowerCase().charCodeAt(0)) ? 1 : 2;
    PAGER_FIRST_KNOWN[c] = known;
  }
  return known === 1;
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

function isCjkPager(text: string): boolean {
  // every CJK pager phrase has 页: most lines are turned away without scanning them with a regex
  return (mayOpenPageOf(text) && PAGE_OF.test(text)) || (text.indexOf("页") !== -1 && PAGER_CJK.test(text));
}

// PAGE_OF's words open with p, s or с in any case ("ſ" folds to s under /iu): other lines skip it
function mayOpenPageOf(text: string): boolean {
  const c = text.charCodeAt(0);
  const lower = c | 32;
  return lower === 112 || lower === 115 || c === 0x17f || c === 0x441 || c === 0x421;
}

function isLetter(c: number): boolean {
  return (
    ((c | 32) >= 97 && (c | 32) <= 122) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) ||
    (c >= 0x3040 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

/** "Read more", "Lire la suite »", "[阅读全文]". */
export function isReadMore(text: string): boolean {
  return text.length <= 40 && mayOpenWith(text, READ_MORE_OPENS) && READ_MORE.test(text);
}

/** Where a page's footer begins: related links, copyright, legal and contact lines. */
export function isFooter(text: string): boolean {
  return text.length <= 120 && FOOTER.test(text);
}

/**
 * A line that says what the page is filtered to; returns the part after the phrase, and what the
 * filter is by where the phrase says it ("Posts Tagged ‘floods’": a tag).
 */
export function filterText(
  text: string,
): { offset: number; rest: string; by: "tag" | "category" | null } | null {
  if (text.length > 200) return null;
  const m = FILTER.exec(text);
  if (!m) return null;
  const offset = m.index + m[0].length;
  const groups = m.groups as Record<string, string | undefined>;
  const by = groups.tag !== undefined ? "tag" : groups.category !== undefined ? "category" : null;
  return { offset, rest: text.slice(offset), by };
}

/** "You are here" on its own, or followed by the trail. */
export function youAreHere(text: string): number | null {
  if (text.length > 200 || !mayOpenWith(text, YOU_ARE_HERE_OPENS)) return null;
  const m = YOU_ARE_HERE.exec(text);
  return m ? m[0].length : null;
}

/** A trail that starts at the home page ("Home » News", "首页 > 关于融通 > 信息披露"). */
export function startsAtHome(text: string): boolean {
  return text.length <= 200 && mayOpenWith(text, HOME_FIRST_OPENS) && HOME_FIRST.test(text);
}

/** Split a one-line trail into its crumbs, with offsets relative to `text`. */
export function splitCrumbs(text: string, section: string | null): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const pieces = CRUMB_SEPARATORS.test(text) ? CRUMB_SEPARATORS : / {2,}|\t+/u;
  const re = new RegExp(pieces.source, "gu");
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    push(parts, text, last, m.index);
    last = m.index + m[0].length;
  }
  push(parts, text, last, text.length);
  if (parts.length !== 1) return parts;
  // one run of single spaces ("Home Media Center Coalition News"): the home word and the page's
  // own heading are the ends we know; what lies between is one crumb
  const only = parts[0] as { text: string; start: number };
  const home = HOME_FIRST.exec(only.text);
  if (!home) return parts;
  const out: { text: string; start: number }[] = [];
  push(out, text, only.start, only.start + home[0].length);
  let end = only.start + only.text.length;
  let tail: { text: string; start: number } | null = null;
  if (
    section &&
    only.text.length > section.length &&
    only.text.toLowerCase().endsWith(section.toLowerCase())
  ) {
    end -= section.length;
    tail = { text: section, start: end };
    tail.text = text.slice(end, end + section.length);
  }
  push(out, text, only.start + home[0].length, end);
  if (tail) out.push(tail);
  return out;
}

function push(parts: { text: string; start: number }[], text: string, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && /[\s»›>|/:]/u.test(text[a] as string)) a++;
  while (b > a && /[\s»›>|/:]/u.test(text[b - 1] as string)) b--;
  if (b > a) parts.push({ text: text.slice(a, b), start: a });
}
