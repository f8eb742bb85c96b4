import { STANCES } from "../../model/stance.js";
import type { Commitment } from "../../model/types.js";
import { stanceRank } from "../../model/stance-rank.js";
import { asOfIso, asOfKey } from "../../internal/dates/day-key.js";
import { heldAsOf } from "../../internal/dates/held-as-of.js";
import {
  DISPUTED,
  FULFILMENT,
  MIXED,
  NO_FIGURE,
  quantitiesOf,
  recordAt,
  STAGES,
  stageAsOf,
  WITHDRAWN,
  type IndexData,
  type QuantityColumns,
} from "../../query/internal/index-data.js";
import type { AggregateCommitmentsOptions } from "../aggregate-commitments.js";
import type { Aggregate, AggregateBucket, AggregateDimension } from "../types.js";
import { compareKeys } from "./order.js";
import { unitTotals, type UnitTotals } from "./unit-totals.js";

/**
 * `aggregateCommitments` over the columns of an index: numeric columns in the hot loop,
 * quantities read once per index. It travels with the index (see `indexCommitments`),
 * so a consumer that only aggregates datasets never bundles it.
 * @internal
 */
export function aggregateColumns(data: IndexData, options: AggregateCommitmentsOptions): Aggregate {
  const by = options.by ?? "type";
  const asOf = asOfKey(options.asOf);
  const policy = options.claimPolicy ?? "all";
  const includeWithdrawn = options.includeWithdrawn ?? false;
  const minRank = options.minStance === undefined ? 0 : stanceRank(options.minStance);
  const { keys, expand } = grouping(data, by, asOf);
  const members: number[][] = keys.map(() => []);

  let typeOk: Uint8Array | undefined;
  if (options.type !== undefined) {
    typeOk = new Uint8Array(data.typeCount);
    const t = data.taxonomy.index.get(options.type);
    // Every indexed type has its list of descendants (itself first).
    for (const d of t === undefined ? [] : (data.taxonomy.descendants[t] as number[])) typeOk[d] = 1;
  }

  // The hot loop: numeric columns only.
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

  const quantities = quantitiesOf(data);
  const rates = options.exchangeRates;
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
    const sorted = new Int32Array(actors).sort();
    const names: string[] = new Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) names[i] = data.actors[sorted[i] as number] as string;
    buckets.push({
      key: keys[b] as string | null,
      actors: names,
      pledges: list.length,
      unquantified,
      totals: totals.take(),
      commitments: ids,
      disputed,
    });
  });
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
