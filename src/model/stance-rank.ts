import { STANCES, type Stance } from "./stance.js";

/**
 * The position of a stance on the scale: 5 for `committed` down to 0 for `refused`.
 *
 * @param stance - A stance of the scale.
 * @returns Its rank, an integer from 0 to 5: higher is stronger.
 *
 * @example
 * ```ts
 * import { stanceRank } from "coalition";
 * stanceRank("ready") > stanceRank("open");
 * //=> true
 * ```
 *
 * @category Model
 */
export function stanceRank(stance: Stance): number {
  const index = STANCES.indexOf(stance);
  // The scale lists the strongest first. A string that is no stance (data built without
  // the parser) ranks NaN, which compares to no rank, neither above nor below.
  return index < 0 ? Number.NaN : STANCES.length - 1 - index;
}
