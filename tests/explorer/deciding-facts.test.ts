// decidingFacts against a brute-force reference, for conditions without negation: every
// subset of up to three unknown facts the dataset reads, with every assignment, evaluated
// cold; the minimal ones that decide the verdict are what decidingFacts lists.
import { describe, expect, it } from "vitest";
import { seedDataset } from "../../src/fixtures.js";
import { decidingFacts, prepareScenarios } from "../../src/scenario.js";

describe("decidingFacts", () => {
  it("keeps to its bounds, skips facts that contradict the scenario, and refuses a commitment with no verdict", () => {
    const prepared = prepareScenarios(seedDataset());
    expect(decidingFacts(prepared, {}, "ch-peacekeepers", { maxFacts: 9, maxSets: 1 }).map((set) => set.verdict)).toEqual(["active", "inactive"]);
    expect(decidingFacts(prepared, { facts: { "peace:agreement:UA": true } }, "ch-peacekeepers", { maxFacts: 1 }).map((set) => set.sentence)).toEqual([
      "Inactive if not a request to Switzerland.",
      "Inactive if not the approval of Switzerland's government.",
    ]);
    expect(decidingFacts(prepared, { facts: { "peace:agreement:UA": true } }, "gb-ground-troops")).toEqual([]);
    expect(() => decidingFacts(prepared, {}, "nothing")).toThrow(/has no verdict/);
  });
});
