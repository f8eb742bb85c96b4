import type { AggregateCommitmentsOptions } from "../../aggregate/aggregate-commitments.js";
import type { Aggregate } from "../../aggregate/types.js";
import type { Commitment, Dataset, Location } from "../../model/types.js";
import { stanceRank } from "../../model/stance-rank.js";
import { hasFigure, highOf, lowOf, type Quantity } from "../../aggregate/internal/quantity-figures.js";
import { FULFILMENT_STAGES as STAGES } from "../../model/fulfilment-stages.js";
import { locationKey } from "../location-key.js";
import { lookupsOf, type Lookups } from "./lookups.js";
import { sortIds } from "./sort-ids.js";
import { buildTaxonomy, typeIndexOf, type Taxonomy } from "./taxonomy.js";

/** The index's columns. Position `p` is the commitment's rank by id. @internal */
export interface IndexData {
  readonly dataset: Dataset;
  readonly lookups: Lookups;
  readonly taxonomy: Taxonomy;
  /** The index in `dataset.commitments` of each position. */
  readonly order: Int32Array;
  /** The ids of the commitments, sorted, and the commitments in that order. */
  readonly ids: readonly string[];
  readonly records: readonly Commitment[];
  /** The day key it counts as of (NO_DAY when never known). */
  readonly day: Int32Array;
  /** The day key of the next statement on its timeline (NEXT_NONE for the last). */
  readonly next: Int32Array;
  readonly stance: Uint8Array;
  readonly type: Int32Array;
  /** Index into `actors`. */
  readonly actor: Int32Array;
  /** Index into `locations`, -1 for none. */
  readonly location: Int32Array;
  /** Index into `speakers`, -1 for none. */
  readonly speaker: Int32Array;
  /** FULFILMENT where a commitment has fulfilment steps. */
  readonly flags: Uint8Array;
  /** Fulfilment steps, sorted by the position they belong to. */
  readonly stepPosition: Int32Array;
  readonly stepDay: Int32Array;
  readonly stepStage: Uint8Array;
  /** Sorted ids. */
  readonly actors: readonly string[];
  readonly actorIndex: ReadonlyMap<string, number>;
  readonly locations: readonly string[];
  readonly speakers: readonly string[];
  /** Timeline `t` holds positions `order[start[t]] … order[start[t + 1] - 1]`, oldest first. */
  readonly timelineStart: Int32Array;
  readonly timelineOrder: Int32Array;
  /** `day` of each entry of `timelineOrder`. */
  readonly timelineDay: Int32Array;
  /** Per timeline: its type. Timelines are sorted by actor, type, location, then speaker. */
  readonly timelineType: Int32Array;
  /** Actor `a`'s timelines are `actorTimelines[a]` to `actorTimelines[a + 1]` (exclusive). */
  readonly actorTimelines: Int32Array;
  readonly typeCount: number;
  /** The aggregation over these columns, set by `indexCommitments`. */
  readonly aggregate?: (data: IndexData, options: AggregateCommitmentsOptions) => Aggregate;
}

/** Quantities of the commitments under the "all" claim policy, by position. @internal */
export interface QuantityColumns {
  /** Index into `units`, -1 for no quantity. Valid when MIXED is not set. */
  readonly unit: Int32Array;
  /** Lowest low and highest high of the claims (NaN: open-ended). */
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** DISPUTED, MIXED, NO_FIGURE. */
  readonly flags: Uint8Array;
  readonly units: readonly UnitSlot[];
}

export interface UnitSlot {
  readonly unit: string;
  readonly currency: string | undefined;
}

export const NEXT_NONE = 2_147_483_647;
/** More than one claim (a quantity flag). */
export const DISPUTED = 1;
/** Has fulfilment steps: its stage as of a date needs a look at them (a core flag). */
export const FULFILMENT = 2;
/** Claims in different units: read from the record. */
export const MIXED = 4;
/** A unit but no figure in any claim ("several thousand"). */
export const NO_FIGURE = 8;

/** Stages of fulfilment, in their order. @internal */
export { FULFILMENT_STAGES as STAGES } from "../../model/fulfilment-stages.js";
export const WITHDRAWN = 4;

