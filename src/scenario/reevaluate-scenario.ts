import { checkArguments, SCENARIO } from "../internal/guards.js";
import { evaluateScenario } from "./evaluate-scenario.js";
import { liveTotalsList } from "./internal/incremental-totals.js";
import { quickChanges, rememberFacts, wholeChanges, type ChangedFacts } from "./internal/incremental-facts.js";
import { ABSENT, bareVerdict, rebuildVerdicts, stateOf, verdictsReader, type IncrementalState } from "./internal/incremental-state.js";
import { applySlots, changedSlots, incrementalBase, isReported } from "./internal/incremental.js";
import { VERDICT } from "./internal/explain.js";
import { checkScenario } from "./internal/prepare.js";
import { F, T, U } from "./internal/program.js";
import type { PreparedScenarios } from "./prepare-scenarios.js";
import type { Scenario, ScenarioTotal, Verdict, VerdictChange } from "./types.js";

/**
 * A verdict of {@link reevaluateScenario}: the three-valued verdict alone, without the
 * readings of coordination or the reasons, which `evaluateScenario` gives.
 *
 * @category Scenarios
 */
export interface ReevaluatedVerdict {
  readonly commitment: string;
  readonly actor: string;
  readonly type: string;
  readonly verdict: Verdict;
}

/**
 * What {@link reevaluateScenario} answers.
 *
 * @category Scenarios
 */
export interface ScenarioUpdate {
  /** The day (`YYYY-MM-DD`), or undefined for the latest on record. */
  readonly asOf: string | undefined;
  /**
   * One verdict per commitment in force at or above the weakest stance, in dataset order,
   * as `evaluateScenario` lists them. Made when first read (a copy of the list: reading
   * only `changed` costs nothing for it), and the caller's own.
   */
  readonly verdicts: readonly ReevaluatedVerdict[];
  /**
   * The verdicts that differ from the previous answer, in dataset order (for the first
   * answer: from the prepared day with no fact set); `"absent"` where a commitment has
   * no verdict on one of the two days.
   */
  readonly changed: readonly VerdictChange[];
  /** The totals per contribution type, as `evaluateScenario` gives them. */
  readonly totals: readonly ScenarioTotal[];
  /**
   * How it was answered: `"incremental"`, or `"cold"` (a whole evaluation) when the
   * scenario holds a `commitment:` key, which speaks for actors rather than setting a fact.
   */
  readonly mode: "incremental" | "cold";
  /** How many offers' values were taken back or decided again (on a cold answer, every verdict). */
  readonly reevaluated: number;
}

/**
 * Answers a scenario on a prepared dataset by re-evaluating only what depends on the
 * facts that changed since the previous answer: the same verdicts and totals as
 * `evaluateScenario` with `explain: false` (the property tests hold it to that), and
 * the verdicts that changed.
 *
 * The facts of each answer are set on the day's scenario with no fact set, as a layer:
 * the next answer keeps the layers whose facts it still holds and takes back the rest,
 * so one more fact costs its consequences only, and changing the last fact set costs
 * that fact's. Changing an earlier fact takes back the later layers too and sets them
 * again, once: that fact is last from then on, so a reader who tries one fact, then
 * another, then the first again pays each time for that fact's consequences. A new day,
 * or another reading of unrecorded commitments, prepares that day (a cold cost); a
 * scenario with a `commitment:` key is answered by a cold evaluation. The scenario is
 * read against the previous one, and only the keys set otherwise are checked (the whole
 * of it when a change may contradict another key).
 *
 * @param prepared - A dataset from {@link prepareScenarios}.
 * @param scenario - The facts set and the day, as for `evaluateScenario`.
 * @returns The verdicts, what changed since the previous answer, and the totals.
 * @throws {CoalitionError} `invalid_argument` where `evaluateScenario` throws (a bad
 *   date, a non-boolean fact, facts that contradict each other, an unknown key), and
 *   for a `prepared` that {@link prepareScenarios} did not make.
 * @example
 * ```ts
 * import { prepareScenarios, reevaluateScenario } from "coalition/scenario";
 * import { seedDataset } from "coalition/fixtures";
 * const prepared = prepareScenarios(seedDataset());
 * reevaluateScenario(prepared, { facts: { "peace:agreement:UA": true } }).mode;
 * //=> "incremental"
 * const update = reevaluateScenario(prepared, { facts: { "peace:agreement:UA": true, "request:*:CH": true, "approval:CH.government": true } });
 * update.changed.map((change) => `${change.commitment}: ${change.before} -> ${change.after}`);
 * //=> ["ch-peacekeepers: undetermined -> active"]
 * ```
 *
 * @category Scenarios
 */
