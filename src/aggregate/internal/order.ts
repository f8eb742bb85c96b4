import { STANCES } from "../../model/stance.js";
import { FULFILMENT_STAGES } from "../../internal/fulfilment-stages.js";
import type { AggregateDimension } from "../types.js";

/** The order of bucket keys: stances strongest first, stages in order, others by code unit; null last. @internal */
export function compareKeys(by: AggregateDimension): (a: string | null, b: string | null) => number {
  const scale: readonly string[] | undefined = by === "stance" ? STANCES : by === "stage" ? FULFILMENT_STAGES : undefined;
  // Bucket keys are distinct (keys of a map): no two compare equal.
  return (a, b) => (a === null ? 1 : b === null ? -1 : scale !== undefined ? scale.indexOf(a) - scale.indexOf(b) : a < b ? -1 : 1);
}

/** The sort key of a unit total. @internal */
export function unitKey(total: { readonly unit: string; readonly currency?: string | undefined }): string {
  return total.currency === undefined ? total.unit : `${total.unit}:${total.currency}`;
}
