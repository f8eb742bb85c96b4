// What a prepared dataset keeps between answers, out of the caller's sight: the base
// (see incremental.ts), the last answer's values and verdicts, to report what changed.
import { invalidArgument } from "../../internal/errors.js";
import type { Stance } from "../../model/stance.js";
import type { Dataset } from "../../model/types.js";
import type { Verdict } from "../types.js";
import { VERDICT } from "./explain.js";
import { incrementalBase, isReported, type IncrementalBase } from "./incremental.js";
import { checkScenario } from "./prepare.js";

/** A verdict with no reasons, as incremental answers give it. @internal */
export interface BareVerdict {
  readonly commitment: string;
  readonly actor: string;
  readonly type: string;
  readonly verdict: Verdict;
}

/** The value of a commitment that has no verdict in an answer (not in force, or below the weakest stance). @internal */
export const ABSENT = 3;

/** @internal */
export interface IncrementalState {
  readonly dataset: Dataset;
  readonly minStance: Stance | undefined;
  base: IncrementalBase;
  /** Per commitment: its value in the last answer (F, U, T or {@link ABSENT}). */
  readonly last: Uint8Array;
  /** The last answer's verdicts (never handed out: see verdictsReader), and per commitment its place in them (or -1). */
  verdicts: BareVerdict[];
  position: Int32Array;
  /** How many answers were made. */
  answers: number;
  /** Whether `last` is what the base holds with its layers set (false after a cold answer or a new day). */
  synced: boolean;
}

const STATES = new WeakMap<object, IncrementalState>();

/** Makes the state of a new prepared dataset, answering the day `asOf` with no fact set. @internal */
export function createState(handle: object, dataset: Dataset, asOf: string | undefined, minStance: Stance | undefined): void {
  const base = incrementalBase(dataset, asOf, checkScenario({}, minStance, dataset.assumptions).openWorld, minStance);
  const state: IncrementalState = {
    dataset,
    minStance,
    base,
    last: new Uint8Array(dataset.commitments.length).fill(ABSENT),
    verdicts: [],
    position: new Int32Array(dataset.commitments.length).fill(-1),
    answers: 0,
    synced: false,
  };
  STATES.set(handle, state);
  for (let i = 0; i < state.last.length; i++) if (isReported(base, i)) state.last[i] = base.graph.val[i]!;
  rebuildVerdicts(state, state.last);
  state.synced = true;
}

/**
 * The state of a prepared dataset.
 * @throws {CoalitionError} `invalid_argument` for an object that `prepareScenarios` did not make.
 * @internal
 */
export function stateOf(handle: object): IncrementalState {
  const state = STATES.get(handle);
  if (state === undefined) throw invalidArgument("prepared", "prepared is not a value made by prepareScenarios");
  return state;
}

/** A verdict object of commitment `i` with `value`, named as evaluateScenario names it. @internal */
export function bareVerdict(base: IncrementalBase, i: number, value: number): BareVerdict {
  const { ids, actorIds, actorOf, taxonomy, typeOf } = base.selection;
  return { commitment: ids[i]!, actor: actorIds[actorOf[i]!]!, type: taxonomy.ids[typeOf[i]!]!, verdict: VERDICT[value]! };
}

/** Makes the verdicts list again from `values` (per commitment), in dataset order. @internal */
export function rebuildVerdicts(state: IncrementalState, values: Uint8Array): void {
  state.position.fill(-1);
  state.verdicts = verdictsFrom(state.base, values, state.position);
}

/** The verdicts of `values` (per commitment) in dataset order; `position` (if given) takes each one's place. */
function verdictsFrom(base: IncrementalBase, values: Uint8Array, position?: Int32Array): BareVerdict[] {
  const verdicts: BareVerdict[] = [];
  for (let i = 0; i < values.length; i++) {
    if (values[i] === ABSENT) continue;
    if (position !== undefined) position[i] = verdicts.length;
    verdicts.push(bareVerdict(base, i, values[i]!));
  }
  return verdicts;
}

/**
 * The verdicts of the answer just made, read when the caller first asks. Copying a
 * list of 100,000 verdicts takes about 3 ms, as long as finding what one flipped fact
 * changes, so an answer copies its list only if read: then from the state's own list
 * if no later answer changed it, else made again from the answer's values (kept, one
 * byte per commitment). The caller's list is its own: changing it changes no answer.
 * @internal
 */
export function verdictsReader(state: IncrementalState): () => readonly BareVerdict[] {
  const answer = ++state.answers;
  const { base } = state;
  const values = state.last.slice();
  let verdicts: readonly BareVerdict[] | undefined;
  return () => (verdicts ??= answer === state.answers ? state.verdicts.slice() : verdictsFrom(base, values));
}
