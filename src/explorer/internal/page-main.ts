/* v8 ignore file -- one line that hands the real page to startExplorerPage, which
   tests/explorer runs under happy-dom; tests/browser runs this file, bundled, in chromium. */
// The explorer page's script, bundled for the browser at build time (scripts/explorer-page-script.mjs)
// and inlined into the page by renderExplorerPage.
import { startExplorerPage } from "./page-start.js";

startExplorerPage(document, window);
