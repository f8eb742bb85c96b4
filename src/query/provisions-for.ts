import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import { locationKey } from "../model/location-key.js";
import type { Provision } from "../model/types.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { datasetOf } from "../internal/index/source.js";
import { lookupsOf } from "../internal/lookups.js";

/**
 * Options of {@link provisionsFor}: `asOf` leaves out the proposals put forward after it.
 *
 * @category Queries
 */
export interface ProvisionsForOptions extends AsOfOptions {}

/**
 * A contribution a proposal asks of a provider, or explicitly does not.
 *
 * @category Queries
 */
export interface ProvisionOf {
  readonly proposal: string;
  /** Who put the proposal forward. */
  readonly proposedBy: readonly string[];
  readonly type: string;
  /** Its location key (see `locationKey`), or null where none is given. */
  readonly location: string | null;
  readonly provision: Provision;
  /** The proposal's sources. */
  readonly sources: readonly string[];
}

/**
 * What proposals ask of a provider and what they leave out.
 *
 * @category Queries
 */
export interface ProvisionsFor {
  readonly provider: string;
  readonly asOf: string | null;
  /** What is asked of it, by proposal, then type. */
  readonly asked: readonly ProvisionOf[];
  /** What the proposals say they do not ask of it. */
  readonly notAsked: readonly ProvisionOf[];
}

/**
 * What proposals put forward by a day ask a provider to contribute, and what they
 * explicitly do not ask of it: the backstop allies hope a state will provide, and the
 * troops they say it need not send. Sorted by proposal, then type.
 *
 * @param source A parsed dataset, or its index.
 * @param provider The id of the actor the proposals name as provider.
 * @param options The day to answer as of: proposals put forward after it are left out.
 * @returns What the proposals ask of the provider (`asked`) and what they explicitly do not (`notAsked`), each with its proposal.
 * @throws {CoalitionError} `invalid_argument` for an invalid `asOf`.
 * @example
 * ```ts
 * import { provisionsFor } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const us = provisionsFor(seedDataset(), "US", { asOf: "2025-03-13" });
 * us.asked.map((provision) => provision.type);
 * //=> ["air-power", "border-surveillance", "intelligence"]
 * us.notAsked.map((provision) => [provision.proposal, provision.type]);
 * //=> [["us-backstop", "peacekeepers"]]
 * ```
 *
 * @category Queries
 */
export function provisionsFor(source: DatasetSource, provider: string, options: ProvisionsForOptions = {}): ProvisionsFor {
  const dataset = datasetOf(source);
  const asOf = asOfKey(options.asOf);
  const lookups = lookupsOf(dataset);
  const asked: ProvisionOf[] = [];
  const notAsked: ProvisionOf[] = [];
  for (const proposal of dataset.proposals) {
    if (lookups.effectiveKey(proposal.date, proposal.sources) > asOf) continue;
    for (const [list, into] of [
      [proposal.provisions, asked],
      [proposal.exclusions, notAsked],
    ] as const) {
      for (const provision of list ?? []) {
        if (provision.provider !== provider) continue;
        into.push({
          proposal: proposal.id,
          proposedBy: proposal.proposedBy,
          type: provision.type,
          location: provision.location === undefined ? null : locationKey(provision.location),
          provision,
          sources: proposal.sources,
        });
      }
    }
  }
  const order = (a: ProvisionOf, b: ProvisionOf) => {
    const x = `${a.proposal}\u0000${a.type}\u0000${a.location ?? ""}`;
    const y = `${b.proposal}\u0000${b.type}\u0000${b.location ?? ""}`;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return { provider, asOf: asOfIso(asOf), asked: asked.sort(order), notAsked: notAsked.sort(order) };
}
