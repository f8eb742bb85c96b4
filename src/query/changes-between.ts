import { CoalitionError } from "../errors/coalition-error.js";
import { stanceRank } from "../model/stance-rank.js";
import type { Dataset } from "../model/types.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { subjectKey } from "./contested-actors.js";
import type { CommitmentIndex } from "./index-commitments.js";
import { dataOf } from "./internal/data-of.js";
import { inForce } from "./internal/index-data.js";
import { byKey, contributionStatement, positionsInForce, proposalStatement } from "./internal/statements.js";
import type { ContributionStatement, ProposalStatement, StanceSubject } from "./types.js";

/**
 * How a statement changed between two days.
 *
 * @category Queries
 */
export type ChangeKind = "new" | "strengthened" | "weakened" | "withdrawn";

/**
 * One change of an actor's stance, per subject and speaking institution.
 *
 * @category Queries
 */
export interface StanceChange {
  readonly kind: ChangeKind;
  readonly actor: string;
  readonly subject: StanceSubject;
  readonly institution: string | null;
  /** The statement in force on the first day, or null ("new"). */
  readonly before: ContributionStatement | ProposalStatement | null;
  /** The statement in force on the second day, or null ("withdrawn"). */
  readonly after: ContributionStatement | ProposalStatement | null;
}

/**
 * The changes between two days, and the days as read.
 *
 * @category Queries
 */
export interface StanceChanges {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly StanceChange[];
}

/**
 * What changed between two days, on contributions and proposals alike, per actor,
 * subject and speaking institution: a statement in force on the second day but not
 * the first (`new`), one at a stronger or weaker stance (`strengthened`, `weakened`),
 * and a pledge in force on the first day and withdrawn by the second (`withdrawn`). A
 * restatement at the same stance is no change. Each day is read as of its end
 * ("2025-03" as of 31 March). Sorted by actor, subject, then institution.
 *
 * @param source A parsed dataset, or its index.
 * @param from The first day.
 * @param to The second day, not before the first.
 * @returns The changes (new, strengthened, weakened, withdrawn), each with the statements before and after.
 * @throws {CoalitionError} `invalid_argument` for an invalid day, or `to` before `from`.
 * @example
 * ```ts
 * import { changesBetween } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const { changes } = changesBetween(seedDataset(), "2025-03-01", "2025-03-13");
 * changes.filter((change) => change.actor === "RO").map((change) => [change.kind, change.institution, change.after?.stance]);
 * //=> [["new", "RO.head-of-state", "open"], ["new", "RO.parliament", "opposed"]]
 * changesBetween(seedDataset(), "2025-03-13", "2025-03-20").changes.length;
 * //=> 0
 * ```
 *
 * @category Queries
 */
export function changesBetween(source: Dataset | CommitmentIndex, from: string | Date, to: string | Date): StanceChanges {
  const data = dataOf(source);
  const first = asOfKey(from, "from");
  const second = asOfKey(to, "to");
  if (second < first) {
    throw new CoalitionError("invalid_argument", `to (${asOfIso(second)}) is before from (${asOfIso(first)})`);
  }
  const changes: StanceChange[] = [];
  const add = (
    subject: StanceSubject,
    before: ContributionStatement | ProposalStatement | null,
    after: ContributionStatement | ProposalStatement | null,
  ) => {
    const either = (after ?? before) as ContributionStatement | ProposalStatement;
    let kind: ChangeKind | undefined;
    if (before === null) kind = "new";
    else if (after === null) kind = "withdrawn";
    else if (stanceRank(after.stance) > stanceRank(before.stance)) kind = "strengthened";
    else if (stanceRank(after.stance) < stanceRank(before.stance)) kind = "weakened";
    if (kind !== undefined) changes.push({ kind, actor: either.actor, subject, institution: either.institution, before, after });
  };

  const timelineCount = data.timelineStart.length - 1;
  for (let t = 0; t < timelineCount; t++) {
    const p = inForce(data, t, first);
    const q = inForce(data, t, second);
    if (p < 0 && q < 0) continue;
    const before = p < 0 ? null : contributionStatement(data, p, first);
    const after = q < 0 ? null : contributionStatement(data, q, second);
    const either = (after ?? before) as ContributionStatement;
    add({ kind: "contribution", type: either.type, location: either.location }, before, after);
  }

  const key = (statement: ProposalStatement) => JSON.stringify([statement.actor, statement.proposal, statement.institution]);
  const earlier = new Map(positionsInForce(data.dataset, first).map((position) => {
    const statement = proposalStatement(data.dataset, position);
    return [key(statement), statement];
  }));
  for (const position of positionsInForce(data.dataset, second)) {
    const after = proposalStatement(data.dataset, position);
    const before = earlier.get(key(after)) ?? null;
    earlier.delete(key(after));
    add({ kind: "proposal", proposal: position.proposal }, before, after);
  }
  // No position is withdrawn: positions carry no fulfilment, so each one in force at `from` is
  // still in force at `to`, or superseded under the same key; every key of `earlier` was met above.

  changes.sort(byKey((change) => `${change.actor}\u0000${subjectKey(change.subject)}\u0000${change.institution ?? ""}`));
  return { from: asOfIso(first) as string, to: asOfIso(second) as string, changes };
}
