import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import type { Stance } from "../model/stance.js";
import { stanceRank } from "../model/stance-rank.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { datasetOf } from "../internal/index/source.js";
import { positionsInForce } from "../internal/supersession.js";
import { proposalStatement } from "./internal/statements.js";
import type { ProposalStatement } from "./types.js";

/**
 * Options of {@link proposalPositions}.
 *
 * @category Queries
 */
export interface ProposalPositionsOptions extends AsOfOptions {}

/**
 * An actor on one side of a proposal, with the positions that put it there.
 *
 * @category Queries
 */
export interface ProposalSide {
  readonly actor: string;
  /** Its stance on this side: the strongest for a supporter, the weakest for an opponent. */
  readonly stance: Stance;
  readonly statements: readonly ProposalStatement[];
}

/**
 * Who stands where on a proposal.
 *
 * @category Queries
 */
export interface ProposalPositions {
  readonly proposal: string;
  readonly asOf: string | null;
  /** Who put it forward, as the proposal records. */
  readonly proposedBy: readonly string[];
  /** Actors with a position at `open` or above. */
  readonly supporters: readonly ProposalSide[];
  /** Actors with an `undecided` position. */
  readonly undecided: readonly ProposalSide[];
  /** Actors with a position at `opposed` or `refused`. */
  readonly opponents: readonly ProposalSide[];
}

/**
 * The supporters, the undecided and the opponents of a proposal as of a day, each with
 * the positions in force that place it (per actor and speaking institution, the latest
 * on or before the day). An actor whose institutions disagree appears on each side one
 * of them takes. Sides are sorted by actor id; an unknown proposal has empty sides.
 *
 * @param source A parsed dataset, or its index.
 * @param proposal The proposal's id.
 * @param options The day to answer as of.
 * @returns Its proposers, and the supporters, undecided and opponents with the positions behind each.
 * @throws {CoalitionError} `invalid_argument` for an invalid `asOf`.
 * @example
 * ```ts
 * import { proposalPositions } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const positions = proposalPositions(seedDataset(), "behind-the-line-force", { asOf: "2025-03-13" });
 * positions.opponents.map((side) => side.actor);
 * //=> ["DE", "ES", "IT", "PL"]
 * [positions.proposedBy, positions.supporters];
 * //=> [["FR"], []]
 * ```
 *
 * @category Queries
 */
export function proposalPositions(source: DatasetSource, proposal: string, options: ProposalPositionsOptions = {}): ProposalPositions {
  const dataset = datasetOf(source);
  const asOf = asOfKey(options.asOf);
  const sides = { supporters: new Map<string, ProposalStatement[]>(), undecided: new Map(), opponents: new Map() };
  for (const position of positionsInForce(dataset, asOf, (candidate) => candidate.proposal === proposal)) {
    const rank = stanceRank(position.stance);
    const side = rank >= stanceRank("open") ? sides.supporters : rank === stanceRank("undecided") ? sides.undecided : sides.opponents;
    const list: ProposalStatement[] = side.get(position.actor) ?? [];
    list.push(proposalStatement(dataset, position));
    side.set(position.actor, list);
  }
  const entries = (side: Map<string, ProposalStatement[]>, pick: (a: Stance, b: Stance) => boolean): ProposalSide[] =>
    [...side.keys()].sort().map((actor) => {
      const statements = side.get(actor) as ProposalStatement[];
      const stance = statements.reduce((best, statement) => (pick(statement.stance, best) ? statement.stance : best), (statements[0] as ProposalStatement).stance);
      return { actor, stance, statements };
    });
  const stronger = (a: Stance, b: Stance) => stanceRank(a) > stanceRank(b);
  return {
    proposal,
    asOf: asOfIso(asOf),
    proposedBy: dataset.proposals.find((candidate) => candidate.id === proposal)?.proposedBy ?? [],
    supporters: entries(sides.supporters, stronger),
    undecided: entries(sides.undecided, stronger),
    opponents: entries(sides.opponents, (a, b) => stanceRank(a) < stanceRank(b)),
  };
}
