import type { Stance } from "../model/stance.js";
import type { Dataset } from "../model/types.js";
import { baseView, factByKeyOf, factValue, T, U, workspaceOf, type FactNode, type FactView } from "./internal/graph.js";
import { createNamer, type Namer } from "./internal/names.js";
import { extendKleene, undoKleene } from "./internal/propagate.js";
import { solve } from "./internal/solve.js";
import { computeTotals, totalsChange } from "./internal/totals.js";
import type { FactEffect, FactSensitivity, Scenario } from "./types.js";

/** Options of {@link scenarioSensitivity}. */
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
 * @returns One entry per unknown fact, most decisive first.
 * @throws {CoalitionError} `invalid_argument` as {@link evaluateScenario} does.
 * @example
 * ```ts
 * import { scenarioSensitivity } from "coalition";
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
 */
export function scenarioSensitivity(
  dataset: Dataset,
  scenario: Scenario,
  options: ScenarioSensitivityOptions = {},
): readonly FactSensitivity[] {
  const { prepared, graph, kleene } = solve(dataset, scenario, options.minStance);
  const val = kleene.offerVal;
  const { offers, visible, taxonomy, offerType, facts } = prepared;
  const totals = computeTotals(prepared, val, workspaceOf(graph));
  const namer = createNamer(dataset, taxonomy);
  const base = baseView(facts);

  const wanted = options.facts === undefined ? undefined : new Set(options.facts);
  const candidates = graph.facts.filter((fact) => kleene.factVal[fact.slot] === U && (wanted === undefined || wanted.has(fact.key)));

  let counts: Uint8Array | undefined;
  if (options.rankBy !== undefined) {
    counts = new Uint8Array(offers.length);
    const t = taxonomy.index.get(options.rankBy);
    if (t !== undefined) for (let i = 0; i < offers.length; i++) if (taxonomy.ancestors[offerType[i]!]!.includes(t)) counts[i] = 1;
  }

  const trail: number[] = [];
  const effect = (fact: FactNode, value: boolean): { effect: FactEffect; impact: number } => {
    const view = overlay(base, fact, value);
    const changes: [number, number][] = [];
    for (const related of relatedFacts(factByKeyOf(graph), graph.namedRequests, fact)) {
      const next = factValue(related.atom, related.holder, related.key, view);
      if (next !== U && kleene.factVal[related.slot] === U) changes.push([related.slot, next]);
    }
    trail.length = 0;
    extendKleene(graph, kleene, changes, trail);
    const activated: number[] = [];
    const deactivated: number[] = [];
    for (const entry of trail) {
      if (entry >= graph.nOffers || visible[entry] !== 1) continue;
      (val[entry] === T ? activated : deactivated).push(entry);
    }
    activated.sort((a, b) => a - b);
    deactivated.sort((a, b) => a - b);
    const change = totalsChange(prepared, totals, activated, deactivated);
    undoKleene(graph, kleene, trail);
    let impact = 0;
    for (const list of [activated, deactivated]) for (const i of list) if (counts === undefined || counts[i] === 1) impact++;
    return {
      effect: {
        activated: activated.map((i) => offers[i]!.id),
        deactivated: deactivated.map((i) => offers[i]!.id),
        totals: change,
      },
      impact,
    };
  };

  const result: FactSensitivity[] = candidates.map((fact) => {
    const ifTrue = effect(fact, true);
    const ifFalse = effect(fact, false);
    return {
      key: fact.key,
      description: describeFact(namer, fact),
      ifTrue: ifTrue.effect,
      ifFalse: ifFalse.effect,
      impact: ifTrue.impact + ifFalse.impact,
    };
  });
  return result.sort((a, b) => b.impact - a.impact || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The scenario's facts with one more set. */
function overlay(base: FactView, fact: FactNode, value: boolean): FactView {
  const named = fact.atom.kind === "request" && fact.atom.by !== undefined && value;
  return {
    get: (key) => (key === fact.key ? value : base.get(key)),
    anyNamedRequest: (to) => (named && to === fact.holder) || base.anyNamedRequest(to),
  };
}

/** The fact itself and those whose value it implies: the other form of peace, the other requests to the same actor. */
function relatedFacts(
  byKey: ReadonlyMap<string, FactNode>,
  namedRequests: ReadonlyMap<string, readonly string[]>,
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
    if (atom.by === undefined) for (const key of namedRequests.get(holder) ?? []) add(key);
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
