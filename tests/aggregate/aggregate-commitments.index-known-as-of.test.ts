// An index of commitments, aggregated as known on a day: the index's dataset is read as
// known on that day, so the index answers as the dataset does.
import { describe, expect, it } from "vitest";
import { aggregateCommitments, indexCommitments } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";

describe("aggregateCommitments of an index, as known on a day", () => {
  it("gives what the dataset gives as known on that day, and less than it knows later", () => {
    const dataset = seedDataset();
    const early = aggregateCommitments(indexCommitments(dataset), { knownAsOf: "2025-03-01" });
    expect(early).toEqual(aggregateCommitments(dataset, { knownAsOf: "2025-03-01" }));
    expect(early).not.toEqual(aggregateCommitments(indexCommitments(dataset)));
  });
});
