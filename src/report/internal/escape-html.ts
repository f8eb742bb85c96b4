import { CONTROL_RANGES, sanitizeText } from "../../internal/sanitize-text.js";

// What HTML reads as markup, and the whitespace it shows as a space.
const MARKUP = /[&<>"'\t\n\r]/g;
// A character that either step below changes: the markup above or a control character.
const NEEDS_ESCAPING = new RegExp(`[&<>"'${CONTROL_RANGES}]`);
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\t": " ", "\n": " ", "\r": " " };

/**
 * Text made safe for HTML, in element content and in quoted attribute values alike:
 * every string that comes from a dataset goes through it. Tabs and line breaks become
 * spaces (as HTML would show them anyway), every other control character is made
 * visible by the library's sanitiser (`\u001b`, `\u202e`: a bidi override reverses
 * nothing), and `&`, `<`, `>` and both quotes become entities, in one pass, so no
 * entity is escaped twice. @internal
 */
export function escapeHtml(text: string): string {
  // Most of a dataset's text (names, ids, labels) has nothing to escape: one scan says so,
  // and the text is returned as it is rather than copied twice.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return sanitizeText(text.replace(MARKUP, (character) => ENTITY[character] as string));
}

/**
 * Text from a dataset as element content: escaped, and isolated in a `<bdi>` so that its
 * direction (a name in Arabic or Hebrew) cannot reorder the words around it. @internal
 */
export function isolatedHtml(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}
