export { detectLang, type Script, scriptOf } from "./detect.js";
