// Which commitments are in force as of a day, as flat columns: one read of each
// commitment, which also gives the kernel's standing what it needs of each
// (../../internal/standing.ts, the one rule of supersession), and a counting sort that groups the offers by actor and type. No object
// per commitment, and later steps read the columns instead of the commitments (on a
// large heap, each read of a commitment is a cache miss). Integer columns as long as the
// dataset are plain arrays, not typed ones: V8 counts typed arrays' memory as external,
// and collects the whole heap for every few tens of megabytes of it, which on a dataset
// of a gigabyte costs seconds.
import { dateEnd } from "../../model/partial-date.js";
import { stanceRank } from "../../model/stance-rank.js";
import type { Commitment, Condition, Dataset } from "../../model/types.js";
import type { ExcludedCommitment, ExclusionReason } from "../types.js";
import { asOfKey } from "../../internal/dates/day-key.js";
import { lookupsOf } from "../../internal/lookups.js";
import { standingBits, standingOfColumns, standsAsOf, type Standing } from "../../internal/standing.js";
import { buildTaxonomy, type Taxonomy } from "../../internal/taxonomy.js";

/** Status of a commitment: in force, or why not. @internal */
export const IN_FORCE = 0;
const NOT_YET = 1;
const SUPERSEDED = 2;
const WITHDRAWN = 3;
/** Status of a statement in force that is no offer (undecided, opposed, refused). @internal */
export const NOT_AN_OFFER = 4;
const REASONS: readonly ExclusionReason[] = ["not-yet-stated", "not-yet-stated", "superseded", "withdrawn", "not-an-offer"];

const OPEN_RANK = stanceRank("open");

/**
 * Whether a commitment of this status is on record as of the day: in force (an offer
 * or not), or withdrawn by then. One not yet stated, or replaced, is not.
 * @internal
 */
export function isOnRecord(status: number): boolean {
  return status === IN_FORCE || status === WITHDRAWN || status === NOT_AN_OFFER;
}

/** The commitments of a dataset in force as of a day, as columns indexed by commitment. @internal */
export interface Selection {
  readonly dataset: Dataset;
  /** The day (`YYYY-MM-DD`), or undefined for the latest on record. */
  readonly asOf: string | undefined;
  readonly taxonomy: Taxonomy;
  /** Per commitment: {@link IN_FORCE}, or why it is left out. */
  readonly status: Uint8Array;
  /** Per commitment: its actor's number (see `actorIds`). */
  readonly actorOf: readonly number[];
  /** Per commitment: its type's index in the taxonomy. */
  readonly typeOf: readonly number[];
  /** Per commitment: the rank of its stance. */
  readonly rankOf: Uint8Array;
  /** Per commitment: its id, its condition, and the coalition it is offered to (empty when no coalition has a condition). */
  readonly ids: readonly string[];
  readonly conditions: readonly (Condition | undefined)[];
  readonly coalitionOf: readonly (string | undefined)[];
  /** Actor ids by number, in order of first commitment. */
  readonly actorIds: string[];
  readonly actorIndex: Map<string, number>;
  /**
   * The offers in force grouped by actor, sorted by type index within an actor and in
   * dataset order within a type: actor a's are `byActor[actorStart[a] … actorStart[a+1]]`.
   */
  readonly actorStart: Int32Array;
  readonly byActor: readonly number[];
  /**
   * Of each of `byActor`, its type index times 8 plus its stance rank: for searching an
   * actor's offers by type (they are sorted by it) without reading other columns.
   */
  readonly byActorKey: readonly number[];
  /** The commitments left out, in dataset order. */
  readonly excluded: ExcludedCommitment[];
}

/**
 * The day from which a record with the given date and sources counts: a month or year
 * counts as of its last day; "unknown" as of the (last day of the) earliest source's
 * date, since it held by then. `""` (always) when nothing dates it.
 * @internal
 */
