import { SOURCE_KINDS } from "../model/source-kinds.js";
import { isoOfKey, NO_DAY } from "../dates/day-key.js";
import type { Lookups } from "../query/internal/lookups.js";

/** How a query reads a value that sources disagree on. */
export type ClaimPolicy = "all" | "latest" | "most-authoritative";

/** The part of a claim a policy reads. @internal */
export interface SourcedClaim {
  readonly sources: readonly string[];
}

/** The claims a policy chose, and why. @internal */
export interface ChosenClaims<C> {
  readonly claims: readonly C[];
  readonly reason: string;
}

/**
 * The core of {@link pickClaims}: ties under "latest" and "most-authoritative" keep
 * every tied claim, so no claim is silently dropped in favour of another as good.
 * @internal
 */
export function chooseClaims<C extends SourcedClaim>(claims: readonly C[], lookups: Lookups, policy: ClaimPolicy): ChosenClaims<C> {
  const from = (claim: C) => claim.sources.join(", ");
  if (claims.length === 1) return { claims, reason: `the only claim (${from(claims[0] as C)})` };
  if (policy === "all") return { claims, reason: `all ${claims.length} claims: the sources disagree` };

  const latest = policy === "latest";
  // Higher is better: the newest source of a claim, or the most authoritative kind of its sources.
  const score = (claim: C) => {
    let best = -1;
    for (const id of claim.sources) {
      let value: number;
      if (latest) {
        const key = lookups.sourceKey(id);
        value = key === NO_DAY ? -1 : key;
      } else {
        const kind = lookups.sources.get(id)?.kind;
        value = kind === undefined ? -1 : SOURCE_KINDS.length - SOURCE_KINDS.indexOf(kind);
      }
      best = Math.max(best, value);
    }
    return best;
  };
  const scores = claims.map(score);
  const top = Math.max(...scores);
  const chosen = claims.filter((_, i) => scores[i] === top);
  const what = latest
    ? top < 0
      ? "of unknown date"
      : `dated ${isoOfKey(top)}`
    : top < 0
      ? "of unknown kind"
      : `from ${SOURCE_KINDS[SOURCE_KINDS.length - top] ?? "?"} sources`;
  const adjective = latest ? "latest" : "most authoritative";
  return {
    claims: chosen,
    reason:
      chosen.length === 1
        ? `the ${adjective} of ${claims.length} claims, ${what} (${from(chosen[0] as C)})`
        : `the ${chosen.length} ${adjective} of ${claims.length} claims, all ${what}`,
  };
}
