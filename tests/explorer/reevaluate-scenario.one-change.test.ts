// A reader who changes one fact hands over a scenario holding every other fact as before:
// reevaluateScenario reads it against the last one and checks only what changed. What it
// refuses, and the errors it gives, are still those of evaluateScenario, whatever was
// answered before; and a refused scenario changes nothing for the next one.
import { describe, expect, it } from "vitest";
import type { Condition } from "../../src/index.js";
import { evaluateScenario, prepareScenarios, reevaluateScenario, type Scenario } from "../../src/scenario.js";
import { dataset, offer } from "../scenario/helpers.js";

const ceasefire: Condition = { kind: "peace", form: "ceasefire", country: "UA" };
const usBackstop: Condition = { kind: "commitment", actor: "US", type: "air-power", minStance: "ready" };
const data = dataset({
  commitments: [
    offer("de-troops", "DE", "ground-troops", { condition: { kind: "all", of: [ceasefire, usBackstop] } }),
    offer("ie-peacekeepers", "IE", "peacekeepers", { condition: { kind: "request", by: "UA" } }),
    offer("pl-observers", "PL", "aircraft", { condition: { kind: "fact", id: "un-mandate", description: "a UN mandate" } }),
  ],
});

/** The error evaluateScenario throws for the scenario, which reevaluateScenario must throw too. */
function coldError(scenario: Scenario): string {
  try {
    evaluateScenario(data, scenario);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("evaluateScenario accepted the scenario");
}

function verdictsOf(update: { readonly verdicts: readonly { readonly commitment: string; readonly verdict: string }[] }): string[] {
  return update.verdicts.map((verdict) => `${verdict.commitment} ${verdict.verdict}`);
}

describe("reevaluateScenario after a scenario was answered", () => {
  const answered: Scenario = { facts: { "peace:ceasefire:UA": true, "fact:un-mandate": true, "request:UA:IE": true } };
  const refused: [string, Scenario][] = [
    ["a fact set to a string", { facts: { ...answered.facts, "fact:un-mandate": "yes" as unknown as boolean } }],
    ["a peace agreement set true while its ceasefire is false", { facts: { ...answered.facts, "peace:ceasefire:UA": false, "peace:agreement:UA": true } }],
    ["no request at all, while a named one holds", { facts: { ...answered.facts, "request:*:IE": false } }],
    ["a key nothing reads", { facts: { ...answered.facts, "fact:un-mandat": true } }],
  ];

  it.each(refused)("refuses %s with evaluateScenario's error, and answers the next scenario as if it had not been asked", (_, scenario) => {
    const prepared = prepareScenarios(data);
    const first = reevaluateScenario(prepared, answered);
    expect(() => reevaluateScenario(prepared, scenario)).toThrow(coldError(scenario));
    const next = reevaluateScenario(prepared, { facts: { ...answered.facts, "fact:un-mandate": false } });
    expect(next.changed).toEqual([{ commitment: "pl-observers", actor: "PL", type: "aircraft", before: "active", after: "inactive" }]);
    expect(verdictsOf(first)).toEqual(verdictsOf(evaluateScenario(data, answered)));
  });

  it("refuses a named request set true while no request at all is, in either order", () => {
    const prepared = prepareScenarios(data);
    const noRequest: Scenario = { facts: { "request:*:IE": false } };
    expect(verdictsOf(reevaluateScenario(prepared, noRequest))).toContain("ie-peacekeepers inactive");
    const both = { facts: { "request:*:IE": false, "request:UA:IE": true } };
    expect(() => reevaluateScenario(prepared, both)).toThrow(coldError(both));
    // A named request set false contradicts nothing; a ceasefire set false without an agreement neither.
    expect(reevaluateScenario(prepared, { facts: { "request:*:IE": false, "request:UA:IE": false, "peace:ceasefire:UA": false } }).changed).toEqual([
      { commitment: "de-troops", actor: "DE", type: "ground-troops", before: "undetermined", after: "inactive" },
    ]);
  });

  it("answers a dropped key as unknown again, and a commitment: key cold, then goes on from the facts it had", () => {
    const prepared = prepareScenarios(data);
    reevaluateScenario(prepared, answered);
    // Set to undefined, then left out: unknown again either way.
    const unset = reevaluateScenario(prepared, { facts: { ...answered.facts, "fact:un-mandate": undefined as unknown as boolean } });
    expect(unset.changed.map((change) => `${change.commitment} ${change.after}`)).toEqual(["pl-observers undetermined"]);
    reevaluateScenario(prepared, answered);
    const dropped = reevaluateScenario(prepared, { facts: { "peace:ceasefire:UA": true, "request:UA:IE": true } });
    expect(dropped.changed.map((change) => `${change.commitment} ${change.after}`)).toEqual(["pl-observers undetermined"]);
    const backed = reevaluateScenario(prepared, { facts: { "peace:ceasefire:UA": true, "request:UA:IE": true, "commitment:US:air-power": true } });
    expect(backed.mode).toBe("cold");
    expect(backed.changed.map((change) => `${change.commitment} ${change.after}`)).toEqual(["de-troops active"]);
    const after = reevaluateScenario(prepared, { facts: { "peace:ceasefire:UA": true } });
    expect(after.mode).toBe("incremental");
    expect(verdictsOf(after)).toEqual(verdictsOf(evaluateScenario(data, { facts: { "peace:ceasefire:UA": true } })));
  });

  it("reads commitments nobody recorded as the scenario asks: unknown, or false", () => {
    const prepared = prepareScenarios(data);
    const ceasefireOnly = { facts: { "peace:ceasefire:UA": true } };
    expect(verdictsOf(reevaluateScenario(prepared, ceasefireOnly))).toContain("de-troops undetermined");
    const closed = reevaluateScenario(prepared, { ...ceasefireOnly, unrecordedCommitments: "false" });
    expect(verdictsOf(closed)).toContain("de-troops inactive");
    expect(closed.changed.map((change) => `${change.commitment} ${change.after}`)).toEqual(["de-troops inactive"]);
    expect(verdictsOf(reevaluateScenario(prepared, { ...ceasefireOnly, unrecordedCommitments: "unknown" }))).toContain("de-troops undetermined");
    // The dataset's own assumption is read when the scenario says nothing.
    const assumedClosed = dataset({ commitments: data.commitments, assumptions: { unrecordedCommitments: "false" } });
    expect(verdictsOf(reevaluateScenario(prepareScenarios(assumedClosed), ceasefireOnly))).toContain("de-troops inactive");
    expect(() => reevaluateScenario(prepared, { unrecordedCommitments: "maybe" as "false" })).toThrow(/must be "unknown" or "false"/);
  });

  it("answers the same day written another way without preparing it again, and another day as that day", () => {
    const prepared = prepareScenarios(data);
    reevaluateScenario(prepared, { ...answered, asOf: "2025-03-31" });
    const sameDay = reevaluateScenario(prepared, { ...answered, asOf: "2025-03" });
    expect(sameDay).toMatchObject({ asOf: "2025-03-31", changed: [], reevaluated: 0 });
    // Before the sources' day, nothing is in force: every verdict is absent.
    const earlier = reevaluateScenario(prepared, { ...answered, asOf: "2025-02-01" });
    expect(earlier.verdicts).toEqual([]);
    expect(earlier.changed.map((change) => change.after)).toEqual(["absent", "absent", "absent"]);
  });
});
