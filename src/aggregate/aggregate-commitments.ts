import { CoalitionError } from "../errors/coalition-error.js";
import type { Stance } from "../model/stance.js";
import { STANCES } from "../model/stance.js";
import { stanceRank } from "../model/stance-rank.js";
import type { Dataset } from "../model/types.js";
import { chooseClaims, type ClaimPolicy } from "../claims/choose-claims.js";
import { asOfIso, asOfKey } from "../dates/day-key.js";
import { heldAsOf } from "../dates/held-as-of.js";
import type { CommitmentIndex } from "../query/index-commitments.js";
import { dataOf } from "../query/internal/data-of.js";
import {
  DISPUTED,
  FULFILMENT,
  hasFigure,
  highOf,
  lowOf,
  MIXED,
  NO_FIGURE,
  quantitiesOf,
  recordAt,
  STAGES,
  stageAsOf,
  WITHDRAWN,
  type IndexData,
  type QuantityColumns,
} from "../query/internal/index-data.js";
import { compareKeys } from "./internal/order.js";
import type { Aggregate, AggregateBucket, AggregateDimension, ExchangeRates, UnitTotal } from "./types.js";

/** Options of {@link aggregateCommitments}. */
export interface AggregateCommitmentsOptions {
  /** What to group by; `"type"` by default, which counts each pledge at every level of the taxonomy above it. */
  readonly by?: AggregateDimension;
  /**
   * Count the statements in force as of this day (the latest on or before it, per
   * actor, type, location and speaking institution); a month or year counts as of its
   * end. Also the day bloc memberships are read at. The latest statements when absent.
   */
  readonly asOf?: string | Date;
  /** Count only pledges at or above this stance. */
  readonly minStance?: Stance;
  /** Count only pledges of this contribution type or a type under it. */
  readonly type?: string;
  /** How to read quantities that sources disagree on; `"all"` (a range over every claim) by default. */
  readonly claimPolicy?: ClaimPolicy;
  /** Convert money to one currency; without it, each currency is totalled apart. */
  readonly exchangeRates?: ExchangeRates;
  /** Count pledges withdrawn by the as-of day too (they are left out by default). */
  readonly includeWithdrawn?: boolean;
}

/**
 * Counts pledges and sums their quantities, grouped by contribution type (at every
 * level of the taxonomy), actor, bloc (membership as of the day), stance, location or
 * fulfilment stage. Each bucket counts the pledging actors and the pledges, and sums
 * quantities per unit as low and high totals (ranges and approximate figures carry
 * through; an unquantified pledge counts as a pledge, not as zero), with the ids of
 * the commitments counted. Pass an index from `indexCommitments` to aggregate a large
 * dataset many times. Aggregates of datasets that share no timeline merge with
 * `mergeAggregates` into the aggregate of their union.
 *
 * @param source A parsed dataset, or its index.
 * @returns A plain, JSON-serialisable aggregate.
 * @throws {CoalitionError} `missing_exchange_rate` when money must be converted from a
 * currency `exchangeRates` has no rate for; `invalid_argument` for an invalid `asOf`.
 * @example
 * ```ts
 * import { aggregateCommitments } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * const byType = aggregateCommitments(dataset, { by: "type", minStance: "ready", asOf: "2025-03-13" });
 * byType.buckets.find((bucket) => bucket.key === "personnel")?.actors;
 * //=> ["AU", "DK", "GB", "IE"]
 * byType.buckets.find((bucket) => bucket.key === "peacekeepers")?.commitments;
 * //=> ["au-peacekeepers", "dk-peacekeepers", "ie-peacekeepers"]
 * aggregateCommitments(dataset, { by: "stance", type: "ground-troops" }).buckets.map((bucket) => [bucket.key, bucket.pledges]);
 * //=> [["ready", 1], ["open", 2]]
 * ```
 */
