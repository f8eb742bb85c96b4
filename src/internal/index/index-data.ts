// The columnar index of a dataset's commitments: one typed array per field, in id order,
// and the commitments grouped into timelines. Built once (by `indexCommitments`, or for
// one call by `dataOf`); read through the accessors of ./accessors.ts.
import { stanceRank } from "../../model/stance-rank.js";
import { locationKey } from "../../model/location-key.js";
import type { Commitment, Dataset, Location } from "../../model/types.js";
import { FULFILMENT_STAGES } from "../fulfilment-stages.js";
import { locationParent } from "../location-parent.js";
import { lookupsOf, type Lookups } from "../lookups.js";
import { buildTaxonomy, typeIndexOf, type Taxonomy } from "../taxonomy.js";
import { applySupersedes, branchOf, institutionKinds, settleSubject } from "../standing.js";
import { sortIds } from "./sort-ids.js";
import { buildTimelines } from "./timelines.js";

export { NEXT_NONE } from "./timelines.js";

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
  /** The day key it stops standing (NEVER when nothing replaces it): see ../standing.ts. */
  readonly end: Int32Array;
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
  /** Per location: its key and the keys of the locations it lies within, nearest first. */
  readonly locationWithin: readonly (readonly string[])[];
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
  /**
   * The column-wise aggregation, set by `indexCommitments` (see src/aggregate): it travels
   * with the index, so that a consumer that never indexes never bundles it.
   */
  readonly aggregate?: unknown;
}

/** Has fulfilment steps: its stage as of a date needs a look at them (a core flag). */
export const FULFILMENT = 2;
/** Stages of fulfilment, in their order. @internal */
export const STAGES = FULFILMENT_STAGES;
export const WITHDRAWN = 4;

/** Builds the columns of a commitment index. @internal */
export function buildIndexData(dataset: Dataset): IndexData {
  const lookups = lookupsOf(dataset);
  const taxonomy = buildTaxonomy(dataset);
  // One scratch buffer for the sort keys and the reordering of columns.
  const scratch = new Float64Array(dataset.commitments.length);
  const { order, ids, records } = sortedById(dataset.commitments, scratch);
  const read = readColumns(dataset.commitments, lookups, taxonomy);
  const { day, stance, type, actor, location, speaker, flags } = read;
  for (const column of [day, stance, type, actor, location, speaker, flags]) permute(column, order, scratch);
  const actors = rank(read.actorIds, actor);
  const locations = rank(read.locationIds, location);
  const locationWithin = locationChains(locations, read.locationObjects);
  const speakers = rank(read.speakerIds, speaker);
  const timelines = buildTimelines(
    { actor, type, location, speaker, day },
    { actors: actors.length, places: (locations.length + 1) * (speakers.length + 1), speakers: speakers.length + 1 },
    scratch,
  );
  const end = standingEnds(dataset, { ids, records, day, actor, type, location, speaker, speakers, ...timelines });
  return {
    dataset,
    lookups,
    taxonomy,
    end,
    order,
    ids,
    records,
    ...{ day, stance, type, actor, location, speaker, flags },
    ...fulfilmentSteps(records, flags, read.stepCount, lookups),
    actors,
    actorIndex: new Map(actors.map((id, i) => [id, i])),
    locations,
    locationWithin,
    speakers,
    ...timelines,
    typeCount: taxonomy.ids.length,
  };
}

/**
 * Per position, the day it stops standing (the rule of ../standing.ts): the timelines of
 * one subject (actor, type, location) are consecutive, one per voice; their statements
 * are settled together, sorted by day, then id (position).
 */
function standingEnds(
  dataset: Dataset,
  columns: {
    ids: readonly string[];
    records: readonly Commitment[];
    day: Int32Array;
    actor: Int32Array;
    type: Int32Array;
    location: Int32Array;
    speaker: Int32Array;
    speakers: readonly string[];
    timelineStart: Int32Array;
    timelineOrder: Int32Array;
  },
): Int32Array {
  const { ids, records, day, speaker, timelineStart, timelineOrder } = columns;
  const kinds = institutionKinds(dataset);
  // Per speaker slot (speaker + 1; 0 for none), its branch.
  const branchOfSlot = Uint8Array.from([undefined, ...columns.speakers], (id) => branchOf(id, kinds));
  const branch = new Uint8Array(day.length);
  const voice = new Int32Array(day.length);
  for (let p = 0; p < day.length; p++) {
    voice[p] = (speaker[p] as number) + 1;
    branch[p] = branchOfSlot[voice[p] as number] as number;
  }
  const end = new Int32Array(day.length);
  const { actor, type, location } = columns;
  const headOf = (t: number) => timelineOrder[timelineStart[t] as number] as number;
  const sameSubject = (p: number, q: number) => actor[p] === actor[q] && type[p] === type[q] && location[p] === location[q];
  const members: number[] = [];
  for (let t = 0; t + 1 < timelineStart.length; ) {
    // The timelines of one subject (the same actor, type and location) are consecutive.
    const head = headOf(t);
    members.length = 0;
    do {
      for (let k = timelineStart[t] as number; k < (timelineStart[t + 1] as number); k++) members.push(timelineOrder[k] as number);
      t++;
    } while (t + 1 < timelineStart.length && sameSubject(head, headOf(t)));
    if (members.length > 1) members.sort((x, y) => (day[x] as number) - (day[y] as number) || x - y);
    settleSubject(members, day, voice, branch, end);
  }
  applySupersedes(records, day, (id) => binarySearch(ids, id), end);
  return end;
}

