import type { Stance } from "./stance.js";

const RANK: Readonly<Record<Stance, number>> = {
  committed: 5,
  ready: 4,
  open: 3,
  undecided: 2,
  opposed: 1,
  refused: 0,
};

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
 */
export function stanceRank(stance: Stance): number {
  return RANK[stance];
}
