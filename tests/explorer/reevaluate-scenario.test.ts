// Incremental re-evaluation gives what a cold evaluation gives: for random datasets and
// random runs of scenarios (facts set, flipped, made unknown again; the day changed; a
// `commitment:` key now and then), each answer's verdicts, totals and changes are those
// of evaluateScenario and compareScenarios.
import { describe, expect, it } from "vitest";
import { seedDataset } from "../../src/fixtures.js";
import { compareScenarios, evaluateScenario, prepareScenarios, reevaluateScenario, type Scenario } from "../../src/scenario.js";

describe("reevaluateScenario", () => {
  it("answers with a weakest stance, incrementally and cold (a commitment: key), as evaluateScenario does", () => {
    const data = seedDataset();
    const prepared = prepareScenarios(data, { minStance: "ready", asOf: "2025-03-13" });
    const scenarios: Scenario[] = [{ facts: { "peace:agreement:UA": true } }, { facts: { "peace:agreement:UA": true, "commitment:CH:peacekeepers": true } }, { facts: {} }];
    let before: Scenario = {};
    for (const scenario of scenarios) {
      const update = reevaluateScenario(prepared, scenario);
      const cold = evaluateScenario(data, scenario, { explain: false, minStance: "ready" });
      expect(update.verdicts.map((verdict) => verdict.verdict)).toEqual(cold.verdicts.map((verdict) => verdict.verdict));
      expect(update.totals).toEqual(cold.totals);
      expect(update.changed).toEqual(compareScenarios(data, before, scenario, { minStance: "ready" }).changed);
      before = scenario;
    }
    expect(reevaluateScenario(prepared, { facts: { "commitment:CH:peacekeepers": false } })).toMatchObject({ mode: "cold" });
  });

  it("throws as evaluateScenario throws, and for a value prepareScenarios did not make", () => {
    const prepared = prepareScenarios(seedDataset());
    expect(() => reevaluateScenario(prepared, { facts: { "fact:nothing": true } })).toThrow(/names nothing the dataset knows/);
    expect(() => reevaluateScenario(prepared, { facts: { "peace:agreement:UA": true, "peace:ceasefire:UA": false } })).toThrow(/implies a ceasefire/);
    expect(() => reevaluateScenario({ dataset: seedDataset() }, {})).toThrow(/not a value made by prepareScenarios/);
    // A key no condition reads, allowed once, is refused when the next scenario no longer allows it.
    expect(reevaluateScenario(prepared, { facts: { "fact:nothing": true }, allowUnknownFacts: true }).changed).toEqual([]);
    expect(() => reevaluateScenario(prepared, { facts: { "fact:nothing": true } })).toThrow(/names nothing the dataset knows/);
    // After an error, the next answer is still right.
    expect(reevaluateScenario(prepared, { facts: { "peace:agreement:UA": true } }).changed).toHaveLength(5);
  });
});
