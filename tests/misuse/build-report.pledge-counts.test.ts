// A dataset built by hand in the shape of model v1 has no `pledgeCounts` (the list of
// actors known only by their number, which model v2 added). The type says every parsed
// dataset holds it, so the functions refuse such a dataset by that name, as they refuse
// any other missing collection, instead of failing deep inside with a TypeError.
import { describe, expect, it } from "vitest";
import { aggregateCommitments, isCoalitionError } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { buildReport } from "../../src/report.js";
import { evaluateScenario } from "../../src/scenario.js";

/** The seed dataset as a v1 caller would build it: every list but `pledgeCounts`. */
function withoutPledgeCounts(): unknown {
  const { pledgeCounts: _dropped, ...rest } = seedDataset();
  return rest;
}

/** What a call threw, as a caller reads it. */
function refusal(call: () => unknown): unknown {
  try {
    call();
    return "answered";
  } catch (error) {
    if (!isCoalitionError(error)) return `${(error as Error).name}: ${(error as Error).message}`;
    return { code: error.code, argument: error.code === "invalid_argument" ? error.argument : undefined, message: error.message };
  }
}

describe("a hand-built dataset without pledgeCounts", () => {
  it("is refused by buildReport with invalid_argument naming dataset.pledgeCounts", () => {
    expect(refusal(() => buildReport(withoutPledgeCounts() as never))).toEqual({
      code: "invalid_argument",
      argument: "dataset",
      message: "dataset.pledgeCounts must be a list (a parsed dataset holds every collection), not undefined",
    });
  });

  it("is refused the same way by the other functions that take a dataset", () => {
    expect(refusal(() => aggregateCommitments(withoutPledgeCounts() as never))).toMatchObject({ argument: "source", message: expect.stringContaining("source.pledgeCounts must be a list") });
    expect(refusal(() => evaluateScenario(withoutPledgeCounts() as never, {}))).toMatchObject({ argument: "dataset", message: expect.stringContaining("dataset.pledgeCounts") });
  });

  it("is answered once the list is there, empty", () => {
    const v2 = { ...(withoutPledgeCounts() as object), pledgeCounts: [] };
    expect(buildReport(v2 as never).pledgeCounts).toEqual([]);
  });
});
