// countBounds: the least and the most a count allows, the reading every total of counts
// is built on. An open end is null, never Infinity; an approximate count without a
// figure stays in (0..open), never as zero.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countBounds } from "../../src/internal/count-bounds.js";
import type { Count } from "../../src/index.js";
import { countArbitrary } from "../arbitraries/dataset.js";

describe("countBounds", () => {
  it("never gives a high end below the low end, Infinity or NaN, for any valid count", () => {
    fc.assert(
      fc.property(countArbitrary(), (count) => {
        const { low, high } = countBounds(count as Count);
        expect(Number.isFinite(low)).toBe(true);
        expect(high === null || (Number.isFinite(high) && high >= low)).toBe(true);
      }),
    );
  });
});
