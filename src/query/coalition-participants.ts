import type { PickedClaims } from "../claims/pick-claims.js";
import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import type { Coalition, Participation } from "../model/types.js";
import { chooseClaims, type ClaimPolicy } from "../internal/claims/choose-claims.js";
import { claimsReason } from "../internal/claims/claims-reason.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { heldAsOf } from "../internal/dates/held-as-of.js";
import { datasetOf } from "../internal/index/source.js";
import { lookupsOf } from "../internal/lookups.js";

/**
 * Options of {@link coalitionParticipants}.
 *
 * @category Queries
 */
export interface CoalitionParticipantsOptions extends AsOfOptions {
  /** How to read a participant count that sources disagree on; `"all"` by default. */
  readonly claimPolicy?: ClaimPolicy;
}

/**
 * A count read from its claims: a range over the claims used, and which and why.
 *
 * @category Queries
 */
export interface CountReading {
  readonly low: number;
  readonly high: number;
  readonly picked: PickedClaims<NonNullable<Coalition["participantCount"]>["claims"][number]>;
}

/**
 * Who leads and takes part in a coalition.
 *
 * @category Queries
 */
export interface CoalitionParticipants {
  readonly coalition: string;
  readonly asOf: string | null;
  /** The lead actors, as the coalition lists them. */
  readonly leads: readonly string[];
  /** The participations in force, sorted by actor id. */
  readonly participants: readonly Participation[];
  /** The count of participants the sources give (which can exceed the named ones), or null. */
  readonly participantCount: CountReading | null;
  /** The coalition's sources. */
  readonly sources: readonly string[];
}

/**
 * Who leads a coalition and who takes part in it as of a day, with the participant
 * count its sources give, read by a claim policy that says which claim it used. A
 * participation from "unknown" holds from its earliest source's date. Undefined for an
 * unknown coalition.
 *
 * @param source A parsed dataset, or its index.
 * @param coalition The coalition's id.
 * @param options The day to answer as of, and the claim policy for the participant count.
 * @returns Its leads, its participants as of the day, and its participant count as read; undefined for an unknown coalition.
 * @throws {CoalitionError} `invalid_argument` for an invalid `asOf`.
 * @example
 * ```ts
 * import { coalitionParticipants } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const coalition = coalitionParticipants(seedDataset(), "coalition-of-the-willing", { asOf: "2025-03-13" });
 * coalition?.leads;
 * //=> ["GB", "FR"]
 * coalition?.participants.map((participation) => participation.actor);
 * //=> ["AU", "CA", "FR", "GB", "JP", "NZ"]
 * [coalition?.participantCount?.low, coalition?.participantCount?.picked.reason];
 * //=> [37, "the only claim (bloomberg-2025-03-13)"]
 * ```
 *
 * @category Queries
 */
export function coalitionParticipants(
  source: DatasetSource,
  coalition: string,
  options: CoalitionParticipantsOptions = {},
): CoalitionParticipants | undefined {
  const dataset = datasetOf(source);
  const record = dataset.coalitions.find((candidate) => candidate.id === coalition);
  if (record === undefined) return undefined;
  const asOf = asOfKey(options.asOf);
  const lookups = lookupsOf(dataset);
  const policy = options.claimPolicy ?? "all";
  const participants = record.participants
    .filter((participation) => heldAsOf(lookups.effectiveKey(participation.from, participation.sources), participation.to, asOf))
    .sort((a, b) => (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
  let participantCount: CountReading | null = null;
  const claims = record.participantCount?.claims;
  if (claims !== undefined && claims.length > 0) {
    const chosen = chooseClaims(claims, lookups, policy);
    const values = chosen.claims.map((claim) => claim.value);
    participantCount = {
      low: Math.min(...values),
      high: Math.max(...values),
      picked: { policy, claims: chosen.claims, disputed: claims.length > 1, reason: claimsReason(claims, chosen, policy) },
    };
  }
  return { coalition, asOf: asOfIso(asOf), leads: record.leads, participants, participantCount, sources: record.sources };
}
