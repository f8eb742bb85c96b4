// Exchange rates come from the caller, and a bad one used to pass silently: a negative
// rate made a negative total, and 1e308 an infinite one, which JSON writes as null, the
// value that means "open-ended". Each bad rate is now an invalid_argument error naming
// it, the same from a dataset and from its index, and no total overflows to Infinity.
import { describe, expect, it } from "vitest";
import {
  aggregateCommitments,
  indexCommitments,
  isCoalitionError,
  mergeAggregates,
  type AggregateCommitmentsOptions,
  type CoalitionError,
  type Dataset,
  type ExchangeRates,
} from "../../src/index.js";
import { commitment, dataset } from "../query/helpers.js";

const money = (id: string, currency: string, low: number, high: number, actor = "GB") =>
  commitment({
    id,
    actor,
    type: "financial-assistance",
    quantity: { claims: [{ value: { kind: "range", unit: "money", currency, date: "2025-02", low, high }, sources: ["s-2025"] }] },
  });

const data = dataset({ commitments: [money("euros", "EUR", 1000, 1000, "FR"), money("dollars", "USD", 100, 300)] });

/** The error `run` throws; the test fails when it throws nothing or something else. */
function thrownBy(run: () => unknown): CoalitionError {
  try {
    run();
  } catch (error) {
    if (isCoalitionError(error)) return error;
    throw error;
  }
  return expect.unreachable("it should have thrown a CoalitionError");
}

/** The error of aggregating `source` from the dataset and from its index: the same either way. */
function errorOf(source: Dataset, options: AggregateCommitmentsOptions): { code: string; message: string } {
  const fromDataset = thrownBy(() => aggregateCommitments(source, options));
  const fromIndex = thrownBy(() => aggregateCommitments(indexCommitments(source), options));
  expect({ code: fromIndex.code, message: fromIndex.message }).toEqual({ code: fromDataset.code, message: fromDataset.message });
  return { code: fromDataset.code, message: fromDataset.message };
}

const withRates = (exchangeRates: unknown): AggregateCommitmentsOptions => ({ exchangeRates: exchangeRates as ExchangeRates });

