// renderExplorerPage writes the facts it is given into the page: facts that are not true
// or false (a nested object, a cycle) are refused by name, never a TypeError of JSON.
import { describe, expect, it } from "vitest";
import { isCoalitionError } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { renderExplorerPage } from "../../src/explorer.js";

function refusal(facts: unknown): unknown {
  try {
    renderExplorerPage(seedDataset(), { facts: facts as never });
  } catch (error) {
    return isCoalitionError(error) && error.code === "invalid_argument" ? [error.argument, error.message] : error;
  }
  return "rendered";
}

describe("renderExplorerPage's facts", () => {
  it("refuses a fact whose value holds itself, naming facts", () => {
    const cycle: Record<string, unknown> = {};
    cycle.of = [cycle];
    expect(refusal({ "peace:agreement:UA": cycle })).toEqual(["facts", "facts must be an object whose values are true or false, not an object"]);
  });

  it("refuses a fact given as text, and renders facts that are true or false", () => {
    expect(refusal({ "peace:agreement:UA": "yes" })).toEqual(["facts", "facts must be an object whose values are true or false, not an object"]);
    expect(refusal({ "peace:agreement:UA": true })).toBe("rendered");
  });
});
