import { heldAsOf } from "../../internal/dates/held-as-of.js";
import { recordAt, stageAsOf } from "../../internal/index/accessors.js";
import { FULFILMENT, STAGES, WITHDRAWN, type IndexData } from "../../internal/index/index-data.js";
import { STANCES } from "../../model/stance.js";
import type { Commitment } from "../../model/types.js";
import type { Aggregate, AggregateBucket, AggregateDimension } from "../types.js";
import { DISPUTED, MIXED, NO_FIGURE, quantitiesOf, type QuantityColumns } from "./quantity-columns.js";
import { aggregateOf, type AggregationRequest } from "./request.js";
import { unitTotals, type UnitTotals } from "./unit-totals.js";

/**
 * `aggregateCommitments` over the columns of an index: numeric columns in the hot loop,
 * quantities read once per index. It travels with the index (see `indexCommitments`),
 * so a consumer that only aggregates datasets never bundles it.
 * @internal
 */
export function aggregateColumns(data: IndexData, request: AggregationRequest): Aggregate {
  const { keys, expand } = grouping(data, request.by, request.asOf);
  const members = membersOf(data, request, keys.length, expand);
  const quantities = quantitiesOf(data);
  const { policy, rates } = request;
  const totals = columnTotals(data, quantities, policy === "all", typeof rates?.rates === "function", unitTotals(data.lookups, policy, rates));
  const stamp = new Int32Array(data.actors.length);
  const buckets: AggregateBucket[] = [];
  members.forEach((list, b) => {
    if (list.length === 0) return;
    const ids: string[] = [];
    const disputed: string[] = [];
    const actors: number[] = [];
    let unquantified = 0;
    for (const p of list) {
      const id = data.ids[p] as string;
      ids.push(id);
      const a = data.actor[p] as number;
      if (stamp[a] !== b + 1) {
        stamp[a] = b + 1;
        actors.push(a);
      }
      if ((quantities.flags[p] as number) & DISPUTED) disputed.push(id);
      if (quantities.unit[p] === -1) unquantified++;
      else totals.add(p);
    }
    const key = keys[b] as string | null;
    buckets.push({ key, actors: actorNames(data, actors), pledges: list.length, unquantified, totals: totals.take(), commitments: ids, disputed });
  });
  return aggregateOf(request, buckets);
}

/**
 * The positions each bucket counts: the hot loop, over numeric columns only. A position
 * counts when it is in force as of the day (it counts as of that day or before, and the
 * next statement on its timeline does not), at or above the minimum stance, of a type
 * asked for, and not withdrawn unless asked.
 */
function membersOf(data: IndexData, request: AggregationRequest, bucketCount: number, expand: readonly (readonly number[])[]): number[][] {
  const { by, asOf, minRank, includeWithdrawn } = request;
  const members: number[][] = Array.from({ length: bucketCount }, () => []);
  const typeOk = request.type === undefined ? undefined : typesUnder(data, request.type);
  const { day, next, stance, type, flags } = data;
  const column = by === "type" ? type : by === "stance" ? stance : by === "location" ? data.location : data.actor;
  const offset = by === "location" ? 1 : 0;
  const byStage = by === "stage";
  for (let p = 0, n = day.length; p < n; p++) {
    if ((stance[p] as number) < minRank || (day[p] as number) > asOf || (next[p] as number) <= asOf) continue;
    if (typeOk !== undefined && typeOk[type[p] as number] === 0) continue;
    let group = byStage ? 0 : (column[p] as number) + offset;
    if (((flags[p] as number) & FULFILMENT) !== 0) {
      const stage = stageAsOf(data, p, asOf);
      if (stage === WITHDRAWN && !includeWithdrawn) continue;
      if (byStage) group = stage;
    }
    const list = expand[group] as number[];
    for (let j = 0; j < list.length; j++) (members[list[j] as number] as number[]).push(p);
  }
  return members;
}

/** Per type index, 1 for a type under `id` (itself included), 0 for the others. */
function typesUnder(data: IndexData, id: string): Uint8Array {
  const ok = new Uint8Array(data.typeCount);
  const t = data.taxonomy.index.get(id);
  // Every indexed type has its list of descendants (itself first).
  for (const d of t === undefined ? [] : (data.taxonomy.descendants[t] as number[])) ok[d] = 1;
  return ok;
}

/** The ids of some actor numbers, sorted. */
function actorNames(data: IndexData, actors: readonly number[]): string[] {
  const sorted = new Int32Array(actors).sort();
  const names: string[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) names[i] = data.actors[sorted[i] as number] as string;
  return names;
}

/** Bucket keys, and per group value of a position the buckets it counts in. */
function grouping(data: IndexData, by: AggregateDimension, asOf: number) {
  const single = (keys: (string | null)[]) => ({ keys, expand: keys.map((_, i) => [i]) });
  switch (by) {
    case "type":
      return { keys: data.taxonomy.ids, expand: data.taxonomy.ancestors };
    case "actor":
      return single([...data.actors]);
    case "stance":
      // Ranks run from refused (0) to committed (5).
      return single([...STANCES].reverse());
    case "location":
      return single([null, ...data.locations]);
    case "stage":
      return single([...STAGES]);
    case "bloc": {
      const blocs = data.dataset.organizations.filter((o) => o.memberships.length > 0);
      const keys: (string | null)[] = [...blocs.map((o) => o.id), null];
      const expand: number[][] = data.actors.map(() => []);
      blocs.forEach((organization, b) => {
        for (const membership of organization.memberships) {
          const a = data.actorIndex.get(membership.member);
          const member = heldAsOf(data.lookups.dateKey(membership.from), membership.to, asOf);
          if (a !== undefined && member && !expand[a]?.includes(b)) expand[a]?.push(b);
        }
      });
      for (const list of expand) if (list.length === 0) list.push(blocs.length);
      return { keys, expand };
    }
  }
}

/**
 * Adds a position's quantity: from the columns in the common case, from its claims
 * otherwise (as when `datedRates`: a rate that depends on the date of the amount).
 */
function columnTotals(data: IndexData, quantities: QuantityColumns, readsAll: boolean, datedRates: boolean, totals: UnitTotals) {
  // Per index unit: its output slot in the bucket, and its rate, found on first use.
  const slotOf: (ReturnType<UnitTotals["slot"]> | undefined)[] = [];
  const rateOf: number[] = [];
  return {
    take() {
      // The slots last until the bucket's totals are taken.
      slotOf.length = 0;
      return totals.take();
    },
    add(p: number): void {
      const flags = quantities.flags[p] as number;
      const u = quantities.unit[p] as number;
      const { unit, currency } = quantities.units[u] as QuantityColumns["units"][number];
      // Claims in several units, a policy that picks among them, or rates that depend on the date.
      if ((flags & MIXED) !== 0 || (!readsAll && (flags & DISPUTED) !== 0) || (datedRates && unit === "money")) {
        // Only a position with a quantity has a unit (`add` is not called for the others).
        totals.add((recordAt(data, p).quantity as NonNullable<Commitment["quantity"]>).claims);
        return;
      }
      let r = rateOf[u];
      // Parsed money always names its currency.
      if (r === undefined) r = rateOf[u] = unit === "money" ? totals.rate(currency as string, "") : 1;
      const target = (slotOf[u] ??= totals.slot(unit, currency));
      totals.put(target, (quantities.low[p] as number) * r, (quantities.high[p] as number) * r, (flags & NO_FIGURE) === 0);
    },
  };
}
