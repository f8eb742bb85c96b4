// changesBetween needs its two days: called without its options object, it says so,
// rather than failing on a missing field, and the scenario functions need a scenario.
import { describe, expect, it } from "vitest";
import { changesBetween, isCoalitionError } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { evaluateScenario } from "../../src/scenario.js";

/** What a call threw: its code, the argument it names, and its message. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return isCoalitionError(error) && error.code === "invalid_argument" ? [error.code, error.argument, error.message] : error;
  }
  return "nothing thrown";
}

describe("a required options object left out", () => {
  it("changesBetween without its days: invalid_argument naming options", () => {
    expect(thrown(() => changesBetween(seedDataset(), undefined as never))).toEqual(["invalid_argument", "options", "options must be an object, not undefined"]);
  });

  it("evaluateScenario without a scenario: invalid_argument naming scenario", () => {
    expect(thrown(() => evaluateScenario(seedDataset(), undefined as never))).toEqual(["invalid_argument", "scenario", "scenario must be an object, not undefined"]);
  });
});
