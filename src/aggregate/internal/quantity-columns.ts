// The quantities of an index's commitments as columns, for the column-wise aggregation:
// built by the first aggregation of an index (stance queries never need them) and kept
// beside it, not on it, since an index may be frozen.
import type { Commitment } from "../../model/types.js";
import type { IndexData } from "../../internal/index/index-data.js";
import { hasFigure, highOf, lowOf, type Quantity } from "./quantity-figures.js";

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

/** A unit, and for money its currency. @internal */
export interface UnitSlot {
  readonly unit: string;
  readonly currency: string | undefined;
}

/** More than one claim. */
export const DISPUTED = 1;
/** Claims in different units: read from the record. */
export const MIXED = 4;
/** A unit but no figure in any claim ("several thousand"). */
export const NO_FIGURE = 8;

// Created on first use: no work at module level.
let quantityColumns: WeakMap<IndexData, QuantityColumns> | undefined;

/** The quantity columns of an index, built on first use. @internal */
export function quantitiesOf(data: IndexData): QuantityColumns {
  quantityColumns ??= new WeakMap();
  let columns = quantityColumns.get(data);
  if (columns === undefined) quantityColumns.set(data, (columns = buildQuantityColumns(data)));
  return columns;
}

function buildQuantityColumns(data: IndexData): QuantityColumns {
  const { order } = data;
  const commitments = data.dataset.commitments;
  const n = order.length;
  // Read in the dataset's order, the order of the records in memory, written at each position.
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[order[p] as number] = p;
  const columns = { unit: new Int32Array(n).fill(-1), low: new Float64Array(n), high: new Float64Array(n), flags: new Uint8Array(n) };
  const slots = unitSlots();
  for (let i = 0; i < n; i++) {
    const claims = (commitments[i] as Commitment).quantity?.claims;
    if (claims !== undefined && claims.length > 0) readClaims(claims, position[i] as number, columns, slots.slotOf);
  }
  return { ...columns, units: slots.units };
}

/** Writes at position `p` the unit, the lowest low, the highest high and the flags of a commitment's claims. */
function readClaims(
  claims: NonNullable<Commitment["quantity"]>["claims"],
  p: number,
  columns: { unit: Int32Array; low: Float64Array; high: Float64Array; flags: Uint8Array },
  slotOf: (value: Quantity) => number,
): void {
  let flags = claims.length > 1 ? DISPUTED : 0;
  let lo = Infinity;
  let hi = -Infinity;
  let figure = false;
  let slot = -1;
  for (const { value } of claims) {
    const s = slotOf(value);
    if (slot !== -1 && slot !== s) flags |= MIXED;
    slot = s;
    lo = Math.min(lo, lowOf(value));
    const h = highOf(value);
    hi = Number.isNaN(h) || Number.isNaN(hi) ? Number.NaN : Math.max(hi, h);
    figure ||= hasFigure(value);
  }
  columns.unit[p] = slot;
  columns.low[p] = lo;
  columns.high[p] = hi;
  columns.flags[p] = figure ? flags : flags | NO_FIGURE;
}

/** Units numbered in order of first sight, each unit and currency once. */
function unitSlots() {
  const units: UnitSlot[] = [];
  const byUnit = new Map<string, Map<string | undefined, number>>();
  const slotOf = (value: Quantity): number => {
    const currency = value.unit === "money" ? value.currency : undefined;
    let byCurrency = byUnit.get(value.unit);
    if (byCurrency === undefined) byUnit.set(value.unit, (byCurrency = new Map()));
    let slot = byCurrency.get(currency);
    if (slot === undefined) {
      byCurrency.set(currency, (slot = units.length));
      units.push({ unit: value.unit, currency });
    }
    return slot;
  };
  return { units, slotOf };
}
