// The explorer's one door to the scenario engine: everything the explorer shows is asked
// here, of the library's public scenario API, and nowhere else. A dataset goes in once
// (createEngine); each scenario the reader sets comes back as verdicts with their
// reasons, totals, and the changes against the same day with no fact set. The offers
// are worded as the report words them (offers.ts), without building a report.
//
// The verdicts with their reasons come from a cold evaluation (the reasons are what a
// reader opens); what the facts change, against the same day with no fact set and
// against the previous step, comes from the incremental engine (prepareScenarios).
import { BUILTIN_CONTRIBUTION_TYPES } from "../../model/builtin-contribution-types.js";
import { dateEnd } from "../../model/partial-date.js";
import type { Condition, Dataset } from "../../model/types.js";
import { decidingFacts, type DecidingFacts } from "../../scenario/deciding-facts.js";
import { evaluateScenario } from "../../scenario/evaluate-scenario.js";
import { factKey } from "../../scenario/fact-key.js";
import { prepareScenarios } from "../../scenario/prepare-scenarios.js";
import { reevaluateScenario } from "../../scenario/reevaluate-scenario.js";
import { scenarioSensitivity } from "../../scenario/scenario-sensitivity.js";
import type { Scenario, ScenarioEvaluation, ScenarioTotal, TotalChange, Verdict, VerdictChange } from "../../scenario/types.js";
import { offerTable, type ExplorerOffer } from "./offers.js";

/** A fact some condition of the dataset reads, which the reader may set. */
export interface ExplorerFact {
  readonly key: string;
  /** In words ("a peace agreement in Ukraine"), or the key where the engine names none. */
  readonly description: string;
}

/** The first and the last day on which the dataset's commitments were stated (`YYYY-MM-DD`). */
export interface ExplorerSpan {
  readonly first: string;
  readonly last: string;
}

/** What the reader has set: facts by key (absent: unknown), and the day. */
export interface ExplorerState {
  readonly facts: Readonly<Record<string, boolean>>;
  /** A day of the span; undefined only for a dataset without a dated commitment (the latest on record). */
  readonly asOf: string | undefined;
}

/** A contribution type as the totals show it. */
export interface ExplorerType {
  readonly label: string;
  /** 0 for a top-level type, 1 for its subtypes, and so on. */
  readonly depth: number;
}

/** A verdict that moved between two scenarios of one day: the same offers are in force on both sides, so neither side is "absent". */
export interface SameDayChange extends VerdictChange {
  readonly before: Verdict;
  readonly after: Verdict;
}

/** What moved between two scenarios of one day: the verdicts, and the totals' figures, type by type. */
export interface ExplorerChanges {
  readonly changed: readonly SameDayChange[];
  readonly totals: readonly TotalChange[];
}

/** The answer to one scenario. */
export interface ExplorerResult {
  readonly evaluation: ScenarioEvaluation;
  /** Against the same day with no fact set. */
  readonly baseline: ExplorerChanges;
}


/** The scenario engine as the explorer sees it. */
export interface ExplorerEngine {
  readonly dataset: Dataset;
  /** Every fact a condition reads (thresholds aside: their value follows from other offers), most decisive first. */
  readonly facts: readonly ExplorerFact[];
  readonly span: ExplorerSpan | undefined;
  /** The whole scenario. @throws {CoalitionError} `invalid_argument` for facts that contradict each other. */
  evaluate(state: ExplorerState): ExplorerResult;
  /** The verdicts one step changed (the day may change too). @throws {CoalitionError} as {@link ExplorerEngine.evaluate}. */
  compare(before: ExplorerState, after: ExplorerState): readonly VerdictChange[];
  /** How the reader sees an offer: its actor, what it offers, its condition, as the report words them. */
  offer(commitment: string): ExplorerOffer;
  type(type: string): ExplorerType;
  /** What would decide an undetermined verdict: the smallest sets of unknown facts that would make it active, or inactive (see decidingFacts). */
  decide(commitment: string, state: ExplorerState): readonly DecidingFacts[];
}

/** The engine over one dataset: its facts, span and taxonomy are read once, here. */
export function createEngine(dataset: Dataset): ExplorerEngine {
  const facts = datasetFacts(dataset);
  const span = statementSpan(dataset);
  const types = typeTable(dataset);
  const scenario = (state: ExplorerState): Scenario => (state.asOf === undefined ? { facts: state.facts } : { facts: state.facts, asOf: state.asOf });
  const prepared = prepareScenarios(dataset, span === undefined ? {} : { asOf: span.last });
  const compare = (before: ExplorerState, after: ExplorerState): readonly VerdictChange[] => {
    reevaluateScenario(prepared, scenario(before));
    return reevaluateScenario(prepared, scenario(after)).changed;
  };
  const baseline = (state: ExplorerState): ExplorerChanges => {
    const first = reevaluateScenario(prepared, scenario({ facts: {}, asOf: state.asOf }));
    const second = reevaluateScenario(prepared, scenario(state));
    // "absent" marks an offer in force on one day only: on one day, there is none.
    return { changed: second.changed as readonly SameDayChange[], totals: totalsMoved(first.totals, second.totals) };
  };
  return {
    dataset,
    facts,
    span,
    evaluate: (state) => ({ evaluation: evaluateScenario(dataset, scenario(state)), baseline: baseline(state) }),
    compare,
    offer: offerTable(dataset),
    type: (type) => types.get(type) ?? { label: type, depth: 0 },
    decide: (commitment, state) => decidingFacts(prepared, scenario(state), commitment),
  };
}

