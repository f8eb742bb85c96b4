import type { Dataset } from "../model/types.js";
import { asOfKey } from "../internal/dates/day-key.js";
import type { CommitmentIndex } from "./index-commitments.js";
import { dataOf } from "./internal/data-of.js";
import { inForce } from "./internal/index-data.js";
import { byKey, contributionStatement, positionsInForce, proposalStatement } from "./internal/statements.js";
import type { ContributionStatement, ProposalStatement, StanceSubject } from "./types.js";

/**
 * Options of {@link contestedActors}.
 *
 * @category Queries
 */
export interface ContestedActorsOptions {
  /** The day to answer as of (a month or year counts as of its end); the latest statements when absent. */
  readonly asOf?: string | Date;
}

/**
 * An actor whose institutions take different stances on one subject.
 *
 * @category Queries
 */
export interface ContestedActor {
  readonly actor: string;
  /** The contribution (type and location) or the proposal they disagree on. */
  readonly subject: StanceSubject;
  /** Each institution's statement in force, sorted by id. */
  readonly statements: readonly (ContributionStatement | ProposalStatement)[];
}

/**
 * The actors whose institutions, as of a day, are at different stances on the same
 * contribution (type and location) or on the same proposal, with each institution's
 * statement: a president offering what the parliament does not support. A statement
 * that names no institution counts as one more voice of the actor. Sorted by actor,
 * then subject.
 *
 * @param source A parsed dataset, or its index.
 * @param options The day to answer as of.
 * @returns One entry per actor and subject on which its institutions disagree, with each institution's statement.
 * @throws {CoalitionError} `invalid_argument` for an invalid `asOf`.
 * @example
 * ```ts
 * import { contestedActors } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const contested = contestedActors(seedDataset(), { asOf: "2025-03-13" });
 * contested.map((entry) => [entry.actor, entry.subject]);
 * //=> [["RO", { kind: "contribution", type: "transit-hub", location: "in-country:RO" }]]
 * contested[0]?.statements.map((statement) => [statement.institution, statement.stance]);
 * //=> [["RO.parliament", "opposed"], ["RO.head-of-state", "open"]]
 * ```
 *
 * @category Queries
 */
export function contestedActors(source: Dataset | CommitmentIndex, options: ContestedActorsOptions = {}): ContestedActor[] {
  const data = dataOf(source);
  const asOf = asOfKey(options.asOf);
  const result: ContestedActor[] = [];
  // Timelines are sorted by actor, type, location, then speaker: one subject's are consecutive.
  const timelineCount = data.timelineStart.length - 1;
  const subjectOf = (t: number) => {
    const first = data.timelineOrder[data.timelineStart[t] as number] as number;
    return `${data.actor[first]} ${data.type[first]} ${data.location[first]}`;
  };
  for (let t = 0; t < timelineCount; ) {
    const subject = subjectOf(t);
    const group: number[] = [];
    for (; t < timelineCount && subjectOf(t) === subject; t++) {
      const p = inForce(data, t, asOf);
      if (p >= 0) group.push(p);
    }
    if (new Set(group.map((p) => data.stance[p])).size < 2) continue;
    const statements = group.sort((x, y) => x - y).map((p) => contributionStatement(data, p, asOf));
    const first = statements[0] as ContributionStatement;
    result.push({ actor: first.actor, subject: { kind: "contribution", type: first.type, location: first.location }, statements });
  }
  const byProposal = new Map<string, ProposalStatement[]>();
  for (const position of positionsInForce(data.dataset, asOf)) {
    const key = JSON.stringify([position.actor, position.proposal]);
    const statements = byProposal.get(key);
    if (statements === undefined) byProposal.set(key, [proposalStatement(data.dataset, position)]);
    else statements.push(proposalStatement(data.dataset, position));
  }
  for (const statements of byProposal.values()) {
    if (new Set(statements.map((statement) => statement.stance)).size < 2) continue;
    const first = statements[0] as ProposalStatement;
    result.push({ actor: first.actor, subject: { kind: "proposal", proposal: first.proposal }, statements });
  }
  return result.sort(byKey((entry) => `${entry.actor}\u0000${subjectKey(entry.subject)}`));
}

/** A subject as a sort key. @internal */
export function subjectKey(subject: StanceSubject): string {
  return subject.kind === "proposal" ? `proposal\u0000${subject.proposal}` : `contribution\u0000${subject.type}\u0000${subject.location ?? ""}`;
}
