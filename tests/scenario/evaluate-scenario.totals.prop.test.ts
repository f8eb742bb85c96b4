// One rule for totals: on generated datasets, the offers a scenario finds active add up
// to the same low and high in the scenario's totals, in aggregateCommitments and in
// buildReport, and low never exceeds high.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateCommitments, type Dataset, type UnitTotal } from "../../src/index.js";
import { buildReport } from "../../src/report.js";
import { parseDataset } from "../../src/schema.js";
import { evaluateScenario, type QuantityTotal } from "../../src/scenario.js";
import { dayArbitrary, isoDay, validDatasetDocument } from "../arbitraries/dataset.js";

/** A scenario total as the aggregation writes one: high null when some figure is open-ended. */
const asAggregated = (total: QuantityTotal) => ({ unit: total.unit, currency: total.currency, low: total.low, high: total.openEnded > 0 ? null : total.high });
const fromAggregate = (total: UnitTotal) => ({ unit: total.unit, currency: total.currency, low: total.low, high: total.high });

/** The dataset with only the given commitments: each stood on the day, so each still does. */
const only = (dataset: Dataset, ids: ReadonlySet<string>): Dataset => ({ ...dataset, commitments: dataset.commitments.filter((commitment) => ids.has(commitment.id)) });

describe("totals of the same commitments", () => {
  it("are the same low and high in the scenario, the aggregation and the report, with low <= high", () => {
    fc.assert(
      fc.property(validDatasetDocument({ maxRecords: 8 }), dayArbitrary(), (document, day) => {
        const dataset = parseDataset(document);
        const asOf = isoDay(day);
        const evaluation = evaluateScenario(dataset, { asOf }, { explain: false });
        const scenario = evaluation.totals;
        // The aggregation and the report, over the commitments the scenario finds active.
        const kept = only(dataset, new Set(evaluation.verdicts.filter((verdict) => verdict.verdict === "active").map((verdict) => verdict.commitment)));
        const buckets = new Map(aggregateCommitments(kept, { by: "type", asOf }).buckets.map((bucket) => [bucket.key, bucket]));
        for (const total of scenario) {
          for (const quantity of total.active.quantities) expect(quantity.low).toBeLessThanOrEqual(quantity.high);
          expect(total.active.quantities.map(asAggregated)).toEqual((buckets.get(total.type)?.totals ?? []).map(fromAggregate));
          expect(total.active.commitments).toBe(buckets.get(total.type)?.pledges ?? 0);
        }
        expect(scenario.filter((total) => total.active.commitments > 0).map((total) => total.type).sort()).toEqual([...buckets.keys()].sort());
        for (const bucket of buckets.values()) for (const unit of bucket.totals) if (unit.high !== null) expect(unit.low).toBeLessThanOrEqual(unit.high);
        for (const group of buildReport(kept, { asOf }).contributions) expect(group.totals).toEqual(buckets.get(group.type)?.totals ?? []);
      }),
      { numRuns: 150 },
    );
  });
});
