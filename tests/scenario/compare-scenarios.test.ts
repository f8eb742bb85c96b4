import { describe, expect, it } from "vitest";
import { compareScenarios, type Condition } from "../../src/index.js";
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
