import type { CommitmentIndex } from "../model/dataset-source.js";
import type { Dataset } from "../model/types.js";
import { buildIndexData, type IndexData } from "../internal/index/index-data.js";
import { aggregateColumns } from "./internal/aggregate-columns.js";
import { checkArguments } from "../internal/guards.js";

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
 * @throws {CoalitionError} `invalid_argument` when `dataset` is no parsed dataset.
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
  checkArguments({ dataset: [dataset, "dataset"] });
  // The column-wise aggregation travels with the index (see aggregateCommitments).
  const internal: IndexData = { ...buildIndexData(dataset), aggregate: aggregateColumns };
  return { kind: "commitment-index", dataset, size: internal.ids.length, internal };
}
