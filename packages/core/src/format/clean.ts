// C0/C1 controls other than tab and newline: an ESC in a page must not drive the reader's terminal
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** A string made safe to print to a terminal: controls removed, line breaks unified to `\n`. */
export function printable(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
}

/** One line: all whitespace runs (line breaks included) become one space. */
export function oneLine(text: string): string {
  return printable(text).replace(/\s+/g, " ").trim();
}
