import { checkArguments } from "../internal/guards.js";
import { dateEnd } from "../model/partial-date.js";
import type { Dataset } from "../model/types.js";
import { buildReport } from "../report/build-report.js";
import { renderHtmlReport } from "../report/render-html-report.js";
import { explorerPage } from "./internal/page.js";
import { pageScript } from "./internal/page-script.js";
import { PAGE_IDS, type PageData } from "./internal/page-start.js";
import { fragmentOf } from "./internal/state.js";
import { explorerStyles } from "./internal/styles.js";

/**
 * Options of {@link renderExplorerPage}.
 *
 * @category Explorer
 */
export interface RenderExplorerPageOptions {
  /**
   * The day of the static report, and the day the explorer starts on when it is within
   * the dataset's span (the first to the last day a commitment was stated). Default: the
   * report's default (the latest source of a statement), and the span's last day.
   */
  readonly asOf?: string;
  /** Facts assumed by the static report, and set when the explorer starts; keys as in a `Scenario`. */
  readonly facts?: Readonly<Record<string, boolean>>;
}

/**
 * The scenario explorer as one self-contained HTML page: the HTML report of the dataset
 * (what a reader without JavaScript sees), and before it an interactive section where
 * every fact that a condition of the dataset reads is a three-way choice (true, false,
 * unknown) and the day a date field over the days the commitments were stated. On each
 * change, the page computes the verdicts, the totals per contribution type and what the
 * facts change with the library's own scenario code, inlined; opening an offer shows why
 * it has its verdict. The scenario is kept in the address's fragment
 * (`#as-of=2025-03-13&peace:agreement:UA=true`), so a reload restores it and a reader can
 * share it.
 *
 * The page loads nothing and reaches no network: its Content-Security-Policy allows only
 * its one script and its one style sheet, each by its SHA-256 hash (no inline handler, no
 * `eval`). The dataset is embedded as JSON in a `<script type="application/json">`, with
 * every `<` escaped, and the script writes the dataset's text as text, never as HTML.
 * The page's script weighs about 25 kB gzip.
 *
 * @param dataset - A parsed dataset.
 * @param options - The day and the facts the page starts from.
 * @returns The page, from `<!doctype html>` to `</html>`.
 * @throws {CoalitionError} `invalid_argument` when `dataset` is no parsed dataset, an option is of the wrong type, or `asOf` is not a date (as `buildReport`).
 * @example
 * ```ts
 * import { renderExplorerPage } from "coalition/explorer";
 * import { seedDataset } from "coalition/fixtures";
 * const page = renderExplorerPage(seedDataset(), { facts: { "peace:agreement:UA": true } });
 * page.startsWith("<!doctype html>");
 * //=> true
 * page.includes("script-src 'sha256-");
 * //=> true
 * page.includes('<script type="application/json" id="explorer-data">');
 * //=> true
 * ```
 *
 * @category Explorer
 */
export function renderExplorerPage(dataset: Dataset, options: RenderExplorerPageOptions = {}): string {
  checkArguments({ dataset: [dataset, "dataset"], options: [options, { fields: { asOf: "string", facts: "facts" } }] });
  const facts = options.facts ?? {};
  const report = buildReport(dataset, options.asOf === undefined ? { facts } : { facts, asOf: options.asOf });
  // As a fragment, which the page's script reads as it reads the address's: facts no
  // condition reads and a day off the span are left out there.
  const start = fragmentOf({ facts, asOf: options.asOf === undefined ? undefined : dateEnd(options.asOf) }, Object.keys(facts));
  const data: PageData = { dataset, start };
  return explorerPage(renderHtmlReport(report), {
    styles: explorerStyles(),
    json: JSON.stringify(data),
    script: pageScript(),
    ids: PAGE_IDS,
  });
}
