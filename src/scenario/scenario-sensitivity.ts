import type { Stance } from "../model/stance.js";
import type { Dataset } from "../model/types.js";
import { factValue, keyOfFact, type FactNode, type FactView } from "./internal/facts.js";

import { createNamer, type Namer } from "./internal/names.js";
import { T, U } from "./internal/program.js";
import { extendKleene, factReadersOf, undoKleene } from "./internal/propagate.js";
import { IN_FORCE } from "./internal/select-offers.js";
import { solve } from "./internal/solve.js";
import { computeTotals, totalsChange } from "./internal/totals.js";
import type { FactEffect, FactSensitivity, Scenario } from "./types.js";

/**
 * Options of {@link scenarioSensitivity}.
 *
 * @category Scenarios
 */
export interface ScenarioSensitivityOptions {
  /** The weakest stance reported and counted (default `"open"`), as in {@link evaluateScenario}. */
  readonly minStance?: Stance;
  /**
   * The fact keys to examine. By default, every fact that some condition reads and
   * that the scenario leaves unknown. Keys the scenario already settles are skipped.
   */
  readonly facts?: readonly string[];
  /**
   * Rank by the commitments of this contribution type (or its subtypes) only, e.g.
   * `"ground-troops"` for the facts that unlock the most troops. By default all count.
   */
  readonly rankBy?: string;
}

/**
 * What would change the picture: for each unknown fact, what setting it true, and
 * what setting it false, would activate or deactivate, and how the totals per
 * contribution type would move. Ranked by impact, the number of commitments whose
 * verdict it would change either way (ties by key).
 *
 * Computed incrementally: the scenario is solved once; each fact is then set on the
 * solved graph, only the commitments that read it (and those that depend on them)
 * are re-evaluated, and the change is undone before the next. Setting a fact only
 * adds information, so a commitment can only move from undetermined to active or
 * inactive (the three-valued verdict; the readings of coordination are left aside).
 *
 * @param dataset - A parsed dataset.
 * @param scenario - The facts known so far and the day, as for {@link evaluateScenario}.
 * @param options - The weakest stance counted, the facts to examine, and the type to rank by.
 * @returns One entry per unknown fact, most decisive first.
 * @throws {CoalitionError} `invalid_argument` as {@link evaluateScenario} does.
 * @example
 * ```ts
 * import { scenarioSensitivity } from "coalition/scenario";
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * const sensitivity = scenarioSensitivity(dataset, { facts: { "peace:agreement:UA": true } });
 * sensitivity.map((fact) => [fact.key, fact.impact]);
 * //=> [["inclusion:TR", 2], ["approval:CH.government", 1], ["request:*:CH", 1]]
 * sensitivity[0]?.ifTrue.activated;
 * //=> ["tr-peacekeepers"]
 * sensitivity[0]?.description;
 * //=> "Türkiye's inclusion in all consultations and preparations for the formation of the peacekeeping mission"
 * ```
 *
 * @category Scenarios
 */
