import { describe, expect, it } from "vitest";
import { detectLang } from "./detect.js";
import { languageModel, languageModelMisses, loadLanguageModel } from "./model.js";

describe("loadLanguageModel", () => {
  it("loads the n-gram model once; detectLang uses it for short texts in scripts without stopword lists", async () => {
    const first = loadLanguageModel();
    expect(loadLanguageModel()).toBe(first);
    await first;
    expect(languageModel()).not.toBeNull();
    expect(detectLang("Правительство объявило новые меры")).toBe("ru");
    // with the model loaded nothing is missed
    const misses = languageModelMisses();
    detectLang("Правительство объявило новые меры");
    expect(languageModelMisses()).toBe(misses);
  });
});
