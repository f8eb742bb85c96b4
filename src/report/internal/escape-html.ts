/**
 * Text made safe for HTML, in element content and in quoted attribute values alike:
 * every string that comes from a dataset goes through it. `&` goes first, so no entity
 * is escaped twice. @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
