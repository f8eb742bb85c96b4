// Linking, targets: gives each "actor A offers type T (or a subtype) at stance S (at
// location L)" that an atom asks for a target slot, an OR over A's matching offers
// shared by every atom that asks it. Takes the selection (offers grouped by actor and
// type) and the values of the offers decided so far; gives a slot, or a fixed value
// where the answer is already known (FIXED_T, FIXED_F), and the edges along which an
// offer's verdict reaches its targets (`feed*`) and a target's reaches its counters
// (`counter*`, for thresholds). Also keeps the counts while the first pass decides
// offers, before any reader list exists. An atom on a commitment that nothing on record
// answers reads unknown in the open world (FIXED_U), false in the closed one.
import { stanceRank } from "../../model/stance-rank.js";
import type { Stance } from "../../model/stance.js";
import type { Location } from "../../model/types.js";
import type { NumberTable } from "./number-table.js";
import { atomLocationKey, locationMatches } from "./locations.js";
import { F, FIXED_F, FIXED_T, FIXED_U, T, U, intArray, intBuffer, push, type IntBuffer } from "./program.js";
import { isOnRecord, type Selection } from "./select-offers.js";
import { grownI32, grownU8, type MutableTables } from "./tables.js";

/** The target slots given so far, with their counts and edges. @internal */
export interface TargetSlots {
  readonly selection: Selection;
  readonly overrides: ReadonlyMap<string, boolean>;
  readonly hasOverrides: boolean;
  /** Whether an atom on a commitment nothing on record answers is unknown (open world) rather than false. */
  readonly openWorld: boolean;
  readonly actorTable: NumberTable;
  readonly tables: MutableTables;
  /** Per commitment: F, U or T, as decided so far. */
  readonly val: Uint8Array;
  count: number;
  /** Per target: its matching offers that hold, and those that do not fail (unknown or true). */
  targetTrue: Int32Array;
  targetOpen: Int32Array;
  /** Per commitment, a list of the targets it counts towards while unknown: `feedHead`, then `feedNext` per edge. */
  readonly feedHead: number[];
  readonly feedNext: IntBuffer;
  readonly feedTarget: IntBuffer;
  /** Per target, a list of the counters it counts towards: `counterHead`, then `counterNext` per edge. */
  counterHead: Int32Array;
  readonly counterNext: IntBuffer;
  readonly counterItem: IntBuffer;
  /**
   * The common variant (stance open, no location): per type (index + 1, 0 for a type
   * the taxonomy lacks), a column by actor number, so that a known target costs one
   * lookup of the actor. The other variants by a variant string, then a number.
   */
  readonly openTargets: (number[] | undefined)[];
  readonly otherTargets: Map<string, Map<number, number>>;
  /** Scratch: the unknown offers of the target being made. */
  readonly unknownMembers: IntBuffer;
  /** Per actor number, its commitments on record as of the day (when first needed, for an atom with a location). */
  recordsOf: number[][] | undefined;
  /** Per actor number, the types of its commitments on record and the types above them (when first needed). */
  recordTypes: number[][] | undefined;
  /**
   * Per (actor, type) asked without a location, for an actor on record and a known type:
   * per type (index), by actor number, 0 when not asked yet, else 1 + whether nothing on
   * record answers it. The other atoms by a string, in `unrecordedOthers`.
   */
  readonly unrecorded: (Uint8Array | undefined)[];
  readonly unrecordedOthers: Map<string, boolean>;
}

const NO_TYPES: readonly number[] = [];

