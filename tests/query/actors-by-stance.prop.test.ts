import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actorsByStance } from "../../src/index.js";
import { synthetic } from "./helpers.js";

describe("actorsByStance", () => {
  it("grows as the minimum stance weakens (monotonicity)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom("personnel", "air", "ground-troops", "logistics"), (seed, type) => {
        const data = synthetic(300, seed);
        const ranks = ["committed", "ready", "open", "undecided", "opposed", "refused"] as const;
        let previous = new Set<string>();
        for (const minStance of ranks) {
          const actors = new Set(actorsByStance(data, type, { minStance, asOf: "2024-01-01" }).map((entry) => entry.actor));
          expect([...previous].every((actor) => actors.has(actor))).toBe(true);
          previous = actors;
        }
      }),
      { numRuns: 15 },
    );
  });
});
