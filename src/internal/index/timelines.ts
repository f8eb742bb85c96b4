// Supersession, once, for the columns: a timeline is one actor's statements on one
// subject (type + location) by one speaking institution, sorted by the day each counts
// as of, so that the statement in force as of a day is the latest on or before it; of
// two that count as of the same day the greater id wins (positions are in id order).

/** `next` of the last statement on its timeline: later than any day key. @internal */
export const NEXT_NONE = 2_147_483_647;

/** The columns a timeline is made of, in id order. */
interface KeyColumns {
  readonly actor: Int32Array;
  readonly type: Int32Array;
  readonly location: Int32Array;
  readonly speaker: Int32Array;
  readonly day: Int32Array;
}

/** How many actors, places (location × speaker slots) and speaker slots the columns hold. */
interface KeyCounts {
  readonly actors: number;
  readonly places: number;
  readonly speakers: number;
}

/**
 * Groups positions into timelines (actor + type + location + speaking institution),
 * numbered in the order of those four ranks, so that the timelines of one actor and
 * type are consecutive; each timeline sorted by day, then id. A counting sort by actor,
 * then a small sort of each actor's positions: no sort of the whole dataset.
 * @internal
 */
export function buildTimelines(columns: KeyColumns, counts: KeyCounts, scratch: Float64Array) {
  const { actor, day } = columns;
  const keys = timelineKeys(columns, counts, scratch);
  const { actorStart, timelineOrder } = groupByActor(actor, counts.actors);
  // Positions arrive in id order; sorting by key and day keeps ties in id order, so the
  // greater id wins a tie, whatever the order of the dataset.
  const before = (x: number, y: number) =>
    (keys[x] as number) < (keys[y] as number) ||
    (keys[x] === keys[y] && ((day[x] as number) < (day[y] as number) || (day[x] === day[y] && x < y)));
  for (let a = 0; a < counts.actors; a++) sortSegment(timelineOrder, actorStart[a] as number, actorStart[a + 1] as number, before);
  const { timelineStart, next } = splitTimelines(timelineOrder, actorStart, keys, day);
  // Days in timeline order, so that a lookup's binary search reads one contiguous run.
  const timelineDay = new Int32Array(day.length);
  for (let k = 0; k < day.length; k++) timelineDay[k] = day[timelineOrder[k] as number] as number;
  return { timelineStart, timelineOrder, timelineDay, next, ...timelinesByActor(columns, counts.actors, timelineStart, timelineOrder) };
}

/** Per position, its subject and speaker within its actor: type × places + (location + 1) × speakers + speaker + 1. */
function timelineKeys(columns: KeyColumns, counts: KeyCounts, scratch: Float64Array): Float64Array {
  const { type, location, speaker } = columns;
  for (let p = 0; p < type.length; p++) {
    scratch[p] = (type[p] as number) * counts.places + ((location[p] as number) + 1) * counts.speakers + (speaker[p] as number) + 1;
  }
  return scratch;
}

/** A counting sort of the positions by actor: actor `a`'s are `timelineOrder[actorStart[a] … actorStart[a + 1]]`. */
function groupByActor(actor: Int32Array, actorCount: number) {
  const n = actor.length;
  const actorStart = new Int32Array(actorCount + 1);
  for (let p = 0; p < n; p++) actorStart[(actor[p] as number) + 1] = (actorStart[(actor[p] as number) + 1] as number) + 1;
  for (let a = 0; a < actorCount; a++) actorStart[a + 1] = (actorStart[a + 1] as number) + (actorStart[a] as number);
  const fill = actorStart.slice(0, actorCount);
  const timelineOrder = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const a = actor[p] as number;
    timelineOrder[fill[a] as number] = p;
    fill[a] = (fill[a] as number) + 1;
  }
  return { actorStart, timelineOrder };
}

/** Where each timeline starts in `timelineOrder` (one past the last at the end), and each position's next day on its timeline. */
function splitTimelines(timelineOrder: Int32Array, actorStart: Int32Array, keys: Float64Array, day: Int32Array) {
  const starts: number[] = [];
  const next = new Int32Array(day.length);
  for (let a = 0; a + 1 < actorStart.length; a++) {
    for (let k = actorStart[a] as number, end = actorStart[a + 1] as number; k < end; k++) {
      const p = timelineOrder[k] as number;
      if (k === actorStart[a] || keys[timelineOrder[k - 1] as number] !== keys[p]) starts.push(k);
      const q = k + 1 < end ? (timelineOrder[k + 1] as number) : -1;
      next[p] = q >= 0 && keys[q] === keys[p] ? (day[q] as number) : NEXT_NONE;
    }
  }
  starts.push(day.length);
  return { timelineStart: Int32Array.from(starts), next };
}

/** Per timeline its type, and per actor the range of its timelines. */
function timelinesByActor(columns: KeyColumns, actorCount: number, timelineStart: Int32Array, timelineOrder: Int32Array) {
  const count = timelineStart.length - 1;
  const timelineType = new Int32Array(count);
  const actorTimelines = new Int32Array(actorCount + 1);
  for (let t = 0; t < count; t++) {
    const first = timelineOrder[timelineStart[t] as number] as number;
    timelineType[t] = columns.type[first] as number;
    actorTimelines[(columns.actor[first] as number) + 1] = t + 1;
  }
  // Actors without a timeline start where the previous actor ends.
  for (let a = 0; a < actorCount; a++) actorTimelines[a + 1] = Math.max(actorTimelines[a + 1] as number, actorTimelines[a] as number);
  return { timelineType, actorTimelines };
}

/** Sorts `order[start, end)` by `before`: insertion sort for the short runs an actor usually has. */
function sortSegment(order: Int32Array, start: number, end: number, before: (x: number, y: number) => boolean): void {
  if (end - start > 32) {
    // `before` is a strict order on distinct positions; equal ones (never met) would give 0.
    const sorted = Array.from(order.subarray(start, end)).sort((x, y) => Number(before(y, x)) - Number(before(x, y)));
    order.set(sorted, start);
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const p = order[i] as number;
    let j = i - 1;
    while (j >= start && before(p, order[j] as number)) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = p;
  }
}
