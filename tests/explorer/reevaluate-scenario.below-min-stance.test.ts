// An offer below the weakest stance counted still has a verdict that facts move: the
// incremental answer moves it, and leaves the totals as a cold evaluation leaves them.
import { describe, expect, it } from "vitest";
import { evaluateScenario, prepareScenarios, reevaluateScenario } from "../../src/scenario.js";
import { dataset, offer } from "../scenario/helpers.js";

const peace = { kind: "peace", form: "agreement", country: "UA" } as const;
const data = dataset({
  commitments: [
    offer("gb-troops", "GB", "ground-troops", { condition: peace }),
    // Open to it only: below "ready", so not counted when the weakest stance counted is "ready".
    offer("fr-troops", "FR", "ground-troops", { stance: "open", condition: peace }),
  ],
});

describe("reevaluateScenario with offers below the weakest stance counted", () => {
  it("counts only the ready offer when peace comes, as a cold evaluation does", () => {
    const prepared = prepareScenarios(data, { minStance: "ready" });
    reevaluateScenario(prepared, {});
    const update = reevaluateScenario(prepared, { facts: { "peace:agreement:UA": true } });
    const cold = evaluateScenario(data, { facts: { "peace:agreement:UA": true } }, { minStance: "ready" });
    expect(update.totals).toEqual(cold.totals);
    const troops = update.totals.find((total) => total.type === "ground-troops");
    expect(troops?.active).toMatchObject({ actors: 1, commitments: 1 });
  });
});
