import { describe, expect, it } from "vitest";
import { changesBetween } from "../../src/index.js";
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

describe("changesBetween", () => {
  it("says, per actor and subject, what is new, strengthened, weakened and withdrawn between two days: a parliament's later refusal weakens the actor's stance", () => {
    const { from, to, changes } = changesBetween(data, { from: "2025-01-31", to: "2025-02-28" });
    expect([from, to]).toEqual(["2025-01-31", "2025-02-28"]);
    expect(changes.map((change) => [change.kind, change.actor, change.institution, change.before?.id ?? null, change.after?.id ?? null])).toEqual([
      ["withdrawn", "DE", null, "de", null],
      ["weakened", "FR", null, "fr-1", "fr-2"],
      ["weakened", "GB", "GB.parliament", "gb-gov-1", "gb-par"],
      ["weakened", "PL", "PL.parliament", "pl-gov", "pl-par"],
    ]);
    const britain = changes.find((change) => change.actor === "GB");
    expect(britain?.statementsAfter.map((statement) => statement.id)).toEqual(["gb-gov-2", "gb-par"]);
    expect(britain?.statementsBefore.map((statement) => statement.id)).toEqual(["gb-gov-1"]);
    expect(britain?.sources).toEqual(["s-2025"]);
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

  it("counts every stance standing on the seed's date as new since the day before, and the participants named that day as joined", () => {
    const { changes } = changesBetween(seedDataset(), { from: "2025-03-12", to: "2025-03-13" });
    // 16 statements on 15 subjects: Romania's president and parliament speak on one.
    expect(changes.filter((change) => change.kind === "new").length).toBe(15);
    const joined = changes.filter((change) => change.kind === "joined");
    expect(joined.map((change) => [change.actor, change.subject, change.sources])).toContainEqual([
      "GB",
      { kind: "coalition", coalition: "coalition-of-the-willing" },
      ["bloomberg-2025-03-13"],
    ]);
    expect(joined.length + 15).toBe(changes.length);
  });

  it("says when an actor left a coalition", () => {
    const coalitions = [
      {
        id: "c",
        name: "A coalition",
        leads: ["FR"],
        participants: [
          { actor: "GB", from: "2024-06-01", to: "2025-01-20", sources: ["s-2024"] },
          { actor: "FR", from: "2024-06-01", sources: ["s-2024"] },
        ],
        sources: ["s-2024"],
      },
    ];
    const left = changesBetween(dataset({ coalitions }), { from: "2025-01-01", to: "2025-02-01" }).changes;
    expect(left.map((change) => [change.kind, change.actor, change.subject, change.before, change.after])).toEqual([
      ["left", "GB", { kind: "coalition", coalition: "c" }, null, null],
    ]);
  });
});
