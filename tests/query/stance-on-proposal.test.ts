import { describe, expect, it } from "vitest";
import { stanceOnProposal } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { dataset } from "./helpers.js";

const seed = seedDataset();
const withPositions = dataset({
  proposals: [{ id: "plan", title: "A plan", proposedBy: ["FR"], date: "2024-06-01", sources: ["s-2024"] }],
  positions: [
    { id: "de-1", proposal: "plan", actor: "DE", stance: "undecided", date: "2024-06-01", sources: ["s-2024"] },
    { id: "de-2", proposal: "plan", actor: "DE", stance: "ready", date: "2025-01", sources: ["s-2025-01"] },
    { id: "pl-gov", proposal: "plan", actor: "PL", stance: "open", date: "2025-01-05", sources: ["s-2025"], statedBy: { institution: "PL.government" } },
    { id: "pl-par", proposal: "plan", actor: "PL", stance: "refused", date: "2025-01-06", sources: ["s-2025"], statedBy: { institution: "PL.parliament" } },
    { id: "se", proposal: "plan", actor: "SE", stance: "opposed", date: "unknown", sources: ["s-2025-01"] },
  ],
});

describe("stanceOnProposal", () => {
  it("gives an actor's position on a proposal as of a day", () => {
    expect(stanceOnProposal(seed, "IT", "behind-the-line-force", { asOf: "2025-03-13" })).toMatchObject({
      stance: "opposed",
      proposer: false,
      contested: false,
    });
    expect(stanceOnProposal(withPositions, "DE", "plan", { asOf: "2024-12-31" }).stance).toBe("undecided");
    expect(stanceOnProposal(withPositions, "DE", "plan", { asOf: "2025-01-31" }).stance).toBe("ready");
  });

  it("reports proposing apart from a stance the dataset does not record", () => {
    expect(stanceOnProposal(seed, "FR", "behind-the-line-force")).toMatchObject({ stance: null, proposer: true, statements: [] });
  });

  it("answers about an unknown proposal with no stance, and no proposer", () => {
    expect(stanceOnProposal(seed, "FR", "no-such-plan")).toMatchObject({ stance: null, proposer: false, contested: false, statements: [] });
  });

  it("takes the position of the greater id when one speaker states two on the same day, whatever the dataset's order", () => {
    const sameDay = [
      { id: "de-a", proposal: "plan", actor: "DE", stance: "opposed", date: "2025-01-10", sources: ["s-2025"] },
      { id: "de-b", proposal: "plan", actor: "DE", stance: "ready", date: "2025-01-10", sources: ["s-2025"] },
    ];
    const proposals = [{ id: "plan", title: "A plan", proposedBy: ["FR"], date: "2024-06-01", sources: ["s-2024"] }];
    for (const positions of [sameDay, [...sameDay].reverse()]) {
      const answer = stanceOnProposal(dataset({ proposals, positions }), "DE", "plan");
      expect(answer.statements.map((statement) => statement.id)).toEqual(["de-b"]);
      expect(answer.stance).toBe("ready");
    }
  });

  it("says when an actor's government and parliament disagree on a proposal: both stand, and the parliament's later word is the actor's stance", () => {
    const poland = stanceOnProposal(withPositions, "PL", "plan");
    expect(poland).toMatchObject({ stance: "refused", contested: true });
    expect(poland.statements.map((statement) => statement.institution)).toEqual(["PL.government", "PL.parliament"]);
  });
});
