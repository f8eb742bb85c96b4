import type { Claim, Count } from "../../model/types.js";
import { countBounds } from "../../internal/count-bounds.js";
import { chooseClaims, type ClaimPolicy } from "../../internal/claims/choose-claims.js";
import { claimsReason } from "../../internal/claims/claims-reason.js";
import type { Lookups } from "../../internal/lookups.js";

/**
 * Claims of a count, all of one unit and at least one, read by a claim policy: the least
 * and the most the claims chosen allow (high null where one is open-ended), and why: a
 * `CountReading`. @internal
 */
// Its type is inferred: CountReading (../coalition-participants.ts) imports from here, so naming it would make a cycle.
export function readCount(claims: readonly Claim<Count>[], lookups: Lookups, policy: ClaimPolicy) {
  const chosen = chooseClaims(claims, lookups, policy);
  const bounds = chosen.claims.map((claim) => countBounds(claim.value));
  const highs = bounds.map((bound) => bound.high);
  return {
    of: (claims[0] as Claim<Count>).value.of,
    low: Math.min(...bounds.map((bound) => bound.low)),
    high: highs.includes(null) ? null : Math.max(...(highs as number[])),
    picked: { policy, claims: chosen.claims, disputed: claims.length > 1, reason: claimsReason(claims, chosen, policy) },
  };
}
