// Checking the scenario: takes the scenario and the weakest stance asked for; gives
// them checked, with the scenario's facts sorted by kind for the linkers (requests,
// inclusions, `commitment:` keys) and the reading of unrecorded commitments, or throws for a bad date, a non-boolean fact or a
// scenario that contradicts itself.
import { invalidArgument, notADay, shown } from "../../internal/errors.js";
import { dateEnd } from "../../model/partial-date.js";
import { stanceRank } from "../../model/stance-rank.js";
import type { Stance } from "../../model/stance.js";
import type { DatasetAssumptions } from "../../model/types.js";
import type { Scenario } from "../types.js";
import { namedRequestTargets, quoteKey, scenarioView, type FactView } from "./facts.js";

/** The scenario, checked. @internal */
export interface CheckedScenario {
  readonly asOf: string | undefined;
  /** Its facts, and the keys set (to true or false, not undefined) of those about one actor each. */
  readonly given: Readonly<Record<string, boolean>>;
  /** The keys of `given` set to true or false, in its order (reading an object's keys again costs as much as this whole check). */
  readonly keys: readonly string[];
  /** `request:*:<to>` keys. */
  readonly anyRequests: readonly string[];
  /** `request:<by>:<to>` keys, `by` named. */
  readonly namedRequests: readonly string[];
  /** `inclusion:<actor>` keys. */
  readonly inclusions: readonly string[];
  /** Its `commitment:` keys, which speak for actors. */
  readonly overrides: ReadonlyMap<string, boolean>;
  readonly hasOverrides: boolean;
  /** Its facts by key. */
  readonly view: FactView;
  readonly minRank: number;
  /** Whether an atom on a commitment that nothing on record answers is unknown (the open world) rather than false. */
  readonly openWorld: boolean;
}

const OPEN_RANK = stanceRank("open");

/**
 * Checks the scenario and options.
 *
 * @throws {CoalitionError} `invalid_argument` for a bad date, a non-boolean fact, a
 *   `minStance` below `open`, or a scenario that contradicts itself.
 * @internal
 */
export function checkScenario(scenario: Scenario, minStance: Stance = "open", assumptions?: DatasetAssumptions): CheckedScenario {
  const minRank = stanceRank(minStance);
  const openWorld = readingOf(scenario, assumptions);
  if (!(minRank >= OPEN_RANK)) {
    throw invalidArgument("minStance", `minStance ${JSON.stringify(minStance)} is below "open": such stances are not offers`);
  }
  let asOf: string | undefined;
  if (scenario.asOf !== undefined) {
    asOf = dateEnd(scenario.asOf);
    if (asOf === undefined) throw notADay("asOf", scenario.asOf, false);
  }
  // One read of each fact, to check it; the scenario's object then serves lookups.
  const given = scenario.facts ?? {};
  const overrides = new Map<string, boolean>();
  // Keys that may contradict another (an agreement set true, no request at all), in order.
  const suspects: string[] = [];
  const anyRequests: string[] = [];
  const namedRequests: string[] = [];
  const inclusions: string[] = [];
  const keys: string[] = [];
  for (const key of Object.keys(given)) {
    const value: unknown = given[key];
    if (value === undefined) continue;
    keys.push(key);
    if (typeof value !== "boolean") {
      throw invalidArgument("facts", `fact ${quoteKey(key)} must be true or false, not ${shown(value)}`);
    }
    if (key.startsWith("request:")) {
      if (!key.startsWith("request:*:")) namedRequests.push(key);
      else {
        anyRequests.push(key);
        if (!value) suspects.push(key);
      }
    } else if (key.startsWith("inclusion:")) inclusions.push(key);
    else if (key.startsWith("commitment:")) overrides.set(key, value);
    else if (value && key.startsWith("peace:agreement:")) suspects.push(key);
  }
  // A peace agreement without a ceasefire, or no request at all but one by a named actor.
  if (suspects.length > 0) throwContradiction(suspects, given, namedRequests);
  const view = scenarioView(given, namedRequests);
  return { asOf, given, keys, anyRequests, namedRequests, inclusions, overrides, hasOverrides: overrides.size > 0, view, minRank, openWorld };
}

/**
 * Whether commitments nothing records read unknown: the scenario's
 * `unrecordedCommitments`, else the dataset's assumption, else the open world.
 */
function readingOf(scenario: Scenario, assumptions: DatasetAssumptions | undefined): boolean {
  const reading: unknown = scenario.unrecordedCommitments ?? assumptions?.unrecordedCommitments ?? "unknown";
  if (reading !== "unknown" && reading !== "false") {
    throw invalidArgument("unrecordedCommitments", `unrecordedCommitments ${JSON.stringify(reading)} must be "unknown" or "false"`);
  }
  return reading === "unknown";
}

/** Throws for the first of `suspects` (keys in the scenario's order) that contradicts another key, if any. */
function throwContradiction(suspects: readonly string[], given: Readonly<Record<string, boolean>>, namedRequests: readonly string[]): void {
  let named: Set<string> | undefined;
  for (const key of suspects) {
    if (given[key] && key.startsWith("peace:agreement:") && Object.hasOwn(given, `peace:ceasefire:${key.slice(16)}`) && given[`peace:ceasefire:${key.slice(16)}`] === false) {
      throw invalidArgument("facts", `the scenario holds ${key} true but its ceasefire false: a peace agreement in force implies a ceasefire`);
    }
    if (!given[key] && key.startsWith("request:*:") && (named ??= namedRequestTargets(namedRequests, given)).has(key.slice(10))) {
      throw invalidArgument(
        "facts",
        `the scenario holds a request by a named actor to ${key.slice(10)} true but ${key} false: a request by a named actor is a request`,
      );
    }
  }
}
