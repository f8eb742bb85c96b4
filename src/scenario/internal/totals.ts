// Totals: what the active and undetermined offers add up to, per contribution type
// (counting subtypes), and how that changes when some offers change verdict. Takes the
// selection and one value per commitment; gives the totals, as plain data.
import type { Commitment } from "../../model/types.js";
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

interface Range {
  readonly key: string;
  readonly unit: string;
  readonly currency: string | undefined;
  readonly low: number;
  /** undefined: no upper bound. */
  readonly high: number | undefined;
}

/**
 * An offer's quantity as one range per unit, across all its claims: the lowest low and
 * the highest high any claim gives ("all claims"); an approximate figure without an
 * upper bound leaves the high open.
 */
const NO_RANGES: readonly Range[] = [];

export function rangesOf(offer: Commitment): readonly Range[] {
  const claims = offer.quantity?.claims;
  if (claims === undefined || claims.length === 0) return NO_RANGES;
  const ranges = new Map<string, { unit: string; currency: string | undefined; low: number; high: number | undefined; open: boolean }>();
  for (const { value } of claims) {
    const key = value.unit === "money" ? `money:${value.currency ?? ""}` : value.unit;
    const low = value.kind === "exact" ? value.value : (value.low ?? 0);
    const high = value.kind === "exact" ? value.value : value.high;
    const range = ranges.get(key);
    if (range === undefined) {
      ranges.set(key, { unit: value.unit, currency: value.currency, low, high, open: high === undefined });
    } else {
      range.low = Math.min(range.low, low);
      if (high === undefined) range.open = true;
      else range.high = range.high === undefined ? high : Math.max(range.high, high);
    }
  }
  return [...ranges].map(([key, range]) => ({
    key,
    unit: range.unit,
    currency: range.currency,
    low: range.low,
    high: range.open ? undefined : range.high,
  }));
}

function sumsOf(byType: TypeSums[], t: number): TypeSums {
  let sums = byType[t];
  if (sums === undefined) {
    sums = { activeActors: 0, activeCommitments: 0, unquantified: 0, undeterminedActors: 0, undeterminedCommitments: 0, quantities: undefined };
    byType[t] = sums;
  }
  return sums;
}

export function addQuantities(sums: TypeSums, ranges: readonly Range[], sign: number): void {
  if (ranges.length === 0) {
    sums.unquantified += sign;
    return;
  }
  sums.quantities ??= new Map();
  for (const range of ranges) {
    let sum = sums.quantities.get(range.key);
    if (sum === undefined) {
      sum = { unit: range.unit, currency: range.currency, low: 0, high: 0, openEnded: 0 };
      sums.quantities.set(range.key, sum);
    }
    sum.low += sign * range.low;
    if (range.high === undefined) sum.openEnded += sign;
    else sum.high += sign * range.high;
  }
}

/**
 * The totals of the reported offers (in force, at or above `minRank`) under `values`
 * (one byte per commitment): commitments and quantities in dataset order, distinct
 * actors by a scan of each actor's offers.
 * @internal
 */
export function computeTotals(selection: Selection, values: Uint8Array, minRank: number, withPairs: boolean): TotalsState {
  const { dataset, status, rankOf, typeOf, taxonomy, actorStart, byActor } = selection;
  const commitments = dataset.commitments;
  const { ancestors } = taxonomy;
  const byType = new Array<TypeSums>(taxonomy.ids.length);
  for (let i = 0; i < commitments.length; i++) {
    if (status[i] !== IN_FORCE || rankOf[i]! < minRank) continue;
    const value = values[i]!;
    const ranges = value === T ? rangesOf(commitments[i]!) : NO_RANGES;
    for (const t of ancestors[typeOf[i]!]!) {
      const sums = sumsOf(byType, t);
      if (value === T) {
        sums.activeCommitments++;
        addQuantities(sums, ranges, 1);
      } else if (value === U) sums.undeterminedCommitments++;
    }
  }
  const actors = actorStart.length - 1;
  const pairActive = new Map<number, number>();
  const pairUndetermined = new Map<number, number>();
  // Per type, the last actor counted: offers are grouped by actor.
  const activeSeen = new Int32Array(taxonomy.ids.length).fill(-1);
  const undeterminedSeen = new Int32Array(taxonomy.ids.length).fill(-1);
  for (let a = 0; a < actors; a++) {
    const from = actorStart[a]!;
    const to = actorStart[a + 1]!;
    for (let k = from; k < to; k++) {
      const i = byActor[k]!;
      if (rankOf[i]! < minRank || values[i] !== T) continue;
      for (const t of ancestors[typeOf[i]!]!) {
        if (activeSeen[t] !== a) {
          activeSeen[t] = a;
          byType[t]!.activeActors++;
        }
        if (withPairs) pairActive.set(t * actors + a, (pairActive.get(t * actors + a) ?? 0) + 1);
      }
    }
    for (let k = from; k < to; k++) {
      const i = byActor[k]!;
      if (rankOf[i]! < minRank || values[i] !== U) continue;
      for (const t of ancestors[typeOf[i]!]!) {
        if (activeSeen[t] !== a && undeterminedSeen[t] !== a) {
          undeterminedSeen[t] = a;
          byType[t]!.undeterminedActors++;
        }
        if (withPairs) pairUndetermined.set(t * actors + a, (pairUndetermined.get(t * actors + a) ?? 0) + 1);
      }
    }
  }
  return { actors, byType, pairActive, pairUndetermined };
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

/** The difference `after - before` of two totals lists, for the types that differ. @internal */
export function totalsDifference(before: readonly ScenarioTotal[], after: readonly ScenarioTotal[]): TotalChange[] {
  const zero = { actors: 0, commitments: 0, unquantified: 0, quantities: [] as QuantityTotal[] };
  const types: string[] = [];
  const seen = new Set<string>();
  for (const total of [...before, ...after]) if (!seen.has(total.type) && seen.add(total.type)) types.push(total.type);
  const beforeByType = new Map(before.map((total) => [total.type, total]));
  const afterByType = new Map(after.map((total) => [total.type, total]));
  const changes: TotalChange[] = [];
  for (const type of types) {
    const b = beforeByType.get(type);
    const a = afterByType.get(type);
    const ba = b?.active ?? zero;
    const aa = a?.active ?? zero;
    const units = new Map<string, { unit: string; currency: string | undefined; low: number; high: number; openEnded: number }>();
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
    add(ba.quantities, -1);
    add(aa.quantities, 1);
    const change: TotalChange = {
      type,
      active: {
        actors: aa.actors - ba.actors,
        commitments: aa.commitments - ba.commitments,
        unquantified: aa.unquantified - ba.unquantified,
        quantities: quantityList(units, true),
      },
      undetermined: {
        actors: (a?.undetermined.actors ?? 0) - (b?.undetermined.actors ?? 0),
        commitments: (a?.undetermined.commitments ?? 0) - (b?.undetermined.commitments ?? 0),
      },
    };
    const { active, undetermined } = change;
    if (
      active.actors !== 0 ||
      active.commitments !== 0 ||
      active.unquantified !== 0 ||
      active.quantities.length > 0 ||
      undetermined.actors !== 0 ||
      undetermined.commitments !== 0
    ) {
      changes.push(change);
    }
  }
  return changes;
}
