// The one sanitiser of every text the library prints or renders from a dataset (which
// may come from anyone): the text and Markdown reports, the HTML report, formatted
// issues and everything the command line prints.
//
// A control character is not shown by a terminal but obeyed: ESC and the C1 CSI (U+009B)
// start escape sequences that retitle the window, move the cursor or clear the screen;
// a carriage return or a line break rewrites or splits a line (a table row); bidi
// controls reverse the text that follows them. Each is made visible rather than removed,
// so that a reader sees that the dataset holds one, and which: it becomes `\u` and its
// code in four hexadecimal digits, as JSON writes it (ESC is shown as `\u001b`).
//
// The characters: C0 (U+0000-U+001F, line breaks and tabs included), DEL and C1
// (U+007F-U+009F), the bidi controls (U+061C, U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069) and the line and paragraph separators (U+2028, U+2029).

/** The control characters above, as the inside of a regular expression's character class. @internal */
export const CONTROL_RANGES = "\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
const CONTROLS = new RegExp(`[${CONTROL_RANGES}]`, "g");

/** `text` with every control character made visible as `\uXXXX` (see the header). @internal */
export function sanitizeText(text: string): string {
  return text.replace(CONTROLS, visible);
}

/** `text` sanitised line by line: its line breaks (`\n`) kept, every other control made visible. @internal */
export function sanitizeLines(text: string): string {
  return text.split("\n").map(sanitizeText).join("\n");
}

function visible(control: string): string {
  return `\\u${control.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
