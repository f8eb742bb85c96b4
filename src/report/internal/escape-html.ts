import { sanitizeText } from "../../internal/sanitize-text.js";

/**
 * Text made safe for HTML, in element content and in quoted attribute values alike:
 * every string that comes from a dataset goes through it. Tabs and line breaks become
 * spaces (as HTML would show them anyway), every other control character is made
 * visible by the library's sanitiser (`\u001b`, `\u202e`: a bidi override reverses
 * nothing), then `&`, `<`, `>` and both quotes are escaped, `&` first, so no entity is
 * escaped twice. @internal
 */
export function escapeHtml(text: string): string {
  return sanitizeText(text.replace(/[\t\n\r]/g, " "))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Text from a dataset as element content: escaped, and isolated in a `<bdi>` so that its
 * direction (a name in Arabic or Hebrew) cannot reorder the words around it. @internal
 */
export function isolatedHtml(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}
