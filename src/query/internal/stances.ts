import type { Stance } from "../../model/stance.js";
import { stanceRank } from "../../model/stance-rank.js";
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
