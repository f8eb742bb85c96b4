import type { Stance } from "../../model/stance.js";
import type { Verdict } from "../../scenario/types.js";

/**
 * One colour per stance for the HTML report's chart, matrix and badges: greens for
 * offers, blue for open, grey for undecided, orange and red for statements against.
 * Each carries white text at a contrast of at least 4.5:1 (WCAG AA). @internal
 */
export const STANCE_COLORS: Readonly<Record<Stance, string>> = {
  committed: "#14532d",
  ready: "#15803d",
  open: "#0369a1",
  undecided: "#4b5563",
  opposed: "#c2410c",
  refused: "#991b1b",
};

/** One colour per verdict, on the same terms as {@link STANCE_COLORS}. @internal */
export const VERDICT_COLORS: Readonly<Record<Verdict, string>> = {
  active: "#15803d",
  inactive: "#991b1b",
  undetermined: "#b45309",
};
