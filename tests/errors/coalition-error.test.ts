import { describe, expect, expectTypeOf, it } from "vitest";
import { aggregateCommitments, changesBetween, isCoalitionError, mergeAggregates, type CoalitionError, type DatasetIssue, type InvalidArgumentError, type InvalidDatasetError, type MissingExchangeRateError } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { safeParseDataset } from "../../src/schema.js";

/** The error a call throws, or undefined. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("CoalitionError", () => {
  it("is an Error with its name, code and message", () => {
    const error = thrown(() => changesBetween(seedDataset(), { from: "2025-03-13", to: "2025-03-01" }));
    expect(error).toBeInstanceOf(Error);
    expect(isCoalitionError(error) && [error.name, error.code]).toEqual(["CoalitionError", "invalid_argument"]);
    expect(String(error)).toBe("CoalitionError: to (2025-03-01) is before from (2025-03-13)");
  });

  it("names the argument at fault when an argument is invalid", () => {
    const error = thrown(() => changesBetween(seedDataset(), { from: "2025-02-30", to: "2025-03-01" }));
    expect(isCoalitionError(error) && error.code === "invalid_argument" && error.argument).toBe("from");
    const merged = thrown(() => mergeAggregates(aggregateCommitments(seedDataset()), aggregateCommitments(seedDataset(), { by: "actor" })));
    expect(isCoalitionError(merged) && merged.code === "invalid_argument" && merged.argument).toBe("b");
  });

  it("carries every issue of an invalid dataset, and no argument", () => {
    const result = safeParseDataset({ id: "empty" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("invalid_dataset");
    expect(result.error.issues.length).toBeGreaterThan(0);
    expect("argument" in result.error).toBe(false);
  });

  it("names the currency it has no exchange rate for, and carries no issues", () => {
    const dataset = seedDataset();
    const money = {
      ...dataset,
      commitments: [
        {
          ...(dataset.commitments[0] as (typeof dataset.commitments)[number]),
          quantity: { claims: [{ value: { kind: "exact", value: 5, unit: "money", currency: "EUR", date: "2025-03-01" }, sources: ["bloomberg-2025-03-13"] }] },
        },
      ],
    } as typeof dataset;
    const error = thrown(() => aggregateCommitments(money, { exchangeRates: { base: "USD", rates: {} } }));
    expect(isCoalitionError(error) && error.code === "missing_exchange_rate" && error.currency).toBe("EUR");
    expect((error as object as Record<string, unknown>).issues).toBeUndefined();
  });

  it("narrows on its code to the fields that code has", () => {
    expectTypeOf<Extract<CoalitionError, { code: "invalid_dataset" }>>().toEqualTypeOf<InvalidDatasetError>();
    expectTypeOf<InvalidDatasetError["issues"]>().toEqualTypeOf<readonly DatasetIssue[]>();
    expectTypeOf<InvalidArgumentError["argument"]>().toEqualTypeOf<string>();
    expectTypeOf<MissingExchangeRateError["currency"]>().toEqualTypeOf<string>();
    // @ts-expect-error: only an invalid dataset has issues
    expectTypeOf<InvalidArgumentError["issues"]>();
  });
});
