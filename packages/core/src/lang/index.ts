export { detectLang, type Script, scriptOf } from "./detect.js";
export { languageModel, languageModelMisses, loadLanguageModel } from "./model.js";
