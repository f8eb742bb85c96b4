// What the active and undetermined offers add up to, per contribution type (counting
// subtypes), and how that changes when some offers change verdict.
import type { Commitment } from "../../model/types.js";
import type { QuantityTotal, ScenarioTotal, TotalChange } from "../types.js";
import { F, T, type Workspace } from "./graph.js";
import type { Prepared } from "./prepare.js";

interface QuantitySum {
  unit: string;
  currency: string | undefined;
  low: number;
  high: number;
  openEnded: number;
}

interface TypeSums {
  activeActors: number;
  activeCommitments: number;
  unquantified: number;
  undeterminedActors: number;
  undeterminedCommitments: number;
  quantities: Map<string, QuantitySum> | undefined;
}

/** Totals with the per-actor counts kept, so that changes can be computed from them. @internal */
export interface TotalsState {
  readonly actorOf: Int32Array;
  readonly actors: number;
  /** Per type index; undefined where no reported offer counts towards the type. */
  readonly byType: (TypeSums | undefined)[];
  /** Active / undetermined offers per (type, actor), keyed `type * actors + actor`. */
  readonly pairActive: PairCounts;
  readonly pairUndetermined: PairCounts;
}

/** Counts keyed by (type, actor): a dense table when it is small enough, else a map. */
interface PairCounts {
  get(key: number): number;
  add(key: number, delta: number): number;
  forEachNonZero(visit: (key: number, count: number) => void): void;
}

const DENSE_CELLS = 1 << 23;

function pairCounts(cells: number, name: string, workspace: Workspace | undefined): PairCounts {
  if (cells <= DENSE_CELLS) {
    const table = workspace === undefined ? new Int32Array(cells) : workspace.int32(name, cells, 0);
    return {
      get: (key) => table[key]!,
      add: (key, delta) => (table[key]! += delta),
      forEachNonZero(visit) {
        for (let key = 0; key < cells; key++) if (table[key] !== 0) visit(key, table[key]!);
      },
    };
  }
  const map = new Map<number, number>();
  return {
    get: (key) => map.get(key) ?? 0,
    add(key, delta) {
      const next = (map.get(key) ?? 0) + delta;
      map.set(key, next);
      return next;
    },
    forEachNonZero(visit) {
      for (const [key, count] of map) if (count !== 0) visit(key, count);
    },
  };
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

function rangesOf(offer: Commitment): readonly Range[] {
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

function sumsOf(byType: (TypeSums | undefined)[], t: number): TypeSums {
  let sums = byType[t];
  if (sums === undefined) {
    sums = { activeActors: 0, activeCommitments: 0, unquantified: 0, undeterminedActors: 0, undeterminedCommitments: 0, quantities: undefined };
    byType[t] = sums;
  }
  return sums;
}

function addQuantities(sums: TypeSums, ranges: readonly Range[], sign: number): void {
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

/** The totals of the reported offers under `values` (one byte per offer). @internal */
export function computeTotals(prepared: Prepared, values: Uint8Array, workspace?: Workspace): TotalsState {
  const { offers, visible, offerType, taxonomy } = prepared;
  const actorIndex = new Map<string, number>();
  const actorOf = workspace === undefined ? new Int32Array(offers.length) : workspace.int32("actorOf", offers.length, 0);
  for (let i = 0; i < offers.length; i++) {
    const actor = offers[i]!.actor;
    let a = actorIndex.get(actor);
    if (a === undefined) actorIndex.set(actor, (a = actorIndex.size));
    actorOf[i] = a;
  }
  const actors = Math.max(1, actorIndex.size);
  const byType: (TypeSums | undefined)[] = new Array(taxonomy.ids.length);
  const pairActive = pairCounts(actors * taxonomy.ids.length, "pairActive", workspace);
  const pairUndetermined = pairCounts(actors * taxonomy.ids.length, "pairUndetermined", workspace);
  for (let i = 0; i < offers.length; i++) {
    if (visible[i] !== 1) continue;
    const value = values[i]!;
    const ranges = value === T ? rangesOf(offers[i]!) : NO_RANGES;
    for (const t of taxonomy.ancestors[offerType[i]!]!) {
      const sums = sumsOf(byType, t);
      if (value === F) continue;
      const key = t * actors + actorOf[i]!;
      if (value === T) {
        sums.activeCommitments++;
        addQuantities(sums, ranges, 1);
        if (pairActive.add(key, 1) === 1) sums.activeActors++;
      } else {
        sums.undeterminedCommitments++;
        pairUndetermined.add(key, 1);
      }
    }
  }
  pairUndetermined.forEachNonZero((key) => {
    if (pairActive.get(key) === 0) byType[Math.floor(key / actors)]!.undeterminedActors++;
  });
  return { actorOf, actors, byType, pairActive, pairUndetermined };
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
export function totalsList(prepared: Prepared, state: TotalsState): ScenarioTotal[] {
  const list: ScenarioTotal[] = [];
  state.byType.forEach((sums, t) => {
    if (sums === undefined) return;
    list.push({
      type: prepared.taxonomy.ids[t]!,
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
  prepared: Prepared,
  state: TotalsState,
  activated: readonly number[],
  deactivated: readonly number[],
): TotalChange[] {
  const { offers, offerType, taxonomy } = prepared;
  const { actors, actorOf, pairActive, pairUndetermined } = state;
  const byType: (TypeSums | undefined)[] = new Array(taxonomy.ids.length);
  const deltaActive = new Map<number, number>();
  const deltaUndetermined = new Map<number, number>();
  const move = (offer: number, to: number) => {
    const ranges = to === T ? rangesOf(offers[offer]!) : NO_RANGES;
    for (const t of taxonomy.ancestors[offerType[offer]!]!) {
      const sums = sumsOf(byType, t);
      const key = t * actors + actorOf[offer]!;
      const active = pairActive.get(key) + (deltaActive.get(key) ?? 0);
      const undetermined = pairUndetermined.get(key) + (deltaUndetermined.get(key) ?? 0);
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
  byType.forEach((sums, t) => {
    if (sums === undefined) return;
    const quantities = quantityList(sums.quantities, true);
    if (
      sums.activeActors === 0 &&
      sums.activeCommitments === 0 &&
      sums.unquantified === 0 &&
      sums.undeterminedActors === 0 &&
      sums.undeterminedCommitments === 0 &&
      quantities.length === 0
    ) {
      return;
    }
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
