// Totals: what the active and undetermined offers add up to, per contribution type
// (counting subtypes), and how that changes when some offers change verdict. Takes the
// selection and one value per commitment; gives the totals, as plain data. Each offer's
// quantity is read by the kernel's one rule for totals (../../internal/totals.ts), as the
// aggregation and the report read it: the same records give the same low and high.
import { claimsFigure, quantityFigure, type Figure } from "../../internal/totals.js";
import type { Commitment, Quantity } from "../../model/types.js";
import type { QuantityTotal, ScenarioTotal, TotalChange } from "../types.js";
import { F, T, U } from "./program.js";
import { IN_FORCE, type Selection } from "./select-offers.js";

interface QuantitySum {
  unit: string;
  currency: string | undefined;
  low: number;
  high: number;
  openEnded: number;
}

export interface TypeSums {
  activeActors: number;
  activeCommitments: number;
  unquantified: number;
  undeterminedActors: number;
  undeterminedCommitments: number;
  quantities: Map<string, QuantitySum> | undefined;
}

/** Totals, with the counts per (type, actor) kept when asked, so that changes can be computed from them. @internal */
export interface TotalsState {
  readonly actors: number;
  /** Per type index; undefined where no reported offer counts towards the type. */
  readonly byType: TypeSums[];
  /** Active / undetermined offers per (type, actor), keyed `type * actors + actor`: only with `withPairs`. */
  readonly pairActive: Map<number, number>;
  readonly pairUndetermined: Map<number, number>;
}

/** An offer's figure in one unit (money: in one currency), under the key its sums are kept by. */
interface Range {
  readonly key: string;
  readonly unit: string;
  readonly currency: string | undefined;
  readonly figure: Figure;
}

const NO_RANGES: readonly Range[] = [];

/** The key a unit's sums are kept by: money per currency. */
function unitKey(value: Quantity): string {
  return value.unit === "money" ? `money:${value.currency ?? ""}` : value.unit;
}

/**
 * An offer's quantity as one figure per unit, across all its claims, by the kernel's
 * rule: the lowest low and the highest high any claim gives ("all" claims, as the
 * aggregation reads them by default); an approximate figure without an upper bound
 * leaves the high open.
 * @internal
 */
export function rangesOf(offer: Commitment): readonly Range[] {
  const claims = offer.quantity?.claims;
  if (claims === undefined || claims.length === 0) return NO_RANGES;
  if (claims.length === 1) {
    const value = (claims[0] as (typeof claims)[number]).value;
    return [{ key: unitKey(value), unit: value.unit, currency: value.currency, figure: quantityFigure(value) }];
  }
  const units = new Map<string, { readonly value: Quantity; readonly figures: Figure[] }>();
  for (const { value } of claims) {
    const key = unitKey(value);
    const unit = units.get(key);
    if (unit === undefined) units.set(key, { value, figures: [quantityFigure(value)] });
    else unit.figures.push(quantityFigure(value));
  }
  // Each unit holds one figure at least: claimsFigure gives one.
  return [...units].map(([key, { value, figures }]) => ({ key, unit: value.unit, currency: value.currency, figure: claimsFigure(figures) as Figure }));
}

function sumsOf(byType: TypeSums[], t: number): TypeSums {
  let sums = byType[t];
  if (sums === undefined) {
    sums = { activeActors: 0, activeCommitments: 0, unquantified: 0, undeterminedActors: 0, undeterminedCommitments: 0, quantities: undefined };
    byType[t] = sums;
  }
  return sums;
}

/**
 * Adds (`sign` 1) or takes away (-1) an offer's figures to a type's sums. An open-ended
 * figure adds its low to the high as well, so that the high is never below the low,
 * and counts in `openEnded`, which says the true high is unbounded (the aggregation's
 * null high).
 * @internal
 */
export function addQuantities(sums: TypeSums, ranges: readonly Range[], sign: number): void {
  if (ranges.length === 0) {
    sums.unquantified += sign;
    return;
  }
  sums.quantities ??= new Map();
  for (const { key, unit, currency, figure } of ranges) {
    let sum = sums.quantities.get(key);
    if (sum === undefined) {
      sum = { unit, currency, low: 0, high: 0, openEnded: 0 };
      sums.quantities.set(key, sum);
    }
    sum.low += sign * figure.low;
    sum.high += sign * (figure.high ?? figure.low);
    if (figure.high === null) sum.openEnded += sign;
  }
}

/** What the counting of one call reads: the selection, one value per commitment, and the weakest rank reported. */
interface Counting {
  readonly selection: Selection;
  readonly values: Uint8Array;
  readonly minRank: number;
  readonly byType: TypeSums[];
}

/**
 * The totals of the reported offers (in force, at or above `minRank`) under `values`
 * (one byte per commitment): commitments and quantities in dataset order, distinct
 * actors by a scan of each actor's offers.
 * @internal
 */