/** Builds the columns of a commitment index. @internal */
export function buildIndexData(dataset: Dataset): IndexData {
  const lookups = lookupsOf(dataset);
  const taxonomy = buildTaxonomy(dataset);
  const commitments = dataset.commitments;
  const n = commitments.length;
  // Id order makes every answer independent of the dataset's order, at one sort.
  const datasetIds = commitments.map((commitment) => commitment.id);
  // One scratch buffer for the sort keys and the reordering of columns.
  const scratch = new Float64Array(n);
  const order = sortIds(datasetIds, scratch);
  const ids: string[] = new Array(n);
  const records: Commitment[] = new Array(n);
  for (let p = 0; p < n; p++) {
    const i = order[p] as number;
    ids[p] = datasetIds[i] as string;
    records[p] = commitments[i] as Commitment;
  }

  const day = new Int32Array(n);
  const stance = new Uint8Array(n);
  const type = new Int32Array(n);
  const actor = new Int32Array(n);
  const location = new Int32Array(n);
  const speaker = new Int32Array(n);
  const flags = new Uint8Array(n);
  let stepCount = 0;
  const actorIds = new Map<string, number>();
  const locationIds = new Map<string, number>();
  const speakerIds = new Map<string, number>();
  const provisional = (ids: Map<string, number>, key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  // Two-level maps, so that no key string is built per record.
  const locationDetails = new Map<string, Map<string, number>>();
  const locationOf = (where: Location) => {
    const detail =
      "country" in where ? where.country : where.kind === "neighbouring-countries" && where.region === undefined ? where.of : "";
    let details = locationDetails.get(where.kind);
    if (details === undefined) locationDetails.set(where.kind, (details = new Map()));
    let id = detail === "" ? undefined : details.get(detail);
    if (id === undefined) {
      id = provisional(locationIds, locationKey(where));
      if (detail !== "") details.set(detail, id);
    }
    return id;
  };

  // In the dataset's order, which is the order of the records in memory; the columns
  // are put in id order afterwards, one at a time, which is kinder to the caches than
  // writing each record's fields all over a dozen arrays.
  for (let i = 0; i < n; i++) {
    const { date, sources, stance: said, type: typeId, actor: actorId, location: where, statedBy, fulfilment } =
      commitments[i] as Commitment;
    day[i] = lookups.effectiveKey(date, sources);
    stance[i] = stanceRank(said);
    type[i] = typeIndexOf(taxonomy, typeId);
    actor[i] = provisional(actorIds, actorId);
    location[i] = where === undefined ? -1 : locationOf(where);
    speaker[i] = statedBy === undefined ? -1 : provisional(speakerIds, statedBy.institution);
    if (fulfilment !== undefined && fulfilment.length > 0) {
      flags[i] = FULFILMENT;
      stepCount += fulfilment.length;
    }
  }
  for (const column of [day, stance, type, actor, location, speaker, flags]) permute(column, order, scratch);

  // Fulfilment steps as flat arrays in position order (the steps of one record stay in
  // order), read in a second pass over the few records that have any.
  const stepPosition = new Int32Array(stepCount);
  const stepDay = new Int32Array(stepCount);
  const stepStage = new Uint8Array(stepCount);
  for (let p = 0, k = 0; k < stepCount; p++) {
    if (((flags[p] as number) & FULFILMENT) === 0) continue;
    // A flagged record has steps.
    for (const step of (records[p] as Commitment).fulfilment as NonNullable<Commitment["fulfilment"]>) {
      stepPosition[k] = p;
      stepDay[k] = lookups.dateKey(step.date);
      stepStage[k++] = STAGES.indexOf(step.stage);
    }
  }

  const actors = rank(actorIds, actor);
  const locations = rank(locationIds, location);
  const speakers = rank(speakerIds, speaker);
  const typeCount = taxonomy.ids.length;
  const { timelineStart, timelineOrder, timelineDay, next, timelineType, actorTimelines } = timelines(
    { actor, type, location, speaker, day },
    actors.length,
    (locations.length + 1) * (speakers.length + 1),
    speakers.length + 1,
    scratch,
  );

  return {
    dataset,
    lookups,
    taxonomy,
    order,
    ids,
    records,
    day,
    next,
    stance,
    type,
    actor,
    location,
    speaker,
    flags,
    stepPosition,
    stepDay,
    stepStage,
    actors,
    actorIndex: new Map(actors.map((id, i) => [id, i])),
    locations,
    speakers,
    timelineStart,
    timelineOrder,
    timelineDay,
    timelineType,
    actorTimelines,
    typeCount,
  };
}

/**
 * Groups positions into timelines (actor + type + location + speaking institution),
 * numbered in the order of those four ranks, so that the timelines of one actor and
 * type are consecutive; each timeline sorted by day, then id. A counting sort by actor,
 * then a small sort of each actor's positions: no sort of the whole dataset.
 */
function timelines(
  columns: { actor: Int32Array; type: Int32Array; location: Int32Array; speaker: Int32Array; day: Int32Array },
  actorCount: number,
  places: number,
  speakerCount: number,
  scratch: Float64Array,
) {
  const { actor, type, location, speaker, day } = columns;
  const n = day.length;
  // Within an actor: type × places + place, with place = (location + 1) × speakers + speaker + 1.
  const keys = scratch;
  for (let p = 0; p < n; p++) {
    keys[p] = (type[p] as number) * places + ((location[p] as number) + 1) * speakerCount + (speaker[p] as number) + 1;
  }
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
  // Positions arrive in id order; sorting by key and day keeps ties in id order, so the
  // greater id wins a tie, whatever the order of the dataset.
  const before = (x: number, y: number) =>
    (keys[x] as number) < (keys[y] as number) ||
    (keys[x] === keys[y] && ((day[x] as number) < (day[y] as number) || (day[x] === day[y] && x < y)));
  for (let a = 0; a < actorCount; a++) sortSegment(timelineOrder, actorStart[a] as number, actorStart[a + 1] as number, before);

  const starts: number[] = [];
  const next = new Int32Array(n);
  for (let a = 0; a < actorCount; a++) {
    for (let k = actorStart[a] as number, end = actorStart[a + 1] as number; k < end; k++) {
      const p = timelineOrder[k] as number;
      if (k === actorStart[a] || keys[timelineOrder[k - 1] as number] !== keys[p]) starts.push(k);
      const q = k + 1 < end ? (timelineOrder[k + 1] as number) : -1;
      next[p] = q >= 0 && keys[q] === keys[p] ? (day[q] as number) : NEXT_NONE;
    }
  }
  const count = starts.length;
  starts.push(n);
  const timelineStart = Int32Array.from(starts);
  // Days in timeline order, so that a lookup's binary search reads one contiguous run.
  const timelineDay = new Int32Array(n);
  for (let k = 0; k < n; k++) timelineDay[k] = day[timelineOrder[k] as number] as number;
  const timelineType = new Int32Array(count);
  const actorTimelines = new Int32Array(actorCount + 1);
  for (let t = 0; t < count; t++) {
    const first = timelineOrder[timelineStart[t] as number] as number;
    timelineType[t] = type[first] as number;
    actorTimelines[(actor[first] as number) + 1] = t + 1;
  }
  // Actors without a timeline start where the previous actor ends.
  for (let a = 0; a < actorCount; a++) actorTimelines[a + 1] = Math.max(actorTimelines[a + 1] as number, actorTimelines[a] as number);
  return { timelineStart, timelineOrder, timelineDay, next, timelineType, actorTimelines };
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

/**
 * The timelines of an actor and a type, as a range `[from, to)` of timeline numbers:
 * an actor's timelines are consecutive and sorted by type, so a short binary search
 * among them finds the type's.
 * @internal
 */
export function timelinesOf(data: IndexData, actor: number, type: number): [number, number] {
  const { timelineType, actorTimelines } = data;
  let from = actorTimelines[actor] as number;
  const end = actorTimelines[actor + 1] as number;
  // An actor has few timelines as a rule: a scan; many: a binary search.
  if (end - from > 16) {
    let hi = end;
    while (from < hi) {
      const mid = (from + hi) >>> 1;
      if ((timelineType[mid] as number) < type) from = mid + 1;
      else hi = mid;
    }
  } else {
    while (from < end && (timelineType[from] as number) < type) from++;
  }
  let to = from;
  while (to < end && timelineType[to] === type) to++;
  return [from, to];
}

/** The quantity columns of an index, built on first use. @internal */
// Quantity columns, built by the first aggregation of an index (stance queries never need
// them) and kept beside it, not on it: an index may be frozen. Created on first use.
let quantityColumns: WeakMap<IndexData, QuantityColumns> | undefined;

export function quantitiesOf(data: IndexData): QuantityColumns {
  quantityColumns ??= new WeakMap();
  const known = quantityColumns.get(data);
  if (known !== undefined) return known;
  const { order } = data;
  const commitments = data.dataset.commitments;
  const n = order.length;
  // Read in the dataset's order, the order of the records in memory, written at each position.
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[order[p] as number] = p;
  const unit = new Int32Array(n).fill(-1);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  const flags = new Uint8Array(n);
  const units: UnitSlot[] = [];
  const unitSlots = new Map<string, Map<string | undefined, number>>();
  const unitOf = (value: Quantity) => {
    const currency = value.unit === "money" ? value.currency : undefined;
    let byCurrency = unitSlots.get(value.unit);
    if (byCurrency === undefined) unitSlots.set(value.unit, (byCurrency = new Map()));
    let slot = byCurrency.get(currency);
    if (slot === undefined) {
      byCurrency.set(currency, (slot = units.length));
      units.push({ unit: value.unit, currency });
    }
    return slot;
  };
  for (let i = 0; i < n; i++) {
    const claims = (commitments[i] as Commitment).quantity?.claims;
    if (claims === undefined || claims.length === 0) continue;
    const p = position[i] as number;
    let f = claims.length > 1 ? DISPUTED : 0;
    let lo = Infinity;
    let hi = -Infinity;
    let figure = false;
    let slot = -1;
    for (const { value } of claims) {
      const s = unitOf(value);
      if (slot !== -1 && slot !== s) f |= MIXED;
      slot = s;
      lo = Math.min(lo, lowOf(value));
      const h = highOf(value);
      hi = Number.isNaN(h) || Number.isNaN(hi) ? Number.NaN : Math.max(hi, h);
      figure ||= hasFigure(value);
    }
    unit[p] = slot;
    low[p] = lo;
    high[p] = hi;
    flags[p] = figure ? f : f | NO_FIGURE;
  }
  const columns: QuantityColumns = { unit, low, high, flags, units };
  quantityColumns.set(data, columns);
  return columns;
}

/** The commitment at position `p`. @internal */
export function recordAt(data: IndexData, p: number): Commitment {
  return data.records[p] as Commitment;
}

/** Puts a column in id order: `column[p]` becomes the old `column[order[p]]`. */
function permute(column: Int32Array | Uint8Array, order: Int32Array, scratch: Float64Array): void {
  const copy =
    column instanceof Int32Array ? new Int32Array(scratch.buffer, 0, column.length) : new Uint8Array(scratch.buffer, 0, column.length);
  copy.set(column);
  for (let p = 0; p < order.length; p++) column[p] = copy[order[p] as number] as number;
}

/** Replaces provisional ids in `column` by ranks of their names in code-unit order; returns the sorted names. */
function rank(ids: ReadonlyMap<string, number>, column: Int32Array): string[] {
  const names = [...ids.keys()].sort();
  const toRank = new Int32Array(names.length);
  names.forEach((name, r) => {
    toRank[ids.get(name) as number] = r;
  });
  for (let p = 0; p < column.length; p++) {
    const id = column[p] as number;
    if (id >= 0) column[p] = toRank[id] as number;
  }
  return names;
}

/**
 * The stage of fulfilment of position `p` as of a day key: its latest step on or
 * before it ("announced" when none is). No early exit: a step of year precision can
 * end after the day-precise step listed after it.
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

/**
 * The position in force on timeline `t` as of `asOf`: the latest statement on or
 * before it, or -1 when none is, or when it was withdrawn by then.
 * @internal
 */
export function inForce(data: IndexData, t: number, asOf: number): number {
  const { timelineDay } = data;
  let lo = data.timelineStart[t] as number;
  let hi = data.timelineStart[t + 1] as number;
  // The first entry after the day: the one before it is in force.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((timelineDay[mid] as number) <= asOf) lo = mid + 1;
    else hi = mid;
  }
  if (lo === data.timelineStart[t]) return -1;
  const found = data.timelineOrder[lo - 1] as number;
  if (((data.flags[found] as number) & FULFILMENT) !== 0 && stageAsOf(data, found, asOf) === WITHDRAWN) return -1;
  return found;
}
