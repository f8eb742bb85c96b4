// The seed's explorer page (renderExplorerPage) in a real browser (Debian's chromium,
// driven by playwright-core), under its own Content-Security-Policy: a reader sets facts
// with the page's controls and sees the verdicts and totals that evaluateScenario gives;
// the address keeps the scenario across a reload; the page fits 390 px; axe-core finds
// no serious or critical violation; no console error, and no request but the page.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderExplorerPage } from "../../src/explorer.js";
import { seedDataset } from "../../src/fixtures.js";
import { evaluateScenario, type Scenario } from "../../src/scenario.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false" && process.env.CI !== "0";
const skip = !hasChromium && !inCi;
if (skip) console.warn(`tests/browser/explorer.test.ts: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium); CI always runs it.`);

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

describe.skipIf(skip)("the explorer page in a real browser (chromium)", () => {
  const dataset = seedDataset();
  const directory = mkdtempSync(join(tmpdir(), "coalition-explorer-"));
  const url = pathToFileURL(join(directory, "explorer.html")).href;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    writeFileSync(join(directory, "explorer.html"), renderExplorerPage(dataset));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** Sets a fact with its radio button, as a reader clicks it. */
  const setFact = (key: string, value: "true" | "false" | "unknown") => page.locator(`fieldset[data-key="${key}"] input[value="${value}"]`).check();

  /** The verdicts the page shows, by commitment. */
  const shownVerdicts = () =>
    page.$$eval("details.cx-offer", (all) => Object.fromEntries(all.map((details) => [details.getAttribute("data-commitment"), details.getAttribute("data-verdict")])));

  /** The totals the page shows: per type, actors and offers active, and undetermined. */
  const shownTotals = () =>
    page.$$eval(".cx-totals tbody tr", (rows) =>
      rows.map((row) => [row.getAttribute("data-type"), row.getAttribute("data-active-actors"), row.getAttribute("data-active-commitments"), row.getAttribute("data-undetermined-actors"), row.getAttribute("data-undetermined-commitments")]),
    );

  const expected = (scenario: Scenario) => {
    const evaluation = evaluateScenario(dataset, { ...scenario, asOf: "2025-03-13" });
    return {
      verdicts: Object.fromEntries(evaluation.verdicts.map((verdict) => [verdict.commitment, verdict.verdict])),
      totals: evaluation.totals.map((total) => [total.type, total.active.actors, total.active.commitments, total.undetermined.actors, total.undetermined.commitments].map(String)),
    };
  };

  it("shows the explorer, with no fact set, as evaluateScenario answers it", async () => {
    expect(await page.locator("#explorer").isVisible()).toBe(true);
    expect(await shownVerdicts()).toEqual(expected({}).verdicts);
    expect(await shownTotals()).toEqual(expected({}).totals);
  });

  it("makes the ready offers active when the reader sets a peace agreement, with the totals evaluateScenario gives", async () => {
    await setFact("peace:agreement:UA", "true");
    const ready = dataset.commitments.filter((commitment) => commitment.stance === "ready").map((commitment) => commitment.id);
    const verdicts = await shownVerdicts();
    expect(ready.map((id) => verdicts[id])).toEqual(ready.map(() => "active"));
    expect(verdicts).toEqual(expected({ facts: { "peace:agreement:UA": true } }).verdicts);
    expect(await shownTotals()).toEqual(expected({ facts: { "peace:agreement:UA": true } }).totals);
    expect(await page.locator(".cx-status").textContent()).toBe("5 verdicts changed: 5 now active.");
    // Clicking an undetermined verdict shows its explanation, and what would decide it.
    await page.locator('details[data-commitment="ch-peacekeepers"] summary').click();
    await expect(page.locator('details[data-commitment="ch-peacekeepers"] .cx-decide li').first().textContent()).resolves.toBe(
      "Active if a request to Switzerland and the approval of Switzerland's government.",
    );
  });

  it("activates Switzerland when the reader, by keyboard alone, sets the Swiss request and approval", async () => {
    for (const key of ["request:*:CH", "approval:CH.government"]) {
      // Focus the group's checked radio, then the arrow key moves to "true" and checks it.
      await page.locator(`fieldset[data-key="${key}"] input[value="unknown"]`).focus();
      await page.keyboard.press("ArrowRight");
    }
    expect((await shownVerdicts())["ch-peacekeepers"]).toBe("active");
    expect(await shownVerdicts()).toEqual(expected({ facts: { "peace:agreement:UA": true, "request:*:CH": true, "approval:CH.government": true } }).verdicts);
    // The verdict's details open from the keyboard, and say why.
    await page.locator('details[data-commitment="ch-peacekeepers"] summary').focus();
    await page.keyboard.press("Enter");
    expect(await page.locator('details[data-commitment="ch-peacekeepers"] .cx-explanation').textContent()).toContain("active");
  });

  it("keeps the scenario in the address, and a reload restores it", async () => {
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#as-of=2025-03-13&peace:agreement:UA=true&approval:CH.government=true&request:*:CH=true");
    const before = await shownVerdicts();
    await page.reload({ waitUntil: "load" });
    expect(await page.locator('fieldset[data-key="request:*:CH"] input[value="true"]').isChecked()).toBe(true);
    expect(await shownVerdicts()).toEqual(before);
  });

  it("has no horizontal scroll at 390 px", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBe(widths[1]);
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it("has no serious or critical accessibility violation (axe-core), at 1100 and 390 px", async () => {
    // A context that lets the test's own script in: the page's policy allows only its own.
    const context = await browser!.newContext({ bypassCSP: true });
    const checked = await context.newPage();
    for (const width of [1100, 390]) {
      await checked.setViewportSize({ width, height: 900 });
      await checked.goto(`${url}#peace:agreement:UA=true`, { waitUntil: "load" });
      await checked.evaluate(AXE);
      const violations = await checked.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run();
        return result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      expect(violations).toEqual([]);
    }
    await context.close();
  });

  it("logs no error (no policy violation) and loads nothing but the page", () => {
    expect(consoleErrors).toEqual([]);
    expect(new Set(requests)).toEqual(new Set([url]));
  });
});
