import type { Dataset } from "./types.js";

/**
 * A dataset's commitments indexed for fast as-of queries: built once with
 * `indexCommitments`, then passed to the queries and the aggregation in place of the
 * dataset.
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
 * What every query and the aggregation read: a parsed dataset, or its index from
 * `indexCommitments` (which answers alike, and faster when asked many times).
 *
 * @category Queries
 */
export type DatasetSource = Dataset | CommitmentIndex;
