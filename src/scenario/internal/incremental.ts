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
import type { Scenario, ScenarioTotal } from "../types.js";
import { checkFactKeys, factValue, keyOfFact, type FactNode } from "./facts.js";
import type { Graph } from "./graph.js";
import type { CheckedScenario } from "./prepare.js";
import { U, type Rows } from "./program.js";
import { extendKleene, factReadersOf, undoKleene } from "./propagate.js";
import { IN_FORCE, type Selection } from "./select-offers.js";
import { solve } from "./solve.js";
import { computeTotals, totalsList, type TotalsState } from "./totals.js";

/** The facts one answer set on the base, and where its part of the trail starts. @internal */
interface Layer {
  readonly slots: ReadonlyMap<number, number>;
  readonly trailStart: number;
}

/** One day's scenario with no fact set, solved, with what setting facts on it needs. @internal */
export interface IncrementalBase {
  readonly asOf: string | undefined;
  readonly selection: Selection;
  readonly graph: Graph;
  readonly readers: Rows;
  readonly minRank: number;
  /** Per fact slot, its key; and the slots by key. */
  readonly keys: readonly string[];
  readonly byKey: ReadonlyMap<string, FactNode>;
  /** Per actor id, the slots of requests to it by named actors. */
  readonly namedRequests: ReadonlyMap<string, readonly number[]>;
  /** The base's totals, with the per-actor counts that changes are computed from. */
  readonly totals: TotalsState;
  readonly totalsList: readonly ScenarioTotal[];
  /** What the layers changed, in order (commitments, targets, then fact slots: see extendKleene). */
  readonly trail: number[];
  readonly layers: Layer[];
}

/** Solves the day's scenario with no fact set, and reads every fact the offers in force read. @internal */
export function incrementalBase(dataset: Dataset, asOf: string | undefined, minStance: Stance | undefined): IncrementalBase {
  const { checked, selection, graph } = solve(dataset, asOf === undefined ? {} : { asOf }, minStance);
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
  return {
    asOf: checked.asOf,
    selection,
    graph,
    readers: factReadersOf(graph),
    minRank: checked.minRank,
    keys,
    byKey: new Map(graph.facts.map((fact) => [keys[fact.slot]!, fact])),
    namedRequests,
    totals,
    totalsList: totalsList(selection, totals),
    trail: [],
    layers: [],
  };
}

/** Whether commitment `i` has a verdict in the base's answers: in force, at or above the weakest stance asked. @internal */
export function isReported(base: IncrementalBase, i: number): boolean {
  return base.selection.status[i] === IN_FORCE && base.selection.rankOf[i]! >= base.minRank;
}

/**
 * The value of every fact slot the scenario decides (directly, or through the facts it
 * implies), or undefined when it holds a `commitment:` key, which decides offers rather
 * than facts: the caller evaluates that scenario cold. Keys that no offer in force reads
 * are checked as evaluateScenario checks them (an unknown key throws unless the
 * scenario allows it), then change only the facts they imply.
 * @internal
 */
export function wantedSlots(base: IncrementalBase, dataset: Dataset, scenario: Scenario, checked: CheckedScenario): Map<number, number> | undefined {
  if (checked.hasOverrides) return undefined;
  const wanted = new Map<number, number>();
  let checkedKeys = false;
  for (const key of Object.keys(checked.given)) {
    if (checked.given[key] === undefined) continue;
    if (!checkedKeys && !base.byKey.has(key)) {
      checkFactKeys(dataset, scenario, base.graph.facts);
      checkedKeys = true;
    }
    for (const related of relatedKeys(base, key)) {
      const fact = base.byKey.get(related);
      if (fact === undefined) continue;
      const value = factValue(fact.atom, fact.holder, related, checked.view);
      if (value !== U) wanted.set(fact.slot, value);
    }
  }
  return wanted;
}

/** The key itself and those whose value it implies: the other form of peace, the other requests to the same actor. */
function relatedKeys(base: IncrementalBase, key: string): string[] {
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
 * Sets the base to `wanted`: takes back the layers from the first one that `wanted` no
 * longer holds, sets again what they set that `wanted` still holds, then sets the rest
 * of `wanted` as a new layer. Returns the
 * commitments whose value may have moved (those taken back, then those decided; some
 * twice).
 * @internal
 */
export function applySlots(base: IncrementalBase, wanted: ReadonlyMap<number, number>): number[] {
  const { graph, trail, layers } = base;
  const n = graph.val.length;
  const touched: number[] = [];
  let keep = 0;
  while (keep < layers.length && holds(layers[keep]!, wanted)) keep++;
  // The facts of the layers taken back that still hold: set again first, in one layer,
  // so that the facts that changed come last, where changing them again is cheap.
  const again: [number, number][] = [];
  if (keep < layers.length) {
    for (let k = keep; k < layers.length; k++) for (const [slot, value] of layers[k]!.slots) if (wanted.get(slot) === value) again.push([slot, value]);
    const start = layers[keep]!.trailStart;
    for (let k = start; k < trail.length; k++) if (trail[k]! < n) touched.push(trail[k]!);
    undoKleene(graph, trail.slice(start));
    trail.length = start;
    layers.length = keep;
  }
  const applied = new Set<number>();
  for (const layer of layers) for (const slot of layer.slots.keys()) applied.add(slot);
  for (const [slot] of again) applied.add(slot);
  const fresh: [number, number][] = [];
  for (const [slot, value] of wanted) if (!applied.has(slot)) fresh.push([slot, value]);
  for (const changes of [again, fresh]) {
    if (changes.length === 0) continue;
    const start = trail.length;
    extendKleene(graph, base.readers, changes, trail);
    for (let k = start; k < trail.length; k++) if (trail[k]! < n) touched.push(trail[k]!);
    layers.push({ slots: new Map(changes), trailStart: start });
  }
  return touched;
}

function holds(layer: Layer, wanted: ReadonlyMap<number, number>): boolean {
  for (const [slot, value] of layer.slots) if (wanted.get(slot) !== value) return false;
  return true;
}
