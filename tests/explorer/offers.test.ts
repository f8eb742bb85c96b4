// The explorer words each offer as the report does (actor, type, place, stance, condition,
// coalition, speaker), without building a report: for every offer of the seed and the
// timeline datasets, on every day a statement was made, its words are the report's.
import { describe, expect, it } from "vitest";
import { offerTable } from "../../src/explorer/internal/offers.js";
import { seedDataset, timelineDataset } from "../../src/fixtures.js";
import { buildReport } from "../../src/report.js";

describe("the explorer's offers in words", () => {
  it.each([
    ["seed", seedDataset()],
    ["timeline", timelineDataset()],
  ])("words every offer of the %s dataset as the report does, on every day a statement was made", (_, dataset) => {
    const offer = offerTable(dataset);
    const days = new Set(dataset.commitments.map((commitment) => commitment.date).filter((day) => day !== "unknown"));
    const compared = [];
    for (const asOf of [undefined, ...days]) {
      for (const expected of buildReport(dataset, asOf === undefined ? {} : { asOf }).contributions.flatMap((group) => group.offers)) {
        const { actor, typeLabel, location, stance, condition, coalition, statedBy } = expected;
        const words = { actor: actor.name, typeLabel, location, stance, condition, coalition, statedBy };
        expect(offer(expected.commitment)).toEqual(words);
        compared.push(words);
      }
    }
    // Places, conditions, coalitions and speakers are all among them.
    expect(compared.some((words) => words.location !== "")).toBe(true);
    expect(compared.some((words) => words.condition !== null)).toBe(true);
    expect(compared.some((words) => words.coalition !== null)).toBe(true);
    expect(compared.some((words) => words.statedBy !== null)).toBe(true);
  });

  it("words an offer once, however often it is asked", () => {
    const offer = offerTable(seedDataset());
    const id = seedDataset().commitments[0]!.id;
    expect(offer(id)).toBe(offer(id));
  });
});
