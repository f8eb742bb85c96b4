import { CoalitionError } from "../../errors/coalition-error.js";
import { dateEnd } from "../../model/partial-date.js";
import { stanceRank } from "../../model/stance-rank.js";
import type { Stance } from "../../model/stance.js";
import type { Commitment, Dataset } from "../../model/types.js";
import type { ExcludedCommitment, Scenario } from "../types.js";
import { namedRequestTargets } from "./graph.js";
import { selectOffers } from "./select-offers.js";
import { buildTaxonomy, type Taxonomy } from "./taxonomy.js";

/** What a dataset holds as of a day, independent of the facts: cached per dataset. @internal */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly asOf: string | undefined;
  /** Every commitment in force with stance `open` or above: what the evaluation runs on. */
  readonly offers: readonly Commitment[];
  /** Per offer: the taxonomy index of its type. */
  readonly offerType: Int32Array;
  /** Commitments not in force, or not offers. */
  readonly excluded: readonly ExcludedCommitment[];
  readonly taxonomy: Taxonomy;
}

/** A dataset index with a scenario's facts and the options. @internal */
export interface Prepared extends DatasetIndex {
  readonly facts: ReadonlyMap<string, boolean>;
  /** Whether any `commitment:` key is set, so overrides need looking up at all. */
  readonly hasOverrides: boolean;
  /** Per offer: whether it is at or above `minStance`, so reported. */
  readonly visible: Uint8Array;
}

/** The scenario, checked. @internal */
export interface CheckedScenario {
  readonly asOf: string | undefined;
  readonly facts: ReadonlyMap<string, boolean>;
  readonly hasOverrides: boolean;
  readonly minRank: number;
}

const OPEN_RANK = stanceRank("open");

/**
 * Checks the scenario and options.
 *
 * @throws {CoalitionError} `invalid_argument` for a bad date, a non-boolean fact, a
 *   `minStance` below `open`, or a scenario that contradicts itself.
 * @internal
 */
export function checkScenario(scenario: Scenario, minStance: Stance = "open"): CheckedScenario {
  const minRank = stanceRank(minStance);
  if (!(minRank >= OPEN_RANK)) {
    throw new CoalitionError("invalid_argument", `minStance ${JSON.stringify(minStance)} is below "open": such stances are not offers`);
  }
  let asOf: string | undefined;
  if (scenario.asOf !== undefined) {
    asOf = dateEnd(scenario.asOf);
    if (asOf === undefined) {
      throw new CoalitionError("invalid_argument", `asOf ${JSON.stringify(scenario.asOf)} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
    }
  }
  const facts = readFacts(scenario);
  let hasOverrides = false;
  for (const key of facts.keys()) if (key.startsWith("commitment:")) hasOverrides = true;
  return { asOf, facts, hasOverrides, minRank };
}

/** Picks the offers in force as of `asOf` and indexes the taxonomy. @internal */
export function indexDataset(dataset: Dataset, asOf: string | undefined): DatasetIndex {
  const commitments = dataset.commitments;
  let taxonomy = buildTaxonomy(dataset);
  const typeOf = new Int32Array(commitments.length);
  let unknown: string[] | undefined;
  for (let i = 0; i < commitments.length; i++) {
    const t = taxonomy.index.get(commitments[i]!.type);
    if (t !== undefined) typeOf[i] = t;
    else if (!(unknown ??= []).includes(commitments[i]!.type)) unknown.push(commitments[i]!.type);
  }
  if (unknown !== undefined) {
    taxonomy = buildTaxonomy(dataset, unknown);
    for (let i = 0; i < commitments.length; i++) typeOf[i] = taxonomy.index.get(commitments[i]!.type)!;
  }
  const { offers, offerType, excluded } = selectOffers(dataset, asOf, typeOf, taxonomy.ids.length);
  return { dataset, asOf, offers, offerType, excluded, taxonomy };
}

/**
 * The index with the scenario's facts. Every offer in force takes part in the
 * evaluation, whatever `minStance`, so that atoms about other actors resolve the same
 * way; `minStance` only narrows what is reported.
 * @internal
 */
export function withScenario(index: DatasetIndex, checked: CheckedScenario): Prepared {
  const { offers } = index;
  const visible = new Uint8Array(offers.length);
  let belowMin: ExcludedCommitment[] | undefined;
  for (let i = 0; i < offers.length; i++) {
    const offer = offers[i]!;
    if (stanceRank(offer.stance) >= checked.minRank) visible[i] = 1;
    else (belowMin ??= []).push({ commitment: offer.id, reason: "below-min-stance" });
  }
  return {
    ...index,
    // A copy: the index is cached, and what is returned is the caller's.
    excluded: belowMin === undefined ? index.excluded.slice() : [...index.excluded, ...belowMin],
    facts: checked.facts,
    hasOverrides: checked.hasOverrides,
    visible,
  };
}

/** Checks, selects and indexes in one go (no cache). @internal */
export function prepare(dataset: Dataset, scenario: Scenario, minStance: Stance = "open"): Prepared {
  const checked = checkScenario(scenario, minStance);
  return withScenario(indexDataset(dataset, checked.asOf), checked);
}

function readFacts(scenario: Scenario): Map<string, boolean> {
  const facts = new Map<string, boolean>();
  const given = scenario.facts ?? {};
  for (const key of Object.keys(given)) {
    const value: unknown = given[key];
    if (value === undefined) continue;
    if (typeof value !== "boolean") {
      throw new CoalitionError("invalid_argument", `fact ${JSON.stringify(key)} must be true or false, not ${JSON.stringify(value)}`);
    }
    facts.set(key, value);
  }
  let named: Set<string> | undefined;
  for (const [key, value] of facts) {
    if (value && key.startsWith("peace:agreement:") && facts.get(`peace:ceasefire:${key.slice(16)}`) === false) {
      throw new CoalitionError("invalid_argument", `the scenario holds ${key} true but its ceasefire false: a peace agreement in force implies a ceasefire`);
    }
    if (!value && key.startsWith("request:*:")) {
      named ??= namedRequestTargets(facts, true);
      if (named.has(key.slice(10))) {
        throw new CoalitionError(
          "invalid_argument",
          `the scenario holds a request by a named actor to ${key.slice(10)} true but ${key} false: a request by a named actor is a request`,
        );
      }
    }
  }
  return facts;
}