/** The position of `id` among sorted ids, or undefined. */
function binarySearch(ids: readonly string[], id: string): number | undefined {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ids[mid] as string) < id) lo = mid + 1;
    else hi = mid;
  }
  return ids[lo] === id ? lo : undefined;
}

/** The commitments in id order (which makes every answer independent of the dataset's order), at one sort. */
function sortedById(commitments: readonly Commitment[], scratch: Float64Array) {
  const n = commitments.length;
  const datasetIds = commitments.map((commitment) => commitment.id);
  const order = sortIds(datasetIds, scratch);
  const ids: string[] = new Array(n);
  const records: Commitment[] = new Array(n);
  for (let p = 0; p < n; p++) {
    const i = order[p] as number;
    ids[p] = datasetIds[i] as string;
    records[p] = commitments[i] as Commitment;
  }
  return { order, ids, records };
}

/**
 * The columns, in the dataset's order, which is the order of the records in memory; they
 * are put in id order afterwards, one at a time, which is kinder to the caches than
 * writing each record's fields all over a dozen arrays. Actors, locations and speakers
 * get provisional ids in order of first sight.
 */
function readColumns(commitments: readonly Commitment[], lookups: Lookups, taxonomy: Taxonomy) {
  const n = commitments.length;
  const day = new Int32Array(n);
  const stanceRanks = new Uint8Array(n);
  const types = new Int32Array(n);
  const actors = new Int32Array(n);
  const locations = new Int32Array(n);
  const speakers = new Int32Array(n);
  const flags = new Uint8Array(n);
  const actorIds = new Map<string, number>();
  const speakerIds = new Map<string, number>();
  const places = placeIds();
  let stepCount = 0;
  for (let i = 0; i < n; i++) {
    const { date, sources, stance, type, actor, location, statedBy, fulfilment } = commitments[i] as Commitment;
    day[i] = lookups.effectiveKey(date, sources);
    stanceRanks[i] = stanceRank(stance);
    types[i] = typeIndexOf(taxonomy, type);
    actors[i] = provisional(actorIds, actor);
    locations[i] = location === undefined ? -1 : places.idOf(location);
    speakers[i] = statedBy === undefined ? -1 : provisional(speakerIds, statedBy.institution);
    if (fulfilment !== undefined && fulfilment.length > 0) {
      flags[i] = FULFILMENT;
      stepCount += fulfilment.length;
    }
  }
  const columns = { day, stance: stanceRanks, type: types, actor: actors, location: locations, speaker: speakers, flags };
  return { ...columns, stepCount, actorIds, locationIds: places.ids, locationObjects: places.objects, speakerIds };
}

/** The provisional id of `key`: its order of first sight. */
function provisional(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

/** The kinds of location whose key is their kind and country alone. */
const COUNTRY_ONLY: ReadonlySet<Location["kind"]> = new Set(["in-country", "line-of-contact", "behind-demarcation-line"]);

/** Provisional ids of locations by their keys, through two-level maps so that no key string is built per record. */
function placeIds() {
  const ids = new Map<string, number>();
  // Per key, the first location of that key: its place in the hierarchy.
  const objects = new Map<string, Location>();
  const details = new Map<string, Map<string, number>>();
  const idOf = (where: Location): number => {
    // Only where the country alone makes the key: a region, areas (model v2) carry more.
    const detail = COUNTRY_ONLY.has(where.kind) && "country" in where ? where.country : where.kind === "neighbouring-countries" && where.region === undefined ? where.of : "";
    let byDetail = details.get(where.kind);
    if (byDetail === undefined) details.set(where.kind, (byDetail = new Map()));
    let id = detail === "" ? undefined : byDetail.get(detail);
    if (id === undefined) {
      const key = locationKey(where);
      id = provisional(ids, key);
      if (!objects.has(key)) objects.set(key, where);
      if (detail !== "") byDetail.set(detail, id);
    }
    return id;
  };
  return { ids, objects, idOf };
}

/** Per location key, itself and the keys of the locations it lies within, nearest first (see ../location-parent.ts). */
function locationChains(keys: readonly string[], objects: ReadonlyMap<string, Location>): string[][] {
  return keys.map((key) => {
    const chain = [key];
    for (let at = locationParent(objects.get(key) as Location); at !== undefined; at = locationParent(at)) chain.push(locationKey(at));
    return chain;
  });
}

/**
 * Fulfilment steps as flat arrays in position order (the steps of one record stay in
 * order), read in a second pass over the few records that have any.
 */
function fulfilmentSteps(records: readonly Commitment[], flags: Uint8Array, stepCount: number, lookups: Lookups) {
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
  return { stepPosition, stepDay, stepStage };
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
