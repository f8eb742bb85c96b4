import { describe, expect, it } from "vitest";
import { aggregateCommitments, indexCommitments, isCoalitionError, type Aggregate, type Dataset } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { commitment, dataset, shuffled } from "../query/helpers.js";

const bucket = (aggregate: Aggregate, key: string | null) => aggregate.buckets.find((entry) => entry.key === key);

/** The code of the CoalitionError `run` throws; the test fails when it throws nothing. */
function codeThrownBy(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isCoalitionError(error) ? error.code : `not a CoalitionError: ${String(error)}`;
  }
  return expect.unreachable("it should have thrown");
}

describe("aggregateCommitments on the seed dataset", () => {
  const seed = seedDataset();

  it("counts the actors ready to send personnel, with the commitments behind the count", () => {
    const personnel = bucket(aggregateCommitments(seed, { minStance: "ready", asOf: "2025-03-13" }), "personnel");
    expect(personnel?.actors).toEqual(["AU", "DK", "GB", "IE"]);
    expect(personnel?.commitments).toEqual(["au-peacekeepers", "dk-peacekeepers", "gb-ground-troops", "ie-peacekeepers"]);
  });

  it("counts unquantified pledges as pledges, not as zero", () => {
    const peacekeepers = bucket(aggregateCommitments(seed, { asOf: "2025-03-13" }), "peacekeepers");
    expect(peacekeepers?.actors).toEqual(["AU", "CH", "DK", "IE", "TR"]);
    expect(peacekeepers?.pledges).toBe(5);
    expect(peacekeepers?.unquantified).toBe(5);
    expect(peacekeepers?.totals).toEqual([]);
  });

  it("counts nothing before the report's date, as every statement is dated by its source", () => {
    expect(aggregateCommitments(seed, { asOf: "2025-03-12" }).buckets).toEqual([]);
  });

  it("groups by stance, strongest first", () => {
    const byStance = aggregateCommitments(seed, { by: "stance" });
    expect(byStance.buckets.map((entry) => [entry.key, entry.actors])).toEqual([
      ["ready", ["AU", "DK", "GB", "IE"]],
      ["open", ["BE", "CH", "RO", "SE", "TR"]],
      ["opposed", ["RO"]],
      ["refused", ["BG"]],
    ]);
  });

  it("groups by bloc as of a date, with a bucket for actors in none", () => {
    const byBloc = aggregateCommitments(seed, { by: "bloc", minStance: "open", asOf: "2025-03-13" });
    expect(bucket(byBloc, "nato")?.actors).toEqual(["BE", "DK", "GB", "RO", "SE", "TR"]);
    expect(bucket(byBloc, null)?.actors).toEqual(["CH"]);
  });

  it("groups by location and by actor", () => {
    expect(aggregateCommitments(seed, { by: "location" }).buckets.map((entry) => entry.key)).toEqual(["in-country:RO", "in-country:UA"]);
    expect(bucket(aggregateCommitments(seed, { by: "actor" }), "GB")?.commitments).toEqual(["gb-aircraft", "gb-ground-troops"]);
  });

  it("takes the index in place of the dataset, with the same answer", () => {
    const options = { by: "type", minStance: "open", asOf: "2025-03-13" } as const;
    expect(aggregateCommitments(indexCommitments(seed), options)).toEqual(aggregateCommitments(seed, options));
  });

  it("groups by type when no dimension is given, from the dataset or its index", () => {
    for (const source of [seed, indexCommitments(seed)]) {
      const aggregate = aggregateCommitments(source);
      expect(aggregate.by).toBe("type");
      // Every stance counts by default: Bulgaria's refusal of hostilities is a personnel statement too.
      expect(bucket(aggregate, "personnel")?.actors).toEqual(["AU", "BE", "BG", "CH", "DK", "GB", "IE", "SE", "TR"]);
    }
  });

  it("counts nothing for a type the taxonomy does not hold, from the dataset or its index", () => {
    for (const source of [seed, indexCommitments(seed)]) {
      expect(aggregateCommitments(source, { type: "no-such-type" })).toMatchObject({ type: "no-such-type", buckets: [] });
    }
  });

  it("is plain JSON-serialisable data", () => {
    const aggregate = aggregateCommitments(seed, { by: "type" });
    expect(JSON.parse(JSON.stringify(aggregate))).toEqual(aggregate);
  });
});

