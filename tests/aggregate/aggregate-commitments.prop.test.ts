import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateCommitments, indexCommitments, isCoalitionError, STANCES, type Aggregate, type AggregateDimension } from "../../src/index.js";
import { shuffled, synthetic } from "../query/helpers.js";
import { aggregateByType } from "./oracle.js";
import { currencyCodeList, validDatasetDocument } from "../arbitraries/dataset.js";
import { parseDataset } from "../../src/schema.js";

const bucket = (aggregate: Aggregate, key: string | null) => aggregate.buckets.find((entry) => entry.key === key);

describe("aggregateCommitments on synthetic datasets", () => {
  const dimensions: AggregateDimension[] = ["type", "actor", "bloc", "stance", "location", "stage"];
  const days = ["2019-06-30", "2021-01", "2023", "2024-12-31"];

  it("agrees with a plain restatement of the rules", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(...days), fc.constantFrom(...STANCES), (seed, asOf, minStance) => {
        const data = synthetic(400, seed);
        const library = aggregateCommitments(data, { asOf, minStance }).buckets.map((entry) => ({
          key: entry.key,
          commitments: entry.commitments,
          actors: entry.actors,
          totals: entry.totals
            .map((total) => ({ unit: `${total.unit}:${total.currency ?? ""}`, low: total.low, high: total.high, pledges: total.pledges }))
            .sort((a, b) => (a.unit < b.unit ? -1 : 1)),
        }));
        expect(library).toEqual(aggregateByType(data, asOf.length === 10 ? asOf : asOf === "2021-01" ? "2021-01-31" : "2023-12-31", minStance));
      }),
      { numRuns: 25 },
    );
  });

  it("gives the same answers for a shuffled dataset", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer(), fc.constantFrom(...dimensions), fc.constantFrom(...days), (seed, order, by, asOf) => {
        const data = synthetic(300, seed);
        expect(aggregateCommitments(shuffled(data, order), { by, asOf, minStance: "open" })).toEqual(
          aggregateCommitments(data, { by, asOf, minStance: "open" }),
        );
      }),
      { numRuns: 30 },
    );
  });

  it("counts no more under a stronger minimum stance (monotonicity)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(...dimensions), fc.constantFrom(...days), (seed, by, asOf) => {
        const data = synthetic(300, seed);
        // STANCES runs strongest first: each aggregate is within the one after it.
        const aggregates = STANCES.map((minStance) => aggregateCommitments(data, { by, asOf, minStance }));
        aggregates.forEach((stronger, s) => {
          const weaker = aggregates[s + 1];
          if (weaker === undefined) return;
          for (const entry of stronger.buckets) {
            const wider = bucket(weaker, entry.key);
            expect(wider).toBeDefined();
            expect(entry.pledges).toBeLessThanOrEqual(wider?.pledges ?? 0);
            expect(entry.commitments.every((id) => wider?.commitments.includes(id))).toBe(true);
            expect(entry.actors.every((actor) => wider?.actors.includes(actor))).toBe(true);
          }
        });
      }),
      { numRuns: 20 },
    );
  });
});

describe("aggregateCommitments from a dataset and from its index", () => {
  const dimensions: AggregateDimension[] = ["type", "actor", "bloc", "stance", "location", "stage"];
  const policies = ["all", "latest", "most-authoritative"] as const;

  // Two implementations, one answer: the dataset is read record by record, the index
  // column by column. Any dataset the parser accepts, any options.
  it("gives the same answer either way, on any valid dataset and any options", () => {
    fc.assert(
      fc.property(
        validDatasetDocument({ maxRecords: 12 }),
        fc.constantFrom(...dimensions),
        fc.constantFrom(undefined, "1990", "2001-06", "2015-03-13", "2030-12-31"),
        fc.constantFrom(undefined, ...STANCES),
        fc.constantFrom(...policies),
        fc.boolean(),
        fc.constantFrom(undefined, "personnel", "air", "peacekeepers"),
        (document, by, asOf, minStance, claimPolicy, includeWithdrawn, type) => {
          const data = parseDataset(document);
          const options = { by, claimPolicy, includeWithdrawn, ...(asOf === undefined ? {} : { asOf }), ...(minStance === undefined ? {} : { minStance }), ...(type === undefined ? {} : { type }) };
          expect(aggregateCommitments(indexCommitments(data), options)).toEqual(aggregateCommitments(data, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("converts money alike either way, and fails alike on a missing rate", () => {
    fc.assert(
      fc.property(validDatasetDocument({ maxRecords: 12 }), fc.constantFrom(...dimensions), fc.boolean(), (document, by, byDate) => {
        const data = parseDataset(document);
        // Rates for every currency but one, so that some runs need the missing one.
        const rate = (currency: string) => (currency === "GBP" ? undefined : (currency.charCodeAt(0) % 7) + 0.5);
        const exchangeRates = byDate
          ? { base: "EUR", rates: (currency: string) => rate(currency) }
          : { base: "EUR", rates: Object.fromEntries(currencyCodeList().map((code) => [code, rate(code)]).filter(([, value]) => value !== undefined)) };
        const outcome = (run: () => Aggregate) => {
          try {
            return run();
          } catch (error) {
            return isCoalitionError(error) ? error.code : error;
          }
        };
        expect(outcome(() => aggregateCommitments(indexCommitments(data), { by, exchangeRates }))).toEqual(
          outcome(() => aggregateCommitments(data, { by, exchangeRates })),
        );
      }),
      { numRuns: 200 },
    );
  });
});
