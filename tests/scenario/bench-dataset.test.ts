import { describe, expect, it } from "vitest";
import { chainDataset, generateScenarioDataset } from "../../bench/generate-scenario-dataset.js";
import { evaluateScenario } from "../../src/scenario.js";
import { safeParseDataset } from "../../src/schema.js";

describe("the synthetic datasets of the scenario benchmark", () => {
  it("are valid per the schema, though the benchmark skips parsing them", () => {
    const { dataset, scenario } = generateScenarioDataset({ commitments: 2_000, seed: 7 });
    const result = safeParseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
    expect(Object.keys(scenario.facts ?? {}).length).toBeGreaterThan(100);
    expect(safeParseDataset(JSON.parse(JSON.stringify(chainDataset(50).dataset))).success).toBe(true);
  });

  it("are the same for the same seed, and have about three dependency edges per commitment", () => {
    const first = generateScenarioDataset({ commitments: 3_000, seed: 3 });
    const second = generateScenarioDataset({ commitments: 3_000, seed: 3 });
    expect(JSON.stringify(second.dataset)).toBe(JSON.stringify(first.dataset));
    expect(first.dependencyEdges / 3_000).toBeGreaterThan(2.5);
    expect(first.dependencyEdges / 3_000).toBeLessThan(3.5);
  });

  it("leave something to each verdict, and some offers waiting on one another", () => {
    const { dataset, scenario } = generateScenarioDataset({ commitments: 20_000, seed: 1 });
    const evaluation = evaluateScenario(dataset, scenario, { explain: false });
    const verdicts = new Set(evaluation.verdicts.map((verdict) => verdict.verdict));
    expect([...verdicts].sort()).toEqual(["active", "inactive", "undetermined"]);
    expect(evaluation.groups.length).toBeGreaterThan(0);
  });
});
