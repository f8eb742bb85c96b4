import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actorsByStance, indexCommitments, stanceOnContribution } from "../../src/index.js";
import { stanceOracle, withDisagreements } from "./oracle.js";
import { shuffled, synthetic } from "./helpers.js";

describe("stanceOnContribution", () => {
  it("agrees with a plain restatement of the rules (statements, strongest stance, contested), from the dataset and from its index", () => {
    // The answers the runs met, so that a run of only trivial cases cannot pass for a check.
    const met = { contested: 0, uncontested: 0, stances: new Set<string | null>() };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(), fc.constantFrom("2019-01-31", "2022-06-30", "2025-12-31"), (seed, pick, asOf) => {
        const data = withDisagreements(synthetic(300, seed));
        const index = indexCommitments(data);
        const record = data.commitments[pick % data.commitments.length];
        if (record === undefined) return;
        for (const type of [record.type, "personnel", "air"]) {
          const expected = stanceOracle(data, record.actor, type, asOf);
          for (const source of [index, data]) {
            const answer = stanceOnContribution(source, record.actor, type, { asOf });
            expect({ ids: answer.statements.map((statement) => statement.id), stance: answer.stance, contested: answer.contested }).toEqual(expected);
          }
          met[expected.contested ? "contested" : "uncontested"]++;
          met.stances.add(expected.stance);
        }
      }),
      { numRuns: 60 },
    );
    expect(met.contested).toBeGreaterThan(0);
    expect(met.uncontested).toBeGreaterThan(0);
    expect(met.stances.size).toBeGreaterThan(3);
  });

  it("gives the same answers for a shuffled dataset", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer(), fc.nat(), (seed, order, pick) => {
        const data = synthetic(300, seed);
        const record = data.commitments[pick % data.commitments.length];
        if (record === undefined) return;
        const options = { asOf: "2023-06-30" };
        expect(stanceOnContribution(shuffled(data, order), record.actor, record.type, options)).toEqual(
          stanceOnContribution(data, record.actor, record.type, options),
        );
        expect(actorsByStance(shuffled(data, order), "personnel", { ...options, minStance: "open" })).toEqual(
          actorsByStance(data, "personnel", { ...options, minStance: "open" }),
        );
      }),
      { numRuns: 30 },
    );
  });
});
