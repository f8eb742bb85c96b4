import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changesBetween, contestedActors, indexCommitments, isCoalitionError } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { commitment, dataset, shuffled, synthetic } from "./helpers.js";

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

  it("gives the same answers for a shuffled dataset", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer(), (seed, order) => {
        const generated = synthetic(300, seed);
        expect(contestedActors(shuffled(generated, order), { asOf: "2023-01-01" })).toEqual(contestedActors(generated, { asOf: "2023-01-01" }));
      }),
      { numRuns: 20 },
    );
  });
});

describe("changesBetween", () => {
  it("says what is new, strengthened, weakened and withdrawn between two days", () => {
    const { from, to, changes } = changesBetween(data, { from: "2025-01-31", to: "2025-02-28" });
    expect([from, to]).toEqual(["2025-01-31", "2025-02-28"]);
    expect(changes.map((change) => [change.kind, change.actor, change.institution, change.before?.id ?? null, change.after?.id ?? null])).toEqual([
      ["withdrawn", "DE", null, "de", null],
      ["weakened", "FR", null, "fr-1", "fr-2"],
      ["strengthened", "GB", "GB.government", "gb-gov-1", "gb-gov-2"],
      ["new", "GB", "GB.parliament", null, "gb-par"],
      ["new", "PL", "PL.parliament", null, "pl-par"],
    ]);
  });

  it("reads each day at its precision: a month as of its end", () => {
    const byMonth = changesBetween(data, { from: "2025-01", to: "2025-02" });
    expect([byMonth.from, byMonth.to]).toEqual(["2025-01-31", "2025-02-28"]);
    expect(byMonth.changes).toEqual(changesBetween(data, { from: "2025-01-31", to: "2025-02-28" }).changes);
  });

  it("finds no change between a day and itself", () => {
    expect(changesBetween(data, { from: "2025-02-15", to: "2025-02-15" }).changes).toEqual([]);
  });

  it("rejects a second day before the first", () => {
    expect(() => changesBetween(data, { from: "2025-02-01", to: "2025-01-01" })).toThrow("to (2025-01-01) is before from (2025-02-01)");
    try {
      changesBetween(data, { from: "2025-02-01", to: "2025-01-01" });
    } catch (error) {
      expect(isCoalitionError(error) && error.code).toBe("invalid_argument");
    }
  });

  it("counts every statement in force on the seed's date as new since the day before", () => {
    const { changes } = changesBetween(seedDataset(), { from: "2025-03-12", to: "2025-03-13" });
    expect(changes.every((change) => change.kind === "new")).toBe(true);
    expect(changes.length).toBe(16);
  });
});
