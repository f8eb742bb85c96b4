// Named reads of the columnar index (./index-data.ts), so that the queries and the
// aggregation say what they read ("the statement in force on this timeline") rather
// than how it is laid out.
import type { Commitment } from "../../model/types.js";
import { FULFILMENT, WITHDRAWN, type IndexData } from "./index-data.js";

/** How many timelines the index holds: they are numbered 0 to this, exclusive. @internal */
export function timelineCount(data: IndexData): number {
  return data.timelineStart.length - 1;
}

/** The oldest statement (a position) of timeline `t`: its actor, type and location are the timeline's. @internal */
export function timelineHead(data: IndexData, t: number): number {
  return data.timelineOrder[data.timelineStart[t] as number] as number;
}

/** The type (an index into the taxonomy) of timeline `t`. @internal */
export function timelineType(data: IndexData, t: number): number {
  return data.timelineType[t] as number;
}

/**
 * The statement (a position) in force on timeline `t` as of a day key: the latest on
 * or before it, or -1 when none is, or when it was withdrawn by then.
 * @internal
 */
export function statementInForce(data: IndexData, t: number, asOf: number): number {
  const { timelineDay } = data;
  const first = data.timelineStart[t] as number;
  let lo = first;
  let hi = data.timelineStart[t + 1] as number;
  // The first entry after the day: the one before it is in force.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((timelineDay[mid] as number) <= asOf) lo = mid + 1;
    else hi = mid;
  }
  if (lo === first) return -1;
  const found = data.timelineOrder[lo - 1] as number;
  if (hasFulfilment(data, found) && stageAsOf(data, found, asOf) === WITHDRAWN) return -1;
  return found;
}

/**
 * The timelines of an actor and a type, as a range `[from, to)` of timeline numbers:
 * an actor's timelines are consecutive and sorted by type, so a short binary search
 * among them finds the type's.
 * @internal
 */
export function timelinesOf(data: IndexData, actor: number, type: number): [number, number] {
  const { timelineType: types, actorTimelines } = data;
  let from = actorTimelines[actor] as number;
  const end = actorTimelines[actor + 1] as number;
  // An actor has few timelines as a rule: a scan; many: a binary search.
  if (end - from > 16) {
    let hi = end;
    while (from < hi) {
      const mid = (from + hi) >>> 1;
      if ((types[mid] as number) < type) from = mid + 1;
      else hi = mid;
    }
  } else {
    while (from < end && (types[from] as number) < type) from++;
  }
  let to = from;
  while (to < end && types[to] === type) to++;
  return [from, to];
}

/** Whether the statement at position `p` has fulfilment steps (its stage needs a look at them). @internal */
export function hasFulfilment(data: IndexData, p: number): boolean {
  return ((data.flags[p] as number) & FULFILMENT) !== 0;
}

/**
 * The stage of fulfilment of position `p` as of a day key, as an index of `STAGES`: its
 * latest step on or before it ("announced" when none is). No early exit: a step of year
 * precision can end after the day-precise step listed after it.
 * @internal
 */
export function stageAsOf(data: IndexData, p: number, asOf: number): number {
  let stage = 0;
  const { stepPosition, stepDay, stepStage } = data;
  let lo = 0;
  let hi = stepPosition.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((stepPosition[mid] as number) < p) lo = mid + 1;
    else hi = mid;
  }
  for (let s = lo; s < stepPosition.length && stepPosition[s] === p; s++) {
    if ((stepDay[s] as number) <= asOf) stage = stepStage[s] as number;
  }
  return stage;
}

/** The commitment at position `p`. @internal */
export function recordAt(data: IndexData, p: number): Commitment {
  return data.records[p] as Commitment;
}

/** The location key of position `p`, or null where it gives none. @internal */
export function locationAt(data: IndexData, p: number): string | null {
  const location = data.location[p] as number;
  return location < 0 ? null : (data.locations[location] as string);
}

/** Whether position `p` is at a location key; any position is when `key` is undefined. @internal */
export function isAtLocation(data: IndexData, p: number, key: string | undefined): boolean {
  if (key === undefined) return true;
  const location = data.location[p] as number;
  return location >= 0 && data.locations[location] === key;
}

/** The types a query on `type` reads: itself, and the types under it unless `includeSubtypes` is false. @internal */
export function typesUnder(data: IndexData, type: number, includeSubtypes: boolean | undefined): readonly number[] {
  // Every indexed type has its list of descendants (itself first).
  return includeSubtypes === false ? [type] : (data.taxonomy.descendants[type] as number[]);
}
