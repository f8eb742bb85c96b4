// An actor whose offers wait on requests by two different actors: ruling out any request
// to it rules out both, incrementally as evaluateScenario does cold.
import { describe, expect, it } from "vitest";
import { evaluateScenario, prepareScenarios, reevaluateScenario, type Scenario } from "../../src/scenario.js";
import { dataset, offer } from "../scenario/helpers.js";

const data = dataset({
  commitments: [
    offer("on-ua-request", "IE", "peacekeepers", { condition: { kind: "request", by: "UA" } }),
    offer("on-gb-request", "IE", "air-policing", { condition: { kind: "request", by: "GB" } }),
  ],
});

describe("reevaluateScenario with two named requests to one actor", () => {
  it("rules out both offers when no request at all is made, and brings them back when it is unknown again", () => {
    const prepared = prepareScenarios(data);
    const scenarios: Scenario[] = [{ facts: { "request:*:IE": false } }, { facts: {} }, { facts: { "request:UA:IE": true } }];
    const answers = scenarios.map((scenario) => reevaluateScenario(prepared, scenario).verdicts.map((verdict) => [verdict.commitment, verdict.verdict]));
    expect(answers).toEqual([
      [["on-ua-request", "inactive"], ["on-gb-request", "inactive"]],
      [["on-ua-request", "undetermined"], ["on-gb-request", "undetermined"]],
      [["on-ua-request", "active"], ["on-gb-request", "undetermined"]],
    ]);
    expect(answers[0]).toEqual(evaluateScenario(data, scenarios[0]!).verdicts.map((verdict) => [verdict.commitment, verdict.verdict]));
  });
});
