import type { Stance } from "./stance.js";
import { stanceRank } from "./stance-rank.js";

/**
 * Orders two stances: positive when `a` is stronger than `b`, negative when weaker,
 * zero when equal. Sorting with it puts the weakest first.
 *
 * @param a - A stance.
 * @param b - The stance to compare it with.
 * @returns A positive number, zero or a negative number, as `a` is stronger than, equal to or weaker than `b`.
 *
 * @example
 * ```ts
 * import { compareStance, type Stance } from "coalition";
 * const stances: Stance[] = ["open", "committed", "refused"];
 * stances.sort(compareStance);
 * //=> ["refused", "open", "committed"]
 * ```
 *
 * @category Model
 */
export function compareStance(a: Stance, b: Stance): number {
  return stanceRank(a) - stanceRank(b);
}
