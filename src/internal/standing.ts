// Supersession by actor, voices kept (design §3): the one rule, for every reader. A
// statement (commitment or position) is about a subject: a contribution (actor, type,
// location key) or a proposal (actor, proposal). Each statement has a voice (its speaking
// institution, or none) and a branch: `legislature` for a parliament, `executive` for any
// other institution, `whole` for a statement that names none. As of a day D, a statement
// counted as of day d <= D STANDS unless, by D,
//   - a later statement of its own voice replaced it (of two on one day, the greater id wins);
//   - a statement of a compatible branch (the same branch, or either one `whole`) was made
//     strictly later (legislature and executive never replace each other implicitly);
//   - a statement in force names it in `supersedes`;
//   - it was withdrawn by its fulfilment (checked by the readers, which know the stages).
// All but the last make a statement stop standing from one day on, for good: so the rule
// is one number per statement, the day key it stops standing (`end`), and "standing as of
// D" is `day <= D < end` (and not withdrawn). The index keeps it as a column (see
// ./index/index-data.ts), the record readers as an array in dataset order (below); both
// compute it with `settleSubject`, and a property test holds the two paths equal.
import type { Commitment, Dataset, InstitutionKind, Location, Position, Speaker } from "../model/types.js";
import { locationKey } from "../model/location-key.js";
import { lookupsOf } from "./lookups.js";

/** Branch of a statement that names no institution: it speaks for the whole actor. @internal */
export const WHOLE = 0;
/** Branch of a statement by any institution but a parliament. @internal */
export const EXECUTIVE = 1;
/** Branch of a statement by a parliament. @internal */
export const LEGISLATURE = 2;

/** The day key past every day: a statement that never stops standing ends there. @internal */
export const NEVER = 2_147_483_647;

/** The branch of a speaking institution (undefined: none named), given the kinds of the dataset's institutions. @internal */
export function branchOf(institution: string | undefined, kinds: ReadonlyMap<string, InstitutionKind>): number {
  if (institution === undefined) return WHOLE;
  return kinds.get(institution) === "parliament" ? LEGISLATURE : EXECUTIVE;
}

/** Per institution id, its kind. @internal */
export function institutionKinds(dataset: Dataset): Map<string, InstitutionKind> {
  return new Map(dataset.institutions.map((institution) => [institution.id, institution.kind]));
}

/**
 * Writes into `end`, for each statement of ONE subject, the day key it stops standing
 * (NEVER when nothing replaces it), by its own voice or by a later statement of a
 * compatible branch. `members` are the statements (indices into the other arguments),
 * sorted by day, then by id. Explicit `supersedes` are applied apart (`applySupersedes`).
 * @internal
 */
export function settleSubject(
  members: ArrayLike<number>,
  day: ArrayLike<number>,
  voice: ArrayLike<number | string>,
  branch: ArrayLike<number>,
  end: { [i: number]: number },
): void {
  // Per branch, the earliest day of a statement after the run of days being read.
  const later = [NEVER, NEVER, NEVER];
  for (let k = members.length; k > 0; ) {
    const d = day[members[k - 1] as number] as number;
    let s = k - 1;
    while (s > 0 && day[members[s - 1] as number] === d) s--;
    // A statement of the same voice on the same day with a greater id (read first, from the right) replaces it at once.
    const voices = new Set<number | string>();
    for (let i = k - 1; i >= s; i--) {
      const m = members[i] as number;
      const b = branch[m] as number;
      const v = voice[m] as number | string;
      if (voices.has(v)) end[m] = d;
      else end[m] = b === WHOLE ? Math.min(later[0] as number, later[1] as number, later[2] as number) : Math.min(later[b] as number, later[WHOLE] as number);
      voices.add(v);
    }
    for (let i = s; i < k; i++) later[branch[members[i] as number] as number] = d;
    k = s;
  }
}

/**
 * Lowers `end` of each statement that another names in `supersedes` to the day the
 * naming statement counts as of (the earliest, if several name it). `indexOf` gives the
 * index of a statement by id (undefined for an id the collection lacks: nothing to do).
 * @internal
 */
export function applySupersedes(
  records: ArrayLike<{ readonly supersedes?: readonly string[] | undefined }>,
  day: ArrayLike<number>,
  indexOf: (id: string) => number | undefined,
  end: { [i: number]: number },
): void {
  for (let i = 0; i < records.length; i++) {
    const named = (records[i] as { readonly supersedes?: readonly string[] | undefined }).supersedes;
    if (named === undefined) continue;
    for (const id of named) {
      const j = indexOf(id);
      if (j !== undefined) end[j] = Math.min(end[j] as number, day[i] as number);
    }
  }
}

/** The day key each statement counts as of and the day key it stops standing, in the collection's order. @internal */
export interface Standing {
  readonly day: Int32Array;
  readonly end: Int32Array;
}

let commitmentCache: WeakMap<Dataset, Standing> | undefined;
let positionCache: WeakMap<Dataset, Standing> | undefined;

