// decidingFacts on scenarios that set a fact a tried set could contradict (a ceasefire
// ruled out, a peace agreement made, a named request made, no request at all): the sets
// it lists never contradict the scenario, and are those it finds when each try is
// answered as a whole scenario (as for a scenario with a `commitment:` key).
import { describe, expect, it } from "vitest";
import type { Condition } from "../../src/index.js";
import { decidingFacts, prepareScenarios, type Scenario } from "../../src/scenario.js";
import { dataset, offer } from "../scenario/helpers.js";

const fact = (id: string): Condition => ({ kind: "fact", id, description: id });
const either: Condition = {
  kind: "any",
  of: [
    { kind: "all", of: [{ kind: "peace", form: "agreement", country: "UA" }, fact("f1")] },
    { kind: "all", of: [{ kind: "peace", form: "ceasefire", country: "UA" }, fact("f2")] },
    { kind: "all", of: [{ kind: "request" }, fact("f3")] },
    { kind: "all", of: [{ kind: "request", by: "UA" }, fact("f4")] },
  ],
};
const data = dataset({
  commitments: [
    offer("fr-jets", "FR", "aircraft", { condition: either }),
    offer("de-troops", "DE", "ground-troops", { condition: { kind: "commitment", actor: "FR", type: "aircraft", minStance: "ready" } }),
  ],
});
const bounds = { maxCandidates: 16, maxSets: 100 } as const;

/** The sets as "verdict: key=value, …", in the order given. */
function listed(sets: ReturnType<typeof decidingFacts>): string[] {
  return sets.map((set) => `${set.verdict}: ${Object.entries(set.facts).map(([key, value]) => `${key}=${String(value)}`).join(", ")}`);
}

const cases: [string, Scenario, string][] = [
  ["a ceasefire ruled out", { facts: { "peace:ceasefire:UA": false } }, "peace:agreement:UA=true"],
  ["a peace agreement made", { facts: { "peace:agreement:UA": true } }, "peace:ceasefire:UA=false"],
  ["a request by Ukraine made", { facts: { "request:UA:FR": true } }, "request:*:FR=false"],
  ["no request at all", { facts: { "request:*:FR": false } }, "request:UA:FR=true"],
];

describe("decidingFacts and the facts a scenario sets", () => {
  it.each(cases)("with %s, lists no set that contradicts it, as a search by whole scenarios does", (_, scenario, contradiction) => {
    const prepared = prepareScenarios(data);
    for (const commitment of ["fr-jets", "de-troops"]) {
      const sets = listed(decidingFacts(prepared, scenario, commitment, bounds));
      expect(sets.length).toBeGreaterThan(0);
      expect(sets.join("; ")).not.toContain(contradiction);
      // A `commitment:` key that settles nothing here has each try answered whole.
      const whole = { ...scenario, facts: { ...scenario.facts, "commitment:GB:aircraft": true } };
      expect(listed(decidingFacts(prepared, whole, commitment, bounds))).toEqual(sets);
    }
  });
});

describe("decidingFacts on offers that wait on the same offers twice", () => {
  it("reads each offer waited on once, through two thresholds and two atoms on one actor, and an actor with no offer", () => {
    const waiting: Condition = {
      kind: "all",
      of: [
        { kind: "threshold", count: 1, type: "aircraft", minStance: "open" },
        { kind: "threshold", count: 1, type: "aircraft", minStance: "ready" },
        { kind: "commitment", actor: "FR", type: "aircraft", minStance: "ready" },
        { kind: "commitment", actor: "FR", type: "aircraft", minStance: "open" },
        { kind: "commitment", actor: "US", type: "air-power", minStance: "ready" },
        fact("f5"),
      ],
    };
    const twice = dataset({ commitments: [...data.commitments, offer("pl-troops", "PL", "ground-troops", { condition: waiting })] });
    const prepared = prepareScenarios(twice);
    const sets = listed(decidingFacts(prepared, {}, "pl-troops", bounds));
    expect(sets).toContain("inactive: fact:f5=false");
    expect(listed(decidingFacts(prepared, { facts: { "commitment:GB:aircraft": true } }, "pl-troops", bounds))).toEqual(sets);
  });
});
