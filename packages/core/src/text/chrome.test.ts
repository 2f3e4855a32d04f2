import { describe, expect, it } from "vitest";
import { isByline } from "../listing/lines.js";
import { filterText, isPagination, isReadMore, startsAtHome, youAreHere } from "./chrome.js";

describe("chrome: isPagination", () => {
  it("reads pager words of any script and case", () => {
    expect(isPagination("« Première   ‹ Précédente   1 2 3   Suivante ›   Dernière »")).toBe(true);
    expect(isPagination("СТРАНИЦА 2 ИЗ 5")).toBe(true);
    expect(isPagination("Страница 2 из 5")).toBe(true);
    expect(isPagination("ÚLTIMA »")).toBe(true);
    expect(isPagination("上一页 1 2 3 下一页")).toBe(true);
    expect(isPagination("Zurück  1 2 3  Weiter")).toBe(true);
    expect(isPagination("이전 1 2 3 다음")).toBe(true);
    expect(isPagination("« Önceki  1 2 3  Sonraki »")).toBe(true);
    expect(isPagination("Předchozí 1 2 3 Další")).toBe(true);
    expect(isPagination("Προηγούμενη 1 2 Επόμενη")).toBe(true);
  });

  it("turns away lines with any other word, accented or in another script", () => {
    expect(isPagination("Über uns")).toBe(false);
    expect(isPagination("Новости 2 3")).toBe(false);
    expect(isPagination("Été 2019")).toBe(false);
    expect(isPagination("新闻 1 2 3")).toBe(false);
  });
});

describe("chrome: first-character tests before the anchored regexes", () => {
  // every word of each regex, as pages print them: a first letter missing from a quick test
  // would turn its lines away
  it("keep every read-more wording, bracketed or indented", () => {
    const wordings = [
      "Read more",
      "read the rest",
      "Continue reading",
      "Read full story",
      "Full story",
      "Learn more",
      "More »",
      "Lire la suite",
      "En savoir plus",
      "Suite",
      "Leggi tutto",
      "Leer más",
      "Seguir leyendo",
      "Ver más",
      "Weiterlesen",
      "Mehr",
      "Lees meer",
      "Verder lezen",
      "Czytaj dalej",
      "Więcej",
      "Читать далее",
      "阅读全文",
      // 115, a Romanian tag archive, closes every teaser with it
      "Citeste restul acestui articol",
      "Citește mai mult",
      "Διαβάστε περισσότερα",
      "더보기",
      "Devamını oku",
      "Číst dál",
      "Läs mer",
      "Læs mere",
      "Les mer",
      "Lue lisää",
      "Tovább",
      "Читати далі",
      "Прочети още",
      "Pročitaj više",
      "Preberi več",
      "Xem thêm",
      "Baca selengkapnya",
      "اقرأ المزيد",
      "Llegeix més",
      "もっと見る",
    ];
    for (const w of wordings) {
      for (const text of [w, w.toUpperCase(), `[${w}]`, `(${w})`, ` ${w}`, `\t${w}`]) {
        expect(isReadMore(text), text).toBe(true);
      }
    }
    expect(isReadMore("Home")).toBe(false);
  });

  it("keep every you-are-here and home wording", () => {
    for (const w of [
      "You are here:",
      "Vous êtes ici",
      "Tu sei qui",
      "Sei qui",
      "Usted está aquí",
      "Está aqui",
    ]) {
      expect(youAreHere(`${w} Home`), w).not.toBeNull();
    }
    for (const w of [
      "Você está aqui",
      "Sie sind hier",
      "U bent hier",
      "Jesteś tutaj",
      "Вы здесь",
      "当前位置",
    ]) {
      expect(youAreHere(`${w} Home`), w).not.toBeNull();
    }
    for (const w of [
      "Home",
      "HOME page",
      "Accueil",
      "Inicio",
      "Startseite",
      "Strona główna",
      "Главная",
      "首页",
    ]) {
      expect(startsAtHome(`${w} » News`), w).toBe(true);
    }
    expect(startsAtHome("News » Home")).toBe(false);
  });

  it("keep every byline word", () => {
    for (const w of ["By", "par", "von", "di", "por", "door", "przez", "av", "af", "от", "作者"]) {
      expect(isByline(`${w} Jane Doe`), w).toBe(true);
      expect(isByline(`${w.toUpperCase()} Jane Doe`), w).toBe(true);
    }
    expect(isByline("Jane Doe")).toBe(false);
  });
});

describe("chrome: filterText", () => {
  it("says what a tag's or category's archive is filtered by, in the themes' languages", () => {
    const by = (line: string) => {
      const f = filterText(line);
      return f && [f.by, f.rest];
    };
    expect(by("Posts Tagged ‘road-unworthy vehicle’")).toEqual(["tag", "‘road-unworthy vehicle’"]);
    expect(by("Posturi etichetate Germania")).toEqual(["tag", "Germania"]);
    expect(by("Category Archives: News")).toEqual(["category", "News"]);
    expect(by("Αρχεία ετικέτας: Τζίφας")).toEqual(["tag", "Τζίφας"]);
    expect(by("Items filtered by date: Thursday, 21 December 2017")).toEqual([
      null,
      "Thursday, 21 December 2017",
    ]);
    expect(by("Monthly Archives: March 2013")).toEqual([null, "March 2013"]);
    // a post's own tag line, a menu's heading, a sentence: no filter
    expect(filterText("Tags: , , ,")).toBeNull();
    expect(filterText("Yearly Archive")).toBeNull();
    expect(filterText("(Global Voices monthly archive)")).toBeNull();
  });
});
