// Adversarial shapes: datasets built to find quadratic time in the report, its renderers
// and the evaluation with explanations (issue 14). Each shape is measured at four sizes,
// the last ten times the first; the growth ratio from the first to the last is printed
// beside the target (linear code grows about 10x; 12x leaves room for the collector and
// the caches).
//
// - a coordination cycle: each commitment asks for the next one's, the last for the
//   first's, so every offer is in one coordination group of n;
// - offers sharing one condition: n offers of n / 10 actors, every one needing the same
//   peace agreement and the same approval (one row of the report's conditions table);
// - positions: n actors' positions on one proposal, the stances taking turns.
//
// Linear code does not grow exactly 10x on a real machine: at 100k the data no longer
// fits the caches, and what a call allocates outlives the young generation, so the
// collector copies it. Each shape therefore also times a linear reference, the runtime's
// own `JSON.stringify` of the same dataset, at the same sizes in the same run; its growth
// is printed beside the library's (on this project's machines it grew 11-18x), so that a
// reader can tell the machine's growth from the code's. Quadratic code, the defect this
// suite is for, grows about 100x.
//
// Because a ratio of two times moves with one noisy run, each row also gives the slope of
// log(time) against log(size) over four sizes: about 1 for linear code, 2 for quadratic.
//
// Each dataset is checked by the parser once (at the smallest size) before it is timed.
// The sizes are the suite's own: `--sizes` does not apply to it.
import type { Commitment, Condition, Dataset, Position } from "../../src/index.js";
import { buildReport, renderHtmlReport, renderTextReport } from "../../src/report.js";
import { evaluateScenario, type Scenario } from "../../src/scenario.js";
import { parseDataset } from "../../src/schema.js";
import { medianMs, type BenchResult, type BenchSuite } from "../result.js";

const GROWTH_TARGET = 12;
const CYCLE_REPORT_TARGET_MS = 5_000;
const PER_ACTOR = 10;
const STANCES = ["committed", "ready", "open", "undecided", "opposed", "refused"] as const;

interface Shape {
  readonly name: string;
  /** Ascending; the last is ten times the first. */
  readonly sizes: readonly number[];
  readonly build: (n: number) => { dataset: Dataset; scenario: Scenario };
}

const organization = (k: number) => ({ id: `org-${k}`, name: `Organization ${k}`, kind: "other" as const, memberships: [] });

/** What every shape shares: one source, `actors` organizations, nothing else. */
function skeleton(actors: number): Dataset {
  return {
    id: "adversarial",
    title: "Adversarial benchmark",
    layers: ["adversarial"],
    sources: [{ id: "s1", kind: "media-on-record", publisher: "Synthetic", date: "2025-03-13" }],
    states: [{ id: "UA" }],
    organizations: Array.from({ length: actors }, (_, k) => organization(k)),
    institutions: [{ id: "inst-0", actor: "org-0", kind: "government" }],
    persons: [],
    contributionTypes: [],
    stancePhrases: [],
    coalitions: [],
    proposals: [],
    positions: [],
    events: [],
    pledgeCounts: [],
    commitments: [],
  } as Dataset;
}

/** n commitments in one cycle: each asks for the next one's, the last for the first's. */
export function cycleDataset(n: number): { dataset: Dataset; scenario: Scenario } {
  const commitments: Commitment[] = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    actor: `org-${i}`,
    type: "ground-troops",
    stance: "ready",
    condition: { kind: "commitment", actor: `org-${(i + 1) % n}`, type: "ground-troops", minStance: "ready" },
    date: "2025-03-13",
    sources: ["s1"],
  }));
  return { dataset: { ...skeleton(n), commitments }, scenario: { facts: {} } };
}

/** n offers (ten types for each of n / 10 actors), every one with the same condition. */
export function sharedConditionDataset(n: number): { dataset: Dataset; scenario: Scenario } {
  const condition: Condition = {
    kind: "all",
    of: [
      { kind: "peace", form: "agreement", country: "UA" },
      { kind: "approval", institution: "inst-0" },
    ],
  };
  const types = ["ground-troops", "peacekeepers", "trainers", "aircraft", "air-policing", "naval-vessels", "minesweepers", "tanks", "intelligence", "basing"];
  const commitments: Commitment[] = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    actor: `org-${Math.floor(i / PER_ACTOR)}`,
    type: types[i % PER_ACTOR] as string,
    stance: "ready",
    condition,
    date: "2025-03-13",
    sources: ["s1"],
  }));
  return { dataset: { ...skeleton(Math.ceil(n / PER_ACTOR)), commitments }, scenario: { facts: { "peace:agreement:UA": true } } };
}

/** n actors' positions on one proposal, the stances taking turns. */
export function positionsDataset(n: number): { dataset: Dataset; scenario: Scenario } {
  const positions: Position[] = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    proposal: "plan",
    actor: `org-${i}`,
    stance: STANCES[i % STANCES.length] as Position["stance"],
    date: "2025-03-13",
    sources: ["s1"],
  }));
  const proposals = [{ id: "plan", title: "A plan", proposedBy: ["org-0"], date: "2025-03-01", sources: ["s1"] }];
  return { dataset: { ...skeleton(n), proposals, positions } as Dataset, scenario: { facts: {} } };
}

