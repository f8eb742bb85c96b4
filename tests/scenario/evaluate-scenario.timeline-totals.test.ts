// Issue 17's acceptance on the shipped timeline dataset: counts and quantities flow into
// totals as low / high, identically in the aggregation, the scenario totals and the report.
import { describe, expect, it } from "vitest";
import { aggregateCommitments, type Dataset } from "../../src/index.js";
import { buildReport } from "../../src/report.js";
import { evaluateScenario } from "../../src/scenario.js";
import { timelineDataset } from "../../src/fixtures.js";

const dataset = timelineDataset();
const asOf = "2025-12-31";
// Lithuania's offer depends on a ceasefire; Estonia's on nothing.
const ceasefire = { asOf, facts: { "peace:ceasefire:UA": true } };
const baltic = new Set(["ee-peacekeepers-2025", "lt-peacekeepers-2025"]);
const theirs: Dataset = { ...dataset, commitments: dataset.commitments.filter((commitment) => baltic.has(commitment.id)) };

describe("Estonia's 100-200 and Lithuania's about 200 personnel, as of 2025-12-31 under a ceasefire", () => {
  it("are both active offers in the scenario", () => {
    const verdicts = evaluateScenario(dataset, ceasefire).verdicts.filter((verdict) => baltic.has(verdict.commitment));
    expect(verdicts.map((verdict) => [verdict.commitment, verdict.verdict])).toEqual([
      ["lt-peacekeepers-2025", "active"],
      ["ee-peacekeepers-2025", "active"],
    ]);
  });

  it("add up to 300 to 400 people in the personnel totals of the aggregation, the scenario and the report alike", () => {
    const aggregated = aggregateCommitments(theirs, { by: "type", asOf }).buckets.find((bucket) => bucket.key === "personnel")?.totals;
    expect(aggregated).toEqual([{ unit: "people", low: 300, high: 400, pledges: 2, quantified: 2, unquantified: 0 }]);
    const scenario = evaluateScenario(theirs, ceasefire).totals.find((total) => total.type === "personnel")?.active.quantities;
    expect(scenario).toEqual([{ unit: "people", low: 300, high: 400, openEnded: 0 }]);
    const report = buildReport(theirs, { asOf, facts: ceasefire.facts }).contributions.find((group) => group.type === "personnel")?.totals;
    expect(report).toEqual(aggregated);
  });

  it("count each as its own low and high: Estonia 100 to 200, Lithuania 200 to 200", () => {
    for (const [id, low, high] of [["ee-peacekeepers-2025", 100, 200], ["lt-peacekeepers-2025", 200, 200]] as const) {
      const one: Dataset = { ...dataset, commitments: dataset.commitments.filter((commitment) => commitment.id === id) };
      const quantities = evaluateScenario(one, ceasefire).totals.find((total) => total.type === "personnel")?.active.quantities;
      expect(quantities).toEqual([{ unit: "people", low, high, openEnded: 0 }]);
      expect(aggregateCommitments(one, { by: "type", asOf }).buckets.find((bucket) => bucket.key === "personnel")?.totals.map((total) => [total.low, total.high])).toEqual([[low, high]]);
    }
  });
});
