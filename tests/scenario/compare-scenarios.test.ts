import { describe, expect, it } from "vitest";
import { type Condition } from "../../src/index.js";
import { compareScenarios } from "../../src/scenario.js";
import { dataset, offer } from "./helpers.js";

const fact = (id: string): Condition => ({ kind: "fact", id, description: `fact ${id}` });

describe("comparing two scenarios", () => {
  const data = dataset({
    commitments: [
      offer("fr", "FR", "ground-troops", { condition: fact("a") }),
      offer("de", "DE", "ground-troops", { condition: fact("b") }),
      offer("it", "IT", "ground-troops", { date: "2025-03-01" }),
    ],
  });

  it("lists the commitments whose verdict changes, in dataset order", () => {
    const comparison = compareScenarios(data, { facts: { "fact:a": true } }, { facts: { "fact:a": false, "fact:b": true } });
    expect(comparison.changed).toEqual([
      { commitment: "fr", actor: "FR", type: "ground-troops", before: "active", after: "inactive" },
      { commitment: "de", actor: "DE", type: "ground-troops", before: "undetermined", after: "active" },
    ]);
  });

  it("gives the totals before and after, and the change", () => {
    const comparison = compareScenarios(data, {}, { facts: { "fact:a": true, "fact:b": true } });
    const troops = (list: typeof comparison.totals.before) => list.find((total) => total.type === "ground-troops");
    expect(troops(comparison.totals.before)?.active.actors).toBe(1);
    expect(troops(comparison.totals.after)?.active.actors).toBe(3);
    expect(comparison.totals.changes.find((change) => change.type === "ground-troops")).toEqual({
      type: "ground-troops",
      active: { actors: 2, commitments: 2, unquantified: 2, quantities: [] },
      undetermined: { actors: -2, commitments: -2 },
    });
  });

  it("marks a commitment not yet stated on one day as absent", () => {
    const comparison = compareScenarios(data, { asOf: "2025-02-01" }, { asOf: "2025-03-13" });
    expect(comparison.changed).toContainEqual({ commitment: "it", actor: "IT", type: "ground-troops", before: "absent", after: "active" });
  });

  it("finds no change between a scenario and itself", () => {
    const comparison = compareScenarios(data, { facts: { "fact:a": true } }, { facts: { "fact:a": true } });
    expect(comparison).toMatchObject({ changed: [], totals: { changes: [] } });
  });
});

describe("comparing readings, and days", () => {
  const ifOther = (actor: string): Condition => ({ kind: "commitment", actor, type: "ground-troops", minStance: "open" });
  const people = (value: number) => ({ claims: [{ value: { kind: "exact" as const, unit: "people" as const, value }, sources: ["s1"] }] });
  const data = dataset({
    commitments: [
      offer("fr", "FR", "ground-troops", { condition: ifOther("DE"), quantity: people(100) }),
      offer("de", "DE", "ground-troops", { condition: ifOther("FR") }),
      offer("it", "IT", "peacekeepers", { date: "2025-03-01", condition: fact("a"), quantity: people(50) }),
      offer("pl", "PL", "peacekeepers", { date: "2025-03-01", quantity: people(50) }),
    ],
  });

  it("compares the reading asked for: all moving together, or no one moving first", () => {
    const coordinated = compareScenarios(data, {}, { facts: { "fact:a": true } }, { reading: "coordinated" });
    expect(coordinated.changed.map((change) => [change.commitment, change.before, change.after])).toEqual([["it", "undetermined", "active"]]);
    const cautious = compareScenarios(data, {}, { facts: { "fact:a": false } }, { reading: "cautious", minStance: "ready" });
    expect(cautious.changed.map((change) => [change.commitment, change.before, change.after])).toEqual([["it", "undetermined", "inactive"]]);
  });

  it("says which commitments are absent on another day, and the totals of types that appear or vanish", () => {
    const comparison = compareScenarios(data, { asOf: "2025-03-10" }, { asOf: "2025-02-01" });
    expect(comparison.changed.map((change) => [change.commitment, change.before, change.after])).toEqual([
      ["it", "undetermined", "absent"],
      ["pl", "active", "absent"],
    ]);
    const peacekeepers = comparison.totals.changes.find((change) => change.type === "peacekeepers");
    expect(peacekeepers).toEqual({
      type: "peacekeepers",
      active: { actors: -1, commitments: -1, unquantified: 0, quantities: [{ unit: "people", low: -50, high: -50, openEnded: 0 }] },
      undetermined: { actors: -1, commitments: -1 },
    });
  });

  it("leaves out a quantity that is the same before and after", () => {
    const comparison = compareScenarios(data, {}, { facts: { "fact:a": false } });
    expect(comparison.totals.changes.find((change) => change.type === "peacekeepers")).toEqual({
      type: "peacekeepers",
      active: { actors: 0, commitments: 0, unquantified: 0, quantities: [] },
      undetermined: { actors: -1, commitments: -1 },
    });
  });
});
