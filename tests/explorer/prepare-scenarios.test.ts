// prepareScenarios on its own: what the prepared value holds, the day and the weakest
// stance it prepares, and the arguments it refuses. The answers it leads to are the
// subject of reevaluate-scenario.test.ts and reevaluate-scenario.prop.test.ts.
import { describe, expect, it } from "vitest";
import { isCoalitionError } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { evaluateScenario, prepareScenarios, reevaluateScenario } from "../../src/scenario.js";

const argumentAtFault = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (isCoalitionError(error) && error.code === "invalid_argument") return error.argument;
    throw error;
  }
  return undefined;
};

describe("prepareScenarios", () => {
  it("gives a frozen value that holds the dataset it was given", () => {
    const data = seedDataset();
    const prepared = prepareScenarios(data);
    expect(prepared.dataset).toBe(data);
    expect(Object.isFrozen(prepared)).toBe(true);
  });

  it("prepares the day and the weakest stance it is given: the first answer is a cold evaluation of that day", () => {
    const data = seedDataset();
    const prepared = prepareScenarios(data, { asOf: "2025-03-13", minStance: "ready" });
    const first = reevaluateScenario(prepared, {});
    const cold = evaluateScenario(data, { asOf: "2025-03-13" }, { explain: false, minStance: "ready" });
    expect(first.verdicts.map((verdict) => [verdict.commitment, verdict.verdict])).toEqual(cold.verdicts.map((verdict) => [verdict.commitment, verdict.verdict]));
    expect(first.totals).toEqual(cold.totals);
  });

  it("refuses a day that is no date and a weakest stance below open, naming the option at fault", () => {
    const data = seedDataset();
    expect(argumentAtFault(() => prepareScenarios(data, { asOf: "2025-02-30" }))).toBe("asOf");
    expect(argumentAtFault(() => prepareScenarios(data, { minStance: "undecided" }))).toBe("minStance");
  });
});
