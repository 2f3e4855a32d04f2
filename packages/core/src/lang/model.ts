/** What detectLang needs of ELD's n-gram model (the 950 KB of data the main entry leaves out). */
interface LanguageModel {
  detect(text: string): { language: string; isReliable(): boolean };
}

let model: LanguageModel | null = null;
let loading: Promise<void> | null = null;
let misses = 0;

/**
 * Loads the n-gram language model that `detectLang` uses for short texts and for languages its
 * function-word lists do not cover (headlines, Cyrillic, Arabic, Greek…). It is a separate module,
 * fetched only when this is called, so a browser bundle of `@news/core` does not carry 1.27 MB of
 * model data it may never use. Call it once before parsing when you want the best `lang` fields;
 * without it `detectLang` still reads scripts and running text, and says null where it would
 * have needed the model. Safe to call many times; later calls return the same promise.
 *
 * @example
 * import { loadLanguageModel, parse } from "@news/core";
 * await loadLanguageModel();
 * parse(bytes).items[0]?.lang; // "ru", also for a headline alone
 */
export function loadLanguageModel(): Promise<void> {
  loading ??= import("eld/extrasmall").then(
    (module) => {
      model = module.eld as LanguageModel;
    },
    (error: unknown) => {
      loading = null; // a failed fetch (a browser offline) may be tried again
      throw error;
    },
  );
  return loading;
}

/**
 * The loaded language model, or null before `loadLanguageModel` has finished.
 *
 * @example
 * if (!languageModel()) await loadLanguageModel();
 */
export function languageModel(): LanguageModel | null {
  return model;
}

/**
 * How many times `detectLang` has needed the model before it was loaded (it said null then). An
 * app parses, and only when this grew loads the model and parses again: pages that running text
 * or scripts settle never pay for loading it.
 *
 * @example
 * const before = languageModelMisses();
 * let page = parse(bytes);
 * if (languageModelMisses() > before) { await loadLanguageModel(); page = parse(bytes); }
 */
export function languageModelMisses(): number {
  return misses;
}

/** Counts one detection that needed the model before it was loaded (for detectLang only). */
export function noteLanguageModelMiss(): void {
  misses++;
}
