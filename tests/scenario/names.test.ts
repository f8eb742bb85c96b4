// The namer of scenario explanations is shared with the report, which capitalises
// texts of its own: those cases are pinned here, where they cannot come through
// evaluateScenario.
import { describe, expect, it } from "vitest";
import { capitalise } from "../../src/scenario/internal/names.js";

describe("capitalising a text for the start of a sentence", () => {
  it("raises the first letter, and leaves an empty text empty", () => {
    expect(capitalise("the United Kingdom")).toBe("The United Kingdom");
    expect(capitalise("")).toBe("");
  });
});
