import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contestedActors, indexCommitments } from "../../src/index.js";
import { shuffled, synthetic } from "./helpers.js";
import { contestedOracle, withDisagreements } from "./oracle.js";

const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

describe("contestedActors", () => {
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