export function computeTotals(selection: Selection, values: Uint8Array, minRank: number, withPairs: boolean): TotalsState {
  const counting: Counting = { selection, values, minRank, byType: new Array<TypeSums>(selection.taxonomy.ids.length) };
  sumOffers(counting);
  const actors = selection.actorStart.length - 1;
  const pairActive = new Map<number, number>();
  const pairUndetermined = new Map<number, number>();
  // Per type, the last actor counted: offers are grouped by actor.
  const activeSeen = new Int32Array(selection.taxonomy.ids.length).fill(-1);
  const undeterminedSeen = new Int32Array(selection.taxonomy.ids.length).fill(-1);
  for (let a = 0; a < actors; a++) {
    countActor(counting, a, T, activeSeen, withPairs ? pairActive : undefined);
    // An actor with an active offer of a type is not counted as undetermined on it.
    countActor(counting, a, U, undeterminedSeen, withPairs ? pairUndetermined : undefined, activeSeen);
  }
  return { actors, byType: counting.byType, pairActive, pairUndetermined };
}

/** Counts each reported offer, active or undetermined, towards its type and the types above, with the figures of the active; every reported offer's types are reported. */
function sumOffers({ selection, values, minRank, byType }: Counting): void {
  const { dataset, status, rankOf, typeOf, taxonomy } = selection;
  const commitments = dataset.commitments;
  for (let i = 0; i < commitments.length; i++) {
    if (status[i] !== IN_FORCE || rankOf[i]! < minRank) continue;
    const value = values[i]!;
    if (value === T) {
      const ranges = rangesOf(commitments[i]!);
      for (const t of taxonomy.ancestors[typeOf[i]!]!) {
        const sums = sumsOf(byType, t);
        sums.activeCommitments++;
        addQuantities(sums, ranges, 1);
      }
    } else {
      // An inactive offer counts for nothing, but its type is reported (with zeros).
      for (const t of taxonomy.ancestors[typeOf[i]!]!) sumsOf(byType, t).undeterminedCommitments += value === U ? 1 : 0;
    }
  }
}

/**
 * Counts actor `a` once for each type (and type above) it has a reported offer of with
 * `value` (T or U), unless `seen` (or `blocked`) already holds `a` for that type; keeps
 * its offers per (type, actor) in `pairs` when given.
 */
function countActor(counting: Counting, a: number, value: number, seen: Int32Array, pairs: Map<number, number> | undefined, blocked?: Int32Array): void {
  const { selection, values, minRank, byType } = counting;
  const { rankOf, typeOf, taxonomy, actorStart, byActor } = selection;
  const actors = actorStart.length - 1;
  for (let k = actorStart[a]!; k < actorStart[a + 1]!; k++) {
    const i = byActor[k]!;
    if (rankOf[i]! < minRank || values[i] !== value) continue;
    for (const t of taxonomy.ancestors[typeOf[i]!]!) {
      if (seen[t] !== a && blocked?.[t] !== a) {
        seen[t] = a;
        if (value === T) byType[t]!.activeActors++;
        else byType[t]!.undeterminedActors++;
      }
      if (pairs !== undefined) pairs.set(t * actors + a, (pairs.get(t * actors + a) ?? 0) + 1);
    }
  }
}

function quantityList(quantities: Map<string, QuantitySum> | undefined, skipZero: boolean): QuantityTotal[] {
  if (quantities === undefined) return [];
  const list: QuantityTotal[] = [];
  for (const key of [...quantities.keys()].sort()) {
    const sum = quantities.get(key)!;
    if (skipZero && sum.low === 0 && sum.high === 0 && sum.openEnded === 0) continue;
    list.push(
      sum.currency === undefined
        ? { unit: sum.unit, low: sum.low, high: sum.high, openEnded: sum.openEnded }
        : { unit: sum.unit, currency: sum.currency, low: sum.low, high: sum.high, openEnded: sum.openEnded },
    );
  }
  return list;
}

/** The totals as plain data, in taxonomy order. @internal */
export function totalsList(selection: Selection, state: TotalsState): ScenarioTotal[] {
  const list: ScenarioTotal[] = [];
  // forEach skips the types no offer counts towards (holes of the sparse array).
  state.byType.forEach((sums, t) => {
    list.push({
      type: selection.taxonomy.ids[t]!,
      active: {
        actors: sums.activeActors,
        commitments: sums.activeCommitments,
        unquantified: sums.unquantified,
        quantities: quantityList(sums.quantities, false),
      },
      undetermined: { actors: sums.undeterminedActors, commitments: sums.undeterminedCommitments },
    });
  });
  return list;
}

/**
 * The change in totals if the undetermined offers `activated` turned active and
 * `deactivated` turned inactive, computed from the per-actor counts of `state`
 * without recounting the rest.
 * @internal
 */