// Each shape's smallest and largest sizes give the growth ratio; all four give the slope.
const SHAPES: readonly Shape[] = [
  { name: "a coordination cycle", sizes: [10_000, 20_000, 40_000, 100_000], build: cycleDataset },
  { name: "offers sharing one condition", sizes: [10_000, 20_000, 40_000, 100_000], build: sharedConditionDataset },
  { name: "positions on one proposal", sizes: [4_000, 8_000, 16_000, 40_000], build: positionsDataset },
];

const MEASURES: readonly { readonly name: string; readonly run: (dataset: Dataset, scenario: Scenario) => unknown }[] = [
  { name: "report as text (build + render)", run: (dataset, scenario) => renderTextReport(buildReport(dataset, scenario)) },
  { name: "report as HTML (build + render)", run: (dataset, scenario) => renderHtmlReport(buildReport(dataset, scenario)) },
  { name: "evaluation with explanations", run: (dataset, scenario) => evaluateScenario(dataset, scenario) },
];

const gc = (globalThis as { gc?: () => void }).gc;

const REFERENCE = "linear reference (JSON.stringify of the dataset)";

/**
 * The least-squares slope of log(time) against log(size): about 1 for linear code, 2 for
 * quadratic. Read from every size, it moves less with one noisy run than a ratio of two.
 */
export function logLogSlope(sizes: readonly number[], times: readonly number[]): number {
  const xs = sizes.map(Math.log);
  const ys = times.map(Math.log);
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] as number) - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return covariance / variance;
}

/** The time at the largest size over the time at the smallest. */
function growth(times: readonly number[]): number {
  return (times[times.length - 1] as number) / (times[0] as number);
}

/** The note of a measure's largest size: its growth from the smallest, and its slope. */
function growthNote(times: readonly number[], sizes: readonly number[], reference: readonly number[]): string {
  const verdict = growth(times) <= GROWTH_TARGET ? "met" : "missed";
  const small = (sizes[0] as number).toLocaleString("en");
  return [
    `${growth(times).toFixed(1)}x the ${small} time for 10x the input (target <= ${GROWTH_TARGET}x: ${verdict}; the linear reference grew ${growth(reference).toFixed(1)}x)`,
    `log-log slope over ${sizes.length} sizes ${logLogSlope(sizes, times).toFixed(2)} (the reference's ${logLogSlope(sizes, reference).toFixed(2)}; linear 1, quadratic 2)`,
  ].join("; ");
}

/** The median time of `run` on the shape at each of its sizes, the heap collected before each run. */
function timesOf(shape: Shape, run: (dataset: Dataset, scenario: Scenario) => unknown): number[] {
  const [small, large] = [shape.sizes[0], shape.sizes[shape.sizes.length - 1]];
  // More runs at the small size, where a run is short and one collection more or less
  // moves the growth ratio most.
  const runs = (n: number) => (n === small ? 11 : n === large ? 3 : 5);
  return shape.sizes.map((n) => {
    const { dataset, scenario } = shape.build(n);
    gc?.();
    return medianMs(() => run(dataset, scenario), runs(n), 1, gc);
  });
}

/** The rows of one measure of one shape: one per size, the largest with its notes. */
function rowsOf(shape: Shape, name: string, times: readonly number[], notes: readonly string[]): BenchResult[] {
  return shape.sizes.map((n, i) => {
    const last = i === shape.sizes.length - 1 && notes.length > 0;
    return { name: `adversarial: ${shape.name}, ${name}`, n, ms: times[i] as number, floorMs: null, peerMs: null, ...(last ? { note: notes.join("; ") } : {}) };
  });
}

export const suite: BenchSuite = async () => {
  const results: BenchResult[] = [];
  for (const shape of SHAPES) {
    // Valid per the parser: what is timed is a dataset a user could load.
    parseDataset(shape.build(shape.sizes[0] as number).dataset);
    const reference = timesOf(shape, (dataset) => JSON.stringify(dataset));
    const referenceNote = `${growth(reference).toFixed(1)}x for 10x the input; log-log slope ${logLogSlope(shape.sizes, reference).toFixed(2)}`;
    results.push(...rowsOf(shape, REFERENCE, reference, [referenceNote]));
    console.log(`  ${shape.name}, ${REFERENCE}: ${reference.map((ms) => ms.toFixed(0)).join(" / ")} ms; ${referenceNote}`);
    for (const measure of MEASURES) {
      const times = timesOf(shape, measure.run);
      const notes = [growthNote(times, shape.sizes, reference)];
      const ms = times[times.length - 1] as number;
      if (shape.build === cycleDataset && measure.name.startsWith("report")) {
        notes.push(`target < ${CYCLE_REPORT_TARGET_MS / 1000} s: ${ms < CYCLE_REPORT_TARGET_MS ? "met" : "missed"}`);
      }
      results.push(...rowsOf(shape, measure.name, times, notes));
      console.log(`  ${shape.name}, ${measure.name}: ${times.map((t) => t.toFixed(0)).join(" / ")} ms; ${notes.join("; ")}`);
    }
  }
  return results;
};
