import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import type { Stance } from "../model/stance.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { datasetOf } from "../internal/index/source.js";
import { positionsInForce } from "../internal/supersession.js";
import { proposalStatement } from "./internal/statements.js";
import { strongest } from "./internal/stances.js";
import type { ProposalStatement } from "./types.js";

/**
 * Options of {@link stanceOnProposal}.
 *
 * @category Queries
 */
export interface StanceOnProposalOptions extends AsOfOptions {}

/**
 * An actor's stance on a proposal, with the positions behind it.
 *
 * @category Queries
 */
export interface ProposalStance {
  readonly actor: string;
  readonly proposal: string;
  readonly asOf: string | null;
  /** The strongest stance among its positions in force, or null when it has taken none. */
  readonly stance: Stance | null;
  /** Whether its institutions take different stances on it. */
  readonly contested: boolean;
  /** Whether the actor put the proposal forward (which is not itself a recorded stance). */
  readonly proposer: boolean;
  /** Its positions in force, one per speaking institution, sorted by id. */
  readonly statements: readonly ProposalStatement[];
}

/**
 * The stance of an actor on a proposal as of a day: per speaking institution, its
 * latest position on or before it (one dated "unknown" counts as of its earliest
 * source). Proposing is reported apart from positions: the dataset records no stance
 * for a proposer unless a source states one.
 *
 * @param source A parsed dataset, or its index.
 * @param actor The actor's id.
 * @param proposal The proposal's id.
 * @param options The day to answer as of.
 * @returns The strongest stance in force (null when none), whether the actor is contested or the proposer, and the positions behind it.
 * @throws {CoalitionError} `invalid_argument` for an invalid `asOf`.
 * @example
 * ```ts
 * import { stanceOnProposal } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * stanceOnProposal(dataset, "DE", "behind-the-line-force", { asOf: "2025-03-13" }).stance;
 * //=> "opposed"
 * const france = stanceOnProposal(dataset, "FR", "behind-the-line-force");
 * [france.stance, france.proposer];
 * //=> [null, true]
 * ```
 *
 * @category Queries
 */
export function stanceOnProposal(
  source: DatasetSource,
  actor: string,
  proposal: string,
  options: StanceOnProposalOptions = {},
): ProposalStance {
  const dataset = datasetOf(source);
  const asOf = asOfKey(options.asOf);
  const statements = positionsInForce(dataset, asOf, (position) => position.actor === actor && position.proposal === proposal).map(
    (position) => proposalStatement(dataset, position),
  );
  const record = dataset.proposals.find((candidate) => candidate.id === proposal);
  return {
    actor,
    proposal,
    asOf: asOfIso(asOf),
    stance: strongest(statements),
    contested: new Set(statements.map((statement) => statement.stance)).size > 1,
    proposer: record?.proposedBy.includes(actor) ?? false,
    statements,
  };
}