describe("aggregateCommitments on a dataset built by hand, without the parser", () => {
  const parsed = dataset({
    commitments: [
      commitment({ id: "gb", actor: "GB", type: "ground-troops" }),
      commitment({ id: "fr", actor: "FR", type: "ground-troops" }),
      commitment({ id: "de", actor: "DE", type: "ground-troops", date: "unknown", sources: ["s-2025-01"] }),
    ],
  });
  // What the parser would reject: a type no taxonomy declares, and a source the dataset does not list.
  const handBuilt: Dataset = {
    ...parsed,
    commitments: parsed.commitments.map((entry) =>
      entry.id === "fr" ? { ...entry, type: "x:drones" } : entry.id === "de" ? { ...entry, sources: ["not-listed"] } : entry,
    ),
  };

  it("counts a type no taxonomy declares as a top-level type of its own, from the dataset or its index", () => {
    for (const source of [handBuilt, indexCommitments(handBuilt)]) {
      expect(bucket(aggregateCommitments(source), "x:drones")?.actors).toEqual(["FR"]);
      expect(aggregateCommitments(source, { type: "x:drones" }).buckets.map((entry) => [entry.key, entry.actors])).toEqual([["x:drones", ["FR"]]]);
      expect(aggregateCommitments(source, { type: "personnel" }).buckets.map((entry) => entry.key)).toEqual(["ground-troops", "personnel"]);
    }
  });

  it("never counts a statement of unknown date whose sources the dataset does not list, as of any day", () => {
    for (const source of [handBuilt, indexCommitments(handBuilt)]) {
      expect(bucket(aggregateCommitments(source, { asOf: "2099-12-31" }), "ground-troops")?.actors).toEqual(["GB"]);
    }
  });
});

describe("aggregateCommitments reads dates as of their precision", () => {
  const data = dataset({
    commitments: [
      commitment({ id: "month", actor: "GB", date: "2025-03" }),
      commitment({ id: "day", actor: "FR", date: "2025-03-10" }),
      commitment({ id: "unknown", actor: "DE", date: "unknown", sources: ["s-2025-01"] }),
    ],
  });
  const actors = (asOf: string | Date) => bucket(aggregateCommitments(data, { asOf }), "ground-troops")?.actors ?? [];

  it("counts a statement of month precision as of the end of its month", () => {
    expect(actors("2025-03-15")).toEqual(["DE", "FR"]);
    expect(actors("2025-03-31")).toEqual(["DE", "FR", "GB"]);
    expect(actors("2025-03")).toEqual(["DE", "FR", "GB"]);
  });

  it("counts a statement of unknown date as of its earliest source (a source of January counts from its end)", () => {
    expect(actors("2025-01-30")).toEqual([]);
    expect(actors("2025-01-31")).toEqual(["DE"]);
  });

  it("takes a Date as its local calendar day", () => {
    expect(actors(new Date(2025, 2, 10))).toEqual(["DE", "FR"]);
  });

  it("rejects an as-of day that is not a date", () => {
    expect(() => aggregateCommitments(data, { asOf: "2025-02-30" })).toThrow(/asOf must be a date/);
    expect(codeThrownBy(() => aggregateCommitments(data, { asOf: "yesterday" }))).toBe("invalid_argument");
  });
});

