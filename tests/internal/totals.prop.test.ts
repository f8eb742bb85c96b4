// Totals, one rule everywhere: quantities and counts read as figures (low..high, open
// high null) and summed per unit. An approximate figure without a number stays in,
// flagged, never as zero; a total is never Infinity nor NaN, and its low never exceeds its high.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFigure, quantityFigure, sumFigures } from "../../src/internal/totals.js";
import type { Count, Quantity } from "../../src/index.js";
import { countArbitrary, quantityArbitrary } from "../arbitraries/dataset.js";

describe("the totals rule", () => {
  it("never gives a low above its high, nor NaN, nor Infinity, on generated quantities and counts", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(quantityArbitrary().map((q) => ({ q })), countArbitrary().map((c) => ({ c })))), (values) => {
        const items = values.map((value) =>
          "q" in value
            ? { unit: (value.q as unknown as Quantity).unit, figure: quantityFigure(value.q as unknown as Quantity) }
            : { unit: (value.c as unknown as Count).of, figure: countFigure(value.c as unknown as Count) },
        );
        for (const total of sumFigures(items)) {
          expect(Number.isFinite(total.low)).toBe(true);
          if (total.high !== null) {
            expect(Number.isFinite(total.high)).toBe(true);
            expect(total.low).toBeLessThanOrEqual(total.high);
          }
        }
      }),
    );
  });
});
