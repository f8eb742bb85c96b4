// Incremental re-evaluation: one scenario solved once with no fact set (the base), and
// every later scenario of the same day answered by setting its facts on that base and
// propagating only from them (extendKleene), then taking them back (undoKleene). The
// facts are applied in layers, one per answer: an answer keeps the longest run of
// layers whose facts it still holds as they were, and takes back the rest, so that
// setting one more fact costs its own consequences, and changing the last fact set
// costs that fact's. Three-valued logic is monotone: a fact set from unknown only
// decides offers that were unknown, so that the base with the scenario's facts set and
// propagated is the scenario solved cold. The property test in tests/scenario holds
// this to evaluateScenario.
//
// Only the phases up to the solved graph, and totals, are read here; readings of
// coordination, groups and explanations stay with evaluateScenario.
import type { Stance } from "../../model/stance.js";
import type { Dataset } from "../../model/types.js";
import type { Scenario } from "../types.js";
import { checkFactKeys, factValue, keyOfFact, type FactNode } from "./facts.js";
import type { Graph } from "./graph.js";
import { noFacts, type ChangedFacts, type LastFacts } from "./incremental-facts.js";
import { U, type Rows } from "./program.js";
import { extendKleene, factReadersOf, undoKleene } from "./propagate.js";
import { IN_FORCE, type Selection } from "./select-offers.js";
import { solve } from "./solve.js";
import { liveTotals, moveTotals, type LiveTotals } from "./incremental-totals.js";
import { computeTotals } from "./totals.js";

/** The facts one answer set on the base, and where its part of the trail starts. @internal */
interface Layer {
  readonly slots: ReadonlyMap<number, number>;
  readonly trailStart: number;
}

/** One day's scenario with no fact set, solved, with what setting facts on it needs. @internal */
export interface IncrementalBase {
  readonly asOf: string | undefined;
  /** Whether commitments nothing records read unknown (true) or false, as the scenarios answered on it ask. */
  readonly openWorld: boolean;
  readonly selection: Selection;
  readonly graph: Graph;
  readonly readers: Rows;
  readonly minRank: number;
  /** Per fact slot, its key; and the slots by key. */
  readonly keys: readonly string[];
  readonly byKey: ReadonlyMap<string, FactNode>;
  /** Per actor id, the slots of requests to it by named actors. */
  readonly namedRequests: ReadonlyMap<string, readonly number[]>;
  /** The totals as the layers leave them. */
  readonly totals: LiveTotals;
  /** What the layers changed, in order (commitments, targets, then fact slots: see extendKleene). */
  readonly trail: number[];
  readonly layers: Layer[];
  /** Per fact slot, the layer that set it, or -1; and the value of each slot set. */
  readonly layerOf: Int32Array;
  readonly current: Map<number, number>;
  /** The facts of the last scenario answered on this base, and what else it said. */
  readonly last: LastFacts;
}

/**
 * Solves the day's scenario with no fact set, commitments nothing records read unknown
 * if `openWorld` (else false), and reads every fact the offers in force read.
 * @internal
 */
export function incrementalBase(dataset: Dataset, asOf: string | undefined, openWorld: boolean, minStance: Stance | undefined): IncrementalBase {
  const unrecordedCommitments = openWorld ? "unknown" : "false";
  const { checked, selection, graph } = solve(dataset, asOf === undefined ? { unrecordedCommitments } : { asOf, unrecordedCommitments }, minStance);
  graph.collectFacts();
  const keys = graph.facts.map(keyOfFact);
  const namedRequests = new Map<string, number[]>();
  for (const { atom, holder, slot } of graph.facts) {
    if (atom.kind !== "request" || atom.by === undefined) continue;
    const slots = namedRequests.get(holder);
    if (slots === undefined) namedRequests.set(holder, [slot]);
    else slots.push(slot);
  }
  const totals = computeTotals(selection, graph.val, checked.minRank, true);
  const reported = (i: number) => selection.status[i] === IN_FORCE && selection.rankOf[i]! >= checked.minRank;
  return {
    asOf: checked.asOf,
    openWorld,
    selection,
    graph,
    readers: factReadersOf(graph),
    minRank: checked.minRank,
    keys,
    byKey: new Map(graph.facts.map((fact) => [keys[fact.slot]!, fact])),
    namedRequests,
    totals: liveTotals(selection, totals, graph.val, reported),
    trail: [],
    layers: [],
    layerOf: new Int32Array(keys.length).fill(-1),
    current: new Map(),
    last: noFacts(),
  };
}

/** Whether commitment `i` has a verdict in the base's answers: in force, at or above the weakest stance asked. @internal */
export function isReported(base: IncrementalBase, i: number): boolean {
  return base.selection.status[i] === IN_FORCE && base.selection.rankOf[i]! >= base.minRank;
}

