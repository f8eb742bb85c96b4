import type { Stance } from "./stance.js";
import { stanceRank } from "./stance-rank.js";

/**
 * Orders two stances: positive when `a` is stronger than `b`, negative when weaker,
 * zero when equal. Sorting with it puts the weakest first.
 *
 * @example
 * ```ts
 * import { compareStance } from "coalition";
 * ["open", "committed", "refused"].sort(compareStance);
 * //=> ["refused", "open", "committed"]
 * ```
 */
export function compareStance(a: Stance, b: Stance): number {
  return stanceRank(a) - stanceRank(b);
}