/** No target yet; every offer unknown. @internal */
export function targetSlots(
  selection: Selection,
  overrides: ReadonlyMap<string, boolean>,
  openWorld: boolean,
  actorTable: NumberTable,
  tables: MutableTables,
): TargetSlots {
  const n = selection.dataset.commitments.length;
  return {
    selection,
    overrides,
    hasOverrides: overrides.size > 0,
    openWorld,
    actorTable,
    tables,
    val: new Uint8Array(n).fill(U),
    count: 0,
    targetTrue: new Int32Array(256),
    targetOpen: new Int32Array(256),
    feedHead: intArray(n, -1),
    feedNext: intBuffer(),
    feedTarget: intBuffer(),
    counterHead: new Int32Array(256).fill(-1),
    counterNext: intBuffer(),
    counterItem: intBuffer(),
    openTargets: new Array<number[] | undefined>(selection.taxonomy.ids.length + 1).fill(undefined),
    otherTargets: new Map(),
    unknownMembers: intBuffer(),
    recordsOf: undefined,
    recordTypes: undefined,
    unrecorded: [],
    unrecordedOthers: new Map(),
  };
}

/** A target's value now, whether a slot or a fixed value. @internal */
export function targetValue(tables: MutableTables, target: number): number {
  return target >= 0 ? tables.posTargets[target]! : target === FIXED_T ? T : target === FIXED_U ? U : F;
}

/**
 * The target of a `commitment` atom: {@link targetSlot}, except that where nothing
 * decides it because nothing is on record (the actor has no statement in force on the
 * type or a type under it, at the location or under it, and no `commitment:` key
 * speaks), it is unknown for good in the open world (FIXED_U).
 * @internal
 */
export function commitmentTarget(targets: TargetSlots, actor: string, typeId: string, minStance: Stance, location: Location | undefined): number {
  // Hot: asked once per atom. The type and actor looked up once, for both questions.
  const t = typeIndexOf(targets, typeId);
  const a = targets.actorTable(actor);
  const target = slotOf(targets, actor, typeId, t, a, minStance, location);
  return target === FIXED_F && targets.openWorld && unrecorded(targets, actor, typeId, t, a, location) ? FIXED_U : target;
}

/**
 * Whether nothing answers the atom "`actor` offers `typeId` (at `location`)" but the
 * reading of the unrecorded: no `commitment:` key of the scenario speaks for it, and the
 * actor has no statement on record (an offer, a refusal or a withdrawal) on the type or
 * a type under it, at the location or a place under it.
 * @internal
 */
export function isUnrecorded(targets: TargetSlots, actor: string, typeId: string, location: Location | undefined): boolean {
  return unrecorded(targets, actor, typeId, typeIndexOf(targets, typeId), targets.actorTable(actor), location);
}

/** The index of a type in the taxonomy, -1 for a type it lacks. */
function typeIndexOf(targets: TargetSlots, typeId: string): number {
  return targets.selection.taxonomy.index.get(typeId) ?? -1;
}

/**
 * {@link isUnrecorded}, given the type's index `t` and the actor's number `a` (-1 for
 * none). Asked once per atom that fails: kept per type by actor number where it can be
 * (an actor on record, a known type, no location), which costs no string built per atom.
 */
function unrecorded(targets: TargetSlots, actor: string, typeId: string, t: number, a: number, location: Location | undefined): boolean {
  const { selection } = targets;
  const column = location === undefined && t >= 0 && a >= 0 ? (targets.unrecorded[t] ??= new Uint8Array(selection.actorIds.length)) : undefined;
  if (column !== undefined && column[a] !== 0) return column[a] === 2;
  const key = column === undefined ? `${actor}\u0000${typeId}\u0000${atomLocationKey(location)}` : "";
  let found = column === undefined ? targets.unrecordedOthers.get(key) : undefined;
  if (found === undefined) {
    const under = t < 0 ? NO_TYPES : selection.taxonomy.descendants[t]!;
    const spoken = targets.hasOverrides && overridden(targets, actor, typeId, under) !== U;
    found = !spoken && !hasRecord(targets, a, t, location);
    if (column !== undefined) column[a] = found ? 2 : 1;
    else targets.unrecordedOthers.set(key, found);
  }
  return found;
}

