import type { Stance } from "../model/stance.js";
import { stanceRank } from "../model/stance-rank.js";
import type { Dataset } from "../model/types.js";
import { asOfKey } from "../internal/dates/day-key.js";
import type { CommitmentIndex } from "./index-commitments.js";
import { dataOf } from "./internal/data-of.js";
import { inForce } from "./internal/index-data.js";
import { contributionStatement } from "./internal/statements.js";
import { isContested, strongest } from "./stance-on-contribution.js";
import type { ContributionStatement } from "./types.js";

/**
 * Options of {@link actorsByStance}.
 *
 * @category Queries
 */
export interface ActorsByStanceOptions {
  /** The day to answer as of (a month or year counts as of its end); the latest statements when absent. */
  readonly asOf?: string | Date;
  /** Only statements at or above this stance: `"ready"` for those ready to provide it. */
  readonly minStance?: Stance;
  /** Only statements at or below this stance: `"refused"` for those that refuse it. */
  readonly maxStance?: Stance;
  /** Only statements at this location key (see `locationKey`), e.g. `"in-country:UA"`. */
  readonly location?: string;
  /** Count statements on the types under `type` too (true by default). */
  readonly includeSubtypes?: boolean;
}

/**
 * An actor with statements in the stance range asked for.
 *
 * @category Queries
 */
export interface ActorStance {
  readonly actor: string;
  /** The strongest stance among its statements in the range. */
  readonly stance: Stance;
  /** Whether its institutions are at different stances on the same type and location (in the range or not). */
  readonly contested: boolean;
  /** Its statements in force in the range, sorted by id: the records behind the answer. */
  readonly statements: readonly ContributionStatement[];
}

/**
 * The actors that, as of a day, have a statement in force on providing a contribution
 * within a stance range: who offers it at or above a stance, who refuses it. An actor
 * whose institutions disagree is listed wherever one of its statements falls, and is
 * marked contested. Sorted by actor id.
 *
 * @param source A parsed dataset, or its index.
 * @param type A contribution type id, at any level of the taxonomy.
 * @param options The day, the stance range, a location key, and whether subtypes count.
 * @returns One entry per actor in the range, with its strongest stance there and its statements, sorted by actor id.
 * @throws {CoalitionError} `invalid_argument` for an invalid `asOf`.
 * @example
 * ```ts
 * import { actorsByStance } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * actorsByStance(dataset, "peacekeepers", { minStance: "ready", asOf: "2025-03-13" }).map((entry) => entry.actor);
 * //=> ["AU", "DK", "IE"]
 * actorsByStance(dataset, "cotw:hostilities", { maxStance: "refused" }).map((entry) => [entry.actor, entry.statements[0]?.institution]);
 * //=> [["BG", "BG.parliament"]]
 * ```
 *
 * @category Queries
 */
export function actorsByStance(
  source: Dataset | CommitmentIndex,
  type: string,
  options: ActorsByStanceOptions = {},
): ActorStance[] {
  const data = dataOf(source);
  const asOf = asOfKey(options.asOf);
  const min = options.minStance === undefined ? 0 : stanceRank(options.minStance);
  const max = options.maxStance === undefined ? 5 : stanceRank(options.maxStance);
  const t = data.taxonomy.index.get(type);
  if (t === undefined) return [];
  const wanted = new Set(options.includeSubtypes === false ? [t] : data.taxonomy.descendants[t]);
  const byActor = new Map<number, { all: number[]; matching: number[] }>();
  const timelineCount = data.timelineStart.length - 1;
  for (let timeline = 0; timeline < timelineCount; timeline++) {
    const first = data.timelineOrder[data.timelineStart[timeline] as number] as number;
    if (!wanted.has(data.type[first] as number)) continue;
    const p = inForce(data, timeline, asOf);
    if (p < 0) continue;
    const location = data.location[p] as number;
    if (options.location !== undefined && (location < 0 || data.locations[location] !== options.location)) continue;
    const a = data.actor[p] as number;
    let entry = byActor.get(a);
    if (entry === undefined) byActor.set(a, (entry = { all: [], matching: [] }));
    entry.all.push(p);
    const rank = data.stance[p] as number;
    if (rank >= min && rank <= max) entry.matching.push(p);
  }
  const result: ActorStance[] = [];
  for (const a of [...byActor.keys()].sort((x, y) => x - y)) {
    const entry = byActor.get(a) as { all: number[]; matching: number[] };
    if (entry.matching.length === 0) continue;
    const statements = entry.matching.sort((x, y) => x - y).map((p) => contributionStatement(data, p, asOf));
    const all = entry.all.map((p) => contributionStatement(data, p, asOf));
    result.push({ actor: data.actors[a] as string, stance: strongest(statements) as Stance, contested: isContested(all), statements });
  }
  return result;
}
