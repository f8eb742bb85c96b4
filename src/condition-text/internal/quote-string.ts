// Escaped besides `"` and `\`: control characters (C0, DEL, C1), the line and paragraph
// separators, the bidirectional controls (which can make a text display in another
// order than it parses), the byte order mark, and lone surrogates (which no UTF-8 file
// can hold). The rest of Unicode is written as it is, for people to read.
const ESCAPED =
  /["\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SHORT: Readonly<Record<string, string>> = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `value` as a string literal of the condition text, with JSON's escapes. */
export function quoteString(value: string): string {
  return `"${value.replace(ESCAPED, (char) => SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}