/**
 * The fact slots whose value the changed keys change (directly, or through the facts
 * they imply), with their new value (U: unknown again). A changed key that no offer in
 * force reads has the scenario's keys checked as evaluateScenario checks them (an
 * unknown key throws unless the scenario allows it).
 * @internal
 */
export function changedSlots(base: IncrementalBase, dataset: Dataset, scenario: Scenario, facts: ChangedFacts): Map<number, number> {
  const { given, changedKeys, view } = facts;
  if (changedKeys.some((key) => Object.hasOwn(given, key) && given[key] !== undefined && !base.byKey.has(key))) checkFactKeys(dataset, scenario, base.graph.facts);
  const changes = new Map<number, number>();
  for (const key of changedKeys) {
    for (const related of relatedKeys(base, key)) {
      const fact = base.byKey.get(related);
      if (fact === undefined) continue;
      const value = factValue(fact.atom, fact.holder, related, view);
      if (value !== (base.current.get(fact.slot) ?? U)) changes.set(fact.slot, value);
    }
  }
  return changes;
}

/** The key itself and those whose value it implies: the other form of peace, the other requests to the same actor. @internal */
export function relatedKeys(base: IncrementalBase, key: string): string[] {
  const related = [key];
  if (key.startsWith("peace:agreement:")) related.push(`peace:ceasefire:${key.slice(16)}`);
  else if (key.startsWith("peace:ceasefire:")) related.push(`peace:agreement:${key.slice(16)}`);
  else if (key.startsWith("request:*:")) for (const slot of base.namedRequests.get(key.slice(10)) ?? []) related.push(base.keys[slot]!);
  else if (key.startsWith("request:")) {
    // `request:<by>:<to>`, ids holding colons perhaps: every split gives a possible `to`.
    for (let at = key.indexOf(":", 9); at >= 0; at = key.indexOf(":", at + 1)) related.push(`request:*:${key.slice(at + 1)}`);
  }
  return related;
}

/**
 * Sets the fact slots `changes` on the base: takes back the layers from the first one
 * that set a slot that changes, sets again what they set that does not change, layer by
 * layer as they were, then the changed slots in a layer of their own, last, where
 * changing them again is cheap. Layers stay apart so that facts changed recently stay
 * last: a reader who changes fact A, then B, then A again pays A's consequences the
 * third time, not those of every fact set before A.
 * Returns the commitments whose value may have moved (some twice); keeps the totals,
 * unless `countTotals` is false (a try set and taken back, whose totals no one reads).
 * @internal
 */
export function applySlots(base: IncrementalBase, changes: ReadonlyMap<number, number>, countTotals = true): number[] {
  const { graph, trail, layers, layerOf, current } = base;
  const touched: number[] = [];
  let keep = layers.length;
  for (const slot of changes.keys()) if (layerOf[slot]! >= 0 && layerOf[slot]! < keep) keep = layerOf[slot]!;
  const toSet: [number, number][][] = [];
  if (keep < layers.length) {
    for (let k = keep; k < layers.length; k++) {
      const kept: [number, number][] = [];
      for (const [slot, value] of layers[k]!.slots) {
        layerOf[slot] = -1;
        if (!changes.has(slot)) kept.push([slot, value]);
      }
      toSet.push(kept);
    }
    const start = layers[keep]!.trailStart;
    for (let k = start; k < trail.length; k++) moved(base, trail[k]!, touched, U, countTotals);
    undoKleene(graph, trail.slice(start));
    trail.length = start;
    layers.length = keep;
  }
  const fresh: [number, number][] = [];
  for (const [slot, value] of changes) {
    if (value === U) current.delete(slot);
    else {
      current.set(slot, value);
      fresh.push([slot, value]);
    }
  }
  toSet.push(fresh);
  for (const set of toSet) {
    if (set.length === 0) continue;
    const start = trail.length;
    extendKleene(graph, base.readers, set, trail);
    for (let k = start; k < trail.length; k++) moved(base, trail[k]!, touched, graph.val[trail[k]!]!, countTotals);
    for (const [slot] of set) layerOf[slot] = layers.length;
    layers.push({ slots: new Map(set), trailStart: start });
  }
  return touched;
}

/** Notes a trail entry that is a commitment as touched, and moves it in the totals from its value now to `to`. */
function moved(base: IncrementalBase, entry: number, touched: number[], to: number, countTotals: boolean): void {
  if (entry >= base.graph.val.length) return;
  touched.push(entry);
  if (countTotals && isReported(base, entry)) moveTotals(base.totals, entry, to === U ? base.graph.val[entry]! : U, to);
}
