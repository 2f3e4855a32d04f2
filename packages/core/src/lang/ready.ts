/**
 * Importing this module loads the language model first (top-level await): for tests, evaluation
 * scripts and benchmarks, which parse synchronously and should see the same `lang` fields as the
 * apps, which call `loadLanguageModel()` before parsing.
 */
import { loadLanguageModel } from "./model.js";

await loadLanguageModel();
