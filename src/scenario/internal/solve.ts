import type { Stance } from "../../model/stance.js";
import type { Dataset } from "../../model/types.js";
import type { Scenario } from "../types.js";
import { compileGraph, factValues, type Graph } from "./graph.js";
import { checkScenario, indexDataset, withScenario, type DatasetIndex, type Prepared } from "./prepare.js";
import { solveKleene, type KleeneState } from "./propagate.js";

/** A scenario compiled and solved in three-valued logic. @internal */
export interface Solved {
  readonly prepared: Prepared;
  readonly graph: Graph;
  readonly kleene: KleeneState;
}

interface CacheEntry {
  readonly index: DatasetIndex;
  graph?: Graph;
}

// Datasets are immutable (deeply readonly; parsed ones frozen), so what is derived from
// one alone (the offers in force as of a day, the compiled conditions) is kept for
// the next scenario on it, while the dataset lives. A few days per dataset at most.
let cache: WeakMap<Dataset, CacheEntry[]> | undefined;
const DAYS_KEPT = 4;

function cached(dataset: Dataset, asOf: string | undefined): CacheEntry {
  cache ??= new WeakMap();
  let entries = cache.get(dataset);
  if (entries === undefined) cache.set(dataset, (entries = []));
  const at = entries.findIndex((entry) => entry.index.asOf === asOf);
  if (at >= 0) {
    const entry = entries[at]!;
    if (at > 0) entries.unshift(...entries.splice(at, 1));
    return entry;
  }
  const entry: CacheEntry = { index: indexDataset(dataset, asOf) };
  entries.unshift(entry);
  if (entries.length > DAYS_KEPT) entries.length = DAYS_KEPT;
  return entry;
}

/**
 * Checks the scenario, then compiles (or takes from the cache) and solves. A
 * scenario that speaks for actors (`commitment:` keys) gets a graph of its own.
 * @internal
 */
export function solve(dataset: Dataset, scenario: Scenario, minStance: Stance | undefined): Solved {
  const checked = checkScenario(scenario, minStance);
  const entry = cached(dataset, checked.asOf);
  const prepared = withScenario(entry.index, checked);
  const graph = checked.hasOverrides ? compileGraph(entry.index, checked.facts) : (entry.graph ??= compileGraph(entry.index));
  return { prepared, graph, kleene: solveKleene(graph, factValues(graph, checked.facts)) };
}