export function reevaluateScenario(prepared: PreparedScenarios, scenario: Scenario): ScenarioUpdate {
  checkArguments({ prepared: [prepared, "object"], scenario: [scenario, SCENARIO] });
  const state = stateOf(prepared);
  const facts = quickChanges(state.base.last, scenario) ?? checkedChanges(state, scenario);
  if (facts === undefined) return coldUpdate(state, scenario);
  const changes = changedSlots(state.base, state.dataset, scenario, facts);
  rememberFacts(state.base.last, scenario, facts);
  const touched = applySlots(state.base, changes);
  const { base } = state;
  const { val } = base.graph;
  const candidates = state.synced ? uniqueSorted(touched) : Array.from(state.last, (_, i) => i);
  const moved = movedValues(state, candidates, (i) => (isReported(base, i) ? val[i]! : ABSENT));
  if (state.synced) for (const { i, after } of moved) state.verdicts[state.position[i]!] = bareVerdict(base, i, after);
  else rebuildVerdicts(state, state.last);
  const reevaluated = state.synced ? touched.length : state.verdicts.length;
  state.synced = true;
  return answer(state, { asOf: base.asOf, changed: changesOf(state, moved), totals: liveTotalsList(base.totals), mode: "incremental", reevaluated });
}

/**
 * The changes of a scenario checked whole, as evaluateScenario checks it; another day
 * or reading of unrecorded commitments than the base's prepares that one first (a cold
 * cost). Undefined for a scenario with a `commitment:` key, answered cold.
 */
function checkedChanges(state: IncrementalState, scenario: Scenario): ChangedFacts | undefined {
  const checked = checkScenario(scenario, state.minStance, state.dataset.assumptions);
  if (checked.asOf !== state.base.asOf || checked.openWorld !== state.base.openWorld) {
    state.base = incrementalBase(state.dataset, checked.asOf, checked.openWorld, state.minStance);
    state.synced = false;
  }
  return checked.hasOverrides ? undefined : wholeChanges(state.base.last, checked, scenario.allowUnknownFacts === true);
}

/** The update, its verdicts read when first asked (see verdictsReader). */
function answer(state: IncrementalState, update: Omit<ScenarioUpdate, "verdicts">): ScenarioUpdate {
  const read = verdictsReader(state);
  return {
    asOf: update.asOf,
    get verdicts() {
      return read();
    },
    changed: update.changed,
    totals: update.totals,
    mode: update.mode,
    reevaluated: update.reevaluated,
  };
}

/** A scenario answered by a whole evaluation, its verdicts compared with the last answer's. */
function coldUpdate(state: IncrementalState, scenario: Scenario): ScenarioUpdate {
  const settings = state.minStance === undefined ? { explain: false } : { explain: false, minStance: state.minStance };
  const evaluation = evaluateScenario(state.dataset, scenario, settings);
  const values = new Uint8Array(state.last.length).fill(ABSENT);
  // The same day as the base: the same offers are reported, in dataset order.
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    if (!isReported(state.base, i)) continue;
    const verdict = evaluation.verdicts[k++]!.verdict;
    values[i] = verdict === "active" ? T : verdict === "inactive" ? F : U;
  }
  const moved = movedValues(state, Array.from(values, (_, i) => i), (i) => values[i]!);
  rebuildVerdicts(state, state.last);
  state.synced = false;
  return answer(state, { asOf: evaluation.asOf, changed: changesOf(state, moved), totals: evaluation.totals, mode: "cold", reevaluated: evaluation.verdicts.length });
}

interface Moved {
  readonly i: number;
  readonly before: number;
  readonly after: number;
}

/** The candidates (in dataset order) whose value differs from the last answer's; `last` takes the new values. */
function movedValues(state: IncrementalState, candidates: readonly number[], value: (i: number) => number): Moved[] {
  const moved: Moved[] = [];
  for (const i of candidates) {
    const after = value(i);
    const before = state.last[i]!;
    if (after === before) continue;
    moved.push({ i, before, after });
    state.last[i] = after;
  }
  return moved;
}

function changesOf(state: IncrementalState, moved: readonly Moved[]): VerdictChange[] {
  const name = (value: number) => (value === ABSENT ? "absent" : VERDICT[value]!);
  return moved.map(({ i, before, after }) => {
    const commitment = state.dataset.commitments[i]!;
    return { commitment: commitment.id, actor: commitment.actor, type: commitment.type, before: name(before), after: name(after) };
  });
}

/** The indices once each, in dataset order. */
function uniqueSorted(indices: number[]): number[] {
  indices.sort((a, b) => a - b);
  let kept = 0;
  for (let k = 0; k < indices.length; k++) if (k === 0 || indices[k] !== indices[k - 1]) indices[kept++] = indices[k]!;
  indices.length = kept;
  return indices;
}
