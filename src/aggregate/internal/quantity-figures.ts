// The aggregation's reading of one quantity: the kernel's one rule for totals
// (../../internal/totals.ts), as the plain numbers its hot loops add.
import type { Commitment } from "../../model/types.js";
import { quantityFigure } from "../../internal/totals.js";

/** One claimed quantity of a commitment. @internal */
export type Quantity = NonNullable<Commitment["quantity"]>["claims"][number]["value"];

/** The low figure of one quantity: an exact value, a range's low end, an approximate figure's lower bound or value, or 0. @internal */
export const lowOf = (value: Quantity): number => quantityFigure(value).low;

/** The high figure of one quantity, NaN when open-ended. @internal */
export const highOf = (value: Quantity): number => quantityFigure(value).high ?? Number.NaN;

/** Whether a quantity has a figure at all ("several thousand" has none; "about 200" has one). @internal */
export const hasFigure = (value: Quantity): boolean => !quantityFigure(value).withoutFigure;
