import { STANCES } from "../../model/stance.js";
import { FULFILMENT_STAGES } from "../../model/fulfilment-stages.js";
import type { AggregateDimension, UnitTotal } from "../types.js";

/** The order of bucket keys: stances strongest first, stages in order, others by code unit; null last. @internal */
export function compareKeys(by: AggregateDimension): (a: string | null, b: string | null) => number {
  const scale: readonly string[] | undefined = by === "stance" ? STANCES : by === "stage" ? FULFILMENT_STAGES : undefined;
  return (a, b) => {
    // Bucket keys are distinct; were two equal, each line below would still give 0.
    if (a === null || b === null) return Number(a === null) - Number(b === null);
    if (scale !== undefined) return scale.indexOf(a) - scale.indexOf(b);
    return a < b ? -1 : Number(a > b);
  };
}

/** The sort key of a unit total. @internal */
export function unitKey(total: Pick<UnitTotal, "unit" | "currency">): string {
  return total.currency === undefined ? total.unit : `${total.unit}:${total.currency}`;
}
