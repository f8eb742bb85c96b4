// Conditions on proposals and on refusals (model v2, design §5): evaluated in the
// scenario like any other condition, reported beside the offers' verdicts.
import { describe, expect, it } from "vitest";
import type { Condition } from "../../src/index.js";
import { evaluateScenario } from "../../src/scenario.js";
import { dataset, offer } from "./helpers.js";

const fact = (id: string, description: string): Condition => ({ kind: "fact", id, description });
const nationalProcedures = fact("national-procedures", "national procedures");
const alliance: Condition = { kind: "not", of: fact("outside-nato", "a deployment outside NATO's commitments") };

const data = dataset({
  organizations: [{ id: "nato", name: "NATO", kind: "alliance" }],
  commitments: [
    offer("pl-no-troops", "PL", "ground-troops", { stance: "refused", location: { kind: "in-country", country: "UA" }, condition: alliance }),
    offer("it-against", "IT", "ground-troops", { stance: "opposed", condition: { kind: "commitment", actor: "US", type: "air-power", minStance: "ready" } }),
    offer("ro-undecided", "RO", "ground-troops", { stance: "undecided", condition: nationalProcedures }),
    offer("es-no", "ES", "ground-troops", { stance: "refused" }),
    offer("gb-troops", "GB", "ground-troops", { condition: fact("gb", "the UK's go-ahead") }),
    offer("fr-troops", "FR", "ground-troops", { condition: { kind: "commitment", actor: "GB", type: "ground-troops", minStance: "ready" } }),
  ],
  proposals: [
    { id: "security-guarantees", title: "Security guarantees", proposedBy: ["FR", "GB"], date: "2025-03-13", sources: ["s1"], condition: nationalProcedures },
    {
      id: "reassurance-force",
      title: "Reassurance force",
      proposedBy: ["GB"],
      date: "unknown",
      sources: ["s1"],
      condition: { kind: "commitment", actor: "FR", type: "ground-troops", minStance: "ready" },
    },
    { id: "later", title: "A later plan", proposedBy: ["FR"], date: "2025-03", sources: ["s1"], condition: nationalProcedures },
    { id: "plain", title: "A plan with no condition", proposedBy: ["FR"], date: "2025-03-13", sources: ["s1"] },
  ],
});

describe("conditions on refusals", () => {
  it("says a refusal 'not outside alliance commitments' holds when the deployment is within them, and not when it is outside", () => {
    const within = evaluateScenario(data, { facts: { "fact:outside-nato": false } }).refusals.find((refusal) => refusal.commitment === "pl-no-troops");
    expect(within).toMatchObject({ actor: "PL", type: "ground-troops", verdict: "active", cautious: "active", coordinated: "active", group: -1, decidedBy: "own" });
    expect(within?.explanation).toBe(
      "Poland's refusal of ground troops in Ukraine is active: it needs the absence of a deployment outside NATO's commitments, which does not hold.",
    );
    const outside = evaluateScenario(data, { facts: { "fact:outside-nato": true } }).refusals[0];
    expect(outside?.verdict).toBe("inactive");
    expect(evaluateScenario(data, {}).refusals[0]?.verdict).toBe("undetermined");
  });

  it("reports only refusals and oppositions in force with a condition, and reads other actors' offers and the open world like any condition", () => {
    const { refusals } = evaluateScenario(data, {});
    expect(refusals.map((refusal) => refusal.commitment)).toEqual(["pl-no-troops", "it-against"]);
    expect(refusals[1]?.explanation).toBe(
      "Italy's opposition to ground troops is undetermined: it needs an offer of air power by the United States (at least ready), which is unknown; " +
        "no commitment of the United States on air power is on record (open world: unknown).",
    );
    expect(evaluateScenario(data, { unrecordedCommitments: "false" }).refusals[1]?.verdict).toBe("inactive");
    // Refusals are still not offers: they are left out of the offers' verdicts.
    expect(evaluateScenario(data, {}).excluded).toContainEqual({ commitment: "pl-no-troops", reason: "not-an-offer" });
  });
});

describe("conditions on proposals", () => {
  it("says whether a plan 'subject to national procedures' holds, for the proposals put forward by the day", () => {
    const { proposals } = evaluateScenario(data, { facts: { "fact:national-procedures": true }, asOf: "2025-03-13" });
    expect(proposals.map((proposal) => [proposal.proposal, proposal.verdict])).toEqual([
      ["security-guarantees", "active"],
      ["reassurance-force", "undetermined"],
    ]);
    expect(proposals[0]).toMatchObject({ proposedBy: ["FR", "GB"], cautious: "active", coordinated: "active" });
    expect(proposals[0]?.explanation).toBe("The proposal “Security guarantees” is active: it needs national procedures, which holds.");
    expect(evaluateScenario(data, {}).proposals.map((proposal) => proposal.proposal)).toEqual(["security-guarantees", "reassurance-force", "later"]);
  });

  it("reads offers that wait on one another in both readings", () => {
    // France's offer waits on the UK's, whose go-ahead is unknown: the plan that needs France's troops is open.
    const proposal = evaluateScenario(data, {}).proposals[1];
    expect(proposal).toMatchObject({ verdict: "undetermined", cautious: "undetermined", coordinated: "undetermined" });
    const mutual = dataset({
      commitments: [
        offer("gb-troops", "GB", "ground-troops", { condition: { kind: "commitment", actor: "FR", type: "ground-troops", minStance: "ready" } }),
        offer("fr-troops", "FR", "ground-troops", { condition: { kind: "commitment", actor: "GB", type: "ground-troops", minStance: "ready" } }),
      ],
      proposals: [
        {
          id: "reassurance-force",
          title: "Reassurance force",
          proposedBy: ["GB"],
          date: "unknown",
          sources: ["s1"],
          condition: { kind: "commitment", actor: "FR", type: "ground-troops", minStance: "ready" },
        },
      ],
    });
    const together = evaluateScenario(mutual, {}).proposals[0];
    expect(together).toMatchObject({ verdict: "undetermined", cautious: "inactive", coordinated: "active" });
    expect(together?.explanation).toBe(
      "The proposal “Reassurance force” is undetermined: it needs an offer of ground troops by France (at least ready), which is unknown; inactive if no one moves first, active if all move together.",
    );
  });

  it("gives verdicts without reasons when explanations are off", () => {
    const quiet = evaluateScenario(data, {}, { explain: false });
    expect(quiet.proposals[0]).toMatchObject({ verdict: "undetermined", atoms: [], explanation: "" });
    expect(quiet.refusals[0]).toMatchObject({ verdict: "undetermined", atoms: [], explanation: "" });
  });
});
