import type { Stance } from "./stance.js";
import { stanceRank } from "./stance-rank.js";

/**
 * Whether `stance` is at or above `minimum` on the scale.
 *
 * @param stance - The stance to test.
 * @param minimum - The weakest stance that passes.
 * @returns `true` when `stance` is `minimum` or stronger.
 *
 * @example
 * ```ts
 * import { isStanceAtLeast } from "coalition";
 * isStanceAtLeast("ready", "open");
 * //=> true
 * isStanceAtLeast("opposed", "undecided");
 * //=> false
 * ```
 *
 * @category Model
 */
export function isStanceAtLeast(stance: Stance, minimum: Stance): boolean {
  return stanceRank(stance) >= stanceRank(minimum);
}
