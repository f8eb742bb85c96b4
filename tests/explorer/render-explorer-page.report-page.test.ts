// The explorer page is built on the HTML report's page: should that page ever lack a piece
// the explorer's parts go into, building fails loudly rather than shipping a page whose
// policy would block its own script. renderHtmlReport always writes them, so this guard is
// reached only by calling the builder directly.
import { describe, expect, it } from "vitest";
import { renderExplorerPage } from "../../src/explorer.js";
import { explorerPage, type PageParts } from "../../src/explorer/internal/page.js";
import { buildReport, renderHtmlReport } from "../../src/report.js";
import { seedDataset } from "../../src/fixtures.js";

const parts: PageParts = { styles: "p{}", json: "{}", script: "0", ids: { section: "s", root: "r", data: "d" } };
const reportPage = renderHtmlReport(buildReport(seedDataset()));

describe("the explorer page's report page", () => {
  it("is built on the report's page as renderHtmlReport writes it", () => {
    expect(explorerPage(reportPage, parts)).toContain('<div id="r" class="cx"></div>');
    expect(renderExplorerPage(seedDataset())).toContain('<div id="explorer-root" class="cx"></div>');
  });

  it.each([
    ["its policy", /<meta http-equiv="Content-Security-Policy"[^>]*>/],
    ["its style sheet", /<style>[^]*?<\/style>/],
    ["its <main>", /<main>/],
    ["its </body>", /<\/body>/],
  ])("refuses a report page without %s", (_piece, pattern) => {
    const lacking = reportPage.replace(pattern, "");
    expect(lacking).not.toBe(reportPage);
    expect(() => explorerPage(lacking, parts)).toThrow("the HTML report's page lacks its policy, style sheet, <main> or </body>");
  });
});
