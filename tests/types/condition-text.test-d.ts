// The signatures of `coalition/condition-text`: parse, parse safely (narrowed on
// `success`), print. Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import type { Condition } from "../../src/index.js";
import {
  parseConditionText,
  printCondition,
  safeParseConditionText,
  type ConditionTextError,
  type SafeParseConditionTextResult,
} from "../../src/condition-text.js";

describe("coalition/condition-text", () => {
  it("reads a text into a condition and prints a condition as text", () => {
    expectTypeOf(parseConditionText).parameters.toEqualTypeOf<[string]>();
    expectTypeOf(parseConditionText).returns.toEqualTypeOf<Condition>();
    expectTypeOf(printCondition).parameters.toEqualTypeOf<[Condition]>();
    expectTypeOf(printCondition).returns.toEqualTypeOf<string>();
  });

  it("reads safely: the condition on success, the error with its problems otherwise", () => {
    expectTypeOf(safeParseConditionText).parameters.toEqualTypeOf<[string]>();
    expectTypeOf(safeParseConditionText).returns.toEqualTypeOf<SafeParseConditionTextResult>();
    const result = safeParseConditionText("peace(UA)");
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Condition>();
    else expectTypeOf(result.error).toEqualTypeOf<ConditionTextError>();
  });
});
