import { STANCES, type Stance } from "../../model/stance.js";
import type { IndexData } from "../../internal/index/index-data.js";
import { lookupsOf } from "../../internal/lookups.js";
import { stanceRank } from "../../model/stance-rank.js";
import type { Dataset, Position } from "../../model/types.js";
import { subjectRank } from "../../internal/standing.js";
import type { ContributionStatement, StanceSubject } from "../types.js";

/** The strongest stance of some statements, or null. @internal */
export function strongest(statements: readonly { readonly stance: Stance }[]): Stance | null {
  let best: Stance | null = null;
  for (const { stance } of statements) if (best === null || stanceRank(stance) > stanceRank(best)) best = stance;
  return best;
}

/** Whether statements on the same type and location disagree. @internal */
export function isContested(statements: readonly ContributionStatement[]): boolean {
  if (statements.length > 32) {
    const seen = new Map<string, Stance>();
    for (const { type, location, stance } of statements) {
      const key = `${type} ${location ?? ""}`;
      if ((seen.get(key) ?? stance) !== stance) return true;
      seen.set(key, stance);
    }
    return false;
  }
  // Few statements as a rule: compare each pair.
  for (let i = 1; i < statements.length; i++) {
    const a = statements[i] as ContributionStatement;
    for (let j = 0; j < i; j++) {
      const b = statements[j] as ContributionStatement;
      if (a.type === b.type && a.location === b.location && a.stance !== b.stance) return true;
    }
  }
  return false;
}

/** A subject as a string that sorts contributions by type and location, and proposals by id. @internal */
export function subjectKey(subject: StanceSubject): string {
  return subject.kind === "proposal" ? `proposal\u0000${subject.proposal}` : `contribution\u0000${subject.type}\u0000${subject.location ?? ""}`;
}

/**
 * The actor's stance from its standing statements (positions of the index) on one or
 * more subjects: per subject (type and location), the latest statement's stance (of
 * several on the latest day, the strongest); then the strongest of the subjects'. Null
 * for none.
 * @internal
 */
export function actorStance(data: IndexData, positions: readonly number[]): Stance | null {
  const bySubject = new Map<string, [number, number][]>();
  for (const p of positions) {
    const key = `${data.type[p]} ${data.location[p]}`;
    const entry: [number, number] = [data.day[p] as number, data.stance[p] as number];
    const list = bySubject.get(key);
    if (list === undefined) bySubject.set(key, [entry]);
    else list.push(entry);
  }
  let best = -1;
  for (const list of bySubject.values()) best = Math.max(best, subjectRank(list));
  return stanceOfRank(best);
}

/** The actor's stance on one proposal from its standing positions (the latest; of several on the latest day, the strongest), or null. @internal */
export function proposalStance(dataset: Dataset, positions: readonly Position[]): Stance | null {
  const lookups = lookupsOf(dataset);
  return stanceOfRank(subjectRank(positions.map((position) => [lookups.effectiveKey(position.date, position.sources), stanceRank(position.stance)] as const)));
}

/** The stance of a rank (refused 0 to committed 5; STANCES lists the strongest first), null for -1. */
function stanceOfRank(rank: number): Stance | null {
  return rank < 0 ? null : (STANCES[STANCES.length - 1 - rank] as Stance);
}
