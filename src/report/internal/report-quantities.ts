import type { Claim, Count, Quantity } from "../../model/types.js";
import type { ReportCount, ReportQuantity } from "../types.js";
import { describeCount } from "./describe-count.js";

/**
 * A quantity in words, as written: "4 aircraft", "100 to 200 people", "about 200 people"
 * (the source's own word, then the figure or bounds it gives where the word has none),
 * "3000000 EUR". Figures are printed plainly: no locale moves a digit. @internal
 */
export function describeQuantity(quantity: Quantity): string {
  const unit = quantity.currency ?? quantity.unit;
  switch (quantity.kind) {
    case "exact":
      return `${quantity.value} ${unit}`;
    case "range":
      return `${quantity.low} to ${quantity.high} ${unit}`;
    case "approximate":
      return `${quantity.phrase}${approximateFigure(quantity.phrase, quantity)} ${unit}`;
  }
}

/** The figure or bounds an approximate quantity gives, unless its phrase already says it: " (100 to 200)". */
function approximateFigure(phrase: string, figures: { readonly value?: number | undefined; readonly low?: number | undefined; readonly high?: number | undefined }): string {
  const { value, low, high } = figures;
  const said = value !== undefined ? String(value) : low !== undefined || high !== undefined ? `${low ?? "?"} to ${high ?? "?"}` : "";
  return said === "" || phrase.includes(said) ? "" : ` (${said})`;
}

/** Each source's version of an offer's quantity, in words. @internal */
export function reportQuantities(claims: readonly Claim<Quantity>[]): ReportQuantity[] {
  return claims.map((claim) => ({ value: claim.value, words: describeQuantity(claim.value), sources: claim.sources, note: claim.note ?? null }));
}

/** A count as the sources give it: each claim in words, and whether they disagree. @internal */
export function reportCount(claims: readonly Claim<Count>[]): ReportCount | null {
  if (claims.length === 0) return null;
  const entries = claims.map((claim) => ({ value: claim.value, words: describeCount(claim.value), sources: claim.sources, note: claim.note ?? null }));
  const distinct = [...new Set(entries.map((entry) => entry.words))];
  return { claims: entries, disputed: distinct.length > 1, words: distinct.length === 1 ? String(distinct[0]) : `disputed: ${distinct.join(" or ")}` };
}
