import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateCommitments, isCoalitionError, mergeAggregates, type AggregateDimension } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { commitment, dataset, synthetic, withCommitments } from "../query/helpers.js";

const dimensions: AggregateDimension[] = ["type", "actor", "bloc", "stance", "location", "stage"];

describe("mergeAggregates", () => {
  it("merges the aggregates of two disjoint datasets into the aggregate of their union (split by actor)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(...dimensions),
        fc.constantFrom("2020-06-30", "2024", undefined),
        fc.constantFrom("all", "latest", "most-authoritative"),
        (seed, split, by, asOf, claimPolicy) => {
          const data = synthetic(300, seed);
          // Each actor goes to one side, by a bit of `split` picked from its id.
          const side = (actor: string) => ((split >>> (actor.charCodeAt(actor.length - 1) % 31)) & 1) === 1;
          const options = { by, claimPolicy, minStance: "undecided", ...(asOf === undefined ? {} : { asOf }) } as const;
          const merged = mergeAggregates(
            aggregateCommitments(withCommitments(data, (c) => side(c.actor)), options),
            aggregateCommitments(withCommitments(data, (c) => !side(c.actor)), options),
          );
          expect(merged).toEqual(aggregateCommitments(data, options));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("merges datasets split by timeline, not only by actor", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(...dimensions), (seed, by) => {
        const data = synthetic(300, seed);
        const left = (c: (typeof data.commitments)[number]) => (c.type.length + (c.statedBy?.institution.length ?? 0)) % 2 === 0;
        const options = { by, asOf: "2023-06-30" } as const;
        expect(
          mergeAggregates(aggregateCommitments(withCommitments(data, left), options), aggregateCommitments(withCommitments(data, (c) => !left(c)), options)),
        ).toEqual(aggregateCommitments(data, options));
      }),
      { numRuns: 20 },
    );
  });

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
