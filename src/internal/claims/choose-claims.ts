import { SOURCE_KINDS } from "../../model/source-kinds.js";
import { NO_DAY } from "../dates/day-key.js";
import type { Lookups } from "../lookups.js";

/**
 * How a query reads a value that sources disagree on.
 *
 * @category Queries
 */
export type ClaimPolicy = "all" | "latest" | "most-authoritative";

/** The part of a claim a policy reads. @internal */
export interface SourcedClaim {
  readonly sources: readonly string[];
}

/** The claims a policy chose, and the score they won with (-1: unknown date or kind). @internal */
export interface ChosenClaims<C> {
  readonly claims: readonly C[];
  readonly top: number;
}

/**
 * The core of {@link pickClaims}: ties under "latest" and "most-authoritative" keep
 * every tied claim, so no claim is silently dropped in favour of another as good.
 * Why the policy chose them is said by `claimsReason`, apart, so that the aggregation,
 * which never says it, does not bundle it.
 * @internal
 */
export function chooseClaims<C extends SourcedClaim>(claims: readonly C[], lookups: Lookups, policy: ClaimPolicy): ChosenClaims<C> {
  if (claims.length === 1 || policy === "all") return { claims, top: -1 };
  const latest = policy === "latest";
  // Higher is better: the newest source of a claim, or the most authoritative kind of its sources.
  const scores = claims.map((claim) => {
    let best = -1;
    for (const id of claim.sources) {
      const source = lookups.sources.get(id);
      // An unknown source, or one of unknown date (NO_DAY), adds nothing.
      const value = source === undefined ? -1 : latest ? lookups.dateKey(source.date) : SOURCE_KINDS.length - SOURCE_KINDS.indexOf(source.kind);
      if (value !== NO_DAY) best = Math.max(best, value);
    }
    return best;
  });
  const top = Math.max(...scores);
  return { claims: claims.filter((_, i) => scores[i] === top), top };
}
