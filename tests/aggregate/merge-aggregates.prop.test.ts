import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateCommitments, mergeAggregates, type AggregateDimension } from "../../src/index.js";
import { synthetic, withCommitments } from "../query/helpers.js";

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
});
