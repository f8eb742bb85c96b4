import { describe, expect, it } from "vitest";
import { seedDataset } from "../../src/fixtures.js";
import { compareScenarios, evaluateScenario, factKey, scenarioSensitivity } from "../../src/scenario.js";
import { byId } from "./helpers.js";

const PEACE = { "peace:agreement:UA": true } as const;

describe("the seed dataset with a peace agreement in Ukraine and nothing else known", () => {
  const evaluation = evaluateScenario(seedDataset(), { facts: PEACE });
  const verdicts = byId(evaluation.verdicts);

  it("activates the offers conditional on peace, and the offers that state no condition", () => {
    const active = evaluation.verdicts.filter((verdict) => verdict.verdict === "active").map((verdict) => verdict.commitment);
    expect(active).toEqual([
      "gb-ground-troops",
      "gb-aircraft",
      "ie-peacekeepers",
      "dk-peacekeepers",
      "au-peacekeepers",
      "be-troops",
      "se-troops",
      "ro-transit-hub",
    ]);
  });

  it("leaves Switzerland undetermined, pending a request and its government's approval", () => {
    const swiss = verdicts.get("ch-peacekeepers");
    expect(swiss?.verdict).toBe("undetermined");
    expect(swiss?.atoms.map((atom) => [atom.key, atom.value])).toEqual([
      ["request:*:CH", "unknown"],
      ["approval:CH.government", "unknown"],
    ]);
    expect(swiss?.explanation).toBe(
      "Switzerland's offer of peacekeepers and ceasefire monitors in Ukraine is undetermined: it needs a request and the government's approval, both unknown.",
    );
  });

  it("leaves Turkey undetermined, pending its inclusion in the consultations", () => {
    const turkey = verdicts.get("tr-peacekeepers");
    expect(turkey?.verdict).toBe("undetermined");
    expect(turkey?.atoms.map((atom) => [atom.key, atom.value])).toEqual([["inclusion:TR", "unknown"]]);
    expect(turkey?.explanation).toMatch(/is undetermined: it needs its inclusion in all consultations and preparations .*, which is unknown\.$/);
  });

  it("says why the British offer is active: its own condition and the coalition's both hold", () => {
    const british = verdicts.get("gb-ground-troops");
    expect(british?.decidedBy).toBe("both");
    expect(british?.atoms.map((atom) => [atom.from, atom.key, atom.value])).toEqual([
      ["own", "peace:agreement:UA", "true"],
      ["coalition", "peace:agreement:UA", "true"],
    ]);
    expect(british?.explanation).toContain("the coalition-wide condition of “Coalition of the willing” needs a peace agreement in Ukraine");
  });

  it("leaves out the refusal and the opposition: they are not offers", () => {
    expect(evaluation.excluded).toEqual([
      { commitment: "bg-no-hostilities", reason: "not-an-offer" },
      { commitment: "ro-parliament-transit-hub", reason: "not-an-offer" },
    ]);
    expect(verdicts.has("bg-no-hostilities")).toBe(false);
  });

  it("counts three countries offering ground troops and three offering peacekeepers, two more pending", () => {
    const troops = evaluation.totals.find((total) => total.type === "ground-troops");
    const peacekeepers = evaluation.totals.find((total) => total.type === "peacekeepers");
    expect(troops?.active).toMatchObject({ actors: 3, commitments: 3, unquantified: 3 });
    expect(peacekeepers?.active.actors).toBe(3);
    expect(peacekeepers?.undetermined).toEqual({ actors: 2, commitments: 2 });
  });

  it("involves no coordination groups: no offer depends on another", () => {
    expect(evaluation.groups).toEqual([]);
    expect(evaluation.verdicts.every((verdict) => verdict.cautious === verdict.verdict && verdict.coordinated === verdict.verdict)).toBe(true);
  });
});

describe("setting the pending facts flips the pending offers", () => {
  it("activates Switzerland once requested and approved by its government", () => {
    const facts = {
      ...PEACE,
      [factKey({ kind: "request" }, { actor: "CH" })]: true,
      [factKey({ kind: "approval", institution: "CH.government" })]: true,
    };
    expect(byId(evaluateScenario(seedDataset(), { facts }).verdicts).get("ch-peacekeepers")?.verdict).toBe("active");
  });

  it("deactivates Switzerland if its government disapproves, whatever the request", () => {
    const swiss = byId(evaluateScenario(seedDataset(), { facts: { ...PEACE, "approval:CH.government": false } }).verdicts).get(
      "ch-peacekeepers",
    );
    expect(swiss?.verdict).toBe("inactive");
    expect(swiss?.explanation).toBe(
      "Switzerland's offer of peacekeepers and ceasefire monitors in Ukraine is inactive: it needs the government's approval, which does not hold.",
    );
  });

  it("counts a request by Ukraine as a request", () => {
    const facts = { ...PEACE, "request:UA:CH": true, "approval:CH.government": true };
    expect(byId(evaluateScenario(seedDataset(), { facts }).verdicts).get("ch-peacekeepers")?.verdict).toBe("active");
  });

  it("activates Turkey once included, deactivates it once left out", () => {
    const included = byId(evaluateScenario(seedDataset(), { facts: { ...PEACE, "inclusion:TR": true } }).verdicts);
    const excluded = byId(evaluateScenario(seedDataset(), { facts: { ...PEACE, "inclusion:TR": false } }).verdicts);
    expect(included.get("tr-peacekeepers")?.verdict).toBe("active");
    expect(excluded.get("tr-peacekeepers")?.verdict).toBe("inactive");
  });
});