/**
 * For each commitment of a dataset, in its order, the day it counts as of and the day it
 * stops standing: it stands as of a day key D when `day[i] <= D < end[i]` and it is not
 * withdrawn by D. The one reading of supersession for the readers that go record by
 * record (the scenario's offer selection, the aggregation without an index). Cached per dataset.
 * @internal
 */
export function commitmentStanding(dataset: Dataset): Standing {
  commitmentCache ??= new WeakMap();
  let standing = commitmentCache.get(dataset);
  if (standing === undefined) {
    standing = standingOf(dataset, dataset.commitments, commitmentSubjects());
    commitmentCache.set(dataset, standing);
  }
  return standing;
}

/** A commitment's {@link standingBits}: it has a location. @internal */
export const LOCATED = 2;
/** A commitment's {@link standingBits}: it names a speaking institution. @internal */
export const SPOKEN = 4;
/** A commitment's {@link standingBits}: it names others in `supersedes`. @internal */
export const NAMING = 8;

/**
 * What the standing needs to know of a commitment besides its day, actor and type, as
 * bits ({@link LOCATED}, {@link SPOKEN}, {@link NAMING}; bit 1 is left to the reader),
 * for a reader that reads each commitment once itself (see {@link standingOfColumns}).
 * @internal
 */
export function standingBits(commitment: Commitment): number {
  return (commitment.location === undefined ? 0 : LOCATED) | (commitment.statedBy === undefined ? 0 : SPOKEN) | (commitment.supersedes === undefined ? 0 : NAMING);
}

/**
 * As {@link commitmentStanding}, for a reader that reads each commitment once itself and
 * gives, per commitment, the day key it counts as of (`lookupsOf(dataset).effectiveKey`),
 * its {@link standingBits}, and its actor and type by number (`actorOf` below `actors`,
 * `typeOf` below `types`): a commitment is read again only when it has a location, a
 * speaking institution or a `supersedes` (the scenario's selection, cold on every call: a
 * second read of each commitment, a cache miss on a large heap, cost more than the rest of
 * the standing). The same answer, cached alike (the columns then go unread).
 * @internal
 */
export function standingOfColumns(
  dataset: Dataset,
  day: Int32Array,
  bits: Uint8Array,
  actorOf: ArrayLike<number>,
  actors: number,
  typeOf: ArrayLike<number>,
  types: number,
): Standing {
  const cached = commitmentCache?.get(dataset);
  if (cached !== undefined) return cached;
  const commitments = dataset.commitments;
  const n = commitments.length;
  const kinds = institutionKinds(dataset);
  const branch = new Uint8Array(n);
  // Made when a commitment first names a speaking institution: until then every voice is
  // the whole actor's, and `branch` (all WHOLE) serves as the voices.
  let voice: string[] | undefined;
  const dense = actors * types <= 8 * n ? new Int32Array(actors * types).fill(-1) : undefined;
  const keyed = new Map<number | string, number>();
  // Per subject, its last commitment; per commitment, the one before it in its subject (-1: none).
  const last = new Int32Array(n);
  const previous = new Int32Array(n).fill(-1);
  let subjects = 0;
  let named = false;
  for (let i = 0; i < n; i++) {
    const cell = (actorOf[i] as number) * types + (typeOf[i] as number);
    const b = bits[i] as number;
    const before = subjects;
    let s: number | undefined;
    if ((b & SPOKEN) !== 0) {
      const institution = ((commitments[i] as Commitment).statedBy as Speaker).institution;
      (voice ??= new Array<string>(n).fill(""))[i] = institution;
      branch[i] = branchOf(institution, kinds);
    }
    named ||= (b & NAMING) !== 0;
    if ((b & LOCATED) === 0 && dense !== undefined) {
      s = dense[cell] as number;
      if (s < 0) dense[cell] = s = subjects++;
    } else {
      // By (actor, type) as a number, or with the location as a string: the two never meet.
      const key = (b & LOCATED) === 0 ? cell : `${cell}\n${locationKey((commitments[i] as Commitment).location as Location)}`;
      s = keyed.get(key);
      if (s === undefined) keyed.set(key, (s = subjects++));
    }
    if (s < before) previous[i] = last[s] as number;
    last[s] = i;
  }
  const standing = settled(commitments, day, voice ?? branch, branch, last.subarray(0, subjects), previous, named);
  (commitmentCache ??= new WeakMap()).set(dataset, standing);
  return standing;
}

/** As `commitmentStanding`, for the positions on proposals (the subject: actor and proposal). @internal */
export function positionStanding(dataset: Dataset): Standing {
  positionCache ??= new WeakMap();
  let standing = positionCache.get(dataset);
  if (standing === undefined) {
    standing = standingOf(dataset, dataset.positions, subjectNumbers((p: Position) => `${p.actor}\n${p.proposal}`));
    positionCache.set(dataset, standing);
  }
  return standing;
}

/** Whether statement `i` of a `Standing` stands as of a day key (its withdrawal aside). @internal */
export function standsAsOf(standing: Standing, i: number, asOf: number): boolean {
  return (standing.day[i] as number) <= asOf && asOf < (standing.end[i] as number);
}

