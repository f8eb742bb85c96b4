import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import type { Stance } from "../model/stance.js";
import { asOfKey, asOfText } from "../internal/dates/day-key.js";
import { isAtLocation, standingStatement, timelinesOf, typesUnder } from "../internal/index/accessors.js";
import { dataOf } from "../internal/index/source.js";
import { contributionStatement } from "./internal/statements.js";
import { actorStance, isContested } from "./internal/stances.js";
import type { ContributionStatement } from "./types.js";
import { checkArguments } from "../internal/guards.js";

/**
 * Options of {@link stanceOnContribution}.
 *
 * @category Queries
 */
export interface StanceOnContributionOptions extends AsOfOptions {
  /** Only statements at this location key (see `locationKey`), e.g. `"in-country:UA"`, or at a location under it (a region of the country). */
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
  /**
   * The actor's stance: on each subject (type and location) its latest standing
   * statement's (of several on the latest day, the strongest); the strongest of those.
   * Null when nothing stands.
   */
  readonly stance: Stance | null;
  /** Whether two standing statements on the same type and location disagree. */
  readonly contested: boolean;
  /** The standing statements (at most one per type, location and speaking institution), sorted by id. */
  readonly statements: readonly ContributionStatement[];
}

/**
 * The stance of an actor on providing a contribution as of a day, by supersession by
 * actor with the voices kept (see the data-model guide): each speaking institution's
 * latest statement on or before the day stands unless a later statement of the same
 * branch (executive, legislature), a later statement naming no institution, or a
 * statement naming it in `supersedes` replaced it; a statement dated "unknown" counts
 * as of its earliest source, a withdrawn pledge stands no more. Per type and location
 * the latest standing statement decides; the answer is the strongest of those, with
 * every standing statement, so that a parliament and a president that disagree are
 * both visible (contested). An unknown actor or type is an answer (no statement), not
 * an error. Pass an index from `indexCommitments` for repeated lookups: each is then a
 * few binary searches.
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
  checkArguments({ source: [source, "source"], actor: [actor, "string"], type: [type, "string"], options: [options, { fields: { asOf: "date", knownAsOf: "date", location: "string", includeSubtypes: "boolean" } }] });
  const data = dataOf(source, options);
  const asOf = asOfKey(options.asOf);
  const a = data.actorIndex.get(actor);
  const t = data.taxonomy.index.get(type);
  const positions: number[] = [];
  if (a !== undefined && t !== undefined) {
    for (const d of typesUnder(data, t, options.includeSubtypes)) {
      const [from, to] = timelinesOf(data, a, d);
      for (let timeline = from; timeline < to; timeline++) {
        const p = standingStatement(data, timeline, asOf);
        if (p >= 0 && isAtLocation(data, p, options.location)) positions.push(p);
      }
    }
  }
  if (positions.length > 1) positions.sort((x, y) => x - y);
  const statements = positions.map((p) => contributionStatement(data, p, asOf));
  return { actor, type, asOf: asOfText(options.asOf, asOf), stance: actorStance(data, positions), contested: isContested(statements), statements };
}