export function scenarioSensitivity(
  dataset: Dataset,
  scenario: Scenario,
  options: ScenarioSensitivityOptions = {},
): readonly FactSensitivity[] {
  const { checked, selection, graph } = solve(dataset, scenario, options.minStance);
  graph.collectFacts();
  const { val } = graph;
  const factVal = graph.tables.facts;
  const { taxonomy, typeOf, status, rankOf } = selection;
  const commitments = dataset.commitments;
  const totals = computeTotals(selection, val, checked.minRank, true);
  const namer = createNamer(dataset, taxonomy);
  const base = checked.view;
  const readers = factReadersOf(graph);
  const reported = (i: number) => status[i] === IN_FORCE && rankOf[i]! >= checked.minRank;

  const keys = graph.facts.map(keyOfFact);
  const byKey = new Map(graph.facts.map((fact) => [keys[fact.slot]!, fact]));
  // For `request:*:<to>`: the requests by named actors to `to` that atoms read.
  const namedRequests = new Map<string, number[]>();
  for (const { atom, holder, slot } of graph.facts) {
    if (atom.kind !== "request" || atom.by === undefined) continue;
    const slots = namedRequests.get(holder);
    if (slots === undefined) namedRequests.set(holder, [slot]);
    else slots.push(slot);
  }
  const wanted = options.facts === undefined ? undefined : new Set(options.facts);
  const candidates = graph.facts.filter((fact) => factVal[fact.slot] === U && (wanted === undefined || wanted.has(keys[fact.slot]!)));

  const rankType = options.rankBy === undefined ? undefined : (taxonomy.index.get(options.rankBy) ?? -1);
  const counts = (i: number) => rankType === undefined || taxonomy.ancestors[typeOf[i]!]!.includes(rankType);

  const trail: number[] = [];
  const effect = (fact: FactNode, value: boolean): { effect: FactEffect; impact: number } => {
    const view = overlay(base, fact, keys[fact.slot]!, value);
    const changes: [number, number][] = [];
    for (const related of relatedFacts(byKey, keys, namedRequests, fact)) {
      const next = factValue(related.atom, related.holder, keys[related.slot]!, view);
      if (next !== U && factVal[related.slot] === U) changes.push([related.slot, next]);
    }
    trail.length = 0;
    extendKleene(graph, readers, changes, trail);
    const activated: number[] = [];
    const deactivated: number[] = [];
    for (const entry of trail) {
      if (entry >= commitments.length || !reported(entry)) continue;
      (val[entry] === T ? activated : deactivated).push(entry);
    }
    activated.sort((a, b) => a - b);
    deactivated.sort((a, b) => a - b);
    const change = totalsChange(selection, totals, activated, deactivated);
    undoKleene(graph, trail);
    let impact = 0;
    for (const list of [activated, deactivated]) for (const i of list) if (counts(i)) impact++;
    return {
      effect: {
        activated: activated.map((i) => commitments[i]!.id),
        deactivated: deactivated.map((i) => commitments[i]!.id),
        totals: change,
      },
      impact,
    };
  };

  const result: FactSensitivity[] = candidates.map((fact) => {
    const ifTrue = effect(fact, true);
    const ifFalse = effect(fact, false);
    return {
      key: keys[fact.slot]!,
      description: describeFact(namer, fact),
      ifTrue: ifTrue.effect,
      ifFalse: ifFalse.effect,
      impact: ifTrue.impact + ifFalse.impact,
    };
  });
  return result.sort((a, b) => b.impact - a.impact || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The scenario's facts with one more set. */
function overlay(base: FactView, fact: FactNode, factKey: string, value: boolean): FactView {
  const named = fact.atom.kind === "request" && fact.atom.by !== undefined && value;
  return {
    get: (key) => (key === factKey ? value : base.get(key)),
    anyNamedRequest: (to) => (named && to === fact.holder) || base.anyNamedRequest(to),
  };
}

/** The fact itself and those whose value it implies: the other form of peace, the other requests to the same actor. */
function relatedFacts(
  byKey: ReadonlyMap<string, FactNode>,
  keys: readonly string[],
  namedRequests: ReadonlyMap<string, readonly number[]>,
  fact: FactNode,
): FactNode[] {
  const related = [fact];
  const { atom, holder } = fact;
  const add = (key: string) => {
    const found = byKey.get(key);
    if (found !== undefined && found !== fact) related.push(found);
  };
  if (atom.kind === "peace") add(`peace:${atom.form === "agreement" ? "ceasefire" : "agreement"}:${atom.country}`);
  if (atom.kind === "request") {
    if (atom.by === undefined) for (const slot of namedRequests.get(holder) ?? []) add(keys[slot]!);
    else add(`request:*:${holder}`);
  }
  return related;
}

function describeFact(namer: Namer, fact: FactNode): string {
  const { atom, holder } = fact;
  if (atom.kind === "request") return `${namer.atom(atom, holder)} to ${namer.actor(holder)}`;
  if (atom.kind === "inclusion") return `${namer.possessive(atom.actor ?? holder)} inclusion in ${atom.in}`;
  return namer.atom(atom, "");
}
