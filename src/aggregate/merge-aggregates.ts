import { invalidArgument } from "../internal/errors.js";
import { overflowed } from "./internal/exchange-rates.js";
import { compareKeys, unitKey } from "./internal/order.js";
import type { Aggregate, AggregateBucket, UnitTotal } from "./types.js";

/**
 * Merges the aggregates of two datasets into the aggregate of their union, so that
 * work can be split and combined: counts and totals add up, pledging actors are
 * united, and the commitment ids stay sorted. The datasets must not share a timeline
 * (the statements of one actor on one type, location and speaker), or the union would
 * read them differently: splitting a dataset by actor guarantees it.
 *
 * @param a An aggregate from `aggregateCommitments`.
 * @param b Another, made with the same options.
 * @returns The merged aggregate; neither input is changed.
 * @throws {CoalitionError} `invalid_argument` when the aggregates were made with different options, or when a total of the two is past the largest number (about 1.8e308).
 * @example
 * ```ts
 * import { aggregateCommitments, mergeAggregates } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * const half = (keep: (actor: string) => boolean) => ({ ...dataset, commitments: dataset.commitments.filter((c) => keep(c.actor)) });
 * const options = { by: "type", minStance: "ready" } as const;
 * const merged = mergeAggregates(aggregateCommitments(half((actor) => actor < "G"), options), aggregateCommitments(half((actor) => actor >= "G"), options));
 * merged.buckets.find((bucket) => bucket.key === "personnel")?.actors;
 * //=> ["AU", "DK", "GB", "IE"]
 * JSON.stringify(merged) === JSON.stringify(aggregateCommitments(dataset, options));
 * //=> true
 * ```
 *
 * @category Aggregation
 */
export function mergeAggregates(a: Aggregate, b: Aggregate): Aggregate {
  for (const field of ["by", "asOf", "minStance", "type", "claimPolicy", "currency", "includeWithdrawn"] as const) {
    if (a[field] !== b[field]) {
      throw invalidArgument(
        "b",
        `cannot merge aggregates made with different ${field}: ${JSON.stringify(a[field])} and ${JSON.stringify(b[field])}`,
      );
    }
  }
  const buckets = new Map<string | null, AggregateBucket>();
  for (const bucket of [...a.buckets, ...b.buckets]) {
    const other = buckets.get(bucket.key);
    buckets.set(bucket.key, other === undefined ? bucket : mergeBuckets(other, bucket));
  }
  const order = compareKeys(a.by);
  return { ...a, buckets: [...buckets.values()].sort((x, y) => order(x.key, y.key)) };
}

function mergeBuckets(a: AggregateBucket, b: AggregateBucket): AggregateBucket {
  const totals = new Map<string, UnitTotal>();
  for (const total of [...a.totals, ...b.totals]) {
    const key = unitKey(total);
    const other = totals.get(key);
    if (other === undefined) {
      totals.set(key, total);
      continue;
    }
    const low = other.low + total.low;
    const high = other.high === null || total.high === null ? null : other.high + total.high;
    // Past the largest number the sum is Infinity, which JSON writes as null: "open-ended".
    if (low === Infinity || high === Infinity) overflowed(total.unit, total.currency);
    totals.set(key, {
      ...other,
      low,
      high,
      pledges: other.pledges + total.pledges,
      quantified: other.quantified + total.quantified,
      unquantified: other.unquantified + total.unquantified,
    });
  }
  return {
    key: a.key,
    actors: mergeSorted(a.actors, b.actors, true),
    pledges: a.pledges + b.pledges,
    unquantified: a.unquantified + b.unquantified,
    // Units are distinct keys of the map: no two compare equal.
    totals: [...totals.values()].sort((x, y) => (unitKey(x) < unitKey(y) ? -1 : 1)),
    commitments: mergeSorted(a.commitments, b.commitments, false),
    disputed: mergeSorted(a.disputed, b.disputed, false),
  };
}

/** Merges two lists sorted by code unit; `unique` drops an item both hold. */
function mergeSorted(a: readonly string[], b: readonly string[], unique: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x as string);
      i++;
    } else if (x === undefined || y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      if (!unique) out.push(y);
      i++;
      j++;
    }
  }
  return out;
}
