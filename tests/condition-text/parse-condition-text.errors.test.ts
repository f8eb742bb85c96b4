// What the parser says about text it cannot read: where (line and column from 1), what
// is wrong, and what it expected there; every problem it can find, not only the first.
import { describe, expect, it } from "vitest";
import { isCoalitionError } from "../../src/index.js";
import { parseConditionText, type ConditionTextProblem } from "../../src/condition-text.js";

describe("the error", () => {
  it("is what parseConditionText throws", () => {
    let thrown: unknown;
    try {
      parseConditionText("peace(EU)");
    } catch (error) {
      thrown = error;
    }
    expect(isCoalitionError(thrown) && thrown.code).toBe("invalid_condition_text");
    expect((thrown as { problems: readonly ConditionTextProblem[] }).problems).toHaveLength(1);
  });
});