describe("aggregateCommitments keeps one statement per timeline", () => {
  const data = dataset({
    commitments: [
      commitment({ id: "gb-1", stance: "open", date: "2025-01-10", statedBy: { institution: "GB.government" } }),
      commitment({ id: "gb-2", stance: "ready", date: "2025-02-10", statedBy: { institution: "GB.government" } }),
      commitment({ id: "gb-3", stance: "opposed", date: "2025-02-10", statedBy: { institution: "GB.parliament" } }),
      commitment({ id: "fr-a", actor: "FR", stance: "open", date: "2025-02-10" }),
      commitment({ id: "fr-b", actor: "FR", stance: "refused", date: "2025-02" }),
    ],
  });

  it("counts the latest statement on or before the day, per speaking institution", () => {
    const early = aggregateCommitments(data, { by: "stance", asOf: "2025-01-31" });
    expect(early.buckets.map((entry) => [entry.key, entry.commitments])).toEqual([["open", ["gb-1"]]]);
    const later = aggregateCommitments(data, { by: "stance", asOf: "2025-02-28" });
    expect(later.buckets.map((entry) => [entry.key, entry.commitments])).toEqual([
      ["ready", ["gb-2"]],
      ["opposed", ["gb-3"]],
      ["refused", ["fr-b"]],
    ]);
  });

  it("breaks a tie on the same day by id, the greater id winning, in any dataset order", () => {
    const tie = dataset({
      commitments: [commitment({ id: "b", stance: "open" }), commitment({ id: "a", stance: "refused" })],
    });
    expect(aggregateCommitments(tie, { by: "stance" }).buckets.map((entry) => entry.commitments)).toEqual([["b"]]);
    expect(aggregateCommitments(shuffled(tie, 3), { by: "stance" }).buckets.map((entry) => entry.commitments)).toEqual([["b"]]);
  });

  it("counts an actor once per bucket however many of its institutions pledge", () => {
    const personnel = bucket(aggregateCommitments(data, { minStance: "undecided" }), "personnel");
    expect(personnel?.actors).toEqual(["GB"]);
    expect(personnel?.pledges).toBe(1);
  });
});

describe("aggregateCommitments sums quantities per unit", () => {
  const q = (value: Record<string, unknown>, sources = ["s-2025"]) => ({ claims: [{ value, sources }] });
  const data = dataset({
    commitments: [
      commitment({ id: "exact", actor: "GB", quantity: q({ kind: "exact", unit: "people", value: 100 }) }),
      commitment({ id: "range", actor: "FR", quantity: q({ kind: "range", unit: "people", low: 100, high: 200 }) }),
      commitment({ id: "open-ended", actor: "DE", quantity: q({ kind: "approximate", unit: "people", phrase: "at least 50", low: 50 }) }),
      commitment({ id: "vague", actor: "PL", quantity: q({ kind: "approximate", unit: "people", phrase: "several thousand" }) }),
      commitment({ id: "none", actor: "SE" }),
      commitment({ id: "jets", actor: "SE", type: "aircraft", quantity: q({ kind: "exact", unit: "aircraft", value: 4 }) }),
      commitment({
        id: "euros",
        actor: "FR",
        type: "financial-assistance",
        quantity: q({ kind: "exact", unit: "money", currency: "EUR", date: "2025-03", value: 1000 }),
      }),
      commitment({
        id: "dollars",
        actor: "GB",
        type: "financial-assistance",
        quantity: q({ kind: "range", unit: "money", currency: "USD", date: "2025-02", low: 100, high: 300 }),
      }),
    ],
  });

  it("carries ranges and approximate figures through as low and high totals", () => {
    const troops = bucket(aggregateCommitments(data), "ground-troops");
    expect(troops?.pledges).toBe(5);
    expect(troops?.unquantified).toBe(1);
    expect(troops?.totals).toEqual([{ unit: "people", low: 250, high: null, pledges: 4, quantified: 3, unquantified: 1 }]);
    const bounded = bucket(aggregateCommitments(data, { minStance: "ready", type: "ground-troops" }), "ground-troops");
    expect(bounded?.totals[0]?.high).toBeNull();
  });

  it("never adds different units together", () => {
    expect(bucket(aggregateCommitments(data), "personnel")?.totals.map((total) => total.unit)).toEqual(["people"]);
    expect(bucket(aggregateCommitments(data, { by: "actor" }), "SE")?.totals).toEqual([
      { unit: "aircraft", low: 4, high: 4, pledges: 1, quantified: 1, unquantified: 0 },
    ]);
  });

  it("totals each currency apart without exchange rates", () => {
    expect(bucket(aggregateCommitments(data), "financial-assistance")?.totals).toEqual([
      { unit: "money", currency: "EUR", low: 1000, high: 1000, pledges: 1, quantified: 1, unquantified: 0 },
      { unit: "money", currency: "USD", low: 100, high: 300, pledges: 1, quantified: 1, unquantified: 0 },
    ]);
  });

  it("converts money with the rates the caller passes, as a table or a function of the amount's date", () => {
    const table = aggregateCommitments(data, { exchangeRates: { base: "EUR", rates: { USD: 0.5 } } });
    expect(table.currency).toBe("EUR");
    expect(bucket(table, "financial-assistance")?.totals).toEqual([
      { unit: "money", currency: "EUR", low: 1050, high: 1150, pledges: 2, quantified: 2, unquantified: 0 },
    ]);
    const dates: string[] = [];
    const byDate = aggregateCommitments(data, {
      exchangeRates: { base: "EUR", rates: (currency, date) => (dates.push(`${currency} ${date}`), 2) },
    });
    expect(bucket(byDate, "financial-assistance")?.totals[0]).toMatchObject({ low: 1200, high: 1600 });
    expect(dates).toContain("USD 2025-02");
  });

  it("throws a clear error naming the currency pair when a rate is missing", () => {
    const convert = () => aggregateCommitments(data, { exchangeRates: { base: "EUR", rates: { GBP: 1.2 } } });
    expect(convert).toThrow("no exchange rate from USD to EUR");
    expect(codeThrownBy(convert)).toBe("missing_exchange_rate");
  });

  it("does not ask for a rate of money it does not count", () => {
    const noDollars = aggregateCommitments(data, { type: "ground-troops", exchangeRates: { base: "EUR", rates: {} } });
    expect(noDollars.buckets.map((entry) => entry.key)).toEqual(["ground-troops", "personnel"]);
  });
});

