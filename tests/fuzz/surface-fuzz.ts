// The whole-surface fuzzer: the parser fuzzer's inputs (parser-fuzz.ts), each parsed,
// and then taken further. An accepted dataset goes through every public function that
// reads one (aggregation, with and without an index; the queries; the scenario engine with
// explanations; the report as data, text, Markdown and HTML; the explorer page; the tables
// of coalition/interchange, written and read back), with the invariants checked:
// no exception at all, totals whose low is at most their high, no control character in
// text output, nothing that runs in HTML output. A rejected input's issues are formatted
// (no control character either). And every input, accepted or not, is also handed to one
// place of the public surface as a wrong-typed argument (tests/misuse/walk.ts), which must
// answer or refuse it with the library's own error.
import { aggregateCommitments, contestedActors, formatIssues, indexCommitments, isCoalitionError, type Dataset } from "../../src/index.js";
import {
  actorsByStance,
  changesBetween,
  coalitionParticipants,
  countAtStance,
  participantsByBloc,
  proposalPositions,
  provisionsFor,
  stanceOnContribution,
  stanceOnProposal,
  type AggregateDimension,
} from "../../src/index.js";
import { buildReport, renderHtmlReport, renderMarkdownReport, renderTextReport } from "../../src/report.js";
import { compareScenarios, evaluateScenario, scenarioSensitivity } from "../../src/scenario.js";
import { renderExplorerPage } from "../../src/explorer.js";
import { exportDataPackage, safeImportDataPackage } from "../../src/interchange.js";
import type { ParseDatasetOptions, SafeParseDatasetResult } from "../../src/schema.js";
import { misuseOnce } from "../misuse/walk.js";
import { builtinsSnapshot, fuzzCase, parseAndCheck } from "./parser-fuzz.js";

/** Options of {@link runSurfaceFuzz}. */
export interface SurfaceFuzzOptions {
  readonly seed: number;
  readonly count: number;
  /** The index of the first input; with `count: 1`, replays one input alone. */
  readonly start?: number;
  /** The most records per collection of the valid documents inputs start from; 4 by default. */
  readonly maxRecords?: number;
  /** One input in this many is heavy (10 MB strings, nesting 100,000 deep); 1,000 by default. */
  readonly heavyEvery?: number;
  readonly onProgress?: (done: number, failures: number) => void;
  readonly progressEvery?: number;
  /** Called with each failure as it is found (a long run may be stopped before its end). */
  readonly onFailure?: (failure: SurfaceFuzzFailure) => void;
  /** Failures beyond this many are counted, not kept; 50 by default. */
  readonly keepFailures?: number;
}

export interface SurfaceFuzzFailure {
  readonly index: number;
  readonly strategy: string;
  readonly invariant: string;
  readonly detail: string;
}

export interface SurfaceFuzzReport {
  readonly seed: number;
  readonly count: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Calls of a public function on an accepted dataset, and of one with a wrong-typed argument. */
  readonly surfaceCalls: number;
  readonly misuseCalls: number;
  readonly failureCount: number;
  readonly failures: readonly SurfaceFuzzFailure[];
  readonly milliseconds: number;
}

// C0 controls but tab and newline, DEL, C1 controls, and the bidi controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const RUNS = [/<script/i, /<[a-z][^>]*\son[a-z]+\s*=/i, /\b(?:href|src|action)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i];
const DIMENSIONS: readonly AggregateDimension[] = ["type", "actor", "bloc", "stance", "location", "stage"];
const READINGS = ["verdict", "cautious", "coordinated"] as const;

/** Where in a result a total has a low above its high (or one that is no number). */
function badTotal(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    // A scenario total leaves open-ended figures out of its high (and counts them in openEnded).
    const { low, high, openEnded } = value as { low?: unknown; high?: unknown; openEnded?: unknown };
    const bounded = typeof high === "number" && (openEnded === undefined || openEnded === 0);
    if (typeof low === "number" && (Number.isNaN(low) || (bounded && !(low <= high)))) return JSON.stringify({ low, high });
    for (const item of Object.values(value)) stack.push(item);
  }
  return undefined;
}