export function aggregateCommitments(
  source: Dataset | CommitmentIndex,
  options: AggregateCommitmentsOptions = {},
): Aggregate {
  const data = dataOf(source);
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
    for (const d of t === undefined ? [] : (data.taxonomy.descendants[t] ?? [])) typeOk[d] = 1;
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
  const totals = totaller(data, quantities, policy, options.exchangeRates);
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
      const blocs = data.dataset.organizations.filter((o) => o.memberships.length > 0).map((o) => o.id);
      const keys: (string | null)[] = [...blocs, null];
      const expand: number[][] = data.actors.map(() => []);
      blocs.forEach((id, b) => {
        const organization = data.dataset.organizations.find((o) => o.id === id);
        for (const membership of organization?.memberships ?? []) {
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

/** Sums quantities per output unit for one bucket at a time. */
function totaller(data: IndexData, quantities: QuantityColumns, policy: ClaimPolicy, rates: ExchangeRates | undefined) {
  const outKeys = new Map<string, number>();
  const outUnits: { unit: string; currency: string | undefined; key: string }[] = [];
  // Per output slot; the slots a bucket touched are listed in `used`.
  let low = new Float64Array(8);
  let high = new Float64Array(8);
  let open = new Int32Array(8);
  let pledges = new Int32Array(8);
  let figures = new Int32Array(8);
  const used: number[] = [];
  // Per index unit slot: the output slot and the rate, found on first use.
  const slotOut: number[] = [];
  const slotRate: number[] = [];
  const table = rates === undefined || typeof rates.rates === "function" ? undefined : rates.rates;
  const rateFn = rates !== undefined && typeof rates.rates === "function" ? rates.rates : undefined;

  const out = (unit: string, currency: string | undefined) => {
    const money = unit === "money";
    const target = money ? (rates?.base ?? currency ?? "") : undefined;
    const key = money ? `money:${target}` : unit;
    let slot = outKeys.get(key);
    if (slot === undefined) {
      outKeys.set(key, (slot = outUnits.length));
      outUnits.push({ unit, currency: target, key });
      if (slot >= low.length) {
        const grow = <T extends Float64Array | Int32Array>(array: T): T => {
          const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
          bigger.set(array);
          return bigger;
        };
        [low, high, open, pledges, figures] = [grow(low), grow(high), grow(open), grow(pledges), grow(figures)];
      }
    }
    return slot;
  };
  const rate = (currency: string, date: string) => {
    if (rates === undefined || currency === rates.base) return 1;
    const value = rateFn !== undefined ? rateFn(currency, date) : table !== undefined && Object.hasOwn(table, currency) ? table[currency] : undefined;
    if (value === undefined || !Number.isFinite(value)) {
      throw new CoalitionError(
        "missing_exchange_rate",
        `no exchange rate from ${currency} to ${rates.base}${rateFn === undefined ? "" : ` for ${date}`}`,
      );
    }
    return value;
  };
  const put = (slot: number, lo: number, hi: number, figure: boolean) => {
    if (pledges[slot] === 0) used.push(slot);
    low[slot] = (low[slot] as number) + lo;
    if (hi !== hi) open[slot] = (open[slot] as number) + 1;
    else high[slot] = (high[slot] as number) + hi;
    pledges[slot] = (pledges[slot] as number) + 1;
    if (figure) figures[slot] = (figures[slot] as number) + 1;
  };

  return {
    add(p: number) {
      const flags = quantities.flags[p] as number;
      const u = quantities.unit[p] as number;
      const slotUnit = quantities.units[u];
      const slow =
        (flags & MIXED) !== 0 ||
        (policy !== "all" && (flags & DISPUTED) !== 0) ||
        (rateFn !== undefined && slotUnit?.unit === "money");
      if (!slow && slotUnit !== undefined) {
        let slot = slotOut[u];
        if (slot === undefined) {
          slot = slotOut[u] = out(slotUnit.unit, slotUnit.currency);
          slotRate[u] = slotUnit.unit === "money" ? rate(slotUnit.currency ?? "", "") : 1;
        }
        const r = slotRate[u] as number;
        put(slot, (quantities.low[p] as number) * r, (quantities.high[p] as number) * r, (flags & NO_FIGURE) === 0);
        return;
      }
      // Claims in several units, a policy that picks among them, or rates that depend on the date.
      const record = recordAt(data, p);
      const chosen = chooseClaims(record.quantity?.claims ?? [], data.lookups, policy).claims;
      const parts = new Map<number, [number, number, boolean]>();
      for (const { value } of chosen) {
        const slot = out(value.unit, value.currency);
        const r = value.unit === "money" ? rate(value.currency ?? "", value.date ?? "") : 1;
        const lo = lowOf(value) * r;
        const hi = highOf(value) * r;
        const part = parts.get(slot);
        parts.set(
          slot,
          part === undefined
            ? [lo, hi, hasFigure(value)]
            : [Math.min(part[0], lo), Number.isNaN(part[1]) || Number.isNaN(hi) ? Number.NaN : Math.max(part[1], hi), part[2] || hasFigure(value)],
        );
      }
      for (const [slot, [lo, hi, figure]] of parts) put(slot, lo, hi, figure);
    },
    /** The totals of the bucket, sorted by unit; clears them for the next bucket. */
    take(): UnitTotal[] {
      used.sort((a, b) => {
        const x = (outUnits[a] as { key: string }).key;
        const y = (outUnits[b] as { key: string }).key;
        return x < y ? -1 : x > y ? 1 : 0;
      });
      const result: UnitTotal[] = [];
      for (const s of used) {
        const { unit, currency } = outUnits[s] as { unit: string; currency: string | undefined };
        const count = pledges[s] as number;
        const quantified = figures[s] as number;
        const lo = low[s] as number;
        const hi = (open[s] as number) > 0 ? null : (high[s] as number);
        result.push(
          currency === undefined
            ? { unit, low: lo, high: hi, pledges: count, quantified, unquantified: count - quantified }
            : { unit, currency, low: lo, high: hi, pledges: count, quantified, unquantified: count - quantified },
        );
        low[s] = 0;
        high[s] = 0;
        open[s] = 0;
        pledges[s] = 0;
        figures[s] = 0;
      }
      used.length = 0;
      return result;
    },
  };
}
