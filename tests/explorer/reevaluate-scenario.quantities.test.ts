// An offer's quantity joins the totals when the offer turns active, and leaves them when
// it turns back: the incremental answer is then the cold one, with no figure left over.
import { describe, expect, it } from "vitest";
import { evaluateScenario, prepareScenarios, reevaluateScenario, type Scenario } from "../../src/scenario.js";
import { dataset, offer } from "../scenario/helpers.js";

const peace = { kind: "peace", form: "agreement", country: "UA" } as const;
const data = dataset({
  commitments: [offer("gb-troops", "GB", "ground-troops", { condition: peace, quantity: { claims: [{ value: { kind: "exact", unit: "people", value: 500 }, sources: ["s1"] }] } })],
});

describe("reevaluateScenario with an offer's quantity", () => {
  it("adds 500 people when peace comes and takes them out when peace is unknown again", () => {
    const prepared = prepareScenarios(data);
    const peopleIn = (scenario: Scenario) => {
      const update = reevaluateScenario(prepared, scenario);
      expect(update.totals).toEqual(evaluateScenario(data, scenario).totals);
      return update.totals.find((total) => total.type === "ground-troops")?.active.quantities;
    };
    expect(peopleIn({})).toEqual([]);
    expect(peopleIn({ facts: { "peace:agreement:UA": true } })).toEqual([expect.objectContaining({ unit: "people", low: 500, high: 500 })]);
    expect(peopleIn({})).toEqual([]);
  });
});
