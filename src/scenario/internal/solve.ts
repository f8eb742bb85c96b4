// The scenario engine, phase by phase (each file's header says what it takes and gives):
//   check the scenario                      prepare.ts, facts.ts
//   select the offers in force              select-offers.ts (taxonomy.ts)
//   first pass: compile and evaluate        build-graph.ts, compile.ts, program.ts
//     link facts, targets, thresholds       link-facts.ts, link-targets.ts, link-thresholds.ts (tables.ts)
//   solve: the worklist                     propagate.ts
//   readings and coordination groups        readings.ts, groups.ts
//   totals                                  totals.ts
//   explanations                            explain.ts, explain-tree.ts (names.ts)
// The graph they share is laid out in graph.ts. This file runs the phases up to the
// solved graph; evaluateScenario and scenarioSensitivity run the rest.
import type { Stance } from "../../model/stance.js";
import type { Dataset } from "../../model/types.js";
import type { Scenario } from "../types.js";
import { buildGraph } from "./build-graph.js";
import type { Graph } from "./graph.js";
import { checkFactKeys } from "./facts.js";
import { checkScenario, type CheckedScenario } from "./prepare.js";
import { selectOffers, type Selection } from "./select-offers.js";

/** A scenario checked, with the offers in force selected, compiled and solved in three-valued logic. @internal */
export interface Solved {
  readonly checked: CheckedScenario;
  readonly selection: Selection;
  readonly graph: Graph;
}

/**
 * Checks the scenario, selects the offers in force, then compiles and solves them.
 *
 * Nothing is kept from one call to the next: no cache keyed by the dataset, and no
 * "prepare once" step in the API. Selecting, compiling and solving are one pass each,
 * and most offers are decided as they are compiled, so that what a cache would save
 * is small, while it would hold memory as large as the dataset's for as long as the
 * dataset lives, out of the caller's sight, and a compiled graph would tie programs
 * to the one scenario they were solved under. Every call is a cold call, and is
 * measured as one.
 * @internal
 */
export function solve(dataset: Dataset, scenario: Scenario, minStance: Stance | undefined): Solved {
  const checked = checkScenario(scenario, minStance);
  const selection = selectOffers(dataset, checked.asOf);
  const graph = buildGraph(selection, checked);
  // After the graph: the free-form facts it read need no walk of the conditions.
  checkFactKeys(dataset, scenario, graph.facts);
  return { checked, selection, graph };
}
