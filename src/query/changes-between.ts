import type { DatasetSource } from "../model/dataset-source.js";
import { stanceRank } from "../model/stance-rank.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { invalidArgument } from "../internal/errors.js";
import { statementInForce, timelineCount } from "../internal/index/accessors.js";
import type { IndexData } from "../internal/index/index-data.js";
import { dataOf } from "../internal/index/source.js";
import { positionsInForce } from "../internal/supersession.js";
import { byKey, contributionStatement, proposalStatement } from "./internal/statements.js";
import { subjectKey } from "./internal/stances.js";
import type { ContributionStatement, ProposalStatement, StanceSubject } from "./types.js";

/**
 * Options of {@link changesBetween}: the two days compared.
 *
 * @category Queries
 */
export interface ChangesBetweenOptions {
  /** The first day (a month or year counts as of its end; a `Date` as its local calendar day). */
  readonly from: string | Date;
  /** The second day, not before the first. */
  readonly to: string | Date;
}

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
 * @param options The first day (`from`) and the second (`to`), not before the first.
 * @returns The changes (new, strengthened, weakened, withdrawn), each with the statements before and after.
 * @throws {CoalitionError} `invalid_argument` for an invalid day, or `to` before `from`.
 * @example
 * ```ts
 * import { changesBetween } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const { changes } = changesBetween(seedDataset(), { from: "2025-03-01", to: "2025-03-13" });
 * changes.filter((change) => change.actor === "RO").map((change) => [change.kind, change.institution, change.after?.stance]);
 * //=> [["new", "RO.head-of-state", "open"], ["new", "RO.parliament", "opposed"]]
 * changesBetween(seedDataset(), { from: "2025-03-13", to: "2025-03-20" }).changes.length;
 * //=> 0
 * ```
 *
 * @category Queries
 */
export function changesBetween(source: DatasetSource, options: ChangesBetweenOptions): StanceChanges {
  const data = dataOf(source);
  const first = asOfKey(options.from, "from");
  const second = asOfKey(options.to, "to");
  if (second < first) {
    throw invalidArgument("to", `to (${asOfIso(second)}) is before from (${asOfIso(first)})`);
  }
  const changes: StanceChange[] = [];
  for (const [subject, before, after] of contributionPairs(data, first, second)) addChange(changes, subject, before, after);
  for (const [subject, before, after] of proposalPairs(data, first, second)) addChange(changes, subject, before, after);
  changes.sort(byKey((change) => `${change.actor}\u0000${subjectKey(change.subject)}\u0000${change.institution ?? ""}`));
  return { from: asOfIso(first) as string, to: asOfIso(second) as string, changes };
}

type Statement = ContributionStatement | ProposalStatement;

/** Adds the change from `before` to `after`, if the two differ in stance or one is missing. */
function addChange(changes: StanceChange[], subject: StanceSubject, before: Statement | null, after: Statement | null): void {
  const either = (after ?? before) as Statement;
  let kind: ChangeKind | undefined;
  if (before === null) kind = "new";
  else if (after === null) kind = "withdrawn";
  else if (stanceRank(after.stance) > stanceRank(before.stance)) kind = "strengthened";
  else if (stanceRank(after.stance) < stanceRank(before.stance)) kind = "weakened";
  if (kind !== undefined) changes.push({ kind, actor: either.actor, subject, institution: either.institution, before, after });
}

/** Per timeline with a statement in force on either day: its subject, and the statements in force on each. */
function* contributionPairs(data: IndexData, first: number, second: number): Generator<[StanceSubject, Statement | null, Statement | null]> {
  for (let t = 0, count = timelineCount(data); t < count; t++) {
    const p = statementInForce(data, t, first);
    const q = statementInForce(data, t, second);
    if (p < 0 && q < 0) continue;
    const before = p < 0 ? null : contributionStatement(data, p, first);
    const after = q < 0 ? null : contributionStatement(data, q, second);
    const either = (after ?? before) as ContributionStatement;
    yield [{ kind: "contribution", type: either.type, location: either.location }, before, after];
  }
}

/**
 * Per position in force on the second day: its subject, the position in force on the
 * first day under the same key (actor, proposal, institution) or null, and itself. No
 * position is withdrawn: positions carry no fulfilment, so each one in force on the first
 * day is still in force on the second, or superseded under the same key.
 */
function* proposalPairs(data: IndexData, first: number, second: number): Generator<[StanceSubject, Statement | null, Statement]> {
  const key = (statement: ProposalStatement) => JSON.stringify([statement.actor, statement.proposal, statement.institution]);
  const earlier = new Map<string, ProposalStatement>();
  for (const position of positionsInForce(data.dataset, first)) {
    const statement = proposalStatement(data.dataset, position);
    earlier.set(key(statement), statement);
  }
  for (const position of positionsInForce(data.dataset, second)) {
    const after = proposalStatement(data.dataset, position);
    yield [{ kind: "proposal", proposal: position.proposal }, earlier.get(key(after)) ?? null, after];
  }
}
