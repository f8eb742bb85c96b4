// Counts and figures in words, for the explorer's summaries, tables and announcements.
import { capitalise } from "../../internal/names.js";
import type { QuantityTotal } from "../../scenario/types.js";
import type { ExplorerEngine } from "./engine.js";

const NUMBER = new Intl.NumberFormat("en");

/** "1 offer", "3 offers". */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${NUMBER.format(count)} ${count === 1 ? one : many}`;
}

/** "+3", "−2", "0". */
export function signed(count: number): string {
  return count > 0 ? `+${NUMBER.format(count)}` : count < 0 ? `−${NUMBER.format(-count)}` : "0";
}

/** A sum of quantities: "100–200 troops", "EUR 5,000,000", with its open-ended offers. */
export function quantityText(total: QuantityTotal): string {
  const range = total.low === total.high ? NUMBER.format(total.low) : `${NUMBER.format(total.low)}–${NUMBER.format(total.high)}`;
  const figure = total.unit === "money" ? `${total.currency ?? ""} ${range}`.trim() : `${range} ${total.unit}`;
  return total.openEnded === 0 ? figure : `${figure}, and ${counted(total.openEnded, "open-ended offer")}`;
}

/** Who offers what: "Ireland", "Peacekeepers and ceasefire monitors in Ukraine". */
export interface OfferWords {
  readonly actor: string;
  readonly what: string;
}

/** An offer in words, as the report words it. */
export function offerWords(engine: ExplorerEngine, commitment: { readonly commitment: string }): OfferWords {
  const offer = engine.offer(commitment.commitment);
  // As the HTML report names an offer: "Ireland: Peacekeepers and ceasefire monitors in Ukraine".
  return { actor: capitalise(offer.actor), what: offer.location === "" ? offer.typeLabel : `${offer.typeLabel} ${offer.location}` };
}