export function effectiveDate(
  date: string,
  sources: readonly string[],
  sourceDates: ReadonlyMap<string, string>,
  cache: Map<string, string>,
): string {
  if (date !== "unknown") {
    let end = cache.get(date);
    if (end === undefined) {
      end = dateEnd(date) ?? "";
      cache.set(date, end);
    }
    return end;
  }
  let earliest: string | undefined;
  for (let s = 0; s < sources.length; s++) {
    const end = sourceDates.get(sources[s]!);
    if (end !== undefined && (earliest === undefined || end < earliest)) earliest = end;
  }
  return earliest ?? "";
}

/** The last day of every source's date, by source id. @internal */
export function sourceEndDates(dataset: Dataset): Map<string, string> {
  const dates = new Map<string, string>();
  for (const source of dataset.sources) {
    const end = dateEnd(source.date);
    if (end !== undefined) dates.set(source.id, end);
  }
  return dates;
}

/** Stable counting sort of `items` by `keyOf[item]` (keys below `keys`), into `into`. */
function sortBy(items: readonly number[], keyOf: readonly number[], keys: number, into: number[]): void {
  const start = new Int32Array(keys + 1);
  for (let k = 0; k < items.length; k++) start[keyOf[items[k]!]! + 1]!++;
  for (let key = 0; key < keys; key++) start[key + 1]! += start[key]!;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    into[start[keyOf[item]!]!++] = item;
  }
}

/** A plain array for `length` integers, each written before it is read. */
function unfilled(length: number): number[] {
  return new Array<number>(length);
}

/** The columns of a selection as first read, with per commitment whether it is withdrawn by the day ({@link GONE}). */
type Columns = Omit<Selection, "actorStart" | "byActor" | "byActorKey" | "excluded"> & { readonly flags: Uint8Array };

/**
 * The commitments in force as of `asOf` (a `YYYY-MM-DD` day; undefined for the
 * latest on record): those standing by the kernel's rule of supersession
 * (../../internal/standing.ts: by actor, its voices kept; of two on one day, the
 * greater id wins), unless its fulfilment records a withdrawal by then; and only
 * offers (stance `open` or above).
 * @internal
 */
export function selectOffers(dataset: Dataset, asOf: string | undefined): Selection {
  const columns = readColumns(dataset, asOf);
  const n = dataset.commitments.length;
  // Grouped by actor, then type, in dataset order within: by type first, then stably by actor.
  const grouped = unfilled(n);
  for (let i = 0; i < n; i++) grouped[i] = i;
  const byType = unfilled(n);
  sortBy(grouped, columns.typeOf, columns.taxonomy.ids.length, byType);
  sortBy(byType, columns.actorOf, columns.actorIds.length, grouped);
  const excluded = markExcluded(columns);
  // The sorting space, free again, takes the types and ranks of the offers in force.
  const actorStart = keepInForce(columns, grouped, byType);
  const { taxonomy, status, actorOf, typeOf, rankOf, actorIds, actorIndex, ids, conditions, coalitionOf } = columns;
  return { dataset, asOf, taxonomy, status, actorOf, typeOf, rankOf, actorIds, actorIndex, actorStart, byActor: grouped, byActorKey: byType, ids, conditions, coalitionOf, excluded };
}

