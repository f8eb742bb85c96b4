// A yes-or-no field in condition text takes true or false, and nothing else.
import { describe, expect, it } from "vitest";
import { parseConditionText } from "../../src/condition-text.js";

describe("parseConditionText of an areas location's away flag", () => {
  it("rejects a word that is neither true nor false, saying where", () => {
    expect(() => parseConditionText('at-least 1 other offers ground-troops areas(UA, "strategic areas", maybe)')).toThrow(
      'Invalid condition text at line 1, column 68: "maybe" is neither true nor false (expected true or false)',
    );
  });
});
