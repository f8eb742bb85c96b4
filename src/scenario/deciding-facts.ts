import { checkArguments, SCENARIO } from "../internal/guards.js";
import { invalidArgument } from "../internal/errors.js";
import { capitalise, createNamer } from "../internal/names.js";
import { factCone, describeFact } from "./internal/deciding.js";
import { stateOf } from "./internal/incremental-state.js";
import { isReported } from "./internal/incremental.js";
import { F, T, U } from "./internal/program.js";
import { requestedByName, valueWith } from "./internal/try-facts.js";
import type { PreparedScenarios } from "./prepare-scenarios.js";
import { reevaluateScenario } from "./reevaluate-scenario.js";
import type { Scenario } from "./types.js";

/**
 * Options of {@link decidingFacts}.
 *
 * @category Scenarios
 */
export interface DecidingFactsOptions {
  /** The most facts in one set (default 3, at most 4). */
  readonly maxFacts?: number;
  /** The most sets given for each verdict (default 4). */
  readonly maxSets?: number;
  /** The most unknown facts tried (default 12, at most 16): the first the conditions read. */
  readonly maxCandidates?: number;
}

/**
 * A set of unknown facts whose values would decide a verdict.
 *
 * @category Scenarios
 */
export interface DecidingFacts {
  readonly verdict: "active" | "inactive";
  /** The facts and the values that decide it. */
  readonly facts: Readonly<Record<string, boolean>>;
  /** In words: "Active if a request to Switzerland and the approval of Switzerland's government." */
  readonly sentence: string;
}

/**
 * What would decide an undetermined verdict: the smallest sets of facts, unknown in the
 * scenario, whose values alone would make it active, and those that would make it
 * inactive. A set is listed when setting its facts (and nothing else) decides the
 * verdict and no part of it, with the same values, does: smallest sets first, then in
 * the order the conditions read the facts.
 *
 * Bounds: sets of at most `maxFacts` facts (default 3), `maxSets` sets per verdict
 * (default 4), among the first `maxCandidates` unknown facts (default 12) that the
 * offer's conditions read, or those of the offers it may wait on. The search answers
 * the scenario with {@link reevaluateScenario}, then tries each assignment of each set on
 * that answer, setting its facts and taking them back: at most 2,048 tries with the
 * defaults, each costing what its facts change (about 1 s for one verdict at 100,000
 * commitments; a scenario with a `commitment:` key, answered cold, answers each try as a
 * whole scenario instead). Facts that contradict each other or the scenario are skipped.
 * A verdict that is not undetermined gives no set.
 *
 * @param prepared - A dataset from {@link prepareScenarios}; it answers the scenario last.
 * @param scenario - The facts set and the day.
 * @param commitment - The id of a commitment in force on that day.
 * @param options - The bounds of the search.
 * @returns The sets deciding it active, then those deciding it inactive.
 * @throws {CoalitionError} `invalid_argument` where `reevaluateScenario` throws, and for
 *   a commitment with no verdict on that day.
 * @example
 * ```ts
 * import { decidingFacts, prepareScenarios } from "coalition/scenario";
 * import { seedDataset } from "coalition/fixtures";
 * const prepared = prepareScenarios(seedDataset());
 * decidingFacts(prepared, { facts: { "peace:agreement:UA": true } }, "ch-peacekeepers").map((set) => set.sentence);
 * //=> ["Active if a request to Switzerland and the approval of Switzerland's government.", "Inactive if not a request to Switzerland.", "Inactive if not the approval of Switzerland's government."]
 * ```
 *
 * @category Scenarios
 */
