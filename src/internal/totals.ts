// Totals: one rule everywhere (design §6). A quantity or a count is read as a figure
// (low..high, high null when open-ended), and figures are summed per unit (money per
// currency) into a `Total`. The aggregation reads its quantities through `quantityFigure`
// and `claimsFigure`; the scenario and the report sum with `sumFigures`.
//   exact v                    -> v..v
//   range                      -> low..high
//   approximate with a value   -> value..value            (approximate += 1)
//   approximate with bounds    -> low..high, or low..open (approximate += 1)
//   approximate with nothing   -> adds 0 to low, makes high open (withoutFigure += 1):
//                                 it stays in, flagged, never as zero
//   several claims ("all")     -> the lowest low .. the highest high (open wins)
// A total is never Infinity nor NaN: high is null when open-ended, and a sum past the
// largest number is an error.
import type { Count, Quantity } from "../model/types.js";
import { countBounds } from "./count-bounds.js";
import { invalidArgument } from "./errors.js";

/** One quantity or count read for a total. @internal */
export interface Figure {
  readonly low: number;
  /** Null when open-ended. */
  readonly high: number | null;
  /** An approximate figure ("about 200", "between 100 and 300"), which still has one. */
  readonly approximate: boolean;
  /** An approximate figure without any number ("several thousand"). */
  readonly withoutFigure: boolean;
}

/** A sum of figures in one unit (money: in one currency). @internal */
export interface Total {
  readonly unit: string;
  readonly currency?: string;
  readonly low: number;
  /** Null when open-ended: some figure had no upper bound. */
  readonly high: number | null;
  /** How many figures with a number were added (exact, range, approximate with a value or bounds). */
  readonly figures: number;
  /** How many of those were approximate. */
  readonly approximate: number;
  /** How many approximate figures without any number were added: the total is at least `low`, plus these. */
  readonly withoutFigure: number;
}

/** The figure of one quantity. @internal */
export function quantityFigure(quantity: Quantity): Figure {
  switch (quantity.kind) {
    case "exact":
      return { low: quantity.value, high: quantity.value, approximate: false, withoutFigure: false };
    case "range":
      return { low: quantity.low, high: quantity.high, approximate: false, withoutFigure: false };
    case "approximate":
      return approximateFigure(quantity.value, quantity.low, quantity.high);
  }
}

/** The figure of one count (`countBounds` gives its low and high). @internal */
export function countFigure(count: Count): Figure {
  const { low, high } = countBounds(count);
  if (count.kind !== "approximate") return { low, high, approximate: false, withoutFigure: false };
  return approximateFigure(count.value, count.low, count.high);
}

/** An approximate figure: its bounds where given, else its value, else nothing (0..open, flagged). */
function approximateFigure(value: number | undefined, low: number | undefined, high: number | undefined): Figure {
  const withoutFigure = value === undefined && low === undefined && high === undefined;
  return { low: low ?? value ?? 0, high: high ?? value ?? null, approximate: !withoutFigure, withoutFigure };
}

/**
 * The figures of the claims of one value read together ("all" claims): the lowest low
 * and the highest high (an open high wins); approximate if one is, without a figure
 * only if none has one. Undefined for no claims.
 * @internal
 */
export function claimsFigure(figures: readonly Figure[]): Figure | undefined {
  if (figures.length === 0) return undefined;
  let low = Number.POSITIVE_INFINITY;
  let high: number | null = Number.NEGATIVE_INFINITY;
  let approximate = false;
  let withoutFigure = true;
  for (const figure of figures) {
    low = Math.min(low, figure.low);
    high = high === null || figure.high === null ? null : Math.max(high, figure.high);
    approximate ||= figure.approximate;
    withoutFigure &&= figure.withoutFigure;
  }
  return { low, high, approximate: approximate && !withoutFigure, withoutFigure };
}

/**
 * Sums figures per unit (and currency for money), sorted by unit, then currency.
 * @throws {CoalitionError} `invalid_argument` for a total past the largest number.
 * @internal
 */
export function sumFigures(items: Iterable<{ readonly unit: string; readonly currency?: string | undefined; readonly figure: Figure }>): Total[] {
  const totals = new Map<string, { -readonly [K in keyof Total]: Total[K] }>();
  for (const { unit, currency, figure } of items) {
    const key = currency === undefined ? unit : `${unit}\u0000${currency}`;
    let total = totals.get(key);
    if (total === undefined) {
      total = { unit, low: 0, high: 0, figures: 0, approximate: 0, withoutFigure: 0 };
      if (currency !== undefined) total.currency = currency;
      totals.set(key, total);
    }
    total.low += figure.low;
    total.high = total.high === null || figure.high === null ? null : total.high + figure.high;
    if (total.low === Number.POSITIVE_INFINITY || total.high === Number.POSITIVE_INFINITY) {
      throw invalidArgument("figures", `the total of ${currency === undefined ? unit : `money in ${currency}`} is beyond the largest number a total can hold (about 1.8e308)`);
    }
    if (figure.withoutFigure) total.withoutFigure++;
    else total.figures++;
    if (figure.approximate) total.approximate++;
  }
  return [...totals.keys()].sort().map((key) => totals.get(key) as Total);
}
