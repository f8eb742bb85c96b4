// The seed's HTML report opened in a real browser (Debian's chromium, driven by
// playwright-core): it renders, its chart has its bars, its matrix its cells, and the
// browser reports no error and loads nothing but the page itself.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDataset } from "../../src/fixtures.js";
import { buildReport, renderHtmlReport } from "../../src/report.js";
import { STANCE_COLORS } from "../../src/internal/palette.js";
import { expectedBars } from "../report/html-helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false" && process.env.CI !== "0";
// Outside CI, a machine without chromium skips the test and says why; in CI it must run
// (.ci/run installs chromium), so there it fails instead.
const skip = !hasChromium && !inCi;
if (skip) {
  console.warn(
    `tests/browser/html-report.test.ts: SKIPPED, ${CHROMIUM} not found. Install Debian's chromium (apt-get install -y chromium) to run the browser test of the HTML report; CI always runs it.`,
  );
}

describe.skipIf(skip)("the HTML report in a real browser (chromium)", () => {
  const report = buildReport(seedDataset());
  const html = renderHtmlReport(report);
  const directory = mkdtempSync(join(tmpdir(), "coalition-browser-"));
  const url = pathToFileURL(join(directory, "report.html")).href;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const requests: string[] = [];
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`${CHROMIUM} not found: CI must install chromium (.ci/run does) so the browser test runs`);
    writeFileSync(join(directory, "report.html"), html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("requestfailed", (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("renders the page: its title and every section heading, visible", async () => {
    expect(await page.title()).toBe(`${report.dataset.title}, as of 2025-03-13`);
    await expect(page.locator("h1").textContent()).resolves.toBe(report.dataset.title);
    expect(await page.locator("h1").isVisible()).toBe(true);
    const headings = page.locator("h2");
    expect(await headings.allTextContents()).toEqual([
      "Members and leads",
      "Contributions by type and stance",
      "Stance matrix: actors by contribution",
      "Conditions",
      "Refusals and opposition",
      "Contested actors",
      "Positions on proposals",
      "Changes since",
      "Timeline",
      "Events and meetings",
      "Known only by number",
      "Scenario verdicts",
      "Sources",
    ]);
    for (const heading of await headings.all()) expect(await heading.isVisible()).toBe(true);
  });

  it("applies its inline style sheet", async () => {
    const background = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
    // The shared palette's colours (src/internal/palette.ts): reddish purple #7a2b60, bluish green #008462.
    expect(STANCE_COLORS.refused).toBe("#7a2b60");
    expect(STANCE_COLORS.ready).toBe("#008462");
    expect(await background('td.cell[data-stance="refused"]')).toBe("rgb(122, 43, 96)");
    expect(await background('td.cell[data-stance="ready"]')).toBe("rgb(0, 132, 98)");
    expect(await page.locator(".sr-only").first().boundingBox()).toMatchObject({ width: 1, height: 1 });
  });

  it("draws each verdict's symbol before its word, from the style sheet's ASCII escapes", async () => {
    const before = (verdict: string) =>
      page.locator(`.verdict.v-${verdict}`).first().evaluate((element) => getComputedStyle(element, "::before").content);
    // The style sheet writes the symbols as \2713, \2717 and \3f; the browser draws ✓, ✗ and ?.
    expect(await page.locator("style").first().textContent()).toContain('content:"\\2713\\a0"');
    await expect(before("active")).resolves.toBe('"✓\u00a0" / ""');
    await expect(before("inactive")).resolves.toBe('"✗\u00a0" / ""');
    await expect(before("undetermined")).resolves.toBe('"?\u00a0" / ""');
  });

  it("draws the chart with one visible bar per (type, stance) pair, each as long as its count", async () => {
    const bars = await page.locator("svg.bar-chart rect[data-count]").evaluateAll((rects) =>
      rects.map((rect) => {
        const box = rect.getBoundingClientRect();
        const data = (rect as SVGRectElement).dataset;
        return { type: data.type, stance: data.stance, count: Number(data.count), width: box.width, height: box.height, fill: getComputedStyle(rect).fill };
      }),
    );
    const expected = expectedBars(report);
    expect(bars.length).toBeGreaterThan(0);
    expect(bars).toHaveLength(expected.size);
    expect(new Map(bars.map((bar) => [`${bar.type} ${bar.stance}`, bar.count]))).toEqual(expected);
    for (const bar of bars) {
      expect(bar.width, `${bar.type} ${bar.stance}`).toBeGreaterThan(0);
      expect(bar.height, `${bar.type} ${bar.stance}`).toBeGreaterThan(0);
    }
    // Lengths are proportional to counts: every bar has the same width per statement.
    const perStatement = bars.map((bar) => bar.width / bar.count);
    for (const width of perStatement) expect(width).toBeCloseTo(perStatement[0] ?? 0, 0);
    // Bars of one stance share its colour; different stances differ.
    const fills = new Map(bars.map((bar) => [bar.stance, bar.fill]));
    expect(new Set(fills.values()).size).toBe(fills.size);
    // The chart is on screen: inside the page's width.
    const chart = await page.locator("svg.bar-chart").boundingBox();
    expect(chart?.width).toBeGreaterThan(300);
    expect((chart?.x ?? 0) + (chart?.width ?? 0)).toBeLessThanOrEqual(1100);
  });

  it("draws the stance matrix with a cell per actor and type, each naming its stance", async () => {
    const cells = await page.locator("table.matrix td.cell").evaluateAll((tds) =>
      tds.map((td) => {
        const box = td.getBoundingClientRect();
        return {
          stance: (td as HTMLElement).dataset.stance ?? null,
          text: (td as HTMLElement).innerText.trim(),
          width: box.width,
          height: box.height,
        };
      }),
    );
    const actors = await page.locator("table.matrix tbody th[scope=row]").allTextContents();
    const types = await page.locator("table.matrix thead th[data-type]").count();
    expect(actors).toHaveLength(10);
    expect(types).toBe(5);
    expect(cells).toHaveLength(actors.length * types);
    const filled = cells.filter((cell) => cell.stance !== null);
    expect(filled).toHaveLength(11);
    for (const cell of filled) {
      expect(cell.text.split(/\s+/).join(" ")).toBe(cell.stance);
      expect(cell.width).toBeGreaterThan(0);
      expect(cell.height).toBeGreaterThan(0);
    }
    expect(filled.filter((cell) => cell.stance === "open opposed")).toHaveLength(1);
  });

  it("reports no console error, no page error and no failed request, and loads nothing but the page", () => {
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(requests).toEqual([url]);
  });
});
