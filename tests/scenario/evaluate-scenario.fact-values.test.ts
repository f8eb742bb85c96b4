// A fact set to something other than true or false is refused with the library's own
// error, whatever the value: one that holds a cycle or a bigint cannot be written as
// JSON, and the message must not try (the whole-surface fuzzer found the TypeError).
import { describe, expect, it } from "vitest";
import { seedDataset } from "../../src/fixtures.js";
import { evaluateScenario, scenarioSensitivity } from "../../src/scenario.js";
import { outcomeOf } from "../support/outcome.js";

const cyclic: Record<string, unknown> = { kind: "all" };
cyclic.of = cyclic;

describe("evaluateScenario with a fact that is neither true nor false", () => {
  it("refuses a value holding a cycle, naming the fact and saying what it got", () => {
    expect(outcomeOf(() => evaluateScenario(seedDataset(), { facts: { "peace:agreement:UA": cyclic as never } }))).toBe(
      'invalid_argument: fact "peace:agreement:UA" must be true or false, not an object',
    );
  });

  it("refuses a bigint, and a long string without printing it whole", () => {
    expect(outcomeOf(() => evaluateScenario(seedDataset(), { facts: { "peace:agreement:UA": 1n as never } }))).toBe(
      'invalid_argument: fact "peace:agreement:UA" must be true or false, not the bigint 1n',
    );
    expect(outcomeOf(() => evaluateScenario(seedDataset(), { facts: { "peace:agreement:UA": "x".repeat(1e6) as never } }))).toBe(
      'invalid_argument: fact "peace:agreement:UA" must be true or false, not a string of 1000000 characters',
    );
  });

  it("cuts a long fact key short in the message", () => {
    const message = outcomeOf(() => scenarioSensitivity(seedDataset(), { facts: { ["k".repeat(10_000)]: cyclic as never } }));
    expect(message).toMatch(/^invalid_argument: fact "k{80}…" must be true or false, not an object$/);
  });
});
