// Conditions that are no offer's: a refusal's (or an opposition's) in force, "not
// outside alliance commitments", and a proposal's, "legally binding, subject to national
// procedures". Takes the selection; gives those with a condition, with the actor whose
// condition it is. Evaluated in the scenario like any other, and waited on by no offer.
import { stanceRank } from "../../model/stance-rank.js";
import type { Condition } from "../../model/types.js";
import { effectiveDate, NOT_AN_OFFER, sourceEndDates, type Selection } from "./select-offers.js";

/** A condition that is no offer's, and whose it is. @internal */
export interface OtherCondition {
  readonly kind: "refusal" | "proposal";
  /** Its record's index: in the dataset's commitments for a refusal, in its proposals for a proposal. */
  readonly index: number;
  readonly condition: Condition;
  /** The actor whose condition it is: the refusing actor, or the proposal's first proposer. */
  readonly holder: string;
}

const OPPOSED_RANK = stanceRank("opposed");

/**
 * The refusals and oppositions in force on the selection's day that state a condition,
 * in dataset order, then the proposals put forward by that day (a month or year counts
 * as of its last day, "unknown" as of its earliest source) that state one.
 * @internal
 */
export function otherConditions(selection: Selection): OtherCondition[] {
  const { dataset, status, rankOf, conditions, asOf } = selection;
  const found: OtherCondition[] = [];
  for (let i = 0; i < status.length; i++) {
    const condition = conditions[i];
    if (condition === undefined || status[i] !== NOT_AN_OFFER || !(rankOf[i]! <= OPPOSED_RANK)) continue;
    found.push({ kind: "refusal", index: i, condition, holder: dataset.commitments[i]!.actor });
  }
  if (!dataset.proposals.some((proposal) => proposal.condition !== undefined)) return found;
  const sourceDates = sourceEndDates(dataset);
  const cache = new Map<string, string>();
  dataset.proposals.forEach((proposal, index) => {
    const { condition, date, sources, proposedBy } = proposal;
    if (condition === undefined) return;
    if (asOf !== undefined && effectiveDate(date, sources, sourceDates, cache) > asOf) return;
    found.push({ kind: "proposal", index, condition, holder: proposedBy[0]! });
  });
  return found;
}
