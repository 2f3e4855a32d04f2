import { describe, expect, it } from "vitest";
import { isPagination } from "./chrome.js";

describe("chrome: isPagination", () => {
  it("reads pager words of any script and case", () => {
    expect(isPagination("« Première   ‹ Précédente   1 2 3   Suivante ›   Dernière »")).toBe(true);
    expect(isPagination("СТРАНИЦА 2 ИЗ 5")).toBe(true);
    expect(isPagination("Страница 2 из 5")).toBe(true);
    expect(isPagination("ÚLTIMA »")).toBe(true);
    expect(isPagination("上一页 1 2 3 下一页")).toBe(true);
    expect(isPagination("Zurück  1 2 3  Weiter")).toBe(true);
  });

  it("turns away lines with any other word, accented or in another script", () => {
    expect(isPagination("Über uns")).toBe(false);
    expect(isPagination("Новости 2 3")).toBe(false);
    expect(isPagination("Été 2019")).toBe(false);
    expect(isPagination("新闻 1 2 3")).toBe(false);
  });
});
