import { describe, expect, it } from "vitest";
import { isByline } from "../listing/lines.js";
import {
  BYLINE_WORDS,
  bylineLabel,
  isCredential,
  isNameParticle,
  labelBefore,
  PUBLISHED_LABELS,
  UPDATE_LABELS,
} from "./index.js";

describe("lexicon", () => {
  it("reads byline labels with their colon, longest first, never inside a word", () => {
    const label = bylineLabel();
    expect(label.exec("Written by: Jane Doe")?.[0]).toBe("Written by: ");
    expect(label.exec("Von Anna Schmidt")?.[0]).toBe("Von ");
    expect(label.test("Bypass surgery")).toBe(false);
    expect(bylineLabel(["posted by"]).test("By Jane")).toBe(false);
  });

  it("reads every short byline word before a name, with or without a colon, and none alone in a headline", () => {
    for (const word of BYLINE_WORDS) {
      expect(isByline(`${word} Anna Schmidt`)).toBe(true);
      expect(isByline(`${word.toUpperCase()}: Anna Schmidt`)).toBe(true);
    }
    expect(isByline("Bypass surgery rates fall")).toBe(false);
    expect(isByline("Por qué sube el precio del pan.")).toBe(false);
  });

  it("reads a date's label with the little word that joins it to the date, never inside a word", () => {
    const published = labelBefore(PUBLISHED_LABELS);
    for (const before of [
      "Published on ",
      "Publicat pe ",
      "Publikováno dne ",
      "Diposting pada ",
      "Opublikowano: ",
    ])
      expect(published.test(before)).toBe(true);
    expect(published.test("Unpublished ")).toBe(false);
  });

  it("tells name particles by case", () => {
    expect(["van", "der", "bin", "dos"].every(isNameParticle)).toBe(true);
    expect(isNameParticle("Van")).toBe(false);
    expect(isNameParticle("and")).toBe(false);
  });

  it("tells a credential after a name from a name or an outlet", () => {
    expect(["MS", "RD", "Ph.D.", "MD*", "PA-C", "Jr"].every(isCredential)).toBe(true);
    expect(["CNN", "Reuters", "Jane", "ms"].some(isCredential)).toBe(false);
  });

  it("lists update labels in the languages the date module reads", () => {
    expect(UPDATE_LABELS).toEqual(expect.arrayContaining(["updated", "aktualisiert", "mis à jour", "stand"]));
  });
});
