import { describe, expect, it } from "vitest";
import { proposalPositions, stanceOnProposal } from "../../src/index.js";
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

  it("says when an actor's institutions disagree on a proposal", () => {
    const poland = stanceOnProposal(withPositions, "PL", "plan");
    expect(poland).toMatchObject({ stance: "open", contested: true });
    expect(poland.statements.map((statement) => statement.institution)).toEqual(["PL.government", "PL.parliament"]);
  });
});

describe("proposalPositions", () => {
  it("splits actors into supporters, undecided and opponents as of a day", () => {
    const early = proposalPositions(withPositions, "plan", { asOf: "2024-12-31" });
    expect([early.supporters, early.opponents].map((side) => side.map((entry) => entry.actor))).toEqual([[], []]);
    expect(early.undecided.map((entry) => entry.actor)).toEqual(["DE"]);
    const later = proposalPositions(withPositions, "plan", { asOf: "2025-01-31" });
    expect(later.supporters.map((entry) => [entry.actor, entry.stance])).toEqual([
      ["DE", "ready"],
      ["PL", "open"],
    ]);
    expect(later.opponents.map((entry) => [entry.actor, entry.stance])).toEqual([
      ["PL", "refused"],
      ["SE", "opposed"],
    ]);
    expect(later.undecided).toEqual([]);
  });

  it("answers an unknown proposal with empty sides", () => {
    expect(proposalPositions(seed, "no-such-plan")).toMatchObject({ proposedBy: [], supporters: [], undecided: [], opponents: [] });
  });
});