/** One read of each commitment, into columns: what follows reads the columns. */
function readColumns(dataset: Dataset, asOf: string | undefined): Columns {
  const commitments = dataset.commitments;
  const n = commitments.length;
  let taxonomy = buildTaxonomy(dataset);
  const actorIndex = new Map<string, number>();
  const actorIds: string[] = [];
  const actorOf = unfilled(n);
  const typeOf = unfilled(n);
  const rankOf = new Uint8Array(n);
  const status = new Uint8Array(n);
  const ids = new Array<string>(n);
  const conditions = new Array<Condition | undefined>(n);
  // Only coalition-wide conditions make the coalition an offer is made to matter.
  const coalitionOf: (string | undefined)[] = dataset.coalitions.some((coalition) => coalition.condition !== undefined) ? new Array<string | undefined>(n) : [];
  // Per commitment: whether it is withdrawn by then ({@link GONE}), and its standing's bits.
  const flags = new Uint8Array(n);
  // What the standing needs is read here too: a second read of each commitment costs more.
  const day = new Int32Array(n);
  const lookups = lookupsOf(dataset);
  let unknownTypes: string[] | undefined;
  let lastActor: string | undefined;
  let lastNumber = 0;
  for (let i = 0; i < n; i++) {
    const commitment = commitments[i]!;
    const actor = commitment.actor;
    // Commitments of one actor tend to come together: the last one's number first.
    if (actor !== lastActor) {
      let a = actorIndex.get(actor);
      if (a === undefined) {
        a = actorIds.length;
        actorIndex.set(actor, a);
        actorIds.push(actor);
      }
      lastActor = actor;
      lastNumber = a;
    }
    actorOf[i] = lastNumber;
    const t = taxonomy.index.get(commitment.type);
    if (t === undefined) (unknownTypes ??= []).push(commitment.type);
    else typeOf[i] = t;
    rankOf[i] = stanceRank(commitment.stance);
    ids[i] = commitment.id;
    conditions[i] = commitment.condition;
    if (coalitionOf.length > 0) coalitionOf[i] = commitment.coalition;
    flags[i] = (commitment.fulfilment !== undefined && isWithdrawn(commitment, asOf) ? GONE : 0) | standingBits(commitment);
    day[i] = lookups.effectiveKey(commitment.date, commitment.sources);
  }
  if (unknownTypes !== undefined) {
    // Types neither the built-ins nor the dataset declare (data built without the parser): top-level types.
    taxonomy = buildTaxonomy(dataset, unknownTypes);
    for (let i = 0; i < n; i++) typeOf[i] = taxonomy.index.get(commitments[i]!.type)!;
  }
  markStanding(standingOfColumns(dataset, day, flags, actorOf, actorIds.length, typeOf, taxonomy.ids.length), asOf, status);
  return { dataset, asOf, taxonomy, status, actorOf, typeOf, rankOf, ids, conditions, coalitionOf, actorIds, actorIndex, flags };
}

/** Marks each commitment not yet stated as of the day, or no longer standing by then (superseded), by the kernel's rule. */
function markStanding(standing: Standing, asOf: string | undefined, status: Uint8Array): void {
  const key = asOfKey(asOf);
  for (let i = 0; i < status.length; i++) {
    if ((standing.day[i] as number) > key) status[i] = NOT_YET;
    else if (!standsAsOf(standing, i, key)) status[i] = SUPERSEDED;
  }
}

/** Marks the withdrawn and those that are not offers; returns every commitment left out, in dataset order. */
function markExcluded(columns: Columns): ExcludedCommitment[] {
  const { status, flags, rankOf, ids } = columns;
  const excluded: ExcludedCommitment[] = [];
  for (let i = 0; i < status.length; i++) {
    if (status[i] === IN_FORCE) {
      if ((flags[i]! & GONE) !== 0) status[i] = WITHDRAWN;
      else if (rankOf[i]! < OPEN_RANK) status[i] = NOT_AN_OFFER;
      else continue;
    }
    excluded.push({ commitment: ids[i]!, reason: REASONS[status[i]!]! });
  }
  return excluded;
}

/**
 * Keeps only the offers in force in `grouped`, in place (the order within each actor
 * stays), with their type index times 8 plus rank in `keys`; returns where each
 * actor's offers start.
 */
function keepInForce(columns: Columns, grouped: number[], keys: number[]): Int32Array {
  const { status, typeOf, rankOf, actorOf } = columns;
  const actors = columns.actorIds.length;
  const actorStart = new Int32Array(actors + 1);
  let kept = 0;
  for (let k = 0; k < grouped.length; k++) {
    const i = grouped[k]!;
    if (status[i] !== IN_FORCE) continue;
    keys[kept] = typeOf[i]! * 8 + rankOf[i]!;
    grouped[kept++] = i;
    actorStart[actorOf[i]! + 1]!++;
  }
  grouped.length = kept;
  keys.length = kept;
  for (let a = 0; a < actors; a++) actorStart[a + 1]! += actorStart[a]!;
  return actorStart;
}

const GONE = 1;

function isWithdrawn(commitment: Commitment, asOf: string | undefined): boolean {
  for (const step of commitment.fulfilment!) {
    if (step.stage === "withdrawn" && (asOf === undefined || (dateEnd(step.date) ?? "") <= asOf)) return true;
  }
  return false;
}
