import { heldAsOf } from "../../internal/dates/held-as-of.js";
import type { FulfilmentStageName } from "../../internal/fulfilment-stages.js";
import { buildLookups, type Lookups } from "../../internal/lookups.js";
import { commitmentsInForce } from "../../internal/supersession.js";
import { typeChains } from "../../internal/taxonomy.js";
import { stanceRank } from "../../model/stance-rank.js";
import type { Commitment, Dataset } from "../../model/types.js";
import type { Aggregate, AggregateBucket } from "../types.js";
import { aggregateOf, type AggregationRequest } from "./request.js";
import { unitTotals } from "./unit-totals.js";

/** A commitment counted, and the keys of the buckets it counts in. */
type Counted = [commitment: Commitment, keys: Iterable<string | null>];

/**
 * `aggregateCommitments` straight from a dataset's records, in one pass and without
 * an index: small to bundle, and as fast as building an index for a single
 * aggregation. Answers exactly as the index path does (a property test holds them to it).
 * @internal
 */
export function aggregateRecords(dataset: Dataset, request: AggregationRequest): Aggregate {
  // Built for this call (O(sources)): caching them per dataset would be more code to bundle than time saved.
  const lookups = buildLookups(dataset);
  const counted = countedCommitments(dataset, lookups, request);
  // Id order, so each bucket lists its commitments sorted.
  counted.sort(([x], [y]) => (x.id < y.id ? -1 : 1));
  const groups = new Map<string | null, Commitment[]>();
  for (const [commitment, keys] of counted) {
    for (const key of keys) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [commitment]);
      else group.push(commitment);
    }
  }
  const totals = unitTotals(lookups, request.policy, request.rates);
  const buckets: AggregateBucket[] = [];
  for (const [key, commitments] of groups) {
    const disputed: string[] = [];
    let unquantified = 0;
    for (const { quantity, id } of commitments) {
      const claims = quantity?.claims ?? [];
      if (claims.length === 0) unquantified++;
      else totals.add(claims);
      if (claims.length > 1) disputed.push(id);
    }
    const actors = [...new Set(commitments.map(({ actor }) => actor))].sort();
    buckets.push({ key, actors, pledges: commitments.length, unquantified, totals: totals.take(), commitments: commitments.map(({ id }) => id), disputed });
  }
  return aggregateOf(request, buckets);
}

/** The statements in force that the request counts, each with the keys of the buckets it counts in. */
function countedCommitments(dataset: Dataset, lookups: Lookups, request: AggregationRequest): Counted[] {
  const { by, asOf } = request;
  // Per type, itself and its broader types: the buckets it counts in by type.
  const chains = typeChains(dataset);
  const blocs = by === "bloc" ? blocMemberships(dataset, lookups.dateKey, asOf) : undefined;
  const counted: Counted[] = [];
  for (const [, commitment, place] of commitmentsInForce(dataset, lookups, asOf)) {
    const { type, actor, stance } = commitment;
    if (stanceRank(stance) < request.minRank || (request.type !== undefined && !(chains.get(type) ?? [type]).includes(request.type))) continue;
    const stage = stageAsOf(commitment, lookups, asOf);
    if (stage === "withdrawn" && !request.includeWithdrawn) continue;
    counted.push([
      commitment,
      by === "type"
        ? (chains.get(type) ?? [type])
        : by === "bloc"
          ? (blocs?.get(actor) ?? [null])
          : [by === "location" ? place : by === "stage" ? stage : commitment[by]],
    ]);
  }
  return counted;
}

/**
 * The stage of a commitment as of the day: the last step listed on or before it (a
 * year-precise step can end after a day-precise one listed after it).
 */
function stageAsOf(commitment: Commitment, lookups: Lookups, asOf: number): FulfilmentStageName {
  let stage: FulfilmentStageName = "announced";
  for (const step of commitment.fulfilment ?? []) if (lookups.dateKey(step.date) <= asOf) stage = step.stage;
  return stage;
}

/** Per actor, the blocs (organizations with members) it belongs to as of the day. */
function blocMemberships(dataset: Dataset, dateKey: (date: string) => number, asOf: number): Map<string, Set<string>> {
  const blocs = new Map<string, Set<string>>();
  for (const { id, memberships } of dataset.organizations) {
    for (const { member, from, to } of memberships) {
      if (heldAsOf(dateKey(from), to, asOf)) blocs.set(member, (blocs.get(member) ?? new Set()).add(id));
    }
  }
  return blocs;
}
