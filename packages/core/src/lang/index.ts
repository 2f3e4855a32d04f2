export { detectLang } from "./detect.js";