/**
 * The totals' active figures that moved, type by type (the explorer shows actors and
 * offers active), between two scenarios of one day: the same offers count then, so both
 * list the same types in the same order (facts move verdicts, not what is in force).
 */
function totalsMoved(before: readonly ScenarioTotal[], after: readonly ScenarioTotal[]): TotalChange[] {
  const moved: TotalChange[] = [];
  after.forEach((total, index) => {
    const was = before[index]!;
    const actors = total.active.actors - was.active.actors;
    const commitments = total.active.commitments - was.active.commitments;
    const undetermined = { actors: total.undetermined.actors - was.undetermined.actors, commitments: total.undetermined.commitments - was.undetermined.commitments };
    if (actors === 0 && commitments === 0 && undetermined.actors === 0 && undetermined.commitments === 0) return;
    moved.push({ type: total.type, active: { actors, commitments, unquantified: 0, quantities: [] }, undetermined });
  });
  return moved;
}

/** Every fact key a condition reads, in the order of their impact, then as first read. */
function datasetFacts(dataset: Dataset): ExplorerFact[] {
  const keys = new Set<string>();
  const conditionOf = new Map(dataset.coalitions.map((coalition) => [coalition.id, coalition.condition]));
  for (const commitment of dataset.commitments) {
    const coalition = commitment.coalition === undefined ? undefined : conditionOf.get(commitment.coalition);
    for (const condition of [commitment.condition, coalition]) {
      if (condition !== undefined) addKeys(condition, commitment.actor, keys);
    }
  }
  const described = new Map<string, string>();
  const rank = new Map<string, number>();
  scenarioSensitivity(dataset, {}).forEach((fact, index) => {
    described.set(fact.key, fact.description);
    rank.set(fact.key, index);
  });
  const order = (key: string) => rank.get(key) ?? described.size;
  // A stable sort: facts the engine does not rank (read only by offers no longer in force) keep their first-read order.
  return [...keys].sort((a, b) => order(a) - order(b)).map((key) => ({ key, description: described.get(key) ?? key }));
}

function addKeys(root: Condition, holder: string, keys: Set<string>): void {
  const pending: Condition[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.kind === "all" || node.kind === "any") {
      // In reverse, so that the parts are read in the order they are written.
      for (let part = node.of.length - 1; part >= 0; part--) pending.push(node.of[part]!);
    } else if (node.kind === "not") pending.push(node.of);
    else if (node.kind !== "threshold") keys.add(factKey(node, { actor: holder }));
  }
}

/** The first and last day a commitment was stated on: its date's last day, or its earliest source's. */
function statementSpan(dataset: Dataset): ExplorerSpan | undefined {
  const sourceDay = new Map(dataset.sources.map((source) => [source.id, dateEnd(source.date)]));
  let first: string | undefined;
  let last: string | undefined;
  for (const commitment of dataset.commitments) {
    let day = dateEnd(commitment.date);
    if (day === undefined) {
      for (const source of commitment.sources) {
        const stated = sourceDay.get(source);
        if (stated !== undefined && (day === undefined || stated < day)) day = stated;
      }
    }
    if (day === undefined) continue;
    if (first === undefined || day < first) first = day;
    if (last === undefined || day > last) last = day;
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** The built-in types and the dataset's own, with their labels and depth in the taxonomy. */
function typeTable(dataset: Dataset): Map<string, ExplorerType> {
  const parentOf = new Map<string, string | undefined>();
  const labelOf = new Map<string, string>();
  for (const type of [...BUILTIN_CONTRIBUTION_TYPES, ...dataset.contributionTypes]) {
    parentOf.set(type.id, type.parent);
    labelOf.set(type.id, type.label);
  }
  const table = new Map<string, ExplorerType>();
  for (const [id, label] of labelOf) {
    let depth = 0;
    // The parser refuses cycles; the bound keeps a hand-built dataset with one from looping.
    for (let parent = parentOf.get(id); parent !== undefined && depth < parentOf.size; parent = parentOf.get(parent)) depth++;
    table.set(id, { label, depth });
  }
  return table;
}