/**
 * Numbers the subjects of commitments (actor, type, location key) as they are first
 * met, without building a string per commitment: a key built per commitment (a new
 * string, hashed in full in a `Map`) cost more than the rest of the standing. The actor and type by number, then
 * per type a table by actor number; a string only for a commitment with a location.
 */
function commitmentSubjects(): (commitment: Commitment) => number {
  const actors = new Map<string, number>();
  const types = new Map<string, number>();
  const byType: Map<number, number>[] = [];
  const located = new Map<string, number>();
  let count = 0;
  return (commitment) => {
    let a = actors.get(commitment.actor);
    if (a === undefined) actors.set(commitment.actor, (a = actors.size));
    let t = types.get(commitment.type);
    if (t === undefined) {
      types.set(commitment.type, (t = types.size));
      byType.push(new Map());
    }
    let s: number | undefined;
    if (commitment.location === undefined) {
      const column = byType[t] as Map<number, number>;
      s = column.get(a);
      if (s === undefined) column.set(a, (s = count++));
    } else {
      const key = `${a}\n${t}\n${locationKey(commitment.location)}`;
      s = located.get(key);
      if (s === undefined) located.set(key, (s = count++));
    }
    return s;
  };
}

/** Numbers subjects by a string key, from 0 as they are first met (0, 1, 2 …: each new one the next). */
function subjectNumbers<T>(keyOf: (record: T) => string): (record: T) => number {
  const numbers = new Map<string, number>();
  return (record) => {
    const key = keyOf(record);
    let s = numbers.get(key);
    if (s === undefined) numbers.set(key, (s = numbers.size));
    return s;
  };
}

/**
 * The standing of a collection of statements, grouped into subjects by `subjectOf` (a
 * number per subject, numbered from 0 as first met), read record by record.
 */
function standingOf<T extends Commitment | Position>(dataset: Dataset, records: readonly T[], subjectOf: (record: T) => number): Standing {
  const lookups = lookupsOf(dataset);
  const kinds = institutionKinds(dataset);
  const n = records.length;
  const day = new Int32Array(n);
  const branch = new Uint8Array(n);
  const voice: string[] = new Array(n);
  // Per subject, its last statement; per statement, the one before it in its subject (-1: none).
  const last = new Int32Array(n);
  const previous = new Int32Array(n).fill(-1);
  let subjects = 0;
  let named = false;
  for (let i = 0; i < n; i++) {
    const record = records[i] as T;
    day[i] = lookups.effectiveKey(record.date, record.sources);
    voice[i] = record.statedBy?.institution ?? "";
    branch[i] = branchOf(record.statedBy?.institution, kinds);
    named ||= record.supersedes !== undefined;
    const s = subjectOf(record);
    // Subjects are numbered as first met: a new one is the next.
    if (s < subjects) previous[i] = last[s] as number;
    else subjects++;
    last[s] = i;
  }
  return settled(records, day, voice, branch, last.subarray(0, subjects), previous, named);
}

/**
 * The standing of statements read: per statement its day key, voice and branch; per
 * subject its last statement (`last`), and per statement the one before it in its
 * subject (`previous`, -1 for none); `named` when some statement names others in
 * `supersedes`. Measured hot (every scenario call settles its dataset's commitments, on
 * a fresh dataset object when cold): the members of a subject are chained by index
 * rather than pushed into an array per subject, a subject of one statement (most of
 * them) needs no settling, and the index of ids is built only when some statement names
 * others.
 */
function settled(
  records: readonly (Commitment | Position)[],
  day: Int32Array,
  voice: ArrayLike<number | string>,
  branch: Uint8Array,
  last: Int32Array,
  previous: Int32Array,
  named: boolean,
): Standing {
  const end = new Int32Array(records.length).fill(NEVER);
  const byDayThenId = (x: number, y: number) => {
    const a = records[x] as Commitment | Position;
    const b = records[y] as Commitment | Position;
    return (day[x] as number) - (day[y] as number) || (a.id < b.id ? -1 : Number(a.id > b.id));
  };
  for (let s = 0; s < last.length; s++) {
    const i = last[s] as number;
    // A statement alone on its subject stands for good (but for an explicit `supersedes`).
    if (previous[i] === -1) continue;
    const members: number[] = [];
    for (let m = i; m !== -1; m = previous[m] as number) members.push(m);
    settleSubject(members.sort(byDayThenId), day, voice, branch, end);
  }
  if (named) {
    const ids = new Map(records.map((record, i) => [record.id, i]));
    applySupersedes(records, day, (id) => ids.get(id), end);
  }
  return { day, end };
}

/**
 * The actor's stance on one subject, as a rank, from its standing statements given as
 * `[day, rank]` pairs: the latest statement's; of several on the latest day, the
 * strongest. -1 when there is none.
 * @internal
 */
export function subjectRank(statements: Iterable<readonly [day: number, rank: number]>): number {
  let latest = -1;
  let rank = -1;
  for (const [day, r] of statements) {
    if (day > latest) [latest, rank] = [day, r];
    else if (day === latest && r > rank) rank = r;
  }
  return rank;
}
