// Scenarios select the offers in force by the kernel's one rule of supersession, as the
// queries and the aggregation do: by actor, its voices kept.
import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../src/scenario.js";
import { stanceOnContribution } from "../../src/index.js";
import { dataset, offer } from "./helpers.js";

const government = { institution: "RO.government" };
const parliament = { institution: "RO.parliament" };

describe("which offers a scenario finds in force", () => {
  const data = dataset({
    commitments: [
      offer("ro-gov", "RO", "air-policing", { date: "2025-01-10", statedBy: government }),
      offer("ro-parl", "RO", "air-policing", { date: "2025-02-01", statedBy: parliament }),
      // A later statement of the whole actor replaces both of its voices.
      offer("nl-gov", "NL", "trainers", { date: "2025-01-10", statedBy: { institution: "NL.government" } }),
      offer("nl", "NL", "trainers", { date: "2025-02-01", stance: "open" }),
      // The parliament names the government's statement it replaces.
      offer("dk-gov", "DK", "trainers", { date: "2025-01-10", statedBy: { institution: "DK.government" } }),
      offer("dk-parl", "DK", "trainers", { date: "2025-02-01", statedBy: { institution: "DK.parliament" }, supersedes: ["dk-gov"] }),
      // Two statements of one voice on one day: the greater id wins.
      offer("be-b", "BE", "trainers", { date: "2025-02-01" }),
      offer("be-a", "BE", "trainers", { date: "2025-02-01" }),
    ],
  });
  const evaluation = evaluateScenario(data, { asOf: "2025-03-01" });
  const excluded = new Map(evaluation.excluded.map((entry) => [entry.commitment, entry.reason]));

  it("keeps the government's and the parliament's offers both: neither replaces the other", () => {
    expect(evaluation.verdicts.map((verdict) => verdict.commitment)).toEqual(expect.arrayContaining(["ro-gov", "ro-parl"]));
  });

  it("takes a later statement of the whole actor as replacing its government's", () => {
    expect(excluded.get("nl-gov")).toBe("superseded");
    expect(evaluation.verdicts.map((verdict) => verdict.commitment)).toContain("nl");
  });

  it("takes a statement that names another in `supersedes` as replacing it, whoever speaks", () => {
    expect(excluded.get("dk-gov")).toBe("superseded");
  });

  it("breaks a tie of one voice on one day by the greater id, as the queries do", () => {
    expect(excluded.get("be-a")).toBe("superseded");
    expect(evaluation.verdicts.map((verdict) => verdict.commitment)).toContain("be-b");
    expect(stanceOnContribution(data, "BE", "trainers", { asOf: "2025-03-01" }).statements.map((statement) => statement.id)).toEqual(["be-b"]);
  });
});

describe("two voices of the executive on one day", () => {
  const data = dataset({
    institutions: [
      { id: "FI.government", actor: "FI", kind: "government" },
      { id: "FI.defence-ministry", actor: "FI", kind: "defence-ministry" },
    ],
    states: [{ id: "FI" }],
    commitments: [
      offer("fi-gov", "FI", "trainers", { date: "2025-02-01", statedBy: { institution: "FI.government" } }),
      offer("fi-defence", "FI", "trainers", { date: "2025-02-01", statedBy: { institution: "FI.defence-ministry" } }),
    ],
  });

  it("keeps both, as the queries do: of one day, only a voice's own statement replaces it", () => {
    const evaluation = evaluateScenario(data, { asOf: "2025-03-01" });
    expect(evaluation.verdicts.map((verdict) => verdict.commitment)).toEqual(["fi-gov", "fi-defence"]);
    expect(evaluation.excluded).toEqual([]);
    const statements = stanceOnContribution(data, "FI", "trainers", { asOf: "2025-03-01" }).statements.map((statement) => statement.id);
    expect(statements.sort()).toEqual(["fi-defence", "fi-gov"]);
  });
});