describe("a rate that is not a positive, finite number", () => {
  it.each([
    [-0.5, "-0.5"],
    [0, "0"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [Number.NEGATIVE_INFINITY, "-Infinity"],
    ["0.9", '"0.9"'],
    [null, "null"],
  ])("is an invalid_argument error naming it, in a table: %s", (rate, shown) => {
    expect(errorOf(data, withRates({ base: "EUR", rates: { USD: rate } }))).toEqual({
      code: "invalid_argument",
      message: `the exchange rate from USD to EUR is ${shown}: a rate must be a positive, finite number`,
    });
  });

  it.each([-2, 0, Number.NaN, Number.POSITIVE_INFINITY])("is an invalid_argument error naming it and its date, from a function: %s", (rate) => {
    expect(errorOf(data, withRates({ base: "EUR", rates: () => rate }))).toEqual({
      code: "invalid_argument",
      message: `the exchange rate from USD to EUR for 2025-02 is ${String(rate)}: a rate must be a positive, finite number`,
    });
  });

  it("is refused in a table even for a currency no pledge is in: the table is checked whole", () => {
    expect(errorOf(data, withRates({ base: "EUR", rates: { USD: 0.9, JPY: -1 } })).code).toBe("invalid_argument");
  });

  it("no longer gives a negative total", () => {
    const negative = () => aggregateCommitments(data, withRates({ base: "EUR", rates: { USD: -1 } }));
    expect(negative).toThrow(/-1: a rate must be a positive, finite number/);
  });
});

describe("a missing rate", () => {
  it("is still missing_exchange_rate, from a table or a function", () => {
    expect(errorOf(data, withRates({ base: "EUR", rates: { GBP: 1.2 } }))).toEqual({
      code: "missing_exchange_rate",
      message: "no exchange rate from USD to EUR",
    });
    expect(errorOf(data, withRates({ base: "EUR", rates: () => undefined }))).toEqual({
      code: "missing_exchange_rate",
      message: "no exchange rate from USD to EUR for 2025-02",
    });
  });
});

describe("the base currency and the shape of the rates", () => {
  it.each([["euro"], ["eur"], ["XAU"], [""], [42], [undefined]])("refuses a base that is not an active ISO 4217 code: %s", (base) => {
    const { code, message } = errorOf(data, withRates({ base, rates: { USD: 0.9 } }));
    expect(code).toBe("invalid_argument");
    expect(message).toMatch(/^exchangeRates\.base must be an active ISO 4217 currency code such as "EUR", not /);
  });

  it.each([
    [true, "true"],
    [["EUR"], "a list"],
    [{ code: "EUR" }, "an object"],
    [() => "EUR", "a function"],
    ["the euro, as of the first of March", '"the euro, as of the …"'],
  ])("names what it was given instead, briefly: %s", (base, shown) => {
    expect(errorOf(data, withRates({ base, rates: {} })).message).toBe(`exchangeRates.base must be an active ISO 4217 currency code such as "EUR", not ${shown}`);
  });

  it("refuses rates keyed by something that is not a currency code, so a slip is not a silent miss", () => {
    expect(errorOf(data, withRates({ base: "EUR", rates: { usd: 0.9 } }))).toEqual({
      code: "invalid_argument",
      message: 'exchangeRates.rates has a rate for "usd", which is not an active ISO 4217 currency code',
    });
  });

  it("refuses exchange rates that are not an object, and rates that are neither a table nor a function", () => {
    expect(errorOf(data, withRates(null)).message).toBe("exchangeRates must be an object with a base currency and rates, not null");
    expect(errorOf(data, withRates({ base: "EUR", rates: 0.9 })).message).toBe("exchangeRates.rates must be a table of rates or a function, not 0.9");
    expect(errorOf(data, withRates({ base: "EUR" })).message).toBe("exchangeRates.rates must be a table of rates or a function, not undefined");
  });

  it("keeps money in the base as it is, whatever the table says of the base", () => {
    const total = aggregateCommitments(data, withRates({ base: "EUR", rates: { USD: 0.5, EUR: 3 } })).buckets[0]?.totals[0];
    expect(total).toMatchObject({ currency: "EUR", low: 1050, high: 1150 });
  });
});

describe("totals that would overflow", () => {
  it("are an error, not Infinity written as null (the value of an open-ended total)", () => {
    // 300 dollars at 1e308 euros each is past the largest number.
    expect(errorOf(data, withRates({ base: "EUR", rates: { USD: 1e308 } }))).toEqual({
      code: "invalid_argument",
      message: "the total of money in EUR is beyond the largest number a total can hold (about 1.8e308): check the exchange rates",
    });
  });

  it("are an error when each pledge is finite but their sum is not", () => {
    const two = dataset({ commitments: [money("a", "USD", 1e15, 1e15), money("b", "USD", 1e15, 1e15, "FR")] });
    expect(errorOf(two, withRates({ base: "EUR", rates: { USD: 1.5e293 } })).code).toBe("invalid_argument");
  });

  it("are an error even when an open-ended pledge would have hidden the overflow as null", () => {
    const openEnded = commitment({
      id: "open",
      actor: "FR",
      type: "financial-assistance",
      quantity: { claims: [{ value: { kind: "approximate", unit: "money", currency: "EUR", date: "2025-02", phrase: "billions" }, sources: ["s-2025"] }] },
    });
    const mixed = dataset({ commitments: [openEnded, money("huge", "USD", 0, 1e15)] });
    expect(errorOf(mixed, withRates({ base: "EUR", rates: { USD: 1e300 } })).code).toBe("invalid_argument");
  });

  it("are an error for counts too, in a dataset built by hand past the parser's limits", () => {
    const people = (id: string, value: number) =>
      commitment({ id, actor: id === "a" ? "GB" : "FR", quantity: { claims: [{ value: { kind: "exact", unit: "people", value }, sources: ["s-2025"] }] } });
    const parsed = dataset({ commitments: [people("a", 1), people("b", 1)] });
    const huge = { ...parsed, commitments: parsed.commitments.map((entry) => ({ ...entry, quantity: { claims: [{ ...entry.quantity!.claims[0]!, value: { kind: "exact" as const, unit: "people", value: 1e308 } }] } })) };
    expect(errorOf(huge, {})).toEqual({
      code: "invalid_argument",
      message: "the total of people is beyond the largest number a total can hold (about 1.8e308): check the figures",
    });
  });

  it("stay numbers up to the largest one, and JSON keeps them as numbers", () => {
    const aggregate = aggregateCommitments(data, withRates({ base: "EUR", rates: { USD: 1e300 } }));
    const total = aggregate.buckets[0]?.totals[0];
    expect(total?.high).toBe(1000 + 300 * 1e300);
    expect(JSON.parse(JSON.stringify(aggregate)).buckets[0].totals[0].high).toBe(1000 + 300 * 1e300);
  });

  it("are an error when merging two aggregates whose sum is past the largest number", () => {
    const options = withRates({ base: "EUR", rates: { USD: 1.5e293 } });
    const half = (id: string, actor: string) => aggregateCommitments(dataset({ commitments: [money(id, "USD", 1e15, 1e15, actor)] }), options);
    const merge = () => mergeAggregates(half("a", "GB"), half("b", "FR"));
    expect(thrownBy(merge).code).toBe("invalid_argument");
    expect(merge).toThrow("the total of money in EUR is beyond the largest number");
  });
});
