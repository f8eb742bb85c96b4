// The API site a reader can scroll: no page of it taller than PAGE_HEIGHT_BUDGET pixels at
// 1280 pixels wide, as Debian's chromium lays it out. A type expanded inline in every
// signature once made 21 pages 34,000 to 64,000 pixels tall. The site is built afresh
// (TypeDoc with typedoc.json, into a temporary folder) so a stale docs/api proves nothing.
// The guides and the README are prose, as long as what they say: measured and printed,
// not held to the budget.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PAGE_HEIGHT_BUDGET = 8_000;
const VIEWPORT = { width: 1280, height: 800 };
const TABS = 4;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false" && process.env.CI !== "0";
// Outside CI, a machine without chromium skips the test and says why; in CI it must run.
const skip = !hasChromium && !inCi;
if (skip) {
  console.warn(
    `tests/docs/api-page-heights.test.ts: SKIPPED, ${CHROMIUM} not found. Install Debian's chromium (apt-get install -y chromium) to measure the API pages; CI always runs it.`,
  );
}

interface PageHeight {
  /** The page, relative to the site's root. */
  readonly page: string;
  readonly height: number;
}

/** Every HTML page under `directory`, relative to it, in a stable order. */
function htmlPages(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort();
}

/** Prose pages: the guides (TypeDoc's project documents) and the README as the landing page. */
function isProse(page: string): boolean {
  return page.startsWith("documents/") || page === "index.html";
}

function tallest(heights: readonly PageHeight[]): PageHeight {
  return heights.reduce((top, entry) => (entry.height > top.height ? entry : top));
}

describe.skipIf(skip)("the API site in a real browser (chromium, 1280 px wide)", () => {
  const site = mkdtempSync(join(tmpdir(), "coalition-api-site-"));
  const heights: PageHeight[] = [];
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`${CHROMIUM} not found: CI must install chromium (.ci/run does) so the docs are measured`);
    const typedoc = spawnSync(process.execPath, [join(root, "node_modules/typedoc/bin/typedoc"), "--out", site, "--logLevel", "Error"], {
      cwd: root,
      encoding: "utf8",
    });
    if (typedoc.status !== 0) throw new Error(`typedoc failed:\n${typedoc.stdout}${typedoc.stderr}`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    // A few tabs at once: most of a page's time is TypeDoc's script building the navigation.
    const context = await browser.newContext({ viewport: VIEWPORT });
    const queue = htmlPages(site);
    await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await context.newPage();
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          await page.goto(pathToFileURL(join(site, file)).href, { waitUntil: "load" });
          // TypeDoc's script shows the body once it has built the page's navigation.
          await page.waitForFunction(() => getComputedStyle(document.body).display !== "none");
          const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
          heights.push({ page: file, height });
        }
      }),
    );
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it(`has no API page taller than ${PAGE_HEIGHT_BUDGET} px`, () => {
    const api = heights.filter((entry) => !isProse(entry.page));
    const prose = heights.filter((entry) => isProse(entry.page));
    expect(api.length, "API pages measured").toBeGreaterThan(100);
    const top = tallest(api);
    const topProse = tallest(prose);
    console.log(
      `docs: ${api.length} API pages, tallest ${top.height} px (${top.page}), budget ${PAGE_HEIGHT_BUDGET} px; ` +
        `${prose.length} guide pages, tallest ${topProse.height} px (${topProse.page}), not budgeted`,
    );
    const over = api.filter((entry) => entry.height > PAGE_HEIGHT_BUDGET).map((entry) => `${entry.page}: ${entry.height} px`);
    expect(over, `API pages taller than ${PAGE_HEIGHT_BUDGET} px at ${VIEWPORT.width} px wide`).toEqual([]);
  });

  it("measures the main module's page, the Dataset interface and a function page", () => {
    const measured = new Set(heights.map((entry) => entry.page));
    for (const page of ["modules/coalition.html", "interfaces/coalition.Dataset.html", "functions/coalition.aggregateCommitments.html"]) {
      expect(measured.has(page), page).toBe(true);
    }
  });
});
