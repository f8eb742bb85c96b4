import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import { asOfKey } from "../internal/dates/day-key.js";
import { statementInForce, timelineCount, timelineHead } from "../internal/index/accessors.js";
import type { IndexData } from "../internal/index/index-data.js";
import { dataOf } from "../internal/index/source.js";
import { positionsInForce } from "../internal/supersession.js";
import { byKey, contributionStatement, proposalStatement } from "./internal/statements.js";
import { subjectKey } from "./internal/stances.js";
import type { ContributionStatement, ProposalStatement, StanceSubject } from "./types.js";

/**
 * Options of {@link contestedActors}.
 *
 * @category Queries
 */
export interface ContestedActorsOptions extends AsOfOptions {}

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
export function contestedActors(source: DatasetSource, options: ContestedActorsOptions = {}): ContestedActor[] {
  const data = dataOf(source);
  const asOf = asOfKey(options.asOf);
  const result = [...contestedContributions(data, asOf), ...contestedProposals(data, asOf)];
  return result.sort(byKey((entry) => `${entry.actor}\u0000${subjectKey(entry.subject)}`));
}

/** Per actor, type and location whose institutions' statements in force disagree: those statements. */
function* contestedContributions(data: IndexData, asOf: number): Generator<ContestedActor> {
  // Timelines are sorted by actor, type, location, then speaker: one subject's are consecutive.
  const count = timelineCount(data);
  const subjectOf = (t: number) => {
    const head = timelineHead(data, t);
    return `${data.actor[head]} ${data.type[head]} ${data.location[head]}`;
  };
  for (let t = 0; t < count; ) {
    const subject = subjectOf(t);
    const group: number[] = [];
    for (; t < count && subjectOf(t) === subject; t++) {
      const p = statementInForce(data, t, asOf);
      if (p >= 0) group.push(p);
    }
    if (new Set(group.map((p) => data.stance[p])).size < 2) continue;
    const statements = group.sort((x, y) => x - y).map((p) => contributionStatement(data, p, asOf));
    const first = statements[0] as ContributionStatement;
    yield { actor: first.actor, subject: { kind: "contribution", type: first.type, location: first.location }, statements };
  }
}

/** Per actor and proposal whose institutions' positions in force disagree: those positions. */
function* contestedProposals(data: IndexData, asOf: number): Generator<ContestedActor> {
  const byProposal = new Map<string, ProposalStatement[]>();
  for (const position of positionsInForce(data.dataset, asOf)) {
    const key = JSON.stringify([position.actor, position.proposal]);
    const statement = proposalStatement(data.dataset, position);
    const list = byProposal.get(key);
    if (list === undefined) byProposal.set(key, [statement]);
    else list.push(statement);
  }
  for (const statements of byProposal.values()) {
    if (new Set(statements.map((statement) => statement.stance)).size < 2) continue;
    const first = statements[0] as ProposalStatement;
    yield { actor: first.actor, subject: { kind: "proposal", proposal: first.proposal }, statements };
  }
}
