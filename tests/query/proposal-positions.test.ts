import { describe, expect, it } from "vitest";
import { proposalPositions } from "../../src/index.js";
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

  it("gives an actor on one side the strongest stance its institutions take on that side", () => {
    const supporters = dataset({
      proposals: [{ id: "plan", title: "A plan", proposedBy: ["FR"], date: "2024-06-01", sources: ["s-2024"] }],
      positions: [
        { id: "gb-gov", proposal: "plan", actor: "GB", stance: "open", date: "2024-06-01", sources: ["s-2024"], statedBy: { institution: "GB.government" } },
        { id: "gb-par", proposal: "plan", actor: "GB", stance: "committed", date: "2024-06-01", sources: ["s-2024"], statedBy: { institution: "GB.parliament" } },
        { id: "fr-gov", proposal: "plan", actor: "FR", stance: "refused", date: "2024-06-01", sources: ["s-2024"], statedBy: { institution: "FR.government" } },
        { id: "fr-par", proposal: "plan", actor: "FR", stance: "opposed", date: "2024-06-01", sources: ["s-2024"], statedBy: { institution: "FR.parliament" } },
      ],
    });
    const positions = proposalPositions(supporters, "plan");
    expect(positions.supporters.map((entry) => [entry.actor, entry.stance, entry.statements.length])).toEqual([["GB", "committed", 2]]);
    expect(positions.opponents.map((entry) => [entry.actor, entry.stance, entry.statements.length])).toEqual([["FR", "refused", 2]]);
  });

  it("answers an unknown proposal with empty sides", () => {
    expect(proposalPositions(seed, "no-such-plan")).toMatchObject({ proposedBy: [], supporters: [], undecided: [], opponents: [] });
  });
});
