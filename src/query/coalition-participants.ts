import type { PickedClaims } from "../claims/pick-claims.js";
import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import type { Claim, Coalition, Count, CountUnit, Dataset, Participation } from "../model/types.js";
import type { ClaimPolicy } from "../internal/claims/choose-claims.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { heldAsOf } from "../internal/dates/held-as-of.js";
import { datasetOf } from "../internal/index/source.js";
import { lookupsOf } from "../internal/lookups.js";
import { checkArguments } from "../internal/guards.js";
import { readCount } from "./internal/count-reading.js";

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
 * A count read from its claims: what it counts, a range over the claims used, and
 * which and why. Claims of one unit are read together, never added to or compared with
 * another unit's: the claims that count participants, or where none does, those that
 * count what the first claim counts.
 *
 * @category Queries
 */
export interface CountReading {
  /** What the claims read count. */
  readonly of: CountUnit;
  /** The least any claim read allows. */
  readonly low: number;
  /** The most any claim read allows; null where one is open-ended ("over 30"). */
  readonly high: number | null;
  /** The claims read, and why. */
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
  checkArguments({ source: [source, "source"], coalition: [coalition, "string"], options: [options, { fields: { asOf: "date", knownAsOf: "date", claimPolicy: "string" } }] });
  const dataset = datasetOf(source, options);
  const record = dataset.coalitions.find((candidate) => candidate.id === coalition);
  if (record === undefined) return undefined;
  const asOf = asOfKey(options.asOf);
  const lookups = lookupsOf(dataset);
  const policy = options.claimPolicy ?? "all";
  const participants = record.participants
    .filter((participation) => heldAsOf(lookups.effectiveKey(participation.from, participation.sources), participation.to, asOf))
    .sort((a, b) => (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
  const claims = claimsOfOneUnit(record.participantCount?.claims ?? []);
  const participantCount = claims.length > 0 ? readCount(claims, lookups, policy) : null;
  return { coalition, asOf: asOfIso(asOf), leads: record.leads, participants, participantCount, sources: record.sources };
}

/** The claims that count participants, or where none does, those counting what the first claim counts. */
function claimsOfOneUnit(claims: readonly Claim<Count>[]): readonly Claim<Count>[] {
  const unit = claims.some((claim) => claim.value.of === "participants") ? "participants" : claims[0]?.value.of;
  return claims.filter((claim) => claim.value.of === unit);
}
