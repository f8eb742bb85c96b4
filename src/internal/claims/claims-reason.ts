import { isoOfKey } from "../dates/day-key.js";
import { SOURCE_KINDS } from "../../model/source-kinds.js";
import type { ChosenClaims, ClaimPolicy, SourcedClaim } from "./choose-claims.js";

/**
 * A plain sentence saying which of `claims` a policy chose (as `chooseClaims` returned
 * them) and why: "the latest of 2 claims, dated 2025-03-13 (report-2025-03-13)".
 * @internal
 */
export function claimsReason<C extends SourcedClaim>(claims: readonly C[], chosen: ChosenClaims<C>, policy: ClaimPolicy): string {
  const from = (claim: C) => claim.sources.join(", ");
  if (claims.length === 1) return `the only claim (${from(claims[0] as C)})`;
  if (policy === "all") return `all ${claims.length} claims: the sources disagree`;
  const { top } = chosen;
  const latest = policy === "latest";
  const what = latest
    ? top < 0
      ? "of unknown date"
      : `dated ${isoOfKey(top)}`
    : top < 0
      ? "of unknown kind"
      : // A known kind scored top = length - index (chooseClaims), so the index is in range.
        `from ${SOURCE_KINDS[SOURCE_KINDS.length - top] as string} sources`;
  const adjective = latest ? "latest" : "most authoritative";
  return chosen.claims.length === 1
    ? `the ${adjective} of ${claims.length} claims, ${what} (${from(chosen.claims[0] as C)})`
    : `the ${chosen.claims.length} ${adjective} of ${claims.length} claims, all ${what}`;
}
