import type { ClaimPolicy } from "../internal/claims/choose-claims.js";
import { asOfKey } from "../internal/dates/day-key.js";
import type { IndexData } from "../internal/index/index-data.js";
import type { AsOfOptions } from "../model/as-of-options.js";
import type { CommitmentIndex, DatasetSource } from "../model/dataset-source.js";
import type { Stance } from "../model/stance.js";
import { stanceRank } from "../model/stance-rank.js";
import type { Dataset } from "../model/types.js";
import { knownView } from "../internal/known-as-of.js";
import { aggregateRecords } from "./internal/aggregate-records.js";
import type { AggregationRequest, ColumnAggregation } from "./internal/request.js";
import type { Aggregate, AggregateDimension, ExchangeRates } from "./types.js";
import { BOOLEAN, checkEach, DATE, SOURCE, STANCE, STRING } from "../internal/argument-checks.js";

/**
 * Options of {@link aggregateCommitments}. `asOf` counts the statements in force as of
 * that day (the latest on or before it, per actor, type, location and speaking
 * institution), and is also the day bloc memberships are read at.
 *
 * @category Aggregation
 */
export interface AggregateCommitmentsOptions extends AsOfOptions {
  /** What to group by; `"type"` by default, which counts each pledge at every level of the taxonomy above it. */
  readonly by?: AggregateDimension;
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
 * @param options What to group by, the day, the minimum stance, a type to restrict to, the claim policy, exchange rates, and whether withdrawn pledges count.
 * @returns A plain, JSON-serialisable aggregate.
 * @throws {CoalitionError} `missing_exchange_rate` when money must be converted from a
 * currency `exchangeRates` has no rate for; `invalid_argument` for an invalid `asOf`, for
 * exchange rates that are not usable (a base that is not an active ISO 4217 code, a
 * rate that is not a positive finite number, a table key that is not a currency code),
 * and for a total past the largest number (about 1.8e308), which JSON would write as
 * null, the value of an open-ended total.
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
 *
 * @category Aggregation
 */
export function aggregateCommitments(source: DatasetSource, options: AggregateCommitmentsOptions = {}): Aggregate {
  // Checks named, not kinds: a consumer of aggregation alone bundles only these (issue 15).
  checkEach({ source: [source, SOURCE], options: [options, { fields: { asOf: DATE, knownAsOf: DATE, by: STRING, minStance: STANCE, type: STRING, claimPolicy: STRING, includeWithdrawn: BOOLEAN } }] });
  const request: AggregationRequest = {
    by: options.by ?? "type",
    asOf: asOfKey(options.asOf),
    minStance: options.minStance,
    minRank: options.minStance === undefined ? 0 : stanceRank(options.minStance),
    type: options.type,
    policy: options.claimPolicy ?? "all",
    rates: options.exchangeRates,
    includeWithdrawn: options.includeWithdrawn ?? false,
  };
  // An index brings its own column-wise aggregation, so that a consumer that never
  // indexes never bundles it; a dataset is read record by record, in one pass, and so is
  // the dataset as known on a day (a view the index was not built from).
  const isIndex = (source as Partial<CommitmentIndex>).kind === "commitment-index";
  if (options.knownAsOf !== undefined) {
    return aggregateRecords(knownView(isIndex ? (source as CommitmentIndex).dataset : (source as Dataset), options.knownAsOf), request);
  }
  if (isIndex) {
    const data = (source as CommitmentIndex).internal as IndexData;
    return (data.aggregate as ColumnAggregation)(data, request);
  }
  return aggregateRecords(source as Dataset, request);
}
