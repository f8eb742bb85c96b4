// The HTML report's timeline chart in a real browser (Debian's chromium): on the shipped
// timeline dataset, reported as `npm run report` does (as of its latest fact, changes since
// the seed's day), and on a small dataset followed over seven months, the chart is visible,
// has a size, and one mark per month of the span, each column as tall as its statements;
// the page shows no error and loads nothing but itself.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import { timelineDataset } from "../../src/fixtures.js";
import { buildReport, renderHtmlReport, type BuildReportOptions } from "../../src/report.js";
import { parseDataset } from "../../src/schema.js";
import { structuredDataset } from "../parse/structured-dataset.js";

const CHROMIUM = "/usr/bin/chromium";
const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false" && process.env.CI !== "0";
// As in html-report.test.ts: skipped, and said so, only outside CI on a machine without chromium.
const skip = !existsSync(CHROMIUM) && !inCi;
if (skip) console.warn(`tests/browser/timeline-chart.test.ts: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium); CI always runs it.`);

/** The month ("YYYY-MM") from which a dataset's statements are known: each one's own month, or its earliest source's where its date is "unknown". */
function firstMonth(dataset: Dataset): string {
  const sourceDates = new Map(dataset.sources.map((source) => [source.id, source.date]));
  const months = dataset.commitments.map((commitment) => {
    if (commitment.date !== "unknown") return commitment.date.length === 4 ? `${commitment.date}-12` : commitment.date.slice(0, 7);
    return commitment.sources.map((id) => (sourceDates.get(id) ?? "9999").slice(0, 7)).sort()[0] as string;
  });
  return months.sort()[0] as string;
}

/** Every month from `first` to `last` ("YYYY-MM"), both included. */
function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  const name = () => `${year}-${String(month).padStart(2, "0")}`;
  while (name() <= last) {
    months.push(name());
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return months;
}

const cases: readonly { readonly name: string; readonly dataset: Dataset; readonly options: BuildReportOptions }[] = [
  { name: "the shipped timeline dataset, as `npm run report` shows it", dataset: timelineDataset(), options: { since: "2025-03-13" } },
  { name: "a dataset followed over seven months", dataset: parseDataset(structuredDataset()), options: { asOf: "2025-09-30", since: "2025-03-31" } },
];

describe.skipIf(skip).each(cases)("the HTML report's timeline chart in a real browser (chromium), on $name", ({ dataset, options }) => {
  const report = buildReport(dataset, options);
  const directory = mkdtempSync(join(tmpdir(), "coalition-timeline-"));
  const url = pathToFileURL(join(directory, "report.html")).href;
  const requests: string[] = [];
  const errors: string[] = [];
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    writeFileSync(join(directory, "report.html"), renderHtmlReport(report));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
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

  it("has one mark per month from the first statement's month to the report's day, each on screen, as tall as its statements", async () => {
    const marks = await page.locator("svg.timeline-chart g.month").evaluateAll((groups) =>
      groups.map((group) => {
        const box = group.getBoundingClientRect();
        const total = Array.from(group.querySelectorAll("rect[data-count]")).reduce((sum, rect) => sum + Number((rect as SVGRectElement).dataset.count), 0);
        return { month: (group as SVGGElement).dataset.month, width: box.width, height: box.height, total };
      }),
    );
    expect(marks.map((mark) => mark.month)).toEqual(monthsFrom(firstMonth(dataset), report.asOf.slice(0, 7)));
    expect(marks.map((mark) => mark.total)).toEqual(report.timeline.map((month) => month.ready + month.open + month.refused));
    for (const mark of marks) {
      expect(mark.width, mark.month).toBeGreaterThan(0);
      expect(mark.height, mark.month).toBeGreaterThan(0);
    }
    const perStatement = marks.map((mark) => mark.height / mark.total);
    for (const height of perStatement) expect(height).toBeCloseTo(perStatement[0] ?? 0, 0);
  });

  it("gives the same numbers as a table beside it, shows no error, and loads nothing but the page", async () => {
    const rows = await page.locator("#timeline table tbody tr").count();
    expect(rows).toBe(report.timeline.length);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  });
});
