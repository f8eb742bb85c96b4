import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changesBetween, contestedActors, indexCommitments } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { commitment, dataset, shuffled, synthetic } from "./helpers.js";
import { contestedOracle, withDisagreements } from "./oracle.js";

const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

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

  it("agrees with a plain restatement of the rules, on contributions and on proposals, from the dataset and from its index", () => {
    const met = { contribution: 0, proposal: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom("2019-01-31", "2023-01-01", "2025-12-31"), (seed, asOf) => {
        const data = withDisagreements(synthetic(300, seed));
        const expected = contestedOracle(data, asOf).sort(byJson);
        for (const source of [data, indexCommitments(data)]) {
          const answer = contestedActors(source, { asOf }).map((entry) => ({
            actor: entry.actor,
            subject: entry.subject.kind === "proposal" ? `proposal ${entry.subject.proposal}` : `contribution ${entry.subject.type} ${entry.subject.location ?? ""}`,
            ids: entry.statements.map((statement) => statement.id).sort(),
          }));
          expect(answer.sort(byJson)).toEqual(expected);
        }
        for (const entry of expected) met[entry.subject.startsWith("proposal") ? "proposal" : "contribution"]++;
      }),
      { numRuns: 30 },
    );
    // The runs met both kinds of disagreement: the check compared something.
    expect(met.contribution).toBeGreaterThan(0);
    expect(met.proposal).toBeGreaterThan(0);
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
    const backwards = () => changesBetween(data, { from: "2025-02-01", to: "2025-01-01" });
    expect(backwards).toThrow("to (2025-01-01) is before from (2025-02-01)");
    // Not a try/catch, which would pass if nothing were thrown.
    expect(backwards).toThrow(expect.objectContaining({ name: "CoalitionError", code: "invalid_argument" }));
  });

  it("counts every statement in force on the seed's date as new since the day before", () => {
    const { changes } = changesBetween(seedDataset(), { from: "2025-03-12", to: "2025-03-13" });
    expect(changes.every((change) => change.kind === "new")).toBe(true);
    expect(changes.length).toBe(16);
  });
});
