import type { DatasetSource } from "../model/dataset-source.js";
import type { Claim } from "../model/types.js";
import { datasetOf } from "../internal/index/source.js";
import { lookupsOf } from "../internal/lookups.js";
import { chooseClaims, type ClaimPolicy } from "../internal/claims/choose-claims.js";
import { claimsReason } from "../internal/claims/claims-reason.js";
import { checkArguments } from "../internal/guards.js";

export type { ClaimPolicy } from "../internal/claims/choose-claims.js";

/**
 * Options of {@link pickClaims}.
 *
 * @category Queries
 */
export interface PickClaimsOptions {
  /**
   * Which claims to use when sources disagree: `"all"` (the default; a range over
   * every claim), `"latest"` (the claim whose newest source is the most recent) or
   * `"most-authoritative"` (the claim with the most authoritative kind of source, in
   * the order of `SOURCE_KINDS`). Claims tied under a policy are all kept.
   */
  readonly policy?: ClaimPolicy;
}

/**
 * The claims a policy chose from a disputed value, and why.
 *
 * @category Queries
 */
export interface PickedClaims<C = Claim<unknown>> {
  readonly policy: ClaimPolicy;
  /** The claims used, in the order the dataset lists them. */
  readonly claims: readonly C[];
  /** Whether the value has more than one claim: sources disagree. */
  readonly disputed: boolean;
  /** A plain sentence saying which claims were used and why. */
  readonly reason: string;
}

/**
 * Chooses the claims of a value that sources may disagree on (a quantity, a count of
 * participants), by a policy the caller picks, and says which and why.
 *
 * @param claimed The disputed value: one or more claims, each with its sources.
 * @param source The dataset whose sources the claims cite (for their dates and kinds), or its index.
 * @param options The claim policy (`"all"` by default).
 * @returns The chosen claims, whether the value is disputed, and the reason.
 * @throws {CoalitionError} `invalid_argument` when `claimed` has no list of claims, `source` is no parsed dataset or index, or `policy` is no string.
 * @example
 * ```ts
 * import { pickClaims } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * const count = dataset.coalitions[0]?.participantCount ?? { claims: [] };
 * pickClaims(count, dataset, { policy: "latest" }).claims.map((claim) => claim.value);
 * //=> [{ kind: "exact", value: 37, of: "participants" }]
 * pickClaims(count, dataset).reason;
 * //=> "the only claim (bloomberg-2025-03-13)"
 * ```
 *
 * @category Queries
 */
export function pickClaims<C extends Pick<Claim<unknown>, "value" | "sources">>(
  claimed: { readonly claims: readonly C[] },
  source: DatasetSource,
  options: PickClaimsOptions = {},
): PickedClaims<C> {
  checkArguments({ claimed: [claimed, "claimed"], source: [source, "source"], options: [options, { fields: { policy: "string" } }] });
  const policy = options.policy ?? "all";
  if (claimed.claims.length === 0) return { policy, claims: [], disputed: false, reason: "no claim" };
  const chosen = chooseClaims(claimed.claims, lookupsOf(datasetOf(source)), policy);
  return { policy, claims: chosen.claims, disputed: claimed.claims.length > 1, reason: claimsReason(claimed.claims, chosen, policy) };
}
