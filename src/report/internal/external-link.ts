import { escapeHtml } from "./escape-html.js";

// Only web addresses become links: a dataset from a stranger could hold `javascript:` or
// `data:` URLs, which a click would run or open.
const WEB_ADDRESS = /^https?:\/\/[^\s<>"'`]+$/i;

/**
 * A link to `url` reading `label` (given as HTML, already escaped) when `url` is an
 * `http:` or `https:` address; otherwise the label alone, with the address as plain text. @internal
 */
export function externalLink(url: string, label: string): string {
  if (!WEB_ADDRESS.test(url)) return `${label} <span class="address">(address not linked: ${escapeHtml(url)})</span>`;
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer external">${label}</a>`;
}
