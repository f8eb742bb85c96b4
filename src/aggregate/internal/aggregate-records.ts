import { asOfIso, asOfKey } from "../../dates/day-key.js";
import { heldAsOf } from "../../dates/held-as-of.js";
import { FULFILMENT_STAGES } from "../../model/fulfilment-stages.js";
import { stanceRank } from "../../model/stance-rank.js";
import type { Commitment, Dataset } from "../../model/types.js";
import { lookupsOf } from "../../query/internal/lookups.js";
import { buildTaxonomy, typeIndexOf } from "../../query/internal/taxonomy.js";
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
  const lookups = lookupsOf(dataset);
  const taxonomy = buildTaxonomy(dataset);

  // The statement in force on each timeline (actor, type, location, speaking institution)
  // is the latest on or before the day; the greater id wins a tie, whatever the order.
  // Institution ids hold no line break, so the last one in a key ends its location.
  const inForce = new Map<string, [day: number, commitment: Commitment]>();
  for (const commitment of dataset.commitments) {
    const { actor, type, location, statedBy, date, sources, id } = commitment;
    typeIndexOf(taxonomy, type);
    const day = lookups.effectiveKey(date, sources);
    if (day > asOf) continue;
    const timeline = `${actor}\n${type}\n${location === undefined ? "" : locationKey(location)}\n${statedBy?.institution ?? ""}`;
    const held = inForce.get(timeline);
    if (held === undefined || day > held[0] || (day === held[0] && id > held[1].id)) inForce.set(timeline, [day, commitment]);
  }

  const types = options.type === undefined ? undefined : new Set(taxonomy.descendants[taxonomy.index.get(options.type) ?? -1]);
  const counted: [commitment: Commitment, stage: number][] = [];
  for (const [, commitment] of inForce.values()) {
    if (stanceRank(commitment.stance) < minRank) continue;
    if (types !== undefined && !types.has(taxonomy.index.get(commitment.type) as number)) continue;
    // The stage as of the day: the last step listed on or before it (a year-precise
    // step can end after a day-precise one listed after it).
    let stage = 0;
    for (const step of commitment.fulfilment ?? []) {
      if (lookups.dateKey(step.date) <= asOf) stage = FULFILMENT_STAGES.indexOf(step.stage);
    }
    if (FULFILMENT_STAGES[stage] === "withdrawn" && !includeWithdrawn) continue;
    counted.push([commitment, stage]);
  }
  // Id order, so each bucket lists its commitments sorted.
  counted.sort(([x], [y]) => (x.id < y.id ? -1 : 1));

  const blocsOf = by === "bloc" ? blocMemberships(dataset, lookups.dateKey, asOf) : undefined;
  const keysOf = ({ type, actor, stance, location }: Commitment, stage: number): readonly (string | null)[] => {
    switch (by) {
      case "type":
        return (taxonomy.ancestors[taxonomy.index.get(type) as number] as number[]).map((t) => taxonomy.ids[t] as string);
      case "actor":
        return [actor];
      case "stance":
        return [stance];
      case "location":
        return [location === undefined ? null : locationKey(location)];
      case "stage":
        return [FULFILMENT_STAGES[stage] as string];
      case "bloc":
        return blocsOf?.get(actor) ?? [null];
    }
  };
  const groups = new Map<string | null, Commitment[]>();
  for (const [commitment, stage] of counted) {
    for (const key of keysOf(commitment, stage)) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [commitment]);
      else group.push(commitment);
    }
  }

  const totals = unitTotals(lookups, policy, options.exchangeRates);
  const buckets: AggregateBucket[] = [];
  for (const [key, commitments] of groups) {
    let unquantified = 0;
    for (const { quantity } of commitments) {
      if (quantity === undefined || quantity.claims.length === 0) unquantified++;
      else totals.add(quantity.claims);
    }
    buckets.push({
      key,
      actors: [...new Set(commitments.map(({ actor }) => actor))].sort(),
      pledges: commitments.length,
      unquantified,
      totals: totals.take(),
      commitments: commitments.map(({ id }) => id),
      disputed: commitments.filter(({ quantity }) => (quantity?.claims.length ?? 0) > 1).map(({ id }) => id),
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
function blocMemberships(dataset: Dataset, dateKey: (date: string) => number, asOf: number): Map<string, string[]> {
  const blocs = new Map<string, string[]>();
  for (const { id, memberships } of dataset.organizations) {
    for (const { member, from, to } of memberships) {
      const list = blocs.get(member) ?? [];
      if (heldAsOf(dateKey(from), to, asOf) && !list.includes(id)) blocs.set(member, [...list, id]);
    }
  }
  return blocs;
}
