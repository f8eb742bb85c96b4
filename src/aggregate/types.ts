import type { Stance } from "../model/stance.js";
import type { ClaimPolicy } from "../internal/claims/choose-claims.js";

/**
 * What an aggregate groups commitments by.
 *
 * @category Aggregation
 */
export type AggregateDimension = "type" | "actor" | "bloc" | "stance" | "location" | "stage";

/**
 * Exchange rates the caller supplies: the library never fetches any. `rates` says
 * what one unit of a currency is worth in `base`, as a table (`{ USD: 0.92 }`) or as
 * a function of the currency and the date of the amount (as the dataset writes it),
 * which returns `undefined` where it has no rate. `base` is an active ISO 4217 code;
 * each rate a positive, finite number, keyed by an active ISO 4217 code (money in
 * `base` itself is never converted). Anything else is a `CoalitionError` with code
 * `invalid_argument` naming the rate.
 *
 * @category Aggregation
 */
export interface ExchangeRates {
  readonly base: string;
  readonly rates: Readonly<Record<string, number>> | ((currency: string, date: string) => number | undefined);
}

/**
 * The total of one unit (people, aircraft, money in one currency) in a bucket.
 *
 * @category Aggregation
 */
export interface UnitTotal {
  readonly unit: string;
  /** The currency, for money only. */
  readonly currency?: string;
  /** The sum of the lowest figures: exact values, the low ends of ranges, approximate lower bounds (0 where none). */
  readonly low: number;
  /** The sum of the highest figures, or null when one is open-ended (an approximate figure without an upper bound). */
  readonly high: number | null;
  /** Pledges in this unit. */
  readonly pledges: number;
  /** Pledges in this unit with a figure. */
  readonly quantified: number;
  /** Pledges in this unit with no figure at all ("several thousand"). */
  readonly unquantified: number;
}

/**
 * One group of an aggregate, with the commitments that justify it.
 *
 * @category Aggregation
 */
export interface AggregateBucket {
  /** The group: a type id, an actor id, a bloc id, a stance, a location key or a stage; null for "none". */
  readonly key: string | null;
  /** The pledging actors, sorted: their count is `actors.length`. */
  readonly actors: readonly string[];
  /** Commitments counted; an unquantified pledge counts as a pledge, never as zero. */
  readonly pledges: number;
  /** Commitments counted that carry no quantity. */
  readonly unquantified: number;
  /** Totals per unit, sorted by unit (and currency). Units never add up together. */
  readonly totals: readonly UnitTotal[];
  /** Ids of the commitments counted, sorted: the records, and so the sources, behind the numbers. */
  readonly commitments: readonly string[];
  /** Ids of counted commitments whose quantity sources disagree on (read with `claimPolicy`). */
  readonly disputed: readonly string[];
}

/**
 * The result of `aggregateCommitments`: plain, JSON-serialisable data, mergeable with `mergeAggregates`.
 *
 * @category Aggregation
 */
export interface Aggregate {
  readonly by: AggregateDimension;
  /** The day it is as of, or null for the latest statements. */
  readonly asOf: string | null;
  readonly minStance: Stance | null;
  /** The contribution type it is restricted to (with the types under it), or null. */
  readonly type: string | null;
  readonly claimPolicy: ClaimPolicy;
  /** The currency money was converted to, or null when each currency is totalled apart. */
  readonly currency: string | null;
  readonly includeWithdrawn: boolean;
  /** The groups with at least one pledge, in key order (stances strongest first, stages in order, null last). */
  readonly buckets: readonly AggregateBucket[];
}
