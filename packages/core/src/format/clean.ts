// terminal escape sequences whole (CSI "ESC [ … m", OSC "ESC ] … BEL", DCS/PM/APC, two-byte
// escapes, C1 CSI), so no "[31m" is left behind; each alternative stops at the next ESC: linear
const ESCAPES =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[ -~]?|\u009b[0-?]*[ -/]*[@-~]?/g;
// C0/C1 controls other than tab and newline, and DEL
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text made safe to print to a terminal: escape sequences and control characters (ESC, BEL, NUL,
 * backspace, C1) removed, tabs and newlines kept, CRLF, CR and the Unicode line separators
 * unified to `\n`. A title or snippet from a page can then no longer move the cursor, recolour,
 * retitle or clear the reader's terminal.
 *
 * @example
 * stripControls("\u001b[31mred\u001b[0m\u0007 text\r\nnext"); // "red text\nnext"
 */
export function stripControls(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(ESCAPES, "")
    .replace(CONTROLS, "");
}

/** One line: controls stripped, all whitespace runs (line breaks included) become one space. */
export function oneLine(text: string): string {
  return stripControls(text).replace(/\s+/g, " ").trim();
}
