import type { ExchangeRates } from "../../aggregate/types.js";
import type { Dataset } from "../../model/types.js";
import { formatIssues } from "../../parse/format-issues.js";
import { datePrecision } from "../../model/partial-date.js";
import { buildReport } from "../../report/build-report.js";
import { renderHtmlReport } from "../../report/render-html-report.js";
import { renderMarkdownReport } from "../../report/render-markdown-report.js";
import { renderTextReport } from "../../report/render-text-report.js";
import { seedDataset } from "../../fixtures.js";
import { sanitizeLines } from "../../internal/sanitize-text.js";
import { CliError } from "./cli-error.js";
import { didYouMean } from "./did-you-mean.js";
import { EXIT } from "./exit-codes.js";
import { readDatasetFile } from "./read-dataset-file.js";
import { readJsonFile } from "./read-json-file.js";

export const REPORT_HELP = `Usage: coalition report [FILE] [options]

A readable report of a dataset: coalitions with leads and participants, contributions
offered by type with stances and conditions, refusals, contested actors, positions on
proposals, and each offer's verdict under the facts assumed. Without FILE, the shipped
seed dataset (the 2025-03-13 report on the "coalition of the willing").

Options:
  --as-of DATE          the day to report as of (YYYY-MM-DD, YYYY-MM or YYYY);
                        default: the date of the latest source of a statement
  --known-as-of DATE    count only what was published by DATE (by the sources' dates):
                        the report a reader could have written then
  --since DATE          add what changed from DATE to the report's day: new,
                        strengthened, weakened, withdrawn, joined, left
  --rates FILE          exchange rates to total money in one currency, as JSON:
                        { "base": "EUR", "rates": { "USD": 0.92, "GBP": 1.17 } }
  --assume FACT=BOOL    assume a fact true or false; may repeat, e.g.
                        --assume peace:agreement:UA=true --assume commitment:US:air-power=false
  --format FORMAT       text (default), markdown, json, or html (one self-contained
                        page with charts: coalition report --format html > report.html)
  --base FILE           a dataset FILE builds on (e.g. reference data); may repeat
  --max-bytes N         the largest file to read, in bytes, or with K, M or G (default 256M)
  -h, --help            this help

The report goes to stdout; the problems of an invalid dataset go to stderr.

The text format is coloured only when the output is a terminal; NO_COLOR=1 turns the
colour off, FORCE_COLOR=1 turns it on (even when piped). Other formats are never coloured.

Exit codes: 0 success, 1 invalid dataset, 2 usage error, 3 a file is missing or not JSON, 70 internal failure.`;

/** What `coalition report` was asked for. */
export interface ReportRequest {
  readonly file: string | undefined;
  readonly baseFiles: readonly string[];
  /** The largest file to read, in bytes. */
  readonly maxBytes: number;
  readonly asOf: string | undefined;
  readonly knownAsOf: string | undefined;
  readonly since: string | undefined;
  /** A JSON file of exchange rates: `{ base, rates }`. */
  readonly ratesFile: string | undefined;
  readonly assume: readonly string[];
  readonly format: string | undefined;
  /** Whether the output takes colour (a terminal, or FORCE_COLOR); only the text format uses it. */
  readonly color: boolean;
}

const FORMATS = ["text", "markdown", "json", "html"] as const;

/** Where the report goes (`print`), and where the problems of its input go (`warn`). */
export interface ReportOutput {
  readonly print: (text: string) => void;
  readonly warn: (text: string) => void;
}

/** Prints the report; returns the exit code. */
export function reportCommand(request: ReportRequest, output: ReportOutput): number {
  const format = request.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"${didYouMean(format, FORMATS)}`, EXIT.usage);
  }
  checkDay("--as-of", request.asOf);
  checkDay("--known-as-of", request.knownAsOf);
  checkDay("--since", request.since);
  const facts: Record<string, boolean> = {};
  for (const assumption of request.assume) {
    const match = /^(.+)=(true|false)$/.exec(assumption);
    if (match === null) throw new CliError(`--assume takes FACT=true or FACT=false, not "${assumption}"`, EXIT.usage);
    facts[match[1] as string] = match[2] === "true";
  }

  const exchangeRates = request.ratesFile === undefined ? undefined : readRates(request.ratesFile, request.maxBytes);
  const dataset = request.file === undefined ? seedDataset() : loadDataset(request, output.warn);
  if (dataset === undefined) return EXIT.invalidDataset;
  const report = buildReport(dataset, {
    ...(request.asOf === undefined ? {} : { asOf: request.asOf }),
    ...(request.knownAsOf === undefined ? {} : { knownAsOf: request.knownAsOf }),
    ...(request.since === undefined ? {} : { since: request.since }),
    ...(exchangeRates === undefined ? {} : { exchangeRates }),
    facts,
  });
  // The renderers show control characters as their codes; JSON.stringify leaves C1 and
  // bidi controls raw, and sanitising its lines writes them as JSON escapes (the same data).
  if (format === "json") output.print(sanitizeLines(JSON.stringify(report, null, 2)));
  else if (format === "markdown") output.print(renderMarkdownReport(report).trimEnd());
  else if (format === "html") output.print(renderHtmlReport(report).trimEnd());
  else output.print(renderTextReport(report, { color: request.color }).trimEnd());
  return EXIT.ok;
}

/** A day option, checked: a usage error names the option and the value. */
function checkDay(option: string, value: string | undefined): void {
  if (value === undefined) return;
  const precision = datePrecision(value);
  if (precision === undefined || precision === "unknown") {
    throw new CliError(`${option} must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not "${value}"`, EXIT.usage);
  }
}

/** The exchange rates of a `--rates` file, in the shape the aggregation checks further (currency codes, positive rates). */
function readRates(path: string, maxBytes: number): ExchangeRates {
  const value = readJsonFile(path, maxBytes) as { base?: unknown; rates?: unknown } | null;
  const rates = value?.rates;
  if (typeof value?.base !== "string" || typeof rates !== "object" || rates === null || Array.isArray(rates)) {
    throw new CliError(`--rates ${path} must hold { "base": "EUR", "rates": { "USD": 0.92 } }`, EXIT.usage);
  }
  return { base: value.base, rates: rates as Record<string, number> };
}

export function loadDataset(request: Pick<ReportRequest, "file" | "baseFiles" | "maxBytes">, warn: (text: string) => void): Dataset | undefined {
  const bases: Dataset[] = [];
  for (const path of [...request.baseFiles, request.file as string]) {
    const result = readDatasetFile(path, bases, request.maxBytes);
    if (!result.success) {
      warn(`${path}: ${result.error.issues.length} problem(s); run "coalition validate" for details`);
      warn(formatIssues(result.error.issues.slice(0, 10)));
      return undefined;
    }
    bases.push(result.data);
  }
  return bases[bases.length - 1];
}
