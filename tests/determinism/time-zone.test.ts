// The test command runs the suite under two time zones (scripts/run-vitest.mjs); this
// checks that the zone it asked for is the one in force, so that a run "under
// Pacific/Kiritimati" is not silently a run under UTC.
import { describe, expect, it } from "vitest";
import { aggregateCommitments, stanceOnContribution } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";

const asked = process.env.COALITION_TEST_TZ;

describe("time zones", () => {
  it.runIf(asked !== undefined)("runs in the time zone the test command asked for", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(asked);
    // And the zone shows: 2025-03-13T11:00Z is a different local day in UTC-7 and in UTC+14.
    const instant = new Date("2025-03-13T11:00:00Z");
    const localDay = `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, "0")}-${String(instant.getDate()).padStart(2, "0")}`;
    const expected: Record<string, string> = { "America/Los_Angeles": "2025-03-13", "Pacific/Kiritimati": "2025-03-14" };
    expect(localDay).toBe(expected[asked ?? ""]);
  });

  it("gives the same answers for dates written as strings, whatever the zone", () => {
    const dataset = seedDataset();
    // The report's day, and the day before it: statements dated by the report count from the 13th.
    expect(stanceOnContribution(dataset, "IE", "peacekeepers", { asOf: "2025-03-13" }).stance).toBe("ready");
    expect(stanceOnContribution(dataset, "IE", "peacekeepers", { asOf: "2025-03-12" }).stance).toBeNull();
    expect(aggregateCommitments(dataset, { asOf: "2025-03" }).asOf).toBe("2025-03-31");
    expect(aggregateCommitments(dataset, { asOf: "2024" }).buckets).toEqual([]);
  });

  it("reads a Date as its local calendar day, as documented", () => {
    const local = new Date(2025, 2, 13, 0, 30);
    expect(aggregateCommitments(seedDataset(), { asOf: local }).asOf).toBe("2025-03-13");
  });
});