/** Whether actor `a` (-1 for none) has a commitment on record of type `t` or a type under it, at `location` or under it. */
function hasRecord(targets: TargetSlots, a: number, t: number, location: Location | undefined): boolean {
  const { selection } = targets;
  if (a < 0 || t < 0) return false;
  // Asked once per (actor, type) that fails: without a location, a look at a few type numbers.
  if (location === undefined) return (targets.recordTypes ??= recordsByActor(selection, true))[a]!.includes(t);
  const commitments = selection.dataset.commitments;
  for (const i of (targets.recordsOf ??= recordsByActor(selection, false))[a]!) {
    if (selection.taxonomy.ancestors[selection.typeOf[i]!]!.includes(t) && locationMatches(location, commitments[i]!.location)) return true;
  }
  return false;
}

/** Per actor number, its commitments on record as of the selection's day; or, by `types`, their types and the types above them. */
function recordsByActor(selection: Selection, types: boolean): number[][] {
  const records: number[][] = selection.actorIds.map(() => []);
  const { status, actorOf, typeOf, taxonomy } = selection;
  for (let i = 0; i < status.length; i++) {
    if (!isOnRecord(status[i]!)) continue;
    if (types) records[actorOf[i]!]!.push(...taxonomy.ancestors[typeOf[i]!]!);
    else records[actorOf[i]!]!.push(i);
  }
  return records;
}

/**
 * The target "`actor` offers `typeId` or a type under it at `minStance` or above (at
 * `location`)": a slot, or FIXED_T / FIXED_F when already decided for good (an offer
 * holds, all fail, a `commitment:` key says, or the actor has no offer at all).
 * @internal
 */
export function targetSlot(targets: TargetSlots, actor: string, typeId: string, minStance: Stance, location: Location | undefined): number {
  return slotOf(targets, actor, typeId, typeIndexOf(targets, typeId), targets.actorTable(actor), minStance, location);
}

/** {@link targetSlot}, given the type's index `t` and the actor's number `a` (-1 for none). */
function slotOf(targets: TargetSlots, actor: string, typeId: string, t: number, a: number, minStance: Stance, location: Location | undefined): number {
  const { taxonomy } = targets.selection;
  const under = t < 0 ? NO_TYPES : taxonomy.descendants[t]!;
  if (a < 0) return (targets.hasOverrides ? overridden(targets, actor, typeId, under) : F) === T ? FIXED_T : FIXED_F;
  let slots: Map<number, number> | undefined;
  let column: number[] | undefined;
  const key = a * (taxonomy.ids.length + 1) + t + 1;
  if (minStance === "open" && location === undefined) {
    column = targets.openTargets[t + 1] ??= intArray(targets.selection.actorIds.length, -1);
    const found = column[a]!;
    if (found !== -1) return found;
  } else {
    const variant = `${minStance}|${atomLocationKey(location)}`;
    slots = targets.otherTargets.get(variant);
    if (slots === undefined) targets.otherTargets.set(variant, (slots = new Map()));
    const found = slots.get(key);
    if (found !== undefined) return found;
  }
  const target = newTarget(targets, actor, typeId, under, a, minStance, location);
  if (column !== undefined) column[a] = target;
  else slots!.set(key, target);
  return target;
}

/** A target not asked before: its offers' values counted, then a slot, or a fixed value if decided. */
function newTarget(
  targets: TargetSlots,
  actor: string,
  typeId: string,
  under: readonly number[],
  a: number,
  minStance: Stance,
  location: Location | undefined,
): number {
  const { unknownMembers } = targets;
  let fixed = targets.hasOverrides ? overridden(targets, actor, typeId, under) : U;
  unknownMembers.length = 0;
  if (fixed === U) {
    const countTrue = countMembers(targets, a, under, stanceRank(minStance), location);
    // Decided already (an offer holds, or all fail): decided for good, so a fixed value in place of a target.
    fixed = countTrue > 0 ? T : unknownMembers.length === 0 ? F : U;
  }
  if (fixed !== U) return fixed === T ? FIXED_T : FIXED_F;
  const slot = targets.count++;
  if (slot === targets.targetOpen.length) growTargets(targets, slot + 1);
  const { feedHead, feedNext, feedTarget } = targets;
  // Each unknown offer tells the target when it is decided.
  for (let k = 0; k < unknownMembers.length; k++) {
    const m = unknownMembers.data[k]!;
    push(feedTarget, slot);
    push(feedNext, feedHead[m]!);
    feedHead[m] = feedTarget.length - 1;
  }
  targets.targetTrue[slot] = 0;
  targets.targetOpen[slot] = unknownMembers.length;
  targets.tables.posTargets[slot] = U;
  return slot;
}