export function decidingFacts(prepared: PreparedScenarios, scenario: Scenario, commitment: string, options: DecidingFactsOptions = {}): readonly DecidingFacts[] {
  checkArguments({ prepared: [prepared, "object"], scenario: [scenario, SCENARIO], commitment: [commitment, "string"], options: [options, { fields: { maxFacts: "number", maxSets: "number", maxCandidates: "number" } }] });
  const maxFacts = Math.min(options.maxFacts ?? 3, 4);
  const maxSets = options.maxSets ?? 4;
  const first = reevaluateScenario(prepared, scenario);
  const state = stateOf(prepared);
  const { base, dataset } = state;
  const i = base.selection.ids.indexOf(commitment);
  if (i < 0 || !isReported(base, i)) throw invalidArgument("commitment", `commitment ${JSON.stringify(commitment)} has no verdict as of ${first.asOf ?? "the latest day"}`);
  if (state.last[i] !== U) return [];
  const given = scenario.facts ?? {};
  const candidates = factCone(base, i)
    .filter((key) => given[key] === undefined)
    .slice(0, Math.min(options.maxCandidates ?? 12, 16));
  // Tried on the base as it answers the scenario, unless that was answered cold.
  const requested = first.mode === "incremental" ? requestedByName(base) : undefined;
  const found: { verdict: "active" | "inactive"; facts: Record<string, boolean> }[] = [];
  const count = { active: 0, inactive: 0 };
  for (let size = 1; size <= Math.min(maxFacts, candidates.length); size++) {
    for (const keys of combinations(candidates, size)) {
      for (let mask = 0; mask < 1 << size; mask++) {
        const facts: Record<string, boolean> = {};
        keys.forEach((key, bit) => (facts[key] = (mask & (1 << bit)) !== 0));
        const verdict = requested !== undefined ? verdictOf(valueWith(base, dataset, facts, i, requested)) : tried(prepared, scenario, facts, i);
        if (verdict === undefined || count[verdict] >= maxSets || found.some((set) => set.verdict === verdict && within(set.facts, facts))) continue;
        found.push({ verdict, facts });
        count[verdict]++;
      }
    }
  }
  // A cold answer (a `commitment:` key) tried each set as a whole scenario: back to this one.
  if (first.mode === "cold") reevaluateScenario(prepared, scenario);
  const namer = createNamer(dataset, base.selection.taxonomy);
  const sets = found.map(({ verdict, facts }) => {
    const parts = Object.keys(facts).map((key) => `${facts[key] ? "" : "not "}${describeFact(namer, base.byKey.get(key)!)}`);
    return { verdict, facts, sentence: `${capitalise(verdict)} if ${parts.join(" and ")}.` };
  });
  return [...sets.filter((set) => set.verdict === "active"), ...sets.filter((set) => set.verdict === "inactive")];
}

/**
 * The verdict of commitment `i` with `facts` set too, answered as a whole scenario (the
 * way for a scenario answered cold), if decided; undefined if undetermined or if the
 * facts contradict the scenario. Read off the state's values, not the answer's verdict
 * list, which would be copied whole for one verdict.
 */
function tried(prepared: PreparedScenarios, scenario: Scenario, facts: Record<string, boolean>, i: number): "active" | "inactive" | undefined {
  try {
    reevaluateScenario(prepared, { ...scenario, facts: { ...scenario.facts, ...facts } });
  } catch {
    return undefined;
  }
  return verdictOf(stateOf(prepared).last[i]);
}

/** A decided value as a verdict; undefined for unknown, or for no value (facts that contradict). */
const verdictOf = (value: number | undefined): "active" | "inactive" | undefined => (value === T ? "active" : value === F ? "inactive" : undefined);

/** Whether every fact of `part` is in `whole` with the same value. */
function within(part: Readonly<Record<string, boolean>>, whole: Readonly<Record<string, boolean>>): boolean {
  return Object.keys(part).every((key) => whole[key] === part[key]);
}

/** The subsets of `items` of `size` items, in order. */
function* combinations(items: readonly string[], size: number, from = 0): Generator<string[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let k = from; k <= items.length - size; k++) for (const rest of combinations(items, size - 1, k + 1)) yield [items[k]!, ...rest];
}
