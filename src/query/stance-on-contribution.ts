import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import type { Stance } from "../model/stance.js";
import { asOfKey, asOfText } from "../internal/dates/day-key.js";
import { isAtLocation, statementInForce, timelinesOf, typesUnder } from "../internal/index/accessors.js";
import { dataOf } from "../internal/index/source.js";
import { contributionStatement } from "./internal/statements.js";
import { isContested, strongest } from "./internal/stances.js";
import type { ContributionStatement } from "./types.js";

/**
 * Options of {@link stanceOnContribution}.
 *
 * @category Queries
 */
export interface StanceOnContributionOptions extends AsOfOptions {
  /** Only statements at this location key (see `locationKey`), e.g. `"in-country:UA"`. */
  readonly location?: string;
  /** Count statements on the types under `type` too (true by default): troops count towards personnel. */
  readonly includeSubtypes?: boolean;
}

/**
 * An actor's stance on providing a contribution, with the statements behind it.
 *
 * @category Queries
 */
export interface ContributionStance {
  readonly actor: string;
  readonly type: string;
  readonly asOf: string | null;
  /** The strongest stance in force, or null when the actor has said nothing in force on it. */
  readonly stance: Stance | null;
  /** Whether its institutions are at different stances on the same type and location. */
  readonly contested: boolean;
  /** The statements in force, one per type, location and speaking institution, sorted by id. */
  readonly statements: readonly ContributionStatement[];
}

/**
 * The stance of an actor on providing a contribution as of a day: on each timeline
 * (type, location, speaking institution) the latest statement on or before it, a
 * statement dated "unknown" counting as of its earliest source, and a withdrawn pledge
 * no longer in force. The answer is the strongest of them, with every statement, so
 * that institutions that disagree are visible. An unknown actor or type is an answer
 * (no statement), not an error. Pass an index from `indexCommitments` for repeated
 * lookups: each is then a few binary searches.
 *
 * @param source A parsed dataset, or its index.
 * @param actor The actor's id.
 * @param type A contribution type id, at any level of the taxonomy.
 * @param options The day, a location key, and whether subtypes count.
 * @returns The strongest stance in force (null when none), whether the actor is contested, and the statements behind it.
 * @throws {CoalitionError} `invalid_argument` for an invalid `asOf`.
 * @example
 * ```ts
 * import { stanceOnContribution } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * stanceOnContribution(dataset, "GB", "personnel", { asOf: "2025-03-13" }).stance;
 * //=> "ready"
 * stanceOnContribution(dataset, "GB", "personnel", { asOf: "2025-03-12" }).stance;
 * //=> null
 * const romania = stanceOnContribution(dataset, "RO", "transit-hub");
 * [romania.stance, romania.contested, romania.statements.map((statement) => [statement.institution, statement.stance])];
 * //=> ["open", true, [["RO.parliament", "opposed"], ["RO.head-of-state", "open"]]]
 * ```
 *
 * @category Queries
 */
export function stanceOnContribution(
  source: DatasetSource,
  actor: string,
  type: string,
  options: StanceOnContributionOptions = {},
): ContributionStance {
  const data = dataOf(source);
  const asOf = asOfKey(options.asOf);
  const a = data.actorIndex.get(actor);
  const t = data.taxonomy.index.get(type);
  const positions: number[] = [];
  if (a !== undefined && t !== undefined) {
    for (const d of typesUnder(data, t, options.includeSubtypes)) {
      const [from, to] = timelinesOf(data, a, d);
      for (let timeline = from; timeline < to; timeline++) {
        const p = statementInForce(data, timeline, asOf);
        if (p >= 0 && isAtLocation(data, p, options.location)) positions.push(p);
      }
    }
  }
  if (positions.length > 1) positions.sort((x, y) => x - y);
  const statements = positions.map((p) => contributionStatement(data, p, asOf));
  return { actor, type, asOf: asOfText(options.asOf, asOf), stance: strongest(statements), contested: isContested(statements), statements };
}
