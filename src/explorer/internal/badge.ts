import type { Verdict } from "../../scenario/types.js";
import { h } from "./dom.js";

/**
 * A verdict as a badge: its word, a colour, and a symbol the style sheet draws before it
 * (✓, ✗, ?), so that no reader depends on the colour. "absent" is an offer not in force.
 */
export function verdictBadge(doc: Document, verdict: Verdict | "absent"): HTMLElement {
  return h(doc, "span", { class: `cx-verdict cx-v-${verdict}` }, verdict === "absent" ? "not in force" : verdict);
}