const controlIn = (text: string): string | undefined => {
  const found = CONTROL.exec(text);
  return found === null ? undefined : `U+${(found[0].codePointAt(0) ?? 0).toString(16).padStart(4, "0")} at ${found.index}: ${JSON.stringify(text.slice(Math.max(0, found.index - 30), found.index + 10))}`;
};

/**
 * What is wrong with an explorer page: it holds exactly two scripts (the dataset as JSON,
 * and its own), so a dataset's string never opens a third; nothing else in it runs.
 */
function explorerPageProblem(answer: unknown): string | undefined {
  const page = answer as string;
  const scripts = page.match(/<script/gi)?.length ?? 0;
  if (scripts !== 2) return `${scripts} <script> elements, not 2`;
  const data = /<script type="application\/json" id="explorer-data">([^]*?)<\/script>/.exec(page)?.[1];
  if (data === undefined || data.includes("<")) return "the embedded dataset is missing or holds a raw <";
  return undefined;
}

/**
 * A dataset written as tables and read back: the export answers (or refuses a free text
 * that is exactly `n/a`, as documented), and the import of what it wrote, on the same
 * bases, succeeds with the same number of commitments.
 */
function roundTrip(dataset: Dataset, parsedWith: ParseDatasetOptions | undefined): string | undefined {
  let files;
  try {
    files = exportDataPackage(dataset).files;
  } catch (error) {
    if (isCoalitionError(error) && error.code === "invalid_argument" && error.message.includes("n/a")) return undefined;
    throw error;
  }
  const back = safeImportDataPackage(files, parsedWith);
  if (!back.success) return `the import of its own export fails: ${back.error.message.slice(0, 200)}`;
  return back.data.commitments.length === dataset.commitments.length ? undefined : "the import holds another number of commitments";
}

type Check = (fail: (invariant: string, detail: string) => void) => void;

/** The calls an accepted dataset goes through, each with what its answer owes. */
function surfaceOf(dataset: Dataset, index: number, parsedWith: ParseDatasetOptions | undefined): readonly [string, () => unknown, ((answer: unknown) => string | undefined)?][] {
  const type = dataset.contributionTypes[0]?.id ?? "personnel";
  const actor = dataset.commitments[0]?.actor ?? dataset.states[0]?.id ?? "GB";
  const proposal = dataset.proposals[0]?.id ?? "none";
  const by = DIMENSIONS[index % DIMENSIONS.length] as AggregateDimension;
  const reading = READINGS[index % READINGS.length] as (typeof READINGS)[number];
  const totals = (answer: unknown) => badTotal(answer);
  const text = (answer: unknown) => controlIn(answer as string);
  const html = (answer: unknown) => RUNS.find((pattern) => pattern.test(answer as string))?.source;
  const calls: [string, () => unknown, ((answer: unknown) => string | undefined)?][] = [
    ["aggregateCommitments", () => aggregateCommitments(dataset, { by }), totals],
    ["aggregateCommitments over its index", () => aggregateCommitments(indexCommitments(dataset), { by, minStance: "open", includeWithdrawn: true }), totals],
    ["stanceOnContribution", () => stanceOnContribution(dataset, actor, type, { includeSubtypes: true })],
    ["stanceOnProposal", () => stanceOnProposal(dataset, actor, proposal)],
    ["actorsByStance", () => actorsByStance(dataset, type)],
    ["proposalPositions", () => proposalPositions(dataset, proposal)],
    ["participantsByBloc", () => participantsByBloc(dataset, dataset.events[0]?.id ?? dataset.coalitions[0]?.id ?? "none", dataset.organizations[0]?.id ?? "nato")],
    ["contestedActors", () => contestedActors(dataset)],
    ["changesBetween", () => changesBetween(dataset, { from: "1900", to: "2100" })],
    ["coalitionParticipants", () => coalitionParticipants(dataset, dataset.coalitions[0]?.id ?? "none", { claimPolicy: "latest" })],
    ["provisionsFor", () => provisionsFor(dataset, actor)],
    ["countAtStance", () => countAtStance(dataset, type, { stance: "open" })],
    ["evaluateScenario with explanations", () => evaluateScenario(dataset, {}, { explain: true, reading }), totals],
    ["compareScenarios", () => compareScenarios(dataset, {}, { allowUnknownFacts: true, facts: { "peace:agreement:UA": true } }, { reading }), totals],
  ];
  // The sensitivity evaluates the scenario once per unknown fact: one input in ten.
  if (index % 10 === 0) calls.push(["scenarioSensitivity", () => scenarioSensitivity(dataset, {}), totals]);
  // Built once for the three renderers (buildReport is checked on its own call first).
  let built: ReturnType<typeof buildReport> | undefined;
  const report = (): ReturnType<typeof buildReport> => (built ??= buildReport(dataset));
  // The tables, written and read back (one input in five: the round trip is the slowest call).
  if (index % 5 === 0) calls.push(["exportDataPackage and back", () => roundTrip(dataset, parsedWith), (answer) => answer as string | undefined]);
  calls.push(["renderExplorerPage", () => renderExplorerPage(dataset), explorerPageProblem]);
  calls.push(
    ["buildReport", report, totals],
    ["renderTextReport", () => renderTextReport(report()), text],
    ["renderMarkdownReport", () => renderMarkdownReport(report()), text],
    ["renderHtmlReport", () => renderHtmlReport(report()), html],
  );
  return calls;
}

