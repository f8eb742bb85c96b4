import type { Stance } from "../model/stance.js";
import type { Dataset } from "../model/types.js";
import { checkArguments } from "../internal/guards.js";
import { createState } from "./internal/incremental-state.js";

/**
 * Options of {@link prepareScenarios}.
 *
 * @category Scenarios
 */
export interface PrepareScenariosOptions {
  /** The day to prepare (default: the latest on record); answers on another day prepare that day then. */
  readonly asOf?: string;
  /** The weakest stance reported and counted (default `"open"`), as in `evaluateScenario`. */
  readonly minStance?: Stance;
}

/**
 * A dataset prepared for {@link reevaluateScenario}: plain data to the eye, with the
 * solved scenario it answers from kept beside it, out of sight, for as long as this
 * value lives. Give it to one reader at a time: each answer starts from the last one.
 *
 * @category Scenarios
 */
export interface PreparedScenarios {
  readonly dataset: Dataset;
}

/**
 * Prepares a dataset for answering many scenarios in a row, each by re-evaluating only
 * what depends on the facts that changed ({@link reevaluateScenario}): what an
 * interactive explorer needs, where a reader sets one fact after another.
 *
 * It solves the day's scenario with no fact set, once (about the cost of one
 * `evaluateScenario` without explanations), and lists every fact the offers in force
 * read. The memory held is of the order of the dataset's own, until the returned value
 * is no longer referenced.
 *
 * @param dataset - A parsed dataset.
 * @param options - The day prepared first, and the weakest stance counted.
 * @returns The prepared dataset, to pass to {@link reevaluateScenario}.
 * @throws {CoalitionError} `invalid_argument` for a bad `asOf` or a `minStance` below `open`.
 * @example
 * ```ts
 * import { prepareScenarios, reevaluateScenario } from "coalition/scenario";
 * import { seedDataset } from "coalition/fixtures";
 * const prepared = prepareScenarios(seedDataset());
 * const update = reevaluateScenario(prepared, { facts: { "peace:agreement:UA": true } });
 * update.changed.length > 0;
 * //=> true
 * ```
 *
 * @category Scenarios
 */
export function prepareScenarios(dataset: Dataset, options: PrepareScenariosOptions = {}): PreparedScenarios {
  checkArguments({ dataset: [dataset, "dataset"], options: [options, { fields: { asOf: "date", minStance: "stance" } }] });
  const prepared: PreparedScenarios = Object.freeze({ dataset });
  createState(prepared, dataset, options.asOf, options.minStance);
  return prepared;
}