export function totalsChange(
  selection: Selection,
  state: TotalsState,
  activated: readonly number[],
  deactivated: readonly number[],
): TotalChange[] {
  const { dataset, typeOf, actorOf, taxonomy } = selection;
  const { actors, pairActive, pairUndetermined } = state;
  const byType = new Array<TypeSums>(taxonomy.ids.length);
  const deltaActive = new Map<number, number>();
  const deltaUndetermined = new Map<number, number>();
  const move = (offer: number, to: number) => {
    const ranges = to === T ? rangesOf(dataset.commitments[offer]!) : NO_RANGES;
    for (const t of taxonomy.ancestors[typeOf[offer]!]!) {
      const sums = sumsOf(byType, t);
      const key = t * actors + actorOf[offer]!;
      const active = (pairActive.get(key) ?? 0) + (deltaActive.get(key) ?? 0);
      // A moved offer was undetermined: it is counted there.
      const undetermined = pairUndetermined.get(key)! + (deltaUndetermined.get(key) ?? 0);
      const wasActive = active > 0 ? 1 : 0;
      const wasUndetermined = active === 0 && undetermined > 0 ? 1 : 0;
      const nextActive = active + (to === T ? 1 : 0);
      const nextUndetermined = undetermined - 1;
      deltaUndetermined.set(key, (deltaUndetermined.get(key) ?? 0) - 1);
      sums.undeterminedCommitments--;
      if (to === T) {
        deltaActive.set(key, (deltaActive.get(key) ?? 0) + 1);
        sums.activeCommitments++;
        addQuantities(sums, ranges, 1);
      }
      sums.activeActors += (nextActive > 0 ? 1 : 0) - wasActive;
      sums.undeterminedActors += (nextActive === 0 && nextUndetermined > 0 ? 1 : 0) - wasUndetermined;
    }
  };
  for (const offer of activated) move(offer, T);
  for (const offer of deactivated) move(offer, F);
  const list: TotalChange[] = [];
  // Only the types a moved offer counts towards are set, and each such move changes
  // their count of undetermined commitments: none of them is without change.
  byType.forEach((sums, t) => {
    const quantities = quantityList(sums.quantities, true);
    list.push({
      type: taxonomy.ids[t]!,
      active: { actors: sums.activeActors, commitments: sums.activeCommitments, unquantified: sums.unquantified, quantities },
      undetermined: { actors: sums.undeterminedActors, commitments: sums.undeterminedCommitments },
    });
  });
  return list;
}

/** Active figures of a type with nothing in them, for a type one side of a difference lacks. */
const NO_ACTIVE = { actors: 0, commitments: 0, unquantified: 0, quantities: [] as QuantityTotal[] };
const NO_UNDETERMINED = { actors: 0, commitments: 0 };

/** The difference `after - before` of two totals lists, for the types that differ. @internal */
export function totalsDifference(before: readonly ScenarioTotal[], after: readonly ScenarioTotal[]): TotalChange[] {
  const types: string[] = [];
  const seen = new Set<string>();
  for (const total of [...before, ...after]) if (!seen.has(total.type) && seen.add(total.type)) types.push(total.type);
  const beforeByType = new Map(before.map((total) => [total.type, total]));
  const afterByType = new Map(after.map((total) => [total.type, total]));
  const changes: TotalChange[] = [];
  for (const type of types) {
    const change = typeDifference(type, beforeByType.get(type), afterByType.get(type));
    if (isChange(change)) changes.push(change);
  }
  return changes;
}

/** The difference of one type's totals (either side absent: nothing). */
function typeDifference(type: string, b: ScenarioTotal | undefined, a: ScenarioTotal | undefined): TotalChange {
  const ba = b?.active ?? NO_ACTIVE;
  const aa = a?.active ?? NO_ACTIVE;
  const bu = b?.undetermined ?? NO_UNDETERMINED;
  const au = a?.undetermined ?? NO_UNDETERMINED;
  return {
    type,
    active: {
      actors: aa.actors - ba.actors,
      commitments: aa.commitments - ba.commitments,
      unquantified: aa.unquantified - ba.unquantified,
      quantities: quantityDifference(ba.quantities, aa.quantities),
    },
    undetermined: { actors: au.actors - bu.actors, commitments: au.commitments - bu.commitments },
  };
}

/** The difference `after - before` of two lists of quantity totals, per unit, for the units that differ. */
function quantityDifference(before: readonly QuantityTotal[], after: readonly QuantityTotal[]): QuantityTotal[] {
  const units = new Map<string, QuantitySum>();
  const add = (list: readonly QuantityTotal[], sign: number) => {
    for (const q of list) {
      const key = q.unit === "money" ? `money:${q.currency ?? ""}` : q.unit;
      let entry = units.get(key);
      if (entry === undefined) units.set(key, (entry = { unit: q.unit, currency: q.currency, low: 0, high: 0, openEnded: 0 }));
      entry.low += sign * q.low;
      entry.high += sign * q.high;
      entry.openEnded += sign * q.openEnded;
    }
  };
  add(before, -1);
  add(after, 1);
  return quantityList(units, true);
}

/** Whether a difference of totals changes anything. */
function isChange({ active, undetermined }: TotalChange): boolean {
  return active.actors !== 0 || active.commitments !== 0 || active.unquantified !== 0 || active.quantities.length > 0 || undetermined.actors !== 0 || undetermined.commitments !== 0;
}
