import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import type { Stance } from "../model/stance.js";
import { stanceRank } from "../model/stance-rank.js";
import { asOfKey } from "../internal/dates/day-key.js";
import { isAtLocation, statementInForce, timelineCount, timelineType, typesUnder } from "../internal/index/accessors.js";
import type { IndexData } from "../internal/index/index-data.js";
import { dataOf } from "../internal/index/source.js";
import { contributionStatement } from "./internal/statements.js";
import { isContested, strongest } from "./internal/stances.js";
import type { ContributionStatement } from "./types.js";

/**
 * Options of {@link actorsByStance}.
 *
 * @category Queries
 */
export interface ActorsByStanceOptions extends AsOfOptions {
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
export function actorsByStance(source: DatasetSource, type: string, options: ActorsByStanceOptions = {}): ActorStance[] {
  const data = dataOf(source);
  const asOf = asOfKey(options.asOf);
  const t = data.taxonomy.index.get(type);
  if (t === undefined) return [];
  const min = options.minStance === undefined ? 0 : stanceRank(options.minStance);
  const max = options.maxStance === undefined ? 5 : stanceRank(options.maxStance);
  const result: ActorStance[] = [];
  for (const [a, all] of inForceByActor(data, new Set(typesUnder(data, t, options.includeSubtypes)), asOf, options.location)) {
    const inRange = all.filter((p) => (data.stance[p] as number) >= min && (data.stance[p] as number) <= max);
    if (inRange.length === 0) continue;
    const statements = inRange.sort((x, y) => x - y).map((p) => contributionStatement(data, p, asOf));
    const contested = isContested(all.map((p) => contributionStatement(data, p, asOf)));
    result.push({ actor: data.actors[a] as string, stance: strongest(statements) as Stance, contested, statements });
  }
  return result;
}

/** Per actor (in id order), its statements in force on the types wanted, at the location asked (anywhere when none is). */
function inForceByActor(data: IndexData, types: ReadonlySet<number>, asOf: number, location: string | undefined): [number, number[]][] {
  const byActor = new Map<number, number[]>();
  for (let t = 0, count = timelineCount(data); t < count; t++) {
    if (!types.has(timelineType(data, t))) continue;
    const p = statementInForce(data, t, asOf);
    if (p < 0 || !isAtLocation(data, p, location)) continue;
    const a = data.actor[p] as number;
    const list = byActor.get(a);
    if (list === undefined) byActor.set(a, [p]);
    else list.push(p);
  }
  return [...byActor].sort(([x], [y]) => x - y);
}
