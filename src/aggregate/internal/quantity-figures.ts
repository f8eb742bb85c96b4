import type { Commitment } from "../../model/types.js";

/** One claimed quantity of a commitment. @internal */
export type Quantity = NonNullable<Commitment["quantity"]>["claims"][number]["value"];

/** The low figure of one quantity: an exact value, a range's low end, an approximate lower bound or 0. @internal */
export const lowOf = (value: Quantity): number => (value.kind === "exact" ? value.value : (value.low ?? 0));

/** The high figure of one quantity, NaN when open-ended. @internal */
export const highOf = (value: Quantity): number => (value.kind === "exact" ? value.value : (value.high ?? NaN));

/** Whether a quantity has a figure at all ("several thousand" has none). @internal */
export const hasFigure = (value: Quantity): boolean =>
  value.kind !== "approximate" || value.low !== undefined || value.high !== undefined;
