import type { Stance } from "../model/stance.js";
import type { Dataset } from "../model/types.js";
import { decidedByOf, explainGroup, explainInput, explainOffer, VERDICT, type ExplainInput } from "./internal/explain.js";
import type { Graph } from "./internal/graph.js";
import { coordinationGroups } from "./internal/groups.js";
import { otherVerdicts } from "./internal/other-verdicts.js";
import { U } from "./internal/program.js";
import { solveReadings, type Readings } from "./internal/readings.js";
import { IN_FORCE } from "./internal/select-offers.js";
import { solve, type Solved } from "./internal/solve.js";
import { computeTotals, totalsList } from "./internal/totals.js";
import type { CommitmentVerdict, CoordinationGroup, DecisiveAtom, ExcludedCommitment, Scenario, ScenarioEvaluation } from "./types.js";
import { checkArguments, SCENARIO } from "../internal/guards.js";

// Shared by every verdict when explanations are off: one array, not one per verdict.
const NO_ATOMS: readonly DecisiveAtom[] = [];

/**
 * Options of {@link evaluateScenario}.
 *
 * @category Scenarios
 */
export interface EvaluateScenarioOptions {
  /**
   * The weakest stance reported and counted: `"open"` (the default), `"ready"` or
   * `"committed"`. Every offer in force still takes part in resolving other actors'
   * conditions; stances below `open` are not offers and are never active.
   */
  readonly minStance?: Stance;
  /** Whether to give each verdict its decisive atoms and sentence (default true). */
  readonly explain?: boolean;
  /**
   * Which verdict the totals count: the three-valued `"verdict"` (default), or the
   * `"cautious"` or `"coordinated"` reading of mutual dependencies.
   */
  readonly reading?: "verdict" | "cautious" | "coordinated";
}

/**
 * Evaluates every commitment in force under a scenario, in three-valued (Kleene)
 * logic: a commitment is active when its condition holds, inactive when it fails, and
 * undetermined when unknown facts leave it open. Unknown is never guessed.
 *
 * - Which commitments: those standing as of `scenario.asOf` by the one rule of
 *   supersession every query follows (by actor, its voices kept: a later statement of
 *   the same institution, or of the whole actor, replaces an earlier one; of two on one
 *   day, the greater id wins; a month counts as of its last day and an "unknown" date
 *   as of its earliest source; a recorded withdrawal takes it out), with stance `open`
 *   or above.
 * - A commitment offered to a coalition must also satisfy the coalition's condition.
 * - An atom about another actor's commitment is true when one of that actor's offers
 *   of that type (or a subtype), at the stance asked, at the location asked if any (or
 *   a place under it), is active; false when that actor's records decide otherwise
 *   (all inactive, too weak, refused). When the actor has no statement in force on that
 *   type there, it is unknown (the open world; `scenario.unrecordedCommitments` or the
 *   dataset's `assumptions` can read it false), and the explanation says which reading
 *   decided. A threshold counts the
 *   distinct other actors (among the coalition's participants as of the day, if
 *   named) with such an active offer: true when enough are active, false when too
 *   few are even possible.
 * - Such dependencies are solved together, as one propagation over a graph of all
 *   conditions, linear in commitments plus dependency edges and without recursion.
 *   What the facts leave open because commitments wait on each other (through atoms
 *   that can still move their verdicts) is reported as coordination groups, and each
 *   verdict carries both readings: `cautious` (no one
 *   moves first: the least fixed point) and `coordinated` (all move together: the
 *   greatest). With a `not` over another commitment the readings are bounds: a
 *   `not` reads the other reading (cautious reads "all move together" under it), so
 *   cautious is the least any offer could be, coordinated the most, and cautious is
 *   never more active than coordinated.
 * - Each verdict says which atoms decided it (for a false `all`, its first false
 *   part; for a true one, all parts; when undetermined, the unknown parts), and says
 *   it in a sentence. A false coalition-wide condition is named before the
 *   commitment's own. Sentences cost more than the evaluation itself on large
 *   datasets: pass `explain: false` when only verdicts and totals are needed.
 * - Nothing is kept from one call to the next (no hidden cache, nothing to prepare):
 *   each call selects, compiles and solves in time linear in commitments plus
 *   dependency edges, and most offers are decided as they are compiled.
 *
 * @param dataset - A parsed dataset.
 * @param scenario - The facts set (see {@link factKey}) and the day.
 * @param options - The weakest stance reported, whether to explain, and which reading the totals count.
 * @returns Verdicts in dataset order, coordination groups, totals per contribution
 *   type, and the commitments left out with their reason.
 * @throws {CoalitionError} `invalid_argument` for a bad `asOf`, a non-boolean fact, a
 *   `minStance` below `open`, or a scenario that contradicts itself (a peace agreement
 *   without a ceasefire).
 * @example
 * ```ts
 * import { evaluateScenario } from "coalition/scenario";
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * const evaluation = evaluateScenario(dataset, { facts: { "peace:agreement:UA": true } });
 * evaluation.verdicts.filter((verdict) => verdict.verdict === "undetermined").map((verdict) => verdict.commitment);
 * //=> ["ch-peacekeepers", "tr-peacekeepers"]
 * evaluation.verdicts.find((verdict) => verdict.commitment === "ch-peacekeepers")?.explanation;
 * //=> "Switzerland's offer of peacekeepers and ceasefire monitors in Ukraine is undetermined: it needs a request and the government's approval, both unknown."
 * evaluation.totals.find((total) => total.type === "ground-troops")?.active.actors;
 * //=> 3
 * ```
 *
 * @category Scenarios
 */
