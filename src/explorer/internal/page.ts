// The explorer page, assembled from the HTML report's page: the same head and sections,
// with the explorer's section first in <main> (hidden until its script shows it), its
// style sheet after the report's, the dataset as JSON and the script at the end of <body>,
// and a Content-Security-Policy that lets run only that script and apply only that style
// sheet, each named by its SHA-256 hash.
import { sha256Base64 } from "./sha256.js";

/** What goes into the page beside the report. */
export interface PageParts {
  /** The explorer's style sheet. */
  readonly styles: string;
  /** The JSON the script reads (`<` is escaped here). */
  readonly json: string;
  readonly script: string;
  /** The element ids the script looks for. */
  readonly ids: { readonly section: string; readonly root: string; readonly data: string };
}

const POLICY = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
const STYLE = /<style>\n([^]*?)\n<\/style>/;

// The page script is the same on every page: its hash is worked out once (the last one
// asked for is kept, so a caller with another script still gets its own).
let hashed: { readonly script: string; readonly hash: string } | undefined;

function scriptHash(script: string): string {
  if (hashed?.script !== script) hashed = { script, hash: sha256Base64(script) };
  return hashed.hash;
}

/** The explorer page made from `reportPage`, the HTML report's page. */
export function explorerPage(reportPage: string, parts: PageParts): string {
  const reportStyles = STYLE.exec(reportPage)?.[1];
  if (reportStyles === undefined || !POLICY.test(reportPage) || !reportPage.includes("<main>") || !reportPage.includes("</body>")) {
    throw new Error("the HTML report's page lacks its policy, style sheet, <main> or </body>: the explorer page cannot be built on it");
  }
  // The text between the tags, line breaks included, is what the browser hashes.
  const styles = `\n${reportStyles}\n${parts.styles}\n`;
  // In a script element, "</script" or "<!--" would end or confuse it; JSON can say `<` as \u003c.
  const json = parts.json.replace(/</g, "\\u003c");
  const policy = [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash(parts.script)}'`,
    `style-src 'sha256-${sha256Base64(styles)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const { section, root, data } = parts.ids;
  const explorer = [
    `<section id="${section}" class="explorer" aria-labelledby="${section}-heading" hidden>`,
    `<h2 id="${section}-heading">What if: explore the scenarios</h2>`,
    "<p>Set each fact that the offers' conditions read to true or false, or leave it unknown, and pick the day: this page works out again, with the library's own code, which offers would be active, and the totals. The address keeps the scenario, so you can share it.</p>",
    `<div id="${root}" class="cx"></div>`,
    "</section>",
  ].join("\n");
  return reportPage
    .replace(POLICY, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
    .replace(STYLE, () => `<style>${styles}</style>`)
    .replace("<main>", () => `<main>\n${explorer}`)
    .replace("</body>", () => `<script type="application/json" id="${data}">${json}</script>\n<script>${parts.script}</script>\n</body>`);
}
