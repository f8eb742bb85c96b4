// A short seeded run of the whole-surface fuzzer: hostile inputs parsed, the accepted
// ones taken through aggregation, queries, the scenario engine and all four report
// formats, every input also handed to the surface as a wrong argument. The long run is
// `npm run fuzz` (scripts/fuzz.ts, 1,000,000 inputs).
import { describe, expect, it } from "vitest";
import { runSurfaceFuzz } from "./surface-fuzz.js";

describe("the whole public surface under fuzzing", () => {
  // About 10 s on an idle machine; the time limit is for a machine shared with other work.
  it("keeps every invariant over 1,500 hostile inputs: no foreign exception, totals in order, clean text, inert HTML", { timeout: 300_000 }, () => {
    const report = runSurfaceFuzz({ seed: 20261206, count: 1500, heavyEvery: 300 });
    expect(report.failures).toEqual([]);
    expect(report.failureCount).toBe(0);
    // Enough inputs got through the parser to exercise the surface, and every input was misused once.
    expect(report.accepted).toBeGreaterThan(150);
    expect(report.surfaceCalls).toBeGreaterThan(150 * 15);
    expect(report.misuseCalls).toBe(1500);
  });

  it("replays one input alone from its seed and index", () => {
    const alone = runSurfaceFuzz({ seed: 20261206, start: 156, count: 1 });
    expect(alone.count).toBe(1);
    expect(alone.accepted + alone.rejected).toBe(1);
    expect(alone.misuseCalls).toBe(1);
  });
});
