// Trying a few facts on a base: takes the base as the last scenario left it and facts
// that scenario leaves unknown; gives the value one commitment takes with them set, and
// leaves the base as it was. decidingFacts asks this up to 2,048 times for one verdict;
// answering each try as a whole scenario would read every fact of the scenario each
// time (50 s for one verdict of a 100,000-commitment dataset with 18,000 facts set),
// where a try costs only its own consequences: its facts are set as one more layer and
// taken back (see incremental.ts).
import type { Dataset } from "../../model/types.js";
import { contradicts, isNamedRequest, requestTargets, type FactView } from "./facts.js";
import { applySlots, changedSlots, type IncrementalBase } from "./incremental.js";
import { U } from "./program.js";

// The tried facts are read by the base's fact slots, checked already: no key check.
const CHECKED = { allowUnknownFacts: true } as const;

/**
 * The value (F, U or T) of commitment `i` with `tried` set on top of the facts of the
 * last scenario answered on the base, or undefined when they contradict each other or
 * those facts, as a scenario holding them all would be refused. `requested`: the
 * scenario's named requests, from {@link requestedByName}. The base's totals are not kept
 * while the facts are set: they are as they were once the facts are taken back.
 * @internal
 */
export function valueWith(base: IncrementalBase, dataset: Dataset, tried: Readonly<Record<string, boolean>>, i: number, requested: ReadonlySet<string>): number | undefined {
  const { given } = base.last;
  const value = (key: string): boolean | undefined => (Object.hasOwn(tried, key) ? tried[key] : given.get(key));
  const triedKeys = Object.keys(tried);
  // The scenario's own (see requestedByName), or one of the facts tried.
  const anyNamedRequest = (to: string) => requested.has(to) || triedKeys.some((key) => tried[key] === true && isNamedRequest(key) && requestTargets(key).includes(to));
  if (triedKeys.some((key) => contradicts(key, tried[key]!, value, anyNamedRequest))) return undefined;
  const view: FactView = { get: value, anyNamedRequest };
  const changes = changedSlots(base, dataset, CHECKED, { given: tried, changedKeys: triedKeys, view, allowUnknown: true });
  // Each slot back to its value before (unknown, for a try that contradicts nothing: the
  // facts tried were unknown, and a fact the scenario implies keeps its value).
  const before = new Map(Array.from(changes.keys(), (slot) => [slot, base.current.get(slot) ?? U]));
  applySlots(base, changes, false);
  const result = base.graph.val[i]!;
  applySlots(base, before, false);
  return result;
}

/** The actors to whom the last scenario answered on the base makes a request by a named actor (read once for every try). @internal */
export function requestedByName(base: IncrementalBase): Set<string> {
  const { given, namedRequests } = base.last;
  const targets = new Set<string>();
  for (const key of namedRequests) if (given.get(key) === true) for (const to of requestTargets(key)) targets.add(to);
  return targets;
}
