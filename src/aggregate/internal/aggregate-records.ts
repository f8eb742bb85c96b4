import { asOfIso, asOfKey } from "../../internal/dates/day-key.js";
import { heldAsOf } from "../../internal/dates/held-as-of.js";
import type { FulfilmentStageName } from "../../model/fulfilment-stages.js";
import { stanceRank } from "../../model/stance-rank.js";
import type { Commitment, Dataset } from "../../model/types.js";
import { buildLookups } from "../../query/internal/lookups.js";
import { typeChains } from "../../query/internal/taxonomy.js";
import { locationKey } from "../../query/location-key.js";
import type { AggregateCommitmentsOptions } from "../aggregate-commitments.js";
import type { Aggregate, AggregateBucket } from "../types.js";
import { compareKeys } from "./order.js";
import { unitTotals } from "./unit-totals.js";

/**
 * `aggregateCommitments` straight from a dataset's records, in one pass and without
 * an index: small to bundle, and as fast as building an index for a single
 * aggregation. Answers exactly as the index path does (a property test holds them to it).
 * @internal
 */
export function aggregateRecords(dataset: Dataset, options: AggregateCommitmentsOptions): Aggregate {
  const by = options.by ?? "type";
  const asOf = asOfKey(options.asOf);
  const policy = options.claimPolicy ?? "all";
  const includeWithdrawn = options.includeWithdrawn ?? false;
  const minRank = options.minStance === undefined ? 0 : stanceRank(options.minStance);
  // Built for this call (O(sources)): caching them per dataset would be more code to bundle than time saved.
  const lookups = buildLookups(dataset);
  // Per type, itself and its broader types: the buckets it counts in by type.
  const chains = typeChains(dataset);

  // The statement in force on each timeline (actor, type, location, speaking institution)
  // is the latest on or before the day; the greater id wins a tie, whatever the order.
  // Institution ids hold no line break, so the last one in a key ends its location.
  const inForce = new Map<string, [day: number, commitment: Commitment, place: string | null]>();
  for (const commitment of dataset.commitments) {
    const { actor, type, location, statedBy, date, sources, id } = commitment;
    const day = lookups.effectiveKey(date, sources);
    if (day > asOf) continue;
    const place = location === undefined ? null : locationKey(location);
    const timeline = `${actor}\n${type}\n${place ?? ""}\n${statedBy?.institution ?? ""}`;
    const held = inForce.get(timeline);
    if (held === undefined || day > held[0] || (day === held[0] && id > held[1].id)) inForce.set(timeline, [day, commitment, place]);
  }

  const blocs = by === "bloc" ? blocMemberships(dataset, lookups.dateKey, asOf) : undefined;
  const counted: [commitment: Commitment, keys: Iterable<string | null>][] = [];
  for (const [, commitment, place] of inForce.values()) {
    const { type, actor, stance } = commitment;
    if (stanceRank(stance) < minRank || (options.type !== undefined && !(chains.get(type) ?? [type]).includes(options.type))) continue;
    // The stage as of the day: the last step listed on or before it (a year-precise
    // step can end after a day-precise one listed after it).
    let stage: FulfilmentStageName = "announced";
    for (const step of commitment.fulfilment ?? []) if (lookups.dateKey(step.date) <= asOf) stage = step.stage;
    if (stage === "withdrawn" && !includeWithdrawn) continue;
    counted.push([
      commitment,
      by === "type"
        ? (chains.get(type) ?? [type])
        : by === "bloc"
          ? (blocs?.get(actor) ?? [null])
          : [by === "location" ? place : by === "stage" ? stage : commitment[by]],
    ]);
  }
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

  const totals = unitTotals(lookups, policy, options.exchangeRates);
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
    buckets.push({
      key,
      actors: [...new Set(commitments.map(({ actor }) => actor))].sort(),
      pledges: commitments.length,
      unquantified,
      totals: totals.take(),
      commitments: commitments.map(({ id }) => id),
      disputed,
    });
  }
  const order = compareKeys(by);
  buckets.sort((x, y) => order(x.key, y.key));

  return {
    by,
    asOf: asOfIso(asOf),
    minStance: options.minStance ?? null,
    type: options.type ?? null,
    claimPolicy: policy,
    currency: options.exchangeRates?.base ?? null,
    includeWithdrawn,
    buckets,
  };
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