describe("without a peace agreement (the coalition-wide condition false)", () => {
  const evaluation = evaluateScenario(seedDataset(), { facts: { "peace:agreement:UA": false } });
  const toCoalition = evaluation.verdicts.filter((verdict) =>
    seedDataset().commitments.some((commitment) => commitment.id === verdict.commitment && commitment.coalition === "coalition-of-the-willing"),
  );

  it("makes every offer to the coalition inactive", () => {
    expect(toCoalition.map((verdict) => [verdict.commitment, verdict.verdict])).toEqual([
      ["gb-ground-troops", "inactive"],
      ["gb-aircraft", "inactive"],
      ["au-peacekeepers", "inactive"],
    ]);
  });

  it("says the coalition-wide condition decided it", () => {
    for (const verdict of toCoalition) {
      expect(verdict.decidedBy).toBe("coalition");
      expect(verdict.atoms).toEqual([
        expect.objectContaining({ key: "peace:agreement:UA", value: "false", from: "coalition" }),
      ]);
      expect(verdict.explanation).toMatch(
        /is inactive: the coalition-wide condition of “Coalition of the willing” needs a peace agreement in Ukraine, which does not hold\.$/,
      );
    }
  });

  it("makes every offer conditional on peace inactive, and leaves the others as they were", () => {
    const verdicts = byId(evaluation.verdicts);
    expect(verdicts.get("ie-peacekeepers")?.verdict).toBe("inactive");
    expect(verdicts.get("dk-peacekeepers")?.verdict).toBe("inactive");
    expect(verdicts.get("be-troops")?.verdict).toBe("active");
    expect(verdicts.get("ch-peacekeepers")?.verdict).toBe("undetermined");
  });

  it("also follows from no ceasefire: no ceasefire, no peace agreement", () => {
    const verdicts = byId(evaluateScenario(seedDataset(), { facts: { "peace:ceasefire:UA": false } }).verdicts);
    expect(verdicts.get("gb-ground-troops")?.verdict).toBe("inactive");
  });
});

describe("what would change the picture, given a peace agreement", () => {
  const sensitivity = scenarioSensitivity(seedDataset(), { facts: PEACE });

  it("lists the three unknown facts, Turkey's inclusion first", () => {
    expect(sensitivity.map((fact) => fact.key)).toEqual(["inclusion:TR", "approval:CH.government", "request:*:CH"]);
  });

  it("says that including Turkey adds one country offering peacekeepers", () => {
    const inclusion = sensitivity[0];
    expect(inclusion?.ifTrue.activated).toEqual(["tr-peacekeepers"]);
    expect(inclusion?.ifFalse.deactivated).toEqual(["tr-peacekeepers"]);
    expect(inclusion?.ifTrue.totals.find((change) => change.type === "peacekeepers")).toEqual({
      type: "peacekeepers",
      active: { actors: 1, commitments: 1, unquantified: 1, quantities: [] },
      undetermined: { actors: -1, commitments: -1 },
    });
  });

  it("says that a request alone activates nothing, while its absence rules Switzerland out", () => {
    const request = sensitivity.find((fact) => fact.key === "request:*:CH");
    expect(request?.description).toBe("a request to Switzerland");
    expect(request?.ifTrue.activated).toEqual([]);
    expect(request?.ifFalse.deactivated).toEqual(["ch-peacekeepers"]);
  });
});

describe("comparing a peace agreement with none", () => {
  it("lists the offers that change and the totals before and after", () => {
    const comparison = compareScenarios(seedDataset(), { facts: PEACE }, { facts: { "peace:agreement:UA": false } });
    expect(comparison.changed.map((change) => [change.commitment, change.before, change.after])).toEqual([
      ["gb-ground-troops", "active", "inactive"],
      ["gb-aircraft", "active", "inactive"],
      ["ie-peacekeepers", "active", "inactive"],
      ["dk-peacekeepers", "active", "inactive"],
      ["au-peacekeepers", "active", "inactive"],
    ]);
    const troops = comparison.totals.changes.find((change) => change.type === "ground-troops");
    expect(troops?.active.actors).toBe(-1);
    expect(comparison.totals.before.find((total) => total.type === "ground-troops")?.active.actors).toBe(3);
    expect(comparison.totals.after.find((total) => total.type === "ground-troops")?.active.actors).toBe(2);
  });
});
