// As known on a day: only what the sources had published by then counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actorsByStance, aggregateCommitments, contestedActors, proposalPositions, provisionsFor, stanceOnContribution, type Dataset } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { synthetic } from "./helpers.js";

describe("knownAsOf", () => {
  it("changes nothing on or after every source's date, on the seed and on generated datasets", () => {
    const seed = seedDataset();
    const latest = (data: Dataset) => data.sources.map((entry) => entry.date).sort().at(-1) as string;
    const answers = (data: Dataset, knownAsOf?: string) => {
      const options = knownAsOf === undefined ? {} : { knownAsOf };
      const actor = data.states[0]?.id ?? "";
      return [
        stanceOnContribution(data, actor, "personnel", options),
        actorsByStance(data, "personnel", options),
        contestedActors(data, options),
        aggregateCommitments(data, options),
        provisionsFor(data, actor, options),
        proposalPositions(data, data.proposals[0]?.id ?? "", options),
      ];
    };
    expect(answers(seed, latest(seed))).toEqual(answers(seed));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom("", "2030-01-01"), (seed, later) => {
        const data = synthetic(100, seed);
        const day = later === "" ? latest(data) : later;
        expect(answers(data, day)).toEqual(answers(data));
      }),
      { numRuns: 5 },
    );
  });
});
