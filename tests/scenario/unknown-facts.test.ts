// A fact key that names nothing the dataset knows used to be ignored silently: a
// misspelt "approval:NO.parliment" changed nothing, and the analyst never knew. It is
// now an invalid_argument error naming the closest known key, unless the scenario
// allows unknown facts explicitly.
import { describe, expect, it } from "vitest";
import { isCoalitionError, type Condition } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { compareScenarios, evaluateScenario, scenarioSensitivity, type Scenario } from "../../src/scenario.js";
import { dataset, offer } from "./helpers.js";

/** The message of the invalid_argument error `run` throws; fails if it throws nothing or something else. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isCoalitionError(error) && error.code === "invalid_argument") return error.message;
    throw error;
  }
  return expect.unreachable("the scenario should have been refused");
}

const allow = "Set allowUnknownFacts to allow facts the dataset does not know.";
const refused = (key: string) => new RegExp(`^fact ${JSON.stringify(key).replace(/[*[\]]/g, "\\$&")} names nothing the dataset knows`);

const approval = (institution: string): Condition => ({ kind: "approval", institution });
const fact = (id: string): Condition => ({ kind: "fact", id, description: id });
const nordic = dataset({
  commitments: [
    offer("no-troops", "DK", "ground-troops", { condition: approval("DK.parliament") }),
    offer("gb-troops", "GB", "ground-troops", {
      condition: { kind: "all", of: [{ kind: "peace", form: "agreement", country: "UA" }, { kind: "request", by: "UA" }] },
    }),
    offer("gb-air", "GB", "air-power", { condition: { kind: "any", of: [fact("us-backstop"), fact("nato-article-5")] } }),
  ],
});

describe("a fact key that names nothing the dataset knows", () => {
  it("is an error suggesting the key meant: approval:NO.parliment, did you mean approval:NO.parliament?", () => {
    const norway = dataset({
      states: [{ id: "NO" }],
      institutions: [{ id: "NO.parliament", actor: "NO", kind: "parliament" }],
      commitments: [offer("no", "NO", "ground-troops", { condition: approval("NO.parliament") })],
    });
    expect(refusal(() => evaluateScenario(norway, { facts: { "approval:NO.parliment": true } }))).toBe(
      `fact "approval:NO.parliment" names nothing the dataset knows, so it would change nothing. Did you mean "approval:NO.parliament"? ${allow}`,
    );
  });

  it("suggests the key of the same kind: a country's name where its code belongs", () => {
    expect(refusal(() => evaluateScenario(seedDataset(), { facts: { "peace:agreement:Ukraine": true } }))).toBe(
      `fact "peace:agreement:Ukraine" names nothing the dataset knows, so it would change nothing. Did you mean "peace:agreement:UA"? ${allow}`,
    );
  });

  it("names the first unknown key in the scenario's order, counts the others, and suggests nothing when nothing is close", () => {
    const facts = { "approval:DK.parliament": false, "mandate:united-nations-security-council": true, "fact:x": true };
    expect(refusal(() => evaluateScenario(nordic, { facts }))).toBe(
      `fact "mandate:united-nations-security-council" (and 1 more) names nothing the dataset knows, so it would change nothing. ${allow}`,
    );
  });

  it("is a free-form fact no condition reads, however close to one", () => {
    expect(refusal(() => evaluateScenario(nordic, { facts: { "fact:us-backstp": true } }))).toContain('Did you mean "fact:us-backstop"?');
  });

  it.each(["approval:XX.government", "inclusion:ZZ", "mandate:un", "request:UA:ZZ", "request:ZZ:FR", "peace:ceasefire:EU", "commitment:XX:air-power", "commitment:US:air-pwoer", "ceasefire", "peace:truce:UA"])(
    "refuses %s",
    (key) => {
      expect(refusal(() => evaluateScenario(nordic, { facts: { [key]: true } }))).toMatch(refused(key));
    },
  );

  it("is refused by every function that takes a scenario", () => {
    const scenario: Scenario = { facts: { "mandate:un": true } };
    for (const run of [
      () => evaluateScenario(nordic, scenario),
      () => scenarioSensitivity(nordic, scenario),
      () => compareScenarios(nordic, {}, scenario),
      () => compareScenarios(nordic, scenario, {}),
    ]) {
      expect(refusal(run)).toMatch(refused("mandate:un"));
    }
  });

  it("is allowed, and changes nothing, when the scenario says so", () => {
    const facts = { "approval:NO.parliment": true, "fact:nowhere": false };
    expect(evaluateScenario(nordic, { facts, allowUnknownFacts: true })).toEqual(evaluateScenario(nordic, {}));
  });

  it("suggests a key of another kind when none of its own is close, and among equals the first in order", () => {
    const data = dataset({
      coalitions: [{ id: "plain", name: "A coalition with no condition", leads: ["GB"], sources: ["s1"] }],
      commitments: [
        offer("fr", "FR", "ground-troops", { condition: { kind: "threshold", count: 2, type: "ground-troops", minStance: "ready" } }),
        offer("de", "DE", "ground-troops", {
          condition: { kind: "any", of: [fact("ab"), fact("ba"), { kind: "not", of: { kind: "peace", form: "ceasefire", country: "UA" } }] },
        }),
      ],
    });
    expect(refusal(() => evaluateScenario(data, { facts: { "fact:aa": true } }))).toContain('Did you mean "fact:ab"?');
    expect(refusal(() => evaluateScenario(data, { facts: { "fcat:ab": true } }))).toContain('Did you mean "fact:ab"?');
  });

  it("quotes a key with control characters escaped and cut short, suggesting nothing for so long a key", () => {
    const key = `fact:\u001b[2J${"x".repeat(300)}`;
    const message = refusal(() => evaluateScenario(nordic, { facts: { [key]: true } }));
    expect(message).not.toContain("\u001b");
    expect(message).toContain(`"fact:\\u001b[2J${"x".repeat(71)}…"`);
    expect(message).not.toContain("Did you mean");
  });
});

describe("keys the dataset knows", () => {
  it("accepts the keys of declared institutions, actors and countries, read by a condition or not", () => {
    const facts = {
      "approval:DK.parliament": true,
      "approval:SE.government": true,
      "peace:agreement:UA": true,
      "peace:ceasefire:UA": true,
      "request:UA:GB": false,
      "request:*:GB": false,
      "inclusion:TR": true,
      "mandate:eu": true,
    };
    expect(evaluateScenario(nordic, { facts }).verdicts.map((verdict) => verdict.verdict)).toEqual(["active", "inactive", "undetermined"]);
  });

  it("accepts a free-form fact that some condition reads, even one the evaluation never needed", () => {
    // us-backstop true settles the `any`: nato-article-5 is never read, but a condition names it.
    const verdicts = evaluateScenario(nordic, { facts: { "fact:us-backstop": true, "fact:nato-article-5": false } }).verdicts;
    expect(verdicts.map((verdict) => verdict.verdict)).toEqual(["undetermined", "undetermined", "active"]);
  });

  it("accepts a free-form fact read only by a statement no longer in force", () => {
    const data = dataset({
      commitments: [
        offer("old", "FR", "ground-troops", { date: "2025-01-10", sources: ["s0"], condition: fact("old-condition") }),
        offer("new", "FR", "ground-troops"),
      ],
    });
    expect(evaluateScenario(data, { facts: { "fact:old-condition": true } }).excluded).toEqual([{ commitment: "old", reason: "superseded" }]);
  });

  it("finds a free-form fact the evaluation skipped (a decided `all`) in the conditions, past other offers and atoms", () => {
    const data = dataset({
      coalitions: [{ id: "cotw", name: "Coalition", leads: ["GB"], condition: fact("peace-achieved"), sources: ["s1"] }],
      commitments: [
        offer("tr", "TR", "peacekeepers", { coalition: "cotw", location: { kind: "in-country", country: "UA" } }),
        offer("tr-2", "TR", "peacekeepers", { coalition: "cotw" }),
        offer("fr", "FR", "ground-troops", {
          condition: { kind: "all", of: [fact("x"), { kind: "commitment", actor: "TR", type: "peacekeepers", minStance: "open" }, fact("y")] },
        }),
      ],
    });
    const verdicts = evaluateScenario(data, { facts: { "fact:x": false, "fact:y": true } }).verdicts;
    expect(verdicts.map((verdict) => verdict.verdict)).toEqual(["undetermined", "undetermined", "inactive"]);
  });

  it("accepts a commitment key for an offer of a dataset built by hand, whose actor and type are declared nowhere", () => {
    const handMade = { ...nordic, commitments: [...nordic.commitments, { ...nordic.commitments[0]!, id: "xx", actor: "XX", type: "made-up", condition: undefined }] };
    expect(evaluateScenario(handMade, { facts: { "commitment:XX:made-up": false } }).verdicts.find((verdict) => verdict.commitment === "xx")?.verdict).toBe(
      "inactive",
    );
    expect(refusal(() => evaluateScenario(handMade, { facts: { "commitment:XX:made-upp": false } }))).toContain('Did you mean "commitment:XX:made-up"?');
  });

  it("accepts a free-form fact of a coalition's condition, with or without offers to it", () => {
    const data = dataset({
      coalitions: [{ id: "cotw", name: "Coalition", leads: ["GB"], condition: fact("peace-achieved"), sources: ["s1"] }],
    });
    expect(evaluateScenario(data, { facts: { "fact:peace-achieved": true } }).verdicts).toEqual([]);
    const offered = dataset({
      coalitions: [{ id: "cotw", name: "Coalition", leads: ["GB"], condition: fact("peace-achieved"), sources: ["s1"] }],
      commitments: [offer("tr", "TR", "peacekeepers", { coalition: "cotw", date: "2025-01-10", sources: ["s0"] }), offer("tr2", "TR", "peacekeepers", { coalition: "cotw" })],
    });
    expect(evaluateScenario(offered, { facts: { "fact:peace-achieved": true } }).verdicts.map((verdict) => verdict.verdict)).toEqual(["active"]);
  });

  it("accepts a commitment key naming an actor and a type the dataset knows, ids with colons included", () => {
    const data = dataset({
      contributionTypes: [{ id: "x:drones", parent: "air", label: "Drones" }],
      commitments: [offer("fr", "FR", "x:drones")],
    });
    expect(evaluateScenario(data, { facts: { "commitment:FR:x:drones": false } }).verdicts[0]?.verdict).toBe("inactive");
    expect(evaluateScenario(nordic, { facts: { "commitment:US:air-power": false } }).verdicts).toHaveLength(3);
  });

  it("refuses a threshold key, whose value follows from the commitments, unless unknown facts are allowed", () => {
    const key = "threshold:1:ground-troops:ready:*";
    expect(refusal(() => evaluateScenario(nordic, { facts: { [key]: true } }))).toBe(
      `fact "${key}" cannot be set: a threshold's value follows from the other commitments`,
    );
    expect(evaluateScenario(nordic, { facts: { [key]: true }, allowUnknownFacts: true }).verdicts).toHaveLength(3);
  });

  it("ignores a key set to undefined, as the evaluation does", () => {
    expect(evaluateScenario(nordic, { facts: { "fact:nowhere": undefined as unknown as boolean } }).verdicts).toHaveLength(3);
  });
});
