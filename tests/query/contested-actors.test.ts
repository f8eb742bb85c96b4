import { describe, expect, it } from "vitest";
import { contestedActors, indexCommitments } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { commitment, dataset } from "./helpers.js";

const step = (stage: string, date: string) => ({ stage, date, sources: ["s-2025"] });
const data = dataset({
  commitments: [
    commitment({ id: "gb-gov-1", stance: "open", date: "2025-01-10", statedBy: { institution: "GB.government" } }),
    commitment({ id: "gb-gov-2", stance: "ready", date: "2025-02-10", statedBy: { institution: "GB.government" } }),
    commitment({ id: "gb-par", stance: "opposed", date: "2025-02-11", statedBy: { institution: "GB.parliament" } }),
    commitment({ id: "fr-1", actor: "FR", stance: "ready", date: "2025-01-10" }),
    commitment({ id: "fr-2", actor: "FR", stance: "open", date: "2025-02-10" }),
    commitment({ id: "de", actor: "DE", stance: "committed", date: "2025-01-10", fulfilment: [step("withdrawn", "2025-02-01")] }),
  ],
  proposals: [{ id: "plan", title: "A plan", proposedBy: ["FR"], date: "2024-06-01", sources: ["s-2024"] }],
  positions: [
    { id: "pl-gov", proposal: "plan", actor: "PL", stance: "ready", date: "2025-01-05", sources: ["s-2025"], statedBy: { institution: "PL.government" } },
    { id: "pl-par", proposal: "plan", actor: "PL", stance: "opposed", date: "2025-02-06", sources: ["s-2025"], statedBy: { institution: "PL.parliament" } },
  ],
});

describe("contestedActors", () => {
  it("lists actors whose institutions take different stances on one contribution or proposal, with each position", () => {
    expect(contestedActors(data, { asOf: "2025-02-01" })).toEqual([]);
    const later = contestedActors(data, { asOf: "2025-02-28" });
    expect(later.map((entry) => [entry.actor, entry.subject, entry.statements.map((statement) => [statement.institution, statement.stance])])).toEqual([
      ["GB", { kind: "contribution", type: "ground-troops", location: null }, [["GB.government", "ready"], ["GB.parliament", "opposed"]]],
      ["PL", { kind: "proposal", proposal: "plan" }, [["PL.government", "ready"], ["PL.parliament", "opposed"]]],
    ]);
  });

  it("finds Romania contested on the seed dataset, from the dataset or its index", () => {
    const seed = seedDataset();
    expect(contestedActors(indexCommitments(seed))).toEqual(contestedActors(seed));
    expect(contestedActors(seed).map((entry) => entry.actor)).toEqual(["RO"]);
  });
});
