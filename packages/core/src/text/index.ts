export { parseText } from "./parse.js";
