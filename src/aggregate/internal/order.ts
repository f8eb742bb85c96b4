import { STANCES } from "../../model/stance.js";
import { STAGES } from "../../query/internal/index-data.js";
import type { AggregateDimension, UnitTotal } from "../types.js";

/** The order of bucket keys: stances strongest first, stages in order, others by code unit; null last. @internal */
export function compareKeys(by: AggregateDimension): (a: string | null, b: string | null) => number {
  const scale: readonly string[] | undefined = by === "stance" ? STANCES : by === "stage" ? STAGES : undefined;
  return (a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (scale !== undefined) return scale.indexOf(a) - scale.indexOf(b);
    return a < b ? -1 : 1;
  };
}

/** The sort key of a unit total. @internal */
export function unitKey(total: Pick<UnitTotal, "unit" | "currency">): string {
  return total.currency === undefined ? total.unit : `${total.unit}:${total.currency}`;
}
