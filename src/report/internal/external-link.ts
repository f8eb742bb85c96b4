import { escapeHtml, isolatedHtml } from "./escape-html.js";

// Only web addresses become links: a dataset from a stranger could hold `javascript:` or
// `data:` URLs, which a click would run or open. Nor does an address with a control
// character in it (one that would reverse or hide part of it) become a link.
const WEB_ADDRESS = /^https?:\/\/[^\s<>"'`\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/i;

/**
 * A link to `url` reading `label` (given as HTML, already escaped) when `url` is an
 * `http:` or `https:` address; otherwise the label alone, with the address as plain text. @internal
 */
export function externalLink(url: string, label: string): string {
  if (!WEB_ADDRESS.test(url)) return `${label} <span class="address">(address not linked: ${isolatedHtml(url)})</span>`;
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer external">${label}</a>`;
}
