import type { ClaimPolicy } from "../../internal/claims/choose-claims.js";
import { asOfIso } from "../../internal/dates/day-key.js";
import type { IndexData } from "../../internal/index/index-data.js";
import type { Stance } from "../../model/stance.js";
import type { Aggregate, AggregateBucket, AggregateDimension, ExchangeRates } from "../types.js";
import { compareKeys } from "./order.js";

/** The options of `aggregateCommitments`, read and checked once, for either path (records or columns). @internal */
export interface AggregationRequest {
  readonly by: AggregateDimension;
  /** The as-of day key (NO_DAY: the latest). */
  readonly asOf: number;
  readonly minStance: Stance | undefined;
  /** The rank of `minStance` (0 when absent: every stance). */
  readonly minRank: number;
  readonly type: string | undefined;
  readonly policy: ClaimPolicy;
  readonly rates: ExchangeRates | undefined;
  readonly includeWithdrawn: boolean;
}

/** The column-wise aggregation an index carries (see `indexCommitments`). @internal */
export type ColumnAggregation = (data: IndexData, request: AggregationRequest) => Aggregate;

/** The aggregate of some buckets: sorted by key, under the request that made them. @internal */
export function aggregateOf(request: AggregationRequest, buckets: AggregateBucket[]): Aggregate {
  const order = compareKeys(request.by);
  buckets.sort((x, y) => order(x.key, y.key));
  return {
    by: request.by,
    asOf: asOfIso(request.asOf),
    minStance: request.minStance ?? null,
    type: request.type ?? null,
    claimPolicy: request.policy,
    currency: request.rates?.base ?? null,
    includeWithdrawn: request.includeWithdrawn,
    buckets,
  };
}