function checkAccepted(dataset: Dataset, index: number, parsedWith: ParseDatasetOptions | undefined): { calls: number; check: Check } {
  const calls = surfaceOf(dataset, index, parsedWith);
  return {
    calls: calls.length,
    check: (fail) => {
      for (const [name, call, owed] of calls) {
        let answer: unknown;
        try {
          answer = call();
        } catch (error) {
          fail(`${name} answers a parsed dataset`, isCoalitionError(error) ? `CoalitionError ${error.code}: ${error.message.slice(0, 200)}` : String(error).slice(0, 200));
          continue;
        }
        const problem = owed?.(answer);
        if (problem !== undefined) fail(`${name} keeps its invariant`, problem);
      }
    },
  };
}

function checkRejected(result: SafeParseDatasetResult): Check {
  return (fail) => {
    if (result.success) return;
    try {
      const problem = controlIn(formatIssues(result.error.issues));
      if (problem !== undefined) fail("formatIssues prints no control character", problem);
    } catch (error) {
      fail("formatIssues formats the parser's issues", String(error).slice(0, 200));
    }
  };
}

/**
 * Runs `count` inputs through the whole surface and checks every invariant; the
 * failures come back with the index that replays each one alone.
 *
 * @example
 * ```ts
 * runSurfaceFuzz({ seed: 42, count: 500 }).failureCount;
 * //=> 0
 * ```
 */
export function runSurfaceFuzz(options: SurfaceFuzzOptions): SurfaceFuzzReport {
  const started = performance.now();
  const first = options.start ?? 0;
  const keep = options.keepFailures ?? 50;
  const every = options.progressEvery ?? 10_000;
  const failures: SurfaceFuzzFailure[] = [];
  const counts = { accepted: 0, rejected: 0, surfaceCalls: 0, misuseCalls: 0, failureCount: 0 };
  const builtins = builtinsSnapshot();
  for (let index = first; index < first + options.count; index++) {
    let strategy = "build";
    const fail = (invariant: string, detail: string) => {
      counts.failureCount++;
      const failure = { index, strategy, invariant, detail };
      if (failures.length < keep) failures.push(failure);
      options.onFailure?.(failure);
    };
    try {
      const built = fuzzCase(options.seed, index, options);
      strategy = built.strategy;
      // First what the parser owes (never throws, input and prototypes untouched, the issue promised).
      const result = parseAndCheck(built, builtins, fail);
      if (result !== undefined) {
        if (result.success) {
          counts.accepted++;
          const { calls, check } = checkAccepted(result.data, index, built.options);
          counts.surfaceCalls += calls;
          check(fail);
        } else {
          counts.rejected++;
          checkRejected(result)(fail);
        }
        counts.misuseCalls++;
        const misuse = misuseOnce(result.success ? result.data : built.input, index);
        if (misuse !== undefined) fail("a wrong argument is answered or refused with invalid_argument", `${misuse.call}: ${misuse.problem}`);
      }
    } catch (error) {
      fail("the input is built without an exception", String(error).slice(0, 200));
    }
    if ((index - first + 1) % every === 0) options.onProgress?.(index - first + 1, counts.failureCount);
  }
  return { seed: options.seed, count: options.count, ...counts, failures, milliseconds: performance.now() - started };
}