export function evaluateScenario(
  dataset: Dataset,
  scenario: Scenario,
  options: EvaluateScenarioOptions = {},
): ScenarioEvaluation {
  checkArguments({ dataset: [dataset, "dataset"], scenario: [scenario, SCENARIO], options: [options, { fields: { minStance: "stance", explain: "boolean", reading: "string" } }] });
  const { checked, selection, graph } = solve(dataset, scenario, options.minStance);
  const readings = solveReadings(graph);
  const grouped = coordinationGroups(graph);
  const { groupOf, groups } = grouped;
  const input = (options.explain ?? true) ? explainInput(graph, readings, grouped) : undefined;

  const { verdicts, belowMin } = verdictsOf(selection, graph, readings, groupOf, input, checked.minRank);
  const { ids, actorIds, actorOf } = selection;
  const coordination: CoordinationGroup[] = groups.map((members) => ({
    commitments: members.map((m) => ids[m]!),
    actors: [...new Set(members.map((m) => actorIds[actorOf[m]!]!))],
    explanation: input === undefined ? "" : explainGroup(input, members),
  }));
  const counted = countedValues(graph, readings, options.reading ?? "verdict");
  return {
    asOf: selection.asOf,
    verdicts,
    groups: coordination,
    totals: totalsList(selection, computeTotals(selection, counted, checked.minRank, false)),
    excluded: belowMin === undefined ? selection.excluded : [...selection.excluded, ...belowMin],
    ...otherVerdicts(graph, readings, input),
  };
}

/** The verdict of each offer in force at or above `minRank`, in dataset order, and the offers in force below it. */
function verdictsOf(
  selection: Solved["selection"],
  graph: Graph,
  readings: Readings,
  groupOf: ArrayLike<number>,
  input: ExplainInput | undefined,
  minRank: number,
): { verdicts: CommitmentVerdict[]; belowMin: ExcludedCommitment[] | undefined } {
  const { status, rankOf, ids, actorIds, actorOf, typeOf, taxonomy } = selection;
  const { val, retainedOffer } = graph;
  const { lo, hi } = readings;
  const sharedValues = new Int8Array(graph.coalitionPrograms.length).fill(-1);
  const verdicts: CommitmentVerdict[] = [];
  let belowMin: ExcludedCommitment[] | undefined;
  // Retained offers are in dataset order: `r` follows `i`.
  let r = 0;
  for (let i = 0; i < status.length; i++) {
    if (status[i] !== IN_FORCE) continue;
    const retained = r < graph.nRetained && retainedOffer[r] === i ? r++ : -1;
    if (rankOf[i]! < minRank) {
      (belowMin ??= []).push({ commitment: ids[i]!, reason: "below-min-stance" });
      continue;
    }
    const value = val[i]!;
    const verdict = VERDICT[value]!;
    const reasons = input === undefined ? undefined : explainOffer(input, i);
    verdicts.push({
      commitment: ids[i]!,
      actor: actorIds[actorOf[i]!]!,
      type: taxonomy.ids[typeOf[i]!]!,
      verdict,
      cautious: value === U ? VERDICT[lo[retained]!]! : verdict,
      coordinated: value === U ? VERDICT[hi[retained]!]! : verdict,
      group: retained >= 0 ? groupOf[retained]! : -1,
      decidedBy: reasons?.decidedBy ?? decidedByOf(graph, i, retained, sharedValues),
      atoms: reasons?.atoms ?? NO_ATOMS,
      explanation: reasons?.explanation ?? "",
    });
  }
  return { verdicts, belowMin };
}

/** The value of each commitment the totals count: the verdict, or the cautious or coordinated reading for the retained offers. */
function countedValues(graph: Graph, readings: Readings, reading: "verdict" | "cautious" | "coordinated"): Uint8Array {
  if (reading === "verdict") return graph.val;
  const counted = graph.val.slice();
  const chosen = reading === "cautious" ? readings.lo : readings.hi;
  for (let k = 0; k < graph.nRetained; k++) counted[graph.retainedOffer[k]!] = chosen[k]!;
  return counted;
}
