import { describe, expect, it } from "vitest";
import { aggregateCommitments, isCoalitionError, mergeAggregates } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { commitment, dataset, withCommitments } from "../query/helpers.js";

describe("mergeAggregates", () => {
  it("keeps a commitment id that both datasets use, once for each, and unites the actors", () => {
    // Two datasets parsed apart may each call a record "c1".
    const gb = dataset({ commitments: [commitment({ id: "c1", actor: "GB" }), commitment({ id: "c2", actor: "SE" })] });
    const fr = dataset({ commitments: [commitment({ id: "c1", actor: "FR" }), commitment({ id: "c3", actor: "SE", type: "peacekeepers" })] });
    const merged = mergeAggregates(aggregateCommitments(gb, { by: "type" }), aggregateCommitments(fr, { by: "type" }));
    const personnel = merged.buckets.find((bucket) => bucket.key === "personnel");
    expect(personnel?.commitments).toEqual(["c1", "c1", "c2", "c3"]);
    expect(personnel?.actors).toEqual(["FR", "GB", "SE"]);
    expect(personnel?.pledges).toBe(4);
  });

  it("is commutative", () => {
    const seed = seedDataset();
    const a = aggregateCommitments(withCommitments(seed, (c) => c.actor < "G"), { by: "stance" });
    const b = aggregateCommitments(withCommitments(seed, (c) => c.actor >= "G"), { by: "stance" });
    expect(mergeAggregates(a, b)).toEqual(mergeAggregates(b, a));
  });

  it("refuses to merge aggregates made with different options, saying which", () => {
    const seed = seedDataset();
    const merge = () => mergeAggregates(aggregateCommitments(seed, { asOf: "2025-03-13" }), aggregateCommitments(seed, { asOf: "2025-03-14" }));
    expect(merge).toThrow('cannot merge aggregates made with different asOf: "2025-03-13" and "2025-03-14"');
    try {
      merge();
    } catch (error) {
      expect(isCoalitionError(error) && error.code).toBe("invalid_argument");
    }
  });
});