describe("aggregateCommitments says which claim of a disputed quantity it used", () => {
  const data = dataset({
    commitments: [
      commitment({
        id: "disputed",
        quantity: {
          claims: [
            { value: { kind: "exact", unit: "people", value: 500 }, sources: ["s-2024"] },
            { value: { kind: "exact", unit: "people", value: 900 }, sources: ["s-2025"] },
          ],
        },
      }),
      commitment({ id: "plain", actor: "FR", quantity: { claims: [{ value: { kind: "exact", unit: "people", value: 10 }, sources: ["s-2025"] }] } }),
    ],
  });
  const totals = (claimPolicy: "all" | "latest" | "most-authoritative") =>
    bucket(aggregateCommitments(data, { claimPolicy }), "ground-troops");

  it("uses every claim by default, as a range from the lowest to the highest", () => {
    expect(totals("all")?.totals[0]).toMatchObject({ low: 510, high: 910 });
  });

  it("uses the latest claim, or the most authoritative source's, when asked", () => {
    expect(totals("latest")?.totals[0]).toMatchObject({ low: 910, high: 910 });
    expect(totals("most-authoritative")?.totals[0]).toMatchObject({ low: 510, high: 510 });
  });

  it("lists the commitments whose quantity is disputed, and the policy it used", () => {
    const aggregate = aggregateCommitments(data, { claimPolicy: "latest" });
    expect(aggregate.claimPolicy).toBe("latest");
    expect(bucket(aggregate, "ground-troops")?.disputed).toEqual(["disputed"]);
  });
});

describe("aggregateCommitments follows fulfilment", () => {
  const step = (stage: string, date: string) => ({ stage, date, sources: ["s-2025"] });
  const data = dataset({
    commitments: [
      commitment({ id: "delivered", fulfilment: [step("announced", "2025-03-01"), step("delivered", "2025-05-01")] }),
      commitment({ id: "withdrawn", actor: "FR", fulfilment: [step("announced", "2025-03-01"), step("withdrawn", "2025-04-01")] }),
    ],
  });

  it("groups by the stage reached as of the day", () => {
    const stages = (asOf: string) => aggregateCommitments(data, { by: "stage", asOf }).buckets.map((entry) => [entry.key, entry.commitments]);
    expect(stages("2025-03-15")).toEqual([["announced", ["delivered", "withdrawn"]]]);
    expect(stages("2025-06-01")).toEqual([["delivered", ["delivered"]]]);
  });

  it("leaves a withdrawn pledge out, unless asked to count it", () => {
    const withdrawn = aggregateCommitments(data, { by: "stage", asOf: "2025-06-01", includeWithdrawn: true });
    expect(bucket(withdrawn, "withdrawn")?.commitments).toEqual(["withdrawn"]);
  });
});
