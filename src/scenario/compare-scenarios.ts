import type { Stance } from "../model/stance.js";
import type { Dataset } from "../model/types.js";
import { evaluateScenario } from "./evaluate-scenario.js";
import { totalsDifference } from "./internal/totals.js";
import type { CommitmentVerdict, Scenario, ScenarioComparison, VerdictChange } from "./types.js";
import { checkArguments, SCENARIO } from "../internal/guards.js";

/**
 * Options of {@link compareScenarios}.
 *
 * @category Scenarios
 */
export interface CompareScenariosOptions {
  /** The weakest stance reported and counted (default `"open"`), as in {@link evaluateScenario}. */
  readonly minStance?: Stance;
  /** Which verdict to compare and count: the three-valued `"verdict"` (default) or a reading of coordination. */
  readonly reading?: "verdict" | "cautious" | "coordinated";
}

/**
 * Compares two scenarios over one dataset: the commitments whose verdict differs
 * (in dataset order; `"absent"` where a commitment is not evaluated under one of them,
 * as with another `asOf`), and the totals per contribution type before and after,
 * with their changes.
 *
 * @param dataset - A parsed dataset.
 * @param before - The first scenario.
 * @param after - The scenario to compare it with.
 * @param options - The weakest stance counted, and which reading to compare.
 * @returns The verdicts that change and the totals before, after, and their changes.
 * @throws {CoalitionError} `invalid_argument` as {@link evaluateScenario} does.
 * @example
 * ```ts
 * import { compareScenarios } from "coalition/scenario";
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * const comparison = compareScenarios(dataset, { facts: { "peace:agreement:UA": true } }, { facts: { "peace:agreement:UA": true, "inclusion:TR": true } });
 * comparison.changed;
 * //=> [{ commitment: "tr-peacekeepers", actor: "TR", type: "peacekeepers", before: "undetermined", after: "active" }]
 * comparison.totals.changes.find((change) => change.type === "peacekeepers")?.active.actors;
 * //=> 1
 * ```
 *
 * @category Scenarios
 */
export function compareScenarios(
  dataset: Dataset,
  before: Scenario,
  after: Scenario,
  options: CompareScenariosOptions = {},
): ScenarioComparison {
  checkArguments({ dataset: [dataset, "dataset"], before: [before, SCENARIO], after: [after, SCENARIO], options: [options, { fields: { minStance: "stance", reading: "string" } }] });
  const settings = { explain: false, reading: options.reading ?? "verdict", ...(options.minStance === undefined ? {} : { minStance: options.minStance }) } as const;
  const first = evaluateScenario(dataset, before, settings);
  const second = evaluateScenario(dataset, after, settings);
  const pick = (verdict: CommitmentVerdict) =>
    settings.reading === "verdict" ? verdict.verdict : settings.reading === "cautious" ? verdict.cautious : verdict.coordinated;
  const beforeById = new Map(first.verdicts.map((verdict) => [verdict.commitment, verdict]));
  const afterById = new Map(second.verdicts.map((verdict) => [verdict.commitment, verdict]));
  const changed: VerdictChange[] = [];
  for (const commitment of dataset.commitments) {
    const b = beforeById.get(commitment.id);
    const a = afterById.get(commitment.id);
    if (a === undefined && b === undefined) continue;
    const was = b === undefined ? "absent" : pick(b);
    const is = a === undefined ? "absent" : pick(a);
    if (was !== is) changed.push({ commitment: commitment.id, actor: commitment.actor, type: commitment.type, before: was, after: is });
  }
  return {
    changed,
    totals: { before: first.totals, after: second.totals, changes: totalsDifference(first.totals, second.totals) },
  };
}