/**
 * Of actor `a`'s offers of the types `under` at rank `min` or above (at `location`):
 * returns how many hold, and leaves those still unknown in `unknownMembers`.
 */
function countMembers(targets: TargetSlots, a: number, under: readonly number[], min: number, location: Location | undefined): number {
  const { actorStart, byActor, byActorKey, dataset } = targets.selection;
  const { val, unknownMembers } = targets;
  const from = actorStart[a]!;
  const to = actorStart[a + 1]!;
  let countTrue = 0;
  for (const d of under) {
    for (let k = lowerBound(byActorKey, from, to, d * 8); k < to && byActorKey[k]! >> 3 === d; k++) {
      if ((byActorKey[k]! & 7) < min) continue;
      const m = byActor[k]!;
      if (location !== undefined && !locationMatches(location, dataset.commitments[m]!.location)) continue;
      const value = val[m]!;
      if (value === T) countTrue++;
      else if (value === U) push(unknownMembers, m);
    }
  }
  return countTrue;
}

/** Room for `size` targets. */
function growTargets(targets: TargetSlots, size: number): void {
  const { tables } = targets;
  tables.posTargets = tables.negTargets = grownU8(tables.posTargets, size);
  targets.targetTrue = grownI32(targets.targetTrue, size);
  targets.targetOpen = grownI32(targets.targetOpen, size);
  const heads = new Int32Array(targets.targetOpen.length).fill(-1);
  heads.set(targets.counterHead);
  targets.counterHead = heads;
}

/** The first position in `keys[from … to]` (sorted) holding at least `key`. */
function lowerBound(keys: readonly number[], from: number, to: number, key: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a `commitment:` key says `actor` offers `typeId` (or, if true, a type under it): F, T, or U where none says. */
function overridden(targets: TargetSlots, actor: string, typeId: string, under: readonly number[]): number {
  const { overrides } = targets;
  const exact = overrides.get(`commitment:${actor}:${typeId}`);
  if (exact !== undefined) return exact ? T : F;
  for (const d of under) if (overrides.get(`commitment:${actor}:${targets.selection.taxonomy.ids[d]!}`) === true) return T;
  return U;
}

/** Adds target `target` to counter `counter`'s targets. @internal */
export function linkCounter(targets: TargetSlots, target: number, counter: number): void {
  push(targets.counterItem, counter);
  push(targets.counterNext, targets.counterHead[target]!);
  targets.counterHead[target] = targets.counterItem.length - 1;
}

/**
 * Decides an offer during the first pass, when no reader list exists yet: only the
 * counts of the targets it feeds change (and of their counters); every offer kept
 * undetermined is evaluated again after the pass.
 * @internal
 */
export function decideEarly(targets: TargetSlots, offer: number, value: number): void {
  const { val, feedHead, feedNext, feedTarget, targetTrue, targetOpen, tables } = targets;
  val[offer] = value;
  for (let e = feedHead[offer]!; e >= 0; e = feedNext.data[e]!) {
    const target = feedTarget.data[e]!;
    // It was counted as not failing while unknown.
    if (value === T) targetTrue[target]!++;
    else targetOpen[target]!--;
    if (tables.posTargets[target] !== U) continue;
    if (targetTrue[target]! > 0) decideTarget(targets, target, T);
    else if (targetOpen[target] === 0) decideTarget(targets, target, F);
  }
}

function decideTarget(targets: TargetSlots, target: number, value: number): void {
  const { tables, counterHead, counterNext, counterItem } = targets;
  tables.posTargets[target] = value;
  for (let e = counterHead[target]!; e >= 0; e = counterNext.data[e]!) {
    const counter = counterItem.data[e]!;
    if (value === T) tables.posTrue[counter]!++;
    else tables.posFalse[counter]!++;
  }
}
