// What the parser says about text it cannot read: where (line and column from 1), what
// is wrong, and what it expected there; every problem it can find, not only the first.
import { describe, expect, it } from "vitest";
import { isCoalitionError, type Condition } from "../../src/index.js";
import { printCondition } from "../../src/condition-text.js";

describe("printCondition on what is not a condition", () => {
  it("throws invalid_argument for an unknown kind of atom or location, or an empty all", () => {
    const bad = [
      { kind: "rumour" },
      { kind: "commitment", actor: "US", type: "x", minStance: "open", location: { kind: "moon" } },
      { kind: "all", of: [] },
    ] as unknown as Condition[];
    for (const condition of bad) {
      let thrown: unknown;
      try {
        printCondition(condition);
      } catch (error) {
        thrown = error;
      }
      expect(isCoalitionError(thrown) && thrown.code).toBe("invalid_argument");
    }
  });
});
