// The HTML report's timeline chart in a real browser (Debian's chromium): on a dataset
// followed over seven months, the chart is visible, has a size, and one mark per month,
// each column as tall as its statements; the page loads nothing but itself.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport, renderHtmlReport } from "../../src/report.js";
import { parseDataset } from "../../src/schema.js";
import { structuredDataset } from "../parse/structured-dataset.js";

const CHROMIUM = "/usr/bin/chromium";
const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false" && process.env.CI !== "0";
// As in html-report.test.ts: skipped, and said so, only outside CI on a machine without chromium.
const skip = !existsSync(CHROMIUM) && !inCi;
if (skip) console.warn(`tests/browser/timeline-chart.test.ts: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium); CI always runs it.`);

describe.skipIf(skip)("the HTML report's timeline chart in a real browser (chromium)", () => {
  const report = buildReport(parseDataset(structuredDataset()), { asOf: "2025-09-30", since: "2025-03-31" });
  const directory = mkdtempSync(join(tmpdir(), "coalition-timeline-"));
  const url = pathToFileURL(join(directory, "report.html")).href;
  const requests: string[] = [];
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    writeFileSync(join(directory, "report.html"), renderHtmlReport(report));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("is visible, with a size, titled and described for a screen reader", async () => {
    const chart = page.locator("svg.timeline-chart");
    expect(await chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(100);
    expect(await chart.getAttribute("aria-labelledby")).toBe("timeline-title timeline-desc");
    expect(await page.locator("#timeline-title").textContent()).toBe("Statements ready, open and refused at each month's end");
  });

  it("has one mark per month of the report, each on screen, as tall as its statements", async () => {
    const marks = await page.locator("svg.timeline-chart g.month").evaluateAll((groups) =>
      groups.map((group) => {
        const box = group.getBoundingClientRect();
        const total = Array.from(group.querySelectorAll("rect[data-count]")).reduce((sum, rect) => sum + Number((rect as SVGRectElement).dataset.count), 0);
        return { month: (group as SVGGElement).dataset.month, width: box.width, height: box.height, total };
      }),
    );
    expect(marks.map((mark) => mark.month)).toEqual(report.timeline.map((month) => month.month));
    expect(marks.map((mark) => mark.total)).toEqual(report.timeline.map((month) => month.ready + month.open + month.refused));
    for (const mark of marks) {
      expect(mark.width, mark.month).toBeGreaterThan(0);
      expect(mark.height, mark.month).toBeGreaterThan(0);
    }
    const perStatement = marks.map((mark) => mark.height / mark.total);
    for (const height of perStatement) expect(height).toBeCloseTo(perStatement[0] ?? 0, 0);
  });

  it("gives the same numbers as a table beside it, and loads nothing but the page", async () => {
    const rows = await page.locator("#timeline table tbody tr").count();
    expect(rows).toBe(report.timeline.length);
    expect(requests).toEqual([url]);
  });
});
