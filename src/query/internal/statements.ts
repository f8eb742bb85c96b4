import type { Dataset, Position } from "../../model/types.js";
import { asOfIso } from "../../internal/dates/day-key.js";
import { hasFulfilment, locationAt, recordAt, stageAsOf } from "../../internal/index/accessors.js";
import { STAGES, type IndexData } from "../../internal/index/index-data.js";
import { lookupsOf } from "../../internal/lookups.js";
import type { ContributionStatement, ProposalStatement } from "../types.js";

/** The statement of the commitment at position `p`, as of a day key. @internal */
export function contributionStatement(data: IndexData, p: number, asOf: number): ContributionStatement {
  const record = recordAt(data, p);
  const day = data.day[p] as number;
  const { date, statedBy } = record;
  return {
    id: data.ids[p] as string,
    actor: record.actor,
    institution: statedBy?.institution ?? null,
    person: statedBy?.person ?? null,
    stance: record.stance,
    date,
    // A day-precise date is its own as-of day: no need to format one (asOfIso gives null for NO_DAY).
    inForceFrom: date.length === 10 ? date : asOfIso(day),
    sources: record.sources,
    type: record.type,
    location: locationAt(data, p),
    // stageAsOf returns an index of STAGES.
    stage: hasFulfilment(data, p) ? (STAGES[stageAsOf(data, p, asOf)] as ContributionStatement["stage"]) : "announced",
  };
}

/** A position as a statement. @internal */
export function proposalStatement(dataset: Dataset, position: Position): ProposalStatement {
  const day = lookupsOf(dataset).effectiveKey(position.date, position.sources);
  return {
    id: position.id,
    actor: position.actor,
    institution: position.statedBy?.institution ?? null,
    person: position.statedBy?.person ?? null,
    stance: position.stance,
    date: position.date,
    inForceFrom: asOfIso(day),
    sources: position.sources,
    proposal: position.proposal,
  };
}

/** Sorts by a string key, in code-unit order. @internal */
export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    // Equal keys give 0 without a branch of their own: callers' keys are distinct as a rule.
    return x < y ? -1 : Number(x > y);
  };
}
