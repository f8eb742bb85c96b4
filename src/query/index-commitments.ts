import type { Dataset } from "../model/types.js";
import { aggregateColumns } from "../aggregate/internal/aggregate-columns.js";
import { buildIndexData, type IndexData } from "./internal/index-data.js";

/**
 * A dataset's commitments indexed for fast as-of queries: built once with
 * {@link indexCommitments}, then passed to the queries in place of the dataset.
 *
 * @category Queries
 */
export interface CommitmentIndex {
  readonly kind: "commitment-index";
  /** The dataset indexed. */
  readonly dataset: Dataset;
  /** How many commitments it holds. */
  readonly size: number;
  /** The index's columns: internal, their shape may change in any release. */
  readonly internal: unknown;
}

/**
 * Indexes a dataset's commitments for repeated queries: each commitment's timeline
 * (actor + contribution type + location + speaking institution), sorted by the date
 * it counts as of, with numeric dates and stance ranks precomputed; the first
 * aggregation on the index adds its quantities. Queries that take a dataset also take
 * the index, and answer alike but faster: an as-of lookup is then a few binary searches.
 *
 * Dates: a statement counts as of the last day its date covers (`"2025-03"` as of
 * 31 March); one dated `"unknown"` as of its earliest source. On a timeline the
 * statement in force as of a day is the latest on or before it; two statements that
 * count as of the same day are ordered by id, the greater id winning, so that the
 * dataset's order never changes an answer.
 *
 * @param dataset A parsed dataset.
 * @returns The index; it keeps the dataset, which it never changes.
 * @example
 * ```ts
 * import { indexCommitments, stanceOnContribution } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const index = indexCommitments(seedDataset());
 * index.size;
 * //=> 12
 * stanceOnContribution(index, "IE", "peacekeepers", { asOf: "2025-03-13" }).stance;
 * //=> "ready"
 * ```
 *
 * @category Queries
 */
export function indexCommitments(dataset: Dataset): CommitmentIndex {
  // The column-wise aggregation travels with the index (see aggregateCommitments).
  const internal: IndexData = { ...buildIndexData(dataset), aggregate: aggregateColumns };
  return { kind: "commitment-index", dataset, size: internal.ids.length, internal };
}
