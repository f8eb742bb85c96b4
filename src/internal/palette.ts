import type { Stance } from "../model/stance.js";

/** A scenario verdict (the scenario's own type, spelt out here: the kernel sits below the scenario engine). */
type Verdict = "active" | "inactive" | "undetermined";

// The colours of the HTML report and the explorer (src/report and src/explorer both read them). They start from the Okabe-Ito palette,
// chosen to stay apart for readers with any of the three common colour-vision deficiencies,
// each darkened to carry white text at a contrast of at least 4.5:1 (WCAG AA), and they
// are checked in tests/report/palette.test.ts: every two stances, and every two verdicts,
// stay apart under simulated protanopia, deuteranopia and tritanopia. Colour is never the
// only cue: a stance is named in words wherever it is shown, and a verdict's badge has its
// word and a symbol.

/**
 * One colour per stance for the HTML report's chart, matrix and badges, each carrying
 * white text: bluish greens for offers (darker for `committed`), blue for `open`, near
 * black for `undecided`, vermillion for `opposed`, reddish purple for `refused`. @internal
 */
export const STANCE_COLORS: Readonly<Record<Stance, string>> = {
  committed: "#00402e",
  ready: "#008462",
  open: "#005f99",
  undecided: "#2a2a38",
  opposed: "#b34a00",
  refused: "#7a2b60",
};

/**
 * One background per verdict: bluish green for active, dark grey for inactive (both with
 * white text), and yellow for undetermined, with dark text ({@link VERDICT_TEXT}). @internal
 */
export const VERDICT_COLORS: Readonly<Record<Verdict, string>> = {
  active: "#008462",
  inactive: "#3a3a3a",
  undetermined: "#f0e442",
};

/** The text colour on each verdict's background. @internal */
export const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  active: "#ffffff",
  inactive: "#ffffff",
  undetermined: "#1f2328",
};

/** The symbol before a verdict's word, so that the badge does not depend on its colour. @internal */
export const VERDICT_SYMBOLS: Readonly<Record<Verdict, string>> = {
  active: "✓",
  inactive: "✗",
  undetermined: "?",
};

/**
 * The CSS rule that draws a verdict's symbol (see {@link VERDICT_SYMBOLS}) before the
 * element `selector` names, left out of what a screen reader reads where the browser knows
 * CSS alternative text. @internal
 */
export function verdictSymbol(selector: string, verdict: Verdict): string {
  // Written as CSS escapes (`\2713` for ✓), so that the style sheet is ASCII: a page whose
  // every character is Latin-1 is then held as one byte per character, half the memory
  // and copying of a report of 100k offers.
  const escaped = [...VERDICT_SYMBOLS[verdict]].map((character) => `\\${(character.codePointAt(0) as number).toString(16)}`).join("");
  const symbol = `"${escaped}\\a0"`;
  return `${selector}::before{content:${symbol};content:${symbol} / ""}`;
}
