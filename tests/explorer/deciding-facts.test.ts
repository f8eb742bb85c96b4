// decidingFacts on the seed: its bounds, the facts that contradict the scenario, and the
// prepared dataset it leaves behind.
import { describe, expect, it } from "vitest";
import { seedDataset } from "../../src/fixtures.js";
import { compareScenarios, decidingFacts, evaluateScenario, prepareScenarios, reevaluateScenario, type Scenario } from "../../src/scenario.js";

describe("decidingFacts", () => {
  it("keeps to its bounds, skips facts that contradict the scenario, and refuses a commitment with no verdict", () => {
    const prepared = prepareScenarios(seedDataset());
    expect(decidingFacts(prepared, {}, "ch-peacekeepers", { maxFacts: 9, maxSets: 1 }).map((set) => set.verdict)).toEqual(["active", "inactive"]);
    expect(decidingFacts(prepared, { facts: { "peace:agreement:UA": true } }, "ch-peacekeepers", { maxFacts: 1 }).map((set) => set.sentence)).toEqual([
      "Inactive if not a request to Switzerland.",
      "Inactive if not the approval of Switzerland's government.",
    ]);
    // A request by a named actor ruled out leaves a request at large open.
    const noUkrainianRequest = { facts: { "peace:agreement:UA": true, "request:UA:CH": false } };
    expect(decidingFacts(prepared, noUkrainianRequest, "ch-peacekeepers", { maxFacts: 1 }).map((set) => set.sentence)).toEqual([
      "Inactive if not a request to Switzerland.",
      "Inactive if not the approval of Switzerland's government.",
    ]);
    expect(decidingFacts(prepared, { facts: { "peace:agreement:UA": true } }, "gb-ground-troops")).toEqual([]);
    expect(() => decidingFacts(prepared, {}, "nothing")).toThrow(/has no verdict/);
  });

  it("leaves the prepared dataset answering the scenario it was given, its totals as they were", () => {
    const data = seedDataset();
    const prepared = prepareScenarios(data);
    const peace: Scenario = { facts: { "peace:agreement:UA": true } };
    const before = reevaluateScenario(prepared, peace);
    expect(decidingFacts(prepared, peace, "ch-peacekeepers")).toHaveLength(3);
    const swiss: Scenario = { facts: { "peace:agreement:UA": true, "request:*:CH": true, "approval:CH.government": true } };
    const next = reevaluateScenario(prepared, swiss);
    expect(next.changed).toEqual(compareScenarios(data, peace, swiss).changed);
    expect(next.totals).toEqual(evaluateScenario(data, swiss).totals);
    expect(reevaluateScenario(prepared, peace).totals).toEqual(before.totals);
  });
});
