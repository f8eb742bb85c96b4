import type { Commitment, Dataset, Position } from "../../model/types.js";
import { asOfIso } from "../../internal/dates/day-key.js";
import type { ContributionStatement, ProposalStatement } from "../types.js";
import { lookupsOf } from "./lookups.js";
import { STAGES, stageAsOf, FULFILMENT, type IndexData } from "./index-data.js";

/** The statement of the commitment at position `p`, as of a day key. @internal */
export function contributionStatement(data: IndexData, p: number, asOf: number): ContributionStatement {
  const record = data.records[p] as Commitment;
  const location = data.location[p] as number;
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
    location: location < 0 ? null : (data.locations[location] as string),
    // stageAsOf returns an index of STAGES.
    stage: ((data.flags[p] as number) & FULFILMENT) === 0 ? "announced" : (STAGES[stageAsOf(data, p, asOf)] as ContributionStatement["stage"]),
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

/**
 * The positions in force as of a day key: per actor, proposal and speaking
 * institution, the latest on or before it; ties go to the greater id.
 * @internal
 */
export function positionsInForce(dataset: Dataset, asOf: number, keep: (position: Position) => boolean = () => true): Position[] {
  const lookups = lookupsOf(dataset);
  const latest = new Map<string, { position: Position; day: number }>();
  for (const position of dataset.positions) {
    if (!keep(position)) continue;
    const day = lookups.effectiveKey(position.date, position.sources);
    if (day > asOf) continue;
    const key = JSON.stringify([position.actor, position.proposal, position.statedBy?.institution ?? null]);
    const held = latest.get(key);
    if (held === undefined || day > held.day || (day === held.day && position.id > held.position.id)) {
      latest.set(key, { position, day });
    }
  }
  return [...latest.values()].map((entry) => entry.position).sort(byKey((position) => position.id));
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
