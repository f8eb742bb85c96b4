import type { Verdict } from "../../scenario/types.js";
import { h } from "./dom.js";

/**
 * A verdict as a badge: its word, a colour, and a symbol the style sheet draws before it
 * (✓, ✗, ?), so that no reader depends on the colour. An offer not in force has no badge:
 * the explorer lists only the offers in force on the day shown.
 */
export function verdictBadge(doc: Document, verdict: Verdict): HTMLElement {
  return h(doc, "span", { class: `cx-verdict cx-v-${verdict}` }, verdict);
}
