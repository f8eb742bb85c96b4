import { sanitizeText } from "../../internal/sanitize-text.js";

// What CommonMark and GFM would read as markup inside a line of text, each escaped with a
// backslash (CommonMark lets any ASCII punctuation be escaped; the rendered text is the
// same). `<` and `&`: raw HTML, autolinks and entities. `[`, `]` and `!`: links and
// images. `*`, `_`, `~` and `` ` ``: emphasis, strikethrough and code. `|`: table cells.
// `\`: an escape of our own text, or a hard line break at the end of a line. `:`, `.`, `/`
// and `@`: the autolinks GFM and linkify make of bare addresses (`https://…`, `www.…`,
// `example.com`, `//host`, `name@host.org`). `#` and `>`: a heading's closing sequence,
// a quote. Block markup needs the start of a line, and dataset text never starts one:
// every line of the report opens with the report's own words or markers.
const MARKUP = /[\\`*_~[\]!<>&|:./@#]/g;

/**
 * Text from a dataset for a line of Markdown: control characters made visible (a line
 * break or carriage return cannot split a table row), then markup escaped, so that a
 * renderer shows the text and makes no element, link or image of it. @internal
 */
export function markdownText(text: string): string {
  return sanitizeText(text).replace(MARKUP, "\\$&");
}

/**
 * Text as an inline code span: fenced by one backtick more than the longest run of
 * backticks inside it, padded with spaces when it starts or ends with one. A code span
 * shows its content as it is: no escape, no markup, no link. @internal
 */
export function markdownCode(text: string): string {
  const safe = sanitizeText(text);
  let longest = 0;
  for (const run of safe.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const padding = safe.startsWith("`") || safe.endsWith("`") ? " " : "";
  return `${fence}${padding}${safe}${padding}${fence}`;
}
