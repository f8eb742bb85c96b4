// Totals: one rule everywhere (design §6). A quantity is read as a figure (low..high,
// high null when open-ended), and figures are summed per unit (money per currency). The
// aggregation and the scenario read their quantities through `quantityFigure` and
// `claimsFigure` (the report's totals are the aggregation's) and sum them in their own columns.
//   exact v                    -> v..v
//   range                      -> low..high
//   approximate with a value   -> value..value            (approximate += 1)
//   approximate with bounds    -> low..high, or low..open (approximate += 1)
//   approximate with nothing   -> adds 0 to low, makes high open (withoutFigure += 1):
//                                 it stays in, flagged, never as zero
//   several claims ("all")     -> the lowest low .. the highest high (open wins)
// A total is never Infinity nor NaN: high is null when open-ended, and a sum past the
// largest number is an error (aggregate/internal/unit-totals.ts, exchange-rates.ts).
import type { Quantity } from "../model/types.js";

/** One quantity read for a total. @internal */
export interface Figure {
  readonly low: number;
  /** Null when open-ended. */
  readonly high: number | null;
  /** An approximate figure ("about 200", "between 100 and 300"), which still has one. */
  readonly approximate: boolean;
  /** An approximate figure without any number ("several thousand"). */
  readonly withoutFigure: boolean;
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
