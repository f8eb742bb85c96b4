// `coalition/explorer`: the scenario explorer as one self-contained HTML page. Zod-free.
// The same explorer as a custom element is `coalition/explorer-element`.
export { renderExplorerPage, type RenderExplorerPageOptions } from "./explorer/render-explorer-page.js";
